#pragma once

#include "metrics/scoreexplanation.h"

#include <QAbstractTableModel>

namespace valuedesk {

// One row per indicator of a CustomerExplanation: where the value came from and what it added
// to each score. DisplayRole is formatted for the current locale ("—" where there is no value);
// ValueRole gives the raw number (a double, or an invalid QVariant for a missing raw value) for
// sorting, charts and copying. Cells decided by a missing-value rule use a distinct foreground:
// filled ones filledColor(), excluded ones excludedColor().
class ExplanationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Indicator,
        Criterion,
        Metric,
        Raw,
        Normalised,
        GlobalWeight,
        EffectiveWeight, // after re-normalising this customer's excluded indicators
        Contribution,    // to the total score
        ContributionCurrent,
        ContributionPotential,
        Rule,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1 };

    explicit ExplanationTableModel(QObject *parent = nullptr);

    void setExplanation(const CustomerExplanation &explanation);
    void clear();
    const CustomerExplanation &explanation() const { return m_explanation; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The table as tab-separated text with a header line (DisplayRole), for the clipboard.
    QString toTsv() const;

    static QColor filledColor();
    static QColor excludedColor();

private:
    QVariant display(const IndicatorExplanation &x, int column) const;
    QVariant value(const IndicatorExplanation &x, int column) const;
    QString toolTip(const IndicatorExplanation &x, int column) const;

    CustomerExplanation m_explanation;
};

} // namespace valuedesk
