#include "clvoutput.h"

#include "clioutput.h"
#include "csvwriter.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace valuedesk::cli {

namespace {

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString text(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 15) : QString();
}

QJsonArray numbers(const QVector<double> &values)
{
    QJsonArray array;
    for (double v : values)
        array.append(number(v));
    return array;
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
    QJsonArray customers;
    for (const CustomerClv &c : r.customers)
        customers.append(
            QJsonObject{{QStringLiteral("customer"), c.summary.customer},
                        {QStringLiteral("frequency"), c.summary.frequency},
                        {QStringLiteral("recency"), c.summary.recency},
                        {QStringLiteral("T"), c.summary.T},
                        {QStringLiteral("monetary"), c.summary.monetary},
                        {QStringLiteral("p_alive"), number(c.probabilityAlive)},
                        {QStringLiteral("expected_purchases"), number(c.expectedPurchases)},
                        {QStringLiteral("expected_spend"), number(c.expectedSpend)},
                        {QStringLiteral("clv"), number(c.clv)}});
    json.insert(QStringLiteral("customers"), customers);
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
        QJsonArray customers;
        for (const SimpleClvRow &row : report.simpleRows)
            customers.append(
                QJsonObject{{QStringLiteral("customer"), row.customer},
                            {QStringLiteral("annual_revenue"), number(row.averages.revenue)},
                            {QStringLiteral("annual_cost"), number(row.averages.cost)},
                            {QStringLiteral("observed_years"), number(row.averages.observedYears)},
                            {QStringLiteral("clv"), number(row.clv)}});
        json = QJsonObject{{QStringLiteral("as_of"), report.calibrationEnd.toString(Qt::ISODate)},
                           {QStringLiteral("years"), report.simple.years},
                           {QStringLiteral("cost_to_serve"), report.simple.yearlyCostToServe},
                           {QStringLiteral("customers"), customers}};
    } else {
        QJsonArray customers;
        for (const NpvRow &row : report.npvRows)
            customers.append(QJsonObject{{QStringLiteral("customer"), row.customer},
                                         {QStringLiteral("past_volumes"), numbers(row.past)},
                                         {QStringLiteral("volumes"), numbers(row.projected)},
                                         {QStringLiteral("npv"), number(row.npv)}});
        const NpvParams &p = report.npv;
        json = QJsonObject{{QStringLiteral("as_of"), report.calibrationEnd.toString(Qt::ISODate)},
                           {QStringLiteral("years"), p.years},
                           {QStringLiteral("discount_rate"), p.discountRate},
                           {QStringLiteral("unit_margin"), p.unitMargin},
                           {QStringLiteral("retention_cost"), p.retentionCost},
                           {QStringLiteral("acquisition_cost"), p.acquisitionCost},
                           {QStringLiteral("projection"), projectionId(p.projection)},
                           {QStringLiteral("volume"), volumeId(report.volume)},
                           {QStringLiteral("customers"), customers}};
    }
    json.insert(QStringLiteral("model"), report.model);
    return json;
}

Status writeClvCsv(const QString &path, const ClvReport &report)
{
    QStringList headers{QStringLiteral("customer")};
    QVector<QStringList> rows;
    if (report.model == QLatin1String("bgnbd")) {
        headers << QStringLiteral("frequency") << QStringLiteral("recency") << QStringLiteral("T")
                << QStringLiteral("monetary") << QStringLiteral("p_alive")
                << QStringLiteral("expected_purchases") << QStringLiteral("expected_spend")
                << QStringLiteral("clv");
        for (const CustomerClv &c : report.bgnbd->customers)
            rows.append({c.summary.customer, text(c.summary.frequency), text(c.summary.recency),
                         text(c.summary.T), text(c.summary.monetary), text(c.probabilityAlive),
                         text(c.expectedPurchases), text(c.expectedSpend), text(c.clv)});
    } else if (report.model == QLatin1String("simple")) {
        headers << QStringLiteral("annual_revenue") << QStringLiteral("annual_cost")
                << QStringLiteral("observed_years") << QStringLiteral("clv");
        for (const SimpleClvRow &r : report.simpleRows)
            rows.append({r.customer, text(r.averages.revenue), text(r.averages.cost),
                         text(r.averages.observedYears), text(r.clv)});
    } else {
        headers << QStringLiteral("npv");
        for (int t = 1; t <= report.npv.years; ++t)
            headers << QStringLiteral("volume_%1").arg(t);
        for (const NpvRow &r : report.npvRows) {
            QStringList row{r.customer, text(r.npv)};
            for (double v : r.projected)
                row << text(v);
            rows.append(row);
        }
    }
    return CsvWriter::write(path, headers, rows);
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
                     .arg(text(p.r), text(p.alpha), text(p.a), text(p.b),
                          text(r.bgNbd.report.logLikelihood), r.bgNbd.report.status));
        if (r.options.convention != ClvConvention::ValueDesk)
            printOut(QStringLiteral("CLV convention: %1 (a month is %2 %3s)")
                         .arg(ClvTime::conventionId(r.options.convention),
                              text(ClvTime::unitsPerMonth(r.unit, r.options.convention)),
                              ClvTime::id(r.unit)));
        if (r.gammaGamma)
            printOut(
                QStringLiteral("Gamma-Gamma: p = %1, q = %2, gamma = %3 (%4 repeat customers%5)")
                    .arg(text(r.gammaGamma->params.p), text(r.gammaGamma->params.q),
                         text(r.gammaGamma->params.gamma))
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
                     .arg(text(r.options.horizon), ClvTime::id(r.unit), text(purchases),
                          r.gammaGamma ? text(clv) : QStringLiteral("unknown")));
        for (const HoldoutGroup &g : report.holdout)
            printOut(QStringLiteral("holdout x=%1%2\t%3 customers\tactual %4\tpredicted %5")
                         .arg(g.frequency)
                         .arg(g.andMore ? QStringLiteral("+") : QString())
                         .arg(g.customers)
                         .arg(text(g.actual), text(g.predicted)));
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
                 .arg(report.calibrationEnd.toString(Qt::ISODate), text(total),
                      text(count > 0 ? total / static_cast<double>(count) : 0.0)));
}

} // namespace valuedesk::cli
