#pragma once

#include "ahp/ahpnodeedits.h"
#include "result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QUndoStack;

namespace valuedesk {

class AhpHierarchyPane;
class AhpModelSession;
class Document;
class HierarchyConsistencyLabel;
class PairwiseEditor;

// The "Value model (AHP)" tab: the customer file's AHP models (new from a template, import and
// export JSON, rename, save as a new version, revert, delete, settings), the model's overall
// consistency, the hierarchy editor and the pairwise editor of the selected criterion. Each open
// model has its own undo stack.
class AhpWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit AhpWorkspace(QWidget *parent = nullptr);
    ~AhpWorkspace() override;

    void setDocument(Document *document); // nullptr closes
    AhpModelSession *session() const { return m_session; }
    QUndoStack *undoStack() const; // of the open model, or nullptr
    AhpHierarchyPane *hierarchyPane() const { return m_hierarchy; }
    PairwiseEditor *pairwiseEditor() const { return m_editor; }
    QComboBox *modelCombo() const { return m_models; }
    HierarchyConsistencyLabel *consistencyLabel() const { return m_consistency; }

    // Without dialogs (the dialogs call these).
    Status createModel(const QString &templateId, const QString &name, bool chinese);
    Status importModel(const QString &path);
    Status exportModel(const QString &path) const;
    Status saveModel();
    Status openModel(qint64 id);
    Status deleteModel();
    // Renames the open model (an undo step; the next save stores the name). Refuses an empty
    // name or one another model of the file already has.
    Status renameModel(const QString &name);

    // The weight sensitivity's "Apply to model": the children of `parent` get direct weights in
    // model `modelId` (opened here if another one is open), as one undo step the user then saves
    // or undoes. Refuses when the model is no longer the version that was evaluated.
    Status applyDirectWeights(qint64 modelId, int evaluatedVersion, const NodePath &parent,
                              const QVector<double> &weights);

    // Asks to save unsaved model changes: false when the user cancelled (or saving failed).
    bool maybeSave();

    void newModelDialog();
    void importDialog();
    void exportDialog();
    void renameDialog();
    void revert();
    void deleteDialog();
    void settingsDialog();

signals:
    void undoStackChanged(QUndoStack *stack);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillModelList(qint64 select);
    void setSession(AhpModelSession *session);
    void updateState();
    void modelChosen(int index);

    Document *m_document = nullptr;
    AhpModelSession *m_session = nullptr;
    bool m_filling = false;

    QLabel *m_modelLabel;
    QComboBox *m_models;
    QPushButton *m_new;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_rename;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QPushButton *m_settings;
    QLabel *m_state;
    HierarchyConsistencyLabel *m_consistency;
    QLabel *m_hierarchyError;
    QSplitter *m_splitter;
    AhpHierarchyPane *m_hierarchy;
    PairwiseEditor *m_editor;
};

} // namespace valuedesk
