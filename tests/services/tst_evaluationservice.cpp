#include "ahp/ahptemplates.h"
#include "clvservice.h"
#include "connectionfactory.h"
#include "database.h"
#include "demofile.h"
#include "demogenerator.h"
#include "evaluationdatareader.h"
#include "evaluationservice.h"
#include "portfoliowriter.h"
#include "purchasehistoryreader.h"
#include "snapshotrepository.h"
#include "storagetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace valuedesk;

class TstEvaluationService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsTheWholePipeline();
    void defaultsToLastTransaction();
    void clvAndPAliveIndicators();
    void cancels();
    void savesTheSnapshot();
    void emptyFile();

private:
    EvaluationRequest request(QDate asOf) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    AhpModel m_model;
};

void TstEvaluationService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = test::createDemoFile(m_dir.filePath(QStringLiteral("r.vdb")), 120, 5, &error);
    QVERIFY2(m_db, qPrintable(error));
    auto model = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    VD_VERIFY_OK(model);
    m_model = *model;
    m_model.id = 7;
    m_model.version = 3;
}

EvaluationRequest TstEvaluationService::request(QDate asOf) const
{
    EvaluationRequest r;
    r.model = m_model;
    r.options.window = EvaluationWindow{asOf, 12};
    return r;
}

// The runner gives exactly what reading the data and Evaluation::run give, plus who is who.
void TstEvaluationService::runsTheWholePipeline()
{
    const QDate asOf(2024, 6, 30);
    QVector<std::pair<qint64, qint64>> steps;
    TaskContext context([&steps](qint64 done, qint64 total) {
        steps.append({done, total});
        return true;
    });
    auto snapshot = EvaluationService::run(request(asOf), SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(snapshot);
    QCOMPARE(snapshot->customers.size(), 120);
    QCOMPARE(steps.constFirst().first, qint64(0));
    QCOMPARE(steps.constLast().first, steps.constLast().second);

    auto data = EvaluationDataReader(m_db->connection()).read(EvaluationWindow{asOf, 12});
    VD_VERIFY_OK(data);
    EvaluationOptions options;
    options.window = EvaluationWindow{asOf, 12};
    auto expected = Evaluation::run(m_model, data->inputs, options);
    VD_VERIFY_OK(expected);
    QCOMPARE(snapshot->result.scores.total, expected->scores.total);
    QCOMPARE(snapshot->result.scores.quadrants, expected->scores.quadrants);
    for (int i = 0; i < 120; ++i)
        QCOMPARE(snapshot->customers.at(i).code, data->customers.at(i).code);

    const EvaluationSnapshotInfo &info = snapshot->info;
    QCOMPARE(info.modelId, qint64(7));
    QCOMPARE(info.modelVersion, 3);
    QCOMPARE(info.modelName, m_model.name);
    QCOMPARE(info.options.window.asOf, asOf);
    QCOMPARE(info.customerCount, 120);
    QCOMPARE(info.quadrantCounts[0] + info.quadrantCounts[1] + info.quadrantCounts[2] +
                 info.quadrantCounts[3],
             120);
    QCOMPARE(info.currentThreshold, expected->scores.currentThreshold);
    QVERIFY(info.createdAt.isValid());
}

namespace {

// The first two leaves (depth first) of `node`, rebound to `metrics`.
void rebindLeaves(HierarchyNode &node, QStringList &metrics)
{
    if (node.children().empty()) {
        if (!metrics.isEmpty())
            node.setMetric(metrics.takeFirst());
        return;
    }
    for (HierarchyNode &child : node.children())
        rebindLeaves(child, metrics);
}

} // namespace

// A model with p_alive and clv leaves evaluates, and the raw values are ProbabilisticClv's on the
// same data (calibration end = as-of, weeks, 52 weeks, 1 % a month, margin 1).
void TstEvaluationService::clvAndPAliveIndicators()
{
    const QDate asOf(2024, 6, 30);
    EvaluationRequest r = request(asOf);
    QStringList metrics = {QStringLiteral("p_alive"), QStringLiteral("clv")};
    rebindLeaves(r.model.root, metrics);
    QVERIFY(metrics.isEmpty());
    TaskContext context;
    auto snapshot = EvaluationService::run(r, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(snapshot);
    const MetricMatrix &raw = snapshot->result.raw;
    const auto pColumn = raw.metrics.indexOf(MetricId{MetricKind::PAlive, {}});
    const auto clvColumn = raw.metrics.indexOf(MetricId{MetricKind::Clv, {}});
    QVERIFY(pColumn >= 0 && clvColumn >= 0);

    auto histories = PurchaseHistoryReader::read(m_db->connection());
    VD_VERIFY_OK(histories);
    ClvRequest clv;
    clv.calibrationEnd = asOf;
    clv.options.horizon = 52;
    clv.withHoldout = false;
    TaskContext clvContext;
    auto fitted = ClvService::fit(*histories, clv, clvContext);
    VD_VERIFY_OK(fitted);
    QHash<QString, CustomerClv> byCode;
    for (const CustomerClv &c : std::as_const(fitted->result.customers))
        byCode.insert(c.summary.customer, c);
    int present = 0;
    for (int i = 0; i < snapshot->customers.size(); ++i) {
        const QString &code = snapshot->customers.at(i).code;
        if (!byCode.contains(code)) { // not bought by the as-of date: missing
            QVERIFY(!raw.present(i, pColumn));
            QVERIFY(!raw.present(i, clvColumn));
            continue;
        }
        ++present;
        QVERIFY(raw.present(i, pColumn));
        QCOMPARE(raw.values(i, pColumn), byCode.value(code).probabilityAlive);
        QVERIFY(raw.values(i, pColumn) >= 0 && raw.values(i, pColumn) <= 1);
        if (std::isfinite(byCode.value(code).clv))
            QCOMPARE(raw.values(i, clvColumn), byCode.value(code).clv);
    }
    QVERIFY(present > 60);
    for (double total : snapshot->result.scores.total)
        QVERIFY(std::isfinite(total));
}

void TstEvaluationService::defaultsToLastTransaction()
{
    auto last = EvaluationDataReader(m_db->connection()).lastTransactionDate();
    VD_VERIFY_OK(last);
    QVERIFY(last->isValid());
    TaskContext context;
    auto snapshot =
        EvaluationService::run(request(QDate()), SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(snapshot);
    QCOMPARE(snapshot->info.options.window.asOf, *last);
}

void TstEvaluationService::cancels()
{
    for (int stopAt = 0; stopAt < 3; ++stopAt) {
        TaskContext context([stopAt](qint64 done, qint64) { return done < stopAt; });
        auto snapshot = EvaluationService::run(request(QDate(2024, 6, 30)),
                                               SqliteConnectionFactory(*m_db), context);
        QVERIFY(!snapshot);
        QVERIFY(snapshot.error().message().contains(QStringLiteral("cancelled")));
        QCOMPARE(snapshot.error().code(), Error::Code::Cancelled);
        QVERIFY(context.isCancelled());
    }
    // Cancelled from outside (the GUI's Cancel button) before the work starts.
    TaskContext context;
    context.cancel();
    auto snapshot = EvaluationService::run(request(QDate(2024, 6, 30)),
                                           SqliteConnectionFactory(*m_db), context);
    QVERIFY(!snapshot);
    QCOMPARE(snapshot.error().code(), Error::Code::Cancelled);
    auto stored = SnapshotRepository(m_db->connection()).list();
    VD_VERIFY_OK(stored);
    QVERIFY(stored->isEmpty());
}

// With save, the evaluation is stored as a snapshot by the author, and its id is the stored one.
void TstEvaluationService::savesTheSnapshot()
{
    EvaluationRequest r = request(QDate(2024, 6, 30));
    r.save = true;
    r.author = QStringLiteral("Li Wei");
    TaskContext context;
    auto snapshot = EvaluationService::run(r, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(snapshot);
    QVERIFY(snapshot->info.id > 0);
    auto loaded = EvaluationService::load(snapshot->info.id, SqliteConnectionFactory(*m_db));
    VD_VERIFY_OK(loaded);
    QCOMPARE(loaded->info.author, QStringLiteral("Li Wei"));
    QCOMPARE(loaded->customers.size(), 120);
    QCOMPARE(loaded->result.scores.total, snapshot->result.scores.total);
    VD_VERIFY_OK(SnapshotRepository(m_db->connection()).remove(snapshot->info.id));
}

void TstEvaluationService::emptyFile()
{
    auto opened =
        Database::open(m_dir.filePath(QStringLiteral("empty.vdb")), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(opened);
    const SqliteConnectionFactory empty(**opened);
    TaskContext context;
    auto noDate = EvaluationService::run(request(QDate()), empty, context);
    QVERIFY(!noDate);
    QVERIFY(noDate.error().message().contains(QStringLiteral("no transactions")));
    auto noCustomers = EvaluationService::run(request(QDate(2024, 1, 31)), empty, context);
    QVERIFY(!noCustomers);
    QVERIFY(noCustomers.error().message().contains(QStringLiteral("no customers")));
}

QTEST_GUILESS_MAIN(TstEvaluationService)
#include "tst_evaluationservice.moc"
