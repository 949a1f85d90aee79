#include "displayformat.h"

#include <QTest>

using namespace valuedesk;

namespace {

// Groups thousands (the C locale does not).
QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void numbers()
    {
        const DisplayFormat f(english());
        QCOMPARE(f.score(0.12345), QStringLiteral("0.123"));
        QCOMPARE(f.money(1234.5), QStringLiteral("1,234.50"));
        QCOMPARE(f.money(1234.5, 0), QStringLiteral("1,235"));
        QCOMPARE(f.number(2.0, 1), QStringLiteral("2.0"));
        QCOMPARE(f.integer(1234567), QStringLiteral("1,234,567"));
        QCOMPARE(f.number(qQNaN(), 2), DisplayFormat::missing());
    }

    void percentages()
    {
        const DisplayFormat f(english());
        QCOMPARE(f.percent(0.25), QStringLiteral("25.0 %"));
        QCOMPARE(f.percent(0.12345, 2), QStringLiteral("12.35 %"));
        QCOMPARE(f.percent(qQNaN()), DisplayFormat::missing());
        QCOMPARE(f.percentNumber(0.5, 0), QStringLiteral("50"));
        QCOMPARE(f.percentOf(1, 8), QStringLiteral("12.5%"));
        QCOMPARE(f.percentOf(1, 0), DisplayFormat::missing());
    }

    void followsTheLocale()
    {
        const DisplayFormat german(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(german.money(1234.5), QStringLiteral("1.234,50"));
        const DisplayFormat chinese(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(chinese.score(0.5), QStringLiteral("0.500"));
    }

    void cells_data()
    {
        using Type = ReportTable::ColumnType;
        QTest::addColumn<QVariant>("cell");
        QTest::addColumn<ReportTable::ColumnType>("type");
        QTest::addColumn<QString>("text");
        QTest::newRow("missing") << QVariant() << Type::Money << DisplayFormat::missing();
        QTest::newRow("text") << QVariant(QStringLiteral("A")) << Type::Text << QStringLiteral("A");
        QTest::newRow("integer") << QVariant(qint64(1000)) << Type::Integer
                                 << QStringLiteral("1,000");
        QTest::newRow("money") << QVariant(2.5) << Type::Money << QStringLiteral("2.50");
        QTest::newRow("percent") << QVariant(0.5) << Type::Percent << QStringLiteral("50.0 %");
        QTest::newRow("score") << QVariant(1.0) << Type::Score << QStringLiteral("1.000");
        QTest::newRow("number") << QVariant(1.0 / 3.0) << Type::Number
                                << QStringLiteral("0.333333");
        QTest::newRow("date") << QVariant(QDate(2025, 1, 31)) << Type::Date
                              << english().toString(QDate(2025, 1, 31), QLocale::ShortFormat);
    }

    void cells()
    {
        QFETCH(QVariant, cell);
        QFETCH(ReportTable::ColumnType, type);
        QFETCH(QString, text);
        QCOMPARE(DisplayFormat(english()).cell(cell, type), text);
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
