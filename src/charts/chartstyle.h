#pragma once

#include <QColor>
#include <QVector>

namespace valuedesk {

// One palette for every chart, on screen and in PDF reports, so a class has the same colour
// everywhere.
class ChartStyle final
{
public:
    static QVector<QColor> categoricalPalette();
    static QColor colorAt(int index);
};

} // namespace valuedesk
