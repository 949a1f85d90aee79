#pragma once

#include "ahp/ahpnodeanalysis.h"

#include <QWidget>

class QChartView;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace valuedesk {

// Live results of the pairwise editor: weights as a table and a bar chart, λmax, CI, RI with its
// table, CR with a pass/fail colour, inferred cells, the top suggestions with one-click Apply,
// Auto-repair, and for several evaluators the group consensus and each evaluator's CR (under
// AIP, which has no group matrix, a note says there is no group CR).
class AhpResultsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AhpResultsPanel(QWidget *parent = nullptr);

    void setAnalysis(const NodeAnalysis &analysis, const QStringList &names,
                     const AhpSettings &settings, bool editable);
    void clear();

    QLabel *crLabel() const { return m_cr; }
    QTableWidget *weightsTable() const { return m_weights; }
    QLabel *aggregationNote() const { return m_aggregationNote; }

signals:
    void applySuggestion(const valuedesk::JudgementSuggestion &suggestion);
    void autoRepairRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void fillStatistics();
    void fillSuggestions();
    void fillGroup();
    QString pairName(int row, int column) const;

    NodeAnalysis m_analysis;
    QStringList m_names;
    AhpSettings m_settings;
    bool m_editable = false;

    QChartView *m_chartView;
    QTableWidget *m_weights;
    QLabel *m_error;
    QGroupBox *m_consistencyBox;
    QLabel *m_lambdaCaption;
    QLabel *m_lambda;
    QLabel *m_ciCaption;
    QLabel *m_ci;
    QLabel *m_riCaption;
    QLabel *m_ri;
    QLabel *m_crCaption;
    QLabel *m_cr;
    QLabel *m_inferred;
    QGroupBox *m_suggestionsBox;
    QVBoxLayout *m_suggestionsLayout;
    struct SuggestionRow
    {
        QLabel *label;
        QPushButton *apply;
    };
    QVector<SuggestionRow> m_suggestionRows;
    QPushButton *m_autoRepair;
    QGroupBox *m_groupBox;
    QLabel *m_consensus;
    QLabel *m_aggregationNote;
    QTableWidget *m_evaluators;
};

} // namespace valuedesk
