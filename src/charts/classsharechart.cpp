#include "classsharechart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <cmath>

namespace valuedesk {

ClassShareChart::ClassShareChart(QGraphicsItem *parent) : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    legend()->setAlignment(Qt::AlignBottom);
    setShares({}, {}, {}, QString());
}

void ClassShareChart::setShares(const QStringList &classNames,
                                const QVector<double> &customerShares,
                                const QVector<double> &measureShares, const QString &measureTitle)
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    auto *customers = new QBarSet(tr("Share of customers"));
    customers->setColor(ChartStyle::colorAt(0));
    auto *measure = new QBarSet(measureTitle.isEmpty() ? tr("Share of the measure")
                                                       : tr("Share of %1").arg(measureTitle));
    measure->setColor(ChartStyle::colorAt(1));
    double top = 0;
    // Horizontal bars, the first class at the top, so long class names stay readable.
    QStringList categories;
    for (int k = static_cast<int>(classNames.size()) - 1; k >= 0; --k) {
        categories << classNames.at(k);
        const double c = 100.0 * customerShares.value(k);
        const double m = std::isfinite(measureShares.value(k)) ? 100.0 * measureShares.value(k) : 0;
        customers->append(c);
        measure->append(m);
        top = std::max({top, c, m});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(measure);
    series->append(customers);
    addSeries(series);
    auto *axisClasses = new QBarCategoryAxis(this);
    axisClasses->append(categories);
    axisClasses->setTruncateLabels(false);
    auto *axisShare = new QValueAxis(this);
    axisShare->setRange(0, top > 0 ? std::min(100.0, top * 1.1) : 100);
    axisShare->setLabelFormat(QStringLiteral("%.0f %%"));
    axisShare->applyNiceNumbers();
    addAxis(axisClasses, Qt::AlignLeft);
    addAxis(axisShare, Qt::AlignBottom);
    series->attachAxis(axisClasses);
    series->attachAxis(axisShare);
}

} // namespace valuedesk
