#include "xlsxsheet.h"

#include "valuequote.h"
#include "xlsxparts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTime>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>

namespace valuedesk::xlsx {

namespace {

// "A", "Z", "AA", ... for a 0-based column.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

QString cellText(QXmlStreamReader &xml, const CellContext &context)
{
    const QXmlStreamAttributes attrs = xml.attributes();
    const QString type = attrs.value(QLatin1String("t")).toString();
    const int style = attrs.value(QLatin1String("s")).toInt();
    QString value;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            value = xml.readElementText();
        else if (xml.name() == u"is")
            inlineText = readRichText(xml);
        else
            xml.skipCurrentElement(); // <f>: the cached <v> is what Excel shows
    }
    if (type == u"s") {
        if (value.isEmpty())
            return {};
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= context.sharedStrings.size()) {
            xml.raiseError(QStringLiteral("shared string index %1 out of range")
                               .arg(quotedValuePrefix(value)));
            return {};
        }
        return context.sharedStrings.at(index);
    }
    if (type == u"inlineStr")
        return inlineText.isEmpty() ? value : inlineText;
    if (type == u"str")
        return unescapeOoxml(value);
    if (type == u"e")
        return value;
    if (type == u"b") {
        if (parseXmlBool(value))
            return QStringLiteral("TRUE");
        return value == u"0" || value == u"false" ? QStringLiteral("FALSE") : value;
    }
    if (type == u"d") {
        // ISO 8601 date cells (Strict OOXML and some writers).
        const QDateTime dateTime = QDateTime::fromString(value, Qt::ISODate);
        if (!dateTime.isValid())
            return value;
        return dateTime.time() == QTime(0, 0)
                   ? dateTime.date().toString(QStringLiteral("yyyy-MM-dd"))
                   : dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    const DateKind kind = style >= 0 && style < context.styleDateKinds.size()
                              ? context.styleDateKinds.at(style)
                              : DateKind::None;
    if (kind != DateKind::None) {
        QString date = formatSerialDate(number, kind, context.date1904);
        if (!date.isEmpty())
            return date;
    }
    return formatNumber(number);
}

Error cellLimitError(const SheetScope &scope, const QString &message)
{
    return Error(message, QStringLiteral("%1, sheet %2").arg(scope.fileName, scope.sheetName));
}

// Checks a filled cell against the column and length limits; false (with scope.limitError set)
// when it breaks one.
bool acceptCell(SheetScope &scope, int column, int rowNumber, const QString &text)
{
    const XlsxLimits &limits = scope.limits;
    if (column >= limits.maxColumns) {
        scope.limitError = cellLimitError(
            scope, QCoreApplication::translate("valuedesk::XlsxReader",
                                               "\"%1\": cell %2 of sheet \"%3\" lies beyond "
                                               "column %4, and ValueDesk reads at most %L5 "
                                               "columns. Delete the columns after %4 and import "
                                               "again.")
                       .arg(scope.fileName, columnName(column) + QString::number(rowNumber),
                            scope.sheetName, columnName(limits.maxColumns - 1))
                       .arg(limits.maxColumns));
        return false;
    }
    if (text.size() > limits.maxCellChars) {
        scope.limitError = cellLimitError(
            scope, QCoreApplication::translate("valuedesk::XlsxReader",
                                               "\"%1\": cell %2 of sheet \"%3\" holds %L4 "
                                               "characters; a cell may hold at most %L5 (Excel's "
                                               "own limit).")
                       .arg(scope.fileName, columnName(column) + QString::number(rowNumber),
                            scope.sheetName)
                       .arg(text.size())
                       .arg(limits.maxCellChars));
        return false;
    }
    return true;
}

} // namespace

void parseSheet(QXmlStreamReader &xml, const CellContext &context, int maxRows, SheetScope &scope,
                TableData &table)
{
    const XlsxLimits &limits = scope.limits;
    bool haveHeader = false;
    int lastRow = 0;
    qint64 filledCount = 0;
    qint64 emptyCount = 0; // the gaps filled in each row
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"row")
            continue;
        bool ok = false;
        const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
        const int rowNumber = ok && r > 0 ? r : (lastRow < INT_MAX ? lastRow + 1 : lastRow);
        lastRow = rowNumber;
        QStringList cells;
        int nextColumn = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const QStringView ref = xml.attributes().value(QLatin1String("r"));
            const int column = ref.isEmpty() ? nextColumn : columnOfRef(ref);
            if (column < 0 || column >= MaxColumns) {
                xml.raiseError(QStringLiteral("invalid cell reference \"%1\"")
                                   .arg(quotedValuePrefix(ref.toString())));
                return;
            }
            const QString text = cellText(xml, context);
            if (xml.hasError())
                return;
            nextColumn = column + 1;
            if (text.isEmpty())
                continue; // trailing empties stay trimmed; gaps are filled below
            if (!acceptCell(scope, column, rowNumber, text)) {
                xml.raiseError(QStringLiteral("limit exceeded"));
                return;
            }
            while (cells.size() < column)
                cells.append(QString());
            if (cells.size() == column)
                cells.append(text);
            else
                cells[column] = text;
        }
        if (cells.isEmpty())
            continue;
        const auto filled = std::count_if(cells.cbegin(), cells.cend(),
                                          [](const QString &cell) { return !cell.isEmpty(); });
        filledCount += filled;
        emptyCount += cells.size() - filled;
        if (filledCount > limits.maxCells) {
            scope.limitError = cellLimitError(
                scope, QCoreApplication::translate("valuedesk::XlsxReader",
                                                   "\"%1\": sheet \"%2\" is too large to "
                                                   "import: by row %L3 it has more than %L4 filled "
                                                   "cells.")
                           .arg(scope.fileName, scope.sheetName)
                           .arg(rowNumber)
                           .arg(limits.maxCells));
            xml.raiseError(QStringLiteral("limit exceeded"));
            return;
        }
        if (emptyCount > limits.maxEmptyCells) {
            scope.limitError = cellLimitError(
                scope, QCoreApplication::translate("valuedesk::XlsxReader",
                                                   "\"%1\": sheet \"%2\" is too large to "
                                                   "import: by row %L3 it has more than %L4 empty "
                                                   "cells between filled ones. Delete the unused "
                                                   "columns and import again.")
                           .arg(scope.fileName, scope.sheetName)
                           .arg(rowNumber)
                           .arg(limits.maxEmptyCells));
            xml.raiseError(QStringLiteral("limit exceeded"));
            return;
        }
        if (!haveHeader) {
            table.headers = cells;
            haveHeader = true;
            if (maxRows == 0)
                return;
            continue;
        }
        if (table.rows.size() >= limits.maxRows) {
            scope.limitError = cellLimitError(
                scope, QCoreApplication::translate("valuedesk::XlsxReader",
                                                   "\"%1\": sheet \"%2\" has more than %L3 "
                                                   "data rows (row %L4 is one too many).")
                           .arg(scope.fileName, scope.sheetName)
                           .arg(limits.maxRows)
                           .arg(rowNumber));
            xml.raiseError(QStringLiteral("limit exceeded"));
            return;
        }
        table.rows.append(cells);
        table.sourceLines.append(rowNumber);
        if (maxRows >= 0 && table.rows.size() >= maxRows)
            return;
    }
}

} // namespace valuedesk::xlsx
