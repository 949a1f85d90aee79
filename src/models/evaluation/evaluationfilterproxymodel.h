#pragma once

#include "metrics/valuescorer.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace valuedesk {

// What the quadrant view shows: equal-match filters on industry, region, manager and status
// (empty = any), the quadrants to keep, a minimum data completeness, a text search over code and
// name, and an optional set of customers (a rubber-band selection on the chart). Sorts by
// EvaluationResultModel::ValueRole, so numbers sort as numbers.
class EvaluationResultModel;

class EvaluationFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    struct Filter
    {
        QString industry;
        QString region;
        QString manager;
        QString status;      // statusId, or empty
        QSet<int> quadrants; // int(Quadrant); empty = all four
        double minCompleteness = 0;
        QString text;
        bool restrictToCustomers = false;
        QSet<qint64> customers;

        bool operator==(const Filter &other) const;
    };

    explicit EvaluationFilterProxyModel(QObject *parent = nullptr);

    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // The source rows accepted by the filter, in source order (charts and summaries).
    QVector<int> acceptedSourceRows() const;
    // Whether `filter` keeps row `row` of `source` (the proxy's rule, usable without a proxy).
    static bool accepts(const EvaluationResultModel &source, int row, const Filter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter;
};

} // namespace valuedesk
