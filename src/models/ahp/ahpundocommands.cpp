#include "ahpundocommands.h"

#include "ahp/saatyscale.h"

#include <cmath>

namespace valuedesk {

namespace {

QString childName(const AhpModelSession &session, const NodePath &parent, int row)
{
    const HierarchyNode *p = session.node(parent);
    if (!p || row < 0 || row >= static_cast<int>(p->children().size()))
        return {};
    return p->children()[static_cast<std::size_t>(row)].name();
}

QString nodeName(const AhpModelSession &session, const NodePath &path)
{
    const HierarchyNode *n = session.node(path);
    return n ? n->name() : QString();
}

NodePath parentOf(const NodePath &path)
{
    return path.mid(0, path.size() - 1);
}

int countChildren(const AhpModelSession &session, const NodePath &path)
{
    const HierarchyNode *n = session.node(path);
    return n ? static_cast<int>(n->children().size()) : 0;
}

} // namespace

bool JudgementAccess::same(const Value &a, const Value &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a));
}

NodeNameAccess::Value NodeNameAccess::get(const AhpModelSession &s, const Key &k)
{
    return nodeName(s, k);
}

WeightingAccess::Value WeightingAccess::get(const AhpModelSession &s, const Key &k)
{
    const HierarchyNode *n = s.node(k);
    return n ? ahpedit::weightingOf(*n) : NodeWeighting();
}

SetJudgement::SetJudgement(AhpModelSession *session, const JudgementKey &key,
                           std::optional<double> value, QUndoCommand *parent, Merge merge)
    : ChangeValue(session, key, value,
                  tr("Judge “%1” against “%2”: %3")
                      .arg(childName(*session, key.path, key.row),
                           childName(*session, key.path, key.column),
                           value ? SaatyScale::toFraction(*value) : QStringLiteral("—")),
                  parent),
      m_merge(merge)
{}

ClearJudgement::ClearJudgement(AhpModelSession *session, const JudgementKey &key)
    : SetJudgement(session, key, std::nullopt)
{
    setText(tr("Clear the judgement of “%1” against “%2”")
                .arg(childName(*session, key.path, key.row),
                     childName(*session, key.path, key.column)));
}

RenameNode::RenameNode(AhpModelSession *session, const NodePath &path, const QString &name)
    : ChangeValue(session, path, name,
                  tr("Rename “%1” to “%2”").arg(nodeName(*session, path), name))
{}

SetLeafBinding::SetLeafBinding(AhpModelSession *session, const NodePath &path,
                               const LeafBinding &binding)
    : ChangeValue(session, path, binding,
                  tr("Bind “%1” to %2").arg(nodeName(*session, path), binding.metric))
{}

SetSettings::SetSettings(AhpModelSession *session, const AhpSettings &settings)
    : ChangeValue(session, 0, settings, tr("Change the model settings"))
{}

namespace {

QString evaluatorName(const AhpModelSession &session, const EvaluatorKey &key)
{
    const HierarchyNode *n = session.node(key.path);
    if (!n || key.evaluator < 0 || key.evaluator >= n->evaluators().size())
        return {};
    return n->evaluators().at(key.evaluator).name;
}

} // namespace

SetVotingWeight::SetVotingWeight(AhpModelSession *session, const EvaluatorKey &key, double weight)
    : ChangeValue(session, key, weight,
                  tr("Voting weight of %1 under “%2”: %3")
                      .arg(evaluatorName(*session, key), nodeName(*session, key.path),
                           QString::number(weight, 'g', 4)))
{}

SetAggregation::SetAggregation(AhpModelSession *session, const NodePath &path,
                               GroupAggregation aggregation)
    : ChangeValue(
          session, path, aggregation,
          aggregation == GroupAggregation::Priorities
              ? tr("Aggregate the priorities under “%1” (AIP)").arg(nodeName(*session, path))
              : tr("Aggregate the judgements under “%1” (AIJ)").arg(nodeName(*session, path)))
{}

RenameModel::RenameModel(AhpModelSession *session, const QString &name)
    : ChangeValue(session, 0, name,
                  tr("Rename the model “%1” to “%2”").arg(session->model().name, name))
{}

namespace {

NodeWeighting directWeighting(const AhpModelSession &session, const NodePath &path,
                              const QVector<double> &weights)
{
    NodeWeighting w = WeightingAccess::get(session, path);
    w.weights = weights;
    w.directWeights = true;
    return w;
}

NodeWeighting modeWeighting(const AhpModelSession &session, const NodePath &path, bool direct)
{
    NodeWeighting w = WeightingAccess::get(session, path);
    const int n = countChildren(session, path);
    w.directWeights = direct;
    if (direct && w.weights.size() != n) {
        // Start from what the judgements give now, else equal weights.
        w.weights = QVector<double>(n, n > 0 ? 1.0 / n : 0.0);
        if (const HierarchyNodeResult *r = session.nodeResult(path);
            r && r->ahp && r->ahp->weights.size() == n) {
            for (int i = 0; i < n; ++i)
                w.weights[i] = r->ahp->weights(i);
        } else if (r && r->group && r->group->weights.size() == n) {
            for (int i = 0; i < n; ++i)
                w.weights[i] = r->group->weights(i);
        }
    }
    if (!direct) {
        bool fits = !w.evaluators.isEmpty();
        for (const Evaluator &e : std::as_const(w.evaluators))
            fits = fits && e.matrix.size() == n;
        if (!fits) {
            NodeWeighting fresh =
                ahpedit::withChildInserted(NodeWeighting(), 0, 0, session.evaluatorNames());
            w.evaluators.clear();
            for (Evaluator e : std::as_const(fresh.evaluators)) {
                auto identity = PairwiseMatrix::identity(n);
                if (identity)
                    e.matrix = *identity;
                w.evaluators.append(e);
            }
        }
    }
    return w;
}

} // namespace

SetDirectWeights::SetDirectWeights(AhpModelSession *session, const NodePath &path,
                                   const QVector<double> &weights)
    : ChangeValue(session, path, directWeighting(*session, path, weights),
                  tr("Type the weights under “%1”").arg(nodeName(*session, path)))
{}

SetNodeWeightMode::SetNodeWeightMode(AhpModelSession *session, const NodePath &path, bool direct)
    : ChangeValue(session, path, modeWeighting(*session, path, direct),
                  direct ? tr("Type the weights under “%1” directly").arg(nodeName(*session, path))
                         : tr("Use judgements under “%1”").arg(nodeName(*session, path)))
{}

ChangeWeightings::ChangeWeightings(AhpModelSession *session, const QString &text)
    : QUndoCommand(text), m_session(session)
{}

void ChangeWeightings::add(const NodePath &path, const NodeWeighting &after)
{
    m_changes.append({path, WeightingAccess::get(*m_session, path), after});
}

void ChangeWeightings::redo()
{
    for (const Change &c : std::as_const(m_changes))
        m_session->setWeighting(c.path, c.after);
}

void ChangeWeightings::undo()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        m_session->setWeighting(it->path, it->before);
}

AddEvaluator::AddEvaluator(AhpModelSession *session, const QString &name, const QString &firstName)
    : ChangeWeightings(session, tr("Add evaluator %1").arg(name))
{
    for (const NodePath &path : ahpedit::parentPaths(session->root())) {
        NodeWeighting w = WeightingAccess::get(*session, path);
        const int n = countChildren(*session, path);
        if (w.evaluators.isEmpty())
            continue;
        if (w.evaluators.size() == 1 && w.evaluators.first().name.isEmpty())
            w.evaluators.first().name = firstName;
        auto identity = PairwiseMatrix::identity(n, w.evaluators.first().matrix.criteria());
        if (!identity)
            continue;
        w.evaluators.append(Evaluator{name, *identity, 1.0});
        add(path, w);
    }
}

RemoveEvaluator::RemoveEvaluator(AhpModelSession *session, const QString &name)
    : ChangeWeightings(session, tr("Remove evaluator %1").arg(name))
{
    for (const NodePath &path : ahpedit::parentPaths(session->root())) {
        NodeWeighting w = WeightingAccess::get(*session, path);
        const auto removed = std::remove_if(w.evaluators.begin(), w.evaluators.end(),
                                            [&](const Evaluator &e) { return e.name == name; });
        if (removed == w.evaluators.end() || removed == w.evaluators.begin())
            continue; // not judged by them, or nobody would be left
        w.evaluators.erase(removed, w.evaluators.end());
        add(path, w);
    }
}

RenameEvaluator::RenameEvaluator(AhpModelSession *session, const QString &from, const QString &to)
    : ChangeWeightings(session, tr("Rename evaluator %1 to %2").arg(from, to))
{
    for (const NodePath &path : ahpedit::parentPaths(session->root())) {
        NodeWeighting w = WeightingAccess::get(*session, path);
        bool found = false;
        for (Evaluator &e : w.evaluators) {
            if (e.name == from) {
                e.name = to;
                found = true;
            }
        }
        if (found)
            add(path, w);
    }
}

AddNode::AddNode(AhpModelSession *session, const NodePath &parent, int row,
                 const HierarchyNode &node)
    : QUndoCommand(tr("Add “%1”").arg(node.name())), m_session(session), m_parent(parent),
      m_row(row), m_node(node), m_before(WeightingAccess::get(*session, parent)),
      m_after(ahpedit::withChildInserted(m_before, countChildren(*session, parent), row,
                                         session->evaluatorNames()))
{}

void AddNode::redo()
{
    m_session->insertNode(m_parent, m_row, m_node, m_after);
}

void AddNode::undo()
{
    m_node = m_session->takeNode(m_parent, m_row, m_before);
}

RemoveNode::RemoveNode(AhpModelSession *session, const NodePath &path)
    : QUndoCommand(tr("Delete “%1”").arg(nodeName(*session, path))), m_session(session),
      m_parent(parentOf(path)), m_row(path.isEmpty() ? 0 : path.last()),
      m_before(WeightingAccess::get(*session, m_parent)),
      m_after(ahpedit::withChildRemoved(m_before, countChildren(*session, m_parent), m_row))
{}

void RemoveNode::redo()
{
    m_node = m_session->takeNode(m_parent, m_row, m_after);
}

void RemoveNode::undo()
{
    m_session->insertNode(m_parent, m_row, m_node, m_before);
}

bool MoveNode::isValid(const AhpModelSession &session, const NodePath &path,
                       const NodePath &toParent, int row)
{
    if (path.isEmpty() || !session.node(path) || !session.node(toParent))
        return false;
    if (ahpedit::isAncestorOrSelf(path, toParent))
        return false; // into itself or below itself
    const NodePath fromParent = parentOf(path);
    const int n = countChildren(session, toParent);
    if (row > n)
        return false;
    if (toParent == fromParent) {
        const int target = row < 0 ? n : row;
        return target != path.last() && target != path.last() + 1;
    }
    return n < PairwiseMatrix::maxSize;
}

MoveNode::MoveNode(AhpModelSession *session, const NodePath &path, const NodePath &toParent,
                   int row)
    : QUndoCommand(tr("Move “%1”").arg(nodeName(*session, path))), m_session(session),
      m_fromParent(parentOf(path)), m_fromRow(path.isEmpty() ? 0 : path.last())
{
    const int fromCount = countChildren(*session, m_fromParent);
    m_fromBefore = WeightingAccess::get(*session, m_fromParent);
    m_fromMiddle = ahpedit::withChildRemoved(m_fromBefore, fromCount, m_fromRow);
    if (toParent == m_fromParent) {
        const int target = row < 0 ? fromCount : row;
        m_toParent = m_fromParent;
        m_toRow = target > m_fromRow ? target - 1 : target;
        m_toMiddle = m_fromMiddle;
        m_toAfter = ahpedit::withChildMoved(m_fromBefore, fromCount, m_fromRow, m_toRow);
    } else {
        const int toCount = countChildren(*session, toParent);
        m_toParent = ahpedit::adjustedForRemoval(toParent, m_fromParent, m_fromRow);
        m_toRow = row < 0 ? toCount : row;
        m_toMiddle = WeightingAccess::get(*session, toParent);
        m_toAfter =
            ahpedit::withChildInserted(m_toMiddle, toCount, m_toRow, session->evaluatorNames());
    }
    m_finalPath = m_toParent;
    m_finalPath.append(m_toRow);
}

void MoveNode::redo()
{
    const HierarchyNode node = m_session->takeNode(m_fromParent, m_fromRow, m_fromMiddle);
    m_session->insertNode(m_toParent, m_toRow, node, m_toAfter);
}

void MoveNode::undo()
{
    const HierarchyNode node = m_session->takeNode(m_toParent, m_toRow, m_toMiddle);
    m_session->insertNode(m_fromParent, m_fromRow, node, m_fromBefore);
}

ApplyRepair::ApplyRepair(AhpModelSession *session, const NodePath &path, int evaluator,
                         const QVector<JudgementSuggestion> &changes)
    : QUndoCommand(tr("Repair the judgements under “%1” (%n change(s))", nullptr,
                      static_cast<int>(changes.size()))
                       .arg(nodeName(*session, path)))
{
    for (const JudgementSuggestion &c : changes)
        new SetJudgement(session, JudgementKey{path, evaluator, c.row, c.column}, c.suggested,
                         this);
}

} // namespace valuedesk
