#include "evaluationchartdata.h"

#include "evaluation/evaluationresultmodel.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace valuedesk {

namespace {

QString fieldOf(const EvaluatedCustomer &c, ChartColouring colouring)
{
    switch (colouring) {
    case ChartColouring::Manager:
        return c.manager;
    case ChartColouring::Region:
        return c.region;
    case ChartColouring::Industry:
        return c.industry;
    case ChartColouring::Status:
        return statusDisplayName(c.status);
    case ChartColouring::Quadrant:
        break;
    }
    return {};
}

} // namespace

QuadrantChartData EvaluationChartData::build(const EvaluationResultModel &results,
                                             const QVector<int> &rows, ChartColouring colouring)
{
    QuadrantChartData data;
    const auto &snapshot = results.snapshot();
    if (!snapshot)
        return data;
    const ValueScores &s = snapshot->result.scores;
    data.currentThreshold = s.currentThreshold;
    data.potentialThreshold = s.potentialThreshold;
    const auto &nodes = snapshot->result.hierarchy.nodes;
    if (s.currentNode >= 0 && s.currentNode < nodes.size())
        data.currentAxisTitle = tr("Current value: %1").arg(nodes.at(s.currentNode).name);
    if (s.potentialNode >= 0 && s.potentialNode < nodes.size())
        data.potentialAxisTitle = tr("Potential value: %1").arg(nodes.at(s.potentialNode).name);

    QHash<QString, int> groupOf;
    if (colouring != ChartColouring::Quadrant) {
        QHash<QString, int> counts;
        for (int row : rows)
            ++counts[fieldOf(results.customerAt(row), colouring)];
        QVector<std::pair<int, QString>> ranked;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (!it.key().isEmpty())
                ranked.append({it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first
                                      : a.second.localeAwareCompare(b.second) < 0;
        });
        for (int i = 0; i < ranked.size() && i < maxColourGroups; ++i) {
            groupOf.insert(ranked.at(i).second, i);
            data.groupNames.append(ranked.at(i).second);
        }
    }
    data.points.reserve(rows.size());
    for (int row : rows) {
        const EvaluatedCustomer &c = results.customerAt(row);
        QuadrantPoint p;
        p.customerId = c.id;
        p.potential = s.potential(row);
        p.current = s.current(row);
        p.revenue = c.revenue;
        p.group =
            colouring == ChartColouring::Quadrant ? -1 : groupOf.value(fieldOf(c, colouring), -1);
        p.overridden = results.overrideAt(row) != nullptr;
        data.points.append(p);
    }
    return data;
}

QString EvaluationChartData::tooltip(const EvaluationResultModel &results, qint64 customerId)
{
    const int row = results.rowOfCustomer(customerId);
    if (row < 0)
        return {};
    const EvaluatedCustomer &c = results.customerAt(row);
    const ValueScores &s = results.snapshot()->result.scores;
    const QLocale locale;
    QString text =
        tr("%1 %2\nManager: %3 · %4\nCurrent %5 · potential %6 · total %7\nRevenue %8 "
           "· data %9")
            .arg(c.code, c.name, c.manager, c.region, locale.toString(s.current(row), 'f', 3),
                 locale.toString(s.potential(row), 'f', 3), locale.toString(s.total(row), 'f', 3),
                 locale.toString(c.revenue, 'f', 0),
                 EvaluationResultModel::completenessMark(s.completeness(row)));
    const Quadrant q = results.effectiveQuadrant(row);
    text += QLatin1Char('\n') + ValueScorer::quadrantDisplayName(q) + QStringLiteral(" — ") +
            ValueScorer::quadrantStrategyName(q);
    if (const QuadrantOverride *manual = results.overrideAt(row))
        text += QLatin1Char('\n') + tr("Set by hand by %1: %2").arg(manual->author, manual->reason);
    return text;
}

} // namespace valuedesk
