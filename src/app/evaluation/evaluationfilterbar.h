#pragma once

#include "evaluation/evaluationfilterproxymodel.h"
#include "metrics/evaluationsnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace valuedesk {

// Filters above the quadrant chart and its tables: industry, region, account manager, status,
// minimum data completeness, a search over code and name, and the chart's rubber-band selection
// (shown as "N selected" with a Clear button). The choices are the values present in the
// evaluation.
class EvaluationFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationFilterBar(QWidget *parent = nullptr);

    // Fills the choices from the evaluated customers, keeping current choices that still exist.
    void setCustomers(const QVector<EvaluatedCustomer> &customers);
    EvaluationFilterProxyModel::Filter filter() const;
    // A rubber-band selection (empty: none).
    void setSelection(const QSet<qint64> &customers);
    void clear();

    QComboBox *managerCombo() const { return m_manager; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *completenessCombo() const { return m_completeness; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *clearSelectionButton() const { return m_clearSelection; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSelectionLabel();

    QComboBox *m_industry;
    QComboBox *m_region;
    QComboBox *m_manager;
    QComboBox *m_status;
    QComboBox *m_completeness;
    QLineEdit *m_search;
    QLabel *m_selection;
    QPushButton *m_clearSelection;
    QTimer *m_searchDelay;
    QSet<qint64> m_selected;
};

} // namespace valuedesk
