#pragma once

#include "metrics/evaluationsnapshot.h"
#include "metrics/scoreexplanation.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QTableView;

namespace valuedesk {

struct QuadrantOverride;

class ExplanationTableModel;

// Why one customer scored as it did, for an account manager to show a branch manager: who the
// customer is, the total, current and potential scores each with a data-completeness mark, the
// ranks, the quadrant with the reason (which threshold), every indicator's part in a table and a
// contribution bar chart, and copying the table to the clipboard.
class ExplanationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationPanel(QWidget *parent = nullptr);

    void setExplanation(const CustomerExplanation &explanation, const EvaluatedCustomer &customer);
    void clear();
    // A manual quadrant in force for the customer (empty: none), shown under the reason.
    void setManualNote(const QString &note);
    // The same for a manual quadrant (null: none): "Set by hand to … by … on …: reason".
    void setManualOverride(const QuadrantOverride *manual);

    // "●●●○" for a share 0 … 1 in quarters (rounded), and its tooltip "7 of 9 indicators …".
    static QString confidenceMark(double share);
    // Translated ordinal, e.g. "12th".
    static QString ordinal(int rank);

    ExplanationTableModel *tableModel() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *scoresLabel() const { return m_scores; }
    QLabel *ranksLabel() const { return m_ranks; }
    QLabel *reasonLabel() const { return m_reason; }
    QLabel *manualLabel() const { return m_manual; }
    QPushButton *copyButton() const { return m_copy; }

public slots:
    void copyTable();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    QString scoreText(const QString &caption, double score, int present, int count) const;

    CustomerExplanation m_explanation;
    EvaluatedCustomer m_customer;
    ExplanationTableModel *m_model;
    QLabel *m_header;
    QLabel *m_scores;
    QLabel *m_ranks;
    QLabel *m_quadrant;
    QLabel *m_reason;
    QLabel *m_manual;
    QTableView *m_table;
    QChartView *m_chartView;
    QPushButton *m_copy;
};

} // namespace valuedesk
