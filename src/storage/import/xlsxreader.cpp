#include "xlsxreader.h"

#include "xlsxparts.h"
#include "xlsxvalues.h"
#include "xlsxziparchive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTime>
#include <QVector>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>
#include <functional>
#include <memory>
#include <optional>

namespace valuedesk {

using namespace xlsx;

namespace {

struct CellContext
{
    QStringList sharedStrings;
    QVector<DateKind> styleDateKinds; // indexed by the cell's s attribute (cellXfs)
    bool date1904 = false;
};

// What parseSheet() needs to enforce the limits and name the sheet; limitError is set, and the
// reader stopped with raiseError(), when the sheet goes beyond one of them.
struct SheetScope
{
    QString fileName;
    QString sheetName;
    XlsxLimits limits;
    std::optional<Error> limitError;
};

// "A", "Z", "AA", ... for a 0-based column.
QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

// Megabytes for messages, rounded up so that a limit is never shown as less than it is.
qint64 megabytes(qint64 bytes)
{
    return (bytes + (1 << 20) - 1) >> 20;
}

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

Error fileError(const QString &path, const QString &reason)
{
    return Error(QCoreApplication::translate("valuedesk::XlsxReader", "Cannot open \"%1\": %2.")
                     .arg(displayName(path), reason),
                 QDir::toNativeSeparators(path));
}

Error notZipError(const QString &path)
{
    return Error(QCoreApplication::translate(
                     "valuedesk::XlsxReader",
                     "\"%1\" is not an Excel workbook (.xlsx), or it is damaged: it cannot be "
                     "read as a ZIP archive.")
                     .arg(displayName(path)),
                 QDir::toNativeSeparators(path));
}

Error notXlsxError(const QString &path, const QString &part)
{
    return Error(QCoreApplication::translate("valuedesk::XlsxReader",
                                             "\"%1\" is not an Excel workbook (.xlsx): it has no "
                                             "workbook part (%2).")
                     .arg(displayName(path), part),
                 QDir::toNativeSeparators(path));
}

Error damagedError(const QString &path, const QString &part, const QString &detail)
{
    return Error(QCoreApplication::translate("valuedesk::XlsxReader",
                                             "\"%1\" is damaged: its part %2 cannot be read.")
                     .arg(displayName(path), part),
                 QDir::toNativeSeparators(path) + QStringLiteral(": ") + detail);
}

Error partTooLargeError(const QString &path, const QString &part, const XlsxZipEntry &entry,
                        qint64 maxBytes)
{
    return Error(QCoreApplication::translate("valuedesk::XlsxReader",
                                             "\"%1\" is too large to import: its part %2 unpacks "
                                             "to more than %L3 MB, and ValueDesk reads at most "
                                             "%L3 MB of it.")
                     .arg(displayName(path), part)
                     .arg(megabytes(maxBytes)),
                 QStringLiteral("%1: %2 declares %3 bytes unpacked; limit %4 bytes")
                     .arg(QDir::toNativeSeparators(path), part)
                     .arg(entry.declaredSize())
                     .arg(maxBytes));
}

Error missingPartError(const QString &path, const QString &part)
{
    return Error(QCoreApplication::translate("valuedesk::XlsxReader",
                                             "\"%1\" is damaged: its part %2 is missing.")
                     .arg(displayName(path), part),
                 QDir::toNativeSeparators(path));
}

// Also reports what the parsers flag with raiseError(), such as an unknown shared string.
Error malformedError(const QString &path, const QString &part, const QXmlStreamReader &xml)
{
    const QString message =
        xml.error() == QXmlStreamReader::CustomError
            ? QCoreApplication::translate("valuedesk::XlsxReader",
                                          "\"%1\" is damaged: its part %2 contains invalid data.")
            : QCoreApplication::translate("valuedesk::XlsxReader",
                                          "\"%1\" is damaged: its part %2 is not valid XML.");
    return Error(message.arg(displayName(path), part),
                 QStringLiteral("%1: %2 line %3 column %4")
                     .arg(QDir::toNativeSeparators(path), xml.errorString())
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber()));
}

enum class Presence { Required, Optional };

// Streams one part through parse(), which may raiseError() on content that makes no sense. A
// missing optional part parses as nothing; a missing required part is reported as missingError.
// A part that unpacks to more than maxBytes is refused, whatever its header declares.
Status parsePart(XlsxZipArchive &zip, const QString &path, const QString &part, Presence presence,
                 qint64 maxBytes, const std::function<Error()> &missingError,
                 const std::function<void(QXmlStreamReader &)> &parse)
{
    std::unique_ptr<XlsxZipEntry> entry;
    switch (zip.openEntry(part, maxBytes, entry)) {
    case XlsxZipArchive::EntryResult::Missing:
        if (presence == Presence::Optional)
            return {};
        return missingError();
    case XlsxZipArchive::EntryResult::Unreadable:
        return damagedError(path, part, QStringLiteral("cannot open the zip entry"));
    case XlsxZipArchive::EntryResult::Ok:
        break;
    }
    if (entry->overLimit())
        return partTooLargeError(path, part, *entry, maxBytes);
    QXmlStreamReader xml(entry.get());
    parse(xml);
    if (entry->overLimit())
        return partTooLargeError(path, part, *entry, maxBytes);
    if (entry->failed())
        return damagedError(path, part, QStringLiteral("cannot inflate the zip entry"));
    if (xml.hasError())
        return malformedError(path, part, xml);
    // The checksum is only known once everything was inflated; an early stop skips it.
    if (xml.atEnd() && !entry->finish())
        return damagedError(path, part, QStringLiteral("checksum mismatch"));
    return {};
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
            xml.raiseError(QStringLiteral("shared string index %1 out of range").arg(value));
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

// Fills table from <sheetData>; the first non-empty row is the header. Stops with raiseError() and
// scope.limitError when the sheet goes beyond scope.limits.
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
                xml.raiseError(QStringLiteral("invalid cell reference \"%1\"").arg(ref.left(40)));
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

Result<Workbook> openWorkbook(XlsxZipArchive &zip, const QString &path, const XlsxLimits &limits)
{
    switch (zip.open()) {
    case XlsxZipArchive::OpenResult::FileError:
        return fileError(path, zip.fileErrorString());
    case XlsxZipArchive::OpenResult::NotZip:
        return notZipError(path);
    case XlsxZipArchive::OpenResult::Ok:
        break;
    }
    Workbook workbook;
    workbook.part = QStringLiteral("xl/workbook.xml");
    const QString rootRels = QStringLiteral("_rels/.rels");
    QHash<QString, Relationship> packageRels;
    Status status =
        parsePart(zip, path, rootRels, Presence::Optional, limits.maxPartBytes, nullptr,
                  [&](QXmlStreamReader &xml) { packageRels = parseRelationships(xml, QString()); });
    if (!status)
        return status.error();
    for (const Relationship &rel : std::as_const(packageRels)) {
        if (rel.type.endsWith(QLatin1String("/officeDocument")))
            workbook.part = rel.target;
    }
    status = parsePart(
        zip, path, workbook.part, Presence::Required, limits.maxPartBytes,
        [&] { return notXlsxError(path, workbook.part); },
        [&](QXmlStreamReader &xml) { parseWorkbook(xml, workbook); });
    if (!status)
        return status.error();
    return workbook;
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString &path, const XlsxLimits &limits)
{
    XlsxZipArchive zip(path);
    Result<Workbook> workbook = openWorkbook(zip, path, limits);
    if (!workbook)
        return workbook.error();
    QStringList names;
    for (const SheetEntry &sheet : std::as_const(workbook->sheets))
        names.append(sheet.name);
    return names;
}

Result<TableData> XlsxReader::readSheet(const QString &path, const QString &sheetName, int maxRows,
                                        const XlsxLimits &limits)
{
    XlsxZipArchive zip(path);
    Result<Workbook> workbook = openWorkbook(zip, path, limits);
    if (!workbook)
        return workbook.error();
    if (workbook->sheets.isEmpty())
        return Error(
            QCoreApplication::translate("valuedesk::XlsxReader", "\"%1\" contains no sheets.")
                .arg(displayName(path)),
            QDir::toNativeSeparators(path));

    const SheetEntry *sheet = &workbook->sheets.first();
    if (!sheetName.isEmpty()) {
        sheet = nullptr;
        QStringList names;
        for (const SheetEntry &candidate : std::as_const(workbook->sheets)) {
            names.append(candidate.name);
            if (!sheet && candidate.name == sheetName)
                sheet = &candidate;
        }
        if (!sheet)
            return Error(QCoreApplication::translate(
                             "valuedesk::XlsxReader",
                             "\"%1\" has no sheet named \"%2\". Available sheets: %3.")
                             .arg(displayName(path), sheetName, names.join(QStringLiteral(", "))),
                         QDir::toNativeSeparators(path));
    }

    const QString relsPart = relsPartFor(workbook->part);
    QHash<QString, Relationship> rels;
    Status status = parsePart(
        zip, path, relsPart, Presence::Required, limits.maxPartBytes,
        [&] { return missingPartError(path, relsPart); },
        [&](QXmlStreamReader &xml) { rels = parseRelationships(xml, workbook->part); });
    if (!status)
        return status.error();

    // Fall back to the conventional names when the relationships do not list these parts.
    QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPart = QStringLiteral("xl/styles.xml");
    for (const Relationship &rel : std::as_const(rels)) {
        if (rel.type.endsWith(QLatin1String("/sharedStrings")))
            sharedStringsPart = rel.target;
        else if (rel.type.endsWith(QLatin1String("/styles")))
            stylesPart = rel.target;
    }
    const auto sheetRel = rels.constFind(sheet->relId);
    if (sheetRel == rels.cend())
        return missingPartError(path, sheet->relId.isEmpty() ? sheet->name : sheet->relId);
    const QString sheetPart = sheetRel->target;

    CellContext context;
    context.date1904 = workbook->date1904;
    int tooLong = -1;
    status = parsePart(zip, path, sharedStringsPart, Presence::Optional, limits.maxPartBytes,
                       nullptr, [&](QXmlStreamReader &xml) {
                           context.sharedStrings =
                               parseSharedStrings(xml, limits.maxCellChars, &tooLong);
                       });
    if (tooLong >= 0)
        return Error(QCoreApplication::translate("valuedesk::XlsxReader",
                                                 "\"%1\": shared string %L2 in part %3 holds more "
                                                 "than %L4 characters; a cell may hold at most %L4 "
                                                 "(Excel's own limit).")
                         .arg(displayName(path))
                         .arg(tooLong)
                         .arg(sharedStringsPart)
                         .arg(limits.maxCellChars),
                     QDir::toNativeSeparators(path));
    if (!status)
        return status.error();
    status = parsePart(zip, path, stylesPart, Presence::Optional, limits.maxPartBytes, nullptr,
                       [&](QXmlStreamReader &xml) { context.styleDateKinds = parseStyles(xml); });
    if (!status)
        return status.error();

    TableData table;
    SheetScope scope{displayName(path), sheet->name, limits, std::nullopt};
    status = parsePart(
        zip, path, sheetPart, Presence::Required, limits.maxSheetPartBytes,
        [&] { return missingPartError(path, sheetPart); },
        [&](QXmlStreamReader &xml) { parseSheet(xml, context, maxRows, scope, table); });
    if (scope.limitError)
        return *scope.limitError;
    if (!status)
        return status.error();
    return table;
}

} // namespace valuedesk
