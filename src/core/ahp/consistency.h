#pragma once

#include "priorityvector.h"

#include <QCoreApplication>
#include <QString>

#include <Eigen/Core>

namespace valuedesk {

// Which published random-index table turns CI into CR. The same matrix's CR differs by up to
// ~20 % between tables, so results always carry the table used.
enum class RandomIndexTable {
    Saaty1980,        // Saaty (1980), the default
    AlonsoLamata2006, // Alonso & Lamata (2006)
    DoneganDodd1991,  // Donegan & Dodd (1991)
};

struct AhpSettings
{
    PriorityMethod method = PriorityMethod::Eigenvector;
    RandomIndexTable randomIndex = RandomIndexTable::Saaty1980;
    double crThreshold = 0.10; // Saaty's 10 % rule
};

struct AhpResult
{
    Eigen::VectorXd weights;
    double lambdaMax = 0; // Perron root (eigenvector) or mean of (Aw)_i/w_i (other methods)
    double ci = 0;
    double ri = 0;
    double cr = 0;
    bool consistent = true;
    PriorityMethod method = PriorityMethod::Eigenvector;
    RandomIndexTable randomIndex = RandomIndexTable::Saaty1980;
};

class Consistency final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpConsistency)

public:
    // RI for n = 1..15 (0 for n ≤ 2: every 1×1 and 2×2 reciprocal matrix is consistent).
    static double randomIndex(RandomIndexTable table, int n);
    static QString tableName(RandomIndexTable table);
    static QString tableId(RandomIndexTable table);

    // Weights, λmax, CI = (λmax − n)/(n − 1), CR = CI/RI of a complete positive reciprocal
    // matrix with 1 ≤ n ≤ 15. CI is clamped at 0 because rounding can put λmax a hair below n.
    static AhpResult analyse(const Eigen::MatrixXd &a, const AhpSettings &settings = {});
};

} // namespace valuedesk
