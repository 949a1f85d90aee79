#pragma once

#include "ahp/inconsistency.h"
#include "ahpchangevalue.h"

#include <QCoreApplication>

namespace valuedesk {

// How each ChangeValue reads and writes its value (see ahpchangevalue.h).
struct JudgementAccess
{
    using Key = JudgementKey;
    using Value = std::optional<double>;
    static constexpr AhpMergeId mergeId = AhpMergeId::Judgement;
    static Value get(const AhpModelSession &s, const Key &k) { return s.judgement(k); }
    static void set(AhpModelSession &s, const Key &k, const Value &v) { s.setJudgement(k, v); }
    static bool same(const Value &a, const Value &b);
};

struct NodeNameAccess
{
    using Key = NodePath;
    using Value = QString;
    static constexpr AhpMergeId mergeId = AhpMergeId::None;
    static Value get(const AhpModelSession &s, const Key &k);
    static void set(AhpModelSession &s, const Key &k, const Value &v) { s.setNodeName(k, v); }
    static bool same(const Value &a, const Value &b) { return a == b; }
};

struct WeightingAccess
{
    using Key = NodePath;
    using Value = NodeWeighting;
    static constexpr AhpMergeId mergeId = AhpMergeId::None;
    static Value get(const AhpModelSession &s, const Key &k);
    static void set(AhpModelSession &s, const Key &k, const Value &v) { s.setWeighting(k, v); }
    static bool same(const Value &, const Value &) { return false; }
};

struct BindingAccess
{
    using Key = NodePath;
    using Value = LeafBinding;
    static constexpr AhpMergeId mergeId = AhpMergeId::None;
    static Value get(const AhpModelSession &s, const Key &k) { return s.binding(k); }
    static void set(AhpModelSession &s, const Key &k, const Value &v) { s.setBinding(k, v); }
    static bool same(const Value &a, const Value &b) { return a == b; }
};

struct SettingsAccess
{
    using Key = int; // one per model
    using Value = AhpSettings;
    static constexpr AhpMergeId mergeId = AhpMergeId::None;
    static Value get(const AhpModelSession &s, const Key &) { return s.model().settings; }
    static void set(AhpModelSession &s, const Key &, const Value &v) { s.setSettings(v); }
    static bool same(const Value &, const Value &) { return false; }
};

struct VotingWeightAccess
{
    using Key = EvaluatorKey;
    using Value = double;
    static constexpr AhpMergeId mergeId = AhpMergeId::VotingWeight;
    static Value get(const AhpModelSession &s, const Key &k) { return s.votingWeight(k); }
    static void set(AhpModelSession &s, const Key &k, const Value &v) { s.setVotingWeight(k, v); }
    static bool same(const Value &a, const Value &b) { return a == b; }
};

struct AggregationAccess
{
    using Key = NodePath;
    using Value = GroupAggregation;
    static constexpr AhpMergeId mergeId = AhpMergeId::None;
    static Value get(const AhpModelSession &s, const Key &k) { return s.aggregation(k); }
    static void set(AhpModelSession &s, const Key &k, const Value &v) { s.setAggregation(k, v); }
    static bool same(const Value &a, const Value &b) { return a == b; }
};

struct ModelNameAccess
{
    using Key = int; // one per model
    using Value = QString;
    static constexpr AhpMergeId mergeId = AhpMergeId::None;
    static Value get(const AhpModelSession &s, const Key &) { return s.model().name; }
    static void set(AhpModelSession &s, const Key &, const Value &v) { s.setModelName(v); }
    static bool same(const Value &a, const Value &b) { return a == b; }
};

// Sets or clears (nullopt) one judgement. Merging ones (a slider being dragged) over the same
// cell merge into one step; typed values and applied suggestions are steps of their own.
class SetJudgement : public ChangeValue<JudgementAccess>
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    enum class Merge { Separate, WithPrevious };

    SetJudgement(AhpModelSession *session, const JudgementKey &key, std::optional<double> value,
                 QUndoCommand *parent = nullptr, Merge merge = Merge::Separate);
    int id() const override
    {
        return static_cast<int>(m_merge == Merge::WithPrevious ? AhpMergeId::Judgement
                                                               : AhpMergeId::None);
    }

private:
    Merge m_merge;
};

class ClearJudgement final : public SetJudgement
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    ClearJudgement(AhpModelSession *session, const JudgementKey &key);
};

class RenameNode final : public ChangeValue<NodeNameAccess>
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    RenameNode(AhpModelSession *session, const NodePath &path, const QString &name);
};

class SetLeafBinding final : public ChangeValue<BindingAccess>
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    SetLeafBinding(AhpModelSession *session, const NodePath &path, const LeafBinding &binding);
};

class SetSettings final : public ChangeValue<SettingsAccess>
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    SetSettings(AhpModelSession *session, const AhpSettings &settings);
};

// The voting weight (positive) of one evaluator at one node. Consecutive changes of the same
// evaluator at the same node (a spin box being stepped) merge into one step.
class SetVotingWeight final : public ChangeValue<VotingWeightAccess>
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    SetVotingWeight(AhpModelSession *session, const EvaluatorKey &key, double weight);
};

// How a node with several evaluators combines them: AIJ (judgements) or AIP (priorities).
class SetAggregation final : public ChangeValue<AggregationAccess>
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    SetAggregation(AhpModelSession *session, const NodePath &path, GroupAggregation aggregation);
};

// The model's name; the next save stores it (AhpModelSession::checkModelName says if it is free).
class RenameModel final : public ChangeValue<ModelNameAccess>
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    RenameModel(AhpModelSession *session, const QString &name);
};

// Typed weights of a node's children (switches the node to direct weights).
class SetDirectWeights final : public ChangeValue<WeightingAccess>
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    SetDirectWeights(AhpModelSession *session, const NodePath &path,
                     const QVector<double> &weights);
};

// Judgements ↔ direct weights. Switching to direct weights for the first time starts from the
// current local weights; the judgements are kept for switching back.
class SetNodeWeightMode final : public ChangeValue<WeightingAccess>
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    SetNodeWeightMode(AhpModelSession *session, const NodePath &path, bool directWeights);
};

// Replaces the weighting of several nodes in one step (the evaluator commands).
class ChangeWeightings : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;
    bool isEmpty() const { return m_changes.isEmpty(); }

protected:
    ChangeWeightings(AhpModelSession *session, const QString &text);
    void add(const NodePath &path, const NodeWeighting &after);
    AhpModelSession *session() const { return m_session; }

private:
    struct Change
    {
        NodePath path;
        NodeWeighting before;
        NodeWeighting after;
    };
    AhpModelSession *m_session;
    QVector<Change> m_changes;
};

// A new evaluator on every judged node, starting from equal judgements. When the model had one
// unnamed evaluator it is named `firstName`.
class AddEvaluator final : public ChangeWeightings
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    AddEvaluator(AhpModelSession *session, const QString &name, const QString &firstName);
};

class RemoveEvaluator final : public ChangeWeightings
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    RemoveEvaluator(AhpModelSession *session, const QString &name);
};

class RenameEvaluator final : public ChangeWeightings
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    RenameEvaluator(AhpModelSession *session, const QString &from, const QString &to);
};

class AddNode final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    AddNode(AhpModelSession *session, const NodePath &parent, int row, const HierarchyNode &node);
    void redo() override;
    void undo() override;

private:
    AhpModelSession *m_session;
    NodePath m_parent;
    int m_row;
    HierarchyNode m_node;
    NodeWeighting m_before;
    NodeWeighting m_after;
};

// Removes a node with its whole subtree; undo puts it back with its judgements.
class RemoveNode final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    RemoveNode(AhpModelSession *session, const NodePath &path);
    void redo() override;
    void undo() override;

private:
    AhpModelSession *m_session;
    NodePath m_parent;
    int m_row;
    HierarchyNode m_node;
    NodeWeighting m_before;
    NodeWeighting m_after;
};

// Reorders or reparents a node (drag and drop). `row` is the drop position in `toParent` as the
// tree reads before the move (Qt's convention). The old parent drops the node's row and column;
// the new parent judges it equal to its new siblings; a reorder permutes the judgements.
class MoveNode final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    MoveNode(AhpModelSession *session, const NodePath &path, const NodePath &toParent, int row);
    static bool isValid(const AhpModelSession &session, const NodePath &path,
                        const NodePath &toParent, int row);
    void redo() override;
    void undo() override;
    const NodePath &finalPath() const { return m_finalPath; }

private:
    AhpModelSession *m_session;
    NodePath m_fromParent;
    int m_fromRow;
    NodePath m_toParent; // after the node was taken out
    int m_toRow;
    NodePath m_finalPath;
    NodeWeighting m_fromBefore;
    NodeWeighting m_fromMiddle;
    NodeWeighting m_toMiddle;
    NodeWeighting m_toAfter;
};

// Several judgements in one step (an accepted auto-repair proposal).
class ApplyRepair final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(valuedesk::AhpCommands)
public:
    ApplyRepair(AhpModelSession *session, const NodePath &path, int evaluator,
                const QVector<JudgementSuggestion> &changes);
};

} // namespace valuedesk
