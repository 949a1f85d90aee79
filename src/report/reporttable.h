#pragma once

#include <QDate>
#include <QString>
#include <QVariant>
#include <QVector>

#include <utility>

namespace valuedesk {

// One result as a table: typed columns (a machine id, a translated header) and typed cells.
// Built once per result (evaluation, classification, CLV …) and handed to every writer: CSV and
// JSON keep the full precision of the values (ReportWriters), DisplayFormat shows them to people.
//
// A cell is a QVariant holding a QString, a qint64, a double or a QDate (or, in JSON-only columns,
// a QVariantList of those); an invalid QVariant is a missing value (empty in CSV, null in JSON).
class ReportTable final
{
public:
    enum class ColumnType { Text, Integer, Number, Money, Percent, Date, Score };

    // Which machine outputs write a column.
    enum Output { Csv = 0x1, Json = 0x2, AllOutputs = Csv | Json };

    struct Column
    {
        Column() = default;
        Column(QString columnId, QString columnHeader, ColumnType columnType,
               int columnOutputs = AllOutputs)
            : id(std::move(columnId)), header(std::move(columnHeader)), type(columnType),
              outputs(columnOutputs)
        {}

        QString id;     // machine name: the CSV header and, by default, the JSON key
        QString header; // translated, for people
        ColumnType type = ColumnType::Text;
        int outputs = AllOutputs;
        QString jsonKey;   // the JSON key when it differs from id
        QString jsonGroup; // the JSON rows nest this column in an object of this name

        QString key() const { return jsonKey.isEmpty() ? id : jsonKey; }
    };

    int addColumn(Column column);
    int addColumn(const QString &id, const QString &header, ColumnType type,
                  int outputs = AllOutputs);
    // A row of columnCount() cells, in column order.
    void addRow(QVector<QVariant> cells);
    void reserveRows(qsizetype rows) { m_rows.reserve(rows); }

    int columnCount() const { return static_cast<int>(m_columns.size()); }
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    const Column &column(int index) const { return m_columns.at(index); }
    const QVector<Column> &columns() const { return m_columns; }
    // -1 when there is no such column.
    int columnIndex(const QString &id) const;
    const QVariant &cell(int row, int column) const { return m_rows.at(row).at(column); }
    const QVector<QVariant> &row(int row) const { return m_rows.at(row); }

    // Cell helpers: a double that is not finite, or is not `present`, is missing.
    static QVariant number(double value, bool present = true);
    static QVariant integer(qint64 value) { return QVariant(value); }
    static QVariant text(const QString &value);
    static QVariant date(const QDate &value);

private:
    QVector<Column> m_columns;
    QVector<QVector<QVariant>> m_rows;
};

} // namespace valuedesk
