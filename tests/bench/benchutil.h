#pragma once

#include <QFile>
#include <QString>

namespace valuedesk::bench {

// A field of /proc/self/status in MiB ("VmHWM:" peak, "VmRSS:" current; Linux; 0 elsewhere).
inline double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

inline double currentRssMiB()
{
    return statusMiB("VmRSS:");
}

// Peak resident set size of this process in MiB (Linux; 0 elsewhere).
inline double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace valuedesk::bench
