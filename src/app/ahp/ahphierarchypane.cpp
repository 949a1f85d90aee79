#include "ahphierarchypane.h"

#include "metrics/metriccatalog.h"

#include "ahp/ahpmodelsession.h"
#include "ahp/ahptreemodel.h"
#include "ahp/ahpundocommands.h"
#include "hierarchydiagram.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace valuedesk {

AhpHierarchyPane::AhpHierarchyPane(QWidget *parent)
    : QWidget(parent), m_model(new AhpTreeModel(this)), m_toolBar(new QToolBar(this)),
      m_addChild(new QAction(this)), m_addSibling(new QAction(this)), m_rename(new QAction(this)),
      m_delete(new QAction(this)), m_useJudgements(new QAction(this)),
      m_typeWeights(new QAction(this)), m_tabs(new QTabWidget(this)), m_tree(new QTreeView(this)),
      m_diagram(new HierarchyDiagram(this)), m_bindingBox(new QGroupBox(this)),
      m_metricLabel(new QLabel(this)), m_metric(new QComboBox(this)),
      m_directionLabel(new QLabel(this)), m_direction(new QComboBox(this))
{
    m_addChild->setObjectName(QStringLiteral("actionAddChild"));
    m_addSibling->setObjectName(QStringLiteral("actionAddSibling"));
    m_rename->setObjectName(QStringLiteral("actionRenameNode"));
    m_delete->setObjectName(QStringLiteral("actionDeleteNode"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_rename->setShortcut(Qt::Key_F2);
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    m_useJudgements->setCheckable(true);
    m_typeWeights->setCheckable(true);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_addChild, m_addSibling, m_rename, m_delete});
    m_tree->addActions({m_delete, m_rename});

    m_tree->setObjectName(QStringLiteral("hierarchyTree"));
    m_tree->setModel(m_model);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(AhpTreeModel::Name, QHeaderView::Stretch);
    for (int c = AhpTreeModel::LocalWeight; c < AhpTreeModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_diagram);
    scroll->setWidgetResizable(true);
    m_tabs->addTab(m_tree, QString());
    m_tabs->addTab(scroll, QString());

    m_metric->setObjectName(QStringLiteral("metricCombo"));
    m_metric->setEditable(true);
    m_metric->setInsertPolicy(QComboBox::NoInsert);
    m_direction->setObjectName(QStringLiteral("directionCombo"));
    auto *binding = new QFormLayout(m_bindingBox);
    binding->addRow(m_metricLabel, m_metric);
    binding->addRow(m_directionLabel, m_direction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_bindingBox);

    connect(m_addChild, &QAction::triggered, this, &AhpHierarchyPane::addChild);
    connect(m_addSibling, &QAction::triggered, this, &AhpHierarchyPane::addSibling);
    connect(m_rename, &QAction::triggered, this, &AhpHierarchyPane::renameNode);
    connect(m_delete, &QAction::triggered, this, &AhpHierarchyPane::deleteNode);
    connect(m_useJudgements, &QAction::triggered, this, [this]() { setDirectWeights(false); });
    connect(m_typeWeights, &QAction::triggered, this, [this]() { setDirectWeights(true); });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &AhpHierarchyPane::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        const NodePath path = currentNode();
        m_diagram->setSelectedNode(path);
        updateActions();
        updateBinding();
        emit currentNodeChanged(path);
    });
    connect(m_diagram, &HierarchyDiagram::nodeClicked, this, &AhpHierarchyPane::selectNode);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
    connect(m_metric, &QComboBox::activated, this, &AhpHierarchyPane::bindingEdited);
    connect(m_metric->lineEdit(), &QLineEdit::editingFinished, this,
            &AhpHierarchyPane::bindingEdited);
    connect(m_direction, &QComboBox::activated, this, &AhpHierarchyPane::bindingEdited);
    retranslate();
    updateActions();
    updateBinding();
}

void AhpHierarchyPane::setSession(AhpModelSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setSession(session);
    m_diagram->setSession(session);
    if (session) {
        connect(session, &AhpModelSession::modelChanged, this, [this]() {
            updateActions();
            updateBinding();
        });
        m_tree->setCurrentIndex(m_model->indexOf({}));
    }
    updateActions();
    updateBinding();
    emit currentNodeChanged(currentNode());
}

NodePath AhpHierarchyPane::currentNode() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? m_model->pathOf(current) : NodePath();
}

void AhpHierarchyPane::selectNode(const NodePath &path)
{
    const QModelIndex index = m_model->indexOf(path);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void AhpHierarchyPane::addChild()
{
    const NodePath path = currentNode();
    const HierarchyNode *node = m_session ? m_session->node(path) : nullptr;
    if (!node)
        return;
    const int row = static_cast<int>(node->children().size());
    if (row >= PairwiseMatrix::maxSize) {
        QMessageBox::information(this, tr("Add Sub-item"),
                                 tr("A criterion can have at most %1 sub-items: nobody can "
                                    "compare more pairs consistently.")
                                     .arg(PairwiseMatrix::maxSize));
        return;
    }
    const HierarchyNode child(tr("New criterion %1").arg(row + 1));
    m_session->undoStack()->push(new AddNode(m_session, path, row, child));
    NodePath added = path;
    added.append(row);
    selectNode(added);
    m_tree->edit(m_model->indexOf(added));
}

void AhpHierarchyPane::addSibling()
{
    const NodePath path = currentNode();
    if (!m_session || path.isEmpty())
        return;
    const NodePath parent = path.mid(0, path.size() - 1);
    const HierarchyNode *p = m_session->node(parent);
    if (!p || static_cast<int>(p->children().size()) >= PairwiseMatrix::maxSize)
        return;
    const int row = path.last() + 1;
    const HierarchyNode sibling(tr("New criterion %1").arg(p->children().size() + 1));
    m_session->undoStack()->push(new AddNode(m_session, parent, row, sibling));
    NodePath added = parent;
    added.append(row);
    selectNode(added);
    m_tree->edit(m_model->indexOf(added));
}

void AhpHierarchyPane::renameNode()
{
    if (m_tree->currentIndex().isValid())
        m_tree->edit(m_model->indexOf(currentNode()));
}

void AhpHierarchyPane::deleteNode()
{
    const NodePath path = currentNode();
    if (!m_session || path.isEmpty() || !m_session->node(path))
        return;
    m_session->undoStack()->push(new RemoveNode(m_session, path));
}

void AhpHierarchyPane::setDirectWeights(bool direct)
{
    const NodePath path = currentNode();
    const HierarchyNode *node = m_session ? m_session->node(path) : nullptr;
    if (!node || node->isLeaf() || node->directWeights() == direct)
        return;
    m_session->undoStack()->push(new SetNodeWeightMode(m_session, path, direct));
    updateActions();
}

void AhpHierarchyPane::updateActions()
{
    const NodePath path = currentNode();
    const HierarchyNode *node = m_session ? m_session->node(path) : nullptr;
    m_addChild->setEnabled(node != nullptr);
    m_addSibling->setEnabled(node && !path.isEmpty());
    m_rename->setEnabled(node != nullptr);
    m_delete->setEnabled(node && !path.isEmpty());
    const bool parent = node && !node->isLeaf();
    m_useJudgements->setEnabled(parent);
    m_typeWeights->setEnabled(parent);
    m_useJudgements->setChecked(parent && !node->directWeights());
    m_typeWeights->setChecked(parent && node->directWeights());
}

void AhpHierarchyPane::updateBinding()
{
    const HierarchyNode *node = m_session ? m_session->node(currentNode()) : nullptr;
    const bool leaf = node && node->isLeaf() && !currentNode().isEmpty();
    m_bindingBox->setVisible(leaf);
    if (!leaf)
        return;
    m_updating = true;
    const int index = m_metric->findData(node->metric());
    if (index >= 0)
        m_metric->setCurrentIndex(index);
    else
        m_metric->setEditText(node->metric());
    m_direction->setCurrentIndex(node->direction() == QLatin1String("lower") ? 1 : 0);
    m_updating = false;
}

void AhpHierarchyPane::bindingEdited()
{
    const NodePath path = currentNode();
    const HierarchyNode *node = m_session ? m_session->node(path) : nullptr;
    if (m_updating || !node || !node->isLeaf())
        return;
    // A listed metric carries its id; anything typed (attribute:…, rating:…) is the id itself.
    const int listed = m_metric->findText(m_metric->currentText());
    const QString metric =
        listed >= 0 ? m_metric->itemData(listed).toString() : m_metric->currentText().trimmed();
    const LeafBinding binding{metric, m_direction->currentData().toString()};
    if (binding == m_session->binding(path))
        return;
    m_session->undoStack()->push(new SetLeafBinding(m_session, path, binding));
}

void AhpHierarchyPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    updateActions();
    QMenu menu(this);
    menu.addActions({m_addChild, m_addSibling, m_rename, m_delete});
    const HierarchyNode *node = m_session ? m_session->node(currentNode()) : nullptr;
    if (node && !node->isLeaf()) {
        menu.addSeparator();
        menu.addActions({m_useJudgements, m_typeWeights});
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void AhpHierarchyPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AhpHierarchyPane::retranslate()
{
    m_addChild->setText(tr("Add Sub-item"));
    m_addSibling->setText(tr("Add Sibling"));
    m_rename->setText(tr("Rename"));
    m_delete->setText(tr("Delete"));
    m_useJudgements->setText(tr("Use Judgements"));
    m_typeWeights->setText(tr("Type Weights Directly"));
    m_tabs->setTabText(0, tr("Tree"));
    m_tabs->setTabText(1, tr("Diagram"));
    m_bindingBox->setTitle(tr("Indicator data"));
    m_metricLabel->setText(tr("Metric:"));
    m_directionLabel->setText(tr("Direction:"));
    m_metric->setToolTip(tr("A metric id, or attribute:<name> / rating:<name>"));
    m_updating = true;
    m_metric->clear();
    // One source of truth for the ids, names and definitions: the evaluation's catalogue.
    for (const QString &id : MetricCatalog::fixedIds()) {
        const auto metric = MetricCatalog::parse(id);
        m_metric->addItem(tr("%1 (%2)").arg(MetricCatalog::displayName(*metric), id), id);
        m_metric->setItemData(m_metric->count() - 1, MetricCatalog::definition(*metric),
                              Qt::ToolTipRole);
    }
    m_direction->clear();
    m_direction->addItem(tr("Higher is better"), QStringLiteral("higher"));
    m_direction->addItem(tr("Lower is better"), QStringLiteral("lower"));
    m_updating = false;
    updateBinding();
}

} // namespace valuedesk
