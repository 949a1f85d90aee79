// The whole evaluation of issue #4 on 100 000 customers (about 1.8 M transactions): read the
// inputs (roll-ups, edges, interactions, surveys, balances, attributes), compute the metrics,
// z-score, score and split into quadrants with the lubricant template. Target from the issue:
// about 0.5 s, peak memory under 300 MB. Then saves the evaluation as a snapshot and loads it
// back (target: save well under 2 s in Release). Usage: bench_evaluate [customers [file.vdb]];
// an existing file.vdb is reused (profiling without generating the data each time).
#include "ahp/ahptemplates.h"
#include "benchutil.h"
#include "database.h"
#include "demofile.h"
#include "demogenerator.h"
#include "evaluationdatareader.h"
#include "metrics/evaluation.h"
#include "portfoliowriter.h"
#include "snapshotrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace valuedesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString vdb =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("big.vdb"));
    if (!QFileInfo::exists(vdb) && !test::createDemoFile(vdb, customers, DemoParams().seed))
        return 1;
    auto model = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    auto db = Database::open(vdb, Database::OpenMode::OpenExisting);
    if (!model || !db)
        return 1;
    const EvaluationDataReader reader((*db)->connection());
    for (const QString &asOfText : {QStringLiteral("2026-06-30"), QStringLiteral("2026-06-15")}) {
        EvaluationOptions options;
        options.window = EvaluationWindow{QDate::fromString(asOfText, Qt::ISODate), 12};
        QElapsedTimer timer;
        timer.start();
        auto data = reader.read(options.window);
        const qint64 readMs = timer.restart();
        if (!data) {
            std::fprintf(stderr, "read failed: %s\n", qPrintable(data.error().toString()));
            return 1;
        }
        auto result = Evaluation::run(*model, data->inputs, options);
        const qint64 computeMs = timer.elapsed();
        if (!result) {
            std::fprintf(stderr, "evaluation failed: %s\n", qPrintable(result.error().toString()));
            return 1;
        }
        std::printf("bench_evaluate: %d customers, as-of %s, 12 months: read inputs %lld ms, "
                    "metrics+normalise+score+quadrants %lld ms, total %lld ms (target ~500 ms); "
                    "peak RSS %.0f MiB (target < 300)\n",
                    customers, qPrintable(asOfText), static_cast<long long>(readMs),
                    static_cast<long long>(computeMs), static_cast<long long>(readMs + computeMs),
                    bench::peakRssMiB());

        QVector<EvaluatedCustomer> rows;
        rows.reserve(data->customers.size());
        for (const EvaluationCustomer &c : std::as_const(data->customers))
            rows.append(EvaluatedCustomer{c.id, c.code, c.name, {}, {}, {}, c.status, 0});
        EvaluationSnapshot snapshot =
            EvaluationSnapshot::fromResult(*model, options, rows, std::move(result).value());
        SnapshotRepository snapshots((*db)->connection());
        timer.restart();
        auto saved = snapshots.save(snapshot);
        const qint64 saveMs = timer.restart();
        if (!saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        auto loaded = snapshots.load(*saved);
        const qint64 loadMs = timer.elapsed();
        if (!loaded || loaded->customers.size() != customers) {
            std::fprintf(stderr, "load failed\n");
            return 1;
        }
        std::printf("bench_evaluate: snapshot of %d customers: save %lld ms (target well under "
                    "2000), load %lld ms\n",
                    customers, static_cast<long long>(saveMs), static_cast<long long>(loadMs));
    }
    return 0;
}
