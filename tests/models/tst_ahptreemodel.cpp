#include "ahp/ahptreemodel.h"
#include "ahp/ahpundocommands.h"
#include "ahptestutil.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>

using namespace valuedesk;

class TstAhpTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_document = test::createDocument(m_dir, QStringLiteral("t%1.vdb").arg(++m_files));
        QVERIFY(m_document);
        m_session = test::lubricantSession(*m_document);
        QVERIFY(m_session);
        m_model = std::make_unique<AhpTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSession(m_session.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
        m_document.reset();
    }

    void showsTheHierarchyWithWeights()
    {
        QCOMPARE(m_model->rowCount(), 1);
        const QModelIndex goal = m_model->index(0, AhpTreeModel::Name);
        QCOMPARE(goal.data().toString(), QStringLiteral("Customer value"));
        QCOMPARE(m_model->rowCount(goal), 2);
        const QModelIndex current = m_model->indexOf({0}, AhpTreeModel::LocalWeight);
        QCOMPARE(current.data().toString(), QStringLiteral("66.7 %"));
        QVERIFY(qAbs(current.data(AhpTreeModel::ValueRole).toDouble() - 2.0 / 3) < 1e-9);
        const QModelIndex leaf = m_model->indexOf({0, 0, 0}, AhpTreeModel::GlobalWeight);
        QVERIFY(qAbs(leaf.data(AhpTreeModel::ValueRole).toDouble() -
                     m_session->nodeResult({0, 0, 0})->globalWeight) < 1e-12);
        QCOMPARE(m_model->indexOf({0, 0}, AhpTreeModel::ConsistencyRatio).data().toString(),
                 QString::number(m_session->nodeResult({0, 0})->ahp->cr, 'f', 3));
        QVERIFY(m_model->indexOf({0, 0, 0}, AhpTreeModel::ConsistencyRatio).data().isNull());
        QVERIFY(!m_model->indexOf({0, 0, 0}, AhpTreeModel::Metric).data().toString().isEmpty());
        QCOMPARE(m_model->indexOf({0, 1, 2}).data(AhpTreeModel::NodePathRole).value<NodePath>(),
                 (NodePath{0, 1, 2}));
        QVERIFY(m_model->indexOf({0, 1, 2}).data(AhpTreeModel::IsLeafRole).toBool());
        QCOMPARE(m_model->pathOf(m_model->indexOf({1, 1})), (NodePath{1, 1}));
    }

    void renameThroughSetDataIsUndoable()
    {
        const QModelIndex current = m_model->indexOf({0});
        QVERIFY(m_model->flags(current) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->indexOf({0}, AhpTreeModel::GlobalWeight)) &
                  Qt::ItemIsEditable));
        QVERIFY(m_model->setData(current, QStringLiteral("当前价值")));
        QCOMPARE(current.data().toString(), QStringLiteral("当前价值"));
        QVERIFY(!m_model->setData(current, QStringLiteral("  ")));
        m_session->undoStack()->undo();
        QCOMPARE(current.data().toString(), QStringLiteral("Current value"));
    }

    void structuralEditsKeepTheTreeInStep()
    {
        QUndoStack *stack = m_session->undoStack();
        stack->push(new AddNode(m_session.get(), {0}, 2, HierarchyNode(QStringLiteral("X"))));
        QCOMPARE(m_model->rowCount(m_model->indexOf({0})), 3);
        QCOMPARE(m_model->indexOf({0, 2}).data().toString(), QStringLiteral("X"));
        stack->push(new RemoveNode(m_session.get(), {0, 0}));
        QCOMPARE(m_model->rowCount(m_model->indexOf({0})), 2);
        stack->push(new MoveNode(m_session.get(), {1, 1, 0}, {0}, 0));
        QCOMPARE(m_model->indexOf({0, 0}).data().toString(), m_session->node({0, 0})->name());
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(m_model->rowCount(m_model->indexOf({0, 0})), 4);
        while (stack->canRedo())
            stack->redo();
        VD_VERIFY_OK(m_session->reload());
        QCOMPARE(m_model->rowCount(m_model->indexOf({0})), 2);
    }

    void dragAndDropMovesANode()
    {
        const QModelIndex source = m_model->indexOf({0, 0, 0});
        const QString name = source.data().toString();
        QVERIFY(m_model->flags(source) & Qt::ItemIsDragEnabled);
        QVERIFY(!(m_model->flags(m_model->indexOf({})) & Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> data(m_model->mimeData({source}));
        QVERIFY(data);
        const QModelIndex profit = m_model->indexOf({0, 0});
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 4, 0, profit));
        // Not into itself, not beside the goal.
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, source));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 4, 0, profit));
        QCOMPARE(m_model->indexOf({0, 0, 3}).data().toString(), name);
        QCOMPARE(m_session->undoStack()->count(), 1);
        // Reparent onto another criterion.
        std::unique_ptr<QMimeData> again(m_model->mimeData({m_model->indexOf({0, 0, 3})}));
        QVERIFY(
            m_model->dropMimeData(again.get(), Qt::MoveAction, -1, 0, m_model->indexOf({1, 1})));
        QCOMPARE(m_model->indexOf({1, 1, 3}).data().toString(), name);
        m_session->undoStack()->undo();
        m_session->undoStack()->undo();
        QCOMPARE(m_model->indexOf({0, 0, 0}).data().toString(), name);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<AhpModelSession> m_session;
    std::unique_ptr<AhpTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TstAhpTreeModel)
#include "tst_ahptreemodel.moc"
