#include "clvoutput.h"

#include "clioutput.h"
#include "reportwriters.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace valuedesk::cli {

namespace {

QJsonValue number(double value)
{
    return ReportWriters::jsonValue(ReportTable::number(value));
}

QVariant numbers(const QVector<double> &values)
{
    QVariantList list;
    list.reserve(values.size());
    for (double v : values)
        list.append(ReportTable::number(v));
    return list;
}

QString header(const char *text)
{
    return QCoreApplication::translate("valuedesk::cli::ClvOutput", text);
}

QString projectionId(VolumeProjection p)
{
    return p == VolumeProjection::Trend ? QStringLiteral("trend") : QStringLiteral("history");
}

QString volumeId(VolumeMeasure m)
{
    return m == VolumeMeasure::Quantity ? QStringLiteral("quantity") : QStringLiteral("revenue");
}

QJsonObject fitJson(const FitReport &r)
{
    return QJsonObject{{QStringLiteral("converged"), r.converged},
                       {QStringLiteral("evaluations"), r.evaluations},
                       {QStringLiteral("status"), r.status}};
}

QJsonObject bgnbdJson(const ClvReport &report)
{
    const ProbabilisticClvResult &r = *report.bgnbd;
    const BgNbdParams &p = r.bgNbd.params;
    QJsonObject json{
        {QStringLiteral("time_unit"), ClvTime::id(r.unit)},
        {QStringLiteral("horizon"), r.options.horizon},
        {QStringLiteral("discount_rate"), r.options.monthlyDiscountRate},
        {QStringLiteral("margin"), r.options.margin},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("r"), p.r},
                                               {QStringLiteral("alpha"), p.alpha},
                                               {QStringLiteral("a"), p.a},
                                               {QStringLiteral("b"), p.b}}},
        {QStringLiteral("log_likelihood"), r.bgNbd.report.logLikelihood},
        {QStringLiteral("fit"), fitJson(r.bgNbd.report)},
        {QStringLiteral("expected_purchases_new_customer"), number(r.newCustomerPurchases)}};
    // Only with --convention lifetimes, so the default output stays as it was.
    if (r.options.convention != ClvConvention::ValueDesk)
        json.insert(QStringLiteral("convention"), ClvTime::conventionId(r.options.convention));
    if (r.gammaGamma) {
        const GammaGammaParams &g = r.gammaGamma->params;
        QJsonObject gg{{QStringLiteral("p"), g.p},
                       {QStringLiteral("q"), g.q},
                       {QStringLiteral("gamma"), g.gamma},
                       {QStringLiteral("log_likelihood"), r.gammaGamma->report.logLikelihood},
                       {QStringLiteral("customers"), r.gammaGamma->customers},
                       {QStringLiteral("fit"), fitJson(r.gammaGamma->report)}};
        json.insert(QStringLiteral("gamma_gamma"), gg);
    }
    if (report.holdoutEnd.isValid()) {
        QJsonArray groups;
        for (const HoldoutGroup &g : report.holdout)
            groups.append(QJsonObject{{QStringLiteral("frequency"), g.frequency},
                                      {QStringLiteral("and_more"), g.andMore},
                                      {QStringLiteral("customers"), g.customers},
                                      {QStringLiteral("actual"), g.actual},
                                      {QStringLiteral("predicted"), g.predicted}});
        json.insert(QStringLiteral("holdout"),
                    QJsonObject{{QStringLiteral("end"), report.holdoutEnd.toString(Qt::ISODate)},
                                {QStringLiteral("length"), report.holdoutLength},
                                {QStringLiteral("groups"), groups}});
    }
    json.insert(QStringLiteral("customers"), ReportWriters::jsonRows(clvTable(report)));
    return json;
}

} // namespace

QJsonObject clvToJson(const ClvReport &report)
{
    QJsonObject json;
    if (report.model == QLatin1String("bgnbd")) {
        json = bgnbdJson(report);
        json.insert(QStringLiteral("calibration_end"), report.calibrationEnd.toString(Qt::ISODate));
        json.insert(QStringLiteral("later_customers"), report.laterCustomers);
    } else if (report.model == QLatin1String("simple")) {
        json =
            QJsonObject{{QStringLiteral("as_of"), report.calibrationEnd.toString(Qt::ISODate)},
                        {QStringLiteral("years"), report.simple.years},
                        {QStringLiteral("cost_to_serve"), report.simple.yearlyCostToServe},
                        {QStringLiteral("customers"), ReportWriters::jsonRows(clvTable(report))}};
    } else {
        const NpvParams &p = report.npv;
        json =
            QJsonObject{{QStringLiteral("as_of"), report.calibrationEnd.toString(Qt::ISODate)},
                        {QStringLiteral("years"), p.years},
                        {QStringLiteral("discount_rate"), p.discountRate},
                        {QStringLiteral("unit_margin"), p.unitMargin},
                        {QStringLiteral("retention_cost"), p.retentionCost},
                        {QStringLiteral("acquisition_cost"), p.acquisitionCost},
                        {QStringLiteral("projection"), projectionId(p.projection)},
                        {QStringLiteral("volume"), volumeId(report.volume)},
                        {QStringLiteral("customers"), ReportWriters::jsonRows(clvTable(report))}};
    }
    json.insert(QStringLiteral("model"), report.model);
    return json;
}

ReportTable clvTable(const ClvReport &report)
{
    using Type = ReportTable::ColumnType;
    ReportTable table;
    table.addColumn(QStringLiteral("customer"), header("Customer"), Type::Text);
    if (report.model == QLatin1String("bgnbd")) {
        table.addColumn(QStringLiteral("frequency"), header("Repeat purchases"), Type::Number);
        table.addColumn(QStringLiteral("recency"), header("Recency"), Type::Number);
        table.addColumn(QStringLiteral("T"), header("Age"), Type::Number);
        table.addColumn(QStringLiteral("monetary"), header("Average repeat spend"), Type::Money);
        table.addColumn(QStringLiteral("p_alive"), header("P(alive)"), Type::Percent);
        table.addColumn(QStringLiteral("expected_purchases"), header("Expected purchases"),
                        Type::Number);
        table.addColumn(QStringLiteral("expected_spend"), header("Expected spend"), Type::Money);
        table.addColumn(QStringLiteral("clv"), header("CLV"), Type::Money);
        for (const CustomerClv &c : report.bgnbd->customers)
            table.addRow({c.summary.customer, ReportTable::number(c.summary.frequency),
                          ReportTable::number(c.summary.recency), ReportTable::number(c.summary.T),
                          ReportTable::number(c.summary.monetary),
                          ReportTable::number(c.probabilityAlive),
                          ReportTable::number(c.expectedPurchases),
                          ReportTable::number(c.expectedSpend), ReportTable::number(c.clv)});
    } else if (report.model == QLatin1String("simple")) {
        table.addColumn(QStringLiteral("annual_revenue"), header("Annual revenue"), Type::Money);
        table.addColumn(QStringLiteral("annual_cost"), header("Annual cost"), Type::Money);
        table.addColumn(QStringLiteral("observed_years"), header("Years observed"), Type::Number);
        table.addColumn(QStringLiteral("clv"), header("CLV"), Type::Money);
        for (const SimpleClvRow &r : report.simpleRows)
            table.addRow({r.customer, ReportTable::number(r.averages.revenue),
                          ReportTable::number(r.averages.cost),
                          ReportTable::number(r.averages.observedYears),
                          ReportTable::number(r.clv)});
    } else {
        table.addColumn(QStringLiteral("npv"), header("NPV"), Type::Money);
        table.addColumn(QStringLiteral("past_volumes"), header("Past volumes"), Type::Number,
                        ReportTable::Json);
        table.addColumn(QStringLiteral("volumes"), header("Projected volumes"), Type::Number,
                        ReportTable::Json);
        for (int t = 1; t <= report.npv.years; ++t)
            table.addColumn(QStringLiteral("volume_%1").arg(t), header("Volume, year %1").arg(t),
                            Type::Number, ReportTable::Csv);
        for (const NpvRow &r : report.npvRows) {
            QVector<QVariant> row{r.customer, ReportTable::number(r.npv), numbers(r.past),
                                  numbers(r.projected)};
            for (int t = 0; t < report.npv.years; ++t)
                row << (t < r.projected.size() ? ReportTable::number(r.projected.at(t))
                                               : QVariant());
            table.addRow(row);
        }
    }
    return table;
}

Status writeClvCsv(const QString &path, const ClvReport &report)
{
    return ReportWriters::writeCsv(path, clvTable(report));
}

void printClvSummary(const ClvReport &report)
{
    if (report.model == QLatin1String("bgnbd")) {
        const ProbabilisticClvResult &r = *report.bgnbd;
        const BgNbdParams &p = r.bgNbd.params;
        printOut(QStringLiteral("BG/NBD on %1 customers, calibration to %2, time in %3s")
                     .arg(r.customers.size())
                     .arg(report.calibrationEnd.toString(Qt::ISODate), ClvTime::id(r.unit)));
        printOut(QStringLiteral("r = %1, alpha = %2, a = %3, b = %4, log-likelihood %5 (%6)")
                     .arg(numberText(p.r), numberText(p.alpha), numberText(p.a), numberText(p.b),
                          numberText(r.bgNbd.report.logLikelihood), r.bgNbd.report.status));
        if (r.options.convention != ClvConvention::ValueDesk)
            printOut(QStringLiteral("CLV convention: %1 (a month is %2 %3s)")
                         .arg(ClvTime::conventionId(r.options.convention),
                              numberText(ClvTime::unitsPerMonth(r.unit, r.options.convention)),
                              ClvTime::id(r.unit)));
        if (r.gammaGamma)
            printOut(
                QStringLiteral("Gamma-Gamma: p = %1, q = %2, gamma = %3 (%4 repeat customers%5)")
                    .arg(numberText(r.gammaGamma->params.p), numberText(r.gammaGamma->params.q),
                         numberText(r.gammaGamma->params.gamma))
                    .arg(r.gammaGamma->customers)
                    .arg(r.gammaGamma->excluded > 0
                             ? QStringLiteral("; %1 left out: net repeat spend <= 0")
                                   .arg(r.gammaGamma->excluded)
                             : QString()));
        else
            printOut(
                QStringLiteral("Gamma-Gamma: not fitted: %1").arg(r.gammaGammaError.message()));
        double purchases = 0;
        double clv = 0;
        for (const CustomerClv &c : r.customers) {
            purchases += c.expectedPurchases;
            clv += std::isfinite(c.clv) ? c.clv : 0.0;
        }
        printOut(QStringLiteral("Over %1 %2s: %3 expected purchases, total CLV %4")
                     .arg(numberText(r.options.horizon), ClvTime::id(r.unit), numberText(purchases),
                          r.gammaGamma ? numberText(clv) : QStringLiteral("unknown")));
        for (const HoldoutGroup &g : report.holdout)
            printOut(QStringLiteral("holdout x=%1%2\t%3 customers\tactual %4\tpredicted %5")
                         .arg(g.frequency)
                         .arg(g.andMore ? QStringLiteral("+") : QString())
                         .arg(g.customers)
                         .arg(numberText(g.actual), numberText(g.predicted)));
        return;
    }
    double total = 0;
    qsizetype count = 0;
    if (report.model == QLatin1String("simple")) {
        for (const SimpleClvRow &r : report.simpleRows)
            total += r.clv;
        count = report.simpleRows.size();
    } else {
        for (const NpvRow &r : report.npvRows)
            total += r.npv;
        count = report.npvRows.size();
    }
    printOut(QStringLiteral("%1 CLV of %2 customers as of %3: total %4, mean %5")
                 .arg(report.model)
                 .arg(count)
                 .arg(report.calibrationEnd.toString(Qt::ISODate), numberText(total),
                      numberText(count > 0 ? total / static_cast<double>(count) : 0.0)));
}

} // namespace valuedesk::cli
