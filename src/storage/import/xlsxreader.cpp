#include "xlsxreader.h"

#include "xlsxparts.h"
#include "xlsxsheet.h"
#include "xlsxvalues.h"
#include "xlsxziparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

namespace valuedesk {

using namespace xlsx;

namespace {

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
