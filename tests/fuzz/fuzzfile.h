#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace valuedesk::fuzz {

// Writes one fuzz input to a file that lives as long as the process, for readers that take a path.
inline QString writeInput(const uint8_t *data, size_t size, const QString &fileName)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/valuedesk-fuzz-XXXXXX"));
    if (!dir.isValid())
        std::abort();
    const QString path = dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) !=
            static_cast<qint64>(size))
        std::abort();
    return path;
}

} // namespace valuedesk::fuzz
