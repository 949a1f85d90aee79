#include "palette.h"

#include "metrics/valuescorer.h"

#include <algorithm>
#include <cmath>

namespace valuedesk {

QVector<QColor> Palette::categorical()
{
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
            QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9),
            QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
}

QColor Palette::categoricalAt(int index)
{
    const QVector<QColor> colors = categorical();
    return colors.at(((index % colors.size()) + colors.size()) % colors.size());
}

QColor Palette::quadrant(Quadrant q)
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
    return neutral();
}

QColor Palette::quadrantTint(Quadrant q)
{
    QColor c = quadrant(q);
    c.setAlpha(q == Quadrant::LowLow ? 22 : 28);
    return c;
}

QColor Palette::quadrantText(Quadrant q)
{
    return quadrant(q).darker(q == Quadrant::LowHigh ? 190 : 150);
}

QColor Palette::neutral()
{
    return QColor(0x9A, 0x9A, 0x9A);
}

QColor Palette::error()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor Palette::success()
{
    return QColor(0x1b, 0x7f, 0x3b);
}

QColor Palette::manual()
{
    return QColor(0x8a, 0x4b, 0x00);
}

QColor Palette::filled()
{
    return QColor(0xa0, 0x5a, 0x00);
}

QColor Palette::excluded()
{
    return QColor(0x80, 0x80, 0x80);
}

QColor Palette::mutedText()
{
    return QColor(0x61, 0x61, 0x61);
}

QColor Palette::secondaryText()
{
    return QColor(0x75, 0x75, 0x75);
}

QColor Palette::diagonalCell()
{
    return QColor(0xe8, 0xe8, 0xe8);
}

QColor Palette::mirroredCell()
{
    return QColor(0xf6, 0xf6, 0xf6);
}

QColor Palette::suggestedCell()
{
    return QColor(0xff, 0xcc, 0x80);
}

QColor Palette::hierarchyRoot()
{
    return QColor(0xdc, 0xe9, 0xf5);
}

QColor Palette::hierarchyNode()
{
    return QColor(0xf4, 0xf8, 0xfc);
}

QColor Palette::probabilityRamp(double t)
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    const QColor low(0xf4, 0xb4, 0xb4), mid(0xfb, 0xe3, 0x9c), high(0xb4, 0xdf, 0xb4);
    const QColor &a = t < 0.5 ? low : mid;
    const QColor &b = t < 0.5 ? mid : high;
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u),
                            float(a.greenF() + (b.greenF() - a.greenF()) * u),
                            float(a.blueF() + (b.blueF() - a.blueF()) * u));
}

QColor Palette::intensityRamp(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(1.0 - 0.8 * t), float(1.0 - 0.55 * t), float(1.0 - 0.25 * t));
}

QColor Palette::intensityText()
{
    return QColor(Qt::white);
}

QString Palette::textStyleSheet(const QColor &color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}

} // namespace valuedesk
