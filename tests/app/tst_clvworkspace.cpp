#include "apptestutil.h"
#include "clv/clvcustomermodel.h"
#include "clv/clvfilterproxymodel.h"
#include "clv/clvfitpanel.h"
#include "clv/clvheatmapmodel.h"
#include "clv/clvoptionsbar.h"
#include "clv/clvworkspace.h"
#include "clvhistogramchart.h"
#include "clvholdoutchart.h"
#include "document.h"
#include "settings.h"
#include "translator.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
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

namespace {

// Every cell's text of a model; fails on "nan" or "inf" anywhere.
bool hasNoNumberGarbage(const QAbstractItemModel &m)
{
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c = 0; c < m.columnCount(); ++c) {
            const QString text = m.index(r, c).data().toString();
            if (text.contains(QLatin1String("nan"), Qt::CaseInsensitive) ||
                text.contains(QLatin1String("inf"), Qt::CaseInsensitive)) {
                qWarning("cell (%d, %d): %s", r, c, qPrintable(text));
                return false;
            }
        }
    return true;
}

// Customers who each bought exactly once: BG/NBD has nothing to fit.
void writeSinglePurchaseFile(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    PortfolioWriter writer((*db)->connection());
    QVERIFY(writer.begin().ok());
    for (int i = 0; i < 20; ++i) {
        CustomerRecordSet set;
        set.customer.code = QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0'));
        set.customer.name = QStringLiteral("Single %1").arg(i);
        Transaction t;
        t.date = QDate(2024, 1, 1).addDays(i * 7);
        t.amount = 10000 + i * 100;
        set.transactions.append(t);
        QVERIFY(writer.add(set).ok());
    }
    QVERIFY(writer.commit().ok());
}

} // namespace

class TstClvWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fitFillsEverything();
    void holdoutShowsTheCheck();
    void churnFilterAndThreshold();
    void noRepeatPurchasesIsAPlainError();
    void closingClears();
    void screenshot();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ClvWorkspace> m_workspace;
};

void TstClvWorkspace::init()
{
    const QString path = m_dir.filePath(QStringLiteral("c%1.vdb").arg(++m_files));
    test::writeDemoFile(path, 300);
    auto opened = Document::open(path, Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(opened);
    m_document = std::move(*opened);
    m_workspace = std::make_unique<ClvWorkspace>();
    m_workspace->resize(1200, 800);
    m_workspace->setDocument(m_document.get());
}

void TstClvWorkspace::cleanup()
{
    m_workspace.reset();
    m_document.reset();
}

void TstClvWorkspace::fitFillsEverything()
{
    QVERIFY(!m_workspace->outcome());
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->fit(report); }));
    const auto outcome = m_workspace->outcome();
    QVERIFY(outcome);
    QVERIFY(outcome->result.customers.size() > 200);
    QVERIFY(outcome->holdout.isEmpty()); // calibration to the last purchase: no holdout
    QCOMPARE(m_workspace->customerModel()->rowCount(),
             static_cast<int>(outcome->result.customers.size()));
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(),
             m_workspace->customerModel()->rowCount());
    // Names come from the customer list.
    QVERIFY(!m_workspace->customerModel()
                 ->index(0, ClvCustomerModel::Name)
                 .data()
                 .toString()
                 .isEmpty());
    QVERIFY(hasNoNumberGarbage(*m_workspace->customerModel()));
    QVERIFY(hasNoNumberGarbage(*m_workspace->heatmapModel()));
    QVERIFY(m_workspace->fitPanel()->fitText().contains(QStringLiteral("α")));
    QVERIFY(!m_workspace->fitPanel()->fitText().contains(QLatin1String("nan")));
    QVERIFY(m_workspace->fitPanel()->assumptionsText().contains(QStringLiteral("Poisson")));
    QVERIFY(m_workspace->histogramChart()->histogram().values > 0);
    QVERIFY(!m_workspace->chartTabs()->isTabEnabled(1));
    // The table is sorted by CLV, largest first.
    const QAbstractItemModel *table = m_workspace->customerTable()->model();
    QVERIFY(table->index(0, ClvCustomerModel::Clv).data(ClvCustomerModel::ValueRole).toDouble() >=
            table->index(1, ClvCustomerModel::Clv).data(ClvCustomerModel::ValueRole).toDouble());
}

void TstClvWorkspace::holdoutShowsTheCheck()
{
    ClvOptionsBar *options = m_workspace->optionsBar();
    options->holdoutCheck()->setChecked(true);
    QVERIFY(options->calibrationEndEdit()->isEnabled());
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->fit(report); }));
    const auto outcome = m_workspace->outcome();
    QVERIFY(outcome->holdoutEnd.isValid());
    QCOMPARE(outcome->calibrationEnd, options->calibrationEndEdit()->date());
    QVERIFY(!outcome->holdout.isEmpty());
    QVERIFY(m_workspace->holdoutChart()->groupCount() > 0);
    QVERIFY(m_workspace->chartTabs()->isTabEnabled(1));
    QVERIFY(hasNoNumberGarbage(*m_workspace->customerModel()));
}

void TstClvWorkspace::churnFilterAndThreshold()
{
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->fit(report); }));
    ClvCustomerModel *model = m_workspace->customerModel();
    m_workspace->optionsBar()->churnSpin()->setValue(100); // everyone below 100 % P(alive)…
    const int atRisk = model->churnRiskCount();
    QVERIFY(atRisk > 0);
    m_workspace->churnOnlyCheck()->setChecked(true);
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), atRisk);
    for (int r = 0; r < m_workspace->customerTable()->model()->rowCount(); ++r)
        QVERIFY(m_workspace->customerTable()
                    ->model()
                    ->index(r, ClvCustomerModel::ChurnRisk)
                    .data(ClvCustomerModel::ValueRole)
                    .toBool());
    m_workspace->optionsBar()->churnSpin()->setValue(0); // nobody is below 0 %
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), 0);
    m_workspace->churnOnlyCheck()->setChecked(false);
    QCOMPARE(m_workspace->customerTable()->model()->rowCount(), model->rowCount());
}

void TstClvWorkspace::noRepeatPurchasesIsAPlainError()
{
    const QString path = m_dir.filePath(QStringLiteral("single.vdb"));
    writeSinglePurchaseFile(path);
    auto opened = Document::open(path, Database::OpenMode::OpenExisting);
    VD_VERIFY_OK(opened);
    m_workspace->setDocument(opened->get());
    const Status status =
        test::finished([&](const test::Done &report) { m_workspace->fit(report); });
    QVERIFY(!status);
    QVERIFY(!m_workspace->outcome());
    const QString text = m_workspace->messageLabel()->text();
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(QLatin1String("nan"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY(text.contains(status.error().message()));
    QCOMPARE(m_workspace->customerModel()->rowCount(), 0);
    m_workspace->setDocument(nullptr);
}

void TstClvWorkspace::closingClears()
{
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->fit(report); }));
    m_workspace->setDocument(nullptr);
    QVERIFY(!m_workspace->outcome());
    QCOMPARE(m_workspace->customerModel()->rowCount(), 0);
    QVERIFY(!test::finished([&](const test::Done &report) { m_workspace->fit(report); }));
}

// Not a check: with VALUEDESK_SCREENSHOT_DIR set, saves the tab's look for a human to review.
void TstClvWorkspace::screenshot()
{
    const QString dir = qEnvironmentVariable("VALUEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VALUEDESK_SCREENSHOT_DIR to save screenshots");
    Translator translator;
    if (qEnvironmentVariable("VALUEDESK_SCREENSHOT_LANG") == QLatin1String("zh"))
        QVERIFY(translator.apply(Settings::Language::Chinese));
    m_workspace->optionsBar()->holdoutCheck()->setChecked(true);
    VD_VERIFY_OK(test::finished([&](const test::Done &report) { m_workspace->fit(report); }));
    m_workspace->resize(1500, 1000);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    const QStringList names = {QStringLiteral("clv"), QStringLiteral("clv-holdout"),
                               QStringLiteral("clv-heatmap")};
    for (int tab = 0; tab < 3; ++tab) {
        m_workspace->chartTabs()->setCurrentIndex(tab);
        QTest::qWait(200);
        QVERIFY(m_workspace->grab().save(dir + QLatin1Char('/') + names.at(tab) +
                                         QStringLiteral(".png")));
    }
}

QTEST_MAIN(TstClvWorkspace)
#include "tst_clvworkspace.moc"
