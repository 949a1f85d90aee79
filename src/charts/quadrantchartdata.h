#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <QtGlobal>

namespace valuedesk {

// One customer in the value/potential quadrant chart (四象限).
struct QuadrantPoint
{
    qint64 customerId = 0;
    double potential = 0;    // x
    double current = 0;      // y
    double revenue = 0;      // marker size class (revenue quartile)
    int group = -1;          // colour group: index into QuadrantChartData::groupNames, -1 = none
    bool overridden = false; // manual quadrant override: drawn with a dark outline ring
};

// Everything QuadrantChart / QuadrantChartView draw. Points with a non-finite potential or
// current value are ignored.
struct QuadrantChartData
{
    QVector<QuadrantPoint> points;
    // Legend names of the colour groups (another classification, account managers…). Empty:
    // points are coloured by their quadrant instead; a point whose group is out of range is grey
    // ("Other").
    QStringList groupNames;
    // The split lines (ValueScores::currentThreshold / potentialThreshold: mean, median or
    // user-set). A value equal to its threshold counts as low, as in ValueScorer::classify.
    double currentThreshold = 0;
    double potentialThreshold = 0;
    QString currentAxisTitle;   // y axis; empty: tr("Current value")
    QString potentialAxisTitle; // x axis; empty: tr("Potential value")
};

} // namespace valuedesk
