#pragma once

#include "classification/classification.h"
#include "metrics/evaluationsnapshot.h"
#include "reporttable.h"
#include "result.h"

#include <QJsonObject>

namespace valuedesk::cli {

// The outputs of `valuedesk-cli classify`: the customers' classes and the per-class summary as
// ReportTables, written as CSV, JSON rows or a text summary.
ReportTable classificationTable(const ClassificationResult &r,
                                const QVector<EvaluatedCustomer> &customers);
ReportTable classSummaryTable(const ClassificationResult &r);
QJsonObject classificationJson(const ClassificationResult &r, const EvaluationWindow &window,
                               const QVector<EvaluatedCustomer> &customers);
Status writeClassificationCsv(const QString &path, const ClassificationResult &r,
                              const QVector<EvaluatedCustomer> &customers);
void printClassificationSummary(const ClassificationResult &r, const EvaluationWindow &window);

} // namespace valuedesk::cli
