#include "customerrepository.h"
#include "database.h"
#include "filestatistics.h"
#include "migrations.h"
#include "recordrepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace valuedesk;
using namespace valuedesk::test;

namespace {

// The largest amount a record may hold (±10 000 000 000.00, README "Money") less one cent: no
// cent may be lost on the way through Qt Sql and SQLite.
constexpr Cents nearLimit = Q_INT64_C(999999999999);

QString describe(const Transaction &t)
{
    return QStringLiteral("T(id=%1 c=%2 %3 amount=%4 cost=%5 qty=%6 %7/%8/%9)")
        .arg(t.id)
        .arg(t.customerId)
        .arg(t.date.toString(Qt::ISODate))
        .arg(t.amount)
        .arg(t.cost ? QString::number(*t.cost) : QStringLiteral("-"))
        .arg(t.quantity ? QString::number(*t.quantity) : QStringLiteral("-"))
        .arg(t.product, t.category, t.channel);
}
QString describe(const Interaction &i)
{
    return QStringLiteral("I(id=%1 c=%2 %3 %4 %5)")
        .arg(i.id)
        .arg(i.customerId)
        .arg(i.date.toString(Qt::ISODate), interactionKindId(i.kind), i.note);
}
QString describe(const SurveyScore &s)
{
    auto opt = [](const std::optional<double> &v) {
        return v ? QString::number(*v) : QStringLiteral("-");
    };
    return QStringLiteral("S(id=%1 c=%2 %3 %4/%5/%6 %7=%8)")
        .arg(s.id)
        .arg(s.customerId)
        .arg(s.date.toString(Qt::ISODate), opt(s.satisfaction), opt(s.loyalty), opt(s.trust),
             s.metricName, opt(s.metricValue));
}
QString describe(const Balance &b)
{
    return QStringLiteral("B(id=%1 c=%2 %3 %4)")
        .arg(b.id)
        .arg(b.customerId)
        .arg(b.date.toString(Qt::ISODate))
        .arg(b.amount);
}

template <typename Record>
QString describe(const QVector<Record> &records)
{
    QStringList parts;
    for (const Record &r : records)
        parts << describe(r);
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TstRecordRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void transactions();
    void interactions();
    void surveys();
    void balances();
    void moneyIsExact_data();
    void moneyIsExact();
    void insertRequiresExistingCustomer();
    void amountsBeyondTheLimitRefused();
    void insertManyAllOrNothing();
    void insertManyInsideCallerTransaction();
    void insertManyLarge();
    void fileStatisticsEmpty();
    void fileStatistics();

private:
    // Inserts `samples` (customer ids filled in), checks byId/forCustomer, then updates each
    // with `change` and removes them.
    template <typename Record>
    void roundTrip(QVector<Record> samples, const std::function<void(Record &)> &change);

    QSqlDatabase db() const { return m_db->connection(); }
    qint64 addCustomer(const QString &code);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_customer = 0;
    qint64 m_otherCustomer = 0;
};

void TstRecordRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("records.vdb")),
                             Database::OpenMode::CreateNew);
    VD_VERIFY_OK(db);
    m_db = std::move(db).value();
    m_customer = addCustomer(QStringLiteral("C001"));
    m_otherCustomer = addCustomer(QStringLiteral("C002"));
    QVERIFY(m_customer > 0 && m_otherCustomer > 0);
}

void TstRecordRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TstRecordRepository::addCustomer(const QString &code)
{
    Customer c;
    c.code = code;
    c.name = QStringLiteral("客户 ") + code;
    auto id = CustomerRepository(db()).insert(c);
    return id ? *id : 0;
}

template <typename Record>
void TstRecordRepository::roundTrip(QVector<Record> samples,
                                    const std::function<void(Record &)> &change)
{
    RecordRepository<Record> repository(db());
    for (Record &r : samples) {
        r.customerId = m_customer;
        auto id = repository.insert(r);
        VD_VERIFY_OK(id);
        QVERIFY(*id > 0);
        r.id = *id;
        auto read = repository.byId(*id);
        VD_VERIFY_OK(read);
        QVERIFY2(*read == r, qPrintable(describe(*read) + QStringLiteral(" != ") + describe(r)));
    }
    // forCustomer: by date, then id.
    QVector<Record> expected = samples;
    std::stable_sort(expected.begin(), expected.end(), [](const Record &a, const Record &b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    auto listed = repository.forCustomer(m_customer);
    VD_VERIFY_OK(listed);
    QVERIFY2(*listed == expected,
             qPrintable(describe(*listed) + QStringLiteral("\n!=\n") + describe(expected)));
    auto none = repository.forCustomer(m_otherCustomer);
    VD_VERIFY_OK(none);
    QVERIFY(none->isEmpty());

    // update: every field, the owner included.
    for (Record &r : samples) {
        change(r);
        VD_VERIFY_OK(repository.update(r));
        auto read = repository.byId(r.id);
        VD_VERIFY_OK(read);
        QVERIFY2(*read == r, qPrintable(describe(*read) + QStringLiteral(" != ") + describe(r)));
    }
    Record ghost = samples.first();
    ghost.id = 999999;
    QVERIFY(!repository.update(ghost));
    QVERIFY(!repository.byId(999999));
    // Moving a record to a customer that does not exist violates the foreign key.
    Record orphan = samples.first();
    orphan.customerId = 424242;
    QVERIFY(!repository.update(orphan));
    QVERIFY(*repository.byId(orphan.id) == samples.first());

    // remove, then undo the removal by inserting under the old id.
    const Record removed = samples.first();
    VD_VERIFY_OK(repository.remove(removed.id));
    QVERIFY(!repository.byId(removed.id));
    auto restored = repository.insert(removed);
    VD_VERIFY_OK(restored);
    QCOMPARE(*restored, removed.id);
    QVERIFY(*repository.byId(removed.id) == removed);

    for (const Record &r : samples)
        VD_VERIFY_OK(repository.remove(r.id));
    QVERIFY(repository.forCustomer(m_customer)->isEmpty());
    QVERIFY(repository.forCustomer(m_otherCustomer)->isEmpty());
}

void TstRecordRepository::transactions()
{
    Transaction full;
    full.date = QDate(2024, 5, 25);
    full.amount = Q_INT64_C(123456789012);
    full.cost = Q_INT64_C(98765432101);
    full.quantity = 3.25;
    full.product = QStringLiteral("智能终端 X1");
    full.category = QStringLiteral("硬件");
    full.channel = QStringLiteral("线上");
    Transaction bare; // optional fields unset, text empty
    bare.date = QDate(2023, 1, 1);
    bare.amount = -500; // a refund
    Transaction zeros;  // zero is a value, not "unset"
    zeros.date = QDate(2023, 1, 1);
    zeros.amount = 0;
    zeros.cost = 0;
    zeros.quantity = 0.0;
    Transaction exact;
    exact.date = QDate(2025, 12, 31);
    exact.amount = nearLimit;
    exact.cost = -nearLimit;
    exact.quantity = 0.1;

    roundTrip<Transaction>({full, bare, zeros, exact}, [this](Transaction &t) {
        t.customerId = m_otherCustomer;
        t.date = t.date.addDays(1);
        t.amount += 1;
        t.cost = t.cost ? std::nullopt : std::optional<Cents>(Q_INT64_C(123456789012));
        t.quantity = t.quantity ? std::nullopt : std::optional<double>(1e-3);
        t.product = QStringLiteral("改");
        t.category = QString();
        t.channel = QStringLiteral("门店");
    });
}

void TstRecordRepository::interactions()
{
    QVector<Interaction> samples;
    int day = 1;
    for (InteractionKind kind :
         {InteractionKind::Visit, InteractionKind::Call, InteractionKind::Complaint,
          InteractionKind::Referral, InteractionKind::Training, InteractionKind::Other}) {
        Interaction i;
        i.date = QDate(2024, 3, 10 - day++);
        i.kind = kind;
        i.note = kind == InteractionKind::Other ? QString()
                                                : QStringLiteral("上门拜访，讨论续约\n第二行");
        samples.append(i);
    }
    roundTrip<Interaction>(samples, [this](Interaction &i) {
        i.customerId = m_otherCustomer;
        i.kind = i.kind == InteractionKind::Complaint ? InteractionKind::Visit
                                                      : InteractionKind::Complaint;
        i.note = QStringLiteral("已处理");
        i.date = QDate(2020, 2, 29);
    });
}

void TstRecordRepository::surveys()
{
    SurveyScore all;
    all.date = QDate(2024, 6, 30);
    all.satisfaction = 4.5;
    all.loyalty = 0; // set to zero
    all.trust = 10;
    all.metricName = QStringLiteral("NPS");
    all.metricValue = -100;
    SurveyScore onlyMetric;
    onlyMetric.date = QDate(2024, 6, 1);
    onlyMetric.metricName = QStringLiteral("净推荐值");
    onlyMetric.metricValue = 0.125;
    SurveyScore onlyTrust;
    onlyTrust.date = QDate(2024, 6, 1);
    onlyTrust.trust = 3;
    roundTrip<SurveyScore>({all, onlyMetric, onlyTrust}, [this](SurveyScore &s) {
        s.customerId = m_otherCustomer;
        s.satisfaction = s.satisfaction ? std::nullopt : std::optional<double>(2.75);
        s.loyalty = s.loyalty ? std::nullopt : std::optional<double>(6);
        s.trust = s.trust ? std::nullopt : std::optional<double>(7);
        s.metricName = QString();
        s.metricValue = std::nullopt;
    });
}

void TstRecordRepository::balances()
{
    Balance big;
    big.date = QDate(2024, 3, 31);
    big.amount = nearLimit;
    Balance negative;
    negative.date = QDate(2023, 12, 31);
    negative.amount = Q_INT64_C(-123456789012);
    Balance zero;
    zero.date = QDate(2024, 3, 31);
    roundTrip<Balance>({big, negative, zero}, [this](Balance &b) {
        b.customerId = m_otherCustomer;
        b.amount = b.amount * -1 + 1;
        b.date = b.date.addMonths(3);
    });
}

void TstRecordRepository::moneyIsExact_data()
{
    QTest::addColumn<Cents>("amount");
    QTest::newRow("one cent") << Cents(1);
    QTest::newRow("123 456 789 012") << Cents(Q_INT64_C(123456789012));
    QTest::newRow("limit less one cent") << nearLimit;
    QTest::newRow("limit") << Cents(Q_INT64_C(1000000000000));
    QTest::newRow("negative limit") << Cents(Q_INT64_C(-1000000000000));
}

void TstRecordRepository::moneyIsExact()
{
    QFETCH(Cents, amount);
    Transaction t;
    t.customerId = m_customer;
    t.date = QDate(2024, 1, 1);
    t.amount = amount;
    t.cost = amount;
    auto id = TransactionRepository(db()).insert(t);
    VD_VERIFY_OK(id);
    auto read = TransactionRepository(db()).byId(*id);
    VD_VERIFY_OK(read);
    QCOMPARE(read->amount, amount);
    QCOMPARE(read->cost, std::optional<Cents>(amount));
    // Stored as INTEGER, not REAL or TEXT.
    QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT typeof(amount_cents) || "
                                                          "typeof(cost_cents) FROM transactions"))
                 .toString(),
             QStringLiteral("integerinteger"));

    Balance b;
    b.customerId = m_customer;
    b.date = QDate(2024, 1, 1);
    b.amount = amount;
    VD_VERIFY_OK(BalanceRepository(db()).insertMany({b}));
    QCOMPARE(BalanceRepository(db()).forCustomer(m_customer)->first().amount, amount);
}

void TstRecordRepository::insertRequiresExistingCustomer()
{
    Interaction i;
    i.customerId = 777;
    i.date = QDate(2024, 1, 1);
    auto id = InteractionRepository(db()).insert(i);
    QVERIFY(!id);
    QVERIFY(!id.error().message().isEmpty());
    QCOMPARE(rowCount(db(), QStringLiteral("interactions")), 0);
}

void TstRecordRepository::insertManyAllOrNothing()
{
    TransactionRepository repository(db());
    Transaction existing;
    existing.customerId = m_customer;
    existing.date = QDate(2020, 1, 1);
    existing.amount = 1;
    VD_VERIFY_OK(repository.insert(existing));
    const QByteArray before = contentChecksum(db());

    QVector<Transaction> batch;
    for (int i = 0; i < 6; ++i) {
        Transaction t;
        t.customerId = i == 4 ? 9999 : m_customer; // the fifth names a missing customer
        t.date = QDate(2024, 1, 1 + i);
        t.amount = 100 * (i + 1);
        t.cost = i % 2 ? std::optional<Cents>(50) : std::nullopt;
        batch.append(t);
    }
    const Status status = repository.insertMany(batch);
    QVERIFY(!status);
    QVERIFY(!status.error().message().isEmpty());
    QCOMPARE(rowCount(db(), QStringLiteral("transactions")), 1);
    QCOMPARE(contentChecksum(db()), before);

    // The same batch without the bad record goes in whole; ids given in the records are ignored.
    batch.remove(4);
    for (Transaction &t : batch)
        t.id = 5;
    VD_VERIFY_OK(repository.insertMany(batch));
    auto listed = repository.forCustomer(m_customer);
    VD_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 6);
    for (int i = 0; i < batch.size(); ++i) {
        Transaction expected = batch.at(i);
        expected.id = listed->at(i + 1).id;
        QVERIFY2(listed->at(i + 1) == expected, qPrintable(describe(listed->at(i + 1))));
    }
    VD_VERIFY_OK(repository.insertMany({}));
}

void TstRecordRepository::insertManyInsideCallerTransaction()
{
    SurveyRepository repository(db());
    SurveyScore good;
    good.customerId = m_customer;
    good.date = QDate(2024, 1, 1);
    good.satisfaction = 5;
    SurveyScore bad = good;
    bad.customerId = 31337;
    {
        TransactionScope scope(db());
        VD_VERIFY_OK(scope.begin());
        VD_VERIFY_OK(repository.insertMany({good, good}));
        QVERIFY(!repository.insertMany({good, bad}));
        // The caller decides: without commit everything of the scope is rolled back.
    }
    QCOMPARE(rowCount(db(), QStringLiteral("survey_scores")), 0);
    {
        TransactionScope scope(db());
        VD_VERIFY_OK(scope.begin());
        VD_VERIFY_OK(repository.insertMany({good, good}));
        VD_VERIFY_OK(repository.insertMany({good}));
        VD_VERIFY_OK(scope.commit());
    }
    QCOMPARE(rowCount(db(), QStringLiteral("survey_scores")), 3);
}

void TstRecordRepository::insertManyLarge()
{
    QVector<Balance> balances;
    for (int i = 0; i < 5000; ++i) {
        Balance b;
        b.customerId = i % 2 ? m_customer : m_otherCustomer;
        b.date = QDate(2000, 1, 1).addDays(i);
        b.amount = Q_INT64_C(1000000000000) - i;
        balances.append(b);
    }
    VD_VERIFY_OK(BalanceRepository(db()).insertMany(balances));
    QCOMPARE(rowCount(db(), QStringLiteral("balances")), 5000);
    QCOMPARE(RawConnection::scalarOf(db(), QStringLiteral("SELECT sum(amount_cents) FROM balances"))
                 .toLongLong(),
             Q_INT64_C(5000000000000000) - 4999 * 5000 / 2);
}

void TstRecordRepository::fileStatisticsEmpty()
{
    auto stats = FileStatistics::read(db());
    VD_VERIFY_OK(stats);
    QCOMPARE(stats->schemaVersion, Migrations::latestVersion());
    QCOMPARE(stats->customers, 2);
    QCOMPARE(stats->transactions, 0);
    QCOMPARE(stats->interactions, 0);
    QCOMPARE(stats->surveys, 0);
    QCOMPARE(stats->balances, 0);
    QVERIFY(!stats->firstDate.isValid());
    QVERIFY(!stats->lastDate.isValid());
}

void TstRecordRepository::fileStatistics()
{
    // Only one kind of record: its span.
    Interaction call;
    call.customerId = m_customer;
    call.date = QDate(2022, 7, 15);
    call.kind = InteractionKind::Call;
    VD_VERIFY_OK(InteractionRepository(db()).insert(call));
    auto single = FileStatistics::read(db());
    VD_VERIFY_OK(single);
    QCOMPARE(single->firstDate, QDate(2022, 7, 15));
    QCOMPARE(single->lastDate, QDate(2022, 7, 15));

    QVector<Transaction> transactions(3);
    for (int i = 0; i < transactions.size(); ++i) {
        transactions[i].customerId = m_customer;
        transactions[i].date = QDate(2023, 3, 1 + i);
        transactions[i].amount = 10;
    }
    VD_VERIFY_OK(TransactionRepository(db()).insertMany(transactions));
    Balance earliest;
    earliest.customerId = m_otherCustomer;
    earliest.date = QDate(2019, 12, 31); // the earliest record is a balance
    VD_VERIFY_OK(BalanceRepository(db()).insert(earliest));
    SurveyScore latest;
    latest.customerId = m_otherCustomer;
    latest.date = QDate(2026, 1, 2); // the latest is a survey
    latest.loyalty = 3;
    VD_VERIFY_OK(SurveyRepository(db()).insertMany({latest, latest}));

    auto stats = FileStatistics::read(db());
    VD_VERIFY_OK(stats);
    QCOMPARE(stats->customers, 2);
    QCOMPARE(stats->transactions, 3);
    QCOMPARE(stats->interactions, 1);
    QCOMPARE(stats->surveys, 2);
    QCOMPARE(stats->balances, 1);
    QCOMPARE(stats->firstDate, QDate(2019, 12, 31));
    QCOMPARE(stats->lastDate, QDate(2026, 1, 2));

    // Removing a customer removes its records from the statistics too.
    VD_VERIFY_OK(CustomerRepository(db()).remove(m_otherCustomer));
    stats = FileStatistics::read(db());
    VD_VERIFY_OK(stats);
    QCOMPARE(stats->customers, 1);
    QCOMPARE(stats->surveys, 0);
    QCOMPARE(stats->balances, 0);
    QCOMPARE(stats->firstDate, QDate(2022, 7, 15));
    QCOMPARE(stats->lastDate, QDate(2023, 3, 3));
}

// Issue 10: two amounts of 500 000 000 000 000.00 in one month wrapped the month's revenue to a
// negative number. Every write path refuses amounts beyond ±10 000 000 000.00 and leaves the
// file as it was.
void TstRecordRepository::amountsBeyondTheLimitRefused()
{
    const Cents limit = Q_INT64_C(1000000000000);
    const Cents huge = Q_INT64_C(50000000000000000);
    TransactionRepository transactions(db());
    BalanceRepository balances(db());
    Transaction t;
    t.customerId = m_customer;
    t.date = QDate(2024, 3, 1);
    t.amount = limit;
    t.cost = -limit;
    auto id = transactions.insert(t);
    VD_VERIFY_OK(id);
    t.id = *id;
    const QByteArray before = contentChecksum(db());

    const auto refused = [](const Status &s) {
        return !s.ok() && s.error().message().contains(QLatin1String("10,000,000,000"));
    };
    Transaction big = t;
    big.id = 0;
    big.amount = huge;
    QVERIFY(!transactions.insert(big).ok());
    QVERIFY(refused(transactions.insertMany({big, big})));
    big.amount = 1;
    big.cost = limit + 1;
    QVERIFY(refused(transactions.insertMany({big})));
    Transaction edited = t;
    edited.amount = -limit - 1;
    QVERIFY(refused(transactions.update(edited)));
    Balance b;
    b.customerId = m_customer;
    b.date = QDate(2024, 3, 31);
    b.amount = huge;
    QVERIFY(!balances.insert(b).ok());
    QVERIFY(refused(balances.insertMany({b})));
    QCOMPARE(contentChecksum(db()), before);
}

QTEST_GUILESS_MAIN(TstRecordRepository)
#include "tst_recordrepository.moc"
