// Import 1 000 000 transaction rows from a UTF-8 CSV into a file with 10 000 customers.
// Target (issue #2): >= 500 000 rows/s for the whole import (read + decode + parse + check +
// write). Usage: bench_import [rows]
#include "benchutil.h"
#include "customerrepository.h"
#include "database.h"
#include "importcommitter.h"
#include "importsource.h"
#include "importvalidator.h"
#include "portfoliowriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace valuedesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    constexpr int customers = 10000;
    QTemporaryDir dir;

    const QString csvPath = dir.filePath(QStringLiteral("transactions.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return 1;
        QByteArray out = "客户编号,交易日期,金额,成本,数量,产品\n";
        out.reserve(64 * 1024 * 1024);
        for (int i = 0; i < rows; ++i) {
            const int customer = (i * 7919) % customers + 1;
            const int day = i % 28 + 1;
            const int month = i % 12 + 1;
            out += "C" + QByteArray::number(customer).rightJustified(6, '0') + ",2024-"
                   + QByteArray::number(month).rightJustified(2, '0') + '-'
                   + QByteArray::number(day).rightJustified(2, '0') + ','
                   + QByteArray::number(100 + (i % 9000)) + '.' + QByteArray::number(i % 100)
                   + ',' + QByteArray::number(60 + (i % 5000)) + ',' + QByteArray::number(i % 7 + 1)
                   + ",润滑油\n";
        }
        csv.write(out);
    }
    const QString vdb = dir.filePath(QStringLiteral("bench.vdb"));
    {
        auto db = Database::open(vdb, Database::OpenMode::CreateNew);
        PortfolioWriter writer((*db)->connection());
        if (!writer.begin())
            return 1;
        for (int i = 1; i <= customers; ++i) {
            CustomerRecordSet set;
            set.customer.code = QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0'));
            set.customer.name = QStringLiteral("客户%1").arg(i);
            if (!writer.add(set))
                return 1;
        }
        if (!writer.commit())
            return 1;
    }

    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    auto db = Database::open(vdb, Database::OpenMode::OpenExisting);
    auto source = ImportSource::open(csvPath);
    if (!db || !source) {
        std::fprintf(stderr, "open failed\n");
        return 1;
    }
    const qint64 readMs = step.restart();
    const ColumnMapping mapping = ColumnMapping::guess(ImportKind::Transactions, source->headers());
    auto existing = ExistingCustomers::load((*db)->connection());
    auto plan = ImportValidator(mapping, *existing).validate(*source);
    const qint64 checkMs = step.restart();
    if (!plan || !plan->badLines.isEmpty()) {
        std::fprintf(stderr, "validation failed\n");
        return 1;
    }
    auto summary = ImportCommitter::commit((*db)->connection(), *plan);
    const qint64 writeMs = step.restart();
    const qint64 totalMs = total.elapsed();
    if (!summary || summary->recordsAdded != rows) {
        std::fprintf(stderr, "commit failed\n");
        return 1;
    }
    const double rate = rows / (std::max<qint64>(totalMs, 1) / 1000.0);
    std::printf("bench_import: %d rows in %lld ms (read+decode %lld ms, parse+check %lld ms, "
                "write %lld ms) = %.0f rows/s; peak RSS %.0f MiB; target >= 500000 rows/s\n",
                rows, static_cast<long long>(totalMs), static_cast<long long>(readMs),
                static_cast<long long>(checkMs), static_cast<long long>(writeMs), rate,
                bench::peakRssMiB());
    return 0;
}
