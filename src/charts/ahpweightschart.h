#pragma once

#include <QStringList>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace valuedesk {

// Horizontal bar chart of AHP weights (shares 0..1) with the criteria names, the first at the
// top, labelled in percent. Used by the pairwise editor and, rendered as vectors, by reports.
class AhpWeightsChart final
{
public:
    // A new chart owned by the caller.
    static QChart *create(const QStringList &names, const QVector<double> &weights,
                          const QString &title = {});
    // Replaces the bars of a chart made by create().
    static void update(QChart *chart, const QStringList &names, const QVector<double> &weights,
                       const QString &title = {});
};

} // namespace valuedesk
