#include "metrics/valuescorer.h"
#include "palette.h"

#include <QTest>

using namespace valuedesk;

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void categoricalWrapsAround()
    {
        const QVector<QColor> colors = Palette::categorical();
        QCOMPARE(colors.size(), 8);
        QCOMPARE(Palette::categoricalAt(0), colors.at(0));
        QCOMPARE(Palette::categoricalAt(8), colors.at(0));
        QCOMPARE(Palette::categoricalAt(-1), colors.at(7));
    }

    void quadrants()
    {
        // Green keep-and-develop, blue maintain (the first categorical colour).
        QCOMPARE(Palette::quadrant(Quadrant::HighHigh), QColor(0x00, 0x9E, 0x73));
        QCOMPARE(Palette::quadrant(Quadrant::HighLow), Palette::categoricalAt(0));
        QCOMPARE(Palette::quadrantTint(Quadrant::LowLow).alpha(), 22);
        QVERIFY(Palette::quadrantText(Quadrant::LowHigh).lightness() <
                Palette::quadrant(Quadrant::LowHigh).lightness());
    }

    void oneErrorRed()
    {
        QCOMPARE(Palette::error().name(), QStringLiteral("#c62828"));
        QCOMPARE(Palette::textStyleSheet(Palette::error()), QStringLiteral("color: #c62828;"));
    }

    void ramps()
    {
        QCOMPARE(Palette::probabilityRamp(0), QColor(0xf4, 0xb4, 0xb4));
        QCOMPARE(Palette::probabilityRamp(1), QColor(0xb4, 0xdf, 0xb4));
        QCOMPARE(Palette::probabilityRamp(qQNaN()), Palette::probabilityRamp(0));
        QCOMPARE(Palette::intensityRamp(0), QColor(Qt::white));
        QVERIFY(Palette::intensityRamp(1).lightness() < Palette::intensityRamp(0.5).lightness());
    }
};

QTEST_GUILESS_MAIN(TestPalette)
#include "tst_palette.moc"
