#pragma once

#include "ahp/ahpmodel.h"
#include "metrics/evaluation.h"
#include "metrics/evaluationsnapshot.h"
#include "reporttable.h"
#include "result.h"

#include <QJsonObject>

namespace valuedesk::cli {

// The outputs of `valuedesk-cli evaluate`: one ReportTable per evaluation, written as CSV, JSON
// rows or a text summary.
ReportTable evaluationTable(const QVector<EvaluatedCustomer> &customers, const EvaluationResult &r);
QJsonObject evaluationJson(const AhpModel &model, Normalisation method, const QString &split,
                           const EvaluationWindow &window,
                           const QVector<EvaluatedCustomer> &customers, const EvaluationResult &r);
Status writeEvaluationCsv(const QString &path, const QVector<EvaluatedCustomer> &customers,
                          const EvaluationResult &r);
void printEvaluationSummary(const AhpModel &model, Normalisation method, const QString &split,
                            const EvaluationWindow &window, const EvaluationResult &r);

} // namespace valuedesk::cli
