#pragma once

#include "classification/classification.h"
#include "classificationrepository.h"
#include "connectionfactory.h"
#include "metrics/evaluation.h"
#include "metrics/evaluationsnapshot.h"
#include "result.h"
#include "taskcontext.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace valuedesk {

// A scheme with its options, ready to classify an input.
using Classifier = std::function<Result<ClassificationResult>(const ClassificationInput &)>;

// What "Classify" is asked to do.
struct ClassificationRequest
{
    // Whom to classify: with a snapshot id, the customers of that stored evaluation, over its
    // window and with its value scores (the Classes tab). Without one (0), every customer of the
    // file over `window`, which must be resolved (a valid as-of date, months > 0).
    qint64 snapshotId = 0;
    EvaluationWindow window;
    // Without a snapshot: evaluate with this model first, for schemes that need value scores.
    std::optional<AhpModel> model;
    Normalisation normalise = Normalisation::MinMax;
    // The options name the clv or p_alive metric: the BG/NBD model is fitted first
    // (EvaluationService::fillClvMetrics).
    bool needsClv = false;
    Classifier classify;
    // Store the result with this snapshot (0: nothing is written).
    qint64 saveInto = 0;

    // A scheme of ClassificationSchemes with its (validated) JSON options.
    static Classifier scheme(const QString &id, const QJsonObject &options);
};

struct ClassificationOutcome
{
    EvaluationWindow window;
    std::optional<EvaluationSnapshot> snapshot; // the stored evaluation classified, if any
    QVector<EvaluatedCustomer> customers;       // the customers, in the result's order
    ClassificationResult result;
};

// Reads the customers' metric inputs, fits CLV or evaluates when the scheme needs it, classifies
// and stores the classes with a snapshot: the one pipeline behind the Classes tab's Classify
// button (on a worker thread) and `valuedesk-cli classify`. A cancelled TaskContext stops between
// steps with an Error of code Cancelled, before anything is written.
class ClassificationService final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ClassificationService)

public:
    static Result<ClassificationOutcome> run(const ClassificationRequest &request,
                                             const ConnectionFactory &connections,
                                             TaskContext &context);

    // A stored result's rows (ordered by customer code) put in the snapshot's row order; a
    // customer of the snapshot without a stored row is unclassified.
    static ClassificationResult alignToSnapshot(const StoredClassification &stored,
                                                const EvaluationSnapshot &snapshot);
};

} // namespace valuedesk
