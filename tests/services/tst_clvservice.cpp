#include "clvservice.h"
#include "connectionfactory.h"
#include "purchasehistoryreader.h"
#include "servicetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;

class TstClvService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fitsTheFile();
    void holdout();
    void cancels();
    void emptyFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TstClvService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = test::createDemoFile(m_dir.filePath(QStringLiteral("c.vdb")));
    VD_VERIFY_OK(opened);
    m_db = std::move(opened).value();
}

// Through a connection of its own: the fit of the file's purchase histories (as fit() gives on
// the same histories), with every customer's id and name, progress from 0 to the last step.
void TstClvService::fitsTheFile()
{
    ClvRequest request;
    request.options.horizon = 52;
    QVector<std::pair<qint64, qint64>> steps;
    TaskContext context([&steps](qint64 done, qint64 total) {
        steps.append({done, total});
        return true;
    });
    auto outcome = ClvService::run(request, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(outcome);
    QCOMPARE(steps.constFirst().first, qint64(0));
    QCOMPARE(steps.constLast().first, steps.constLast().second);
    QVERIFY(outcome->lastPurchase.isValid());
    QCOMPARE(outcome->calibrationEnd, outcome->lastPurchase);
    QVERIFY(!outcome->holdoutEnd.isValid());
    QVERIFY(outcome->holdout.isEmpty());
    QVERIFY(outcome->result.customers.size() > 60);
    QCOMPARE(outcome->labels.size(), 120);
    for (const CustomerClv &c : std::as_const(outcome->result.customers)) {
        QVERIFY(outcome->labels.contains(c.summary.customer));
        QVERIFY(outcome->labels.value(c.summary.customer).id > 0);
    }

    auto histories = PurchaseHistoryReader::read(m_db->connection());
    VD_VERIFY_OK(histories);
    TaskContext plain;
    auto fitted = ClvService::fit(*histories, request, plain);
    VD_VERIFY_OK(fitted);
    QVERIFY(fitted->labels.isEmpty());
    QCOMPARE(fitted->result.bgNbd.params.r, outcome->result.bgNbd.params.r);
    QCOMPARE(fitted->result.bgNbd.params.alpha, outcome->result.bgNbd.params.alpha);
    QCOMPARE(fitted->result.customers.size(), outcome->result.customers.size());
}

// Purchases after the calibration end form the holdout.
void TstClvService::holdout()
{
    ClvRequest request;
    request.calibrationEnd = QDate(2024, 6, 30);
    TaskContext context;
    auto outcome = ClvService::run(request, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(outcome);
    QVERIFY(outcome->lastPurchase > request.calibrationEnd);
    QCOMPARE(outcome->calibrationEnd, request.calibrationEnd);
    QCOMPARE(outcome->holdoutEnd, outcome->lastPurchase);
    QVERIFY(!outcome->holdout.isEmpty());
    QVERIFY(outcome->holdoutLength > 0);

    request.withHoldout = false;
    auto without = ClvService::run(request, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(without);
    QVERIFY(!without->holdoutEnd.isValid());
    QVERIFY(without->holdout.isEmpty());
}

void TstClvService::cancels()
{
    ClvRequest request;
    for (int stopAt = 0; stopAt < 4; ++stopAt) {
        TaskContext context([stopAt](qint64 done, qint64) { return done < stopAt; });
        auto outcome = ClvService::run(request, SqliteConnectionFactory(*m_db), context);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code(), Error::Code::Cancelled);
        QVERIFY(outcome.error().message().contains(QStringLiteral("cancelled")));
    }
    TaskContext context;
    context.cancel();
    auto outcome = ClvService::run(request, SqliteConnectionFactory(*m_db), context);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), Error::Code::Cancelled);
}

void TstClvService::emptyFile()
{
    auto opened =
        Database::open(m_dir.filePath(QStringLiteral("empty.vdb")), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(opened);
    TaskContext context;
    auto outcome = ClvService::run(ClvRequest(), SqliteConnectionFactory(**opened), context);
    QVERIFY(!outcome);
    QVERIFY(outcome.error().message().contains(QStringLiteral("no purchases")));
    QCOMPARE(outcome.error().code(), Error::Code::General);
}

QTEST_GUILESS_MAIN(TstClvService)
#include "tst_clvservice.moc"
