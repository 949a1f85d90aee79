// The Customer lifetime value tab on a demo file, as a user meets it: Fit (read the purchase
// days on a worker thread, fit BG/NBD and Gamma-Gamma, fill the table, histogram and heat map),
// with and without a holdout, and the churn-risk filter. Usage:
// bench_clvworkspace [customers [file.vdb]] (default 10 000); an existing file.vdb is reused.
#include "apptestutil.h"
#include "benchutil.h"
#include "clv/clvoptionsbar.h"
#include "clv/clvworkspace.h"
#include "clvservice.h"
#include "database.h"
#include "demofile.h"
#include "demogenerator.h"
#include "document.h"
#include "portfoliowriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <optional>

using namespace valuedesk;

namespace {

void report(const char *what, qint64 ms)
{
    std::printf("bench_clvworkspace: %-44s %6lld ms  (RSS %.0f MiB, peak %.0f MiB)\n", what,
                static_cast<long long>(ms), bench::currentRssMiB(), bench::peakRssMiB());
    std::fflush(stdout);
}

} // namespace

// The shared test::finished, with room for 100 000 customers on a slow machine.
constexpr int benchTimeoutMs = 60 * 60 * 1000;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString vdb =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("clv.vdb"));
    if (!QFileInfo::exists(vdb) && !test::createDemoFile(vdb, customers, DemoParams().seed))
        return 1;
    auto document = Document::open(vdb, Database::OpenMode::OpenExisting);
    if (!document)
        return 1;
    ClvWorkspace workspace;
    workspace.resize(1500, 1000);
    workspace.show();
    QElapsedTimer timer;
    timer.start();
    workspace.setDocument(document->get());
    report("open (last purchase day)", timer.restart());
    if (!valuedesk::test::finished([&](const auto &done) { workspace.fit(done); }, benchTimeoutMs))
        return 2;
    QCoreApplication::processEvents();
    report("Fit, calibration to the last purchase", timer.restart());
    std::printf("bench_clvworkspace: %lld customers fitted\n",
                static_cast<long long>(workspace.outcome()->result.customers.size()));
    workspace.optionsBar()->holdoutCheck()->setChecked(true);
    if (!valuedesk::test::finished([&](const auto &done) { workspace.fit(done); }, benchTimeoutMs))
        return 2;
    QCoreApplication::processEvents();
    report("Fit with a 13-week holdout", timer.restart());
    workspace.churnOnlyCheck()->setChecked(true);
    QCoreApplication::processEvents();
    report("churn-risk filter", timer.restart());
    workspace.setDocument(nullptr);
    return 0;
}
