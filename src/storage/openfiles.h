#pragma once

#include <QString>

namespace valuedesk {

// The files this process has open through a Database, by canonical path. While a file is in
// here, nothing may open it outside SQLite (see the Database class comment). Thread-safe.
class OpenFiles final
{
public:
    // The registry's key for `path`: its canonical path (realpath(), which opens no
    // descriptor), or the absolute path of a file that does not exist yet.
    static QString key(const QString &path);
    static bool contains(const QString &key);
    // Counted: a file opened twice is in here until both are removed.
    static void add(const QString &key);
    static void remove(const QString &key);
};

// A process-wide unique Qt Sql connection name, "valuedesk-<n>".
QString newConnectionName();

} // namespace valuedesk
