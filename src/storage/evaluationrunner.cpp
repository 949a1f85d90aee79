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

    EvaluationSnapshot snapshot = EvaluationSnapshot::fromResult(
        request.model, options, std::move(data->customers), std::move(result).value());
    snapshot.info.createdAt = QDateTime::currentDateTimeUtc();
    report(progress, steps);
    return snapshot;
}

} // namespace valuedesk
