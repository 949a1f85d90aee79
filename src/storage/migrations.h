#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace valuedesk {

// One forward step of the customer file's schema: from version - 1 to version.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

// The ordered schema history. Never edit a released step; add a new one.
class Migrations final
{
public:
    static const QVector<Migration> &all();
    static int latestVersion();

    // Applies every step after the file's PRAGMA user_version up to `targetVersion` in one
    // transaction; on any failure the file is left exactly as it was.
    static Status migrate(QSqlDatabase &db, int targetVersion);
    static Result<int> userVersion(const QSqlDatabase &db);
};

} // namespace valuedesk
