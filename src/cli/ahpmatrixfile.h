#pragma once

#include "ahp/pairwisematrix.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace valuedesk::cli {

// One judgement matrix file of `valuedesk-cli ahp --matrix M.json` (README, "AHP matrix file"):
// {"criteria": ["Profit", "Sales", …], "matrix": [[1, 3, null], …],
//  "name": "Wang", "weight": 2, "exact_ratios": false}
// Cells are numbers, fractions as text ("1/3") or null for a missing judgement; a judgement
// given on one side only gets its reciprocal.
struct AhpMatrixFile
{
    QString path;
    QString name;        // evaluator: "name", else the file's base name
    double weight = 1.0; // voting weight
    PairwiseMatrix matrix;
};

// Errors are one line naming the file and, for a bad value, the cell.
Result<AhpMatrixFile> readAhpMatrixFile(const QString &path);

} // namespace valuedesk::cli
