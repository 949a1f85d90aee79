#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace valuedesk {

namespace {

Error writeError(const QString &path, const QString &reason)
{
    return Error(QCoreApplication::translate("valuedesk::AtomicFile", "“%1” could not be written.")
                     .arg(QDir::toNativeSeparators(path)),
                 reason);
}

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeError(path, reason);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return Status::success();
}

} // namespace valuedesk
