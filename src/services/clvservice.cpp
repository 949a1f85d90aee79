#include "clvservice.h"

#include "customerrepository.h"
#include "purchasehistoryreader.h"

#include <limits>

namespace valuedesk {

namespace {

constexpr qint64 steps = 5;

Error cancelled()
{
    return Error(ClvService::tr("The fit was cancelled."), {}, Error::Code::Cancelled);
}

} // namespace

Result<ClvOutcome> ClvService::run(const ClvRequest &request, const ConnectionFactory &connections,
                                   TaskContext &context)
{
    auto db = connections.connect();
    if (!db)
        return db.error();
    return run((*db)->connection(), request, context);
}

Result<ClvOutcome> ClvService::run(const QSqlDatabase &db, const ClvRequest &request,
                                   TaskContext &context)
{
    if (!context.report(0, steps))
        return cancelled();
    auto histories = PurchaseHistoryReader::read(db);
    if (!histories)
        return histories.error();
    auto customers = CustomerRepository(db).page({}, 0, std::numeric_limits<int>::max());
    if (!customers)
        return customers.error();
    if (!context.report(1, steps))
        return cancelled();
    // The fit's three steps are the last four of five.
    TaskContext inner([&context](qint64 done, qint64 total) {
        return context.report(1 + done * (steps - 1) / std::max<qint64>(total, 1), steps);
    });
    auto outcome = fit(*histories, request, inner);
    if (!outcome)
        return outcome;
    outcome->labels.reserve(customers->size());
    for (const Customer &c : std::as_const(*customers))
        outcome->labels.insert(c.code, {c.id, c.name});
    return outcome;
}

Result<ClvOutcome> ClvService::fit(const QVector<CustomerPurchases> &histories,
                                   const ClvRequest &request, TaskContext &context)
{
    constexpr qint64 inner = 3;
    ClvOutcome outcome;
    for (const CustomerPurchases &h : histories)
        if (!h.days.isEmpty() && h.days.constLast().date > outcome.lastPurchase)
            outcome.lastPurchase = h.days.constLast().date;
    if (!outcome.lastPurchase.isValid())
        return Error(tr("The customer file has no purchases: there is nothing to fit."));
    outcome.calibrationEnd =
        request.calibrationEnd.isValid() ? request.calibrationEnd : outcome.lastPurchase;
    if (request.withHoldout && outcome.lastPurchase > outcome.calibrationEnd)
        outcome.holdoutEnd = outcome.lastPurchase;

    const CalibrationOptions calibration{outcome.calibrationEnd, request.unit, outcome.holdoutEnd};
    auto data = CalibrationSummary::build(histories, calibration);
    if (!data)
        return data.error();
    outcome.laterCustomers = data->laterCustomers;
    outcome.holdoutLength = data->holdoutLength;
    if (!context.report(1, inner))
        return cancelled();

    auto result = ProbabilisticClv::run(*data, request.unit, request.options);
    if (!result)
        return result.error();
    if (!context.report(2, inner))
        return cancelled();
    if (outcome.holdoutEnd.isValid())
        outcome.holdout = ProbabilisticClv::holdoutCheck(result->bgNbd.params, *data);
    outcome.result = std::move(result).value();
    context.report(inner, inner);
    return outcome;
}

} // namespace valuedesk
