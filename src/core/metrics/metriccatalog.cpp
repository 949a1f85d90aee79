#include "metriccatalog.h"

#include <iterator>

namespace valuedesk {

namespace {

struct FixedMetric
{
    MetricKind kind;
    const char *id;
};

constexpr FixedMetric fixedMetrics[] = {
    {MetricKind::Revenue, "revenue"},
    {MetricKind::GrossProfit, "gross_profit"},
    {MetricKind::ProfitMargin, "profit_margin"},
    {MetricKind::Orders, "orders"},
    {MetricKind::AvgOrderValue, "avg_order_value"},
    {MetricKind::FrequencyPerMonth, "frequency_per_month"},
    {MetricKind::RecencyDays, "recency_days"},
    {MetricKind::TenureDays, "tenure_days"},
    {MetricKind::RepurchaseRate, "repurchase_rate"},
    {MetricKind::RevenueGrowth, "revenue_growth"},
    {MetricKind::BalanceLatest, "balance_latest"},
    {MetricKind::BalanceAvg, "balance_avg"},
    {MetricKind::Referrals, "referrals"},
    {MetricKind::Complaints, "complaints"},
    {MetricKind::Visits, "visits"},
    {MetricKind::Trainings, "trainings"},
    {MetricKind::Satisfaction, "satisfaction"},
    {MetricKind::Loyalty, "loyalty"},
    {MetricKind::Trust, "trust"},
    {MetricKind::Clv, "clv"},
    {MetricKind::PAlive, "p_alive"},
};

QLatin1String attributePrefix()
{
    return QLatin1String("attribute:");
}
QLatin1String ratingPrefix()
{
    return QLatin1String("rating:");
}

} // namespace

Result<MetricId> MetricCatalog::parse(const QString &id)
{
    const QString text = id.trimmed();
    for (const FixedMetric &m : fixedMetrics)
        if (text == QLatin1String(m.id))
            return MetricId{m.kind, {}};
    const std::pair<QLatin1String, MetricKind> prefixed[] = {
        {attributePrefix(), MetricKind::Attribute}, {ratingPrefix(), MetricKind::Rating}};
    for (const auto &[prefix, kind] : prefixed) {
        if (!text.startsWith(prefix))
            continue;
        const QString name = text.mid(prefix.size());
        if (name.trimmed().isEmpty())
            return Error(tr("Metric “%1” needs a name after “%2”.").arg(text, prefix),
                         QStringLiteral("empty metric argument"));
        return MetricId{kind, name};
    }
    return Error(tr("Unknown metric “%1”.").arg(text),
                 QStringLiteral("known: ") + fixedIds().join(QStringLiteral(", ")) +
                     QStringLiteral(", attribute:<name>, rating:<name>"));
}

QString MetricCatalog::id(const MetricId &metric)
{
    if (metric.kind == MetricKind::Attribute)
        return attributePrefix() + metric.argument;
    if (metric.kind == MetricKind::Rating)
        return ratingPrefix() + metric.argument;
    for (const FixedMetric &m : fixedMetrics)
        if (m.kind == metric.kind)
            return QString::fromLatin1(m.id);
    return {};
}

QStringList MetricCatalog::fixedIds()
{
    QStringList ids;
    ids.reserve(static_cast<int>(std::size(fixedMetrics)));
    for (const FixedMetric &m : fixedMetrics)
        ids.append(QString::fromLatin1(m.id));
    return ids;
}

QString MetricCatalog::displayName(const MetricId &metric)
{
    switch (metric.kind) {
    case MetricKind::Revenue:
        return tr("Revenue");
    case MetricKind::GrossProfit:
        return tr("Gross profit");
    case MetricKind::ProfitMargin:
        return tr("Profit margin");
    case MetricKind::Orders:
        return tr("Number of orders");
    case MetricKind::AvgOrderValue:
        return tr("Average order value");
    case MetricKind::FrequencyPerMonth:
        return tr("Purchase frequency per month");
    case MetricKind::RecencyDays:
        return tr("Days since last purchase");
    case MetricKind::TenureDays:
        return tr("Customer tenure (days)");
    case MetricKind::RepurchaseRate:
        return tr("Repurchase rate");
    case MetricKind::RevenueGrowth:
        return tr("Revenue growth");
    case MetricKind::BalanceLatest:
        return tr("Latest balance");
    case MetricKind::BalanceAvg:
        return tr("Average balance");
    case MetricKind::Referrals:
        return tr("Referrals");
    case MetricKind::Complaints:
        return tr("Complaints");
    case MetricKind::Visits:
        return tr("Visits");
    case MetricKind::Trainings:
        return tr("Trainings");
    case MetricKind::Satisfaction:
        return tr("Satisfaction");
    case MetricKind::Loyalty:
        return tr("Loyalty");
    case MetricKind::Trust:
        return tr("Trust");
    case MetricKind::Clv:
        return tr("Customer lifetime value (BG/NBD)");
    case MetricKind::PAlive:
        return tr("Probability alive (BG/NBD)");
    case MetricKind::Attribute:
        return tr("Attribute: %1").arg(metric.argument);
    case MetricKind::Rating:
        return tr("Rating: %1").arg(metric.argument);
    }
    return {};
}

QString MetricCatalog::definition(const MetricId &metric)
{
    switch (metric.kind) {
    case MetricKind::Revenue:
        return tr("Sum of transaction amounts dated in the window; refunds (negative amounts) "
                  "reduce it.");
    case MetricKind::GrossProfit:
        return tr("Sum of amount − cost over the window's transactions with a known cost; rows "
                  "without a cost are left out (0 when there are none).");
    case MetricKind::ProfitMargin:
        return tr("Gross profit ÷ revenue of the window's transactions with a known cost; missing "
                  "when that revenue is ≤ 0.");
    case MetricKind::Orders:
        return tr("Number of transactions dated in the window (refund rows included).");
    case MetricKind::AvgOrderValue:
        return tr("Revenue ÷ orders in the window; missing when there are no orders.");
    case MetricKind::FrequencyPerMonth:
        return tr("Orders in the window ÷ the window's length in months.");
    case MetricKind::RecencyDays:
        return tr("Days from the last transaction on or before the as-of date to the as-of date; "
                  "missing when there is none.");
    case MetricKind::TenureDays:
        return tr("Days from the customer's tenure start (or, when unknown, the first transaction) "
                  "to the as-of date; missing when that date is unknown or after the as-of date.");
    case MetricKind::RepurchaseRate:
        return tr("Share of the calendar months after the month of the first purchase in the "
                  "window (up to the as-of month) that have a purchase; missing when there is "
                  "no purchase in the window or it falls in the as-of month.");
    case MetricKind::RevenueGrowth:
        return tr("(Revenue − previous window's revenue) ÷ previous window's revenue; missing "
                  "when the previous revenue is ≤ 0.");
    case MetricKind::BalanceLatest:
        return tr("The last balance dated on or before the as-of date; missing when there is "
                  "none.");
    case MetricKind::BalanceAvg:
        return tr("Mean of the balances dated in the window; missing when there are none.");
    case MetricKind::Referrals:
        return tr("Number of referral interactions dated in the window.");
    case MetricKind::Complaints:
        return tr("Number of complaint interactions dated in the window.");
    case MetricKind::Visits:
        return tr("Number of visit interactions dated in the window.");
    case MetricKind::Trainings:
        return tr("Number of training interactions dated in the window.");
    case MetricKind::Satisfaction:
        return tr("Mean satisfaction score of the surveys dated in the window; missing when "
                  "there are none.");
    case MetricKind::Loyalty:
        return tr("Mean loyalty score of the surveys dated in the window; missing when there "
                  "are none.");
    case MetricKind::Trust:
        return tr("Mean trust score of the surveys dated in the window; missing when there are "
                  "none.");
    case MetricKind::Clv:
        return tr(
            "Expected discounted spend over the next 52 weeks: BG/NBD and Gamma-Gamma fitted on "
            "every customer's purchase days up to the as-of date (in weeks), 1 % discount per "
            "month, margin 100 %; missing when the customer had not bought by then or the "
            "models cannot be fitted.");
    case MetricKind::PAlive:
        return tr("Probability that the customer is still active (BG/NBD fitted on every "
                  "customer's purchase days up to the as-of date, in weeks); missing when the "
                  "customer had not bought by then or the model cannot be fitted.");
    case MetricKind::Attribute:
        return tr("The customer attribute “%1” read as a number; missing when absent or not "
                  "numeric.")
            .arg(metric.argument);
    case MetricKind::Rating:
        return tr("The account manager's 1–5 rating “%1”; missing when not rated.")
            .arg(metric.argument);
    }
    return {};
}

MetricDirection MetricCatalog::defaultDirection(MetricKind kind)
{
    return kind == MetricKind::RecencyDays || kind == MetricKind::Complaints
               ? MetricDirection::Lower
               : MetricDirection::Higher;
}

Result<MetricDirection> MetricCatalog::parseDirection(const QString &text, MetricKind kind)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return defaultDirection(kind);
    if (t == QLatin1String("higher"))
        return MetricDirection::Higher;
    if (t == QLatin1String("lower"))
        return MetricDirection::Lower;
    return Error(tr("Unknown direction “%1” (expected “higher” or “lower”).").arg(text));
}

QString MetricCatalog::directionId(MetricDirection direction)
{
    return direction == MetricDirection::Lower ? QStringLiteral("lower") : QStringLiteral("higher");
}

} // namespace valuedesk
