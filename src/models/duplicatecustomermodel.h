#pragma once

#include "importplan.h"

#include <QAbstractTableModel>

namespace valuedesk {

// The customers of an import that are already in the file, with what to do about each: update,
// skip or import as new. The Action column is editable (EditRole = DuplicateAction as int).
class DuplicateCustomerModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Code, Name, Existing, Match, Action, ColumnCount };

    explicit DuplicateCustomerModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    const QVector<DuplicateCustomer> &duplicates() const { return m_duplicates; }
    void setAllActions(DuplicateAction action);
    static QString actionName(DuplicateAction action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<DuplicateCustomer> m_duplicates;
    QVector<Customer> m_rows; // the imported row of each duplicate
};

} // namespace valuedesk
