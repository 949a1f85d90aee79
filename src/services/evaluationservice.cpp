#include "evaluationservice.h"

#include "clvservice.h"
#include "evaluationdatareader.h"
#include "purchasehistoryreader.h"
#include "snapshotrepository.h"

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

constexpr qint64 steps = 3;

bool usesClv(const AhpModel &model, const EvaluationOptions &options)
{
    auto prepared = Evaluation::prepare(model, options);
    if (!prepared)
        return false; // Evaluation::run reports the same error
    return std::any_of(prepared->metrics.cbegin(), prepared->metrics.cend(), [](const MetricId &m) {
        return m.kind == MetricKind::Clv || m.kind == MetricKind::PAlive;
    });
}

} // namespace

Status EvaluationService::fillClvMetrics(const QSqlDatabase &db, const QDate &asOf,
                                         EvaluationData &data)
{
    auto histories = PurchaseHistoryReader::read(db);
    if (!histories)
        return histories.error();
    ClvRequest request;
    request.calibrationEnd = asOf;
    request.unit = ClvTimeUnit::Week;
    request.options.horizon = 52;
    request.options.monthlyDiscountRate = 0.01;
    request.options.margin = 1;
    request.withHoldout = false;
    TaskContext uncancellable;
    auto fitted = ClvService::fit(*histories, request, uncancellable);
    if (!fitted)
        return Status::success();
    QHash<QString, const CustomerClv *> byCode;
    byCode.reserve(fitted->result.customers.size());
    for (const CustomerClv &c : std::as_const(fitted->result.customers))
        byCode.insert(c.summary.customer, &c);
    for (qsizetype i = 0; i < data.customers.size(); ++i) {
        const CustomerClv *c = byCode.value(data.customers.at(i).code);
        if (!c)
            continue;
        MetricInputs &in = data.inputs[i];
        if (std::isfinite(c->clv))
            in.clv = c->clv;
        if (std::isfinite(c->probabilityAlive))
            in.pAlive = c->probabilityAlive;
    }
    return Status::success();
}

Result<EvaluationSnapshot> EvaluationService::run(const EvaluationRequest &request,
                                                  const ConnectionFactory &connections,
                                                  TaskContext &context)
{
    // A connection belongs to its thread: the worker gets its own on the open file.
    auto db = connections.connect();
    if (!db)
        return db.error();
    return run((*db)->connection(), request, context);
}

Result<EvaluationSnapshot> EvaluationService::load(qint64 snapshotId,
                                                   const ConnectionFactory &connections)
{
    auto db = connections.connect();
    if (!db)
        return db.error();
    return SnapshotRepository((*db)->connection()).load(snapshotId);
}

Result<EvaluationSnapshot> EvaluationService::run(const QSqlDatabase &db,
                                                  const EvaluationRequest &request,
                                                  TaskContext &context)
{
    const Error cancelled(tr("The evaluation was cancelled."), {}, Error::Code::Cancelled);
    if (!context.report(0, steps))
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
    if (usesClv(request.model, options)) {
        if (Status filled = fillClvMetrics(db, options.window.asOf, *data); !filled)
            return filled.error();
    }
    if (!context.report(1, steps))
        return cancelled;

    auto result = Evaluation::run(request.model, data->inputs, options);
    if (!result)
        return result.error();
    if (!context.report(2, steps))
        return cancelled;

    EvaluationSnapshot snapshot = EvaluationSnapshot::fromResult(
        request.model, options, std::move(data->customers), std::move(result).value());
    snapshot.info.createdAt = QDateTime::currentDateTimeUtc();
    if (request.save) {
        snapshot.info.author = request.author;
        if (auto saved = SnapshotRepository(db).save(snapshot); !saved)
            return saved.error();
    }
    context.report(steps, steps);
    return snapshot;
}

} // namespace valuedesk
