#include "quadrantsummarymodel.h"

#include "displayformat.h"
#include "evaluationresultmodel.h"

#include <QLocale>

namespace valuedesk {

namespace {

QString percentText(double part, double whole)
{
    return DisplayFormat().percentOf(part, whole);
}

} // namespace

QuadrantSummaryModel::QuadrantSummaryModel(QObject *parent)
    : QAbstractTableModel(parent), m_rows(totalRow + 1)
{}

int QuadrantSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalRow + 1;
}

int QuadrantSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void QuadrantSummaryModel::clear()
{
    m_rows = QVector<Row>(totalRow + 1);
    emit dataChanged(index(0, 0), index(totalRow, ColumnCount - 1));
}

void QuadrantSummaryModel::summarise(const EvaluationResultModel &results, const QVector<int> &rows)
{
    QVector<Row> sums(totalRow + 1);
    if (const auto &snapshot = results.snapshot()) {
        const ValueScores &s = snapshot->result.scores;
        for (int row : rows) {
            for (Row *r :
                 {&sums[static_cast<int>(results.effectiveQuadrant(row))], &sums[totalRow]}) {
                ++r->customers;
                r->revenue += results.customerAt(row).revenue;
                r->current += s.current(row);
                r->potential += s.potential(row);
                r->total += s.total(row);
            }
        }
    }
    for (Row &r : sums) {
        if (r.customers > 0) {
            r.current /= r.customers;
            r.potential /= r.customers;
            r.total /= r.customers;
        }
    }
    m_rows = sums;
    emit dataChanged(index(0, 0), index(totalRow, ColumnCount - 1));
}

QVariant QuadrantSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Row &all = m_rows.at(totalRow);
    const bool isTotal = index.row() == totalRow;
    if (role == QuadrantRole)
        return isTotal ? -1 : index.row();
    if (role == ValueRole) {
        switch (index.column()) {
        case QuadrantColumn:
            return isTotal ? -1 : index.row();
        case Customers:
            return r.customers;
        case CustomerShare:
            return all.customers > 0 ? double(r.customers) / all.customers : 0.0;
        case Revenue:
            return r.revenue;
        case RevenueShare:
            return all.revenue > 0 ? r.revenue / all.revenue : 0.0;
        case AvgCurrent:
            return r.current;
        case AvgPotential:
            return r.potential;
        case AvgTotal:
            return r.total;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != QuadrantColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == QuadrantColumn && !isTotal)
        // The column shows the strategy; the tooltip says which quadrant it is.
        return ValueScorer::quadrantDisplayName(static_cast<Quadrant>(index.row()));
    if (role != Qt::DisplayRole)
        return {};
    const bool empty = r.customers == 0;
    switch (index.column()) {
    case QuadrantColumn:
        return isTotal ? tr("All shown")
                       : ValueScorer::quadrantStrategyName(static_cast<Quadrant>(index.row()));
    case Customers:
        return QLocale().toString(r.customers);
    case CustomerShare:
        return percentText(r.customers, all.customers);
    case Revenue:
        return DisplayFormat().money(r.revenue, 0);
    case RevenueShare:
        return percentText(r.revenue, all.revenue);
    case AvgCurrent:
        return empty ? QStringLiteral("—") : DisplayFormat().score(r.current);
    case AvgPotential:
        return empty ? QStringLiteral("—") : DisplayFormat().score(r.potential);
    case AvgTotal:
        return empty ? QStringLiteral("—") : DisplayFormat().score(r.total);
    default:
        return {};
    }
}

QVariant QuadrantSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuadrantColumn:
        return tr("Quadrant");
    case Customers:
        return tr("Customers");
    case CustomerShare:
        return tr("Share");
    case Revenue:
        return tr("Revenue");
    case RevenueShare:
        return tr("Revenue share");
    case AvgCurrent:
        return tr("Avg current");
    case AvgPotential:
        return tr("Avg potential");
    case AvgTotal:
        return tr("Avg total");
    default:
        return {};
    }
}

} // namespace valuedesk
