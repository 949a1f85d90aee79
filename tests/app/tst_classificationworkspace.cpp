#include "ahp/ahptemplates.h"
#include "ahpmodelrepository.h"
#include "apptestutil.h"
#include "classification/classificationresultmodel.h"
#include "classification/classificationworkspace.h"
#include "classification/classsummarymodel.h"
#include "classification/crosstabmodel.h"
#include "classification/rfmheatmapmodel.h"
#include "classification/schemeoptionsform.h"
#include "classificationrepository.h"
#include "connectionfactory.h"
#include "document.h"
#include "documentstore.h"
#include "evaluationservice.h"
#include "paretochart.h"
#include "snapshotrepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace valuedesk;

#define VD_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &vdResult = (expression);                                                       \
        QVERIFY2(vdResult.ok(), vdResult.ok() ? "" : qPrintable(vdResult.error().toString()));     \
    } while (false)

class TstClassificationWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void abcWithParetoSummaryAndCrossTab();
    void everySchemeClassifies();
    void rfmHeatmapAndStoredResultReopens();
    void badOptionsAreRefused();
    void followsStoredEvaluationsWithoutBeingShown();
    void screenshot();

private:
    void choose(const QString &scheme);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ClassificationWorkspace> m_workspace;
    int m_customers = 150;
};

void TstClassificationWorkspace::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("c.vdb"));
    test::writeDemoFile(m_path, m_customers);
    auto db = Database::open(m_path, Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(db);
    auto model = AhpTemplates::create(QStringLiteral("lubricant"), TemplateLanguage::English);
    VD_VERIFY_OK(model);
    auto saved = AhpModelRepository((*db)->connection()).save(*model);
    VD_VERIFY_OK(saved);
    EvaluationRequest request;
    request.model = *saved;
    TaskContext context;
    auto snapshot = EvaluationService::run(request, SqliteConnectionFactory(**db), context);
    VD_VERIFY_OK(snapshot);
    VD_VERIFY_OK(SnapshotRepository((*db)->connection()).save(*snapshot));
}

void TstClassificationWorkspace::init()
{
    auto opened = Document::open(m_path, Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(opened);
    m_document = std::move(*opened);
    m_workspace = std::make_unique<ClassificationWorkspace>();
    m_workspace->resize(1300, 800);
    m_workspace->setDocument(m_document.get());
}

void TstClassificationWorkspace::cleanup()
{
    m_workspace.reset();
    m_document.reset();
}

// Issue 11: the tab listens to the Document's change events instead of re-reading the file when
// it is shown. A snapshot stored or removed while the tab is hidden appears or goes at once.
void TstClassificationWorkspace::followsStoredEvaluationsWithoutBeingShown()
{
    QVERIFY(!m_workspace->isVisible());
    QComboBox *snapshots = m_workspace->snapshotCombo();
    QCOMPARE(snapshots->count(), 1);
    auto stored = m_document->store().loadSnapshot(snapshots->itemData(0).toLongLong());
    VD_VERIFY_OK(stored);
    EvaluationSnapshot copy = *stored;
    copy.info.label = QStringLiteral("second");
    auto saved = m_document->store().saveSnapshot(copy);
    VD_VERIFY_OK(saved);
    QCOMPARE(snapshots->count(), 2);
    QVERIFY(snapshots->findData(*saved) >= 0);
    VD_VERIFY_OK(m_document->store().removeSnapshot(*saved));
    QCOMPARE(snapshots->count(), 1);
    QCOMPARE(snapshots->findData(*saved), -1);
}

void TstClassificationWorkspace::choose(const QString &scheme)
{
    QComboBox *schemes = m_workspace->schemeCombo();
    schemes->setCurrentIndex(schemes->findData(scheme));
}

void TstClassificationWorkspace::abcWithParetoSummaryAndCrossTab()
{
    QCOMPARE(m_workspace->snapshotCombo()->count(), 1);
    choose(QStringLiteral("abc"));
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->classify(report); }));
    const ClassificationResult *r = m_workspace->result();
    QVERIFY(r);
    QCOMPARE(r->scheme, QStringLiteral("abc"));
    QCOMPARE(r->classOf.size(), m_customers);
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), m_customers);
    QVERIFY(m_workspace->summaryLabel()->text().contains(QStringLiteral("Gini")));
    // The Pareto chart groups 150 customers into at most ~120 bars, and ends at 100 %.
    ParetoChart *pareto = m_workspace->paretoChart();
    QVERIFY(pareto->barCount() > 3 && pareto->barCount() <= ParetoChart::maxBars + 3);
    QCOMPARE(pareto->lastRank(pareto->barCount() - 1), m_customers - 1);
    QVERIFY(qAbs(pareto->cumulativeShare(pareto->barCount() - 1) - 1.0) < 1e-9);
    // Class A holds at least 80 % of revenue, by the rule.
    const ClassSummaryModel *summary = m_workspace->summaryModel();
    QVERIFY(summary->rows().at(0).customers > 0);
    // Cross-tab against the value quadrants: every classified customer once.
    const CrossTabModel *cross = m_workspace->crossTabModel();
    QCOMPARE(cross->columnCount(), 5);
    int classified = 0;
    for (int k : r->classOf)
        classified += k >= 0 ? 1 : 0;
    QCOMPARE(cross->count(cross->rowCount() - 1, cross->columnCount() - 1), classified);
    // Stored with the evaluation.
    const qint64 snapshotId = m_workspace->snapshotCombo()->currentData().toLongLong();
    auto schemes =
        ClassificationRepository(m_document->database().connection()).schemes(snapshotId);
    VD_VERIFY_OK(schemes);
    QVERIFY(schemes->contains(QStringLiteral("abc")));
    // A bar click shows its customers in the table.
    emit pareto->barClicked(0, 0);
    QCOMPARE(m_workspace->viewTabs()->currentIndex(), 1);
}

void TstClassificationWorkspace::everySchemeClassifies()
{
    for (const QString &scheme :
         {QStringLiteral("rfm"), QStringLiteral("cost"), QStringLiteral("loyalty-value"),
          QStringLiteral("pyramid"), QStringLiteral("amount-frequency"), QStringLiteral("tiers"),
          QStringLiteral("kmeans")}) {
        choose(scheme);
        QVERIFY2(m_workspace->optionsForm()->fieldCount() > 0, qPrintable(scheme));
        if (scheme == QLatin1String("cost")) {
            // Allocate costs as a share of revenue (the demo has no cost attribute).
            auto *cost =
                m_workspace->optionsForm()->findChild<QLineEdit *>(QStringLiteral("option_cost"));
            QVERIFY(cost);
            cost->setText(QStringLiteral("revenue-share"));
        }
        const Status done =
            test::finished([&](const test::Done &report) { m_workspace->classify(report); });
        QVERIFY2(done.ok(), qPrintable(scheme + QStringLiteral(": ") +
                                       (done.ok() ? QString() : done.error().message())));
        QCOMPARE(m_workspace->result()->scheme, scheme);
        QCOMPARE(m_workspace->customerTable()->model()->rowCount(), m_customers);
    }
    // The cross-tab can compare with another stored scheme.
    QComboBox *compare = m_workspace->compareCombo();
    QVERIFY(compare->count() >= 7);
    compare->setCurrentIndex(compare->findData(QStringLiteral("rfm")));
    QCOMPARE(m_workspace->crossTabModel()->columnCount(), 9); // 8 segments + total
}

void TstClassificationWorkspace::rfmHeatmapAndStoredResultReopens()
{
    choose(QStringLiteral("rfm"));
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->classify(report); }));
    int inGrid = 0;
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            inGrid += m_workspace->heatmapModel()->count(r, f);
    QCOMPARE(inGrid, m_customers);
    const QVector<int> classes = m_workspace->result()->classOf;

    // Another window onto the same file shows the stored result without classifying again.
    ClassificationWorkspace again;
    again.setDocument(m_document.get());
    QComboBox *schemes = again.schemeCombo();
    schemes->setCurrentIndex(schemes->findData(QStringLiteral("rfm")));
    QVERIFY(again.result());
    QCOMPARE(again.result()->classOf, classes);
}

void TstClassificationWorkspace::badOptionsAreRefused()
{
    choose(QStringLiteral("abc"));
    auto *cutoffs =
        m_workspace->optionsForm()->findChild<QLineEdit *>(QStringLiteral("option_cutoffs"));
    QVERIFY(cutoffs);
    cutoffs->setText(QStringLiteral("95, eighty"));
    const Status bad =
        test::finished([&](const test::Done &report) { m_workspace->classify(report); });
    QVERIFY(!bad);
    QVERIFY(bad.error().message().contains(QStringLiteral("cut-offs")));
    cutoffs->setText(QStringLiteral("95, 80")); // not increasing
    QVERIFY(!test::finished([&](const test::Done &report) { m_workspace->classify(report); }));
}

void TstClassificationWorkspace::screenshot()
{
    const QString dir = qEnvironmentVariable("VALUEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VALUEDESK_SCREENSHOT_DIR to save screenshots");
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    for (const QString &scheme :
         {QStringLiteral("abc"), QStringLiteral("rfm"), QStringLiteral("pyramid")}) {
        choose(scheme);
        VD_VERIFY_OK(
            test::finished([&](const test::Done &report) { m_workspace->classify(report); }));
        QTest::qWait(100);
        QVERIFY(m_workspace->grab().save(dir + QStringLiteral("/classes-%1.png").arg(scheme)));
    }
}

QTEST_MAIN(TstClassificationWorkspace)
#include "tst_classificationworkspace.moc"
