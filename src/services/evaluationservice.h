#pragma once

#include "connectionfactory.h"
#include "evaluationdatareader.h"
#include "metrics/evaluationsnapshot.h"
#include "result.h"
#include "taskcontext.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace valuedesk {

// What "Evaluate" is asked to do: a model (as the user sees it, saved or not) and the options.
// An invalid options.window.asOf means "the date of the file's last transaction".
struct EvaluationRequest
{
    AhpModel model;
    EvaluationOptions options;
    // Store the evaluation as a dated snapshot by `author` (the GUI always, the CLI with --save);
    // the outcome's info.id is then the stored id.
    bool save = false;
    QString author;
};

// Reads a customer file's data for the window and evaluates every customer: the one pipeline
// behind the GUI's Evaluate button (on a worker thread) and `valuedesk-cli evaluate`. Reports
// progress in three steps (read, compute, done); a cancelled TaskContext stops between steps, and
// the result is then an Error with code Cancelled.
class EvaluationService final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::EvaluationService)

public:
    static Result<EvaluationSnapshot> run(const EvaluationRequest &request,
                                          const ConnectionFactory &connections,
                                          TaskContext &context);
    // A stored evaluation (SnapshotRepository::load) through a connection of its own.
    static Result<EvaluationSnapshot> load(qint64 snapshotId, const ConnectionFactory &connections);
    // The same on a connection the caller holds (for callers that already opened one).
    static Result<EvaluationSnapshot> run(const QSqlDatabase &db, const EvaluationRequest &request,
                                          TaskContext &context);

    // The clv and p_alive metrics (README "Metrics") of every customer of `data`: BG/NBD +
    // Gamma-Gamma fitted once on every customer's purchase days up to `asOf`, in weeks, horizon
    // 52 weeks, 1 % discount per month, margin 1. A failed fit leaves both missing, so the
    // missing-value rule (or a scheme's "unclassified") applies. Done by run() when the model uses
    // them, and by classifications whose options name them (e.g. a churn-risk tier on p_alive).
    static Status fillClvMetrics(const QSqlDatabase &db, const QDate &asOf, EvaluationData &data);
};

} // namespace valuedesk
