#include "customerrepository.h"
#include "database.h"
#include "demofile.h"
#include "demogenerator.h"
#include "filestatistics.h"
#include "migrations.h"
#include "portfoliowriter.h"
#include "recordrepository.h"
#include "sqlerror.h"
#include "storagetestutil.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

std::unique_ptr<Database> openOrFail(const QString &path, Database::OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db) {
        qWarning("open failed: %s", qPrintable(db.error().toString()));
        return nullptr;
    }
    return std::move(db).value();
}

// A file with a few hundred demo customers and their records, closed again.
bool writeDemoFile(const QString &path, int customers)
{
    return createDemoFile(path, customers, 11) != nullptr;
}

bool sidecarsExist(const QString &path)
{
    return QFile::exists(path + QStringLiteral("-wal")) ||
           QFile::exists(path + QStringLiteral("-shm")) ||
           QFile::exists(path + QStringLiteral("-journal"));
}

} // namespace

class TstDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createNew();
    void openExistingMissingFile();
    void createNewOnExistingFile();
    void openOrCreate();
    void notSqlite_data();
    void notSqlite();
    void emptyFile();
    void folder();
    void corrupted_data();
    void corrupted();
    void foreignSqliteDatabase();
    void newerVersionRefused_data();
    void newerVersionRefused();
    void upgradeFromOlderVersion_data();
    void upgradeFromOlderVersion();
    void failingMigrationRollsBack_data();
    void failingMigrationRollsBack();
    void reopenKeepsData();
    void pathWithSpecialCharacters_data();
    void pathWithSpecialCharacters();
    void twoConnectionsOnOneFile();
    void backupTo();
    void backupToRefusesExistingDestination();
    void transactionScopeRollsBack();
    void transactionScopeCommits();
    void foreignSchemaObjectsRefused_data();
    void foreignSchemaObjectsRefused();
    void readOnlyAccessChangesNothing();
    void readOnlyAccessRefusesEmptyAndOldFiles();
    void busyFileIsInUseNotDamaged();
    void siblingConnectionSharesTheFile();
};

void TstDatabase::createNew()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.vdb"));
    auto db = openOrFail(path, Database::OpenMode::CreateNew);
    QVERIFY(db);
    QVERIFY(QFile::exists(path));
    QCOMPARE(db->path(), path);
    QCOMPARE(Database::currentSchemaVersion(), Migrations::latestVersion());
    QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
    const QSqlDatabase c = db->connection();
    QVERIFY(c.isOpen());
    QCOMPARE(RawConnection::scalarOf(c, QStringLiteral("PRAGMA user_version")).toInt(),
             Migrations::latestVersion());
    QCOMPARE(RawConnection::scalarOf(c, QStringLiteral("PRAGMA application_id")).toInt(),
             Database::applicationId);
    QCOMPARE(RawConnection::scalarOf(c, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(RawConnection::scalarOf(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    const QStringList tables = tableNames(c);
    for (const char *table : {"customers", "transactions", "interactions", "survey_scores",
                              "balances", "customer_attributes", "import_mappings", "ahp_models",
                              "ahp_model_versions", "customer_months"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);

    // Migrations are numbered 1, 2, 3 ... without gaps.
    const auto &steps = Migrations::all();
    for (int i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i).version, i + 1);
}

void TstDatabase::openExistingMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.vdb"));
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    QVERIFY(!db);
    QVERIFY2(db.error().message().contains(QLatin1String("does not exist")),
             qPrintable(db.error().message()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!sidecarsExist(path));
}

void TstDatabase::createNewOnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.vdb"));
    QVERIFY(openOrFail(path, Database::OpenMode::CreateNew));
    const QByteArray before = fileBytes(path);
    auto again = Database::open(path, Database::OpenMode::CreateNew);
    QVERIFY(!again);
    QVERIFY2(again.error().message().contains(QLatin1String("already exists")),
             qPrintable(again.error().message()));
    QCOMPARE(fileBytes(path), before);
}

void TstDatabase::openOrCreate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("either.vdb"));
    {
        auto db = openOrFail(path, Database::OpenMode::OpenOrCreate);
        QVERIFY(db);
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("客户一");
        VD_VERIFY_OK(CustomerRepository(db->connection()).insert(c));
    }
    auto db = openOrFail(path, Database::OpenMode::OpenOrCreate);
    QVERIFY(db);
    QCOMPARE(*CustomerRepository(db->connection()).count(), 1);
}

void TstDatabase::notSqlite_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("This is a text file, not a database.\n");
    QTest::newRow("csv") << QByteArray("客户编号,客户名称\nC001,华信\n");
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("almost a header") << QByteArray("SQLite format 2\0 and then some", 30);
    QByteArray binary(8192, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = static_cast<char>((i * 37) & 0xFF);
    QTest::newRow("binary") << binary;
}

void TstDatabase::notSqlite()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.vdb"));
    QVERIFY(writeFile(path, content));
    for (auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::OpenOrCreate}) {
        auto db = Database::open(path, mode);
        QVERIFY(!db);
        QVERIFY2(db.error().message().contains(QLatin1String("not a ValueDesk customer file")),
                 qPrintable(db.error().message()));
        QVERIFY(db.error().message().contains(QLatin1String("text.vdb")));
    }
    QCOMPARE(fileBytes(path), content);
    QVERIFY(!sidecarsExist(path));
}

void TstDatabase::emptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.vdb"));
    QVERIFY(writeFile(path, QByteArray()));

    auto existing = Database::open(path, Database::OpenMode::OpenExisting);
    QVERIFY(!existing);
    QVERIFY2(existing.error().message().contains(QLatin1String("empty")),
             qPrintable(existing.error().message()));
    auto create = Database::open(path, Database::OpenMode::CreateNew);
    QVERIFY(!create);
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(!sidecarsExist(path));

    // "Open or create" treats the empty file as a new one (e.g. a file the save dialog made).
    auto db = openOrFail(path, Database::OpenMode::OpenOrCreate);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
}

void TstDatabase::folder()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path(), Database::OpenMode::OpenExisting);
    QVERIFY(!db);
    QVERIFY2(db.error().message().contains(QLatin1String("folder")),
             qPrintable(db.error().message()));
}

void TstDatabase::corrupted_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated to half") << QStringLiteral("truncate-half");
    QTest::newRow("truncated to the header") << QStringLiteral("truncate-100");
    QTest::newRow("truncated to one page") << QStringLiteral("truncate-page");
    QTest::newRow("middle overwritten") << QStringLiteral("overwrite-middle");
    QTest::newRow("schema page overwritten") << QStringLiteral("overwrite-page1");
    QTest::newRow("everything after page 1 zeroed") << QStringLiteral("zero-rest");
}

void TstDatabase::corrupted()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.vdb"));
    QVERIFY(writeDemoFile(path, 150));
    QVERIFY(!sidecarsExist(path)); // closed cleanly: everything is in the main file
    QByteArray bytes = fileBytes(path);
    const int pageSize = 4096;
    QVERIFY(bytes.size() > 20 * pageSize);
    if (damage == QLatin1String("truncate-half")) {
        bytes.truncate(bytes.size() / 2);
    } else if (damage == QLatin1String("truncate-100")) {
        bytes.truncate(100);
    } else if (damage == QLatin1String("truncate-page")) {
        bytes.truncate(pageSize);
    } else if (damage == QLatin1String("overwrite-middle")) {
        const int from = bytes.size() / 4;
        for (int i = from; i < bytes.size() - pageSize; ++i)
            bytes[i] = static_cast<char>(0xA5 ^ (i & 0xFF));
    } else if (damage == QLatin1String("overwrite-page1")) {
        for (int i = 100; i < pageSize; ++i)
            bytes[i] = static_cast<char>(0x5A ^ (i & 0xFF));
    } else if (damage == QLatin1String("zero-rest")) {
        for (int i = pageSize; i < bytes.size(); ++i)
            bytes[i] = '\0';
    }
    QVERIFY(writeFile(path, bytes));

    // The damage must surface as an Error, either when opening or when reading what the app
    // reads first (statistics, the customer list, each customer's records), never as a crash.
    auto opened = Database::open(path, Database::OpenMode::OpenExisting);
    if (!opened) {
        QVERIFY2(opened.error().message().contains(QLatin1String("damaged")),
                 qPrintable(opened.error().message()));
        return;
    }
    const QSqlDatabase c = (*opened)->connection();
    QStringList errors;
    auto stats = FileStatistics::read(c);
    if (!stats)
        errors << stats.error().toString();
    CustomerRepository customers(c);
    auto all = customers.all();
    if (!all) {
        errors << all.error().toString();
    } else {
        auto page = customers.page({QString(), CustomerSortKey::Name, false}, 0, 100000);
        if (!page)
            errors << page.error().toString();
        for (const Customer &customer : *all) {
            auto t = TransactionRepository(c).forCustomer(customer.id);
            auto i = InteractionRepository(c).forCustomer(customer.id);
            auto s = SurveyRepository(c).forCustomer(customer.id);
            auto b = BalanceRepository(c).forCustomer(customer.id);
            if (!t || !i || !s || !b) {
                errors << QStringLiteral("records of %1").arg(customer.code);
                break;
            }
        }
    }
    QVERIFY2(!errors.isEmpty(), "the damaged file opened and read without any error");
    // The user is told the file is damaged, not just that an operation failed.
    QVERIFY2(errors.first().contains(QLatin1String("damaged")), qPrintable(errors.first()));
}

void TstDatabase::foreignSqliteDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (body) VALUES (?)"),
                         {QStringLiteral("私人笔记")}));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY)")));
    }
    QVERIFY(!sidecarsExist(path));
    const QByteArray before = fileBytes(path);
    for (auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::OpenOrCreate}) {
        auto db = Database::open(path, mode);
        QVERIFY(!db);
        QVERIFY2(db.error().message().contains(QLatin1String("not a ValueDesk customer file")),
                 qPrintable(db.error().message()));
    }
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!sidecarsExist(path));

    // Same for a database that uses an application id of its own (e.g. another app's format).
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 1234")));
    }
    const QByteArray withId = fileBytes(path);
    QVERIFY(!Database::open(path, Database::OpenMode::OpenExisting));
    QCOMPARE(fileBytes(path), withId);
}

void TstDatabase::newerVersionRefused_data()
{
    QTest::addColumn<bool>("walMode");
    QTest::newRow("WAL file (as we write them)") << true;
    QTest::newRow("rollback-journal file") << false;
}

void TstDatabase::newerVersionRefused()
{
    QFETCH(bool, walMode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.vdb"));
    {
        auto db = openOrFail(path, Database::OpenMode::CreateNew);
        QVERIFY(db);
        Customer c;
        c.code = QStringLiteral("C001");
        c.name = QStringLiteral("未来客户");
        VD_VERIFY_OK(CustomerRepository(db->connection()).insert(c));
    }
    const int newer = Database::currentSchemaVersion() + 1;
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        // A future version might add tables; they must not bother us.
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future_things (x)")));
        if (!walMode)
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QVERIFY(!sidecarsExist(path));
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    for (auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::OpenOrCreate}) {
        auto db = Database::open(path, mode);
        QVERIFY(!db);
        const QString message = db.error().message();
        QVERIFY2(message.contains(QLatin1String("newer version")), qPrintable(message));
        QVERIFY2(message.contains(QString::number(newer)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("future.vdb")), qPrintable(message));
        QVERIFY2(!sidecarsExist(path), "refusing the file left -wal/-shm files next to it");
    }
    QCOMPARE(fileBytes(path), before);
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), newer);
}

void TstDatabase::upgradeFromOlderVersion_data()
{
    QTest::addColumn<int>("version");
    // 0: an empty SQLite file (e.g. made by another tool), which counts as a new file.
    for (int v = 0; v < Migrations::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TstDatabase::upgradeFromOlderVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.vdb"));
    qint64 expectedTransactions = 0;
    qint64 expectedOther = 0;
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QSqlDatabase db = raw.db();
        VD_VERIFY_OK(Migrations::migrate(db, version));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
        if (version == 0) {
            // Make it a real SQLite file (header written) with no objects left in it.
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE scratch (x)")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE scratch")));
        }
        if (version >= 1) {
            QVERIFY(
                raw.exec(QStringLiteral("INSERT INTO customers (id, code, name, industry, region, "
                                        "manager, contact, tenure_start, status, notes) VALUES "
                                        "(1, 'C001', ?, ?, ?, ?, ?, '2020-03-01', 'active', ?)"),
                         {QStringLiteral("华信科技"), QStringLiteral("软件"),
                          QStringLiteral("华北"), QStringLiteral("王经理"),
                          QStringLiteral("010-12345678"), QStringLiteral("老客户")}));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO customers (id, code, name, status) VALUES (2, 'C002', 'Lost Ltd', "
                "'lost')")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO transactions (customer_id, date, amount_cents, cost_cents, quantity, "
                "product) VALUES (1, '2023-01-05', 123456789012, 100, 2.5, 'A'), "
                "(1, '2023-02-05', 5, NULL, NULL, ''), (2, '2021-07-01', -300, 0, 1, 'B')")));
            expectedTransactions = 3;
        }
        if (version >= 5) {
            // ValueDesk 5 kept the roll-ups in step with every transaction it wrote.
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO customer_months (customer_id, month, revenue_cents, "
                "costed_revenue_cents, cost_cents, orders, quantity, first_day, last_day) "
                "SELECT customer_id, CAST(substr(date, 1, 4) AS INTEGER) * 12 + "
                "CAST(substr(date, 6, 2) AS INTEGER) - 1 AS m, sum(amount_cents), "
                "coalesce(sum(CASE WHEN cost_cents IS NOT NULL THEN amount_cents END), 0), "
                "coalesce(sum(cost_cents), 0), count(*), total(quantity), min(date), max(date) "
                "FROM transactions GROUP BY customer_id, m")));
        }
        if (version >= 2) {
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO interactions (customer_id, date, kind, note) VALUES "
                               "(1, '2023-03-01', 'visit', 'x')")));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO survey_scores (customer_id, date, satisfaction) VALUES "
                               "(1, '2023-04-01', 4.5)")));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO balances (customer_id, date, amount_cents) VALUES "
                               "(2, '2024-12-31', 99)")));
            expectedOther = 1;
        }
    }
    auto db = openOrFail(path, Database::OpenMode::OpenExisting);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    const QSqlDatabase c = db->connection();
    QCOMPARE(RawConnection::scalarOf(c, QStringLiteral("PRAGMA application_id")).toInt(),
             Database::applicationId);
    QCOMPARE(RawConnection::scalarOf(c, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));

    auto stats = FileStatistics::read(c);
    VD_VERIFY_OK(stats);
    QCOMPARE(stats->schemaVersion, Migrations::latestVersion());
    QCOMPARE(stats->customers, version >= 1 ? 2 : 0);
    QCOMPARE(stats->transactions, expectedTransactions);
    QCOMPARE(stats->interactions, expectedOther);
    QCOMPARE(stats->surveys, expectedOther);
    QCOMPARE(stats->balances, expectedOther);
    for (const char *table : {"ahp_models", "ahp_model_versions", "customer_months",
                              "evaluation_snapshots", "snapshot_customers", "grade_overrides"})
        QVERIFY2(tableNames(c).contains(QLatin1String(table)), table);
    // Step 6 adds empty snapshot and override tables.
    QCOMPARE(rowCount(c, QStringLiteral("evaluation_snapshots")), 0);
    QCOMPARE(rowCount(c, QStringLiteral("grade_overrides")), 0);
    // Step 5 backfilled the monthly roll-ups from the transactions already in the file: one row
    // per (customer, month), the refund counted like any other row.
    QCOMPARE(rowCount(c, QStringLiteral("customer_months")), expectedTransactions);
    if (version == 0)
        return;
    QCOMPARE(RawConnection::scalarOf(c, QStringLiteral("SELECT revenue_cents || '/' || "
                                                       "costed_revenue_cents || '/' || cost_cents "
                                                       "|| '/' || orders || '/' || quantity || "
                                                       "'/' || first_day FROM customer_months "
                                                       "WHERE customer_id = 2"))
                 .toString(),
             QStringLiteral("-300/-300/0/1/1.0/2021-07-01"));

    CustomerRepository customers(c);
    auto first = customers.byId(1);
    VD_VERIFY_OK(first);
    QCOMPARE(first->code, QStringLiteral("C001"));
    QCOMPARE(first->name, QStringLiteral("华信科技"));
    QCOMPARE(first->manager, QStringLiteral("王经理"));
    QCOMPARE(first->tenureStart, QDate(2020, 3, 1));
    QCOMPARE(first->notes, QStringLiteral("老客户"));
    QVERIFY(first->attributes.isEmpty());
    auto second = customers.byId(2);
    VD_VERIFY_OK(second);
    QCOMPARE(second->status, CustomerStatus::Lost);
    QVERIFY(!second->tenureStart.isValid());

    auto transactions = TransactionRepository(c).forCustomer(1);
    VD_VERIFY_OK(transactions);
    QCOMPARE(transactions->size(), 2);
    QCOMPARE(transactions->at(0).amount, Cents(123456789012));
    QCOMPARE(transactions->at(0).cost, std::optional<Cents>(100));
    QCOMPARE(transactions->at(0).quantity, std::optional<double>(2.5));
    QVERIFY(!transactions->at(1).cost);

    // The upgraded file is fully usable: new-version features work on it.
    Customer withAttributes = *first;
    withAttributes.attributes.insert(QStringLiteral("等级"), QStringLiteral("A"));
    VD_VERIFY_OK(customers.update(withAttributes));
    QCOMPARE(customers.byId(1)->attributes.value(QStringLiteral("等级")), QStringLiteral("A"));
    // Foreign keys are enforced on the upgraded file too.
    VD_VERIFY_OK(customers.remove(1));
    QCOMPARE(rowCount(c, QStringLiteral("transactions")), expectedTransactions - 2);
    QCOMPARE(rowCount(c, QStringLiteral("customer_months")), expectedTransactions - 2);
}

void TstDatabase::failingMigrationRollsBack_data()
{
    QTest::addColumn<QString>("blocker");
    QTest::addColumn<int>("failingStep");
    // A table a later step creates already exists, so that step fails part-way.
    QTest::newRow("first statement of step 2") << QStringLiteral("interactions") << 2;
    QTest::newRow("last table of step 2") << QStringLiteral("balances") << 2;
    QTest::newRow("step 3 after step 2 succeeded") << QStringLiteral("import_mappings") << 3;
}

void TstDatabase::failingMigrationRollsBack()
{
    QFETCH(QString, blocker);
    QFETCH(int, failingStep);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.vdb"));
    QStringList tablesBefore;
    QByteArray checksumBefore;
    {
        RawConnection raw(path);
        QSqlDatabase db = raw.db();
        VD_VERIFY_OK(Migrations::migrate(db, 1));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE ") + blocker + QStringLiteral(" (x)")));
        QVERIFY(
            raw.exec(QStringLiteral("INSERT INTO customers (code, name) VALUES ('C001', '保留')")));
        tablesBefore = tableNames(db);
        checksumBefore = contentChecksum(db);
    }

    // Opening refuses the file before any migration runs: the blocker is not ours.
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    QVERIFY(!db);
    QVERIFY2(db.error().message().contains(QStringLiteral("“%1”").arg(blocker)),
             qPrintable(db.error().toString()));

    RawConnection raw(path);
    {
        // The migration itself, run directly, fails at that step and rolls back every step.
        QSqlDatabase direct = raw.db();
        const Status migrated = Migrations::migrate(direct, Migrations::latestVersion());
        QVERIFY(!migrated);
        QVERIFY2(migrated.error().message().contains(QStringLiteral("version %1").arg(failingStep)),
                 qPrintable(migrated.error().toString()));
    }
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(tableNames(raw.db()), tablesBefore);
    QCOMPARE(contentChecksum(raw.db()), checksumBefore);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                       "AND name = 'interactions_by_customer'"))
                 .toInt(),
             0);
}

void TstDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reopen.vdb"));
    QVERIFY(writeDemoFile(path, 20));
    auto db = openOrFail(path, Database::OpenMode::OpenExisting);
    QVERIFY(db);
    QCOMPARE(*CustomerRepository(db->connection()).count(), 20);
    QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
}

void TstDatabase::pathWithSpecialCharacters_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("spaces and Chinese") << QStringLiteral("客户 文件/我的 客户.vdb");
    QTest::newRow("URI characters") << QStringLiteral("a#1 %20 ?x=y&z/file #2?.vdb");
}

void TstDatabase::pathWithSpecialCharacters()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        auto db = openOrFail(path, Database::OpenMode::CreateNew);
        QVERIFY(db);
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("路径");
        VD_VERIFY_OK(CustomerRepository(db->connection()).insert(c));
    }
    QVERIFY(!sidecarsExist(path));
    auto db = openOrFail(path, Database::OpenMode::OpenExisting);
    QVERIFY(db);
    QCOMPARE(*CustomerRepository(db->connection()).count(), 1);
    // Nothing was created beside the file under a mangled name.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files).size(),
             3); // the file, -wal and -shm while it is open
}

void TstDatabase::twoConnectionsOnOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.vdb"));
    auto a = openOrFail(path, Database::OpenMode::CreateNew);
    auto b = openOrFail(path, Database::OpenMode::OpenExisting);
    QVERIFY(a && b);
    QVERIFY(a->connection().connectionName() != b->connection().connectionName());
    Customer c;
    c.code = QStringLiteral("C1");
    c.name = QStringLiteral("共享");
    VD_VERIFY_OK(CustomerRepository(a->connection()).insert(c));
    QCOMPARE(*CustomerRepository(b->connection()).count(), 1);
    a.reset();
    QCOMPARE(*CustomerRepository(b->connection()).count(), 1);
}

void TstDatabase::backupTo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("source.vdb"));
    QVERIFY(writeDemoFile(path, 40));
    auto db = openOrFail(path, Database::OpenMode::OpenExisting);
    QVERIFY(db);
    // Uncommitted-to-main-file changes (still in the WAL) are part of the copy.
    Customer extra;
    extra.code = QStringLiteral("Z999");
    extra.name = QStringLiteral("备份测试");
    extra.attributes.insert(QStringLiteral("来源"), QStringLiteral("测试"));
    VD_VERIFY_OK(CustomerRepository(db->connection()).insert(extra));
    auto sourceStats = FileStatistics::read(db->connection());
    VD_VERIFY_OK(sourceStats);
    const QByteArray sourceChecksum = contentChecksum(db->connection());

    const QString copyPath = dir.filePath(QStringLiteral("备份 copy.vdb"));
    VD_VERIFY_OK(db->backupTo(copyPath));
    QVERIFY(QFile::exists(copyPath));

    auto copy = openOrFail(copyPath, Database::OpenMode::OpenExisting);
    QVERIFY(copy);
    QCOMPARE(copy->schemaVersion(), Database::currentSchemaVersion());
    auto copyStats = FileStatistics::read(copy->connection());
    VD_VERIFY_OK(copyStats);
    QCOMPARE(copyStats->customers, sourceStats->customers);
    QCOMPARE(copyStats->transactions, sourceStats->transactions);
    QCOMPARE(copyStats->interactions, sourceStats->interactions);
    QCOMPARE(copyStats->surveys, sourceStats->surveys);
    QCOMPARE(copyStats->balances, sourceStats->balances);
    QCOMPARE(copyStats->firstDate, sourceStats->firstDate);
    QCOMPARE(copyStats->lastDate, sourceStats->lastDate);
    QCOMPARE(contentChecksum(copy->connection()), sourceChecksum);
    QCOMPARE(RawConnection::scalarOf(copy->connection(), QStringLiteral("PRAGMA application_id"))
                 .toInt(),
             Database::applicationId);
}

void TstDatabase::backupToRefusesExistingDestination()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("source.vdb"));
    auto db = openOrFail(path, Database::OpenMode::CreateNew);
    QVERIFY(db);
    const QString destination = dir.filePath(QStringLiteral("taken.vdb"));
    const QByteArray content("keep me");
    QVERIFY(writeFile(destination, content));
    const Status status = db->backupTo(destination);
    QVERIFY(!status);
    QVERIFY2(status.error().message().contains(QLatin1String("already exists")),
             qPrintable(status.error().message()));
    QCOMPARE(fileBytes(destination), content);

    // An unwritable destination is an error too, and leaves nothing behind.
    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/x.vdb"));
    QVERIFY(!db->backupTo(nowhere));
    QVERIFY(!QFile::exists(nowhere));
}

void TstDatabase::transactionScopeRollsBack()
{
    QTemporaryDir dir;
    auto db = openOrFail(dir.filePath(QStringLiteral("tx.vdb")), Database::OpenMode::CreateNew);
    QVERIFY(db);
    CustomerRepository customers(db->connection());
    {
        TransactionScope scope(db->connection());
        VD_VERIFY_OK(scope.begin());
        for (int i = 0; i < 3; ++i) {
            Customer c;
            c.code = QStringLiteral("T%1").arg(i);
            c.name = QStringLiteral("临时");
            c.attributes.insert(QStringLiteral("k"), QStringLiteral("v"));
            VD_VERIFY_OK(customers.insert(c));
        }
        QCOMPARE(*customers.count(), 3);
        // no commit()
    }
    QCOMPARE(*customers.count(), 0);
    QCOMPARE(rowCount(db->connection(), QStringLiteral("customer_attributes")), 0);

    // A scope that never began does nothing on destruction.
    {
        TransactionScope idle(db->connection());
    }
    Customer c;
    c.code = QStringLiteral("after");
    c.name = QStringLiteral("之后");
    VD_VERIFY_OK(customers.insert(c));
    QCOMPARE(*customers.count(), 1);
}

void TstDatabase::transactionScopeCommits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tx.vdb"));
    {
        auto db = openOrFail(path, Database::OpenMode::CreateNew);
        QVERIFY(db);
        TransactionScope scope(db->connection());
        VD_VERIFY_OK(scope.begin());
        Customer c;
        c.code = QStringLiteral("K1");
        c.name = QStringLiteral("保存");
        VD_VERIFY_OK(CustomerRepository(db->connection()).insert(c));
        VD_VERIFY_OK(scope.commit());
    }
    auto db = openOrFail(path, Database::OpenMode::OpenExisting);
    QVERIFY(db);
    QCOMPARE(*CustomerRepository(db->connection()).count(), 1);
}

void TstDatabase::foreignSchemaObjectsRefused_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("named");
    // Issue 10: a trigger stored in the file ran on our own import (every customer renamed, the
    // roll-up emptied); a view in place of a table made reads crawl or lie.
    QTest::newRow("trigger") << QStringLiteral("CREATE TRIGGER hack AFTER INSERT ON transactions "
                                               "BEGIN DELETE FROM customer_months; "
                                               "UPDATE customers SET name = 'HACKED'; END")
                             << QStringLiteral("trigger “hack” on transactions");
    QTest::newRow("view") << QStringLiteral("CREATE VIEW spy AS SELECT * FROM customers")
                          << QStringLiteral("view “spy”");
    QTest::newRow("table swapped for a view")
        << QStringLiteral("DROP TABLE grade_overrides; CREATE VIEW grade_overrides AS SELECT 1")
        << QStringLiteral("grade_overrides");
    QTest::newRow("changed table") << QStringLiteral("ALTER TABLE customers ADD COLUMN extra TEXT")
                                   << QStringLiteral("table “customers” (changed)");
    QTest::newRow("extra table") << QStringLiteral("CREATE TABLE notes_of_others (x)")
                                 << QStringLiteral("table “notes_of_others”");
}

void TstDatabase::foreignSchemaObjectsRefused()
{
    QFETCH(QString, statement);
    QFETCH(QString, named);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.vdb"));
    QVERIFY(writeDemoFile(path, 5));
    {
        RawConnection raw(path);
        for (const QString &part : statement.split(QStringLiteral("; CREATE")))
            QVERIFY(raw.exec(part.startsWith(QLatin1String("CREATE")) ||
                                     part.startsWith(QLatin1String("DROP")) ||
                                     part.startsWith(QLatin1String("ALTER"))
                                 ? part
                                 : QStringLiteral("CREATE") + part));
    }
    const QByteArray before = fileBytes(path);
    for (auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        auto db = Database::open(path, Database::OpenMode::OpenExisting, access);
        QVERIFY(!db);
        QVERIFY2(db.error().message().contains(named), qPrintable(db.error().message()));
        QVERIFY(db.error().message().contains(QLatin1String("not changed")));
    }
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!sidecarsExist(path));
}

void TstDatabase::readOnlyAccessChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("look.vdb"));
    QVERIFY(writeDemoFile(path, 12));
    const QByteArray before = fileBytes(path);
    {
        auto db =
            Database::open(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
        VD_VERIFY_OK(db);
        QVERIFY((*db)->isReadOnly());
        QCOMPARE(*CustomerRepository((*db)->connection()).count(), 12);
        Customer c;
        c.code = QStringLiteral("NEW");
        c.name = QStringLiteral("新客户");
        auto inserted = CustomerRepository((*db)->connection()).insert(c);
        QVERIFY(!inserted);
        QCOMPARE(inserted.error().code(), Error::Code::FileReadOnly);
        auto sibling = (*db)->openSibling();
        VD_VERIFY_OK(sibling);
        QVERIFY((*sibling)->isReadOnly());
        QVERIFY(!CustomerRepository((*sibling)->connection()).insert(c));
    }
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!sidecarsExist(path));

    // A file in rollback-journal mode is not switched to WAL by a read-only open.
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray rollback = fileBytes(path);
    {
        auto db =
            Database::open(path, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
        VD_VERIFY_OK(db);
        QCOMPARE(*CustomerRepository((*db)->connection()).count(), 12);
    }
    QCOMPARE(fileBytes(path), rollback);
    QVERIFY(!sidecarsExist(path));
}

void TstDatabase::readOnlyAccessRefusesEmptyAndOldFiles()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.vdb"));
    {
        RawConnection raw(empty);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE scratch (x)")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE scratch")));
    }
    QByteArray before = fileBytes(empty);
    auto db = Database::open(empty, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
    QVERIFY(!db);
    QVERIFY2(db.error().message().contains(QLatin1String("empty SQLite database")),
             qPrintable(db.error().message()));
    QCOMPARE(fileBytes(empty), before);

    // Marked as ours but none of our tables: refused by every access, never switched to WAL.
    const QString marked = dir.filePath(QStringLiteral("marked.vdb"));
    {
        RawConnection raw(marked);
        QVERIFY(
            raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
    }
    before = fileBytes(marked);
    for (auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        auto refused = Database::open(marked, Database::OpenMode::OpenExisting, access);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::FileDamaged);
    }
    QCOMPARE(fileBytes(marked), before);
    QVERIFY(!sidecarsExist(marked));

    // An older format needs an upgrade, which a read-only open does not do.
    const QString old = dir.filePath(QStringLiteral("old.vdb"));
    {
        RawConnection raw(old);
        QSqlDatabase c = raw.db();
        VD_VERIFY_OK(Migrations::migrate(c, 3));
    }
    before = fileBytes(old);
    auto older = Database::open(old, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
    QVERIFY(!older);
    QVERIFY2(older.error().message().contains(QLatin1String("older version")),
             qPrintable(older.error().message()));
    QCOMPARE(fileBytes(old), before);
}

void TstDatabase::busyFileIsInUseNotDamaged()
{
    // SQLITE_BUSY and SQLITE_LOCKED are "in use", never "damaged" (a user may throw a good file
    // away); SQLITE_CORRUPT and NOTADB are damaged; SQLITE_FULL is a full disk.
    const auto code = [](const char *native) {
        return sqlError(QStringLiteral("generic"),
                        QSqlError(QStringLiteral("driver"), QStringLiteral("db"),
                                  QSqlError::StatementError, QString::fromLatin1(native)));
    };
    QCOMPARE(code("5").code(), Error::Code::FileInUse);
    QCOMPARE(code("517").code(), Error::Code::FileInUse); // SQLITE_BUSY_SNAPSHOT
    QCOMPARE(code("6").code(), Error::Code::FileInUse);
    QVERIFY(code("5").message().contains(QLatin1String("in use")));
    QCOMPARE(code("11").code(), Error::Code::FileDamaged);
    QCOMPARE(code("26").code(), Error::Code::FileDamaged);
    QCOMPARE(code("13").code(), Error::Code::DiskFull);
    QCOMPARE(code("8").code(), Error::Code::FileReadOnly);
    QCOMPARE(code("1").message(), QStringLiteral("generic"));

    // A write while another connection holds the write lock waits, then says the file is in use:
    // BEGIN IMMEDIATE fails before any row is written, so no row is blamed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.vdb"));
    QVERIFY(writeDemoFile(path, 3));
    auto db = openOrFail(path, Database::OpenMode::OpenExisting);
    QVERIFY(db);
    auto holder = db->openSibling();
    VD_VERIFY_OK(holder);
    QSqlQuery lock((*holder)->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    Database::setWriteWait(100);
    Customer c;
    c.code = QStringLiteral("WAIT");
    c.name = QStringLiteral("Waiting");
    QElapsedTimer timer;
    timer.start();
    auto inserted = CustomerRepository(db->connection()).insert(c);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().code(), Error::Code::FileInUse);
    QVERIFY2(inserted.error().message().contains(QLatin1String("busy.vdb")),
             qPrintable(inserted.error().message()));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    Database::setWriteWait(5000);
    VD_VERIFY_OK(CustomerRepository(db->connection()).insert(c));
}

void TstDatabase::siblingConnectionSharesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sibling.vdb"));
    QVERIFY(writeDemoFile(path, 4));
    auto db = openOrFail(path, Database::OpenMode::OpenExisting);
    QVERIFY(db);
    // A worker thread's connection sees and writes the same file.
    Result<int> seen = Error(QString());
    std::thread worker([&] {
        auto sibling = db->openSibling();
        if (!sibling) {
            seen = sibling.error();
            return;
        }
        Customer c;
        c.code = QStringLiteral("W1");
        c.name = QStringLiteral("From the worker");
        if (auto inserted = CustomerRepository((*sibling)->connection()).insert(c); !inserted) {
            seen = inserted.error();
            return;
        }
        seen = CustomerRepository((*sibling)->connection()).count();
    });
    worker.join();
    VD_VERIFY_OK(seen);
    QCOMPARE(*seen, 5);
    QCOMPARE(*CustomerRepository(db->connection()).count(), 5);
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
