#pragma once

#include <QSortFilterProxyModel>

namespace valuedesk {

// Sorts a ClvCustomerModel by its raw values (unknown last) and can show only the customers
// flagged as churn risks.
class ClvFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ClvFilterProxyModel(QObject *parent = nullptr);

    bool churnRiskOnly() const { return m_churnRiskOnly; }
    void setChurnRiskOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_churnRiskOnly = false;
};

} // namespace valuedesk
