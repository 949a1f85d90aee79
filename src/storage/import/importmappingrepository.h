#pragma once

#include "columnmapping.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace valuedesk {

// Mappings the user confirmed, remembered in the customer file per import kind and header row,
// so the same export from the same system maps itself next time.
class ImportMappingRepository final
{
public:
    explicit ImportMappingRepository(QSqlDatabase db);

    Result<std::optional<ColumnMapping>> load(ImportKind kind, const QStringList &headers) const;
    Status save(const ColumnMapping &mapping, const QStringList &headers);

    static QString headerSignature(const QStringList &headers);

private:
    QSqlDatabase m_db;
};

} // namespace valuedesk
