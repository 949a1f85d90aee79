#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace valuedesk {

// Writes a table as RFC 4180 CSV in UTF-8 with a BOM (so Excel on Chinese Windows opens it
// correctly), atomically through QSaveFile: a failed write leaves any existing file untouched.
class CsvWriter final
{
public:
    static QString escapeField(const QString &field, QChar separator = QLatin1Char(','));
    static QByteArray toCsv(const QStringList &headers, const QVector<QStringList> &rows);
    static Status write(const QString &path, const QStringList &headers,
                        const QVector<QStringList> &rows);
};

} // namespace valuedesk
