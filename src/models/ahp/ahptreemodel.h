#pragma once

#include "ahp/ahpnodeedits.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace valuedesk {

class AhpModelSession;

// The hierarchy of the open AHP model as a tree: name (editable), local and global weight, CR of
// judged nodes and the metric a leaf is bound to. Renames and drag-and-drop moves push undo
// commands on the session's stack.
class AhpTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, LocalWeight, GlobalWeight, ConsistencyRatio, Metric, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, // raw number (weights 0..1, CR) or metric id
        NodePathRole,                 // QVector<int>
        IsLeafRole,
        DirectWeightsRole, // the node's children are weighted by typed weights
    };
    static const QString mimeType;

    explicit AhpTreeModel(QObject *parent = nullptr);
    ~AhpTreeModel() override;

    void setSession(AhpModelSession *session); // nullptr clears
    AhpModelSession *session() const { return m_session; }
    QModelIndex indexOf(const NodePath &path, int column = Name) const;
    NodePath pathOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Item
    {
        Item *parent = nullptr;
        std::vector<std::unique_ptr<Item>> children;
        int row() const;
    };

    Item *itemAt(const QModelIndex &index) const;
    Item *itemAt(const NodePath &path) const;
    NodePath pathOf(const Item *item) const;
    std::unique_ptr<Item> buildItem(const HierarchyNode &node, Item *parent) const;
    void rebuild();
    void refreshValues();
    static NodePath decodePath(const QMimeData *data);

    AhpModelSession *m_session = nullptr;
    std::unique_ptr<Item> m_invisibleRoot; // its only child is the goal
};

} // namespace valuedesk
