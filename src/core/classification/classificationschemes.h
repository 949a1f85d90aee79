#pragma once

#include "classification.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace valuedesk {

// Every classification scheme behind one interface, with its options as JSON (the form the GUI
// edits, the CLI's --options takes and snapshots store): abc, rfm, cost, loyalty-value, pyramid,
// amount-frequency, tiers, kmeans (README "Classification schemes" lists each scheme's keys).
// Keys left out keep their defaults; an unknown key or bad value is an error naming it.
class ClassificationSchemes final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ClassificationSchemes)

public:
    static QStringList ids();                      // in the order
    static QString displayName(const QString &id); // translated, e.g. "ABC / Pareto (80/20)"
    static Result<QJsonObject> defaultOptions(const QString &id);
    // Whether the options need ClassificationInput::evaluation (value scores or normalised
    // indicators): abc by score, loyalty-value and pyramid by score, k-means on the evaluation.
    // The options read back (defaults filled in), or the error naming the bad key.
    static Result<QJsonObject> validate(const QString &id, const QJsonObject &options);
    static Result<bool> needsEvaluation(const QString &id, const QJsonObject &options);
    // Whether the options name the clv or p_alive metric, which need a BG/NBD fit first.
    static bool usesClvMetrics(const QJsonObject &options);
    static Result<ClassificationResult>
    classify(const QString &id, const ClassificationInput &input, const QJsonObject &options);
};

} // namespace valuedesk
