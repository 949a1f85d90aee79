#include "clvcustomermodel.h"

#include "displayformat.h"
#include "palette.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace valuedesk {

namespace {

QString number(double v, int decimals)
{
    return DisplayFormat().number(v, decimals);
}

QString unitName(ClvTimeUnit unit)
{
    switch (unit) {
    case ClvTimeUnit::Day:
        return ClvCustomerModel::tr("days");
    case ClvTimeUnit::Week:
        return ClvCustomerModel::tr("weeks");
    case ClvTimeUnit::Month:
        return ClvCustomerModel::tr("months");
    }
    return {};
}

} // namespace

ClvCustomerModel::ClvCustomerModel(QObject *parent) : QAbstractTableModel(parent) {}

int ClvCustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_outcome ? 0
                                          : static_cast<int>(m_outcome->result.customers.size());
}

int ClvCustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ClvCustomerModel::setOutcome(std::shared_ptr<const ClvOutcome> outcome)
{
    beginResetModel();
    m_outcome = std::move(outcome);
    endResetModel();
}

void ClvCustomerModel::setChurnThreshold(double threshold)
{
    if (threshold == m_churnThreshold)
        return;
    m_churnThreshold = threshold;
    if (rowCount() > 0)
        emit dataChanged(index(0, ProbabilityAlive), index(rowCount() - 1, ChurnRisk));
}

bool ClvCustomerModel::isChurnRisk(int row) const
{
    const double p = m_outcome->result.customers.at(row).probabilityAlive;
    return std::isfinite(p) && p < m_churnThreshold;
}

int ClvCustomerModel::churnRiskCount() const
{
    int n = 0;
    for (int row = 0; row < rowCount(); ++row)
        n += isChurnRisk(row) ? 1 : 0;
    return n;
}

QVariant ClvCustomerModel::value(const CustomerClv &c, int column) const
{
    const auto finite = [](double v) {
        return std::isfinite(v) ? QVariant(v) : QVariant();
    };
    switch (column) {
    case Code:
        return c.summary.customer;
    case Name:
        return m_outcome->labels.value(c.summary.customer).name;
    case Frequency:
        return finite(c.summary.frequency);
    case Recency:
        return finite(c.summary.recency);
    case Age:
        return finite(c.summary.T);
    case ProbabilityAlive:
        return finite(c.probabilityAlive);
    case ExpectedPurchases:
        return finite(c.expectedPurchases);
    case ExpectedSpend:
        return finite(c.expectedSpend);
    case Clv:
        return finite(c.clv);
    case ChurnRisk:
        return std::isfinite(c.probabilityAlive) && c.probabilityAlive < m_churnThreshold;
    default:
        return {};
    }
}

QString ClvCustomerModel::text(const CustomerClv &c, int column) const
{
    switch (column) {
    case Code:
        return c.summary.customer;
    case Name:
        return m_outcome->labels.value(c.summary.customer).name;
    case Frequency:
        return number(c.summary.frequency, 0);
    case Recency:
        return number(c.summary.recency, 1);
    case Age:
        return number(c.summary.T, 1);
    case ProbabilityAlive:
        return DisplayFormat().percent(c.probabilityAlive);
    case ExpectedPurchases:
        return number(c.expectedPurchases, 2);
    case ExpectedSpend:
        return number(c.expectedSpend, 2);
    case Clv:
        return number(c.clv, 2);
    case ChurnRisk:
        return value(c, ChurnRisk).toBool() ? tr("Churn risk") : QString();
    default:
        return {};
    }
}

QVariant ClvCustomerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerClv &c = m_outcome->result.customers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(c, index.column());
    case ValueRole:
        return value(c, index.column());
    case CustomerIdRole:
        return m_outcome->labels.value(c.summary.customer).id;
    case Qt::TextAlignmentRole:
        return index.column() <= Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == ChurnRisk)
            return QBrush(Palette::error());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ExpectedSpend || index.column() == Clv) {
            if (!std::isfinite(index.column() == Clv ? c.clv : c.expectedSpend))
                return tr("Unknown: the spend model (Gamma-Gamma) could not be fitted.");
        }
        if (index.column() == ChurnRisk && value(c, ChurnRisk).toBool())
            return tr("P(alive) is below %1 %")
                .arg(DisplayFormat().percentNumber(m_churnThreshold, 0));
        return {};
    default:
        return {};
    }
}

QVariant ClvCustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString unit = unitName(m_outcome ? m_outcome->result.unit : ClvTimeUnit::Week);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Frequency:
        return tr("Repeat purchases");
    case Recency:
        return tr("Recency (%1)").arg(unit);
    case Age:
        return tr("Age T (%1)").arg(unit);
    case ProbabilityAlive:
        return tr("P(alive)");
    case ExpectedPurchases:
        return tr("Expected purchases");
    case ExpectedSpend:
        return tr("Expected spend");
    case Clv:
        return tr("CLV");
    case ChurnRisk:
        return tr("Churn risk");
    default:
        return {};
    }
}

} // namespace valuedesk
