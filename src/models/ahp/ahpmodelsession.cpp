#include "ahpmodelsession.h"

#include "ahpmodelrepository.h"

#include <QUndoStack>

#include <cmath>

namespace valuedesk {

AhpModelSession::AhpModelSession(QSqlDatabase db, AhpModel model, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_model(std::move(model)), m_stored(m_model),
      m_undoStack(new QUndoStack(this)), m_results(HierarchyResult())
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    evaluate();
}

AhpModelSession::~AhpModelSession() = default;

const HierarchyNode *AhpModelSession::node(const NodePath &path) const
{
    return ahpedit::nodeAt(m_model.root, path);
}

bool AhpModelSession::isModified() const
{
    return !m_undoStack->isClean();
}

const HierarchyNodeResult *AhpModelSession::nodeResult(const NodePath &path) const
{
    if (!m_results)
        return nullptr;
    const int index = ahpedit::preorderIndex(m_model.root, path);
    if (index < 0 || index >= m_results->nodes.size())
        return nullptr;
    return &m_results->nodes.at(index);
}

Result<AhpModel> AhpModelSession::save()
{
    AhpModelRepository repository(m_db);
    auto stored = repository.save(m_model);
    if (!stored)
        return stored.error();
    m_model.id = stored->id;
    m_model.version = stored->version;
    m_model.savedAt = stored->savedAt;
    m_stored = m_model;
    m_undoStack->setClean();
    emit saved(m_model);
    return m_model;
}

Status AhpModelSession::reload()
{
    AhpModel fresh = m_stored;
    if (m_model.id > 0) {
        AhpModelRepository repository(m_db);
        auto loaded = repository.load(m_model.id);
        if (!loaded)
            return loaded.error();
        fresh = std::move(loaded).value();
    }
    emit aboutToReset();
    m_undoStack->clear();
    m_model = std::move(fresh);
    m_stored = m_model;
    evaluate();
    emit reset();
    emit modelChanged();
    emit resultsChanged();
    return Status::success();
}

std::optional<double> AhpModelSession::judgement(const JudgementKey &key) const
{
    const HierarchyNode *n = node(key.path);
    if (!n || key.evaluator < 0 || key.evaluator >= n->evaluators().size())
        return std::nullopt;
    const PairwiseMatrix &m = n->evaluators().at(key.evaluator).matrix;
    if (key.row >= m.size() || key.column >= m.size())
        return std::nullopt;
    return m.judgement(key.row, key.column);
}

void AhpModelSession::insertNode(const NodePath &parent, int row, const HierarchyNode &child,
                                 const NodeWeighting &parentAfter)
{
    HierarchyNode *p = ahpedit::nodeAt(m_model.root, parent);
    if (!p || row < 0 || row > static_cast<int>(p->children().size()))
        return;
    emit nodeAboutToBeInserted(parent, row);
    p->children().insert(p->children().begin() + row, child);
    ahpedit::applyWeighting(*p, parentAfter);
    ahpedit::syncCriteria(*p);
    emit nodeInserted(parent, row);
    emit nodeChanged(parent);
    changed();
}

HierarchyNode AhpModelSession::takeNode(const NodePath &parent, int row,
                                        const NodeWeighting &parentAfter)
{
    HierarchyNode *p = ahpedit::nodeAt(m_model.root, parent);
    if (!p || row < 0 || row >= static_cast<int>(p->children().size()))
        return {};
    emit nodeAboutToBeRemoved(parent, row);
    HierarchyNode taken = std::move(p->children()[static_cast<std::size_t>(row)]);
    p->children().erase(p->children().begin() + row);
    ahpedit::applyWeighting(*p, parentAfter);
    ahpedit::syncCriteria(*p);
    emit nodeRemoved(parent, row);
    emit nodeChanged(parent);
    changed();
    return taken;
}

void AhpModelSession::setNodeName(const NodePath &path, const QString &name)
{
    HierarchyNode *n = ahpedit::nodeAt(m_model.root, path);
    if (!n)
        return;
    n->setName(name);
    if (path.isEmpty()) {
        emit nodeChanged(path);
    } else {
        const NodePath parent = path.mid(0, path.size() - 1);
        ahpedit::syncCriteria(*ahpedit::nodeAt(m_model.root, parent));
        emit nodeChanged(path);
        emit nodeChanged(parent);
    }
    changed();
}

void AhpModelSession::setWeighting(const NodePath &path, const NodeWeighting &weighting)
{
    HierarchyNode *n = ahpedit::nodeAt(m_model.root, path);
    if (!n)
        return;
    ahpedit::applyWeighting(*n, weighting);
    ahpedit::syncCriteria(*n);
    emit nodeChanged(path);
    changed();
}

void AhpModelSession::setJudgement(const JudgementKey &key, std::optional<double> value)
{
    HierarchyNode *n = ahpedit::nodeAt(m_model.root, key.path);
    if (!n || key.evaluator < 0 || key.evaluator >= n->evaluators().size())
        return;
    NodeWeighting w = ahpedit::weightingOf(*n);
    PairwiseMatrix &m = w.evaluators[key.evaluator].matrix;
    if (value) {
        if (!m.setJudgement(key.row, key.column, *value))
            return;
    } else {
        m.clearJudgement(key.row, key.column);
    }
    ahpedit::applyWeighting(*n, w);
    emit nodeChanged(key.path);
    changed();
}

double AhpModelSession::votingWeight(const EvaluatorKey &key) const
{
    const HierarchyNode *n = node(key.path);
    if (!n || key.evaluator < 0 || key.evaluator >= n->evaluators().size())
        return 0;
    return n->evaluators().at(key.evaluator).votingWeight;
}

GroupAggregation AhpModelSession::aggregation(const NodePath &path) const
{
    const HierarchyNode *n = node(path);
    return n ? n->aggregation() : GroupAggregation::Judgements;
}

Status AhpModelSession::checkModelName(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(tr("A value model needs a name."));
    auto found = AhpModelRepository(m_db).findByName(trimmed);
    if (!found)
        return found.error();
    if (*found && (*found)->id != m_model.id)
        return Error(tr("Another value model of this file is already named “%1”; choose another "
                        "name.")
                         .arg(trimmed));
    return Status::success();
}

LeafBinding AhpModelSession::binding(const NodePath &path) const
{
    const HierarchyNode *n = node(path);
    return n ? LeafBinding{n->metric(), n->direction()} : LeafBinding{};
}

void AhpModelSession::setBinding(const NodePath &path, const LeafBinding &binding)
{
    HierarchyNode *n = ahpedit::nodeAt(m_model.root, path);
    if (!n)
        return;
    n->setMetric(binding.metric);
    n->setDirection(binding.direction);
    emit nodeChanged(path);
    changed();
}

void AhpModelSession::setSettings(const AhpSettings &settings)
{
    m_model.settings = settings;
    changed();
}

void AhpModelSession::setVotingWeight(const EvaluatorKey &key, double weight)
{
    HierarchyNode *n = ahpedit::nodeAt(m_model.root, key.path);
    if (!n || key.evaluator < 0 || key.evaluator >= n->evaluators().size() ||
        !std::isfinite(weight) || weight <= 0)
        return;
    NodeWeighting w = ahpedit::weightingOf(*n);
    w.evaluators[key.evaluator].votingWeight = weight;
    ahpedit::applyWeighting(*n, w);
    emit nodeChanged(key.path);
    changed();
}

void AhpModelSession::setAggregation(const NodePath &path, GroupAggregation aggregation)
{
    HierarchyNode *n = ahpedit::nodeAt(m_model.root, path);
    if (!n)
        return;
    NodeWeighting w = ahpedit::weightingOf(*n);
    w.aggregation = aggregation;
    ahpedit::applyWeighting(*n, w);
    emit nodeChanged(path);
    changed();
}

void AhpModelSession::setModelName(const QString &name)
{
    if (m_model.name == name)
        return;
    m_model.name = name;
    emit nameChanged(name);
    emit modelChanged();
}

void AhpModelSession::changed()
{
    evaluate();
    emit modelChanged();
    emit resultsChanged();
}

void AhpModelSession::evaluate()
{
    m_results = Hierarchy::evaluate(m_model.root, m_model.settings);
}

} // namespace valuedesk
