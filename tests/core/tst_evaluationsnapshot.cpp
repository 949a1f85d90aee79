#include "lubricantfixture.h"
#include "metrics/evaluationsnapshot.h"

#include <QtTest>

#include <algorithm>
#include <vector>

using namespace valuedesk;

class TstEvaluationSnapshot final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resplitAtThresholds();
    void resplitAtMedian();
    void resplitBackIsTheEvaluation();

private:
    EvaluationSnapshot m_snapshot; // the lubricant paper's seven customers, split at the mean
};

void TstEvaluationSnapshot::initTestCase()
{
    const AhpModel model = test::lubricantModel();
    EvaluationOptions options;
    options.window = test::lubricantWindow();
    auto result = Evaluation::run(model, test::lubricantInputs().mid(0, 7), options);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    QVector<EvaluatedCustomer> customers;
    for (int i = 0; i < 7; ++i) {
        EvaluatedCustomer customer;
        customer.id = i + 1;
        customer.code = QStringLiteral("C%1").arg(i + 1);
        customers.append(customer);
    }
    m_snapshot = EvaluationSnapshot::fromResult(model, options, customers, *result);
    m_snapshot.info.id = 12;
    m_snapshot.info.label = QStringLiteral("Q2 review");
}

// Split lines moved by hand: the quadrants follow the given thresholds, the info is re-derived,
// the scores stay, and it is a new evaluation that is not stored.
void TstEvaluationSnapshot::resplitAtThresholds()
{
    ScoreOptions scoring;
    scoring.split = SplitMethod::Thresholds;
    scoring.currentThreshold = 0.25;
    scoring.potentialThreshold = -0.5;
    const EvaluationSnapshot moved = m_snapshot.resplit(scoring);

    QCOMPARE(moved.info.id, qint64(0));
    QVERIFY(moved.info.label.isEmpty());
    QCOMPARE(moved.info.options.scoring.split, SplitMethod::Thresholds);
    QCOMPARE(moved.info.options.scoring.currentThreshold, 0.25);
    QCOMPARE(moved.info.options.scoring.potentialThreshold, -0.5);
    QCOMPARE(moved.info.currentThreshold, 0.25);
    QCOMPARE(moved.info.potentialThreshold, -0.5);
    QCOMPARE(moved.result.scores.currentThreshold, 0.25);
    QCOMPARE(moved.result.scores.potentialThreshold, -0.5);
    QCOMPARE(moved.result.scores.total, m_snapshot.result.scores.total);
    QCOMPARE(moved.result.scores.current, m_snapshot.result.scores.current);
    QCOMPARE(moved.customers.size(), 7);
    QCOMPARE(moved.info.customerCount, 7);
    QCOMPARE(moved.info.modelName, m_snapshot.info.modelName);

    // The counts are those of the new quadrants, and a customer's quadrant depends only on which
    // side of each threshold it lies.
    int counts[4] = {0, 0, 0, 0};
    for (int i = 0; i < 7; ++i) {
        const Quadrant q = moved.result.scores.quadrants.at(i);
        ++counts[static_cast<int>(q)];
        for (int j = 0; j < 7; ++j) {
            const bool sameSide = (moved.result.scores.current(i) >= 0.25) ==
                                      (moved.result.scores.current(j) >= 0.25) &&
                                  (moved.result.scores.potential(i) >= -0.5) ==
                                      (moved.result.scores.potential(j) >= -0.5);
            if (sameSide)
                QCOMPARE(moved.result.scores.quadrants.at(j), q);
        }
    }
    for (int k = 0; k < 4; ++k)
        QCOMPARE(moved.info.quadrantCounts[k], counts[k]);

    // The snapshot itself is left as it was.
    QCOMPARE(m_snapshot.info.id, qint64(12));
    QCOMPARE(m_snapshot.info.options.scoring.split, SplitMethod::Mean);
}

// Median split: the thresholds are the axes' medians (the 4th of 7 values).
void TstEvaluationSnapshot::resplitAtMedian()
{
    ScoreOptions scoring;
    scoring.split = SplitMethod::Median;
    const EvaluationSnapshot moved = m_snapshot.resplit(scoring);
    const auto median = [](const Eigen::VectorXd &v) {
        std::vector<double> values(v.data(), v.data() + v.size());
        std::sort(values.begin(), values.end());
        return values.at(3);
    };
    QCOMPARE(moved.info.currentThreshold, median(m_snapshot.result.scores.current));
    QCOMPARE(moved.info.potentialThreshold, median(m_snapshot.result.scores.potential));
    QCOMPARE(moved.info.options.scoring.split, SplitMethod::Median);
    int total = 0;
    for (int count : moved.info.quadrantCounts)
        total += count;
    QCOMPARE(total, 7);
}

// Moving the lines and back to the mean gives the evaluation's own quadrants and thresholds.
void TstEvaluationSnapshot::resplitBackIsTheEvaluation()
{
    ScoreOptions thresholds;
    thresholds.split = SplitMethod::Thresholds;
    thresholds.currentThreshold = 1;
    thresholds.potentialThreshold = 1;
    const EvaluationSnapshot back =
        m_snapshot.resplit(thresholds).resplit(m_snapshot.info.options.scoring);
    QCOMPARE(back.result.scores.quadrants, m_snapshot.result.scores.quadrants);
    QCOMPARE(back.info.currentThreshold, m_snapshot.info.currentThreshold);
    QCOMPARE(back.info.potentialThreshold, m_snapshot.info.potentialThreshold);
    for (int k = 0; k < 4; ++k)
        QCOMPARE(back.info.quadrantCounts[k], m_snapshot.info.quadrantCounts[k]);
}

QTEST_GUILESS_MAIN(TstEvaluationSnapshot)
#include "tst_evaluationsnapshot.moc"
