// ABC and RFM compute on 100 000 synthetic customers (issue 5: "every scheme on 100 000
// customers in under 0.5 s of compute"). Times AbcScheme::classify and RfmScheme::classify on
// ready MetricInputs (no SQL), plus the summary and the Gini coefficient; prints the figures
// and fails (exit 1) when a scheme takes 0.5 s or more.
#include "classification/abcscheme.h"
#include "classification/classificationsummary.h"
#include "classification/rfmscheme.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>

using namespace valuedesk;

namespace {

ClassificationInput syntheticInput(int customers)
{
    ClassificationInput input;
    input.window = EvaluationWindow{QDate(2026, 6, 30), 12};
    std::mt19937 rng(1);
    std::lognormal_distribution<double> revenue(9, 1.6); // Pareto-like
    std::poisson_distribution<int> orders(6);
    std::uniform_int_distribution<int> days(0, 900);
    std::bernoulli_distribution prospect(0.05);
    input.customers.reserve(customers);
    input.inputs.reserve(customers);
    for (int i = 0; i < customers; ++i) {
        EvaluatedCustomer c;
        c.id = i + 1;
        c.code = QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'));
        input.customers.append(c);
        MetricInputs in;
        if (!prospect(rng)) {
            in.orders = orders(rng);
            in.revenue = in.orders > 0 ? static_cast<Cents>(revenue(rng) * 100) : 0;
            in.costedRevenue = in.revenue;
            in.cost = in.revenue * 7 / 10;
            in.lastEver = input.window.asOf.addDays(-days(rng));
        }
        input.inputs.append(in);
    }
    return input;
}

template <typename F>
double bestMs(F &&f)
{
    double best = 1e18;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int customers = 100000;
    const ClassificationInput input = syntheticInput(customers);
    bool ok = true;

    ClassificationResult abc;
    const double abcMs = bestMs([&] {
        auto r = AbcScheme::classify(input, {});
        ok = ok && r.ok();
        abc = std::move(r).value();
    });
    AbcOptions byCount;
    byCount.method = AbcMethod::CountShare;
    const double abcCountMs = bestMs([&] { ok = AbcScheme::classify(input, byCount).ok() && ok; });
    ClassificationResult rfm;
    const double rfmMs = bestMs([&] {
        auto r = RfmScheme::classify(input, {});
        ok = ok && r.ok();
        rfm = std::move(r).value();
    });
    double gini = 0;
    const double summaryMs = bestMs([&] {
        gini = AbcScheme::gini(abc.measure);
        (void)ClassificationSummary::of(abc);
        (void)ClassificationSummary::of(rfm);
        QVector<double> revenue = abc.measure;
        ok = ClassificationCrossTab::of(abc, rfm, revenue).ok() && ok;
    });
    std::printf("bench_classify: %d customers (best of 3)\n", customers);
    std::printf("  abc (cumulative 80/95)     %8.1f ms\n", abcMs);
    std::printf("  abc (count 20/70/10)       %8.1f ms\n", abcCountMs);
    std::printf("  rfm (quintiles, raw means) %8.1f ms\n", rfmMs);
    std::printf("  summaries + Gini + crosstab %7.1f ms (Gini %.4f)\n", summaryMs, gini);
    const bool fast = abcMs < 500 && abcCountMs < 500 && rfmMs < 500;
    if (!ok || !fast)
        std::printf("  FAILED: %s\n", ok ? "a scheme took 0.5 s or more" : "a scheme failed");
    return ok && fast ? 0 : 1;
}
