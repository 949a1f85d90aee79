#include "valueparsers.h"

#include <QtTest>

#include <limits>
#include <optional>

using namespace valuedesk;

class TstValueparsers : public QObject
{
    Q_OBJECT
private slots:
    void parseDate_data();
    void parseDate();
    void parseDateRejects_data();
    void parseDateRejects();
    void parseNumber_data();
    void parseNumber();
    void parseNumberRejects_data();
    void parseNumberRejects();
    void parseMoney_data();
    void parseMoney();
    void parseMoneyRejects_data();
    void parseMoneyRejects();
};

void TstValueparsers::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");

    const QDate may25(2024, 5, 25);
    QTest::newRow("iso") << QStringLiteral("2024-05-25") << may25;
    QTest::newRow("iso unpadded") << QStringLiteral("2024-5-25") << may25;
    QTest::newRow("slash") << QStringLiteral("2024/5/25") << may25;
    QTest::newRow("slash padded") << QStringLiteral("2024/05/25") << may25;
    QTest::newRow("dot year first") << QStringLiteral("2024.5.25") << may25;
    QTest::newRow("compact") << QStringLiteral("20240525") << may25;
    QTest::newRow("chinese") << QStringLiteral("2024年5月25日") << may25;
    QTest::newRow("chinese padded") << QStringLiteral("2024年05月25日") << may25;
    QTest::newRow("chinese without day mark") << QStringLiteral("2024年5月25") << may25;
    QTest::newRow("day first dots") << QStringLiteral("25.05.2024") << may25;
    QTest::newRow("day first unpadded") << QStringLiteral("25.5.2024") << may25;
    QTest::newRow("day first is not month first")
        << QStringLiteral("05.06.2024") << QDate(2024, 6, 5);
    QTest::newRow("iso T time") << QStringLiteral("2024-05-25T10:00:00") << may25;
    QTest::newRow("iso space time") << QStringLiteral("2024-05-25 10:00") << may25;
    QTest::newRow("excel zh slash time") << QStringLiteral("2024/5/25 10:00") << may25;
    QTest::newRow("iso time fraction zone")
        << QStringLiteral("2024-05-25T23:59:59.123+08:00") << may25;
    QTest::newRow("iso time Z") << QStringLiteral("2024-05-25T00:00:00Z") << may25;
    QTest::newRow("surrounding spaces") << QStringLiteral("  2024-05-25\t") << may25;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("leap day 2000") << QStringLiteral("2000/2/29") << QDate(2000, 2, 29);
    QTest::newRow("end of year") << QStringLiteral("31.12.1999") << QDate(1999, 12, 31);
}

void TstValueparsers::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const std::optional<QDate> date = valuedesk::parseDate(text);
    QVERIFY2(date.has_value(), qPrintable(text));
    QCOMPARE(*date, expected);
}

void TstValueparsers::parseDateRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("feb 30") << QStringLiteral("2024-02-30");
    QTest::newRow("no leap day 2023") << QStringLiteral("2023-02-29");
    QTest::newRow("no leap day 1900") << QStringLiteral("1900-02-29");
    QTest::newRow("month 13") << QStringLiteral("2024/13/1");
    QTest::newRow("day 0") << QStringLiteral("2024.5.0");
    QTest::newRow("day 32 compact") << QStringLiteral("20240532");
    QTest::newRow("april 31 chinese") << QStringLiteral("2024年4月31日");
    QTest::newRow("feb 30 day first") << QStringLiteral("30.02.2024");
    QTest::newRow("mixed separators") << QStringLiteral("2024-05/25");
    QTest::newRow("two digit year") << QStringLiteral("24-05-25");
    QTest::newRow("day first slash ambiguous") << QStringLiteral("25/05/2024");
    QTest::newRow("day first dash") << QStringLiteral("25-05-2024");
    QTest::newRow("three digit month") << QStringLiteral("2024-005-25");
    QTest::newRow("seven digits") << QStringLiteral("2024525");
    QTest::newRow("trailing text") << QStringLiteral("2024-05-25x");
    QTest::newRow("bad time") << QStringLiteral("2024-05-25 25:00");
    QTest::newRow("time junk") << QStringLiteral("2024-05-25 noon");
    QTest::newRow("time after slash date") << QStringLiteral("2024/05/25T10:00");
    QTest::newRow("chinese missing month mark") << QStringLiteral("2024年5-25日");
    QTest::newRow("chinese trailing") << QStringLiteral("2024年5月25日上午");
    QTest::newRow("word") << QStringLiteral("yesterday");
    QTest::newRow("number") << QStringLiteral("45437");
}

void TstValueparsers::parseDateRejects()
{
    QFETCH(QString, text);
    const std::optional<QDate> date = valuedesk::parseDate(text);
    QVERIFY2(!date.has_value(), qPrintable(date ? date->toString(Qt::ISODate) : QString()));
}

void TstValueparsers::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");

    QTest::newRow("integer") << QStringLiteral("42") << 42.0;
    QTest::newRow("decimal") << QStringLiteral("3.25") << 3.25;
    QTest::newRow("leading point") << QStringLiteral(".5") << 0.5;
    QTest::newRow("thousands") << QStringLiteral("1,234,567.89") << 1234567.89;
    QTest::newRow("thousands short lead") << QStringLiteral("1,234") << 1234.0;
    QTest::newRow("full-width comma") << QStringLiteral("1，234") << 1234.0;
    QTest::newRow("yen") << QStringLiteral("¥1,234") << 1234.0;
    QTest::newRow("full-width yen") << QStringLiteral("￥1,234.50") << 1234.5;
    QTest::newRow("dollar") << QStringLiteral("$99.99") << 99.99;
    QTest::newRow("RMB prefix") << QStringLiteral("RMB 1,000") << 1000.0;
    QTest::newRow("CNY suffix") << QStringLiteral("1000 CNY") << 1000.0;
    QTest::newRow("yuan suffix") << QStringLiteral("88元") << 88.0;
    QTest::newRow("wan") << QStringLiteral("1.5万") << 15000.0;
    QTest::newRow("wan yuan") << QStringLiteral("3万元") << 30000.0;
    QTest::newRow("yi") << QStringLiteral("2亿") << 200000000.0;
    QTest::newRow("percent") << QStringLiteral("12%") << 0.12;
    QTest::newRow("percent decimal") << QStringLiteral("-3.5 %") << -0.035;
    QTest::newRow("full-width percent") << QStringLiteral("50％") << 0.5;
    QTest::newRow("accounting negative") << QStringLiteral("(1,234.00)") << -1234.0;
    QTest::newRow("accounting with currency") << QStringLiteral("¥(12.5)") << -12.5;
    QTest::newRow("negative") << QStringLiteral("-5") << -5.0;
    QTest::newRow("plus") << QStringLiteral("+7") << 7.0;
    QTest::newRow("negative after currency") << QStringLiteral("￥-1,234") << -1234.0;
    QTest::newRow("negative before currency") << QStringLiteral("-¥1,234") << -1234.0;
    QTest::newRow("whitespace around") << QStringLiteral("  1,234.5 \t") << 1234.5;
    QTest::newRow("whitespace between tokens") << QStringLiteral("¥ 1,234 万") << 12340000.0;
    QTest::newRow("whitespace after sign") << QStringLiteral("- 5") << -5.0;
    QTest::newRow("ideographic space") << QStringLiteral("\u30001.5万\u3000") << 15000.0;
    QTest::newRow("leading zeros") << QStringLiteral("007") << 7.0;
    QTest::newRow("zero") << QStringLiteral("-0") << 0.0;
}

void TstValueparsers::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const std::optional<double> value = valuedesk::parseNumber(text);
    QVERIFY2(value.has_value(), qPrintable(text));
    QCOMPARE(*value, expected);
}

void TstValueparsers::parseNumberRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("  ");
    QTest::newRow("letters after") << QStringLiteral("12abc");
    QTest::newRow("two points") << QStringLiteral("1.2.3");
    QTest::newRow("double minus") << QStringLiteral("--5");
    QTest::newRow("two signs") << QStringLiteral("+-5");
    QTest::newRow("group of two") << QStringLiteral("1,23");
    QTest::newRow("irregular groups") << QStringLiteral("1,23,4");
    QTest::newRow("group of four") << QStringLiteral("1,2345");
    QTest::newRow("long lead group") << QStringLiteral("1234,567");
    QTest::newRow("leading separator") << QStringLiteral(",123");
    QTest::newRow("trailing separator") << QStringLiteral("123,");
    QTest::newRow("two numbers") << QStringLiteral("12 34");
    QTest::newRow("range") << QStringLiteral("1-2");
    QTest::newRow("only sign") << QStringLiteral("-");
    QTest::newRow("only point") << QStringLiteral(".");
    QTest::newRow("only currency") << QStringLiteral("¥");
    QTest::newRow("nan") << QStringLiteral("nan");
    QTest::newRow("inf") << QStringLiteral("inf");
    QTest::newRow("huge") << QStringLiteral("9").repeated(400);
    QTest::newRow("unclosed paren") << QStringLiteral("(12");
    QTest::newRow("unopened paren") << QStringLiteral("12)");
    QTest::newRow("paren and sign") << QStringLiteral("-(12)");
    QTest::newRow("two currencies") << QStringLiteral("¥12元");
    QTest::newRow("two multipliers") << QStringLiteral("1万亿");
    QTest::newRow("percent with wan") << QStringLiteral("5万%");
    QTest::newRow("percent with currency") << QStringLiteral("¥5%");
    QTest::newRow("prefix yuan") << QStringLiteral("元5");
    QTest::newRow("sign at end") << QStringLiteral("5-");
}

void TstValueparsers::parseNumberRejects()
{
    QFETCH(QString, text);
    const std::optional<double> value = valuedesk::parseNumber(text);
    QVERIFY2(!value.has_value(), qPrintable(QString::number(value.value_or(0.0))));
}

void TstValueparsers::parseMoney_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("0.29 exact") << QStringLiteral("0.29") << qint64(29);
    QTest::newRow("0.1") << QStringLiteral("0.1") << qint64(10);
    QTest::newRow("integer") << QStringLiteral("12") << qint64(1200);
    QTest::newRow("half up") << QStringLiteral("1234.565") << qint64(123457);
    QTest::newRow("half up grouped") << QStringLiteral("1,234.565") << qint64(123457);
    QTest::newRow("below half") << QStringLiteral("1.0049999") << qint64(100);
    QTest::newRow("half away from zero negative") << QStringLiteral("-0.005") << qint64(-1);
    QTest::newRow("tiny negative") << QStringLiteral("-0.001") << qint64(0);
    QTest::newRow("wan") << QStringLiteral("1.5万") << qint64(1500000);
    QTest::newRow("wan many decimals") << QStringLiteral("1.23456万") << qint64(1234560);
    QTest::newRow("wan rounding") << QStringLiteral("0.0000005万") << qint64(1);
    QTest::newRow("yi") << QStringLiteral("2亿") << qint64(20000000000);
    QTest::newRow("yi decimals") << QStringLiteral("1.23456789012亿") << qint64(12345678901);
    QTest::newRow("currency") << QStringLiteral("￥1,234.50") << qint64(123450);
    QTest::newRow("accounting") << QStringLiteral("(1,234.00)") << qint64(-123400);
    QTest::newRow("yuan") << QStringLiteral("88.8 元") << qint64(8880);
    QTest::newRow("leading point") << QStringLiteral(".5") << qint64(50);
    QTest::newRow("max") << QStringLiteral("92233720368547758.07")
                         << std::numeric_limits<qint64>::max();
    QTest::newRow("min magnitude")
        << QStringLiteral("-92233720368547758.07") << -std::numeric_limits<qint64>::max();
    QTest::newRow("many leading zeros")
        << QStringLiteral("0000000000000000000000001") << qint64(100);
}

void TstValueparsers::parseMoney()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<Cents> cents = valuedesk::parseMoney(text);
    QVERIFY2(cents.has_value(), qPrintable(text));
    QCOMPARE(*cents, expected);
}

void TstValueparsers::parseMoneyRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("percent") << QStringLiteral("12%");
    QTest::newRow("letters") << QStringLiteral("12abc");
    QTest::newRow("two points") << QStringLiteral("1.2.3");
    QTest::newRow("double minus") << QStringLiteral("--5");
    QTest::newRow("bad grouping") << QStringLiteral("1,23");
    QTest::newRow("overflow") << QStringLiteral("92233720368547758.08");
    QTest::newRow("overflow by rounding") << QStringLiteral("92233720368547758.075");
    QTest::newRow("overflow yi") << QStringLiteral("1000000000亿");
    QTest::newRow("overflow digits") << QStringLiteral("9").repeated(40);
}

void TstValueparsers::parseMoneyRejects()
{
    QFETCH(QString, text);
    const std::optional<Cents> cents = valuedesk::parseMoney(text);
    QVERIFY2(!cents.has_value(), qPrintable(QString::number(cents.value_or(0))));
}

QTEST_GUILESS_MAIN(TstValueparsers)
#include "tst_valueparsers.moc"
