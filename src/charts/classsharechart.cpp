#include "classsharechart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
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
    for (int k = 0; k < classNames.size(); ++k) {
        const double c = 100.0 * customerShares.value(k);
        const double m = std::isfinite(measureShares.value(k)) ? 100.0 * measureShares.value(k) : 0;
        customers->append(c);
        measure->append(m);
        top = std::max({top, c, m});
    }
    auto *series = new QBarSeries;
    series->append(customers);
    series->append(measure);
    series->setLabelsVisible(classNames.size() <= 8);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    addSeries(series);
    auto *axisX = new QBarCategoryAxis(this);
    axisX->append(classNames);
    axisX->setTruncateLabels(false);
    auto *axisY = new QValueAxis(this);
    axisY->setRange(0, top > 0 ? std::min(100.0, top * 1.15) : 100);
    axisY->setLabelFormat(QStringLiteral("%.0f %%"));
    axisY->applyNiceNumbers();
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

} // namespace valuedesk
