#include "migrations.h"

#include "database.h"
#include "rowreader.h"
#include "sqldialect.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace valuedesk {

namespace {

QVector<Migration> buildMigrations()
{
    QVector<Migration> steps;

    // 1: customers and their sales. Money is INTEGER cents (see money.h); dates are ISO text.
    steps.append(
        {1,
         QStringLiteral("customers and transactions"),
         {QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
          QStringLiteral(
              "CREATE TABLE customers ("
              " id INTEGER PRIMARY KEY,"
              " code TEXT NOT NULL UNIQUE,"
              " name TEXT NOT NULL,"
              " industry TEXT NOT NULL DEFAULT '',"
              " region TEXT NOT NULL DEFAULT '',"
              " manager TEXT NOT NULL DEFAULT '',"
              " contact TEXT NOT NULL DEFAULT '',"
              " tenure_start TEXT,"
              " status TEXT NOT NULL DEFAULT 'active'"
              "   CHECK (status IN ('active', 'prospect', 'lost')),"
              " notes TEXT NOT NULL DEFAULT '')"),
          QStringLiteral(
              "CREATE TABLE transactions ("
              " id INTEGER PRIMARY KEY,"
              " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
              " date TEXT NOT NULL,"
              " amount_cents INTEGER NOT NULL,"
              " cost_cents INTEGER,"
              " quantity REAL,"
              " product TEXT NOT NULL DEFAULT '',"
              " category TEXT NOT NULL DEFAULT '',"
              " channel TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX transactions_by_customer ON transactions(customer_id, date)")}});

    // 2: relationship data: interactions, survey scores and balances.
    steps.append(
        {2,
         QStringLiteral("interactions, surveys and balances"),
         {QStringLiteral(
              "CREATE TABLE interactions ("
              " id INTEGER PRIMARY KEY,"
              " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
              " date TEXT NOT NULL,"
              " kind TEXT NOT NULL CHECK (kind IN"
              "   ('visit', 'call', 'complaint', 'referral', 'training', 'other')),"
              " note TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX interactions_by_customer ON interactions(customer_id, date)"),
          QStringLiteral(
              "CREATE TABLE survey_scores ("
              " id INTEGER PRIMARY KEY,"
              " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
              " date TEXT NOT NULL,"
              " satisfaction REAL,"
              " loyalty REAL,"
              " trust REAL,"
              " metric_name TEXT NOT NULL DEFAULT '',"
              " metric_value REAL)"),
          QStringLiteral("CREATE INDEX survey_scores_by_customer ON survey_scores(customer_id, date)"),
          QStringLiteral(
              "CREATE TABLE balances ("
              " id INTEGER PRIMARY KEY,"
              " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
              " date TEXT NOT NULL,"
              " amount_cents INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX balances_by_customer ON balances(customer_id, date)")}});

    // 3: user-defined customer attributes, remembered import column mappings, and list indexes
    // so sorting 100 000 customers by name or manager stays instant.
    steps.append(
        {3,
         QStringLiteral("customer attributes, import mappings, list indexes"),
         {QStringLiteral(
              "CREATE TABLE customer_attributes ("
              " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
              " name TEXT NOT NULL,"
              " value TEXT NOT NULL DEFAULT '',"
              " PRIMARY KEY (customer_id, name)) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE import_mappings ("
                         " kind TEXT NOT NULL,"
                         " header_signature TEXT NOT NULL,"
                         " mapping TEXT NOT NULL,"
                         " PRIMARY KEY (kind, header_signature)) WITHOUT ROWID"),
          QStringLiteral("CREATE INDEX customers_by_name ON customers(name)"),
          QStringLiteral("CREATE INDEX customers_by_manager ON customers(manager)"),
          QStringLiteral("CREATE INDEX customers_by_region ON customers(region)"),
          QStringLiteral("CREATE INDEX customers_by_industry ON customers(industry)")}});

    // 4: named AHP models. Every save appends a version whose definition (the JSON of
    // AhpModelJson::toJson) never changes afterwards, so results can name (model, version).
    steps.append(
        {4,
         QStringLiteral("AHP models"),
         {QStringLiteral("CREATE TABLE ahp_models ("
                         " id INTEGER PRIMARY KEY,"
                         " name TEXT NOT NULL UNIQUE,"
                         " template_id TEXT NOT NULL DEFAULT '',"
                         " created_at TEXT NOT NULL)"),
          QStringLiteral(
              "CREATE TABLE ahp_model_versions ("
              " model_id INTEGER NOT NULL REFERENCES ahp_models(id) ON DELETE CASCADE,"
              " version INTEGER NOT NULL,"
              " saved_at TEXT NOT NULL,"
              " definition TEXT NOT NULL,"
              " PRIMARY KEY (model_id, version)) WITHOUT ROWID")}});

    // 5: per-customer monthly roll-ups of transactions, so evaluations read 100 000 x 12 rows
    // instead of millions of transactions. month = year * 12 + month - 1 of the ISO date.
    // Every row counts, refunds (negative amounts) included, into revenue and orders;
    // costed_revenue_cents and cost_cents cover only the rows whose cost is known, quantity the
    // rows whose quantity is known. MonthlyRollup keeps the table in step with transactions in
    // the same SQL transaction as every write; customers' deletes cascade.
    steps.append(
        {5,
         QStringLiteral("monthly roll-ups"),
         {QStringLiteral(
              "CREATE TABLE customer_months ("
              " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
              " month INTEGER NOT NULL,"
              " revenue_cents INTEGER NOT NULL,"
              " costed_revenue_cents INTEGER NOT NULL,"
              " cost_cents INTEGER NOT NULL,"
              " orders INTEGER NOT NULL,"
              " quantity REAL NOT NULL,"
              " first_day TEXT NOT NULL,"
              " last_day TEXT NOT NULL,"
              " PRIMARY KEY (customer_id, month)) WITHOUT ROWID"),
          QStringLiteral(
              "INSERT INTO customer_months (customer_id, month, revenue_cents,"
              " costed_revenue_cents, cost_cents, orders, quantity, first_day, last_day)"
              " SELECT customer_id,"
              " CAST(substr(date, 1, 4) AS INTEGER) * 12 + CAST(substr(date, 6, 2) AS INTEGER) - 1"
              "   AS m,"
              " sum(amount_cents),"
              " coalesce(sum(CASE WHEN cost_cents IS NOT NULL THEN amount_cents END), 0),"
              " coalesce(sum(cost_cents), 0),"
              " count(*),"
              " total(quantity),"
              " min(date),"
              " max(date)"
              " FROM transactions GROUP BY customer_id, m")}});

    // 6: evaluation snapshots and manual grade overrides (issue 4). A snapshot keeps the model
    // exactly as evaluated (model_definition = the AhpModelJson::toJson text; model_id is only a
    // link and becomes NULL when the model is deleted), the window, the options (JSON of
    // EvaluationSnapshot::optionsToJson: normalise, winsorise, missing rule or null for each
    // metric's default, current/potential axis criterion index and name, split method and the
    // thresholds given), the thresholds the quadrants were split at and the customers per
    // quadrant. snapshot_customers holds one row per evaluated customer: revenue in the window,
    // the axis and total scores, completeness, the quadrant id, and per leaf (in the model's
    // left-to-right leaf order) the raw and the normalised values as BLOBs of little-endian IEEE
    // 754 float64, 8 bytes per leaf: raw NaN where the customer has no data (not present),
    // normalised NaN where the missing-value rule excluded the cell. Deleting a customer deletes
    // its rows (the snapshot keeps its counts as evaluated). grade_overrides: an account
    // manager's grade per customer and scheme ('quadrant'; later 'abc', 'rfm' …) with a
    // non-empty reason; grade NULL withdraws the override; the latest row per (customer, scheme)
    // is the one in force.
    steps.append(
        {6,
         QStringLiteral("evaluation snapshots and grade overrides"),
         {QStringLiteral("CREATE TABLE evaluation_snapshots ("
                         " id INTEGER PRIMARY KEY,"
                         " created_at TEXT NOT NULL,"
                         " author TEXT NOT NULL DEFAULT '',"
                         " label TEXT NOT NULL DEFAULT '',"
                         " model_id INTEGER REFERENCES ahp_models(id) ON DELETE SET NULL,"
                         " model_name TEXT NOT NULL,"
                         " model_version INTEGER NOT NULL,"
                         " model_definition TEXT NOT NULL,"
                         " as_of TEXT NOT NULL,"
                         " window_months INTEGER NOT NULL,"
                         " options TEXT NOT NULL,"
                         " current_threshold REAL NOT NULL,"
                         " potential_threshold REAL NOT NULL,"
                         " customer_count INTEGER NOT NULL,"
                         " high_high INTEGER NOT NULL,"
                         " high_low INTEGER NOT NULL,"
                         " low_high INTEGER NOT NULL,"
                         " low_low INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX evaluation_snapshots_by_model ON "
                         "evaluation_snapshots(model_id)"),
          QStringLiteral("CREATE TABLE snapshot_customers ("
                         " snapshot_id INTEGER NOT NULL"
                         "   REFERENCES evaluation_snapshots(id) ON DELETE CASCADE,"
                         " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                         " revenue REAL NOT NULL,"
                         " current REAL NOT NULL,"
                         " potential REAL NOT NULL,"
                         " total REAL NOT NULL,"
                         " completeness REAL NOT NULL,"
                         " quadrant TEXT NOT NULL"
                         "   CHECK (quadrant IN ('high-high', 'high-low', 'low-high', 'low-low')),"
                         " raw BLOB NOT NULL,"
                         " normalised BLOB NOT NULL,"
                         " PRIMARY KEY (snapshot_id, customer_id)) WITHOUT ROWID"),
          // Deleting a customer cascades here; without this index every delete scanned all rows.
          QStringLiteral("CREATE INDEX snapshot_customers_by_customer ON "
                         "snapshot_customers(customer_id)"),
          QStringLiteral(
              "CREATE TABLE grade_overrides ("
              " id INTEGER PRIMARY KEY,"
              " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
              " scheme TEXT NOT NULL,"
              " grade TEXT,"
              " reason TEXT NOT NULL CHECK (trim(reason) <> ''),"
              " author TEXT NOT NULL DEFAULT '',"
              " created_at TEXT NOT NULL,"
              " snapshot_id INTEGER REFERENCES evaluation_snapshots(id) ON DELETE SET NULL)"),
          QStringLiteral("CREATE INDEX grade_overrides_by_customer ON "
                         "grade_overrides(customer_id, scheme, created_at)"),
          QStringLiteral("CREATE INDEX grade_overrides_by_snapshot ON "
                         "grade_overrides(snapshot_id)")}});

    // 7: classification results (ABC, RFM, … issue 5) stored with an evaluation snapshot, one
    // result per (snapshot, scheme): the options as applied (JSON), the classes in display order
    // (JSON [{"id", "name"}]), the measure's id and the ids of the scheme's numeric and text
    // fields (JSON arrays). snapshot_customer_classes holds one row per classified customer: the
    // class id (NULL = unclassified), the measure (NULL = none) and the numeric fields as a BLOB
    // of little-endian IEEE 754 float64, 8 bytes per field in the order of `fields` (NaN where
    // none), like snapshot_customers; the text fields as a JSON array of strings. Deleting the
    // snapshot, the scheme's result or the customer deletes the rows.
    steps.append(
        {7,
         QStringLiteral("classification results in evaluation snapshots"),
         {QStringLiteral("CREATE TABLE snapshot_classifications ("
                         " snapshot_id INTEGER NOT NULL"
                         "   REFERENCES evaluation_snapshots(id) ON DELETE CASCADE,"
                         " scheme TEXT NOT NULL,"
                         " options TEXT NOT NULL,"
                         " classes TEXT NOT NULL,"
                         " measure TEXT NOT NULL DEFAULT '',"
                         " fields TEXT NOT NULL,"
                         " text_fields TEXT NOT NULL,"
                         " created_at TEXT NOT NULL,"
                         " PRIMARY KEY (snapshot_id, scheme)) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE snapshot_customer_classes ("
                         " snapshot_id INTEGER NOT NULL,"
                         " scheme TEXT NOT NULL,"
                         " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                         " class_id TEXT,"
                         " measure REAL,"
                         " fields BLOB NOT NULL,"
                         " text_fields TEXT NOT NULL DEFAULT '[]',"
                         " PRIMARY KEY (snapshot_id, scheme, customer_id),"
                         " FOREIGN KEY (snapshot_id, scheme)"
                         "   REFERENCES snapshot_classifications(snapshot_id, scheme)"
                         "   ON DELETE CASCADE) WITHOUT ROWID"),
          QStringLiteral("CREATE INDEX snapshot_customer_classes_by_customer ON "
                         "snapshot_customer_classes(customer_id)")}});

    return steps;
}

} // namespace

const QVector<Migration> &Migrations::all()
{
    static const QVector<Migration> steps = buildMigrations();
    return steps;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

Result<int> Migrations::userVersion(const QSqlDatabase &db)
{
    auto query = runQuery(db, SqlDialect::of(db).schemaVersionQuery());
    if (!query)
        return query.error();
    if (!query->next())
        return Error(QCoreApplication::translate("valuedesk::Database",
                                                 "The customer file's version cannot be read."));
    return query->value(0).toInt();
}

Status Migrations::migrate(QSqlDatabase &db, int targetVersion)
{
    const auto current = userVersion(db);
    if (!current)
        return current.error();
    if (*current >= targetVersion)
        return Status::success();

    const SqlDialect &dialect = SqlDialect::of(db);
    TransactionScope transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    for (const Migration &step : all()) {
        if (step.version <= *current || step.version > targetVersion)
            continue;
        for (const QString &statement : step.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const QString failed =
                    QCoreApplication::translate(
                        "valuedesk::Database",
                        "The customer file could not be upgraded to version %1 (%2).")
                        .arg(step.version)
                        .arg(step.description);
                const QString driverText = query.lastError().text();
                if (!dialect.isIntegerOverflow(driverText))
                    return sqlError(failed, query);
                // A backfill's sum() overflowed: stored amounts no ValueDesk wrote. Rolled back.
                query.finish();
                const Error overflow = sumOverflow(db);
                return Error(failed + QLatin1Char(' ') + overflow.message() + QLatin1Char(' ') +
                                 QCoreApplication::translate("valuedesk::Database",
                                                             "The file was not changed."),
                             driverText, Error::Code::FileDamaged);
            }
        }
        QSqlQuery setVersion(db);
        if (!setVersion.exec(dialect.setSchemaVersionStatement(step.version))) {
            return sqlError(QCoreApplication::translate(
                                "valuedesk::Database",
                                "The customer file could not be upgraded to version %1 (%2).")
                                .arg(step.version)
                                .arg(step.description),
                            setVersion);
        }
    }
    return transaction.commit();
}

} // namespace valuedesk
