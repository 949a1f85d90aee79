#include "importservice.h"

#include "importcommitter.h"

namespace valuedesk {

ImportKind ImportService::likelyKind(const QStringList &headers)
{
    ImportKind best = ImportKind::Customers;
    int bestScore = -1;
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Transactions,
                            ImportKind::Interactions, ImportKind::Surveys, ImportKind::Balances}) {
        const ColumnMapping guess = ColumnMapping::guess(kind, headers);
        const int score = guess.missingRequiredFields().isEmpty() ? guess.targets().size() : -1;
        if (score > bestScore) {
            best = kind;
            bestScore = score;
        }
    }
    return best;
}

Result<ImportSource> ImportService::open(const QString &path, const ImportSourceOptions &options)
{
    return ImportSource::open(path, options);
}

Result<ImportPlan> ImportService::check(const ImportSource &source, const ImportRequest &request,
                                        const ConnectionFactory &connections, TaskContext &context)
{
    auto db = connections.connect();
    if (!db)
        return db.error();
    auto existing = ExistingCustomers::load((*db)->connection());
    if (!existing)
        return existing.error();
    const ImportValidator validator(request.mapping, std::move(existing).value(), request.options);
    return validator.validate(source, context.callback());
}

Result<ImportSummary> ImportService::commit(const ImportPlan &plan,
                                            const ConnectionFactory &connections,
                                            TaskContext &context)
{
    // The worker writes through its own connection: a QSqlDatabase belongs to one thread.
    auto db = connections.connect();
    if (!db)
        return db.error();
    return ImportCommitter::commit((*db)->connection(), plan, context.callback());
}

} // namespace valuedesk
