#include "openfiles.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace valuedesk {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, int> &counts()
{
    static QHash<QString, int> c;
    return c;
}

} // namespace

QString OpenFiles::key(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // realpath(): no descriptor
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool OpenFiles::contains(const QString &key)
{
    QMutexLocker lock(&mutex());
    return counts().value(key) > 0;
}

void OpenFiles::add(const QString &key)
{
    QMutexLocker lock(&mutex());
    ++counts()[key];
}

void OpenFiles::remove(const QString &key)
{
    QMutexLocker lock(&mutex());
    auto it = counts().find(key);
    if (it != counts().end() && --it.value() <= 0)
        counts().erase(it);
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("valuedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace valuedesk
