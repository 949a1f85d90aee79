#include "customerrepository.h"
#include "database.h"
#include "migrations.h"
#include "monthlyrollup.h"
#include "recordrepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

Transaction makeTransaction(qint64 customerId, const QDate &date, Cents amount,
                            std::optional<Cents> cost = std::nullopt)
{
    Transaction t;
    t.customerId = customerId;
    t.date = date;
    t.amount = amount;
    t.cost = cost;
    return t;
}

} // namespace

// Issue 10 follow-ups: a damaged or hostile customer_months / transactions table must give a
// clear error and leave the file as it was; sums never wrap around or turn into REALs.
class TstRollupIntegrity : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void damagedRollupRefusesInsert_data();
    void damagedRollupRefusesInsert();
    void intactRollupAtTheLimitStillAdds();
    void overflowingBackfillLeavesFileUnchanged();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    QString path() const { return m_dir->filePath(QStringLiteral("i.vdb")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_a = 0;
};

void TstRollupIntegrity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(path(), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    Customer c;
    c.code = QStringLiteral("A");
    c.name = QStringLiteral("客户 A");
    auto a = CustomerRepository(db()).insert(c);
    VD_VERIFY_OK(a);
    m_a = *a;
    VD_VERIFY_OK(
        TransactionRepository(db()).insert(makeTransaction(m_a, QDate(2024, 1, 10), 100, 40)));
}

void TstRollupIntegrity::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TstRollupIntegrity::damagedRollupRefusesInsert_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<bool>("many");

    const QVariant nearMax(int64Max - 50);
    const QVariant nearMin(int64Min + 50);
    QTest::newRow("revenue past max, insert")
        << QStringLiteral("revenue_cents") << nearMax << qint64(100) << false;
    QTest::newRow("revenue past max, insertMany")
        << QStringLiteral("revenue_cents") << nearMax << qint64(100) << true;
    QTest::newRow("revenue past min")
        << QStringLiteral("revenue_cents") << nearMin << qint64(-100) << true;
    QTest::newRow("costed revenue past max")
        << QStringLiteral("costed_revenue_cents") << nearMax << qint64(100) << true;
    QTest::newRow("cost past max")
        << QStringLiteral("cost_cents") << nearMax << qint64(100) << true;
    QTest::newRow("orders at max")
        << QStringLiteral("orders") << QVariant(int64Max) << qint64(1) << true;
    QTest::newRow("revenue as REAL")
        << QStringLiteral("revenue_cents") << QVariant(1e30) << qint64(1) << true;
    QTest::newRow("revenue as text") << QStringLiteral("revenue_cents")
                                     << QVariant(QStringLiteral("lots")) << qint64(1) << false;
    QTest::newRow("quantity as text")
        << QStringLiteral("quantity") << QVariant(QStringLiteral("some")) << qint64(1) << true;
}

// Adding new transactions to a damaged month: SQL `+` would make the sum a REAL (or read text as
// 0); the write is refused as damage instead, and nothing of it is saved.
void TstRollupIntegrity::damagedRollupRefusesInsert()
{
    QFETCH(QString, column);
    QFETCH(QVariant, stored);
    QFETCH(qint64, amount);
    QFETCH(bool, many);
    {
        RawConnection raw(path());
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("UPDATE customer_months SET ") + column +
                             QStringLiteral(" = ? WHERE customer_id = ?"),
                         {stored, m_a}));
    }
    const QString typeSql =
        QStringLiteral("SELECT typeof(") + column + QStringLiteral(") FROM customer_months");
    const QString typeBefore = RawConnection::scalarOf(db(), typeSql).toString();
    const QByteArray before = contentChecksum(db());
    TransactionRepository repo(db());
    const Transaction t = makeTransaction(m_a, QDate(2024, 1, 20), amount, amount);
    Status written;
    if (many) {
        QVector<Transaction> batch;
        for (int i = 0; i < 70;
             ++i) // 70 earlier months: the damaged one is in the second statement
            batch.append(makeTransaction(m_a, QDate(2010 + i / 12, 1 + i % 12, 1), 1));
        batch.append(t);
        written = repo.insertMany(batch);
    } else if (auto id = repo.insert(t); !id) {
        written = id.error();
    }
    QVERIFY(!written);
    QCOMPARE(written.error().code(), Error::Code::FileDamaged);
    QVERIFY2(written.error().message().contains(QLatin1String("customer A")) &&
                 written.error().message().contains(QLatin1String("customer_months")),
             qPrintable(written.error().toString()));
    QCOMPARE(contentChecksum(db()), before);
    QCOMPARE(RawConnection::scalarOf(db(), typeSql).toString(), typeBefore);
}

// The guard is exact: a sum that fits is still added, right up to the qint64 limit.
void TstRollupIntegrity::intactRollupAtTheLimitStillAdds()
{
    {
        RawConnection raw(path());
        QVERIFY(raw.exec(QStringLiteral("UPDATE customer_months SET revenue_cents = ?"),
                         {int64Max - 100}));
    }
    VD_VERIFY_OK(
        TransactionRepository(db()).insertMany({makeTransaction(m_a, QDate(2024, 1, 2), 100)}));
    QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT revenue_cents FROM "
                                                          "customer_months"))
                 .toLongLong(),
             int64Max);
}

// Upgrading a version 4 file backfills customer_months with sum(): transactions another program
// wrote whose amounts overflow it give a clear "damaged" error, and the file stays byte for byte
// as it was (no upgrade, no switch to WAL).
void TstRollupIntegrity::overflowingBackfillLeavesFileUnchanged()
{
    const QString v4 = m_dir->filePath(QStringLiteral("v4.vdb"));
    {
        RawConnection raw(v4);
        QVERIFY(raw.isOpen());
        QSqlDatabase c = raw.db();
        VD_VERIFY_OK(Migrations::migrate(c, 4));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO customers (id, code, name) VALUES (1, 'H', "
                                        "'h')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO transactions (customer_id, date, "
                                        "amount_cents) VALUES (1, '2023-01-05', ?),"
                                        " (1, '2023-01-06', ?)"),
                         {Q_INT64_C(5000000000000000000), Q_INT64_C(5000000000000000000)}));
    }
    const QByteArray before = fileBytes(v4);
    auto opened = Database::open(v4, Database::OpenMode::OpenExisting);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Error::Code::FileDamaged);
    const QString message = opened.error().message();
    QVERIFY2(message.contains(QLatin1String("version 5")) &&
                 message.contains(QLatin1String("transactions/amount_cents")) &&
                 message.contains(QLatin1String("customer H")) &&
                 !message.contains(QLatin1String("integer overflow")),
             qPrintable(opened.error().toString()));
    QCOMPARE(fileBytes(v4), before);
    QVERIFY(!QFile::exists(v4 + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TstRollupIntegrity)
#include "tst_rollupintegrity.moc"
