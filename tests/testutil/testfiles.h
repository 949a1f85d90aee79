#pragma once

// Files and environment of a test process: whole-file reads and writes, checksums, the sidecar
// files SQLite leaves next to a database.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace valuedesk::test {

// The whole file, or empty if it cannot be read.
QByteArray fileBytes(const QString &path);
// Replaces the file's content by `bytes`; false if it could not be written completely.
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray sha256Of(const QString &path);

// The -wal, -shm and -journal files SQLite may leave next to a database.
QStringList sidecarsOf(const QString &path);
// Replaces `to` (and anything SQLite left next to it) by a byte copy of `from`.
bool copyPristine(const QString &from, const QString &to);

// A positive integer from the environment variable `name`, else `fallback`.
int envInt(const char *name, int fallback);

} // namespace valuedesk::test
