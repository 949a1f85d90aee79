#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace valuedesk {

// A cross-tab of two gradings of the same customers (e.g. ABC class × value quadrant): rows are
// the first grading's classes, columns the second's, each cell the number of customers and their
// revenue; the last row and column are totals. "Where are the A customers with low potential?"
class CrossTabModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { CountRole = Qt::UserRole + 1, RevenueRole };

    explicit CrossTabModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // rowClass[i] / columnClass[i]: customer i's class index in each grading (-1: none, such
    // customers are left out); revenue[i] its revenue. The three vectors are parallel.
    void setGradings(const QStringList &rowNames, const QVector<int> &rowClass,
                     const QStringList &columnNames, const QVector<int> &columnClass,
                     const QVector<double> &revenue);
    int count(int row, int column) const; // a total row/column included
    double revenue(int row, int column) const;

private:
    QStringList m_rowNames;
    QStringList m_columnNames;
    QVector<int> m_counts; // (rows + 1) × (columns + 1)
    QVector<double> m_revenue;
};

} // namespace valuedesk
