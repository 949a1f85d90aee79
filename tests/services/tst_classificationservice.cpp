#include "classification/classificationschemes.h"
#include "classificationrepository.h"
#include "classificationservice.h"
#include "connectionfactory.h"
#include "evaluationdatareader.h"
#include "evaluationservice.h"
#include "servicetestutil.h"
#include "snapshotrepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;

class TstClassificationService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classifiesTheWindow();
    void evaluatesFirstWhenAsked();
    void classifiesAStoredEvaluation();
    void cancels();
    void emptyFile();

private:
    static ClassificationRequest abc(const QJsonObject &options = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    AhpModel m_model;
    const EvaluationWindow m_window{QDate(2024, 6, 30), 12};
};

void TstClassificationService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = test::createDemoFile(m_dir.filePath(QStringLiteral("k.vdb")));
    VD_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    auto model = test::lubricantModel();
    VD_VERIFY_OK(model);
    m_model = *model;
}

ClassificationRequest TstClassificationService::abc(const QJsonObject &options)
{
    auto valid = ClassificationSchemes::validate(QStringLiteral("abc"), options);
    ClassificationRequest request;
    if (valid)
        request.classify = ClassificationRequest::scheme(QStringLiteral("abc"), *valid);
    return request;
}

// Every customer of the file over the window, as the scheme gives on the data read directly;
// nothing is stored.
void TstClassificationService::classifiesTheWindow()
{
    ClassificationRequest request = abc();
    QVERIFY(request.classify);
    request.window = m_window;
    QVector<std::pair<qint64, qint64>> steps;
    TaskContext context([&steps](qint64 done, qint64 total) {
        steps.append({done, total});
        return true;
    });
    auto outcome = ClassificationService::run(request, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(outcome);
    QCOMPARE(steps.constFirst().first, qint64(0));
    QCOMPARE(steps.constLast().first, steps.constLast().second);
    QVERIFY(!outcome->snapshot);
    QCOMPARE(outcome->window.asOf, m_window.asOf);
    QCOMPARE(outcome->window.months, m_window.months);

    auto data = EvaluationDataReader(m_db->connection()).read(m_window);
    VD_VERIFY_OK(data);
    ClassificationInput input;
    input.window = m_window;
    input.customers = data->customers;
    input.inputs = data->inputs;
    auto expected = ClassificationSchemes::classify(QStringLiteral("abc"), input, {});
    VD_VERIFY_OK(expected);
    QCOMPARE(outcome->customers.size(), 120);
    for (int i = 0; i < 120; ++i)
        QCOMPARE(outcome->customers.at(i).code, data->customers.at(i).code);
    QCOMPARE(outcome->result.scheme, QStringLiteral("abc"));
    QCOMPARE(outcome->result.classOf, expected->classOf);
    QCOMPARE(outcome->result.options, expected->options);
}

// A scheme on value scores gets the evaluation of the given model.
void TstClassificationService::evaluatesFirstWhenAsked()
{
    const QJsonObject byScore{{QStringLiteral("measure"), QStringLiteral("score")}};
    ClassificationRequest request = abc(byScore);
    QVERIFY(request.classify);
    request.window = m_window;
    TaskContext context;
    auto withoutModel =
        ClassificationService::run(request, SqliteConnectionFactory(*m_db), context);
    QVERIFY(!withoutModel); // no evaluation to rank by

    request.model = m_model;
    request.normalise = Normalisation::PercentileRank;
    auto outcome = ClassificationService::run(request, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(outcome);

    auto data = EvaluationDataReader(m_db->connection()).read(m_window);
    VD_VERIFY_OK(data);
    EvaluationOptions options;
    options.window = m_window;
    options.normaliser.method = Normalisation::PercentileRank;
    auto evaluation = Evaluation::run(m_model, data->inputs, options);
    VD_VERIFY_OK(evaluation);
    ClassificationInput input{m_window, data->customers, data->inputs, &*evaluation};
    auto expected = ClassificationSchemes::classify(
        QStringLiteral("abc"), input,
        *ClassificationSchemes::validate(QStringLiteral("abc"), byScore));
    VD_VERIFY_OK(expected);
    QCOMPARE(outcome->result.classOf, expected->classOf);
    QCOMPARE(outcome->result.measure, expected->measure);
}

// The Classes tab: the customers of a stored evaluation, with its scores, stored with it.
void TstClassificationService::classifiesAStoredEvaluation()
{
    EvaluationRequest evaluation;
    evaluation.model = m_model;
    evaluation.options.window = m_window;
    evaluation.save = true;
    TaskContext context;
    auto snapshot = EvaluationService::run(evaluation, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(snapshot);
    const qint64 id = snapshot->info.id;
    QVERIFY(id > 0);

    ClassificationRequest request = abc({{QStringLiteral("measure"), QStringLiteral("score")}});
    request.snapshotId = id;
    request.saveInto = id;
    auto outcome = ClassificationService::run(request, SqliteConnectionFactory(*m_db), context);
    VD_VERIFY_OK(outcome);
    QVERIFY(outcome->snapshot);
    QCOMPARE(outcome->snapshot->info.id, id);
    QCOMPARE(outcome->window.asOf, m_window.asOf);
    QCOMPARE(outcome->customers.size(), snapshot->customers.size());
    // Ranked by the stored evaluation's total score: the best customer is in class A.
    const auto best = std::max_element(snapshot->result.scores.total.cbegin(),
                                       snapshot->result.scores.total.cend()) -
                      snapshot->result.scores.total.cbegin();
    QCOMPARE(outcome->result.classes.at(outcome->result.classOf.at(best)).id, QStringLiteral("A"));

    auto stored = ClassificationRepository(m_db->connection()).load(id, QStringLiteral("abc"));
    VD_VERIFY_OK(stored);
    QCOMPARE(stored->result.classOf.size(), outcome->result.classOf.size());
    // Read back in the snapshot's row order, the stored classes are the ones just computed.
    const ClassificationResult aligned =
        ClassificationService::alignToSnapshot(*stored, *outcome->snapshot);
    QCOMPARE(aligned.classOf, outcome->result.classOf);
    VD_VERIFY_OK(SnapshotRepository(m_db->connection()).remove(id));
}

// Cancelled at any step (or before), nothing is stored.
void TstClassificationService::cancels()
{
    EvaluationRequest evaluation;
    evaluation.model = m_model;
    evaluation.options.window = m_window;
    evaluation.save = true;
    TaskContext plain;
    auto snapshot = EvaluationService::run(evaluation, SqliteConnectionFactory(*m_db), plain);
    VD_VERIFY_OK(snapshot);
    const qint64 id = snapshot->info.id;

    ClassificationRequest request = abc();
    request.snapshotId = id;
    request.saveInto = id;
    for (int stopAt = 0; stopAt < 4; ++stopAt) {
        TaskContext context([stopAt](qint64 done, qint64) { return done < stopAt; });
        auto outcome = ClassificationService::run(request, SqliteConnectionFactory(*m_db), context);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code(), Error::Code::Cancelled);
        QVERIFY(outcome.error().message().contains(QStringLiteral("cancelled")));
    }
    TaskContext context;
    context.cancel();
    auto outcome = ClassificationService::run(request, SqliteConnectionFactory(*m_db), context);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), Error::Code::Cancelled);
    auto schemes = ClassificationRepository(m_db->connection()).schemes(id);
    VD_VERIFY_OK(schemes);
    QVERIFY(schemes->isEmpty());
    VD_VERIFY_OK(SnapshotRepository(m_db->connection()).remove(id));
}

void TstClassificationService::emptyFile()
{
    auto opened =
        Database::open(m_dir.filePath(QStringLiteral("empty.vdb")), Database::OpenMode::CreateNew);
    VD_VERIFY_OK(opened);
    ClassificationRequest request = abc();
    request.window = m_window;
    TaskContext context;
    auto outcome = ClassificationService::run(request, SqliteConnectionFactory(**opened), context);
    QVERIFY(!outcome);
    QVERIFY(outcome.error().message().contains(QStringLiteral("no customers")));
}

QTEST_GUILESS_MAIN(TstClassificationService)
#include "tst_classificationservice.moc"
