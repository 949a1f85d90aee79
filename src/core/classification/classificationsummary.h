#pragma once

#include "classification.h"
#include "result.h"

#include <QCoreApplication>
#include <QVector>

namespace valuedesk {

// One class of a ClassificationSummary.
struct ClassSummary
{
    ClassDefinition definition;
    int customers = 0;
    double customerShare = 0; // customers ÷ all customers (0 when there are none)
    double measureTotal = 0;  // Σ measure of the class's customers (missing values left out)
    double measureShare = 0;  // measureTotal ÷ the total over all classes; NaN when that is ≤ 0
};

// Per class: customer count and share, the measure's total and share ("x % of customers make
// y % of revenue"). Unclassified customers (classOf −1) are counted apart and left out of the
// shares' totals of the measure but not of the customer count.
struct ClassificationSummary
{
    QString measureId;
    int customers = 0;
    int unclassified = 0;
    double measureTotal = 0; // Σ over the classified customers
    QVector<ClassSummary> classes;

    static ClassificationSummary of(const ClassificationResult &result);
};

// Two schemes side by side ("Comparing schemes"): customers and revenue per pair of classes,
// rows the first result's classes, columns the second's, both in display order. Unclassified
// customers of either result are left out.
struct ClassificationCrossTab
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::ClassificationCrossTab)

public:
    QVector<ClassDefinition> rows;
    QVector<ClassDefinition> columns;
    QVector<QVector<int>> counts;     // [row][column]
    QVector<QVector<double>> revenue; // [row][column], Σ revenue (missing values left out)

    // Errors (translated): the results (or revenue) do not have the same customers.
    static Result<ClassificationCrossTab> of(const ClassificationResult &first,
                                             const ClassificationResult &second,
                                             const QVector<double> &revenue);
};

} // namespace valuedesk
