#pragma once

#include "ahp/ahpmodel.h"
#include "ahp/ahpnodeedits.h"
#include "ahp/hierarchy.h"
#include "result.h"

#include <QObject>
#include <QSqlDatabase>

#include <optional>

class QUndoStack;

namespace valuedesk {

// What a leaf indicator is bound to in the evaluation layer.
struct LeafBinding
{
    QString metric;
    QString direction; // "higher" or "lower"

    bool operator==(const LeafBinding &o) const
    {
        return metric == o.metric && direction == o.direction;
    }
};

// Which judgement: evaluator `evaluator` of the node at `path`, row < column.
struct JudgementKey
{
    NodePath path;
    int evaluator = 0;
    int row = 0;
    int column = 1;

    bool operator==(const JudgementKey &o) const
    {
        return path == o.path && evaluator == o.evaluator && row == o.row && column == o.column;
    }
};

// One evaluator of the node at `path` (an index into its evaluators).
struct EvaluatorKey
{
    NodePath path;
    int evaluator = 0;

    bool operator==(const EvaluatorKey &o) const
    {
        return path == o.path && evaluator == o.evaluator;
    }
};

// One AHP model open for editing: its value, its own undo history ("modified" means the stack
// is not clean) and its evaluation, recomputed after every change. Edits go through the undo
// commands in ahpundocommands.h, which call the mutators below; save() stores a new version.
class AhpModelSession final : public QObject
{
    Q_OBJECT

public:
    AhpModelSession(QSqlDatabase db, AhpModel model, QObject *parent = nullptr);
    ~AhpModelSession() override;

    const AhpModel &model() const { return m_model; }
    const HierarchyNode &root() const { return m_model.root; }
    const HierarchyNode *node(const NodePath &path) const;
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    QStringList evaluatorNames() const { return ahpedit::evaluatorNames(m_model.root); }

    // The whole hierarchy's evaluation, or why it failed (e.g. a disconnected matrix).
    const Result<HierarchyResult> &results() const { return m_results; }
    const HierarchyNodeResult *nodeResult(const NodePath &path) const;

    // Stores the model as a new version and marks the history clean.
    Result<AhpModel> save();
    // Drops unsaved changes: the latest stored version again, with an empty history.
    Status reload();

    std::optional<double> judgement(const JudgementKey &key) const;
    double votingWeight(const EvaluatorKey &key) const; // 0 when there is no such evaluator
    GroupAggregation aggregation(const NodePath &path) const;
    // Whether `name` may name this model: not empty and not used by another model of the file
    // (AhpModelRepository::findByName). The repository checks again when saving.
    Status checkModelName(const QString &name) const;

    // Mutators for the undo commands only.
    void insertNode(const NodePath &parent, int row, const HierarchyNode &node,
                    const NodeWeighting &parentAfter);
    HierarchyNode takeNode(const NodePath &parent, int row, const NodeWeighting &parentAfter);
    void setNodeName(const NodePath &path, const QString &name);
    void setWeighting(const NodePath &path, const NodeWeighting &weighting);
    void setJudgement(const JudgementKey &key, std::optional<double> value);
    LeafBinding binding(const NodePath &path) const;
    void setBinding(const NodePath &path, const LeafBinding &binding);
    void setSettings(const AhpSettings &settings);
    void setVotingWeight(const EvaluatorKey &key, double weight); // positive and finite only
    void setAggregation(const NodePath &path, GroupAggregation aggregation);
    void setModelName(const QString &name); // stored as such by the next save()

signals:
    void nodeAboutToBeInserted(const valuedesk::NodePath &parent, int row);
    void nodeInserted(const valuedesk::NodePath &parent, int row);
    void nodeAboutToBeRemoved(const valuedesk::NodePath &parent, int row);
    void nodeRemoved(const valuedesk::NodePath &parent, int row);
    void nodeChanged(const valuedesk::NodePath &path); // name, binding or weighting
    void aboutToReset();
    void reset();        // another model value altogether (reload)
    void modelChanged(); // after any change, before resultsChanged
    void resultsChanged();
    void modifiedChanged(bool modified);
    void saved(const valuedesk::AhpModel &model);
    void nameChanged(const QString &name);

private:
    void changed();
    void evaluate();

    QSqlDatabase m_db;
    AhpModel m_model;
    AhpModel m_stored; // as last loaded or saved, for reload() of a model never stored
    QUndoStack *m_undoStack;
    Result<HierarchyResult> m_results;
};

} // namespace valuedesk
