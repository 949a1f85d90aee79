#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace valuedesk {

// What Database::open checks of a customer file before any connection of ours holds it: the
// header peek and the read-only inspection connection (which open the file outside our main
// connection, so they run only while the file is not in OpenFiles; see the Database class
// comment), and the error texts of opening. SQLite file format specifics, outside the
// SqlDialect seam on purpose.
class FileInspection final
{
public:
    struct FileFacts
    {
        int userVersion = 0;
        int applicationId = 0;
        int objectCount = 0;
        QStringList foreignObjects; // differences from our schema for userVersion
    };

    static QString fileName(const QString &path);
    // The file starts with SQLite's magic string. Only called while no connection of this
    // process holds the file.
    static bool hasSqliteHeader(const QString &path);
    // No -wal or -journal next to the file: all content is in the main file and no connection
    // anywhere has it open in WAL mode (the last one to close deletes the -wal).
    static bool isQuiescent(const QString &path);
    // The file (if it exists) and its folder can be written.
    static bool canWrite(const QString &path);

    // Reads the header facts and the schema through a read-only connection, so a file we must
    // refuse (newer version, foreign database, foreign triggers or views) is never modified,
    // not even by switching on WAL. Only called while no connection of this process holds it.
    static Result<FileFacts> inspect(const QString &path);
    // Whether `facts` allow opening the file (read-only or not); the error says why not.
    static Status checkFacts(const FileFacts &facts, const QString &path, bool readOnly);

    // The file is in use by another program (named when known) that is writing to it.
    static Error inUseError(const QString &path, const QString &detail);
    // An error of a statement run while opening `path`: a busy file is in use, not damaged.
    static Error openError(const QString &path, const Error &error);
};

} // namespace valuedesk
