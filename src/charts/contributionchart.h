#pragma once

#include <QStringList>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace valuedesk {

struct CustomerExplanation;

// Horizontal bar chart of each indicator's contribution to a customer's total score, largest
// absolute contribution at the top, positive bars to the right (palette colour 0) and negative
// ones to the left (colour 3), the value in the category label. Used by the explanation panel
// and, rendered as vectors, by reports.
class ContributionChart final
{
public:
    // A new chart owned by the caller.
    static QChart *create(const QStringList &names, const QVector<double> &contributions,
                          const QString &title = {});
    static QChart *create(const CustomerExplanation &explanation, const QString &title = {});
    // Replaces the bars of a chart made by create().
    static void update(QChart *chart, const QStringList &names,
                       const QVector<double> &contributions, const QString &title = {});
    static void update(QChart *chart, const CustomerExplanation &explanation,
                       const QString &title = {});
    // Indices of `contributions` by descending absolute value (ties keep their order).
    static QVector<int> order(const QVector<double> &contributions);
};

} // namespace valuedesk
