#pragma once

#include "ahp/ahpnodeedits.h"

#include <QWidget>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QTabWidget;
class QToolBar;
class QTreeView;

namespace valuedesk {

class AhpModelSession;
class AhpTreeModel;
class HierarchyDiagram;

// The hierarchy editor: the tree (add, rename, reorder by drag and drop, delete; every edit an
// undo step) with local and global weights, a diagram tab beside it, and for an indicator the
// metric it is bound to.
class AhpHierarchyPane final : public QWidget
{
    Q_OBJECT

public:
    explicit AhpHierarchyPane(QWidget *parent = nullptr);

    void setSession(AhpModelSession *session);
    NodePath currentNode() const;
    void selectNode(const NodePath &path);
    QTreeView *treeView() const { return m_tree; }
    AhpTreeModel *treeModel() const { return m_model; }
    HierarchyDiagram *diagram() const { return m_diagram; }
    QComboBox *metricCombo() const { return m_metric; }
    QComboBox *directionCombo() const { return m_direction; }

    void addChild();
    void addSibling();
    void renameNode();
    void deleteNode();
    void setDirectWeights(bool direct);

    // Metric ids of the evaluation layer (issue #4), for the binding editor.

signals:
    void currentNodeChanged(const valuedesk::NodePath &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void updateBinding();
    void bindingEdited();
    void showContextMenu(const QPoint &position);

    AhpModelSession *m_session = nullptr;
    AhpTreeModel *m_model;
    QToolBar *m_toolBar;
    QAction *m_addChild;
    QAction *m_addSibling;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_useJudgements;
    QAction *m_typeWeights;
    QTabWidget *m_tabs;
    QTreeView *m_tree;
    HierarchyDiagram *m_diagram;
    QGroupBox *m_bindingBox;
    QLabel *m_metricLabel;
    QComboBox *m_metric;
    QLabel *m_directionLabel;
    QComboBox *m_direction;
    bool m_updating = false;
};

} // namespace valuedesk
