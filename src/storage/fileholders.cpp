#include "fileholders.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QStringList>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace valuedesk {

namespace {

#ifdef Q_OS_LINUX
struct FileId
{
    unsigned int major = 0;
    unsigned int minor = 0;
    qulonglong inode = 0;
};

bool fileId(const QString &path, FileId *id)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    id->major = ::major(info.st_dev);
    id->minor = ::minor(info.st_dev);
    id->inode = static_cast<qulonglong>(info.st_ino);
    return true;
}

// "fd:01:1234567": device major and minor in hex, inode in decimal.
bool matches(const QByteArray &field, const FileId &id)
{
    const QList<QByteArray> parts = field.split(':');
    if (parts.size() != 3)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    const uint major = parts.at(0).toUInt(&ok1, 16);
    const uint minor = parts.at(1).toUInt(&ok2, 16);
    const qulonglong inode = parts.at(2).toULongLong(&ok3, 10);
    return ok1 && ok2 && ok3 && major == id.major && minor == id.minor && inode == id.inode;
}

QString processName(qint64 pid)
{
    // /proc files are not the customer file: reading them cannot drop our locks.
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(comm.readAll().trimmed());
}
#endif

} // namespace

QString FileHolders::describe(const QString &databasePath)
{
#ifdef Q_OS_LINUX
    QVector<FileId> ids;
    for (const QString &suffix : {QString(), QStringLiteral("-shm")}) {
        FileId id;
        if (fileId(databasePath + suffix, &id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return {};
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return {};
    const qint64 self = ::getpid();
    QList<qint64> pids;
    const QList<QByteArray> lines = locks.readAll().split('\n');
    for (const QByteArray &line : lines) {
        // "1: POSIX  ADVISORY  WRITE 4242 fd:01:1234567 0 EOF"; blocked waiters carry "->".
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 8 || fields.at(1) == "->")
            continue;
        bool ok = false;
        const qint64 pid = fields.at(4).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == self || pids.contains(pid))
            continue;
        for (const FileId &id : ids) {
            if (matches(fields.at(5), id)) {
                pids.append(pid);
                break;
            }
        }
    }
    QStringList holders;
    for (qint64 pid : pids) {
        const QString name = processName(pid);
        holders.append(
            name.isEmpty()
                ? QCoreApplication::translate("valuedesk::Database", "process %1").arg(pid)
                : QCoreApplication::translate("valuedesk::Database", "%1 (process %2)")
                      .arg(name)
                      .arg(pid));
        if (holders.size() == 3)
            break;
    }
    return holders.join(QStringLiteral(", "));
#else
    Q_UNUSED(databasePath)
    return {};
#endif
}

} // namespace valuedesk
