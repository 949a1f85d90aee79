#pragma once

#include "quadrantchartdata.h"

#include <QCoreApplication>
#include <QVector>

namespace valuedesk {

class EvaluationResultModel;

// What the quadrant chart's points are coloured by.
enum class ChartColouring { Quadrant, Manager, Region, Industry, Status };

// Turns the rows of an evaluation into the quadrant chart's data: axes titled with the two
// criteria, the split at the evaluation's thresholds, point size by window revenue, manual
// overrides marked, colours by quadrant or by a customer field (the most frequent values get a
// colour each, the rest are "Other").
class EvaluationChartData final
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::EvaluationChartData)

public:
    static constexpr int maxColourGroups = 8;

    static QuadrantChartData build(const EvaluationResultModel &results, const QVector<int> &rows,
                                   ChartColouring colouring);
    // Hover text for a customer of the evaluation (empty when not in it).
    static QString tooltip(const EvaluationResultModel &results, qint64 customerId);
};

} // namespace valuedesk
