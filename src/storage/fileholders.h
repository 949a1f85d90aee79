#pragma once

#include <QString>

namespace valuedesk {

// Which other processes hold locks on a customer file (the file or its -shm, where WAL-mode
// writers lock), in words for a message: "valuedesk-cli (process 4242)". Read from /proc/locks on
// Linux without opening the file (only stat()), so it is safe while this process holds the file;
// empty where the platform does not tell (Windows, macOS) or nobody else holds it.
class FileHolders final
{
public:
    static QString describe(const QString &databasePath);
};

} // namespace valuedesk
