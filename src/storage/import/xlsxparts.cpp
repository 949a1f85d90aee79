#include "xlsxparts.h"

#include <QDir>
#include <QXmlStreamReader>

namespace valuedesk::xlsx {

QString resolveTarget(const QString &sourcePart, QString target)
{
    target.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    const int slash = sourcePart.lastIndexOf(QLatin1Char('/'));
    return QDir::cleanPath(sourcePart.left(slash + 1) + target);
}

QString relsPartFor(const QString &part)
{
    const int slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

// The text of an <si> or <is> element: plain <t> or rich-text runs <r><t>, without the phonetic
// guide (<rPh>), which Excel does not show in the cell. Iterative, so that absurdly nested runs in
// a damaged file cannot exhaust the stack.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"t")
                text += xml.readElementText();
            else if (xml.name() == u"rPh" || xml.name() == u"rPr")
                xml.skipCurrentElement();
            else
                ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return unescapeOoxml(text);
}

QHash<QString, Relationship> parseRelationships(QXmlStreamReader &xml, const QString &sourcePart)
{
    QHash<QString, Relationship> rels;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attrs = xml.attributes();
        if (attrs.value(QLatin1String("TargetMode")) == u"External")
            continue;
        rels.insert(attrs.value(QLatin1String("Id")).toString(),
                    {attrs.value(QLatin1String("Type")).toString(),
                     resolveTarget(sourcePart, attrs.value(QLatin1String("Target")).toString())});
    }
    return rels;
}

void parseWorkbook(QXmlStreamReader &xml, Workbook &workbook)
{
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            workbook.date1904 = parseXmlBool(xml.attributes().value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheets") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"sheet") {
                    SheetEntry sheet;
                    for (const QXmlStreamAttribute &attr : xml.attributes()) {
                        if (attr.name() == u"name")
                            sheet.name = attr.value().toString();
                        // r:id; matched by local name so the Strict OOXML namespace works too.
                        else if (attr.name() == u"id" && !attr.namespaceUri().isEmpty())
                            sheet.relId = attr.value().toString();
                    }
                    workbook.sheets.append(sheet);
                }
                xml.skipCurrentElement();
            }
        }
    }
}

QStringList parseSharedStrings(QXmlStreamReader &xml, int maxChars, int *tooLong)
{
    QStringList strings;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"si")
            continue;
        QString text = readRichText(xml);
        if (text.size() > maxChars) {
            *tooLong = static_cast<int>(strings.size());
            xml.raiseError(QStringLiteral("shared string %1 has %2 characters")
                               .arg(strings.size())
                               .arg(text.size()));
            return {};
        }
        strings.append(std::move(text));
    }
    return strings;
}

QVector<DateKind> parseStyles(QXmlStreamReader &xml)
{
    QHash<int, QString> customFormats;
    QVector<int> xfFormatIds;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"numFmts") {
            while (xml.readNextStartElement()) {
                const QXmlStreamAttributes attrs = xml.attributes();
                if (xml.name() == u"numFmt")
                    customFormats.insert(attrs.value(QLatin1String("numFmtId")).toInt(),
                                         attrs.value(QLatin1String("formatCode")).toString());
                xml.skipCurrentElement();
            }
        } else if (xml.name() == u"cellXfs") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"xf")
                    xfFormatIds.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
                xml.skipCurrentElement();
            }
        }
    }
    QVector<DateKind> kinds;
    kinds.reserve(xfFormatIds.size());
    for (int id : std::as_const(xfFormatIds)) {
        const auto custom = customFormats.constFind(id);
        kinds.append(custom != customFormats.cend() ? dateKindOfFormatCode(*custom)
                                                    : dateKindOfBuiltin(id));
    }
    return kinds;
}

} // namespace valuedesk::xlsx
