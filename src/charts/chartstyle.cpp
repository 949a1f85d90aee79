#include "chartstyle.h"

#include "metrics/valuescorer.h"

namespace valuedesk {

QVector<QColor> ChartStyle::categoricalPalette()
{
    // Colour-blind-safe Okabe-Ito order, readable in print.
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
            QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9),
            QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
}

QColor ChartStyle::colorAt(int index)
{
    const QVector<QColor> palette = categoricalPalette();
    return palette.at(((index % palette.size()) + palette.size()) % palette.size());
}

QColor ChartStyle::quadrantColor(Quadrant q)
{
    // Green = keep and develop, blue = maintain, orange = cultivate, grey = control investment.
    switch (q) {
    case Quadrant::HighHigh:
        return QColor(0x00, 0x9E, 0x73);
    case Quadrant::HighLow:
        return QColor(0x00, 0x72, 0xB2);
    case Quadrant::LowHigh:
        return QColor(0xE6, 0x9F, 0x00);
    case Quadrant::LowLow:
        return QColor(0x80, 0x80, 0x80);
    }
    return neutralColor();
}

QColor ChartStyle::quadrantTint(Quadrant q)
{
    QColor c = quadrantColor(q);
    c.setAlpha(q == Quadrant::LowLow ? 22 : 28);
    return c;
}

QColor ChartStyle::quadrantTextColor(Quadrant q)
{
    return quadrantColor(q).darker(q == Quadrant::LowHigh ? 190 : 150);
}

QColor ChartStyle::neutralColor()
{
    return QColor(0x9A, 0x9A, 0x9A);
}

} // namespace valuedesk
