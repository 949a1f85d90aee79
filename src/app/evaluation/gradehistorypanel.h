#pragma once

#include "gradehistory.h"
#include "metrics/evaluationsnapshot.h"
#include "result.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace valuedesk {

class Document;
class TextTableModel;

// The chosen customer's grade history (every stored evaluation's quadrant, manual overrides and
// their withdrawals, oldest first) with "Set quadrant by hand…" and "Withdraw…". Both are undo
// steps on the document's stack (DocumentStore::setGradeOverride); overrides stay an audit trail,
// so undo appends a row restoring the previous grade. The panel follows the document's
// gradeOverridesChanged and snapshotsChanged, whoever wrote the change.
class GradeHistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GradeHistoryPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    // The customer as evaluated in the snapshot shown (snapshotId 0: not stored).
    void setCustomer(const EvaluatedCustomer &customer, Quadrant evaluated, qint64 snapshotId);
    void clear();
    void reload();

    // Without dialogs (the buttons call these after asking).
    Status overrideQuadrant(Quadrant quadrant, const QString &reason);
    Status withdrawOverride(const QString &reason);

    QTableView *historyView() const { return m_view; }
    QPushButton *overrideButton() const { return m_override; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    int entryCount() const { return static_cast<int>(m_entries.size()); }

signals:
    // A quadrant override of any customer was set, withdrawn, undone or redone.
    void overridesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void overrideDialog();
    void withdrawDialog();
    void updateButtons();
    void overridesWritten(qint64 customerId, const QString &scheme);

    Document *m_document = nullptr;
    std::optional<EvaluatedCustomer> m_customer;
    Quadrant m_evaluated = Quadrant::LowLow;
    qint64 m_snapshotId = 0;
    bool m_hasOverride = false;
    QVector<GradeHistoryEntry> m_entries;

    QLabel *m_title;
    QTableView *m_view;
    TextTableModel *m_model;
    QPushButton *m_override;
    QPushButton *m_withdraw;
};

} // namespace valuedesk
