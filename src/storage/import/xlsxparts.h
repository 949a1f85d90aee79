#pragma once

#include "xlsxvalues.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

class QXmlStreamReader;

namespace valuedesk::xlsx {

// Parsers for the package parts around a worksheet. Each reads from the reader's current position
// to the end of the part and leaves structural problems to the reader's error state.

struct SheetEntry
{
    QString name;
    QString relId;
};

struct Workbook
{
    QString part;
    QVector<SheetEntry> sheets;
    bool date1904 = false;
};

struct Relationship
{
    QString type;
    QString target; // resolved part name
};

// Part names are zip entry names without a leading slash.
QString resolveTarget(const QString &sourcePart, QString target);
QString relsPartFor(const QString &part);

// The visible text of an <si> or <is> element, positioned on its start tag.
QString readRichText(QXmlStreamReader &xml);

// Keyed by relationship Id; external targets are left out.
QHash<QString, Relationship> parseRelationships(QXmlStreamReader &xml, const QString &sourcePart);
void parseWorkbook(QXmlStreamReader &xml, Workbook &workbook);
// Stops with an error at the first string longer than maxChars and sets *tooLong to its 0-based
// index.
QStringList parseSharedStrings(QXmlStreamReader &xml, int maxChars, int *tooLong);
// The date kind of each cell format (cellXfs), indexed by a cell's s attribute.
QVector<DateKind> parseStyles(QXmlStreamReader &xml);

} // namespace valuedesk::xlsx
