#include "benchutil.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace valuedesk::bench {

double statusMiB(const char *field)
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

double currentRssMiB()
{
    return statusMiB("VmRSS:");
}

double peakRssMiB()
{
    return statusMiB("VmHWM:");
}

} // namespace valuedesk::bench
