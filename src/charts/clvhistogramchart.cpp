#include "clvhistogramchart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

// numpy.percentile's default (linear interpolation) on sorted values.
double quantile(const QVector<double> &sorted, double q)
{
    const double pos = q * static_cast<double>(sorted.size() - 1);
    const auto i = static_cast<qsizetype>(std::floor(pos));
    const double frac = pos - static_cast<double>(i);
    if (i + 1 >= sorted.size())
        return sorted.constLast();
    return sorted.at(i) + (sorted.at(i + 1) - sorted.at(i)) * frac;
}

QString compact(double v)
{
    const double a = std::abs(v);
    if (a >= 1e6)
        return QLocale().toString(v / 1e6, 'f', a >= 1e7 ? 0 : 1) + QStringLiteral("M");
    if (a >= 1e4)
        return QLocale().toString(v / 1e3, 'f', 0) + QStringLiteral("k");
    return QLocale().toString(v, 'f', a >= 10 || v == 0 ? 0 : 1);
}

} // namespace

ClvHistogramChart::ClvHistogramChart(QGraphicsItem *parent) : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    legend()->hide();
    setValues({}, {});
}

ClvHistogram ClvHistogramChart::bin(const QVector<double> &values, int bins, double upperQuantile)
{
    ClvHistogram h;
    QVector<double> sorted;
    sorted.reserve(values.size());
    for (double v : values)
        if (std::isfinite(v))
            sorted.append(v);
    h.values = static_cast<int>(sorted.size());
    if (sorted.isEmpty() || bins < 1)
        return h;
    std::sort(sorted.begin(), sorted.end());
    h.lower = sorted.constFirst();
    h.maximum = sorted.constLast();
    double top = quantile(sorted, std::clamp(upperQuantile, 0.0, 1.0));
    if (!(top > h.lower))
        top = h.maximum;
    if (!(top > h.lower)) { // all equal
        h.width = 1;
        h.counts = {h.values};
        return h;
    }
    h.width = (top - h.lower) / bins;
    h.counts.fill(0, bins);
    for (double v : std::as_const(sorted)) {
        if (v > top) {
            ++h.overflow;
            continue;
        }
        const int b = std::min(bins - 1, static_cast<int>((v - h.lower) / h.width));
        ++h.counts[b];
    }
    return h;
}

int ClvHistogramChart::barCount() const
{
    return static_cast<int>(m_histogram.counts.size()) + (m_histogram.overflow > 0 ? 1 : 0);
}

void ClvHistogramChart::setValues(const QVector<double> &values, const QString &valueTitle)
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    m_histogram = bin(values);
    const ClvHistogram &h = m_histogram;

    auto *regular = new QBarSet(tr("Customers"));
    regular->setColor(ChartStyle::colorAt(0));
    regular->setBorderColor(ChartStyle::colorAt(0).darker(120));
    auto *overflow = new QBarSet(tr("Above the 99th percentile"));
    overflow->setColor(ChartStyle::colorAt(0).darker(160));
    overflow->setBorderColor(ChartStyle::colorAt(0).darker(200));
    QStringList categories;
    int highest = 0;
    for (int b = 0; b < h.counts.size(); ++b) {
        *regular << h.counts.at(b);
        *overflow << 0;
        categories << compact(h.lower + h.width * b);
        highest = std::max(highest, h.counts.at(b));
    }
    if (h.overflow > 0) {
        *regular << 0;
        *overflow << h.overflow;
        categories << QStringLiteral("> ") + compact(h.upper());
        highest = std::max(highest, h.overflow);
    }
    auto *series = new QBarSeries(this);
    series->setBarWidth(0.95);
    series->append(regular);
    series->append(overflow);
    addSeries(series);

    auto *axisX = new QBarCategoryAxis(this);
    axisX->append(categories.isEmpty() ? QStringList{QString()} : categories);
    axisX->setGridLineVisible(false);
    axisX->setTruncateLabels(false);
    axisX->setTitleText(valueTitle.isEmpty() ? QString() : tr("%1 (bin start)").arg(valueTitle));
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    axisX->setLabelsFont(small);
    axisX->setLabelsAngle(h.counts.size() > 10 ? -45 : 0);
    auto *axisY = new QValueAxis(this);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(tr("Customers"));
    axisY->setRange(0, std::max(1, highest) * 1.1);
    axisY->applyNiceNumbers();
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    setTitle(h.values == 0 ? tr("No values to show")
                           : tr("%n customer(s)", nullptr, h.values) +
                                 (h.overflow > 0 ? tr(", %n above the 99th percentile (%1)",
                                                      nullptr, h.overflow)
                                                       .arg(compact(h.upper()))
                                                 : QString()));
}

} // namespace valuedesk
