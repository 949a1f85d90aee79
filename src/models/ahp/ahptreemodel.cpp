#include "ahptreemodel.h"

#include "ahpmodelsession.h"
#include "ahpundocommands.h"
#include "displayformat.h"
#include "palette.h"

#include <QColor>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

namespace valuedesk {

const QString AhpTreeModel::mimeType = QStringLiteral("application/x-valuedesk-ahp-node");

namespace {

QString percent(double value)
{
    // Not localised (as the AHP editors show it): the C locale.
    return DisplayFormat(QLocale::c()).percent(value);
}

} // namespace

int AhpTreeModel::Item::row() const
{
    if (!parent)
        return 0;
    for (std::size_t k = 0; k < parent->children.size(); ++k) {
        if (parent->children[k].get() == this)
            return static_cast<int>(k);
    }
    return 0;
}

AhpTreeModel::AhpTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_invisibleRoot(std::make_unique<Item>())
{}

AhpTreeModel::~AhpTreeModel() = default;

void AhpTreeModel::setSession(AhpModelSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    beginResetModel();
    m_session = session;
    rebuild();
    endResetModel();
    if (!session)
        return;
    connect(
        session, &AhpModelSession::nodeAboutToBeInserted, this,
        [this](const NodePath &parent, int row) { beginInsertRows(indexOf(parent), row, row); });
    connect(session, &AhpModelSession::nodeInserted, this, [this](const NodePath &parent, int row) {
        Item *p = itemAt(parent);
        NodePath childPath = parent;
        childPath.append(row);
        p->children.insert(p->children.begin() + row, buildItem(*m_session->node(childPath), p));
        endInsertRows();
    });
    connect(session, &AhpModelSession::nodeAboutToBeRemoved, this,
            [this](const NodePath &parent, int row) {
                beginRemoveRows(indexOf(parent), row, row);
                Item *p = itemAt(parent);
                p->children.erase(p->children.begin() + row);
            });
    connect(session, &AhpModelSession::nodeRemoved, this, [this]() { endRemoveRows(); });
    connect(session, &AhpModelSession::aboutToReset, this, [this]() { beginResetModel(); });
    connect(session, &AhpModelSession::reset, this, [this]() {
        rebuild();
        endResetModel();
    });
    connect(session, &AhpModelSession::resultsChanged, this, &AhpTreeModel::refreshValues);
    connect(session, &QObject::destroyed, this, [this]() { setSession(nullptr); });
}

std::unique_ptr<AhpTreeModel::Item> AhpTreeModel::buildItem(const HierarchyNode &node,
                                                            Item *parent) const
{
    auto item = std::make_unique<Item>();
    item->parent = parent;
    for (const HierarchyNode &child : node.children())
        item->children.push_back(buildItem(child, item.get()));
    return item;
}

void AhpTreeModel::rebuild()
{
    m_invisibleRoot->children.clear();
    if (m_session)
        m_invisibleRoot->children.push_back(buildItem(m_session->root(), m_invisibleRoot.get()));
}

void AhpTreeModel::refreshValues()
{
    // Weights anywhere can change with one judgement: repaint every row, one signal per parent.
    std::vector<Item *> pending{m_invisibleRoot.get()};
    while (!pending.empty()) {
        Item *item = pending.back();
        pending.pop_back();
        if (item->children.empty())
            continue;
        const QModelIndex parent =
            item == m_invisibleRoot.get() ? QModelIndex() : indexOf(pathOf(item));
        emit dataChanged(index(0, 0, parent), index(static_cast<int>(item->children.size()) - 1,
                                                    ColumnCount - 1, parent));
        for (const auto &child : item->children)
            pending.push_back(child.get());
    }
}

AhpTreeModel::Item *AhpTreeModel::itemAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_invisibleRoot.get();
}

AhpTreeModel::Item *AhpTreeModel::itemAt(const NodePath &path) const
{
    if (m_invisibleRoot->children.empty())
        return nullptr;
    Item *item = m_invisibleRoot->children.front().get();
    for (int step : path) {
        if (step < 0 || step >= static_cast<int>(item->children.size()))
            return nullptr;
        item = item->children[static_cast<std::size_t>(step)].get();
    }
    return item;
}

NodePath AhpTreeModel::pathOf(const Item *item) const
{
    NodePath path;
    while (item && item->parent && item->parent != m_invisibleRoot.get()) {
        path.prepend(item->row());
        item = item->parent;
    }
    return path;
}

NodePath AhpTreeModel::pathOf(const QModelIndex &index) const
{
    return pathOf(itemAt(index));
}

QModelIndex AhpTreeModel::indexOf(const NodePath &path, int column) const
{
    Item *item = itemAt(path);
    if (!item)
        return {};
    return createIndex(item->row(), column, item);
}

QModelIndex AhpTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Item *p = itemAt(parent);
    return createIndex(row, column, p->children[static_cast<std::size_t>(row)].get());
}

QModelIndex AhpTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Item *item = itemAt(child);
    if (!item->parent || item->parent == m_invisibleRoot.get())
        return {};
    return createIndex(item->parent->row(), 0, item->parent);
}

int AhpTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(itemAt(parent)->children.size());
}

int AhpTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AhpTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NodePath path = pathOf(index);
    const HierarchyNode *node = m_session->node(path);
    if (!node)
        return {};
    const HierarchyNodeResult *result = m_session->nodeResult(path);
    const HierarchyNode *parentNode =
        path.isEmpty() ? nullptr : m_session->node(path.mid(0, path.size() - 1));
    const bool typedWeight = parentNode && parentNode->directWeights();
    const double threshold = m_session->model().settings.crThreshold;
    const bool hasCr = result && result->ahp && !node->isLeaf();

    switch (role) {
    case NodePathRole:
        return QVariant::fromValue(path);
    case IsLeafRole:
        return node->isLeaf();
    case DirectWeightsRole:
        return node->directWeights();
    case Qt::DisplayRole:
    case Qt::EditRole:
    case ValueRole:
        switch (index.column()) {
        case Name:
            return node->name();
        case LocalWeight:
            if (!result || path.isEmpty())
                return {};
            return role == ValueRole ? QVariant(result->localWeight)
                                     : QVariant(percent(result->localWeight));
        case GlobalWeight:
            if (!result)
                return {};
            return role == ValueRole ? QVariant(result->globalWeight)
                                     : QVariant(percent(result->globalWeight));
        case ConsistencyRatio:
            if (node->isLeaf())
                return {};
            if (!hasCr)
                return role == ValueRole ? QVariant() : QVariant(QStringLiteral("—"));
            return role == ValueRole ? QVariant(result->ahp->cr)
                                     : QVariant(DisplayFormat(QLocale::c()).score(result->ahp->cr));
        case Metric:
            return node->isLeaf() ? node->metric() : QString();
        }
        return {};
    case Qt::FontRole:
        if (index.column() == LocalWeight && typedWeight) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ConsistencyRatio && hasCr)
            return result->ahp->cr < threshold ? Palette::success() : Palette::error();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LocalWeight || index.column() == GlobalWeight ||
            index.column() == ConsistencyRatio)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LocalWeight && typedWeight)
            return tr("Weight typed directly, not derived from judgements");
        if (index.column() == ConsistencyRatio && !node->isLeaf() && node->directWeights())
            return tr("Weights typed directly: no consistency ratio");
        if (index.column() == Name && !m_session->results())
            return m_session->results().error().message();
        return {};
    default:
        return {};
    }
}

bool AhpTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_session || role != Qt::EditRole || index.column() != Name ||
        !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString name = value.toString().trimmed();
    const NodePath path = pathOf(index);
    const HierarchyNode *node = m_session->node(path);
    if (name.isEmpty() || !node)
        return false;
    if (name != node->name())
        m_session->undoStack()->push(new RenameNode(m_session, path, name));
    return true;
}

QVariant AhpTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Criterion / indicator");
    case LocalWeight:
        return tr("Local weight");
    case GlobalWeight:
        return tr("Global weight");
    case ConsistencyRatio:
        return tr("CR");
    case Metric:
        return tr("Metric");
    default:
        return {};
    }
}

Qt::ItemFlags AhpTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (index.column() == Name)
        f |= Qt::ItemIsEditable;
    if (index.parent().isValid())
        f |= Qt::ItemIsDragEnabled; // the goal stays where it is
    return f;
}

Qt::DropActions AhpTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AhpTreeModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *AhpTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << quintptr(reinterpret_cast<quintptr>(this)) << pathOf(indexes.first());
    auto *data = new QMimeData;
    data->setData(mimeType, bytes);
    return data;
}

NodePath AhpTreeModel::decodePath(const QMimeData *data)
{
    QByteArray bytes = data ? data->data(mimeType) : QByteArray();
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    quintptr source = 0;
    NodePath path;
    stream >> source >> path;
    return path;
}

bool AhpTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                   const QModelIndex &parent) const
{
    if (!m_session || action != Qt::MoveAction || !data || !data->hasFormat(mimeType) ||
        !parent.isValid())
        return false;
    QByteArray bytes = data->data(mimeType);
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    quintptr source = 0;
    stream >> source;
    if (source != reinterpret_cast<quintptr>(this))
        return false;
    return MoveNode::isValid(*m_session, decodePath(data), pathOf(parent), row);
}

bool AhpTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    m_session->undoStack()->push(new MoveNode(m_session, decodePath(data), pathOf(parent), row));
    // The move is done; the view must not remove the source rows as well (no removeRows()).
    return true;
}

} // namespace valuedesk
