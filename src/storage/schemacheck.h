#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace valuedesk {

// Compares a customer file's schema with exactly what ValueDesk's migrations create for its
// version. A trigger stored in a file runs on our own INSERTs (renaming every customer, emptying
// the roll-ups); a view swapped in for a table misleads every read; neither trusted_schema nor
// SQLITE_DBCONFIG_DEFENSIVE stops plain-SQL triggers. So a file carrying anything we did not
// create is refused before any statement of ours runs on it.
class SchemaCheck final
{
public:
    // One line per difference ("trigger “wipe” on transactions", "table “customers” (changed)");
    // empty when the schema is ours.
    static Result<QStringList> differences(const QSqlDatabase &db, int version);
};

} // namespace valuedesk
