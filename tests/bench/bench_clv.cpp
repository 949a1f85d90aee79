// Fit BG/NBD + Gamma-Gamma on 100 000 synthetic customers drawn from known parameters, then
// predict P(alive), E[Y(52)] and the 12-month CLV of each. Target (issue 6): the two fits in
// under 2 s in a Release build. Also fits the full CDNOW master file (23 570 customers) when it is
// found beside the repository.

#include "../core/bgnbdsimulation.h"
#include "benchutil.h"
#include "clv/probabilisticclv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace valuedesk;

namespace {

void fitCdnowMaster()
{
    QFile file(QStringLiteral(VALUEDESK_TEST_DATA_DIR "/cdnow/cdnow_master_tx.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::printf("CDNOW master: %s not found, skipped\n", qPrintable(file.fileName()));
        return;
    }
    PurchaseHistoryBuilder builder;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        if (f.size() == 3)
            builder.add(QString::fromLatin1(f.at(0)),
                        QDate::fromString(QString::fromLatin1(f.at(1)), Qt::ISODate),
                        f.at(2).toDouble());
    }
    auto data = CalibrationSummary::build(
        builder.take(), {QDate(1997, 9, 30), ClvTimeUnit::Week, QDate(1998, 6, 30)});
    if (!data)
        return;
    QElapsedTimer timer;
    timer.start();
    auto fit = BgNbdModel::fit(data->customers);
    const qint64 ms = timer.elapsed();
    if (fit)
        std::printf("CDNOW master: %lld customers, BG/NBD r=%.4f alpha=%.4f a=%.4f b=%.4f "
                    "LL=%.1f in %lld ms\n",
                    static_cast<long long>(data->customers.size()), fit->params.r,
                    fit->params.alpha, fit->params.a, fit->params.b, fit->report.logLikelihood,
                    static_cast<long long>(ms));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BgNbdParams truth{0.243, 4.414, 0.793, 2.426};
    const GammaGammaParams spend{6.25, 3.74, 15.44};
    const QVector<CustomerSummary> customers =
        test::simulateCustomers(100000, truth, spend, 1, 78, 42);
    CalibrationData data;
    data.customers = customers;

    QElapsedTimer timer;
    timer.start();
    auto bg = BgNbdModel::fit(customers);
    const qint64 bgMs = timer.restart();
    auto gg = GammaGammaModel::fit(customers);
    const qint64 ggMs = timer.restart();
    if (!bg || !gg) {
        std::printf("fit failed: %s\n",
                    qPrintable(bg ? gg.error().toString() : bg.error().toString()));
        return 1;
    }
    std::printf("BG/NBD fit: %d customers in %lld ms (%d evaluations, %s): r=%.4f alpha=%.4f "
                "a=%.4f b=%.4f\n",
                bg->customers, static_cast<long long>(bgMs), bg->report.evaluations,
                qPrintable(bg->report.status), bg->params.r, bg->params.alpha, bg->params.a,
                bg->params.b);
    std::printf("Gamma-Gamma fit: %d repeat customers in %lld ms (%d evaluations): p=%.4f "
                "q=%.4f gamma=%.4f\n",
                gg->customers, static_cast<long long>(ggMs), gg->report.evaluations, gg->params.p,
                gg->params.q, gg->params.gamma);
    std::printf("both fits: %lld ms (target < 2000 ms in Release)\n",
                static_cast<long long>(bgMs + ggMs));

    timer.restart();
    ProbabilisticClvOptions options;
    options.horizon = 52;
    auto run = ProbabilisticClv::run(data, ClvTimeUnit::Week, options);
    std::printf("full run (both fits + P(alive), E[Y(52)], 12 monthly CLV steps): %lld ms\n",
                static_cast<long long>(timer.elapsed()));
    if (!run)
        return 1;
    fitCdnowMaster();
    std::printf("peak RSS %.0f MiB\n", bench::peakRssMiB());
    return 0;
}
