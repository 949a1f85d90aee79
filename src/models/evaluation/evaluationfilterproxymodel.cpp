#include "evaluationfilterproxymodel.h"

#include "evaluationresultmodel.h"

#include <algorithm>

namespace valuedesk {

bool EvaluationFilterProxyModel::Filter::operator==(const Filter &other) const
{
    return industry == other.industry && region == other.region && manager == other.manager &&
           status == other.status && quadrants == other.quadrants &&
           minCompleteness == other.minCompleteness && text == other.text &&
           restrictToCustomers == other.restrictToCustomers && customers == other.customers;
}

EvaluationFilterProxyModel::EvaluationFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EvaluationResultModel::ValueRole);
    setSortLocaleAware(true);
}

void EvaluationFilterProxyModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filter.text = m_filter.text.trimmed();
    invalidateFilter();
}

QVector<int> EvaluationFilterProxyModel::acceptedSourceRows() const
{
    QVector<int> rows;
    const int count = rowCount();
    rows.reserve(count);
    for (int i = 0; i < count; ++i)
        rows.append(mapToSource(index(i, 0)).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool EvaluationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *source = qobject_cast<const EvaluationResultModel *>(sourceModel());
    return !source || !source->snapshot() || accepts(*source, sourceRow, m_filter);
}

bool EvaluationFilterProxyModel::accepts(const EvaluationResultModel &source, int row,
                                         const Filter &f)
{
    const EvaluatedCustomer &c = source.customerAt(row);
    if (f.restrictToCustomers && !f.customers.contains(c.id))
        return false;
    if (!f.industry.isEmpty() && c.industry != f.industry)
        return false;
    if (!f.region.isEmpty() && c.region != f.region)
        return false;
    if (!f.manager.isEmpty() && c.manager != f.manager)
        return false;
    if (!f.status.isEmpty() && statusId(c.status) != f.status)
        return false;
    if (!f.quadrants.isEmpty() &&
        !f.quadrants.contains(static_cast<int>(source.effectiveQuadrant(row))))
        return false;
    if (f.minCompleteness > 0 &&
        source.snapshot()->result.scores.completeness(row) < f.minCompleteness - 1e-9)
        return false;
    if (!f.text.isEmpty() && !c.code.contains(f.text, Qt::CaseInsensitive) &&
        !c.name.contains(f.text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace valuedesk
