#pragma once

#include "pairwisematrix.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

namespace valuedesk {

enum class CompletionMethod {
    // Bozóki, Fülöp & Rónyai (2010): choose the missing entries that minimise λmax of the
    // completed matrix (the method AHPy uses). The default.
    LambdaMax,
    // Harker (1987): eigenvector of the matrix with missing entries set to 0 and the diagonal
    // raised by the number of missing entries per row; missing a_ij := w_i / w_j.
    Harker,
};

struct InferredCell
{
    int row = 0; // row < column; the reciprocal is implied
    int column = 0;
    double value = 1;
};

struct CompletionResult
{
    PairwiseMatrix completed; // JudgementMode::ExactRatio: inferred values are off the scale
    QVector<InferredCell> inferred;
};

// Completes an incomplete pairwise comparison matrix whose known judgements connect all criteria.
class MatrixCompletion final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpMatrixCompletion)

public:
    // Error naming the criteria that are not linked to the first one by any chain of judgements.
    static Status checkConnected(const PairwiseMatrix &matrix);

    // A complete input is returned unchanged with no inferred cells.
    static Result<CompletionResult> complete(const PairwiseMatrix &matrix,
                                             CompletionMethod method = CompletionMethod::LambdaMax);
};

} // namespace valuedesk
