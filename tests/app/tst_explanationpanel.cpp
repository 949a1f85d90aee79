#include "../core/lubricantfixture.h"
#include "contributionchart.h"
#include "evaluation/explanationpanel.h"
#include "evaluation/explanationtablemodel.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace valuedesk;

class TstExplanationPanel final : public QObject
{
    Q_OBJECT

private slots:
    void showsCustomer();
    void missingData();
    void chartOrder();
    void helpers();
};

void TstExplanationPanel::showsCustomer()
{
    const Result<EvaluationResult> r = test::evaluateLubricant();
    QVERIFY(r.ok());
    const QVector<EvaluatedCustomer> customers = test::lubricantCustomers();
    ExplanationPanel panel;
    panel.resize(900, 700);
    panel.show();
    QVERIFY(!panel.copyButton()->isEnabled());

    const CustomerExplanation e = *ScoreExplanation::explain(*r, 0);
    panel.setExplanation(e, customers.at(0));
    QVERIFY(panel.headerLabel()->text().contains(QStringLiteral("C001")));
    QVERIFY(panel.headerLabel()->text().contains(QStringLiteral("Customer 1")));
    QVERIFY(panel.headerLabel()->text().contains(QStringLiteral("Li Na")));
    QVERIFY(panel.scoresLabel()->text().contains(QLocale().toString(e.total, 'f', 3)));
    QVERIFY(panel.scoresLabel()->text().contains(QStringLiteral("100 %")));
    QVERIFY(panel.scoresLabel()->toolTip().contains(QStringLiteral("12 of 12 indicator")));
    QVERIFY(panel.ranksLabel()->text().contains(
        QStringLiteral("%1 of 8").arg(ExplanationPanel::ordinal(e.totalRank))));
    QCOMPARE(panel.reasonLabel()->text(), e.reason);
    QCOMPARE(panel.tableModel()->rowCount(), 12);
    QCOMPARE(panel.tableView()->model(), panel.tableModel());

    // The chart has one bar per indicator.
    QChart *chart = panel.chartView()->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
    QVERIFY(series);
    QCOMPARE(series->barSets().first()->count(), 12);

    QTest::mouseClick(panel.copyButton(), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.startsWith(QStringLiteral("Indicator\t")));
    QCOMPARE(copied.count(QLatin1Char('\n')), 13);

    panel.clear();
    QCOMPARE(panel.tableModel()->rowCount(), 0);
    QVERIFY(panel.reasonLabel()->text().isEmpty());
}

// Customer 8 has no data for its averages and ratios: the marks say so.
void TstExplanationPanel::missingData()
{
    const Result<EvaluationResult> r = test::evaluateLubricant();
    const CustomerExplanation e = *ScoreExplanation::explain(*r, 7);
    ExplanationPanel panel;
    panel.setExplanation(e, test::lubricantCustomers().at(7));
    // (English plural forms come from the translation files, not loaded here.)
    QVERIFY(panel.scoresLabel()->toolTip().startsWith(
        QStringLiteral("%1 of 12 indicator").arg(e.presentCount)));
    QVERIFY(panel.scoresLabel()->text().contains(
        ExplanationPanel::confidenceMark(e.presentCount / 12.0)));
}

void TstExplanationPanel::chartOrder()
{
    QCOMPARE(ContributionChart::order({0.1, -0.5, 0.3, 0.0}), (QVector<int>{1, 2, 0, 3}));
    std::unique_ptr<QChart> chart(ContributionChart::create(
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {0.1, -0.5, 0.3}));
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first());
    QVERIFY(series);
    const QList<QBarSet *> sets = series->barSets();
    // Bottom to top: a (0.1), c (0.3), b (−0.5); positives in the first set, negatives in the
    // second.
    QCOMPARE(sets.at(0)->at(0), 0.1);
    QCOMPARE(sets.at(0)->at(1), 0.3);
    QCOMPARE(sets.at(0)->at(2), 0.0);
    QCOMPARE(sets.at(1)->at(2), -0.5);
}

void TstExplanationPanel::helpers()
{
    QCOMPARE(ExplanationPanel::ordinal(1), QStringLiteral("1st"));
    QCOMPARE(ExplanationPanel::ordinal(2), QStringLiteral("2nd"));
    QCOMPARE(ExplanationPanel::ordinal(13), QStringLiteral("13th"));
    QCOMPARE(ExplanationPanel::ordinal(22), QStringLiteral("22nd"));
    QCOMPARE(ExplanationPanel::ordinal(111), QStringLiteral("111th"));
    QCOMPARE(ExplanationPanel::confidenceMark(0.75), QStringLiteral("●●●○"));
    QCOMPARE(ExplanationPanel::confidenceMark(0), QStringLiteral("○○○○"));
    QCOMPARE(ExplanationPanel::confidenceMark(1), QStringLiteral("●●●●"));
}

QTEST_MAIN(TstExplanationPanel)
#include "tst_explanationpanel.moc"
