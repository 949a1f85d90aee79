#include "clvrunner.h"

#include "customerrepository.h"
#include "purchasehistoryreader.h"

#include <limits>

namespace valuedesk {

namespace {

constexpr qint64 steps = 5;

bool report(const ProgressCallback &progress, qint64 done)
{
    return !progress || progress(done, steps);
}

Error cancelled()
{
    return Error(ClvRunner::tr("The fit was cancelled."));
}

} // namespace

Result<ClvOutcome> ClvRunner::run(const QSqlDatabase &db, const ClvRequest &request,
                                  const ProgressCallback &progress)
{
    if (!report(progress, 0))
        return cancelled();
    auto histories = PurchaseHistoryReader::read(db);
    if (!histories)
        return histories.error();
    auto customers = CustomerRepository(db).page({}, 0, std::numeric_limits<int>::max());
    if (!customers)
        return customers.error();
    if (!report(progress, 1))
        return cancelled();
    auto outcome = run(*histories, request, [&progress](qint64 done, qint64 total) {
        return !progress || progress(1 + done * (steps - 1) / std::max<qint64>(total, 1), steps);
    });
    if (!outcome)
        return outcome;
    outcome->labels.reserve(customers->size());
    for (const Customer &c : std::as_const(*customers))
        outcome->labels.insert(c.code, {c.id, c.name});
    return outcome;
}

Result<ClvOutcome> ClvRunner::run(const QVector<CustomerPurchases> &histories,
                                  const ClvRequest &request, const ProgressCallback &progress)
{
    constexpr qint64 inner = 3;
    const auto step = [&progress](qint64 done) {
        return !progress || progress(done, inner);
    };
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
    if (!step(1))
        return cancelled();

    auto result = ProbabilisticClv::run(*data, request.unit, request.options);
    if (!result)
        return result.error();
    if (!step(2))
        return cancelled();
    if (outcome.holdoutEnd.isValid())
        outcome.holdout = ProbabilisticClv::holdoutCheck(result->bgNbd.params, *data);
    outcome.result = std::move(result).value();
    step(inner);
    return outcome;
}

} // namespace valuedesk
