#pragma once

#include "clvservice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace valuedesk {

// The CLV tab's options: calibration end (the last purchase day, or an earlier date whose later
// purchases form the holdout), time unit, horizon in months, monthly discount rate, margin and
// the churn-risk threshold on P(alive), plus the Fit button.
class ClvOptionsBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ClvOptionsBar(QWidget *parent = nullptr);

    // The file's last purchase day: the default calibration end, and the holdout date's limit.
    void setLastPurchase(const QDate &date);
    ClvRequest request() const;
    double churnThreshold() const; // 0 … 1

    QCheckBox *holdoutCheck() const { return m_holdout; }
    QDateEdit *calibrationEndEdit() const { return m_calibrationEnd; }
    QComboBox *unitCombo() const { return m_unit; }
    QSpinBox *horizonSpin() const { return m_horizon; }
    QDoubleSpinBox *discountSpin() const { return m_discount; }
    QDoubleSpinBox *marginSpin() const { return m_margin; }
    QDoubleSpinBox *churnSpin() const { return m_churn; }
    QPushButton *fitButton() const { return m_fit; }

signals:
    void fitRequested();
    void churnThresholdChanged(double threshold);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCheckBox *m_holdout;
    QDateEdit *m_calibrationEnd;
    QLabel *m_unitLabel;
    QComboBox *m_unit;
    QLabel *m_horizonLabel;
    QSpinBox *m_horizon;
    QLabel *m_discountLabel;
    QDoubleSpinBox *m_discount;
    QLabel *m_marginLabel;
    QDoubleSpinBox *m_margin;
    QLabel *m_churnLabel;
    QDoubleSpinBox *m_churn;
    QPushButton *m_fit;
};

} // namespace valuedesk
