#include "reportwriters.h"

#include "csvwriter.h"

#include <QJsonObject>

#include <cmath>

namespace valuedesk {

QString ReportWriters::machineText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double: {
        const double value = cell.toDouble();
        return std::isfinite(value) ? QString::number(value, 'g', 15) : QString();
    }
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(cell.toLongLong());
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QString:
        return cell.toString();
    default:
        return QString();
    }
}

QJsonValue ReportWriters::jsonValue(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Double: {
        const double value = cell.toDouble();
        return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    }
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(cell.toLongLong());
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QString:
        return cell.toString();
    case QMetaType::QVariantList: {
        QJsonArray array;
        for (const QVariant &item : cell.toList())
            array.append(jsonValue(item));
        return array;
    }
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

namespace {

QVector<int> columnsFor(const ReportTable &table, ReportTable::Output output)
{
    QVector<int> indexes;
    for (int c = 0; c < table.columnCount(); ++c)
        if (table.column(c).outputs & output)
            indexes.append(c);
    return indexes;
}

QStringList csvHeaders(const ReportTable &table, const QVector<int> &columns)
{
    QStringList headers;
    for (int c : columns)
        headers << table.column(c).id;
    return headers;
}

QVector<QStringList> csvRows(const ReportTable &table, const QVector<int> &columns)
{
    QVector<QStringList> rows;
    rows.reserve(table.rowCount());
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList row;
        row.reserve(columns.size());
        for (int c : columns)
            row << ReportWriters::machineText(table.cell(r, c));
        rows.append(row);
    }
    return rows;
}

} // namespace

QByteArray ReportWriters::toCsv(const ReportTable &table)
{
    const QVector<int> columns = columnsFor(table, ReportTable::Csv);
    return CsvWriter::toCsv(csvHeaders(table, columns), csvRows(table, columns));
}

Status ReportWriters::writeCsv(const QString &path, const ReportTable &table)
{
    const QVector<int> columns = columnsFor(table, ReportTable::Csv);
    return CsvWriter::write(path, csvHeaders(table, columns), csvRows(table, columns));
}

QStringList ReportWriters::tabSeparatedLines(const ReportTable &table)
{
    const QVector<int> columns = columnsFor(table, ReportTable::Csv);
    QStringList lines{csvHeaders(table, columns).join(QLatin1Char('\t'))};
    for (const QStringList &row : csvRows(table, columns))
        lines << row.join(QLatin1Char('\t'));
    return lines;
}

QJsonArray ReportWriters::jsonRows(const ReportTable &table)
{
    const QVector<int> columns = columnsFor(table, ReportTable::Json);
    QJsonArray rows;
    for (int r = 0; r < table.rowCount(); ++r) {
        QJsonObject row;
        QHash<QString, QJsonObject> groups;
        QStringList groupOrder;
        for (int c : columns) {
            const ReportTable::Column &column = table.column(c);
            const QJsonValue value = jsonValue(table.cell(r, c));
            if (column.jsonGroup.isEmpty()) {
                row.insert(column.key(), value);
                continue;
            }
            if (!groups.contains(column.jsonGroup))
                groupOrder << column.jsonGroup;
            groups[column.jsonGroup].insert(column.key(), value);
        }
        for (const QString &group : std::as_const(groupOrder))
            row.insert(group, groups.value(group));
        rows.append(row);
    }
    return rows;
}

} // namespace valuedesk
