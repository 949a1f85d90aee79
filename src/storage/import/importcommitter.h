#pragma once

#include "importplan.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace valuedesk {

// Writes an ImportPlan in one transaction: all of it or, on failure or cancel, nothing.
class ImportCommitter final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ImportCommitter)

public:
    static Result<ImportSummary> commit(QSqlDatabase db, const ImportPlan &plan,
                                        const ProgressCallback &progress = {});

    // The fields of `update` that the import mapped and filled, laid over `existing`; empty
    // cells never erase what the file already knows.
    static Customer merged(const Customer &existing, const Customer &update,
                           const QSet<QString> &mappedFields);
};

} // namespace valuedesk
