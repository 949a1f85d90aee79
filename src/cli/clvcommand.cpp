#include "clioutput.h"
#include "clvoutput.h"
#include "clvservice.h"
#include "commands.h"
#include "database.h"
#include "purchasehistoryreader.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cmath>

namespace valuedesk::cli {

namespace {

struct ClvArgs
{
    QString file;
    QString transactions;
    QString model;
    QDate calibrationEnd; // invalid: the last purchase day
    ClvTimeUnit unit = ClvTimeUnit::Week;
    ClvConvention convention = ClvConvention::ValueDesk;
    std::optional<double> horizon;
    std::optional<double> discountRate;
    double margin = 1;
    SimpleClvParams simple;
    NpvParams npv;
    VolumeMeasure volume = VolumeMeasure::Revenue;
    bool json = false;
    QString csv;
};

// Reads option `name` as a finite number into `out`; false (already reported) when malformed.
bool readNumber(const QCommandLineParser &parser, const QString &name, double &out, int &code)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        code = fail(QStringLiteral("--%1 must be a number").arg(name), Usage);
        return false;
    }
    out = value;
    return true;
}

int parseArgs(const QStringList &argv, ClvArgs &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Customer lifetime value: simple, NPV or BG/NBD + Gamma-Gamma (see README)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("customer file (.vdb); omit with --transactions"));
    const auto option = [](const char *name, const char *help, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    parser.addOptions({
        option("model", "simple, npv or bgnbd", "MODEL"),
        option("transactions",
               "read a transactions CSV/xlsx (customer id, date, amount) instead "
               "of a customer file",
               "PATH"),
        option("calibration-end",
               "bgnbd: last day of the calibration period; simple/npv: the "
               "as-of date (default: the last purchase day)",
               "YYYY-MM-DD"),
        option("time-unit", "bgnbd: day, week (default) or month", "UNIT"),
        option("convention",
               "bgnbd: valuedesk (default: 30.4375-day months, one-year horizon) or lifetimes "
               "(months of 30 days / 4.345 weeks / 1 month, 12-month horizon)",
               "C"),
        option("horizon",
               "bgnbd: in the time unit (default 365, 52 or 12; lifetimes: 12 months); "
               "simple/npv: relationship years (default 5)",
               "N"),
        option("discount-rate", "bgnbd: per month (default 0.01); npv: per year (default 0.1)",
               "R"),
        option("margin", "bgnbd: profit margin on spend (default 1: CLV as revenue)", "M"),
        option("cost-to-serve", "simple: yearly cost to serve per customer (default 0)", "X"),
        option("unit-margin", "npv: margin M per unit of volume (default 1)", "M"),
        option("retention-cost", "npv: yearly retention cost X (default 0)", "X"),
        option("acquisition-cost", "npv: acquisition cost C (default 0)", "C"),
        option("projection", "npv: history (default) or trend", "P"),
        option("volume", "npv: revenue (default) or quantity", "V"),
        option("json", "JSON output"),
        option("csv", "write one row per customer to OUT.csv", "OUT"),
    });
    if (!parser.parse(argv))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return -1;
    }
    args.transactions = parser.value(QStringLiteral("transactions"));
    const QStringList positional = parser.positionalArguments();
    if (args.transactions.isEmpty() == (positional.size() != 1) || positional.size() > 1)
        return fail(QStringLiteral("give one customer file, or --transactions PATH"), Usage);
    if (!positional.isEmpty())
        args.file = positional.constFirst();
    args.model = parser.value(QStringLiteral("model"));
    if (args.model != QLatin1String("simple") && args.model != QLatin1String("npv") &&
        args.model != QLatin1String("bgnbd"))
        return fail(QStringLiteral("--model must be simple, npv or bgnbd"), Usage);
    const bool bgnbd = args.model == QLatin1String("bgnbd");
    if (parser.isSet(QStringLiteral("calibration-end"))) {
        args.calibrationEnd = QDate::fromString(parser.value(QStringLiteral("calibration-end")),
                                                QStringLiteral("yyyy-MM-dd"));
        if (!args.calibrationEnd.isValid())
            return fail(QStringLiteral("--calibration-end must be a date YYYY-MM-DD"), Usage);
    }
    if (parser.isSet(QStringLiteral("time-unit"))) {
        const auto unit = ClvTime::parse(parser.value(QStringLiteral("time-unit")));
        if (!unit)
            return fail(QStringLiteral("--time-unit must be day, week or month"), Usage);
        if (!bgnbd)
            return fail(QStringLiteral("--time-unit applies to --model bgnbd only"), Usage);
        args.unit = *unit;
    }
    if (parser.isSet(QStringLiteral("convention"))) {
        const auto convention =
            ClvTime::parseConvention(parser.value(QStringLiteral("convention")));
        if (!convention)
            return fail(QStringLiteral("--convention must be valuedesk or lifetimes"), Usage);
        if (!bgnbd)
            return fail(QStringLiteral("--convention applies to --model bgnbd only"), Usage);
        args.convention = *convention;
    }
    int code = Success;
    double value = 0;
    if (parser.isSet(QStringLiteral("horizon"))) {
        if (!readNumber(parser, QStringLiteral("horizon"), value, code))
            return code;
        if (value <= 0 || value > 1e5)
            return fail(QStringLiteral("--horizon must be a positive number"), Usage);
        args.horizon = value;
    }
    if (parser.isSet(QStringLiteral("discount-rate"))) {
        if (!readNumber(parser, QStringLiteral("discount-rate"), value, code))
            return code;
        if (value <= -1)
            return fail(QStringLiteral("--discount-rate must be greater than -1"), Usage);
        args.discountRate = value;
    }
    if (!readNumber(parser, QStringLiteral("margin"), args.margin, code) ||
        !readNumber(parser, QStringLiteral("cost-to-serve"), args.simple.yearlyCostToServe, code) ||
        !readNumber(parser, QStringLiteral("unit-margin"), args.npv.unitMargin, code) ||
        !readNumber(parser, QStringLiteral("retention-cost"), args.npv.retentionCost, code) ||
        !readNumber(parser, QStringLiteral("acquisition-cost"), args.npv.acquisitionCost, code))
        return code;
    if (parser.isSet(QStringLiteral("projection"))) {
        const QString p = parser.value(QStringLiteral("projection"));
        if (p != QLatin1String("history") && p != QLatin1String("trend"))
            return fail(QStringLiteral("--projection must be history or trend"), Usage);
        args.npv.projection =
            p == QLatin1String("trend") ? VolumeProjection::Trend : VolumeProjection::History;
    }
    if (parser.isSet(QStringLiteral("volume"))) {
        const QString v = parser.value(QStringLiteral("volume"));
        if (v != QLatin1String("revenue") && v != QLatin1String("quantity"))
            return fail(QStringLiteral("--volume must be revenue or quantity"), Usage);
        args.volume =
            v == QLatin1String("quantity") ? VolumeMeasure::Quantity : VolumeMeasure::Revenue;
    }
    args.json = parser.isSet(QStringLiteral("json"));
    args.csv = parser.value(QStringLiteral("csv"));
    if (args.json && parser.isSet(QStringLiteral("csv")))
        return fail(QStringLiteral("give either --json or --csv, not both"), Usage);
    if (parser.isSet(QStringLiteral("csv")) && args.csv.isEmpty())
        return fail(QStringLiteral("--csv needs a file name"), Usage);
    return Success;
}

Result<QVector<CustomerPurchases>> readHistories(const ClvArgs &args)
{
    if (!args.transactions.isEmpty())
        return PurchaseHistoryReader::readTable(args.transactions);
    auto db =
        Database::open(args.file, Database::OpenMode::OpenExisting, Database::Access::ReadOnly);
    if (!db)
        return db.error();
    return PurchaseHistoryReader::read((*db)->connection());
}

QDate lastPurchaseDay(const QVector<CustomerPurchases> &histories)
{
    QDate last;
    for (const CustomerPurchases &h : histories)
        if (!h.days.isEmpty() && (!last.isValid() || h.days.constLast().date > last))
            last = h.days.constLast().date;
    return last;
}

Status runBgNbd(const ClvArgs &args, const QVector<CustomerPurchases> &histories, ClvReport &report)
{
    ClvRequest request;
    request.calibrationEnd = report.calibrationEnd;
    request.unit = args.unit;
    request.withHoldout = true; // purchases after the calibration end form the holdout
    // ValueDesk: one year (365 days, 52 weeks or 12 months); lifetimes: 12 of its months.
    request.options.horizon =
        args.horizon.value_or(ClvTime::defaultHorizon(args.unit, args.convention));
    request.options.monthlyDiscountRate = args.discountRate.value_or(0.01);
    request.options.margin = args.margin;
    request.options.convention = args.convention;
    TaskContext context;
    auto fitted = ClvService::fit(histories, request, context);
    if (!fitted)
        return fitted.error();
    report.holdoutEnd = fitted->holdoutEnd;
    report.laterCustomers = fitted->laterCustomers;
    if (report.holdoutEnd.isValid()) {
        report.holdout = std::move(fitted->holdout);
        report.holdoutLength = fitted->holdoutLength;
    }
    report.bgnbd = std::move(fitted->result);
    return Status::success();
}

void runSimple(const ClvArgs &args, const QVector<CustomerPurchases> &histories, ClvReport &report)
{
    report.simple = args.simple;
    report.simple.years = args.horizon.value_or(5.0);
    for (const CustomerPurchases &h : histories) {
        const AnnualAverages averages = SimpleClv::annualAverages(h, report.calibrationEnd);
        if (averages.observedYears > 0)
            report.simpleRows.append(
                {h.customer, averages, SimpleClv::value(report.simple, averages)});
    }
}

void runNpv(const ClvArgs &args, const QVector<CustomerPurchases> &histories, ClvReport &report)
{
    report.npv = args.npv;
    report.npv.years = static_cast<int>(std::lround(args.horizon.value_or(5.0)));
    report.npv.discountRate = args.discountRate.value_or(0.1);
    report.volume = args.volume;
    for (const CustomerPurchases &h : histories) {
        NpvRow row{
            h.customer, CustomerNpv::yearlyVolumes(h, report.calibrationEnd, args.volume), {}, 0};
        if (row.past.isEmpty())
            continue; // no purchase by the as-of date
        row.projected =
            CustomerNpv::projectVolumes(row.past, report.npv.years, report.npv.projection);
        row.npv = CustomerNpv::npv(report.npv, row.projected);
        report.npvRows.append(row);
    }
}

} // namespace

int runClv(const QStringList &argv)
{
    ClvArgs args;
    const int parsed = parseArgs(argv, args);
    if (parsed < 0)
        return Success; // --help
    if (parsed != Success)
        return parsed;
    auto histories = readHistories(args);
    if (!histories)
        return fail(histories.error());
    const QDate lastDay = lastPurchaseDay(*histories);
    if (!lastDay.isValid())
        return fail(QStringLiteral("there are no transactions to value"), Rejected);

    ClvReport report;
    report.model = args.model;
    report.calibrationEnd = args.calibrationEnd.isValid() ? args.calibrationEnd : lastDay;
    if (args.model == QLatin1String("bgnbd")) {
        if (const Status s = runBgNbd(args, *histories, report); !s)
            return fail(s.error(), Rejected);
        if (!report.bgnbd->gammaGamma)
            printErr(QStringLiteral("valuedesk-cli: no spend model, so spend and CLV are unknown: "
                                    "%1")
                         .arg(report.bgnbd->gammaGammaError.message()));
        if (report.bgnbd->nonPurchaseDays > 0)
            printErr(QStringLiteral("valuedesk-cli: %1 days with a net amount <= 0 (refunds) were "
                                    "not counted as purchases; their amounts are netted into the "
                                    "repeat spend")
                         .arg(report.bgnbd->nonPurchaseDays));
        if (report.bgnbd->gammaGamma && report.bgnbd->gammaGamma->excluded > 0)
            printErr(QStringLiteral("valuedesk-cli: the spend model left out %1 repeat customers "
                                    "whose net repeat spend is <= 0; they get the population "
                                    "mean spend")
                         .arg(report.bgnbd->gammaGamma->excluded));
    } else if (args.model == QLatin1String("simple")) {
        runSimple(args, *histories, report);
    } else {
        runNpv(args, *histories, report);
    }
    if (args.model != QLatin1String("bgnbd") && report.simpleRows.isEmpty() &&
        report.npvRows.isEmpty())
        return fail(QStringLiteral("no customer had bought anything by %1")
                        .arg(report.calibrationEnd.toString(Qt::ISODate)),
                    Rejected);

    if (args.json) {
        printJson(QJsonDocument(clvToJson(report)));
    } else if (!args.csv.isEmpty()) {
        if (const Status written = writeClvCsv(args.csv, report); !written)
            return fail(written.error());
        printOut(QStringLiteral("Wrote the CLV of every customer to %1").arg(args.csv));
    } else {
        printClvSummary(report);
    }
    return Success;
}

} // namespace valuedesk::cli
