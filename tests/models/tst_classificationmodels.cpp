#include "classification/classificationresultmodel.h"
#include "classification/classsummarymodel.h"
#include "classification/crosstabmodel.h"
#include "classification/rfmheatmapmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <cmath>

using namespace valuedesk;

namespace {

// Four customers of a hand-made RFM result: (R, F, monetary) = (5,1,100), (5,1,300), (1,5,50),
// (3,3,NaN: no purchase).
std::shared_ptr<ClassificationResult> rfmResult()
{
    auto r = std::make_shared<ClassificationResult>();
    r->scheme = QStringLiteral("rfm");
    r->classes = {{QStringLiteral("important-value"), QStringLiteral("Important value")},
                  {QStringLiteral("general-winback"), QStringLiteral("General win-back")}};
    r->classOf = {0, 0, 1, -1};
    r->measureId = QStringLiteral("revenue");
    r->measure = {100, 300, 50, qQNaN()};
    r->fieldIds = {QStringLiteral("r"), QStringLiteral("f"), QStringLiteral("monetary"),
                   QStringLiteral("share")};
    r->fields.resize(4, 4);
    r->fields << 5, 1, 100, 0.2, //
        5, 1, 300, 0.6,          //
        1, 5, 50, 0.2,           //
        3, 3, qQNaN(), qQNaN();
    r->textFieldIds = {QStringLiteral("code")};
    r->textFields = {
        {QStringLiteral("515")}, {QStringLiteral("515")}, {QStringLiteral("151")}, {QString()}};
    return r;
}

QVector<EvaluatedCustomer> customers()
{
    QVector<EvaluatedCustomer> list;
    for (int i = 0; i < 4; ++i) {
        EvaluatedCustomer c;
        c.id = 100 + i;
        c.code = QStringLiteral("K%1").arg(i);
        c.name = QStringLiteral("Customer %1").arg(i);
        list.append(c);
    }
    return list;
}

} // namespace

class TstClassificationModels final : public QObject
{
    Q_OBJECT

private slots:
    void resultTable()
    {
        ClassificationResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setResult(rfmResult(), customers());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ClassificationResultModel::FixedColumnCount) + 5);
        QCOMPARE(model.index(0, ClassificationResultModel::ClassColumn).data().toString(),
                 QStringLiteral("Important value"));
        QCOMPARE(model.index(3, ClassificationResultModel::ClassColumn).data().toString(),
                 QStringLiteral("Unclassified"));
        QCOMPARE(model.index(2, 0).data(ClassificationResultModel::ClassRole).toInt(), 1);
        QCOMPARE(model.index(1, 0).data(ClassificationResultModel::CustomerIdRole).toLongLong(),
                 qint64(101));
        const int f = ClassificationResultModel::FixedColumnCount + 1;
        QCOMPARE(model.headerData(f, Qt::Horizontal).toString(), QStringLiteral("F"));
        QCOMPARE(model.index(2, f).data().toString(), QStringLiteral("5"));
        QCOMPARE(model.index(2, f).data(ClassificationResultModel::ValueRole).toDouble(), 5.0);
        const int share = ClassificationResultModel::FixedColumnCount + 3;
        QCOMPARE(model.index(1, share).data().toString(), QStringLiteral("60.00 %"));
        QCOMPARE(model.index(3, share).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(3, share).data(ClassificationResultModel::ValueRole).isValid());
        const int code = ClassificationResultModel::FixedColumnCount + 4;
        QCOMPARE(model.headerData(code, Qt::Horizontal).toString(), QStringLiteral("RFM code"));
        QCOMPARE(model.index(2, code).data().toString(), QStringLiteral("151"));
        QCOMPARE(model.headerData(ClassificationResultModel::Measure, Qt::Horizontal).toString(),
                 QStringLiteral("Revenue"));
        QCOMPARE(model.rowOfCustomer(102), 2);
        QCOMPARE(model.rowOfCustomer(7), -1);
        // Rows that do not match their customers are refused.
        model.setResult(rfmResult(), customers().mid(0, 2));
        QCOMPARE(model.rowCount(), 0);
    }

    void summary()
    {
        ClassSummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(*rfmResult());
        // Two classes, the unclassified customer, the total.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rows().at(0).customers, 2);
        QCOMPARE(model.rows().at(0).measure, 400.0);
        QCOMPARE(model.rows().at(1).measure, 50.0);
        QCOMPARE(model.rows().at(2).classIndex, -1);
        QCOMPARE(model.rows().at(2).measure, 0.0); // NaN adds nothing
        QCOMPARE(model.rows().at(3).customers, 4);
        QCOMPARE(model.index(0, ClassSummaryModel::MeasureShare)
                     .data(ClassSummaryModel::ValueRole)
                     .toDouble(),
                 400.0 / 450.0);
        QCOMPARE(model.index(0, ClassSummaryModel::CustomerShare).data().toString(),
                 QStringLiteral("50.0%"));
        QCOMPARE(model.headerData(ClassSummaryModel::MeasureShare, Qt::Horizontal).toString(),
                 QStringLiteral("Share of Revenue"));
    }

    void crossTab()
    {
        CrossTabModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Five customers: ABC class × quadrant; customer 4 has no quadrant and is left out.
        model.setGradings({QStringLiteral("A"), QStringLiteral("B")}, {0, 0, 1, 1, 0},
                          {QStringLiteral("HH"), QStringLiteral("HL"), QStringLiteral("LH")},
                          {0, 1, 1, 2, -1}, {10, 20, 30, 40, 50});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.count(0, 0), 1);
        QCOMPARE(model.count(0, 1), 1);
        QCOMPARE(model.count(1, 1), 1);
        QCOMPARE(model.revenue(1, 1), 30.0);
        QCOMPARE(model.count(0, 3), 2);      // row total
        QCOMPARE(model.revenue(2, 1), 50.0); // column total
        QCOMPARE(model.count(2, 3), 4);      // grand total
        QCOMPARE(model.revenue(2, 3), 100.0);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Total"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("B"));
    }

    void heatmap()
    {
        RfmHeatmapModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(*rfmResult());
        QCOMPARE(model.count(5, 1), 2);
        QCOMPARE(model.averageMonetary(5, 1), 200.0);
        QCOMPARE(model.count(1, 5), 1);
        QCOMPARE(model.count(3, 3), 1);
        QVERIFY(std::isnan(model.averageMonetary(2, 2)));
        // Row 0 is R = 5; column 0 is F = 1.
        QCOMPARE(model.index(0, 0).data(RfmHeatmapModel::CountRole).toInt(), 2);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("R = 5"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("F = 5"));
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, 1).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(0, 0).data().toString().startsWith(QStringLiteral("2 customer")));
        // The richest cell is the darkest.
        const QColor rich = model.index(0, 0).data(Qt::BackgroundRole).value<QColor>();
        const QColor poor = model.index(4, 4).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(rich.lightness() < poor.lightness());

        ClassificationResult none;
        model.setResult(none);
        QCOMPARE(model.count(5, 1), 0);
    }
};

QTEST_GUILESS_MAIN(TstClassificationModels)
#include "tst_classificationmodels.moc"
