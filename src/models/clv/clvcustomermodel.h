#pragma once

#include "clv/clvoutcome.h"

#include <QAbstractTableModel>

#include <memory>

namespace valuedesk {

// One row per customer of a probabilistic CLV fit: code and name (joined with the customer list
// by code), the calibration summary (frequency, recency, T in the fit's unit), P(alive), expected
// purchases and spend over the horizon, CLV and a churn-risk flag (P(alive) below a threshold).
// DisplayRole is formatted ("—" for an unknown value, never "nan"); ValueRole is the raw number
// for sorting and charts (an invalid QVariant when unknown).
class ClvCustomerModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Frequency,
        Recency,
        Age, // T
        ProbabilityAlive,
        ExpectedPurchases,
        ExpectedSpend,
        Clv,
        ChurnRisk,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, CustomerIdRole };

    static constexpr double defaultChurnThreshold = 0.3;

    explicit ClvCustomerModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Null clears the table.
    void setOutcome(std::shared_ptr<const ClvOutcome> outcome);
    const std::shared_ptr<const ClvOutcome> &outcome() const { return m_outcome; }

    double churnThreshold() const { return m_churnThreshold; }
    void setChurnThreshold(double threshold); // a share 0 … 1
    bool isChurnRisk(int row) const;
    int churnRiskCount() const;

private:
    QVariant value(const CustomerClv &c, int column) const;
    QString text(const CustomerClv &c, int column) const;

    std::shared_ptr<const ClvOutcome> m_outcome;
    double m_churnThreshold = defaultChurnThreshold;
};

} // namespace valuedesk
