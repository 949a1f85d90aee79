#pragma once

#include "metrics/evaluationsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace valuedesk {

// A manual quadrant override as the views show it (the grade history keeps the full record).
struct QuadrantOverride
{
    Quadrant quadrant = Quadrant::LowLow;
    QString reason;
    QString author;
    QDateTime createdAt; // UTC
};

// One row per customer of an evaluation (a stored snapshot or one just run): who the customer is,
// the window revenue, the three scores, completeness and the quadrant. The quadrant shown is the
// manual override where there is one (marked, with its reason in the tooltip), else the evaluated
// one. DisplayRole is formatted text; ValueRole is the raw number or text for sorting and filters.
class EvaluationResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Manager,
        Region,
        Industry,
        Status,
        Revenue,
        Current,
        Potential,
        Total,
        Completeness,
        QuadrantColumn,
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole + 1,
        CustomerIdRole,
        QuadrantRole,    // the effective quadrant, int(Quadrant)
        OverriddenRole,  // bool
        CompletenessRole // 0 … 1
    };

    explicit EvaluationResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Resets the model; overrides are kept only for customers still present.
    void setSnapshot(std::shared_ptr<const EvaluationSnapshot> snapshot);
    const std::shared_ptr<const EvaluationSnapshot> &snapshot() const { return m_snapshot; }
    void setOverrides(const QHash<qint64, QuadrantOverride> &overrides);
    const QHash<qint64, QuadrantOverride> &overrides() const { return m_overrides; }

    const EvaluatedCustomer &customerAt(int row) const;
    int rowOfCustomer(qint64 customerId) const; // -1 when not evaluated
    Quadrant evaluatedQuadrant(int row) const;
    Quadrant effectiveQuadrant(int row) const;
    const QuadrantOverride *overrideAt(int row) const; // nullptr when none

    // Sign shown beside a score: the share of indicators backed by data, as filled circles.
    static QString completenessMark(double completeness);

private:
    QVariant displayValue(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    std::shared_ptr<const EvaluationSnapshot> m_snapshot;
    QHash<qint64, QuadrantOverride> m_overrides;
    QHash<qint64, int> m_rowOfCustomer;
};

} // namespace valuedesk
