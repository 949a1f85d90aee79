#include "ahp/saatyscale.h"

#include <QtTest>

#include <limits>

using namespace valuedesk;

class TstSaatyScale : public QObject
{
    Q_OBJECT
private slots:
    void values();
    void snap_data();
    void snap();
    void isOnScale_data();
    void isOnScale();
    void toFraction_data();
    void toFraction();
    void verbal();
};

void TstSaatyScale::values()
{
    const auto &v = SaatyScale::values();
    QCOMPARE(v.size(), std::size_t(17));
    QCOMPARE(v.front(), 1.0 / 9);
    QCOMPARE(v[8], 1.0);
    QCOMPARE(v.back(), 9.0);
    for (std::size_t i = 1; i < v.size(); ++i)
        QVERIFY(v[i] > v[i - 1]);
}

void TstSaatyScale::snap_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<double>("expected");
    QTest::newRow("exact 3") << 3.0 << 3.0;
    QTest::newRow("2.9 -> 3") << 2.9 << 3.0;
    QTest::newRow("typed third") << 0.333 << 1.0 / 3;
    QTest::newRow("0.34 -> 1/3") << 0.34 << 1.0 / 3;
    // Log space: 2.5 is nearer 3 than 2 as a ratio (ln 1.2 < ln 1.25).
    QTest::newRow("2.5 -> 3") << 2.5 << 3.0;
    QTest::newRow("above 9 clamps") << 20.0 << 9.0;
    QTest::newRow("below 1/9 clamps") << 0.01 << 1.0 / 9;
    QTest::newRow("nonsense -> 1") << -4.0 << 1.0;
}

void TstSaatyScale::snap()
{
    QFETCH(double, input);
    QFETCH(double, expected);
    QCOMPARE(SaatyScale::snap(input), expected);
}

void TstSaatyScale::isOnScale_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("1") << 1.0 << true;
    QTest::newRow("9") << 9.0 << true;
    QTest::newRow("1/7") << 1.0 / 7 << true;
    QTest::newRow("0.333") << 0.333 << true;
    QTest::newRow("0.3333333") << 0.3333333 << true;
    QTest::newRow("0.143 for 1/7") << 0.143 << true;
    QTest::newRow("2.5") << 2.5 << false;
    QTest::newRow("0.3") << 0.3 << false;
    QTest::newRow("10") << 10.0 << false;
    QTest::newRow("0") << 0.0 << false;
    QTest::newRow("-3") << -3.0 << false;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << false;
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false;
}

void TstSaatyScale::isOnScale()
{
    QFETCH(double, input);
    QFETCH(bool, expected);
    QCOMPARE(SaatyScale::isOnScale(input), expected);
}

void TstSaatyScale::toFraction_data()
{
    QTest::addColumn<double>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("5") << 5.0 << QStringLiteral("5");
    QTest::newRow("1") << 1.0 << QStringLiteral("1");
    QTest::newRow("1/3") << 1.0 / 3 << QStringLiteral("1/3");
    QTest::newRow("0.333 typed") << 0.333 << QStringLiteral("1/3");
    QTest::newRow("1/9") << 1.0 / 9 << QStringLiteral("1/9");
    QTest::newRow("exact 2.5") << 2.5 << QStringLiteral("2.5");
    QTest::newRow("exact 1/2.5") << 0.4 << QStringLiteral("1/2.5");
    QTest::newRow("inferred 9.9205") << 9.92051266 << QStringLiteral("9.9205");
}

void TstSaatyScale::toFraction()
{
    QFETCH(double, input);
    QFETCH(QString, expected);
    QCOMPARE(SaatyScale::toFraction(input), expected);
}

void TstSaatyScale::verbal()
{
    QCOMPARE(SaatyScale::verbal(1), QStringLiteral("equal importance"));
    QCOMPARE(SaatyScale::verbal(9), QStringLiteral("extreme importance"));
    QVERIFY(SaatyScale::verbal(4).contains(QStringLiteral("moderate")));
    QVERIFY(SaatyScale::verbal(10).isEmpty());
}

QTEST_GUILESS_MAIN(TstSaatyScale)
#include "tst_saatyscale.moc"
