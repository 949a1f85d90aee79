#pragma once

#include "classification/classification.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QVector>

#include <functional>

namespace valuedesk::cli {

// One scheme's work once its options are parsed.
struct SchemeJob
{
    // The scheme needs ClassificationInput::evaluation: `classify` evaluates the customers with
    // the AHP model named by --model first (normalised by --normalise, default minmax).
    bool needsEvaluation = false;
    // The options name the clv or p_alive metric (e.g. a churn-risk tier on p_alive): the
    // BG/NBD model is fitted first (EvaluationService::fillClvMetrics).
    bool needsClv = false;
    std::function<Result<ClassificationResult>(const ClassificationInput &)> classify;
};

// A scheme of `valuedesk-cli classify --scheme ID`. `parse` reads the scheme's own options from
// the parsed command line; its error is a usage error (exit 64). A scheme without `parse` is
// not available yet (exit 1).
struct SchemeCommand
{
    QString id;
    std::function<Result<SchemeJob>(const QCommandLineParser &)> parse;
};

// Every scheme, in the order of the issue: abc, rfm, cost, loyalty-value, pyramid,
// amount-frequency, tiers, kmeans. To add one, give its entry a `parse` and add its options to
// schemeOptions() (both in classifyschemes.cpp).
const QVector<SchemeCommand> &schemeCommands();

// The schemes' own options (--by, --cutoffs, --count-shares, --monetary, --thresholds,
// --compare, --model, --normalise …) for the command's parser.
QList<QCommandLineOption> schemeOptions();

} // namespace valuedesk::cli
