#pragma once

#include "clv/clvoutcome.h"
#include "connectionfactory.h"
#include "result.h"
#include "taskcontext.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace valuedesk {

// Reads a file's purchase days (PurchaseHistoryReader), summarises the calibration period and
// fits the models: the pipeline behind the CLV tab's Fit button (on a worker thread with its own
// connection), `valuedesk-cli clv --model bgnbd` and the clv/p_alive metrics. A cancelled
// TaskContext stops between steps (read, summarise, fit, holdout) with an Error of code Cancelled.
class ClvService final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ClvService)

public:
    static Result<ClvOutcome> run(const ClvRequest &request, const ConnectionFactory &connections,
                                  TaskContext &context);
    // The same on a connection the caller holds.
    static Result<ClvOutcome> run(const QSqlDatabase &db, const ClvRequest &request,
                                  TaskContext &context);
    // The fit alone, on purchase histories already read (no labels); progress in three steps.
    static Result<ClvOutcome> fit(const QVector<CustomerPurchases> &histories,
                                  const ClvRequest &request, TaskContext &context);
};

} // namespace valuedesk
