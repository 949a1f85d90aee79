#include "evaluationresultmodel.h"

#include "displayformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

QString scoreText(double value)
{
    return DisplayFormat().score(value);
}

} // namespace

EvaluationResultModel::EvaluationResultModel(QObject *parent) : QAbstractTableModel(parent) {}

int EvaluationResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : m_snapshot->customers.size();
}

int EvaluationResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EvaluationResultModel::setSnapshot(std::shared_ptr<const EvaluationSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_rowOfCustomer.clear();
    if (m_snapshot) {
        m_rowOfCustomer.reserve(m_snapshot->customers.size());
        for (int i = 0; i < m_snapshot->customers.size(); ++i)
            m_rowOfCustomer.insert(m_snapshot->customers.at(i).id, i);
    }
    endResetModel();
}

void EvaluationResultModel::setOverrides(const QHash<qint64, QuadrantOverride> &overrides)
{
    m_overrides = overrides;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const EvaluatedCustomer &EvaluationResultModel::customerAt(int row) const
{
    return m_snapshot->customers.at(row);
}

int EvaluationResultModel::rowOfCustomer(qint64 customerId) const
{
    return m_rowOfCustomer.value(customerId, -1);
}

Quadrant EvaluationResultModel::evaluatedQuadrant(int row) const
{
    return m_snapshot->result.scores.quadrants.at(row);
}

const QuadrantOverride *EvaluationResultModel::overrideAt(int row) const
{
    const auto found = m_overrides.constFind(customerAt(row).id);
    return found == m_overrides.cend() ? nullptr : &found.value();
}

Quadrant EvaluationResultModel::effectiveQuadrant(int row) const
{
    const QuadrantOverride *manual = overrideAt(row);
    return manual ? manual->quadrant : evaluatedQuadrant(row);
}

QString EvaluationResultModel::completenessMark(double completeness)
{
    // Four steps: ●●●● complete, ○○○○ nothing but missing-value rules.
    const int filled = static_cast<int>(std::lround(std::clamp(completeness, 0.0, 1.0) * 4.0));
    return QString(filled, QChar(0x25CF)) + QString(4 - filled, QChar(0x25CB));
}

QVariant EvaluationResultModel::sortValue(int row, int column) const
{
    const EvaluatedCustomer &c = customerAt(row);
    const ValueScores &s = m_snapshot->result.scores;
    switch (column) {
    case Code:
        return c.code;
    case Name:
        return c.name;
    case Manager:
        return c.manager;
    case Region:
        return c.region;
    case Industry:
        return c.industry;
    case Status:
        return statusId(c.status);
    case Revenue:
        return c.revenue;
    case Current:
        return s.current(row);
    case Potential:
        return s.potential(row);
    case Total:
        return s.total(row);
    case Completeness:
        return s.completeness(row);
    case QuadrantColumn:
        return static_cast<int>(effectiveQuadrant(row));
    default:
        return {};
    }
}

QVariant EvaluationResultModel::displayValue(int row, int column) const
{
    const EvaluatedCustomer &c = customerAt(row);
    const ValueScores &s = m_snapshot->result.scores;
    switch (column) {
    case Status:
        return statusDisplayName(c.status);
    case Revenue:
        return DisplayFormat().money(c.revenue);
    case Current:
        return scoreText(s.current(row));
    case Potential:
        return scoreText(s.potential(row));
    case Total:
        return scoreText(s.total(row));
    case Completeness:
        return QStringLiteral("%1 %2%")
            .arg(completenessMark(s.completeness(row)))
            .arg(std::lround(s.completeness(row) * 100));
    case QuadrantColumn: {
        const QString name = ValueScorer::quadrantDisplayName(effectiveQuadrant(row));
        return overrideAt(row) ? tr("%1 (manual)").arg(name) : name;
    }
    default:
        return sortValue(row, column);
    }
}

QVariant EvaluationResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_snapshot)
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case ValueRole:
        return sortValue(row, column);
    case CustomerIdRole:
        return customerAt(row).id;
    case QuadrantRole:
        return static_cast<int>(effectiveQuadrant(row));
    case OverriddenRole:
        return overrideAt(row) != nullptr;
    case CompletenessRole:
        return m_snapshot->result.scores.completeness(row);
    case Qt::TextAlignmentRole:
        if (column >= Revenue && column <= Completeness)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == QuadrantColumn && overrideAt(row)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == QuadrantColumn) {
            if (const QuadrantOverride *manual = overrideAt(row))
                return tr("Set by %1 on %2: %3\nEvaluated: %4")
                    .arg(manual->author,
                         QLocale().toString(manual->createdAt.toLocalTime().date(),
                                            QLocale::ShortFormat),
                         manual->reason, ValueScorer::quadrantDisplayName(evaluatedQuadrant(row)));
        }
        if (column == Completeness) {
            const int leaves = static_cast<int>(m_snapshot->result.metrics.size());
            const int backed =
                static_cast<int>(std::lround(m_snapshot->result.scores.completeness(row) * leaves));
            return tr("%1 of %n indicator(s) backed by data; the rest filled or left out by the "
                      "missing-value rules",
                      nullptr, leaves)
                .arg(backed);
        }
        return {};
    default:
        return {};
    }
}

QVariant EvaluationResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Manager:
        return tr("Manager");
    case Region:
        return tr("Region");
    case Industry:
        return tr("Industry");
    case Status:
        return tr("Status");
    case Revenue:
        return tr("Revenue");
    case Current:
        return tr("Current value");
    case Potential:
        return tr("Potential value");
    case Total:
        return tr("Total");
    case Completeness:
        return tr("Data");
    case QuadrantColumn:
        return tr("Quadrant");
    default:
        return {};
    }
}

} // namespace valuedesk
