#include "ahp/ahpundocommands.h"
#include "ahp/pairwisematrixmodel.h"
#include "ahp/pairwisequestionmodel.h"
#include "ahptestutil.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QSignalSpy>
#include <QUndoStack>

using namespace valuedesk;

namespace {

const NodePath profit{0, 0};

} // namespace

class TstPairwiseMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_document = test::createDocument(m_dir, QStringLiteral("p%1.vdb").arg(++m_files));
        QVERIFY(m_document);
        m_session = test::lubricantSession(*m_document);
        QVERIFY(m_session);
        m_model = std::make_unique<PairwiseMatrixModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSource(m_session.get(), profit, 0);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_session.reset();
        m_document.reset();
    }

    void parsesJudgements_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << QStringLiteral("3") << 3.0;
        QTest::newRow("fraction") << QStringLiteral("1/3") << 1.0 / 3;
        QTest::newRow("spaces") << QStringLiteral(" 1 / 5 ") << 0.2;
        QTest::newRow("decimal") << QStringLiteral("0.333") << 0.333;
        QTest::newRow("ratio") << QStringLiteral("1:7") << 1.0 / 7;
        QTest::newRow("full-width slash") << QStringLiteral("1／4") << 0.25;
        QTest::newRow("zero") << QStringLiteral("0") << -1.0;
        QTest::newRow("negative") << QStringLiteral("-3") << -1.0;
        QTest::newRow("text") << QStringLiteral("abc") << -1.0;
        QTest::newRow("division by zero") << QStringLiteral("1/0") << -1.0;
    }

    void parsesJudgements()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const auto parsed = PairwiseMatrixModel::parseJudgement(text);
        if (value < 0)
            QVERIFY(!parsed);
        else
            QVERIFY(parsed && qAbs(*parsed - value) < 1e-12);
    }

    void showsFractionsAndReciprocals()
    {
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), 4);
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(),
                 m_session->node(profit)->children()[0].name());
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("4"));
        QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("1/4"));
        QCOMPARE(m_model->index(2, 2).data().toString(), QStringLiteral("1"));
        QVERIFY(m_model->index(2, 2).data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(m_model->flags(m_model->index(0, 1)) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->index(1, 0)) & Qt::ItemIsEditable));
        QVERIFY(!(m_model->flags(m_model->index(1, 1)) & Qt::ItemIsEditable));
        QCOMPARE(m_model->index(0, 1).data(PairwiseMatrixModel::ValueRole).toDouble(), 4.0);
    }

    void typingAJudgementPushesAnUndoStep()
    {
        QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("1/3")));
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("1/3"));
        QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("3"));
        QCOMPARE(m_session->undoStack()->count(), 1);
        // 0.333 is the same judgement on Saaty's scale: no new step.
        QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("0.333")));
        QCOMPARE(m_session->undoStack()->count(), 1);
        QSignalSpy rejected(m_model.get(), &PairwiseMatrixModel::editRejected);
        QVERIFY(!m_model->setData(m_model->index(0, 1), QStringLiteral("zero")));
        QVERIFY(!m_model->setData(m_model->index(0, 1), QStringLiteral("2.5"))); // off the scale
        QCOMPARE(rejected.count(), 2);
        QVERIFY(!m_model->setData(m_model->index(1, 0), QStringLiteral("3"))); // lower triangle
        m_session->undoStack()->undo();
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("4"));
    }

    void missingJudgementShowsTheInferredValue()
    {
        QVERIFY(m_model->setData(m_model->index(0, 1), QString()));
        const QModelIndex cell = m_model->index(0, 1);
        QVERIFY(cell.data(PairwiseMatrixModel::ValueRole).isNull());
        QVERIFY(cell.data(Qt::EditRole).toString().isEmpty());
        QVERIFY(cell.data(PairwiseMatrixModel::InferredRole).toDouble() > 1);
        QVERIFY(!cell.data().toString().isEmpty());
        QVERIFY(cell.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("inferred: ")));
        QCOMPARE(m_model->analysis().inferred.size(), 1);
    }

    void inconsistentMatrixHighlightsThreeJudgements()
    {
        QVERIFY(m_model->analysis().suggestions.isEmpty());
        QVERIFY(m_model->setData(m_model->index(0, 1), QStringLiteral("1/9")));
        QVERIFY(m_model->analysis().ahp->cr >= 0.1);
        int highlighted = 0;
        for (int i = 0; i < 4; ++i) {
            for (int j = i + 1; j < 4; ++j) {
                const bool suggested =
                    m_model->index(i, j).data(PairwiseMatrixModel::SuggestedRole).toBool();
                highlighted += suggested ? 1 : 0;
                QCOMPARE(m_model->index(j, i).data(PairwiseMatrixModel::SuggestedRole).toBool(),
                         suggested);
                if (suggested)
                    QVERIFY(
                        m_model->index(i, j).data(Qt::BackgroundRole).value<QColor>().isValid());
            }
        }
        QCOMPARE(highlighted, 3);
    }

    void groupResultIsReadOnly()
    {
        m_session->undoStack()->push(
            new AddEvaluator(m_session.get(), QStringLiteral("Li"), QStringLiteral("Wang")));
        m_model->setSource(m_session.get(), profit, NodeAnalysis::group);
        QVERIFY(m_model->isReadOnly());
        QVERIFY(!(m_model->flags(m_model->index(0, 1)) & Qt::ItemIsEditable));
        // geometric mean of 4 and 1
        QCOMPARE(m_model->index(0, 1).data(PairwiseMatrixModel::ValueRole).toDouble(), 2.0);
        QVERIFY(m_model->analysis().groupResult.has_value());
        m_model->setSource(m_session.get(), profit, 1);
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("1"));
    }

    void questionnaire()
    {
        PairwiseQuestionModel questions;
        QAbstractItemModelTester tester(&questions,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        questions.setSource(m_session.get(), profit, 0);
        QCOMPARE(questions.rowCount(), 6);
        QCOMPARE(questions.pairAt(0), qMakePair(0, 1));
        QCOMPARE(questions.pairAt(3), qMakePair(1, 2));
        QCOMPARE(questions.pairAt(5), qMakePair(2, 3));
        QCOMPARE(PairwiseQuestionModel::positionOf(9), -8);
        QCOMPARE(PairwiseQuestionModel::positionOf(1), 0);
        QCOMPARE(PairwiseQuestionModel::positionOf(1.0 / 3), 2);
        QCOMPARE(PairwiseQuestionModel::judgementAt(-4), 5.0);
        QCOMPARE(PairwiseQuestionModel::judgementAt(8), 1.0 / 9);
        const QModelIndex first = questions.index(0, PairwiseQuestionModel::Judgement);
        QCOMPARE(first.data(PairwiseQuestionModel::PositionRole).toInt(), -3); // a12 = 4
        QVERIFY(questions.index(0, PairwiseQuestionModel::Meaning)
                    .data()
                    .toString()
                    .startsWith(
                        questions.index(0, PairwiseQuestionModel::CriterionA).data().toString()));
        QVERIFY(questions.setData(first, 2));
        QCOMPARE(*test::judgementOf(*m_session, profit, 0, 1), 1.0 / 3);
        QCOMPARE(m_model->index(0, 1).data().toString(), QStringLiteral("1/3"));
        QVERIFY(questions.setData(first, 3));
        QCOMPARE(m_session->undoStack()->count(), 1); // a drag is one step
        QVERIFY(!questions.setData(first, 9));
        QCOMPARE(questions.index(0, PairwiseQuestionModel::Meaning).data().toString(),
                 PairwiseQuestionModel::meaning(3, m_session->node(profit)->children()[0].name(),
                                                m_session->node(profit)->children()[1].name()));
        QVERIFY(questions.index(0, PairwiseQuestionModel::Meaning)
                    .data()
                    .toString()
                    .startsWith(m_session->node(profit)->children()[1].name()));
        m_session->undoStack()->undo();
        QCOMPARE(first.data(PairwiseQuestionModel::PositionRole).toInt(), -3);
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<AhpModelSession> m_session;
    std::unique_ptr<PairwiseMatrixModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TstPairwiseMatrixModel)
#include "tst_pairwisematrixmodel.moc"
