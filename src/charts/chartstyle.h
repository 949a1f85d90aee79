#pragma once

#include <QColor>
#include <QVector>

namespace valuedesk {

enum class Quadrant; // valuescorer.h

// The charts' view of Palette (palette.h), which holds the colours of charts, models and the app,
// so a class has the same colour everywhere, on screen and in PDF reports.
class ChartStyle final
{
public:
    static QVector<QColor> categoricalPalette();
    static QColor colorAt(int index);
    // Quadrant chart: a saturated colour for points coloured by quadrant, a light translucent
    // tint for the quadrant's region, and a dark shade for its label text.
    static QColor quadrantColor(Quadrant q);
    static QColor quadrantTint(Quadrant q);
    static QColor quadrantTextColor(Quadrant q);
    static QColor neutralColor(); // points without a colour group
};

} // namespace valuedesk
