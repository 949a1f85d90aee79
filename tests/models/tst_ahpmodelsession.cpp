#include "ahp/ahpundocommands.h"
#include "ahptestutil.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace valuedesk;

namespace {

const NodePath goal{};
const NodePath current{0};
const NodePath profit{0, 0};
const NodePath sales{0, 1};
const NodePath loyalty{1, 0};

int childCount(const AhpModelSession &s, const NodePath &path)
{
    return static_cast<int>(s.node(path)->children().size());
}

QString childName(const AhpModelSession &s, const NodePath &path, int k)
{
    return s.node(path)->children()[static_cast<std::size_t>(k)].name();
}

} // namespace

class TstAhpModelSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_document = test::createDocument(m_dir, QStringLiteral("s%1.vdb").arg(++m_files));
        QVERIFY(m_document);
        m_session = test::lubricantSession(*m_document);
        QVERIFY(m_session);
        QVERIFY(m_session->results().ok());
    }

    void cleanup()
    {
        m_session.reset();
        m_document.reset();
    }

    void setJudgementUndoRedo()
    {
        QUndoStack *stack = m_session->undoStack();
        QCOMPARE(*test::judgementOf(*m_session, current, 0, 1), 4.0);
        QVERIFY(qAbs(test::localWeight(*m_session, profit) - 0.8) < 1e-9);
        QSignalSpy results(m_session.get(), &AhpModelSession::resultsChanged);
        stack->push(new SetJudgement(m_session.get(), {current, 0, 0, 1}, 2.0));
        QVERIFY(m_session->isModified());
        QVERIFY(qAbs(test::localWeight(*m_session, profit) - 2.0 / 3) < 1e-9);
        QVERIFY(results.count() >= 1);
        stack->undo();
        QVERIFY(!m_session->isModified());
        QVERIFY(qAbs(test::localWeight(*m_session, profit) - 0.8) < 1e-9);
        stack->redo();
        QCOMPARE(*test::judgementOf(*m_session, current, 0, 1), 2.0);
    }

    void sliderDragIsOneUndoStep()
    {
        QUndoStack *stack = m_session->undoStack();
        const auto drag = SetJudgement::Merge::WithPrevious;
        for (double v : {5.0, 6.0, 7.0, 8.0})
            stack->push(new SetJudgement(m_session.get(), {current, 0, 0, 1}, v, nullptr, drag));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(*test::judgementOf(*m_session, current, 0, 1), 8.0);
        // Another cell is another step.
        stack->push(new SetJudgement(m_session.get(), {profit, 0, 0, 1}, 3.0, nullptr, drag));
        QCOMPARE(stack->count(), 2);
        // A typed value is a step of its own.
        stack->push(new SetJudgement(m_session.get(), {profit, 0, 0, 1}, 5.0));
        QCOMPARE(stack->count(), 3);
        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(*test::judgementOf(*m_session, current, 0, 1), 4.0);
        // Dragging back to the start leaves nothing to undo.
        stack->clear();
        stack->push(new SetJudgement(m_session.get(), {current, 0, 0, 1}, 6.0, nullptr, drag));
        stack->push(new SetJudgement(m_session.get(), {current, 0, 0, 1}, 4.0, nullptr, drag));
        QCOMPARE(stack->count(), 0);
    }

    void clearJudgementInfersTheCell()
    {
        QUndoStack *stack = m_session->undoStack();
        stack->push(new ClearJudgement(m_session.get(), {profit, 0, 0, 1}));
        QVERIFY(!test::judgementOf(*m_session, profit, 0, 1));
        QVERIFY(m_session->results().ok());
        const HierarchyNodeResult *r = m_session->nodeResult(profit);
        QVERIFY(r);
        QCOMPARE(r->inferred.size(), 1);
        stack->undo();
        QCOMPARE(*test::judgementOf(*m_session, profit, 0, 1), 4.0);
    }

    void renameNode()
    {
        m_session->undoStack()->push(
            new RenameNode(m_session.get(), current, QStringLiteral("Present value")));
        QCOMPARE(m_session->node(current)->name(), QStringLiteral("Present value"));
        // The parent's matrix names its rows after the children.
        QCOMPARE(m_session->root().evaluators().first().matrix.criterionName(0),
                 QStringLiteral("Present value"));
        m_session->undoStack()->undo();
        QCOMPARE(m_session->node(current)->name(), QStringLiteral("Current value"));
    }

    void addNodeJudgedEqual()
    {
        QUndoStack *stack = m_session->undoStack();
        stack->push(new AddNode(m_session.get(), current, 1, HierarchyNode(QStringLiteral("New"))));
        QCOMPARE(childCount(*m_session, current), 3);
        QCOMPARE(childName(*m_session, current, 1), QStringLiteral("New"));
        QCOMPARE(*test::judgementOf(*m_session, current, 0, 2), 4.0); // profit vs sales kept
        QCOMPARE(*test::judgementOf(*m_session, current, 0, 1), 1.0);
        QCOMPARE(*test::judgementOf(*m_session, current, 1, 2), 1.0);
        QVERIFY(m_session->results().ok());
        // A leaf that gets a child becomes a judged parent.
        stack->push(new AddNode(m_session.get(), {0, 1}, 0, HierarchyNode(QStringLiteral("Sub"))));
        QCOMPARE(m_session->node({0, 1})->evaluators().size(), 1);
        QVERIFY(m_session->results().ok());
        stack->undo();
        QVERIFY(m_session->node({0, 1})->isLeaf());
        stack->undo();
        QCOMPARE(childCount(*m_session, current), 2);
        QCOMPARE(*test::judgementOf(*m_session, current, 0, 1), 4.0);
        stack->redo();
        QCOMPARE(childCount(*m_session, current), 3);
    }

    void removeNodeKeepsTheSubtree()
    {
        const double before = *test::judgementOf(*m_session, profit, 0, 1);
        QUndoStack *stack = m_session->undoStack();
        stack->push(new RemoveNode(m_session.get(), profit));
        QCOMPARE(childCount(*m_session, current), 1);
        QCOMPARE(childName(*m_session, current, 0), QStringLiteral("Sales volume"));
        QVERIFY(m_session->results().ok());
        QVERIFY(qAbs(test::localWeight(*m_session, {0, 0}) - 1.0) < 1e-9);
        stack->undo();
        QCOMPARE(childCount(*m_session, current), 2);
        QCOMPARE(childCount(*m_session, profit), 4);
        QCOMPARE(*test::judgementOf(*m_session, profit, 0, 1), before);
        QCOMPARE(*test::judgementOf(*m_session, current, 0, 1), 4.0);
    }

    void moveNodeReorderPermutesJudgements()
    {
        const QString first = childName(*m_session, profit, 0);
        const double a01 = *test::judgementOf(*m_session, profit, 0, 1);
        const double a23 = *test::judgementOf(*m_session, profit, 2, 3);
        QVERIFY(MoveNode::isValid(*m_session, {0, 0, 0}, profit, 4));
        m_session->undoStack()->push(new MoveNode(m_session.get(), {0, 0, 0}, profit, 4));
        QCOMPARE(childName(*m_session, profit, 3), first);
        // old (0,1) is now (3,0); old (2,3) is now (1,2)
        QVERIFY(qAbs(*test::judgementOf(*m_session, profit, 0, 3) - 1.0 / a01) < 1e-12);
        QCOMPARE(*test::judgementOf(*m_session, profit, 1, 2), a23);
        m_session->undoStack()->undo();
        QCOMPARE(childName(*m_session, profit, 0), first);
        QCOMPARE(*test::judgementOf(*m_session, profit, 0, 1), a01);
    }

    void moveNodeReparents()
    {
        const QString moved = childName(*m_session, sales, 0);
        const int loyaltyCount = childCount(*m_session, loyalty);
        // Into a node that comes later in the tree: its path is unaffected by the removal.
        m_session->undoStack()->push(new MoveNode(m_session.get(), {0, 1, 0}, loyalty, -1));
        QCOMPARE(childCount(*m_session, sales), 2);
        QCOMPARE(childCount(*m_session, loyalty), loyaltyCount + 1);
        QCOMPARE(childName(*m_session, loyalty, loyaltyCount), moved);
        QCOMPARE(*test::judgementOf(*m_session, loyalty, 0, loyaltyCount), 1.0);
        QVERIFY(m_session->results().ok());
        m_session->undoStack()->undo();
        QCOMPARE(childCount(*m_session, sales), 3);
        QCOMPARE(childName(*m_session, sales, 0), moved);
        QCOMPARE(childCount(*m_session, loyalty), loyaltyCount);
        // A node moved up past its own parent's siblings: the target path shifts.
        m_session->undoStack()->push(new MoveNode(m_session.get(), {0, 0}, goal, 2));
        QCOMPARE(childCount(*m_session, goal), 3);
        QCOMPARE(childName(*m_session, goal, 2), QStringLiteral("Total profit"));
        m_session->undoStack()->undo();
        QCOMPARE(childName(*m_session, current, 0), QStringLiteral("Total profit"));
        QVERIFY(!MoveNode::isValid(*m_session, current, profit, 0)); // into itself
        QVERIFY(!MoveNode::isValid(*m_session, goal, current, 0));
    }

    void weightModeAndDirectWeights()
    {
        QUndoStack *stack = m_session->undoStack();
        const double global = m_session->nodeResult({0, 0, 0})->globalWeight;
        stack->push(new SetNodeWeightMode(m_session.get(), goal, true));
        QVERIFY(m_session->root().directWeights());
        QVERIFY(qAbs(m_session->nodeResult({0, 0, 0})->globalWeight - global) < 1e-9);
        stack->push(new SetDirectWeights(m_session.get(), goal, {1, 1}));
        QVERIFY(qAbs(test::localWeight(*m_session, current) - 0.5) < 1e-9);
        QVERIFY(m_session->nodeResult(current)->localWeight > 0);
        stack->undo();
        stack->undo();
        QVERIFY(!m_session->root().directWeights());
        QVERIFY(qAbs(m_session->nodeResult({0, 0, 0})->globalWeight - global) < 1e-9);
    }

    void evaluators()
    {
        QUndoStack *stack = m_session->undoStack();
        stack->push(
            new AddEvaluator(m_session.get(), QStringLiteral("Li"), QStringLiteral("Wang")));
        QCOMPARE(m_session->evaluatorNames(),
                 (QStringList{QStringLiteral("Wang"), QStringLiteral("Li")}));
        QCOMPARE(m_session->node(profit)->evaluators().size(), 2);
        QVERIFY(m_session->results().ok());
        QVERIFY(m_session->nodeResult(profit)->group.has_value());
        // Li starts from equal judgements.
        QCOMPARE(*test::judgementOf(*m_session, profit, 0, 1, 1), 1.0);
        stack->push(
            new RenameEvaluator(m_session.get(), QStringLiteral("Li"), QStringLiteral("Zhao")));
        QCOMPARE(m_session->node(current)->evaluators().at(1).name, QStringLiteral("Zhao"));
        stack->push(new RemoveEvaluator(m_session.get(), QStringLiteral("Wang")));
        QCOMPARE(m_session->evaluatorNames(), QStringList{QStringLiteral("Zhao")});
        QCOMPARE(*test::judgementOf(*m_session, profit, 0, 1), 1.0);
        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(m_session->node(profit)->evaluators().size(), 1);
        QVERIFY(m_session->node(profit)->evaluators().first().name.isEmpty());
        QCOMPARE(*test::judgementOf(*m_session, profit, 0, 1), 4.0);
    }

    void settingsAndBinding()
    {
        QUndoStack *stack = m_session->undoStack();
        AhpSettings s = m_session->model().settings;
        s.method = PriorityMethod::GeometricMean;
        s.randomIndex = RandomIndexTable::AlonsoLamata2006;
        stack->push(new SetSettings(m_session.get(), s));
        QCOMPARE(m_session->nodeResult(profit)->ahp->randomIndex,
                 RandomIndexTable::AlonsoLamata2006);
        stack->undo();
        QCOMPARE(m_session->model().settings.method, PriorityMethod::Eigenvector);

        const NodePath leaf{0, 0, 0};
        const LeafBinding before = m_session->binding(leaf);
        stack->push(new SetLeafBinding(m_session.get(), leaf,
                                       {QStringLiteral("complaints"), QStringLiteral("lower")}));
        QCOMPARE(m_session->node(leaf)->metric(), QStringLiteral("complaints"));
        QCOMPARE(m_session->node(leaf)->direction(), QStringLiteral("lower"));
        stack->undo();
        QCOMPARE(m_session->binding(leaf), before);
    }

    void applyRepairIsOneStep()
    {
        QUndoStack *stack = m_session->undoStack();
        stack->push(new SetJudgement(m_session.get(), {profit, 0, 0, 1}, 1.0 / 9));
        const double crBefore = m_session->nodeResult(profit)->ahp->cr;
        QVERIFY(crBefore >= 0.1);
        auto proposal = Inconsistency::autoRepair(m_session->node(profit)->evaluators()[0].matrix,
                                                  m_session->model().settings);
        QVERIFY(proposal.ok());
        QVERIFY(!proposal->changes.isEmpty());
        const int count = stack->count();
        stack->push(new ApplyRepair(m_session.get(), profit, 0, proposal->changes));
        QCOMPARE(stack->count(), count + 1);
        QVERIFY(m_session->nodeResult(profit)->ahp->cr < crBefore);
        QVERIFY(qAbs(m_session->nodeResult(profit)->ahp->cr - proposal->crAfter) < 1e-9);
        stack->undo();
        QVERIFY(qAbs(m_session->nodeResult(profit)->ahp->cr - crBefore) < 1e-12);
    }

    void votingWeightUndoRedoMerges()
    {
        QUndoStack *stack = m_session->undoStack();
        stack->push(
            new AddEvaluator(m_session.get(), QStringLiteral("Li"), QStringLiteral("Wang")));
        // Wang judges a12 = 4, Li 1 (equal): with equal votes the group lies in between.
        const double equalVotes = test::localWeight(*m_session, {0, 0, 0});
        const EvaluatorKey wang{profit, 0};
        QCOMPARE(m_session->votingWeight(wang), 1.0);
        for (double w : {1.5, 2.0, 3.0})
            stack->push(new SetVotingWeight(m_session.get(), wang, w));
        QCOMPARE(stack->count(), 2); // the add, and one step for the spinning
        QCOMPARE(m_session->votingWeight(wang), 3.0);
        QCOMPARE(m_session->node(profit)->evaluators().at(0).votingWeight, 3.0);
        const double wangHeavier = test::localWeight(*m_session, {0, 0, 0});
        QVERIFY(wangHeavier > equalVotes + 1e-3);
        // Another evaluator, or another node, is another step.
        stack->push(new SetVotingWeight(m_session.get(), {profit, 1}, 2.0));
        stack->push(new SetVotingWeight(m_session.get(), {current, 0}, 2.0));
        QCOMPARE(stack->count(), 4);
        QCOMPARE(m_session->votingWeight({current, 0}), 2.0);
        QCOMPARE(m_session->votingWeight({profit, 0}), 3.0); // per node
        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(m_session->votingWeight(wang), 1.0);
        QVERIFY(qAbs(test::localWeight(*m_session, {0, 0, 0}) - equalVotes) < 1e-12);
        stack->redo();
        QCOMPARE(m_session->votingWeight(wang), 3.0);
        // Stepping back to where it started leaves nothing to undo.
        stack->undo();
        const int index = stack->index();
        stack->push(new SetVotingWeight(m_session.get(), wang, 2.0));
        stack->push(new SetVotingWeight(m_session.get(), wang, 1.0));
        QCOMPARE(stack->count(), index);
        // Not positive: ignored by the session.
        m_session->setVotingWeight(wang, 0);
        m_session->setVotingWeight(wang, -1);
        QCOMPARE(m_session->votingWeight(wang), 1.0);
    }

    void aggregationUndoRedo()
    {
        QUndoStack *stack = m_session->undoStack();
        stack->push(
            new AddEvaluator(m_session.get(), QStringLiteral("Li"), QStringLiteral("Wang")));
        QCOMPARE(m_session->aggregation(profit), GroupAggregation::Judgements);
        QVERIFY(m_session->nodeResult(profit)->ahp.has_value()); // the group matrix
        const double crH = m_session->results()->hierarchicalCr;
        stack->push(new SetAggregation(m_session.get(), profit, GroupAggregation::Priorities));
        QCOMPARE(m_session->aggregation(profit), GroupAggregation::Priorities);
        QCOMPARE(m_session->node(profit)->evaluators().size(), 2); // judgements kept
        const HierarchyNodeResult *r = m_session->nodeResult(profit);
        QVERIFY(r->group.has_value());
        QCOMPARE(r->group->aggregation, GroupAggregation::Priorities);
        QVERIFY(!r->ahp.has_value()); // no group matrix, no group CR
        QCOMPARE(r->group->evaluators.size(), 2);
        // Profit no longer enters CR_H.
        QVERIFY(qAbs(m_session->results()->hierarchicalCr - crH) > 1e-6);
        stack->undo();
        QCOMPARE(m_session->aggregation(profit), GroupAggregation::Judgements);
        QVERIFY(m_session->nodeResult(profit)->ahp.has_value());
        QVERIFY(qAbs(m_session->results()->hierarchicalCr - crH) < 1e-12);
        stack->redo();
        QCOMPARE(m_session->aggregation(profit), GroupAggregation::Priorities);
    }

    void renameModelUndoRedoAndSave()
    {
        const QString original = m_session->model().name;
        const qint64 id = m_session->model().id;
        AhpModelRepository repository(m_document->database().connection());
        AhpModel other;
        other.name = QStringLiteral("Other model");
        other.root = HierarchyNode(QStringLiteral("Goal"));
        VD_VERIFY_OK(repository.save(other));
        // Checked before renaming: empty or taken by another model is refused; own name is fine.
        QVERIFY(!m_session->checkModelName(QStringLiteral("  ")).ok());
        const Status taken = m_session->checkModelName(QStringLiteral("Other model"));
        QVERIFY(!taken.ok());
        QVERIFY(taken.error().message().contains(QStringLiteral("Other model")));
        VD_VERIFY_OK(m_session->checkModelName(original));
        VD_VERIFY_OK(m_session->checkModelName(QStringLiteral("Lubricant 2024")));

        QSignalSpy names(m_session.get(), &AhpModelSession::nameChanged);
        QUndoStack *stack = m_session->undoStack();
        stack->push(new RenameModel(m_session.get(), QStringLiteral("Lubricant 2024")));
        QCOMPARE(m_session->model().name, QStringLiteral("Lubricant 2024"));
        QVERIFY(m_session->isModified());
        QCOMPARE(names.count(), 1);
        stack->undo();
        QCOMPARE(m_session->model().name, original);
        QVERIFY(!m_session->isModified());
        stack->redo();
        QCOMPARE(names.count(), 3);

        auto saved = m_session->save();
        VD_VERIFY_OK(saved);
        QCOMPARE(saved->version, 2);
        QCOMPARE(saved->id, id);
        auto models = repository.list();
        VD_VERIFY_OK(models);
        QCOMPARE(models->size(), 2);
        QCOMPARE(models->at(0).name, QStringLiteral("Lubricant 2024"));
        QCOMPARE(models->at(0).version, 2);
        auto old = repository.findByName(original);
        VD_VERIFY_OK(old);
        QVERIFY(!old->has_value());
        auto first = repository.load(id, 1); // version 1 is unchanged, under the current name
        VD_VERIFY_OK(first);

        // A clash that slipped past the check is still refused by the save, changing nothing.
        stack->push(new RenameModel(m_session.get(), QStringLiteral("Other model")));
        auto clash = m_session->save();
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().message().contains(QStringLiteral("Other model")));
        QVERIFY(m_session->isModified());
        QCOMPARE(m_session->model().version, 2);
        stack->undo();
        QVERIFY(!m_session->isModified());
    }

    void saveCreatesANewVersion()
    {
        const qint64 id = m_session->model().id;
        QCOMPARE(m_session->model().version, 1);
        m_session->undoStack()->push(new SetJudgement(m_session.get(), {current, 0, 0, 1}, 3.0));
        QSignalSpy modified(m_session.get(), &AhpModelSession::modifiedChanged);
        auto saved = m_session->save();
        VD_VERIFY_OK(saved);
        QCOMPARE(saved->version, 2);
        QCOMPARE(m_session->model().version, 2);
        QVERIFY(!m_session->isModified());
        QCOMPARE(modified.count(), 1);
        AhpModelRepository repository(m_document->database().connection());
        auto latest = repository.load(id);
        VD_VERIFY_OK(latest);
        QCOMPARE(latest->version, 2);
        QCOMPARE(*latest->root.children()[0].evaluators()[0].matrix.judgement(0, 1), 3.0);
        auto first = repository.load(id, 1);
        VD_VERIFY_OK(first);
        QCOMPARE(*first->root.children()[0].evaluators()[0].matrix.judgement(0, 1), 4.0);
    }

    void reloadDiscardsChanges()
    {
        m_session->undoStack()->push(new RemoveNode(m_session.get(), current));
        QCOMPARE(childCount(*m_session, goal), 1);
        VD_VERIFY_OK(m_session->reload());
        QCOMPARE(childCount(*m_session, goal), 2);
        QVERIFY(!m_session->isModified());
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<AhpModelSession> m_session;
};

QTEST_GUILESS_MAIN(TstAhpModelSession)
#include "tst_ahpmodelsession.moc"
