// Weight sensitivity on 100 000 customers × 15 indicators (3 criteria × 5, 5 % of the cells of
// five indicators excluded): preparing the analysis once, then one slider step (re-weight,
// re-score everyone, re-split, quadrant transitions, top-20 and rank movers). Target: a slider
// step well under 100 ms so the panel can recompute synchronously.
// Usage: bench_sensitivity [customers]
#include "ahp/hierarchy.h"
#include "benchutil.h"
#include "metrics/sensitivityanalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <random>

using namespace valuedesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    HierarchyNode root(QStringLiteral("goal"));
    for (int c = 0; c < 3; ++c) {
        HierarchyNode criterion(QStringLiteral("criterion %1").arg(c));
        for (int l = 0; l < 5; ++l)
            criterion.addChild(HierarchyNode(QStringLiteral("indicator %1.%2").arg(c).arg(l)));
        criterion.setDirectWeights({5, 4, 3, 2, 1});
        root.addChild(criterion);
    }
    root.setDirectWeights({3, 2, 1});
    EvaluationResult base;
    base.hierarchy = *Hierarchy::evaluate(root);
    std::mt19937 random(7);
    std::normal_distribution<double> z;
    std::uniform_real_distribution<double> u;
    base.normalised.values.resize(customers, 15);
    base.normalised.present.setConstant(customers, 15, true);
    base.normalised.included.setConstant(customers, 15, true);
    for (int r = 0; r < customers; ++r)
        for (int j = 0; j < 15; ++j) {
            base.normalised.values(r, j) = z(random);
            if (j % 3 == 1 && u(random) < 0.05) {
                base.normalised.values(r, j) = 0;
                base.normalised.present(r, j) = base.normalised.included(r, j) = false;
            }
        }
    base.scores = *ValueScorer::score(base.hierarchy, base.normalised);

    QElapsedTimer timer;
    timer.start();
    const SensitivityAnalysis analysis(base, ScoreOptions());
    const double prepareMs = timer.nsecsElapsed() / 1e6;
    const int steps = 20;
    int changes = 0;
    timer.restart();
    for (int k = 0; k < steps; ++k) {
        SensitivityParams params;
        params.node = k % 2 == 0 ? 1 : 8; // a criterion or an indicator
        params.change = (k - 10) / 20.0;
        changes += analysis.run(params)->quadrantChanges;
    }
    const double stepMs = timer.nsecsElapsed() / 1e6 / steps;
    std::printf("bench_sensitivity: %d customers x 15 indicators: prepare %.1f ms, one slider "
                "step %.1f ms (mean of %d; %d quadrant changes in all); peak RSS %.0f MiB\n",
                customers, prepareMs, stepMs, steps, changes, bench::peakRssMiB());
    return 0;
}
