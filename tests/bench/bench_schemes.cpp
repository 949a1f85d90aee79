// The six classification schemes of src/core/classification on 100 000 synthetic customers
// (12 normalised indicators, revenue, orders, costs, loyalty, balances, a cost attribute, 5 %
// prospects). Target (issue 5): every scheme under 0.5 s of compute; k-means with k = 5 and
// with k suggested by the silhouette (k = 2 … 8, 2 000-customer sample).
// Usage: bench_schemes [customers]
#include "benchutil.h"
#include "classification/amountfrequencyscheme.h"
#include "classification/costcontributionscheme.h"
#include "classification/kmeansscheme.h"
#include "classification/loyaltyvaluescheme.h"
#include "classification/pyramidscheme.h"
#include "classification/tierscheme.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

using namespace valuedesk;

namespace {

// Raw mt19937 output turned into numbers by hand: the same data on every platform.
struct Draw
{
    std::mt19937 gen{11};
    double uniform() { return (gen() >> 5) / 134217728.0; }
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
};

void time(const char *name, const std::function<Result<ClassificationResult>()> &run)
{
    QElapsedTimer timer;
    timer.start();
    const auto r = run();
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!r) {
        std::printf("  %-34s FAILED: %s\n", name, qPrintable(r.error().toString()));
        return;
    }
    QVector<int> counts(r->classes.size() + 1, 0);
    for (int c : r->classOf)
        ++counts[c + 1];
    QString summary;
    for (int i = 0; i < r->classes.size(); ++i)
        summary += QStringLiteral(" %1=%2").arg(r->classes.at(i).id).arg(counts.at(i + 1));
    summary += QStringLiteral(" unclassified=%1").arg(counts.at(0));
    std::printf("  %-34s %8.1f ms %s\n", name, ms, qPrintable(summary));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int indicators = 12;
    Draw draw;
    ClassificationInput input;
    input.window = EvaluationWindow{QDate(2024, 12, 31), 12};
    EvaluationResult evaluation;
    evaluation.normalised.values.resize(n, indicators);
    evaluation.normalised.present.setConstant(n, indicators, true);
    evaluation.normalised.included.setConstant(n, indicators, true);
    evaluation.scores.total.resize(n);
    for (int j = 0; j < indicators; ++j)
        evaluation.metrics.append(MetricId{MetricKind::Attribute, QStringLiteral("x%1").arg(j)});
    for (int i = 0; i < n; ++i) {
        EvaluatedCustomer c;
        c.id = i + 1;
        c.code = QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        c.status = draw.uniform() < 0.05 ? CustomerStatus::Prospect : CustomerStatus::Active;
        MetricInputs in;
        if (c.status == CustomerStatus::Active) {
            in.orders = static_cast<qint64>(1 + draw.uniform() * 40);
            in.revenue = static_cast<Cents>(std::exp(9 + 1.5 * draw.normal()) * 100);
            in.costedRevenue = in.revenue;
            in.cost =
                static_cast<Cents>(static_cast<double>(in.revenue) * (0.6 + 0.3 * draw.uniform()));
            in.loyalty = ScoreSum{1 + 4 * draw.uniform(), 1};
            in.latestBalance = static_cast<Cents>(draw.uniform() * 500000 * 100);
            in.attributes.insert(QStringLiteral("marketing_cost"), std::exp(6 + draw.normal()));
        }
        c.revenue = in.revenue / 100.0;
        input.customers.append(c);
        input.inputs.append(in);
        const int group = static_cast<int>(draw.uniform() * 5);
        double total = 0;
        for (int j = 0; j < indicators; ++j) {
            const double v = (group - 2) * 0.8 + draw.normal();
            evaluation.normalised.values(i, j) = v;
            total += v / indicators;
        }
        evaluation.scores.total(i) = total;
    }
    input.evaluation = &evaluation;

    std::printf("bench_schemes: %d customers, %d indicators\n", n, indicators);
    time("cost (attribute:marketing_cost)", [&] {
        return CostContributionScheme::classify(input, CostContributionScheme::Options());
    });
    time("loyalty-value (score x loyalty)",
         [&] { return LoyaltyValueScheme::classify(input, LoyaltyValueScheme::Options()); });
    time("pyramid (score)",
         [&] { return PyramidScheme::classify(input, PyramidScheme::Options()); });
    time("amount-frequency (mean)",
         [&] { return AmountFrequencyScheme::classify(input, AmountFrequencyScheme::Options()); });
    time("tiers (balance_latest)",
         [&] { return TierScheme::classify(input, TierScheme::Options()); });
    KMeansScheme::Options k5;
    k5.k = 5;
    time("kmeans k=5", [&] { return KMeansScheme::classify(input, k5); });
    time("kmeans suggested k (2..8)",
         [&] { return KMeansScheme::classify(input, KMeansScheme::Options()); });
    std::printf("  peak RSS %.0f MiB\n", bench::peakRssMiB());
    return 0;
}
