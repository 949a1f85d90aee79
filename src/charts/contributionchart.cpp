#include "contributionchart.h"

#include "chartstyle.h"
#include "metrics/scoreexplanation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace valuedesk {

namespace {

void split(const CustomerExplanation &e, QStringList &names, QVector<double> &values)
{
    for (const IndicatorExplanation &x : e.indicators) {
        names.append(x.name);
        values.append(x.contribution);
    }
}

// A round axis bound at or above `v` (1, 2 or 5 × 10^k).
double niceCeiling(double v)
{
    if (!(v > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= v)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

QChart *ContributionChart::create(const QStringList &names, const QVector<double> &contributions,
                                  const QString &title)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    update(chart, names, contributions, title);
    return chart;
}

QChart *ContributionChart::create(const CustomerExplanation &explanation, const QString &title)
{
    QStringList names;
    QVector<double> values;
    split(explanation, names, values);
    return create(names, values, title);
}

void ContributionChart::update(QChart *chart, const CustomerExplanation &explanation,
                               const QString &title)
{
    QStringList names;
    QVector<double> values;
    split(explanation, names, values);
    update(chart, names, values, title);
}

QVector<int> ContributionChart::order(const QVector<double> &contributions)
{
    QVector<int> indices(contributions.size());
    std::iota(indices.begin(), indices.end(), 0);
    std::stable_sort(indices.begin(), indices.end(), [&contributions](int a, int b) {
        return std::abs(contributions.at(a)) > std::abs(contributions.at(b));
    });
    return indices;
}

void ContributionChart::update(QChart *chart, const QStringList &names,
                               const QVector<double> &contributions, const QString &title)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);

    const int n = static_cast<int>(std::min(names.size(), contributions.size()));
    const QVector<int> sorted = order(contributions.mid(0, n));
    // Two stacked sets, one bar per indicator: the positive part goes right, the negative left.
    auto *positive = new QBarSet(QString());
    positive->setColor(ChartStyle::colorAt(0));
    positive->setPen(Qt::NoPen);
    auto *negative = new QBarSet(QString());
    negative->setColor(ChartStyle::colorAt(3));
    negative->setPen(Qt::NoPen);
    QStringList categories;
    double extent = 0;
    // Bar charts draw the first category at the bottom: reverse so the largest is on top.
    for (int k = n - 1; k >= 0; --k) {
        const int i = sorted.at(k);
        const double v = contributions.at(i);
        categories.append(QStringLiteral("%1  %2").arg(names.at(i), QLocale().toString(v, 'f', 3)));
        positive->append(v > 0 ? v : 0.0);
        negative->append(v < 0 ? v : 0.0);
        extent = std::max(extent, std::abs(v));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(positive);
    series->append(negative);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false); // indicator names matter more than bar width
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    auto *axisX = new QValueAxis;
    const double bound = niceCeiling(extent);
    axisX->setRange(-bound, bound);
    axisX->setTickCount(5);
    axisX->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

} // namespace valuedesk
