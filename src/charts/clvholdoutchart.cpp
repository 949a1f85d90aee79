#include "clvholdoutchart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace valuedesk {

ClvHoldoutChart::ClvHoldoutChart(QGraphicsItem *parent) : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    legend()->setAlignment(Qt::AlignBottom);
    setGroups({}, {});
}

void ClvHoldoutChart::setGroups(const QVector<HoldoutGroup> &groups, const QString &holdoutText)
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    auto *actual = new QBarSet(tr("Actual"));
    actual->setColor(ChartStyle::colorAt(0));
    auto *predicted = new QBarSet(tr("Predicted (BG/NBD)"));
    predicted->setColor(ChartStyle::colorAt(1));
    QStringList categories;
    double highest = 0;
    m_groups = 0;
    for (const HoldoutGroup &g : groups) {
        if (g.customers <= 0 || !std::isfinite(g.actual) || !std::isfinite(g.predicted))
            continue;
        ++m_groups;
        *actual << g.actual;
        *predicted << g.predicted;
        categories << (g.andMore ? tr("%1+").arg(g.frequency) : QString::number(g.frequency));
        highest = std::max({highest, g.actual, g.predicted});
    }
    auto *series = new QBarSeries(this);
    series->append(actual);
    series->append(predicted);
    addSeries(series);
    auto *axisX = new QBarCategoryAxis(this);
    axisX->append(categories.isEmpty() ? QStringList{QString()} : categories);
    axisX->setGridLineVisible(false);
    axisX->setTitleText(tr("Repeat purchases in the calibration period"));
    auto *axisY = new QValueAxis(this);
    axisY->setTitleText(tr("Mean repeat purchases in the holdout"));
    axisY->setRange(0, highest > 0 ? highest * 1.1 : 1);
    axisY->applyNiceNumbers();
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    setTitle(m_groups == 0 ? tr("No holdout period: choose a calibration end before the last "
                                "purchase to check the fit")
                           : tr("Holdout check (%1)").arg(holdoutText));
}

} // namespace valuedesk
