#include "money.h"
#include "valueparsers.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace valuedesk;

namespace {

constexpr Cents maxCents = std::numeric_limits<Cents>::max();
constexpr Cents minCents = std::numeric_limits<Cents>::min();

} // namespace

// Money (src/core/money.h): exact integer cents, rounded half away from zero where more than two
// decimals come in. Half away from zero is the rounding of the Chinese national standard for
// numeric rounding (GB/T 8170-2008 "四舍五入" on the digit after the kept one) and of Excel's
// ROUND(), which account managers compare against: ROUND(2.345, 2) = 2.35, ROUND(−2.345, 2) =
// −2.35 (not banker's rounding, which gives 2.34).
class TstMoney : public QObject
{
    Q_OBJECT
private slots:
    void roundingFromText_data();
    void roundingFromText();
    void roundingFromDouble_data();
    void roundingFromDouble();
    void doubleLimits();
    void textLimits();
    void centsToUnitsAndBack();
    void formatPlain_data();
    void formatPlain();
    void checkedAddition();
    void sumsStayExact();
};

void TstMoney::roundingFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    // The third decimal decides; a 5 rounds away from zero whatever follows.
    QTest::newRow("2.345 up") << QStringLiteral("2.345") << qint64(235);
    QTest::newRow("2.344 down") << QStringLiteral("2.344") << qint64(234);
    QTest::newRow("2.3449999 down") << QStringLiteral("2.3449999") << qint64(234);
    QTest::newRow("2.335 up (not to even)") << QStringLiteral("2.335") << qint64(234);
    QTest::newRow("0.005 is a cent") << QStringLiteral("0.005") << qint64(1);
    QTest::newRow("0.0049 is nothing") << QStringLiteral("0.0049") << qint64(0);
    QTest::newRow("-2.345 away from zero") << QStringLiteral("-2.345") << qint64(-235);
    QTest::newRow("-2.344") << QStringLiteral("-2.344") << qint64(-234);
    QTest::newRow("-0.005") << QStringLiteral("-0.005") << qint64(-1);
    QTest::newRow("accounting negative") << QStringLiteral("(1,234.565)") << qint64(-123457);
    QTest::newRow("0.29 exactly") << QStringLiteral("0.29") << qint64(29);
    QTest::newRow("1.5万") << QStringLiteral("1.5万") << qint64(1500000);
    QTest::newRow("9.995 carries") << QStringLiteral("9.995") << qint64(1000);
    QTest::newRow("-9.995 carries") << QStringLiteral("-9.995") << qint64(-1000);
}

void TstMoney::roundingFromText()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const std::optional<Cents> parsed = parseMoney(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, cents);
}

void TstMoney::roundingFromDouble_data()
{
    QTest::addColumn<double>("units");
    QTest::addColumn<qint64>("cents");
    // The binary doubles nearest 0.285, 1.005 and 2.675 are below the decimal (0.28499999999999998,
    // 1.00499999999999989, 2.67499999999999982): std::llround(x * 100) gives 28, 100 and 267. The
    // amount the user typed and sees is 0.285, so it rounds as the text does.
    QTest::newRow("0.285") << 0.285 << qint64(29);
    QTest::newRow("-0.285") << -0.285 << qint64(-29);
    QTest::newRow("1.005") << 1.005 << qint64(101);
    QTest::newRow("2.675") << 2.675 << qint64(268);
    QTest::newRow("-2.675") << -2.675 << qint64(-268);
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << qint64(30); // 0.30000000000000004
    QTest::newRow("1234.5") << 1234.5 << qint64(123450);
    QTest::newRow("0.004") << 0.004 << qint64(0);
    QTest::newRow("-0.004 is zero, not -0") << -0.004 << qint64(0);
    QTest::newRow("zero") << 0.0 << qint64(0);
    QTest::newRow("negative zero") << -0.0 << qint64(0);
    QTest::newRow("large, exact") << 12345678901.23 << qint64(1234567890123);
}

void TstMoney::roundingFromDouble()
{
    QFETCH(double, units);
    QFETCH(qint64, cents);
    const std::optional<Cents> c = centsFromUnits(units);
    QVERIFY2(c.has_value(), qPrintable(QString::number(units, 'g', 17)));
    QCOMPARE(*c, cents);
}

void TstMoney::doubleLimits()
{
    QCOMPARE(maxExactMoneyUnits, std::ldexp(1.0, 46));
    QVERIFY(!centsFromUnits(std::numeric_limits<double>::quiet_NaN()));
    QVERIFY(!centsFromUnits(std::numeric_limits<double>::infinity()));
    QVERIFY(!centsFromUnits(-std::numeric_limits<double>::infinity()));
    QVERIFY(!centsFromUnits(1e20));
    QVERIFY(!centsFromUnits(-1e20));
    // 2^46 units is out (doubles there are 1/64 apart: 0.01 and 0.02 would read alike); the last
    // cent below it is in and exact.
    QVERIFY(!centsFromUnits(70368744177664.0));
    QVERIFY(!centsFromUnits(-70368744177664.0));
    QCOMPARE(centsFromUnits(70368744177663.99), std::optional<Cents>(7036874417766399));
    QCOMPARE(centsFromUnits(-70368744177663.99), std::optional<Cents>(-7036874417766399));
}

void TstMoney::textLimits()
{
    // The range of Cents is qint64: ±92 233 720 368 547 758.07 units; text is exact up to it and
    // rejected beyond (no wrap-around, no silent saturation).
    QCOMPARE(parseMoney(QStringLiteral("92233720368547758.07")), std::optional<Cents>(maxCents));
    QCOMPARE(parseMoney(QStringLiteral("-92233720368547758.07")), std::optional<Cents>(-maxCents));
    QVERIFY(!parseMoney(QStringLiteral("92233720368547758.08")));
    QVERIFY(!parseMoney(QStringLiteral("92233720368547758.075"))); // rounds up past the limit
    QVERIFY(!parseMoney(QStringLiteral("1000000000000000000")));
    QVERIFY(!parseMoney(QString()));
    QVERIFY(!parseMoney(QStringLiteral("12%"))); // a share is not an amount
}

void TstMoney::centsToUnitsAndBack()
{
    QCOMPARE(centsPerUnit, Cents(100));
    QCOMPARE(centsToUnits(12345), 123.45);
    QCOMPARE(centsToUnits(-5), -0.05);
    QCOMPARE(centsToUnits(0), 0.0);
    // Every cent amount below 2^46 units survives the trip through double and back.
    for (Cents c : {Cents(1), Cents(-1), Cents(29), Cents(100000000001), Cents(-987654321987),
                    Cents(7036874417766399), Cents(-7036874417766399), Cents(7036874417766301)})
        QCOMPARE(centsFromUnits(centsToUnits(c)), std::optional<Cents>(c));
}

void TstMoney::formatPlain_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("one cent") << qint64(1) << QStringLiteral("0.01");
    QTest::newRow("minus one cent") << qint64(-1) << QStringLiteral("-0.01");
    QTest::newRow("units") << qint64(123450) << QStringLiteral("1234.50");
    QTest::newRow("negative") << qint64(-123456) << QStringLiteral("-1234.56");
    QTest::newRow("max") << qint64(maxCents) << QStringLiteral("92233720368547758.07");
    // The most negative value has no positive counterpart; it still prints exactly.
    QTest::newRow("min") << qint64(minCents) << QStringLiteral("-92233720368547758.08");
}

void TstMoney::formatPlain()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(formatCentsPlain(cents), text);
    if (cents != minCents) // parseMoney reads back everything it can represent
        QCOMPARE(parseMoney(text), std::optional<Cents>(cents));
}

void TstMoney::checkedAddition()
{
    QCOMPARE(checkedAdd(150, 275), std::optional<Cents>(425));
    QCOMPARE(checkedAdd(150, -275), std::optional<Cents>(-125));
    QCOMPARE(checkedAdd(maxCents, 0), std::optional<Cents>(maxCents));
    QCOMPARE(checkedAdd(maxCents - 1, 1), std::optional<Cents>(maxCents));
    QVERIFY(!checkedAdd(maxCents, 1));
    QVERIFY(!checkedAdd(1, maxCents));
    QCOMPARE(checkedAdd(minCents, 0), std::optional<Cents>(minCents));
    QCOMPARE(checkedAdd(minCents + 1, -1), std::optional<Cents>(minCents));
    QVERIFY(!checkedAdd(minCents, -1));
    QVERIFY(!checkedAdd(-1, minCents));
    // Opposite signs can never overflow.
    QCOMPARE(checkedAdd(maxCents, minCents), std::optional<Cents>(-1));
}

void TstMoney::sumsStayExact()
{
    // A million rows of 0.10: the double sum drifts, the cents sum does not.
    Cents cents = 0;
    double units = 0;
    const Cents dime = *parseMoney(QStringLiteral("0.10"));
    for (int i = 0; i < 1000000; ++i) {
        cents = *checkedAdd(cents, dime);
        units += 0.1;
    }
    QCOMPARE(cents, Cents(10000000));
    QCOMPARE(formatCentsPlain(cents), QStringLiteral("100000.00"));
    QVERIFY(units != 100000.0);
}

QTEST_GUILESS_MAIN(TstMoney)
#include "tst_money.moc"
