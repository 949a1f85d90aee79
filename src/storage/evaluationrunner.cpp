#include "evaluationrunner.h"

#include "evaluationdatareader.h"

namespace valuedesk {

namespace {

constexpr qint64 steps = 3;

bool report(const ProgressCallback &progress, qint64 done)
{
    return !progress || progress(done, steps);
}

} // namespace

Result<EvaluationSnapshot> EvaluationRunner::run(const QSqlDatabase &db,
                                                 const EvaluationRequest &request,
                                                 const ProgressCallback &progress)
{
    const Error cancelled(tr("The evaluation was cancelled."));
    if (!report(progress, 0))
        return cancelled;
    const EvaluationDataReader reader(db);
    EvaluationOptions options = request.options;
    if (!options.window.asOf.isValid()) {
        auto last = reader.lastTransactionDate();
        if (!last)
            return last.error();
        if (!last->isValid())
            return Error(tr("The customer file has no transactions yet; choose the as-of date of "
                            "the evaluation."));
        options.window.asOf = *last;
    }
    auto data = reader.read(options.window);
    if (!data)
        return data.error();
    if (data->customers.isEmpty())
        return Error(tr("The customer file has no customers to evaluate."));
    if (!report(progress, 1))
        return cancelled;

    auto result = Evaluation::run(request.model, data->inputs, options);
    if (!result)
        return result.error();
    if (!report(progress, 2))
        return cancelled;

    EvaluationSnapshot snapshot;
    snapshot.model = request.model;
    snapshot.customers = std::move(data->customers);
    snapshot.result = std::move(result).value();
    EvaluationSnapshotInfo &info = snapshot.info;
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.modelId = request.model.id;
    info.modelName = request.model.name;
    info.modelVersion = request.model.version;
    info.options = options;
    info.currentThreshold = snapshot.result.scores.currentThreshold;
    info.potentialThreshold = snapshot.result.scores.potentialThreshold;
    info.customerCount = static_cast<int>(snapshot.customers.size());
    for (Quadrant q : snapshot.result.scores.quadrants)
        ++info.quadrantCounts[static_cast<int>(q)];
    report(progress, steps);
    return snapshot;
}

} // namespace valuedesk
