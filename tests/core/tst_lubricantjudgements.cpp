#include "ahp/consistency.h"
#include "ahp/lubricantjudgements.h"
#include "ahp/pairwisematrix.h"
#include "ahp/saatyscale.h"

#include <QtTest>

#include <cmath>

using namespace valuedesk;

class TstLubricantJudgements : public QObject
{
    Q_OBJECT
private slots:
    void reproducesPublishedLocalWeights();
    void productsArePublishedGlobalWeights();
};

void TstLubricantJudgements::reproducesPublishedLocalWeights()
{
    // Each matrix is on Saaty's scale, gives the published local weights within 0.003 by the
    // eigenvector method, and has CR < 0.10 (Saaty RI).
    for (const auto &j : lubricant::judgements) {
        QVector<PairwiseMatrix::Cell> cells;
        for (int k = 0; k < j.size * (j.size - 1) / 2; ++k) {
            QVERIFY(SaatyScale::isOnScale(j.upper[static_cast<std::size_t>(k)]));
            cells.append(j.upper[static_cast<std::size_t>(k)]);
        }
        auto m = PairwiseMatrix::fromUpperTriangle(j.size, cells, JudgementMode::SaatyScale);
        QVERIFY(m.ok());
        const AhpResult r = Consistency::analyse(m->values());
        QVERIFY2(r.cr < 0.10, j.node);
        for (int k = 0; k < j.size; ++k)
            QVERIFY2(std::abs(r.weights(k) - j.published[static_cast<std::size_t>(k)]) <= 0.003,
                     qPrintable(QStringLiteral("%1 w%2 = %3")
                                    .arg(QLatin1String(j.node))
                                    .arg(k + 1)
                                    .arg(r.weights(k))));
    }
}

void TstLubricantJudgements::productsArePublishedGlobalWeights()
{
    // The data's published local weights multiply out to the published globals (4 decimals),
    // guarding the header against typos independently of the hierarchy code. The top level is
    // taken as 2/3, 1/3, which the printed 0.6667/0.3333 round (see tst_hierarchy).
    const auto &v = lubricant::judgements;
    QVERIFY(std::abs(v[0].published[0] - 2.0 / 3) < 0.00005);
    const double value[2] = {2.0 / 3, 1.0 / 3};
    const double parents[4] = {value[0] * v[1].published[0], value[0] * v[1].published[1],
                               value[1] * v[2].published[0], value[1] * v[2].published[1]};
    int k = 0;
    for (int p = 0; p < 4; ++p) {
        const auto &node = v[static_cast<std::size_t>(3 + p)];
        for (int i = 0; i < node.size; ++i, ++k)
            QVERIFY(std::abs(parents[p] * node.published[static_cast<std::size_t>(i)] -
                             lubricant::publishedGlobalWeights[static_cast<std::size_t>(k)]) <=
                    0.00005 + 1e-12);
    }
    QCOMPARE(k, 12);
}

QTEST_GUILESS_MAIN(TstLubricantJudgements)
#include "tst_lubricantjudgements.moc"
