#pragma once

#include "metrics/evaluationsnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace valuedesk {

// The row at the top of the Evaluation tab: which evaluation is shown (the stored snapshots in a
// combo box, newest first, after the unsaved one if any), Save and Delete, and a line about it.
class SnapshotBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SnapshotBar(QWidget *parent = nullptr);

    // "24 Nov 2026 09:30 · Model v3 · 12 months to 2026-06-30": how a stored evaluation is named in
    // lists (the Evaluation and Classes tabs).
    static QString title(const EvaluationSnapshotInfo &info);

    // Lists the unsaved evaluation (if any) and the stored ones and chooses `select` (else the
    // first entry when `showing`), without emitting snapshotChosen.
    void setSnapshots(const EvaluationSnapshotInfo *unsaved,
                      const QVector<EvaluationSnapshotInfo> &stored, qint64 select, bool showing);
    void setActions(bool canSave, bool canDelete);
    void setInfo(const QString &text);
    // The line about the evaluation shown (none: a hint when a file is open); Delete asks about it.
    void showInfo(const EvaluationSnapshotInfo *shown, bool fileOpen);

    QComboBox *combo() const { return m_snapshots; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }

signals:
    void snapshotChosen(qint64 id); // a stored snapshot, chosen by the user
    void saveRequested();
    void deleteRequested(qint64 id); // the stored snapshot shown, after the user confirmed

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QComboBox *m_snapshots;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_info;
    EvaluationSnapshotInfo m_shown; // id 0: none, or not stored
    bool m_filling = false;
};

} // namespace valuedesk
