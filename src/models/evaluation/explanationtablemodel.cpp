#include "explanationtablemodel.h"

#include "displayformat.h"
#include "palette.h"

#include <QColor>
#include <QLocale>

namespace valuedesk {

namespace {

const QString dash = QStringLiteral("—");

QString number(double v, int decimals)
{
    return DisplayFormat().number(v, decimals);
}

QString percent(double share)
{
    return DisplayFormat().percent(share, 2);
}

// A raw indicator value in its own unit: money with cents, rates as percentages, days and counts
// whole, scores and attributes with up to four significant decimals.
QString rawText(MetricKind kind, double v)
{
    switch (kind) {
    case MetricKind::Revenue:
    case MetricKind::GrossProfit:
    case MetricKind::AvgOrderValue:
    case MetricKind::BalanceLatest:
    case MetricKind::BalanceAvg:
    case MetricKind::Clv:
        return number(v, 2);
    case MetricKind::ProfitMargin:
    case MetricKind::RepurchaseRate:
    case MetricKind::RevenueGrowth:
    case MetricKind::PAlive:
        return DisplayFormat().percent(v);
    case MetricKind::Orders:
    case MetricKind::RecencyDays:
    case MetricKind::TenureDays:
    case MetricKind::Referrals:
    case MetricKind::Complaints:
    case MetricKind::Visits:
    case MetricKind::Trainings:
        return number(v, 0);
    case MetricKind::FrequencyPerMonth:
    case MetricKind::Satisfaction:
    case MetricKind::Loyalty:
    case MetricKind::Trust:
        return number(v, 2);
    case MetricKind::Attribute:
    case MetricKind::Rating:
        break;
    }
    return QLocale().toString(v, 'g', 6);
}

} // namespace

ExplanationTableModel::ExplanationTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExplanationTableModel::setExplanation(const CustomerExplanation &explanation)
{
    beginResetModel();
    m_explanation = explanation;
    endResetModel();
}

void ExplanationTableModel::clear()
{
    setExplanation(CustomerExplanation());
}

int ExplanationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_explanation.indicators.size());
}

int ExplanationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ExplanationTableModel::filledColor()
{
    return Palette::filled(); // amber-brown: a value put in by a rule
}

QColor ExplanationTableModel::excludedColor()
{
    return Palette::excluded(); // grey: left out of this customer's scores
}

QVariant ExplanationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IndicatorExplanation &x = m_explanation.indicators.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(x, index.column());
    case ValueRole:
        return value(x, index.column());
    case Qt::ToolTipRole:
        return toolTip(x, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Raw && index.column() <= ContributionPotential)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (x.isExcluded())
            return excludedColor();
        if (x.isFilled())
            return filledColor();
        return {};
    default:
        return {};
    }
}

QVariant ExplanationTableModel::display(const IndicatorExplanation &x, int column) const
{
    switch (column) {
    case Indicator:
        return x.name;
    case Criterion:
        return x.criterion;
    case Metric:
        return x.metricName;
    case Raw:
        return x.raw ? rawText(x.metric.kind, *x.raw) : dash;
    case Normalised:
        return x.included ? number(x.normalised, 3) : dash;
    case GlobalWeight:
        return percent(x.globalWeight);
    case EffectiveWeight:
        return percent(x.effectiveWeight);
    case Contribution:
        return number(x.contribution, 4);
    case ContributionCurrent:
        return x.underCurrent ? number(x.contributionCurrent, 4) : dash;
    case ContributionPotential:
        return x.underPotential ? number(x.contributionPotential, 4) : dash;
    case Rule:
        return ScoreExplanation::ruleText(x.rule, x.ruleApplied);
    default:
        return {};
    }
}

QVariant ExplanationTableModel::value(const IndicatorExplanation &x, int column) const
{
    switch (column) {
    case Indicator:
        return x.name;
    case Criterion:
        return x.criterion;
    case Metric:
        return x.metricId;
    case Raw:
        return x.raw ? QVariant(*x.raw) : QVariant();
    case Normalised:
        return x.normalised;
    case GlobalWeight:
        return x.globalWeight;
    case EffectiveWeight:
        return x.effectiveWeight;
    case Contribution:
        return x.contribution;
    case ContributionCurrent:
        return x.contributionCurrent;
    case ContributionPotential:
        return x.contributionPotential;
    case Rule:
        return Evaluation::missingRuleId(x.rule);
    default:
        return {};
    }
}

QString ExplanationTableModel::toolTip(const IndicatorExplanation &x, int column) const
{
    switch (column) {
    case Metric:
        return MetricCatalog::definition(x.metric);
    case Raw:
        if (x.present)
            return {};
        if (!x.included)
            return tr("No data; this indicator is left out of the customer's scores.");
        return tr("No data; %1 was used instead.")
            .arg(rawText(x.metric.kind, x.rule == MissingRule::Mean ? x.filledRaw : 0.0));
    case Normalised:
        return x.direction == MetricDirection::Lower
                   ? tr("Lower is better: the normalised value is flipped so higher is better.")
                   : tr("Higher is better.");
    case GlobalWeight:
    case EffectiveWeight:
        return tr("AHP global weight %1; weight for this customer %2 (the weights of indicators "
                  "without data are shared among the others).")
            .arg(percent(x.globalWeight), percent(x.effectiveWeight));
    case Contribution:
    case ContributionCurrent:
    case ContributionPotential:
        return tr("Weight for this customer × normalised value: %1 × %2")
            .arg(number(x.effectiveWeight, 4), number(x.normalised, 3));
    case Rule:
        return x.ruleApplied
                   ? tr("No data for this customer: the missing-value rule “%1” was applied.")
                         .arg(ScoreExplanation::ruleText(x.rule, true))
                   : tr("Backed by data. Were it missing: %1.")
                         .arg(ScoreExplanation::ruleText(x.rule, true));
    default:
        return {};
    }
}

QVariant ExplanationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Indicator:
        return tr("Indicator");
    case Criterion:
        return tr("Criterion");
    case Metric:
        return tr("Metric");
    case Raw:
        return tr("Raw value");
    case Normalised:
        return tr("Normalised");
    case GlobalWeight:
        return tr("Global weight");
    case EffectiveWeight:
        return tr("Weight used");
    case Contribution:
        return tr("Contribution");
    case ContributionCurrent:
        return m_explanation.currentAxis.isEmpty() ? tr("To current value")
                                                   : tr("To %1").arg(m_explanation.currentAxis);
    case ContributionPotential:
        return m_explanation.potentialAxis.isEmpty() ? tr("To potential value")
                                                     : tr("To %1").arg(m_explanation.potentialAxis);
    case Rule:
        return tr("Missing-value rule");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

QString ExplanationTableModel::toTsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells.append(data(index(r, c)).toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace valuedesk
