#include "clvfilterproxymodel.h"

#include "clvcustomermodel.h"

namespace valuedesk {

ClvFilterProxyModel::ClvFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ClvCustomerModel::ValueRole);
    setSortLocaleAware(true);
}

void ClvFilterProxyModel::setChurnRiskOnly(bool on)
{
    if (on == m_churnRiskOnly)
        return;
    m_churnRiskOnly = on;
    invalidateRowsFilter();
}

bool ClvFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_churnRiskOnly)
        return true;
    return sourceModel()
        ->index(sourceRow, ClvCustomerModel::ChurnRisk, sourceParent)
        .data(ClvCustomerModel::ValueRole)
        .toBool();
}

bool ClvFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(ClvCustomerModel::ValueRole);
    const QVariant b = right.data(ClvCustomerModel::ValueRole);
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid(); // unknown values sort after known ones
    if (a.userType() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return a.toDouble() < b.toDouble();
}

} // namespace valuedesk
