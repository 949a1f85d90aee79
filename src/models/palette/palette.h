#pragma once

#include <QColor>
#include <QString>
#include <QVector>

namespace valuedesk {

enum class Quadrant; // metrics/valuescorer.h

// Every colour ValueDesk draws with, in one place: the charts (on screen and in PDF reports), the
// item models' foreground and background roles and the app's stylesheets. A class, a quadrant
// or an error has the same colour everywhere.
class Palette final
{
public:
    // Categorical series: colour-blind-safe Okabe-Ito order, readable in print.
    static QVector<QColor> categorical();
    static QColor categoricalAt(int index); // wraps around, negative indexes too
    // Quadrants: a saturated colour for points, a translucent tint for the region and a dark
    // shade for label text.
    static QColor quadrant(Quadrant q);
    static QColor quadrantTint(Quadrant q);
    static QColor quadrantText(Quadrant q);
    static QColor neutral(); // chart points without a colour group

    // Status text.
    static QColor error();    // errors, failed checks, inconsistent judgements
    static QColor success();  // passed checks
    static QColor manual();   // values someone typed in by hand
    static QColor filled();   // values put in by a rule
    static QColor excluded(); // values left out of a computation
    // Muted text: hints and meanings next to the data.
    static QColor mutedText();
    static QColor secondaryText(); // read-only or inferred cells

    // Table backgrounds.
    static QColor diagonalCell();  // a matrix's fixed diagonal
    static QColor mirroredCell();  // a matrix's reciprocal (lower) half
    static QColor suggestedCell(); // a proposed change
    static QColor hierarchyRoot(); // AHP hierarchy: the goal's box
    static QColor hierarchyNode(); // AHP hierarchy: a criterion's box

    // Heat maps. A light red → amber → green ramp for probabilities (text stays readable).
    static QColor probabilityRamp(double t); // t in [0, 1]
    // A pale → deep blue ramp (the first categorical colour) and the text colour on it.
    static QColor intensityRamp(double t); // t in [0, 1]
    static QColor intensityText();

    // "color: #rrggbb;" for a widget stylesheet.
    static QString textStyleSheet(const QColor &color);
};

} // namespace valuedesk
