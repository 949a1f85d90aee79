#include "duplicatecustomermodel.h"

namespace valuedesk {

DuplicateCustomerModel::DuplicateCustomerModel(QObject *parent) : QAbstractTableModel(parent) {}

void DuplicateCustomerModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_duplicates = plan.duplicates;
    m_rows.clear();
    for (const DuplicateCustomer &d : m_duplicates)
        m_rows.append(plan.customers.at(d.rowIndex));
    endResetModel();
}

void DuplicateCustomerModel::setAllActions(DuplicateAction action)
{
    for (DuplicateCustomer &d : m_duplicates)
        d.action = action;
    if (!m_duplicates.isEmpty())
        emit dataChanged(index(0, Action), index(rowCount() - 1, Action));
}

QString DuplicateCustomerModel::actionName(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Update:
        return tr("Update the existing customer");
    case DuplicateAction::Skip:
        return tr("Skip this row");
    case DuplicateAction::ImportAsNew:
        return tr("Import as a new customer");
    }
    return {};
}

int DuplicateCustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_duplicates.size();
}

int DuplicateCustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicateCustomerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DuplicateCustomer &d = m_duplicates.at(index.row());
    const Customer &row = m_rows.at(index.row());
    if (index.column() == Action && (role == Qt::EditRole || role == Qt::UserRole))
        return static_cast<int>(d.action);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line:
        return d.line;
    case Code:
        return row.code;
    case Name:
        return row.name;
    case Existing:
        return QStringLiteral("%1 %2").arg(d.existingCode, d.existingName);
    case Match:
        return d.match == DuplicateCustomer::Match::SameCode ? tr("same code")
                                                              : tr("same name and contact");
    case Action:
        return actionName(d.action);
    default:
        return {};
    }
}

bool DuplicateCustomerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Action
        || role != Qt::EditRole)
        return false;
    bool isNumber = false;
    const int action = value.toInt(&isNumber);
    if (!isNumber || action < 0 || action > static_cast<int>(DuplicateAction::ImportAsNew))
        return false;
    m_duplicates[index.row()].action = static_cast<DuplicateAction>(action);
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags DuplicateCustomerModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Action)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DuplicateCustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Existing:
        return tr("Customer in the file");
    case Match:
        return tr("Matched by");
    case Action:
        return tr("Action");
    default:
        return {};
    }
}

} // namespace valuedesk
