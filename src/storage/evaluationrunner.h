#pragma once

#include "import/importplan.h" // ProgressCallback
#include "evaluationdatareader.h"
#include "metrics/evaluationsnapshot.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace valuedesk {

// What "Evaluate" is asked to do: a model (as the user sees it, saved or not) and the options.
// An invalid options.window.asOf means "the date of the file's last transaction".
struct EvaluationRequest
{
    AhpModel model;
    EvaluationOptions options;
};

// Reads a customer file's data for the window and evaluates every customer: the one pipeline
// behind the GUI's Evaluate button (on a worker thread, with its own connection) and the CLI.
// Reports progress in three steps (read, compute, done); a progress callback returning false
// cancels between steps, and the result is then an error saying so.
class EvaluationRunner final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::EvaluationRunner)

public:
    static Result<EvaluationSnapshot> run(const QSqlDatabase &db, const EvaluationRequest &request,
                                          const ProgressCallback &progress = {});

    // The clv and p_alive metrics (README "Metrics") of every customer of `data`: BG/NBD +
    // Gamma-Gamma fitted once on every customer's purchase days up to `asOf`, in weeks, horizon
    // 52 weeks, 1 % discount per month, margin 1. A failed fit leaves both missing, so the
    // missing-value rule (or a scheme's "unclassified") applies. Done by run() when the model uses
    // them, and by classifications whose options name them (e.g. a churn-risk tier on p_alive).
    static Status fillClvMetrics(const QSqlDatabase &db, const QDate &asOf, EvaluationData &data);
};

} // namespace valuedesk
