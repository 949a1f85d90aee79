#pragma once

#include "classification/classification.h"

#include <QAbstractTableModel>

namespace valuedesk {

// Per class of a classification (display order, then "Unclassified" when any): customers, their
// share, the total of the scheme's measure and its share — "20 % of customers make 80 % of
// revenue" — and the last row the total.
class ClassSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClassColumn, Customers, CustomerShare, MeasureTotal, MeasureShare, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1,
        ClassRole /* class index, -1 unclassified, -2 total */
    };

    struct Row
    {
        int classIndex = -2;
        QString name;
        int customers = 0;
        double measure = 0;
    };

    explicit ClassSummaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setResult(const ClassificationResult &result);
    const QVector<Row> &rows() const { return m_rows; }

    // ClassificationSummary::of as rows, in class order; unclassified last when any (its measure
    // is not counted), the total not included.
    static QVector<Row> summarise(const ClassificationResult &result);

private:
    QVector<Row> m_rows; // classes, unclassified, total
    QString m_measureId;
};

} // namespace valuedesk
