#include "ahp/pairwisematrix.h"

#include <QtTest>

#include <limits>

using namespace valuedesk;
using Cell = PairwiseMatrix::Cell;
using Rows = QVector<QVector<Cell>>;

class TstPairwiseMatrix : public QObject
{
    Q_OBJECT
private slots:
    void fromUpperTriangleFillsReciprocals();
    void fromRowsSnapsTypedDecimals();
    void oneSidedJudgementGetsReciprocal();
    void missingJudgements();
    void rejects_data();
    void rejects();
    void exactRatioMode();
    void exactRatioRange();
    void errorNamesCriteria();
    void setJudgement();
    void identity();
};

void TstPairwiseMatrix::fromUpperTriangleFillsReciprocals()
{
    auto m = PairwiseMatrix::fromUpperTriangle(3, {3.0, 5.0, 2.0}, JudgementMode::SaatyScale);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message()));
    QCOMPARE(m->size(), 3);
    QVERIFY(m->isComplete());
    QCOMPARE(m->values()(0, 1), 3.0);
    QCOMPARE(m->values()(1, 0), 1.0 / 3);
    QCOMPARE(m->values()(2, 1), 0.5);
    QCOMPARE(m->values()(1, 1), 1.0);
}

void TstPairwiseMatrix::fromRowsSnapsTypedDecimals()
{
    // 0.333 typed for 1/3 is stored as exactly 1/3 so it does not add spurious inconsistency.
    const Rows rows = {{1.0, 3.0}, {0.333, 1.0}};
    auto m = PairwiseMatrix::fromRows(rows, JudgementMode::SaatyScale);
    QVERIFY(m.ok());
    QCOMPARE(m->values()(1, 0), 1.0 / 3);
    QCOMPARE(m->values()(0, 1) * m->values()(1, 0), 1.0);
}

void TstPairwiseMatrix::oneSidedJudgementGetsReciprocal()
{
    const Rows rows = {{1.0, std::nullopt}, {1.0 / 5, 1.0}};
    auto m = PairwiseMatrix::fromRows(rows, JudgementMode::SaatyScale);
    QVERIFY(m.ok());
    QCOMPARE(*m->judgement(0, 1), 5.0);
}

void TstPairwiseMatrix::missingJudgements()
{
    auto m = PairwiseMatrix::fromUpperTriangle(4, {2.0, std::nullopt, 8.0, 2.0, std::nullopt, 2.0},
                                               JudgementMode::SaatyScale);
    QVERIFY(m.ok());
    QVERIFY(!m->isComplete());
    QCOMPARE(m->missingCount(), 2);
    QVERIFY(!m->isKnown(0, 2));
    QVERIFY(!m->isKnown(2, 0));
    QVERIFY(!m->judgement(1, 3).has_value());
    // The placeholder is 1, never NaN.
    QCOMPARE(m->values()(0, 2), 1.0);
    QVERIFY(m->values().allFinite());
}

void TstPairwiseMatrix::rejects_data()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("zero") << Rows{{1.0, 0.0}, {std::nullopt, 1.0}} << QStringLiteral("is 0");
    QTest::newRow("negative") << Rows{{1.0, -3.0}, {std::nullopt, 1.0}}
                              << QStringLiteral("negative");
    QTest::newRow("nan") << Rows{{1.0, nan}, {std::nullopt, 1.0}} << QStringLiteral("not a number");
    QTest::newRow("inf") << Rows{{1.0, 3.0}, {inf, 1.0}} << QStringLiteral("not a number");
    QTest::newRow("not reciprocal")
        << Rows{{1.0, 3.0}, {3.0, 1.0}} << QStringLiteral("reciprocals");
    QTest::newRow("0.3 is not 1/3")
        << Rows{{1.0, 3.0}, {0.3, 1.0}} << QStringLiteral("not on Saaty");
    QTest::newRow("diagonal") << Rows{{2.0, 3.0}, {1.0 / 3, 1.0}} << QStringLiteral("diagonal");
    QTest::newRow("off scale") << Rows{{1.0, 2.5}, {std::nullopt, 1.0}}
                               << QStringLiteral("use 3 or switch");
    QTest::newRow("above 9") << Rows{{1.0, 12.0}, {std::nullopt, 1.0}}
                             << QStringLiteral("not on Saaty");
    QTest::newRow("ragged") << Rows{{1.0, 3.0}, {1.0}} << QStringLiteral("Row 2");
    QTest::newRow("empty") << Rows{} << QStringLiteral("between 1 and 15");
}

void TstPairwiseMatrix::rejects()
{
    QFETCH(Rows, rows);
    QFETCH(QString, fragment);
    auto m = PairwiseMatrix::fromRows(rows, JudgementMode::SaatyScale);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message().contains(fragment), qPrintable(m.error().message()));
}

void TstPairwiseMatrix::exactRatioMode()
{
    const Rows rows = {{1.0, 2.5}, {0.4, 1.0}};
    QVERIFY(!PairwiseMatrix::fromRows(rows, JudgementMode::SaatyScale).ok());
    auto m = PairwiseMatrix::fromRows(rows, JudgementMode::ExactRatio);
    QVERIFY(m.ok());
    QCOMPARE(m->values()(0, 1), 2.5);
    QCOMPARE(m->mode(), JudgementMode::ExactRatio);
    // Exact mode still rejects what is not a ratio.
    QVERIFY(!PairwiseMatrix::fromRows({{1.0, 0.0}, {std::nullopt, 1.0}}, JudgementMode::ExactRatio)
                 .ok());
}

// Issue 10: exact ratios near 1e±300 were accepted (λmax 1.8e300). The range is [1/1000, 1000],
// checked on every way in, with the cell named by its criteria.
void TstPairwiseMatrix::exactRatioRange()
{
    const QStringList names = {QStringLiteral("Profit"), QStringLiteral("Sales")};
    for (double ok : {1000.0, 0.001, 1.0 / 1000, 999.9, 0.0010001}) {
        auto m = PairwiseMatrix::fromRows({{1.0, ok}, {std::nullopt, 1.0}},
                                          JudgementMode::ExactRatio, names);
        QVERIFY2(m.ok(), qPrintable(QString::number(ok)));
    }
    for (double bad : {1000.01, 0.00099, 1e300, 1e-300}) {
        auto m = PairwiseMatrix::fromRows({{1.0, std::nullopt}, {bad, 1.0}},
                                          JudgementMode::ExactRatio, names);
        QVERIFY2(!m.ok(), qPrintable(QString::number(bad)));
        QVERIFY2(m.error().message().contains(QStringLiteral("row “Sales”, column “Profit”")) &&
                     m.error().message().contains(QLatin1String("between 1/1000 and 1000")),
                 qPrintable(m.error().message()));
    }
    auto m = PairwiseMatrix::identity(2, names);
    QVERIFY(m.ok());
    auto exact = PairwiseMatrix::fromRows({{1.0, 2.5}, {std::nullopt, 1.0}},
                                          JudgementMode::ExactRatio, names);
    QVERIFY(exact.ok());
    QVERIFY(!exact->setJudgement(0, 1, 5000).ok());
    QVERIFY(exact->setJudgement(0, 1, 500).ok());
}

void TstPairwiseMatrix::errorNamesCriteria()
{
    const QStringList names = {QStringLiteral("Profit"), QStringLiteral("Sales"),
                               QStringLiteral("Loyalty")};
    auto m =
        PairwiseMatrix::fromUpperTriangle(3, {3.0, 0.0, 2.0}, JudgementMode::SaatyScale, names);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message().contains(QStringLiteral("“Profit”")),
             qPrintable(m.error().message()));
    QVERIFY(m.error().message().contains(QStringLiteral("“Loyalty”")));

    auto unnamed = PairwiseMatrix::fromUpperTriangle(3, {3.0, 0.0, 2.0}, JudgementMode::SaatyScale);
    QVERIFY(unnamed.error().message().contains(QStringLiteral("row 1, column 3")));
}

void TstPairwiseMatrix::setJudgement()
{
    auto m = PairwiseMatrix::identity(3);
    QVERIFY(m.ok());
    QVERIFY(m->setJudgement(2, 0, 7.0).ok());
    QCOMPARE(m->values()(0, 2), 1.0 / 7);
    QVERIFY(!m->setJudgement(0, 1, 0.0).ok());
    QCOMPARE(m->values()(0, 1), 1.0); // unchanged after a rejected edit
    QVERIFY(!m->setJudgement(1, 1, 2.0).ok());
    QVERIFY(!m->setJudgement(0, 5, 2.0).ok());
    m->clearJudgement(0, 2);
    QVERIFY(!m->isKnown(2, 0));
    QCOMPARE(m->missingCount(), 1);
}

void TstPairwiseMatrix::identity()
{
    auto m = PairwiseMatrix::identity(4);
    QVERIFY(m.ok());
    QVERIFY(m->values().isApprox(Eigen::MatrixXd::Ones(4, 4)));
    QVERIFY(!PairwiseMatrix::identity(16).ok());
    QCOMPARE(m->criterionName(2), QStringLiteral("C3"));
}

QTEST_GUILESS_MAIN(TstPairwiseMatrix)
#include "tst_pairwisematrix.moc"
