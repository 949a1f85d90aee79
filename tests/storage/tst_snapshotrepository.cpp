#include "ahp/ahpmodeljson.h"
#include "customerrepository.h"
#include "migrations.h"
#include "snapshotrepository.h"
#include "snapshottestutil.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

EvaluationOptions demoOptions()
{
    EvaluationOptions options;
    options.window = EvaluationWindow{QDate(2026, 6, 30), 12};
    options.normaliser.method = Normalisation::MinMax;
    options.normaliser.winsorise = true;
    options.scoring.split = SplitMethod::Median;
    return options;
}

// Raw cells: equal presence, equal values where present.
void compareRaw(const MetricMatrix &a, const MetricMatrix &b)
{
    QCOMPARE(a.metrics, b.metrics);
    QCOMPARE(a.values.rows(), b.values.rows());
    QCOMPARE(a.values.cols(), b.values.cols());
    QVERIFY((a.present == b.present).all());
    for (Eigen::Index i = 0; i < a.values.rows(); ++i)
        for (Eigen::Index j = 0; j < a.values.cols(); ++j)
            if (a.present(i, j))
                QCOMPARE(a.values(i, j), b.values(i, j));
}

void compareResults(const EvaluationResult &a, const EvaluationResult &b)
{
    QCOMPARE(a.hierarchy.leaves, b.hierarchy.leaves);
    QCOMPARE(a.metrics, b.metrics);
    QCOMPARE(a.leafWeights, b.leafWeights);
    QCOMPARE(a.rules.size(), b.rules.size());
    for (int j = 0; j < a.rules.size(); ++j) {
        QCOMPARE(a.rules.at(j).direction, b.rules.at(j).direction);
        QCOMPARE(a.rules.at(j).missing, b.rules.at(j).missing);
    }
    compareRaw(a.raw, b.raw);
    QVERIFY((a.normalised.present == b.normalised.present).all());
    QVERIFY((a.normalised.included == b.normalised.included).all());
    QVERIFY(a.normalised.values == b.normalised.values);
    QVERIFY(a.scores.nodeScores == b.scores.nodeScores);
    QVERIFY(a.scores.total == b.scores.total);
    QVERIFY(a.scores.current == b.scores.current);
    QVERIFY(a.scores.potential == b.scores.potential);
    QVERIFY(a.scores.completeness == b.scores.completeness);
    QCOMPARE(a.scores.quadrants, b.scores.quadrants);
    QCOMPARE(a.scores.currentThreshold, b.scores.currentThreshold);
    QCOMPARE(a.scores.potentialThreshold, b.scores.potentialThreshold);
    QCOMPARE(a.scores.currentNode, b.scores.currentNode);
    QCOMPARE(a.scores.potentialNode, b.scores.potentialNode);
}

void compareOptions(const EvaluationOptions &a, const EvaluationOptions &b)
{
    QCOMPARE(a.window.asOf, b.window.asOf);
    QCOMPARE(a.window.months, b.window.months);
    QCOMPARE(a.normaliser.method, b.normaliser.method);
    QCOMPARE(a.normaliser.winsorise, b.normaliser.winsorise);
    QCOMPARE(a.missing.has_value(), b.missing.has_value());
    if (a.missing)
        QCOMPARE(*a.missing, *b.missing);
    QCOMPARE(a.scoring.currentCriterion, b.scoring.currentCriterion);
    QCOMPARE(a.scoring.potentialCriterion, b.scoring.potentialCriterion);
    QCOMPARE(a.scoring.split, b.scoring.split);
    if (a.scoring.split == SplitMethod::Thresholds) {
        QCOMPARE(a.scoring.currentThreshold, b.scoring.currentThreshold);
        QCOMPARE(a.scoring.potentialThreshold, b.scoring.potentialThreshold);
    }
}

// Every row of `table` as text, in rowid/primary-key order.
QByteArray rowsText(const QSqlDatabase &db, const QString &table)
{
    QByteArray text = table.toUtf8() + '\n';
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
        return "unreadable";
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            text +=
                (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString()).toUtf8() +
                '|';
        text += '\n';
    }
    return text;
}

} // namespace

class TstSnapshotRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip();
    void optionsJson_data();
    void optionsJson();
    void listNewestFirst();
    void removeCascades();
    void customerDeletedLater();
    void damagedBlob();
    void modelDeletedAfterSnapshot();
    void unknownId();
    void upgradeFromVersion5();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    EvaluationSnapshot evaluate(const EvaluationOptions &options = demoOptions());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    AhpModel m_model;
    static constexpr int customers = 60;
};

void TstSnapshotRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = createDemoFile(m_dir->filePath(QStringLiteral("demo.vdb")), customers);
    QVERIFY(m_db);
    auto model = storeLubricantModel(db());
    VD_VERIFY_OK(model);
    m_model = *model;
}

void TstSnapshotRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

EvaluationSnapshot TstSnapshotRepository::evaluate(const EvaluationOptions &options)
{
    auto snapshot = evaluateSnapshot(db(), m_model, options);
    if (!snapshot)
        qFatal("evaluation failed: %s", qPrintable(snapshot.error().toString()));
    return std::move(snapshot).value();
}

void TstSnapshotRepository::roundTrip()
{
    EvaluationSnapshot original = evaluate();
    QCOMPARE(original.customers.size(), customers);
    // The demo must exercise missing raw values and excluded normalised cells.
    QVERIFY(!original.result.raw.present.all());
    QVERIFY(!original.result.normalised.included.all());
    original.info.author = QStringLiteral("王经理");
    original.info.label = QStringLiteral("Q2 review");

    SnapshotRepository repository(db());
    auto id = repository.save(original);
    VD_VERIFY_OK(id);
    QVERIFY(*id > 0);
    QCOMPARE(original.info.id, *id);
    QVERIFY(original.info.createdAt.isValid());

    auto loaded = repository.load(*id);
    VD_VERIFY_OK(loaded);
    const EvaluationSnapshotInfo &info = loaded->info;
    QCOMPARE(info.id, *id);
    QCOMPARE(info.createdAt, original.info.createdAt);
    QCOMPARE(info.author, QStringLiteral("王经理"));
    QCOMPARE(info.label, QStringLiteral("Q2 review"));
    QCOMPARE(info.modelId, m_model.id);
    QCOMPARE(info.modelName, m_model.name);
    QCOMPARE(info.modelVersion, 1);
    compareOptions(info.options, original.info.options);
    QCOMPARE(info.currentThreshold, original.result.scores.currentThreshold);
    QCOMPARE(info.potentialThreshold, original.result.scores.potentialThreshold);
    QCOMPARE(info.customerCount, customers);
    int counted = 0;
    for (int q = 0; q < 4; ++q) {
        QCOMPARE(info.quadrantCounts[q], original.info.quadrantCounts[q]);
        counted += info.quadrantCounts[q];
    }
    QCOMPARE(counted, customers);

    QCOMPARE(AhpModelJson::toJson(loaded->model), AhpModelJson::toJson(original.model));
    QCOMPARE(loaded->customers.size(), original.customers.size());
    for (int i = 0; i < customers; ++i) {
        const EvaluatedCustomer &a = loaded->customers.at(i);
        const EvaluatedCustomer &b = original.customers.at(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.code, b.code);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.status, b.status);
        QCOMPARE(a.revenue, b.revenue);
    }
    // Industry, region and manager come from the customers table.
    auto first = CustomerRepository(db()).byId(loaded->customers.constFirst().id);
    VD_VERIFY_OK(first);
    QCOMPARE(loaded->customers.constFirst().industry, first->industry);
    QCOMPARE(loaded->customers.constFirst().region, first->region);
    QCOMPARE(loaded->customers.constFirst().manager, first->manager);
    compareResults(loaded->result, original.result);

    VD_VERIFY_OK(repository.setLabel(*id, QStringLiteral("  renamed ")));
    auto relabelled = repository.info(*id);
    VD_VERIFY_OK(relabelled);
    QCOMPARE(relabelled->label, QStringLiteral("renamed"));
    QVERIFY(!repository.setLabel(*id + 100, QStringLiteral("x")).ok());
}

void TstSnapshotRepository::optionsJson_data()
{
    QTest::addColumn<int>("split");
    QTest::addColumn<int>("missing"); // -1: per-metric defaults
    QTest::addColumn<bool>("winsorise");
    QTest::newRow("mean, defaults") << int(SplitMethod::Mean) << -1 << false;
    QTest::newRow("median, zero") << int(SplitMethod::Median) << int(MissingRule::Zero) << true;
    QTest::newRow("thresholds, mean")
        << int(SplitMethod::Thresholds) << int(MissingRule::Mean) << false;
    QTest::newRow("thresholds, exclude")
        << int(SplitMethod::Thresholds) << int(MissingRule::Exclude) << true;
}

void TstSnapshotRepository::optionsJson()
{
    QFETCH(int, split);
    QFETCH(int, missing);
    QFETCH(bool, winsorise);
    EvaluationOptions options = demoOptions();
    options.normaliser.method = Normalisation::PercentileRank;
    options.normaliser.winsorise = winsorise;
    if (missing >= 0)
        options.missing = static_cast<MissingRule>(missing);
    options.scoring.split = static_cast<SplitMethod>(split);
    options.scoring.currentThreshold = 0.25;
    options.scoring.potentialThreshold = -1.5;
    options.scoring.currentCriterion = 1;
    options.scoring.potentialCriterion = 0;

    EvaluationSnapshot original = evaluate(options);
    // Zero and mean fill missing raw cells: normalised but not present.
    const bool filled = options.missing && *options.missing != MissingRule::Exclude;
    QCOMPARE((original.result.normalised.included != original.result.raw.present).any(), filled);
    SnapshotRepository repository(db());
    auto id = repository.save(original);
    VD_VERIFY_OK(id);
    auto loaded = repository.load(*id);
    VD_VERIFY_OK(loaded);
    compareOptions(loaded->info.options, options);
    compareResults(loaded->result, original.result);

    const QJsonObject json = EvaluationSnapshot::optionsToJson(options, original.result.hierarchy);
    QCOMPARE(json.value(QStringLiteral("current_criterion"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             original.result.hierarchy.nodes.at(original.result.scores.currentNode).name);
    QCOMPARE(json.value(QStringLiteral("split_thresholds")).isNull(),
             options.scoring.split != SplitMethod::Thresholds);
}

void TstSnapshotRepository::listNewestFirst()
{
    SnapshotRepository repository(db());
    const QDateTime base(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
    QVector<qint64> ids;
    for (int hours : {5, 1, 9}) { // saved out of time order
        EvaluationSnapshot snapshot = evaluate();
        snapshot.info.createdAt = base.addSecs(hours * 3600);
        snapshot.info.label = QString::number(hours);
        auto id = repository.save(snapshot);
        VD_VERIFY_OK(id);
        ids.append(*id);
    }
    auto list = repository.list();
    VD_VERIFY_OK(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).id, ids.at(2));
    QCOMPARE(list->at(1).id, ids.at(0));
    QCOMPARE(list->at(2).id, ids.at(1));
    QCOMPARE(list->at(0).createdAt, base.addSecs(9 * 3600));
    QCOMPARE(list->at(0).label, QStringLiteral("9"));
    QCOMPARE(list->at(0).customerCount, customers);
}

void TstSnapshotRepository::removeCascades()
{
    SnapshotRepository repository(db());
    EvaluationSnapshot a = evaluate();
    EvaluationSnapshot b = evaluate();
    VD_VERIFY_OK(repository.save(a));
    VD_VERIFY_OK(repository.save(b));
    QCOMPARE(rowCount(db(), QStringLiteral("snapshot_customers")), 2 * customers);
    VD_VERIFY_OK(repository.remove(a.info.id));
    QCOMPARE(rowCount(db(), QStringLiteral("snapshot_customers")), customers);
    QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT count(*) FROM "
                                                          "snapshot_customers WHERE snapshot_id "
                                                          "= %1")
                                               .arg(a.info.id))
                 .toInt(),
             0);
    QVERIFY(!repository.load(a.info.id).ok());
    QVERIFY(!repository.remove(a.info.id).ok());
    auto list = repository.list();
    VD_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->constFirst().id, b.info.id);
    VD_VERIFY_OK(repository.load(b.info.id));
}

void TstSnapshotRepository::customerDeletedLater()
{
    SnapshotRepository repository(db());
    EvaluationSnapshot original = evaluate();
    VD_VERIFY_OK(repository.save(original));
    const int gone = 3;
    VD_VERIFY_OK(CustomerRepository(db()).remove(original.customers.at(gone).id));

    auto loaded = repository.load(original.info.id);
    VD_VERIFY_OK(loaded);
    QCOMPARE(loaded->customers.size(), customers - 1);
    QCOMPARE(loaded->info.customerCount, customers); // as evaluated
    for (const EvaluatedCustomer &c : std::as_const(loaded->customers))
        QVERIFY(c.id != original.customers.at(gone).id);
    // The others keep their values, scores and quadrants.
    QCOMPARE(loaded->customers.at(gone).id, original.customers.at(gone + 1).id);
    const EvaluationResult &r = loaded->result;
    QCOMPARE(r.raw.values.rows(), customers - 1);
    QCOMPARE(r.scores.total(gone), original.result.scores.total(gone + 1));
    QCOMPARE(r.scores.quadrants.at(gone), original.result.scores.quadrants.at(gone + 1));
    QVERIFY((r.normalised.included.row(gone) == original.result.normalised.included.row(gone + 1))
                .all());
}

void TstSnapshotRepository::damagedBlob()
{
    SnapshotRepository repository(db());
    EvaluationSnapshot original = evaluate();
    VD_VERIFY_OK(repository.save(original));
    const EvaluatedCustomer &victim = original.customers.at(5);
    QSqlQuery q(db());
    QVERIFY(q.prepare(QStringLiteral("UPDATE snapshot_customers SET normalised = "
                                     "substr(normalised, 1, 12) WHERE snapshot_id = ? AND "
                                     "customer_id = ?")));
    q.addBindValue(original.info.id);
    q.addBindValue(victim.id);
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);

    auto loaded = repository.load(original.info.id);
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().message();
    QVERIFY2(message.contains(QString::number(original.info.id)), qPrintable(message));
    QVERIFY2(message.contains(victim.code), qPrintable(message));
    // Listing still works: only the rows are damaged.
    VD_VERIFY_OK(repository.list());
}

void TstSnapshotRepository::modelDeletedAfterSnapshot()
{
    SnapshotRepository repository(db());
    EvaluationSnapshot original = evaluate();
    VD_VERIFY_OK(repository.save(original));
    VD_VERIFY_OK(AhpModelRepository(db()).remove(m_model.id));

    auto list = repository.list();
    VD_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->constFirst().modelId, 0);
    QCOMPARE(list->constFirst().modelName, m_model.name);
    auto loaded = repository.load(original.info.id);
    VD_VERIFY_OK(loaded);
    QCOMPARE(loaded->info.modelId, 0);
    QCOMPARE(loaded->model.name, m_model.name);
    compareResults(loaded->result, original.result);
}

void TstSnapshotRepository::unknownId()
{
    SnapshotRepository repository(db());
    auto loaded = repository.load(4242);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message().contains(QStringLiteral("4242")));
    QVERIFY(!repository.info(4242).ok());
    auto list = repository.list();
    VD_VERIFY_OK(list);
    QVERIFY(list->isEmpty());
}

void TstSnapshotRepository::upgradeFromVersion5()
{
    // A version 5 file with customers, a model and records, upgraded on open: the data stays,
    // and snapshots can be saved in it afterwards.
    const QString path = m_dir->filePath(QStringLiteral("v5.vdb"));
    QByteArray before;
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QSqlDatabase c = raw.db();
        VD_VERIFY_OK(Migrations::migrate(c, 5));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO customers (id, code, name) VALUES "
                                        "(1, 'C001', '华信'), (2, 'C002', 'Beta')")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO transactions (customer_id, date, amount_cents) VALUES "
                           "(1, '2026-01-05', 10000), (2, '2026-02-05', 500)")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO customer_months (customer_id, month, revenue_cents, "
            "costed_revenue_cents, cost_cents, orders, quantity, first_day, last_day) VALUES "
            "(1, 24312, 10000, 0, 0, 1, 0, '2026-01-05', '2026-01-05'), "
            "(2, 24313, 500, 0, 0, 1, 0, '2026-02-05', '2026-02-05')")));
        auto model = storeLubricantModel(c);
        VD_VERIFY_OK(model);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 5);
        for (const char *table :
             {"customers", "transactions", "customer_months", "ahp_models", "ahp_model_versions"})
            before += rowsText(c, QLatin1String(table));
    }
    auto upgraded = Database::open(path, Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(upgraded);
    const QSqlDatabase c = (*upgraded)->connection();
    QCOMPARE((*upgraded)->schemaVersion(), Migrations::latestVersion());
    QByteArray after;
    for (const char *table :
         {"customers", "transactions", "customer_months", "ahp_models", "ahp_model_versions"})
        after += rowsText(c, QLatin1String(table));
    QCOMPARE(after, before);

    auto model = AhpModelRepository(c).findByName(m_model.name);
    VD_VERIFY_OK(model);
    QVERIFY(model->has_value());
    EvaluationOptions options = demoOptions();
    options.window.asOf = QDate(2026, 3, 31);
    auto snapshot = evaluateSnapshot(c, **model, options);
    VD_VERIFY_OK(snapshot);
    SnapshotRepository repository(c);
    VD_VERIFY_OK(repository.save(*snapshot));
    auto loaded = repository.load(snapshot->info.id);
    VD_VERIFY_OK(loaded);
    QCOMPARE(loaded->customers.size(), 2);
    QCOMPARE(loaded->customers.at(0).name, QStringLiteral("华信"));
    QCOMPARE(loaded->customers.at(0).revenue, 100.0);
}

QTEST_GUILESS_MAIN(TstSnapshotRepository)
#include "tst_snapshotrepository.moc"
