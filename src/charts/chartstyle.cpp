#include "chartstyle.h"

#include "palette.h"

namespace valuedesk {

QVector<QColor> ChartStyle::categoricalPalette()
{
    return Palette::categorical();
}

QColor ChartStyle::colorAt(int index)
{
    return Palette::categoricalAt(index);
}

QColor ChartStyle::quadrantColor(Quadrant q)
{
    return Palette::quadrant(q);
}

QColor ChartStyle::quadrantTint(Quadrant q)
{
    return Palette::quadrantTint(q);
}

QColor ChartStyle::quadrantTextColor(Quadrant q)
{
    return Palette::quadrantText(q);
}

QColor ChartStyle::neutralColor()
{
    return Palette::neutral();
}

} // namespace valuedesk
