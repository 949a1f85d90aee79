#include "csvwriter.h"

#include "atomicfile.h"

#include <QCoreApplication>

namespace valuedesk {

QString CsvWriter::escapeField(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvWriter::toCsv(const QStringList &headers, const QVector<QStringList> &rows)
{
    QString out;
    auto appendRow = [&out](const QStringList &row) {
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += escapeField(row.at(i));
        }
        out += QStringLiteral("\r\n");
    };
    appendRow(headers);
    for (const QStringList &row : rows)
        appendRow(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

Status CsvWriter::write(const QString &path, const QStringList &headers,
                        const QVector<QStringList> &rows)
{
    const Status written = writeFileAtomically(path, toCsv(headers, rows));
    if (!written) {
        return Error(QCoreApplication::translate("valuedesk::CsvWriter", "Cannot write \"%1\": %2")
                         .arg(path, written.error().detail()));
    }
    return Status::success();
}

} // namespace valuedesk
