#include "crosstabmodel.h"

#include "displayformat.h"

#include <QFont>
#include <QLocale>

#include <cmath>

namespace valuedesk {

CrossTabModel::CrossTabModel(QObject *parent) : QAbstractTableModel(parent) {}

int CrossTabModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rowNames.isEmpty() ? 0 : static_cast<int>(m_rowNames.size()) + 1;
}

int CrossTabModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_columnNames.isEmpty() ? 0
                                                       : static_cast<int>(m_columnNames.size()) + 1;
}

void CrossTabModel::setGradings(const QStringList &rowNames, const QVector<int> &rowClass,
                                const QStringList &columnNames, const QVector<int> &columnClass,
                                const QVector<double> &revenue)
{
    beginResetModel();
    m_rowNames = rowNames;
    m_columnNames = columnNames;
    const int rows = static_cast<int>(rowNames.size()) + 1;
    const int columns = static_cast<int>(columnNames.size()) + 1;
    m_counts = QVector<int>(qsizetype(rows) * columns, 0);
    m_revenue = QVector<double>(qsizetype(rows) * columns, 0.0);
    const int n = static_cast<int>(std::min({rowClass.size(), columnClass.size(), revenue.size()}));
    for (int i = 0; i < n; ++i) {
        const int r = rowClass.at(i);
        const int c = columnClass.at(i);
        if (r < 0 || r >= rows - 1 || c < 0 || c >= columns - 1)
            continue;
        const double v = std::isfinite(revenue.at(i)) ? revenue.at(i) : 0.0;
        for (const int cell : {r * columns + c, r * columns + columns - 1, (rows - 1) * columns + c,
                               (rows - 1) * columns + columns - 1}) {
            ++m_counts[cell];
            m_revenue[cell] += v;
        }
    }
    endResetModel();
}

int CrossTabModel::count(int row, int column) const
{
    return m_counts.value(row * (static_cast<int>(m_columnNames.size()) + 1) + column);
}

double CrossTabModel::revenue(int row, int column) const
{
    return m_revenue.value(row * (static_cast<int>(m_columnNames.size()) + 1) + column);
}

QVariant CrossTabModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int n = count(index.row(), index.column());
    const double v = revenue(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return n == 0 ? QStringLiteral("—")
                      : tr("%1 · %2").arg(QLocale().toString(n), DisplayFormat().money(v, 0));
    case CountRole:
        return n;
    case RevenueRole:
        return v;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.row() == rowCount() - 1 || index.column() == columnCount() - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%n customer(s), revenue %1", nullptr, n).arg(DisplayFormat().money(v));
    default:
        return {};
    }
}

QVariant CrossTabModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList &names = orientation == Qt::Horizontal ? m_columnNames : m_rowNames;
    return section < names.size() ? names.at(section) : tr("Total");
}

} // namespace valuedesk
