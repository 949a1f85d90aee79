#include "lubricantfixture.h"
#include "metrics/evaluation.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

// The lubricant paper's procedure on the shared fixture's seven customers with data.
const EvaluationWindow &window = test::lubricantWindow();

QVector<MetricInputs> lubricantCustomers()
{
    return test::lubricantInputs().mid(0, 7);
}

AhpModel lubricant()
{
    return test::lubricantModel();
}

} // namespace

class TstEvaluation final : public QObject
{
    Q_OBJECT

private slots:
    void lubricantEndToEnd();
    void missingRules();
    void optionsPassThrough();
    void errors();
    void ids();
};

// The lubricant procedure end to end: raw metrics from the inputs, z-scores (n − 1), weighted
// sums by the model's global weights, both axes split at their mean.
void TstEvaluation::lubricantEndToEnd()
{
    const AhpModel model = lubricant();
    const QVector<MetricInputs> customers = lubricantCustomers();
    EvaluationOptions options;
    options.window = window;
    Result<EvaluationResult> r = Evaluation::run(model, customers, options);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    const int n = customers.size();
    QCOMPARE(r->metrics.size(), 12);
    QCOMPARE(int(r->raw.values.rows()), n);
    QCOMPARE(r->rules.at(11).direction, MetricDirection::Lower); // complaints
    QCOMPARE(r->rules.at(0).missing, MissingRule::Zero);         // gross_profit
    QCOMPARE(r->rules.at(1).missing, MissingRule::Exclude);      // profit_margin

    double weightSum = 0;
    for (int j = 0; j < 12; ++j) {
        weightSum += r->leafWeights.at(j);
        QCOMPARE(r->leafWeights.at(j),
                 r->hierarchy.nodes.at(r->hierarchy.leaves.at(j)).globalWeight);
        // Raw values are MetricCalculator's; every cell has data here.
        Eigen::VectorXd column(n);
        for (int i = 0; i < n; ++i) {
            const std::optional<double> v =
                MetricCalculator::value(r->metrics.at(j), customers.at(i), window);
            QVERIFY(v.has_value());
            QCOMPARE(r->raw.values(i, j), *v);
            column(i) = *v;
        }
        // z-scores with the sample standard deviation, flipped for "lower".
        const double mean = column.mean();
        const double sd = std::sqrt((column.array() - mean).square().sum() / (n - 1));
        for (int i = 0; i < n; ++i) {
            double z = sd > 0 ? (column(i) - mean) / sd : 0.0;
            if (r->rules.at(j).direction == MetricDirection::Lower)
                z = -z;
            QVERIFY2(std::abs(r->normalised.values(i, j) - z) < 1e-9,
                     qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                    .arg(j)
                                    .arg(i)
                                    .arg(r->normalised.values(i, j))
                                    .arg(z)));
        }
    }
    QVERIFY(std::abs(weightSum - 1) < 1e-12);

    // Current value = Σ over the first criterion's leaves (4 + 3: profit, sales), potential over
    // the second's (2 + 3: loyalty, trust).
    const ValueScores &s = r->scores;
    double currentMean = 0;
    double potentialMean = 0;
    for (int i = 0; i < n; ++i) {
        double current = 0;
        double potential = 0;
        for (int j = 0; j < 12; ++j) {
            const double c = r->leafWeights.at(j) * r->normalised.values(i, j);
            (j < 7 ? current : potential) += c;
        }
        QVERIFY(std::abs(s.current(i) - current) < 1e-12);
        QVERIFY(std::abs(s.potential(i) - potential) < 1e-12);
        QVERIFY(std::abs(s.total(i) - current - potential) < 1e-12);
        QCOMPARE(s.completeness(i), 1.0);
        currentMean += current / n;
        potentialMean += potential / n;
    }
    QVERIFY(std::abs(s.currentThreshold - currentMean) < 1e-12);
    QVERIFY(std::abs(s.potentialThreshold - potentialMean) < 1e-12);
    for (int i = 0; i < n; ++i)
        QCOMPARE(s.quadrants.at(i),
                 ValueScorer::classify(s.current(i), s.potential(i), currentMean, potentialMean));
    QCOMPARE(r->hierarchy.nodes.at(s.currentNode).name, QStringLiteral("Current value"));
    QCOMPARE(r->hierarchy.nodes.at(s.potentialNode).name, QStringLiteral("Potential value"));
}

void TstEvaluation::missingRules()
{
    QVector<MetricInputs> customers = lubricantCustomers();
    MetricInputs none; // no transactions, no surveys, no tenure start
    customers.append(none);
    const AhpModel model = lubricant();
    EvaluationOptions options;
    options.window = window;
    Result<EvaluationResult> r = Evaluation::run(model, customers, options);
    QVERIFY(r.ok());
    const int last = customers.size() - 1;
    // Counts and sums are 0, averages and ratios excluded.
    QCOMPARE(r->raw.values(last, 4), 0.0); // orders
    QVERIFY(r->normalised.included(last, 4));
    QVERIFY(!r->normalised.included(last, 1)); // profit_margin
    QVERIFY(!r->normalised.present(last, 1));
    QVERIFY(r->scores.completeness(last) < 1);
    QVERIFY(r->scores.completeness(0) == 1);
    // Scores stay additive with re-normalised weights.
    QVERIFY(std::abs(r->scores.total(last) - r->scores.current(last) - r->scores.potential(last)) <
            1e-12);

    // One rule for all: zero fills every cell.
    options.missing = MissingRule::Zero;
    r = Evaluation::run(model, customers, options);
    QVERIFY(r.ok());
    for (int j = 0; j < 12; ++j) {
        QCOMPARE(r->rules.at(j).missing, MissingRule::Zero);
        QVERIFY(r->normalised.included(last, j));
    }
}

void TstEvaluation::optionsPassThrough()
{
    const AhpModel model = lubricant();
    EvaluationOptions options;
    options.window = window;
    options.normaliser.method = Normalisation::MinMax;
    options.scoring.split = SplitMethod::Thresholds;
    options.scoring.currentThreshold = 20;
    options.scoring.potentialThreshold = 10;
    Result<EvaluationResult> r = Evaluation::run(model, lubricantCustomers(), options);
    QVERIFY(r.ok());
    QCOMPARE(r->scores.currentThreshold, 20.0);
    QCOMPARE(r->scores.potentialThreshold, 10.0);
    QVERIFY(r->normalised.values.minCoeff() >= -1e-9);
    QVERIFY(r->normalised.values.maxCoeff() <= 100 + 1e-9);
    // Swapped axes.
    options.scoring.currentCriterion = 1;
    options.scoring.potentialCriterion = 0;
    Result<EvaluationResult> swapped = Evaluation::run(model, lubricantCustomers(), options);
    QVERIFY(swapped.ok());
    QVERIFY((swapped->scores.current - r->scores.potential).cwiseAbs().maxCoeff() < 1e-12);
}

void TstEvaluation::errors()
{
    EvaluationOptions options;
    options.window = window;
    AhpModel model = lubricant();
    // A leaf without a metric is named.
    HierarchyNode &leaf = model.root.children().at(1).children().at(0).children().at(0);
    const QString name = leaf.name();
    leaf.setMetric(QString());
    Result<EvaluationResult> r = Evaluation::run(model, lubricantCustomers(), options);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message().contains(name), qPrintable(r.error().message()));
    // An unknown metric.
    leaf.setMetric(QStringLiteral("turnover"));
    r = Evaluation::run(model, lubricantCustomers(), options);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message().contains(name));
    // A bad direction.
    leaf.setMetric(QStringLiteral("revenue"));
    leaf.setDirection(QStringLiteral("sideways"));
    QVERIFY(!Evaluation::run(model, lubricantCustomers(), options).ok());
    // A model that does not evaluate (a parent without judgements or weights).
    AhpModel broken;
    broken.name = QStringLiteral("broken");
    broken.root = HierarchyNode(QStringLiteral("goal"));
    HierarchyNode a(QStringLiteral("a"));
    a.setMetric(QStringLiteral("revenue"));
    HierarchyNode b(QStringLiteral("b"));
    b.setMetric(QStringLiteral("orders"));
    broken.root.addChild(a);
    broken.root.addChild(b);
    r = Evaluation::run(broken, lubricantCustomers(), options);
    QVERIFY(!r.ok());
    // An invalid window.
    options.window = EvaluationWindow{QDate(), 12};
    QVERIFY(!Evaluation::run(lubricant(), lubricantCustomers(), options).ok());
}

void TstEvaluation::ids()
{
    for (MissingRule m : {MissingRule::Zero, MissingRule::Mean, MissingRule::Exclude})
        QCOMPARE(Evaluation::parseMissingRule(Evaluation::missingRuleId(m)), m);
    for (Normalisation m :
         {Normalisation::ZScore, Normalisation::MinMax, Normalisation::PercentileRank})
        QCOMPARE(Evaluation::parseNormalisation(Evaluation::normalisationId(m)), m);
    QVERIFY(!Evaluation::parseNormalisation(QStringLiteral("l2")));
    QCOMPARE(Evaluation::defaultMissingRule(MetricKind::Complaints), MissingRule::Zero);
    QCOMPARE(Evaluation::defaultMissingRule(MetricKind::Rating), MissingRule::Exclude);
}

QTEST_GUILESS_MAIN(TstEvaluation)
#include "tst_evaluation.moc"
