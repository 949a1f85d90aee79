#pragma once

#include "classification/classification.h"

#include <QAbstractTableModel>

#include <memory>

namespace valuedesk {

// One row per customer of a classification: code, name, manager, the class, the measure, then
// the scheme's own numeric fields (ABC rank and shares, RFM recency/frequency/monetary and
// scores …) and text fields (the RFM code). DisplayRole is formatted; ValueRole is the raw value
// for sorting; ClassRole is the class index (-1 unclassified).
class ClassificationResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum FixedColumn { Code, Name, Manager, ClassColumn, Measure, FixedColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, CustomerIdRole, ClassRole };

    explicit ClassificationResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // `customers[i]` is row i of `result`.
    void setResult(std::shared_ptr<const ClassificationResult> result,
                   const QVector<EvaluatedCustomer> &customers);
    const std::shared_ptr<const ClassificationResult> &result() const { return m_result; }
    const EvaluatedCustomer &customerAt(int row) const { return m_customers.at(row); }
    int rowOfCustomer(qint64 customerId) const;

    // A heading for a scheme field id ("recency_days" → "Recency (days)"); the id when unknown.
    static QString fieldTitle(const QString &fieldId);

private:
    QVariant value(int row, int column, bool display) const;

    std::shared_ptr<const ClassificationResult> m_result;
    QVector<EvaluatedCustomer> m_customers;
};

} // namespace valuedesk
