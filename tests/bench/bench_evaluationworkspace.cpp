// The Evaluation tab on 100 000 customers, as a user meets it: opening the file (the newest
// snapshot is loaded and shown), Evaluate (read, score, store the snapshot, fill the table,
// summary and chart), moving a split line, a filter, choosing a customer (explanation and
// history) and a sensitivity step. Targets from issue #4: the quadrant chart redrawn in under
// 200 ms, memory under 300 MB. Usage: bench_evaluationworkspace [customers [file.vdb]]; an
// existing file.vdb is reused (it gets the lubricant model if it has none).
#include "ahp/ahptemplates.h"
#include "ahpmodelrepository.h"
#include "apptestutil.h"
#include "benchutil.h"
#include "database.h"
#include "demofile.h"
#include "demogenerator.h"
#include "document.h"
#include "evaluation/evaluationfilterbar.h"
#include "evaluation/evaluationoptionsbar.h"
#include "evaluation/evaluationworkspace.h"
#include "evaluation/sensitivitypanel.h"
#include "portfoliowriter.h"
#include "quadrantchartview.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSlider>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <optional>

using namespace valuedesk;

namespace {

void report(const char *what, qint64 ms)
{
    std::printf("bench_evaluationworkspace: %-52s %6lld ms  (RSS %.0f MiB, peak %.0f MiB)\n", what,
                static_cast<long long>(ms), bench::currentRssMiB(), bench::peakRssMiB());
    std::fflush(stdout);
}

} // namespace

// The shared test::finished, with room for 100 000 customers on a slow machine.
constexpr int benchTimeoutMs = 60 * 60 * 1000;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString vdb =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("big.vdb"));
    if (!QFileInfo::exists(vdb) && !test::createDemoFile(vdb, customers, DemoParams().seed))
        return 1;
    auto document = Document::open(vdb, Database::OpenMode::OpenExisting);
    if (!document)
        return 1;
    AhpModelRepository models((*document)->database().connection());
    if (auto list = models.list(); !list || list->isEmpty()) {
        auto model = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
        if (!model || !models.save(*model))
            return 1;
    }

    std::printf("bench_evaluationworkspace: file open, RSS %.0f MiB\n", bench::currentRssMiB());
    EvaluationWorkspace workspace;
    workspace.resize(1500, 1000);
    workspace.show();
    QElapsedTimer timer;
    timer.start();
    workspace.setDocument(document->get());
    while (workspace.isBusy()) // the newest snapshot opens on a worker
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    report("open the file (newest snapshot shown, if any)", timer.restart());

    if (Status done = valuedesk::test::finished(
            [&](const auto &report) { workspace.evaluate(report); }, benchTimeoutMs);
        !done) {
        std::fprintf(stderr, "evaluate failed: %s\n", qPrintable(done.error().toString()));
        return 1;
    }
    QCoreApplication::processEvents();
    report("Evaluate (read, score, store, show)", timer.restart());

    QuadrantChartView *chart = workspace.chartView();
    chart->grab();
    report("chart repaint", timer.restart());
    emit chart->thresholdsEdited(0.1, 0.1);
    chart->grab();
    report("drag a split line: re-classify + redraw", timer.restart());
    workspace.filterBar()->managerCombo()->setCurrentIndex(1);
    chart->grab();
    report("filter by account manager + redraw", timer.restart());
    workspace.filterBar()->managerCombo()->setCurrentIndex(0);
    workspace.colourCombo()->setCurrentIndex(1);
    chart->grab();
    report("colour by account manager + redraw", timer.restart());
    workspace.selectCustomer(workspace.snapshot()->customers.at(12345 % customers).id);
    report("choose a customer (explanation, history)", timer.restart());
    workspace.sensitivityPanel()->slider()->setValue(20);
    workspace.sensitivityPanel()->result();
    report("sensitivity step (+20 %)", timer.restart());
    std::printf("bench_evaluationworkspace: %d customers, peak RSS %.0f MiB (target < 300)\n",
                static_cast<int>(workspace.snapshot()->customers.size()), bench::peakRssMiB());
    return 0;
}
