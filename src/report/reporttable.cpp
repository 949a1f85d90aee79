#include "reporttable.h"

#include <cmath>
#include <utility>

namespace valuedesk {

int ReportTable::addColumn(Column column)
{
    Q_ASSERT(m_rows.isEmpty());
    m_columns.append(std::move(column));
    return columnCount() - 1;
}

int ReportTable::addColumn(const QString &id, const QString &header, ColumnType type, int outputs)
{
    return addColumn(Column(id, header, type, outputs));
}

void ReportTable::addRow(QVector<QVariant> cells)
{
    Q_ASSERT(cells.size() == m_columns.size());
    m_rows.append(std::move(cells));
}

int ReportTable::columnIndex(const QString &id) const
{
    for (int i = 0; i < columnCount(); ++i)
        if (m_columns.at(i).id == id)
            return i;
    return -1;
}

QVariant ReportTable::number(double value, bool present)
{
    return present && std::isfinite(value) ? QVariant(value) : QVariant();
}

QVariant ReportTable::text(const QString &value)
{
    // A null string is a missing value; an empty one is an empty text.
    return value.isNull() ? QVariant() : QVariant(value);
}

QVariant ReportTable::date(const QDate &value)
{
    return value.isValid() ? QVariant(value) : QVariant();
}

} // namespace valuedesk
