#pragma once

#include "ahp/ahpmodel.h"
#include "customer.h"
#include "evaluation.h"

#include <Eigen/Core>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace valuedesk {

// Who an evaluated row is: the customer's id in the file plus what the views show and filter on.
struct EvaluatedCustomer
{
    qint64 id = 0;
    QString code;
    QString name;
    QString industry;
    QString region;
    QString manager;
    CustomerStatus status = CustomerStatus::Active;
    double revenue = 0; // revenue in the window (currency units), sizes the quadrant chart's points
};

// What identifies a stored evaluation (a row of `valuedesk-cli snapshots`).
struct EvaluationSnapshotInfo
{
    qint64 id = 0;       // 0 until stored
    QDateTime createdAt; // UTC
    QString author;      // who ran it (see userName())
    QString label;       // optional free text
    qint64 modelId = 0;  // 0 when the model has been deleted since
    QString modelName;
    int modelVersion = 0;
    EvaluationOptions options;   // window, normalisation, missing rule, axes and split
    double currentThreshold = 0; // the thresholds the quadrants were split at
    double potentialThreshold = 0;
    int customerCount = 0;
    int quadrantCounts[4] = {0, 0, 0, 0}; // indexed by Quadrant
};

// A complete evaluation, stored or about to be: the model exactly as evaluated (its JSON is kept
// with the snapshot, so deleting or editing the model never changes a stored result), the rows
// and the result. customers[i] is row i of result.raw / result.normalised / result.scores.
struct EvaluationSnapshot
{
    EvaluationSnapshotInfo info;
    AhpModel model;
    QVector<EvaluatedCustomer> customers;
    EvaluationResult result;

    // A snapshot of a finished evaluation (customers[i] is row i of the result): info names the
    // model (id, name, version), keeps the options, the thresholds the quadrants were split at
    // and the customers per quadrant. id, createdAt, author and label are left for the caller
    // and the repository.
    static EvaluationSnapshot fromResult(const AhpModel &model, const EvaluationOptions &options,
                                         QVector<EvaluatedCustomer> customers,
                                         EvaluationResult result);

    // The same evaluation with its quadrants split again by `scoring`'s split rule and thresholds
    // (ValueScorer::split; the scores themselves do not change): info keeps the options with the
    // new split and gets the thresholds and customers per quadrant as fromResult() derives them.
    // A changed split is a new evaluation, not saved yet: id 0, no label.
    EvaluationSnapshot resplit(const ScoreOptions &scoring) const;

    // Rebuilds a stored evaluation's result from the model as evaluated, its options and the
    // stored rows: Evaluation::prepare on the model (hierarchy, metrics, rules, leaf weights);
    // raw values with present = not NaN; normalised values with included = not NaN (excluded
    // cells become 0 as Normaliser leaves them) and present copied from raw; scores by
    // ValueScorer::score split at the stored thresholds; the stored quadrants are kept as they
    // are. Errors (translated): the model does not evaluate any more, or the arrays do not
    // match its indicators or each other.
    static Result<EvaluationResult> restore(const AhpModel &model, const EvaluationOptions &options,
                                            const Eigen::MatrixXd &raw,
                                            const Eigen::MatrixXd &normalised,
                                            const QVector<Quadrant> &quadrants,
                                            double currentThreshold, double potentialThreshold);

    // The options as stored with a snapshot (README "Evaluation snapshots"): normalise,
    // winsorise, missing (null: each metric's default), current_criterion / potential_criterion
    // {"index", "name"}, split ("mean", "median", "thresholds") and split_thresholds
    // ({"current", "potential"}, or null unless split is "thresholds"). The window is stored in
    // columns of its own, not here. `hierarchy` names the axis criteria.
    static QJsonObject optionsToJson(const EvaluationOptions &options,
                                     const HierarchyResult &hierarchy);
    // The inverse, with the window given; errors name the bad key.
    static Result<EvaluationOptions> optionsFromJson(const QJsonObject &json,
                                                     const EvaluationWindow &window);
    // The split as `valuedesk-cli evaluate --split` takes it: "mean", "median" or "X,Y".
    static QString splitText(const ScoreOptions &scoring);

    Q_DECLARE_TR_FUNCTIONS(valuedesk::EvaluationSnapshot)
};

} // namespace valuedesk
