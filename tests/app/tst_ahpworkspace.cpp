#include "ahp/ahphierarchypane.h"
#include "ahp/ahpmodelsession.h"
#include "ahp/ahpresultspanel.h"
#include "ahp/ahptreemodel.h"
#include "ahp/ahpundocommands.h"
#include "ahp/ahpworkspace.h"
#include "ahp/evaluatorgroupbar.h"
#include "ahp/hierarchyconsistencylabel.h"
#include "ahp/pairwiseeditor.h"
#include "ahp/pairwisematrixmodel.h"
#include "ahp/pairwisequestionmodel.h"
#include "ahpmodelrepository.h"
#include "apptestutil.h"
#include "document.h"
#include "mainwindow.h"
#include "settings.h"
#include "translator.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace valuedesk;

namespace {

const NodePath current{0};
const NodePath profit{0, 0};

double crOf(const PairwiseEditor *editor)
{
    return editor->matrixModel()->analysis().ahp->cr;
}

} // namespace

class TstAhpWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_translator = std::make_unique<Translator>();
        m_translator->apply(Settings::Language::English);
        auto opened = Document::open(m_dir.filePath(QStringLiteral("w%1.vdb").arg(++m_files)),
                                     Database::OpenMode::CreateNew);
        QVERIFY(opened.ok());
        m_document = std::move(*opened);
        m_workspace = std::make_unique<AhpWorkspace>();
        m_workspace->resize(1300, 800);
        m_workspace->setDocument(m_document.get());
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        QVERIFY(!m_workspace->session());
        QVERIFY(m_workspace
                    ->createModel(QStringLiteral("lubricant"), QStringLiteral("Lubricant"), false)
                    .ok());
        QVERIFY(m_workspace->session());
        m_editor = m_workspace->pairwiseEditor();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_document.reset();
        m_translator.reset();
    }

    void typingAJudgementUpdatesReciprocalWeightsAndUndo()
    {
        AhpHierarchyPane *pane = m_workspace->hierarchyPane();
        pane->selectNode(current);
        QCOMPARE(pane->currentNode(), current);
        QCOMPARE(m_editor->node(), current);
        QTableView *grid = m_editor->matrixView();
        QVERIFY(grid->isVisible());
        QCOMPARE(grid->model()->index(1, 0).data().toString(), QStringLiteral("1/4"));
        QTableWidget *weights = m_editor->resultsPanel()->weightsTable();
        QCOMPARE(weights->item(0, 1)->text(), QStringLiteral("80.00 %"));

        // Type "1/3" into the cell as a user does.
        const QModelIndex cell = grid->model()->index(0, 1);
        grid->setCurrentIndex(cell);
        grid->edit(cell);
        auto *editor = grid->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("1/3"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
        QTRY_COMPARE(grid->model()->index(0, 1).data().toString(), QStringLiteral("1/3"));
        QCOMPARE(grid->model()->index(1, 0).data().toString(), QStringLiteral("3"));
        QCOMPARE(weights->item(0, 1)->text(), QStringLiteral("25.00 %"));
        const QModelIndex treeWeight =
            pane->treeModel()->indexOf({0, 0}, AhpTreeModel::LocalWeight);
        QCOMPARE(treeWeight.data().toString(), QStringLiteral("25.0 %"));

        m_workspace->undoStack()->undo();
        QCOMPARE(grid->model()->index(1, 0).data().toString(), QStringLiteral("1/4"));
        QCOMPARE(weights->item(0, 1)->text(), QStringLiteral("80.00 %"));
        QCOMPARE(treeWeight.data().toString(), QStringLiteral("80.0 %"));
    }

    void crUpdatesAndASuggestionLowersIt()
    {
        m_workspace->hierarchyPane()->selectNode(profit);
        QLabel *cr = m_editor->resultsPanel()->crLabel();
        QVERIFY(cr->property("consistent").toBool());
        const double before = crOf(m_editor);
        QVERIFY(m_editor->matrixView()->model()->setData(
            m_editor->matrixView()->model()->index(0, 1), QStringLiteral("1/9")));
        const double inconsistent = crOf(m_editor);
        QVERIFY(inconsistent > before && inconsistent >= 0.1);
        QVERIFY(!cr->property("consistent").toBool());
        QVERIFY(cr->text().contains(QString::number(inconsistent, 'f', 3)));
        auto *apply =
            m_editor->resultsPanel()->findChild<QPushButton *>(QStringLiteral("applySuggestion0"));
        QVERIFY(apply);
        QVERIFY(apply->isVisible());
        apply->click();
        QVERIFY(crOf(m_editor) < inconsistent);
        QCOMPARE(m_workspace->undoStack()->count(), 2);
    }

    void questionnaireSliderChangesTheJudgement()
    {
        m_workspace->hierarchyPane()->selectNode(profit);
        m_editor->setMode(PairwiseEditor::Mode::Questionnaire);
        QTableView *view = m_editor->questionView();
        QVERIFY(view->isVisible());
        const QModelIndex first = view->model()->index(0, PairwiseQuestionModel::Judgement);
        auto *slider = qobject_cast<QSlider *>(view->indexWidget(first));
        QVERIFY(slider);
        QCOMPARE(slider->value(), -3); // a12 = 4
        // Drag towards B: each position is applied at once, all in one undo step.
        for (int position = -2; position <= 2; ++position)
            slider->setValue(position);
        const auto judgement = m_workspace->session()->judgement({profit, 0, 0, 1});
        QVERIFY(judgement && qAbs(*judgement - 1.0 / 3) < 1e-12);
        QCOMPARE(m_workspace->undoStack()->count(), 1);
        QCOMPARE(m_editor->matrixModel()->index(0, 1).data().toString(), QStringLiteral("1/3"));
        m_workspace->undoStack()->undo();
        QCOMPARE(slider->value(), -3);
    }

    void saveCreatesVersionTwo()
    {
        AhpModelSession *session = m_workspace->session();
        QCOMPARE(session->model().version, 1);
        auto *save = m_workspace->findChild<QPushButton *>(QStringLiteral("saveModelButton"));
        QVERIFY(!save->isEnabled());
        m_workspace->hierarchyPane()->selectNode(current);
        QVERIFY(m_editor->matrixModel()->setData(m_editor->matrixModel()->index(0, 1),
                                                 QStringLiteral("2")));
        QVERIFY(session->isModified());
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(session->model().version, 2);
        QVERIFY(!session->isModified());
        QVERIFY(!save->isEnabled());
        auto models = AhpModelRepository(m_document->database().connection()).list();
        QVERIFY(models.ok());
        QCOMPARE(models->size(), 1);
        QCOMPARE(models->first().version, 2);
        QVERIFY(m_workspace->modelCombo()->currentText().contains(QStringLiteral("2")));
    }

    void mainWindowTabsAndUndoFollowTheTab()
    {
        const QString path = m_dir.filePath(QStringLiteral("main.vdb"));
        test::writeDemoFile(path, 20);
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings, *m_translator);
        window.show();
        QVERIFY(window.openDocument(path, Database::OpenMode::OpenExisting));
        QCOMPARE(window.tabs()->count(), 5);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Customers"));
        QCOMPARE(window.tabs()->tabText(1), QStringLiteral("Value model (AHP)"));
        QCOMPARE(window.tabs()->tabText(2), QStringLiteral("Evaluation"));
        QCOMPARE(window.tabs()->tabText(3), QStringLiteral("Classes"));
        QCOMPARE(window.tabs()->tabText(4), QStringLiteral("Customer lifetime value"));
        AhpWorkspace *ahp = window.ahpWorkspace();
        window.tabs()->setCurrentWidget(ahp);
        QVERIFY(ahp->createModel(QStringLiteral("retail"), QString(), true).ok());
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(!undo->isEnabled());
        ahp->hierarchyPane()->selectNode({});
        QVERIFY(ahp->pairwiseEditor()->matrixModel()->setData(
            ahp->pairwiseEditor()->matrixModel()->index(0, 1), QStringLiteral("5")));
        QVERIFY(undo->isEnabled());
        window.tabs()->setCurrentIndex(0);
        QVERIFY(!undo->isEnabled()); // the customer file has no history yet
        window.tabs()->setCurrentWidget(ahp);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QVERIFY(!ahp->session()->isModified());
        window.close();
    }

    void evaluatorsAndGroupResult()
    {
        m_workspace->hierarchyPane()->selectNode(profit);
        QComboBox *combo = m_editor->evaluatorCombo();
        QCOMPARE(combo->count(), 1);
        m_workspace->session()->undoStack()->push(
            new AddEvaluator(m_workspace->session(), QStringLiteral("Li"), QStringLiteral("Wang")));
        QCOMPARE(combo->count(), 3); // group, Wang, Li
        m_editor->setEvaluator(NodeAnalysis::group);
        QVERIFY(m_editor->matrixModel()->isReadOnly());
        QVERIFY(m_editor->resultsPanel()->findChild<QTableWidget *>()->isVisible());
        m_editor->setEvaluator(1);
        QCOMPARE(m_editor->matrixModel()->index(0, 1).data().toString(), QStringLiteral("1"));
    }

    void hierarchicalConsistencyLabel()
    {
        HierarchyConsistencyLabel *label = m_workspace->consistencyLabel();
        QVERIFY(label->isVisible());
        // The lubricant template's CR_H, rounded as displayed.
        QVERIFY(qAbs(m_workspace->session()->results()->hierarchicalCr - 0.024) < 0.0005);
        QVERIFY2(label->text().contains(QStringLiteral("0.024")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("Saaty (1980)")));
        QVERIFY(label->text().contains(QStringLiteral("all 7 judged criteria pass")));
        QVERIFY(label->property("consistent").toBool());
        QVERIFY(label->toolTip().contains(QStringLiteral("Σ g·CI / Σ g·RI")));
        const QColor pass = label->palette().color(QPalette::WindowText);

        // One inconsistent criterion turns the line red, even while CR_H itself still passes.
        m_workspace->hierarchyPane()->selectNode(profit);
        QVERIFY(m_editor->matrixModel()->setData(m_editor->matrixModel()->index(0, 1),
                                                 QStringLiteral("1/9")));
        QVERIFY(!label->property("consistent").toBool());
        QVERIFY(label->palette().color(QPalette::WindowText) != pass);
        QVERIFY(label->text().contains(QStringLiteral("1 of 7 judged criteria fail")));
        QVERIFY(label->text().contains(QStringLiteral("Total profit")));
        const double crH = m_workspace->session()->results()->hierarchicalCr;
        QVERIFY(label->text().contains(QString::number(crH, 'f', 3)));
        m_workspace->undoStack()->undo();
        QVERIFY(label->property("consistent").toBool());
        QCOMPARE(label->palette().color(QPalette::WindowText), pass);
        QVERIFY(label->text().contains(QStringLiteral("0.024")));
    }

    void votingWeightChangesTheGroupWeights()
    {
        m_workspace->hierarchyPane()->selectNode(profit);
        EvaluatorGroupBar *bar = m_editor->groupBar();
        QVERIFY(!bar->isVisible()); // one evaluator
        m_workspace->session()->undoStack()->push(
            new AddEvaluator(m_workspace->session(), QStringLiteral("Li"), QStringLiteral("Wang")));
        QVERIFY(bar->isVisible());
        m_editor->setEvaluator(NodeAnalysis::group);
        QTableWidget *weights = m_editor->resultsPanel()->weightsTable();
        const QString equalVotes = weights->item(0, 1)->text();
        QDoubleSpinBox *wang = bar->votingWeightBox(0);
        QVERIFY(wang && bar->votingWeightBox(1) && !bar->votingWeightBox(2));
        QVERIFY(wang->prefix().contains(QStringLiteral("Wang")));
        QCOMPARE(wang->value(), 1.0);
        wang->stepUp();
        wang->stepUp(); // 2.0: one undo step for both
        QCOMPARE(m_workspace->session()->votingWeight({profit, 0}), 2.0);
        QCOMPARE(m_workspace->undoStack()->count(), 2);
        const QString wangHeavier = weights->item(0, 1)->text();
        QVERIFY(wangHeavier != equalVotes);
        // Wang rates the first indicator far higher than Li (who judges all equal).
        QVERIFY(wangHeavier.split(QLatin1Char(' ')).first().toDouble() >
                equalVotes.split(QLatin1Char(' ')).first().toDouble());
        m_workspace->undoStack()->undo();
        QCOMPARE(wang->value(), 1.0);
        QCOMPARE(weights->item(0, 1)->text(), equalVotes);
    }

    void aipHidesTheGroupCr()
    {
        m_workspace->hierarchyPane()->selectNode(profit);
        m_workspace->session()->undoStack()->push(
            new AddEvaluator(m_workspace->session(), QStringLiteral("Li"), QStringLiteral("Wang")));
        m_editor->setEvaluator(NodeAnalysis::group);
        AhpResultsPanel *results = m_editor->resultsPanel();
        QVERIFY(results->crLabel()->isVisible()); // AIJ: the group matrix has a CR
        QComboBox *aggregation = m_editor->groupBar()->aggregationCombo();
        QCOMPARE(aggregation->currentIndex(), 0);
        aggregation->setCurrentIndex(1);
        QCOMPARE(m_workspace->session()->aggregation(profit), GroupAggregation::Priorities);
        QVERIFY(!results->crLabel()->isVisible());
        QVERIFY(results->aggregationNote()->isVisible());
        QVERIFY(results->aggregationNote()->text().contains(QStringLiteral("no group CR")));
        QVERIFY(!m_editor->matrixView()->isVisible()); // no group matrix to show
        // Each evaluator's CR is still listed.
        auto *evaluators = results->findChild<QTableWidget *>(QStringLiteral("evaluatorsTable"));
        QVERIFY(evaluators && evaluators->isVisible());
        QCOMPARE(evaluators->rowCount(), 2);
        m_workspace->undoStack()->undo();
        QCOMPARE(aggregation->currentIndex(), 0);
        QVERIFY(results->crLabel()->isVisible());
        QVERIFY(m_editor->matrixView()->isVisible());
        QVERIFY(!results->aggregationNote()->text().contains(QStringLiteral("no group CR")));
    }

    void renameAndSave()
    {
        AhpModelRepository repository(m_document->database().connection());
        AhpModel other;
        other.name = QStringLiteral("Retail");
        other.root = HierarchyNode(QStringLiteral("Goal"));
        QVERIFY(repository.save(other).ok());
        const Status taken = m_workspace->renameModel(QStringLiteral("Retail"));
        QVERIFY(!taken.ok());
        QVERIFY(taken.error().message().contains(QStringLiteral("Retail")));
        QVERIFY(!m_workspace->session()->isModified());

        QVERIFY(m_workspace->renameModel(QStringLiteral("Lubricant 2024")).ok());
        QCOMPARE(m_workspace->session()->model().name, QStringLiteral("Lubricant 2024"));
        QVERIFY(
            m_workspace->modelCombo()->currentText().startsWith(QStringLiteral("Lubricant 2024")));
        m_workspace->undoStack()->undo();
        QVERIFY(m_workspace->modelCombo()->currentText().startsWith(QStringLiteral("Lubricant (")));
        m_workspace->undoStack()->redo();
        m_workspace->findChild<QPushButton *>(QStringLiteral("saveModelButton"))->click();
        auto models = repository.list();
        QVERIFY(models.ok());
        QCOMPARE(models->size(), 2);
        QCOMPARE(models->at(0).name, QStringLiteral("Lubricant 2024"));
        QCOMPARE(models->at(0).version, 2);
        QCOMPARE(m_workspace->modelCombo()->currentText(),
                 QStringLiteral("Lubricant 2024 (version 2)"));
    }

    void exportAndImportJson()
    {
        const QString path = m_dir.filePath(QStringLiteral("model.json"));
        QVERIFY(m_workspace->exportModel(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("Lubricant"));
        QVERIFY(json.value(QStringLiteral("root"))
                    .toObject()
                    .contains(QStringLiteral("global_weight")));
        file.close();
        QVERIFY(m_workspace->importModel(path).ok());
        QCOMPARE(m_workspace->session()->model().name, QStringLiteral("Lubricant (2)"));
        QCOMPARE(m_workspace->modelCombo()->count(), 2);
    }

    void retranslates()
    {
        m_workspace->hierarchyPane()->selectNode(profit);
        auto *save = m_workspace->findChild<QPushButton *>(QStringLiteral("saveModelButton"));
        QCOMPARE(save->text(), QStringLiteral("Save"));
        const auto riLabel = [this]() {
            const auto labels = m_editor->resultsPanel()->findChildren<QLabel *>();
            for (QLabel *l : labels) {
                if (l->text().contains(QStringLiteral("Saaty")))
                    return l->text();
            }
            return QString();
        };
        QVERIFY(riLabel().contains(QStringLiteral("Saaty (1980)")));
        m_translator->apply(Settings::Language::Chinese);
        QTRY_VERIFY(riLabel().contains(QStringLiteral("Saaty（1980）")));
        m_translator->apply(Settings::Language::English);
        QTRY_VERIFY(riLabel().contains(QStringLiteral("Saaty (1980)")));
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Translator> m_translator;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<AhpWorkspace> m_workspace;
    PairwiseEditor *m_editor = nullptr;
};

QTEST_MAIN(TstAhpWorkspace)
#include "tst_ahpworkspace.moc"
