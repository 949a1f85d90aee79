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

#include <functional>
#include <memory>

namespace valuedesk {

using namespace xlsx;

namespace {

struct CellContext
{
    QStringList sharedStrings;
    QVector<DateKind> styleDateKinds; // indexed by the cell's s attribute (cellXfs)
    bool date1904 = false;
};

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
Status parsePart(XlsxZipArchive &zip, const QString &path, const QString &part, Presence presence,
                 const std::function<Error()> &missingError,
                 const std::function<void(QXmlStreamReader &)> &parse)
{
    std::unique_ptr<XlsxZipEntry> entry;
    switch (zip.openEntry(part, entry)) {
    case XlsxZipArchive::EntryResult::Missing:
        if (presence == Presence::Optional)
            return {};
        return missingError();
    case XlsxZipArchive::EntryResult::Unreadable:
        return damagedError(path, part, QStringLiteral("cannot open the zip entry"));
    case XlsxZipArchive::EntryResult::Ok:
        break;
    }
    QXmlStreamReader xml(entry.get());
    parse(xml);
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

// Fills table from <sheetData>; the first non-empty row is the header.
void parseSheet(QXmlStreamReader &xml, const CellContext &context, int maxRows, TableData &table)
{
    bool haveHeader = false;
    int lastRow = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"row")
            continue;
        bool ok = false;
        const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
        const int rowNumber = ok && r > 0 ? r : lastRow + 1;
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
                xml.raiseError(QStringLiteral("invalid cell reference \"%1\"").arg(ref));
                return;
            }
            const QString text = cellText(xml, context);
            if (xml.hasError())
                return;
            nextColumn = column + 1;
            if (text.isEmpty())
                continue; // trailing empties stay trimmed; gaps are filled below
            while (cells.size() < column)
                cells.append(QString());
            if (cells.size() == column)
                cells.append(text);
            else
                cells[column] = text;
        }
        if (cells.isEmpty())
            continue;
        if (!haveHeader) {
            table.headers = cells;
            haveHeader = true;
        } else {
            table.rows.append(cells);
            table.sourceLines.append(rowNumber);
        }
        if (maxRows >= 0 && table.rows.size() >= maxRows)
            return;
    }
}

Result<Workbook> openWorkbook(XlsxZipArchive &zip, const QString &path)
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
        parsePart(zip, path, rootRels, Presence::Optional, nullptr,
                  [&](QXmlStreamReader &xml) { packageRels = parseRelationships(xml, QString()); });
    if (!status)
        return status.error();
    for (const Relationship &rel : std::as_const(packageRels)) {
        if (rel.type.endsWith(QLatin1String("/officeDocument")))
            workbook.part = rel.target;
    }
    status = parsePart(
        zip, path, workbook.part, Presence::Required,
        [&] { return notXlsxError(path, workbook.part); },
        [&](QXmlStreamReader &xml) { parseWorkbook(xml, workbook); });
    if (!status)
        return status.error();
    return workbook;
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    XlsxZipArchive zip(path);
    Result<Workbook> workbook = openWorkbook(zip, path);
    if (!workbook)
        return workbook.error();
    QStringList names;
    for (const SheetEntry &sheet : std::as_const(workbook->sheets))
        names.append(sheet.name);
    return names;
}

Result<TableData> XlsxReader::readSheet(const QString &path, const QString &sheetName, int maxRows)
{
    XlsxZipArchive zip(path);
    Result<Workbook> workbook = openWorkbook(zip, path);
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
        zip, path, relsPart, Presence::Required, [&] { return missingPartError(path, relsPart); },
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
    status =
        parsePart(zip, path, sharedStringsPart, Presence::Optional, nullptr,
                  [&](QXmlStreamReader &xml) { context.sharedStrings = parseSharedStrings(xml); });
    if (!status)
        return status.error();
    status = parsePart(zip, path, stylesPart, Presence::Optional, nullptr,
                       [&](QXmlStreamReader &xml) { context.styleDateKinds = parseStyles(xml); });
    if (!status)
        return status.error();

    TableData table;
    status = parsePart(
        zip, path, sheetPart, Presence::Required, [&] { return missingPartError(path, sheetPart); },
        [&](QXmlStreamReader &xml) { parseSheet(xml, context, maxRows, table); });
    if (!status)
        return status.error();
    return table;
}

} // namespace valuedesk
