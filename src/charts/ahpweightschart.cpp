#include "ahpweightschart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace valuedesk {

QChart *AhpWeightsChart::create(const QStringList &names, const QVector<double> &weights,
                                const QString &title)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    update(chart, names, weights, title);
    return chart;
}

void AhpWeightsChart::update(QChart *chart, const QStringList &names,
                             const QVector<double> &weights, const QString &title)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);

    // Bar charts draw the first category at the bottom: reverse so the list reads top-down. The
    // value goes into the category label, readable however short the bar.
    const int n = static_cast<int>(std::min(names.size(), weights.size()));
    QStringList categories;
    auto *set = new QBarSet(QString());
    set->setColor(ChartStyle::colorAt(0));
    set->setPen(Qt::NoPen);
    double maximum = 0;
    for (int k = n - 1; k >= 0; --k) {
        categories.append(QStringLiteral("%1  %2 %")
                              .arg(names.at(k), QString::number(weights.at(k) * 100.0, 'f', 1)));
        set->append(weights.at(k) * 100.0);
        maximum = std::max(maximum, weights.at(k) * 100.0);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    auto *axisX = new QValueAxis;
    // Ticks on round steps of 10 % or 20 %.
    const double step = maximum <= 50 ? 10.0 : 20.0;
    const double top = std::min(100.0, std::max(step, std::ceil(maximum / step) * step));
    axisX->setRange(0, top);
    axisX->setLabelFormat(QStringLiteral("%.0f %%"));
    axisX->setTickCount(static_cast<int>(top / step) + 1);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

} // namespace valuedesk
