#pragma once

#include "ahpmodel.h"
#include "hierarchy.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace valuedesk {

// The model file format (README, "AHP model file"):
// {"name": "…", "method": "eigen|geomean|arith", "ri": "saaty|alonso|donegan",
//  "cr_threshold": 0.1, "template": "lubricant",
//  "root": {"name": "Customer value", "children": [ … ],
//           "matrix": [[1, 3], [0.3333333, 1]]          // null for a missing judgement
//           | "weights": [0.8, 0.2],                    // direct weights instead
//           "evaluators": {"Wang": [[…]], "Li": [[…]]}, // optional, several evaluators
//           "evaluator_order": ["Wang", "Li"],          // optional (JSON objects have no order)
//           "evaluator_weights": {"Wang": 2, "Li": 1},  // optional voting weights
//           "aggregate": "aij|aip",                     // optional, default aij
//           "exact_ratios": false},                     // optional: allow off-scale ratios
// leaves: {"name": "…", "metric": "gross_profit", "direction": "higher|lower"}.
// On export every node also carries "local_weight" and "global_weight", and every non-leaf
// "lambda_max", "ci", "ri", "cr" (null where not defined, e.g. direct weights), plus
// "inferred": [{"row": i, "column": j, "value": v}] for completed cells and "consistent" (null
// like "cr"); group nodes add "evaluator_results": {"Wang": {"weights", "cr", "distance",
// "inferred"}, …} and "consensus"; the model carries "hierarchical_cr", "consistent", "version"
// and "saved_at". Import ignores these computed keys. A "matrix" beside "evaluators" (the
// group's matrix, as in the example) is checked for shape and otherwise not read: the
// evaluators' judgements define the node. A node with one sub-item needs neither matrix nor
// weights (it reads as the 1 × 1 matrix [[1]]).
class AhpModelJson final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpModelJson)

public:
    // Errors name the node by its path ("Customer value › Current value: …").
    static Result<AhpModel> fromJson(const QJsonObject &json);
    // The definition only (what import reads back).
    static QJsonObject toJson(const AhpModel &model);
    // Definition plus computed weights and consistency; the model must evaluate.
    static Result<QJsonObject> toJsonWithResults(const AhpModel &model);

    static QString methodId(PriorityMethod method);        // eigen, geomean, arith
    static QString riId(RandomIndexTable table);           // saaty, alonso, donegan
    static Result<PriorityMethod> parseMethod(const QString &id);
    static Result<RandomIndexTable> parseRi(const QString &id);
};

} // namespace valuedesk
