#pragma once

#include "ahp/ahpmodel.h"
#include "customer.h"
#include "evaluation.h"

#include <QDateTime>
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
    qint64 id = 0;        // 0 until stored
    QDateTime createdAt;  // UTC
    QString author;       // who ran it (see userName())
    QString label;        // optional free text
    qint64 modelId = 0;   // 0 when the model has been deleted since
    QString modelName;
    int modelVersion = 0;
    EvaluationOptions options; // window, normalisation, missing rule, axes and split
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
};

} // namespace valuedesk
