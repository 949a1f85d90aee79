#include "paretochart.h"

#include "chartstyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace valuedesk {

namespace {

double positive(double v)
{
    return std::isfinite(v) && v > 0 ? v : 0.0;
}

QColor lighter(const QColor &c, double alpha)
{
    QColor tint = c;
    tint.setAlphaF(float(alpha));
    return tint;
}

} // namespace

ParetoChart::ParetoChart(QGraphicsItem *parent) : QChart(parent)
{
    setAnimationOptions(QChart::NoAnimation);
    legend()->setAlignment(Qt::AlignBottom);
    setData({});
}

void ParetoChart::setData(const ParetoChartData &data)
{
    m_data = data;
    rebuild();
}

void ParetoChart::rebuild()
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes()) {
        removeAxis(axis);
        delete axis;
    }
    m_bucketStart = {0};
    m_barShare.clear();
    m_cumulative.clear();
    const int n = static_cast<int>(m_data.values.size());
    double total = 0;
    for (double v : std::as_const(m_data.values))
        total += positive(v);

    // Buckets: one per customer up to maxBars; beyond, each class gets bars in proportion to its
    // customers (at least one), so a bar never mixes two classes.
    const auto classAt = [this](int rank) {
        return rank < m_data.classOf.size() ? m_data.classOf.at(rank) : -1;
    };
    if (n > 0) {
        int runStart = 0;
        for (int rank = 1; rank <= n; ++rank) {
            if (rank < n && classAt(rank) == classAt(runStart))
                continue;
            const int runLength = rank - runStart;
            const int bars =
                n <= maxBars
                    ? runLength
                    : std::max(1, static_cast<int>(std::lround(double(maxBars) * runLength / n)));
            for (int b = 1; b <= bars; ++b)
                m_bucketStart.append(runStart + static_cast<int>(qint64(runLength) * b / bars));
            runStart = rank;
        }
    }
    const int bars = barCount();
    QStringList categories;
    double running = 0;
    for (int b = 0; b < bars; ++b) {
        double sum = 0;
        for (int rank = firstRank(b); rank <= lastRank(b); ++rank)
            sum += positive(m_data.values.at(rank));
        running += sum;
        // Grouped bars show the average customer of the group, so unequal groups do not make
        // the descending curve jagged.
        const int size = lastRank(b) - firstRank(b) + 1;
        m_barShare.append(total > 0 ? sum / total / (n > maxBars ? size : 1) : 0.0);
        m_cumulative.append(total > 0 ? running / total : 0.0);
        categories.append(QString::number(b + 1));
    }

    auto *axisX = new QBarCategoryAxis(this);
    axisX->append(categories);
    axisX->setLabelsVisible(n <= 30);
    axisX->setTruncateLabels(false);
    axisX->setGridLineVisible(false);
    // The chart's title, not the axis title: a category axis without labels elides its title.
    setTitle(n <= maxBars ? tr("%n customer(s), ranked by %1", nullptr, n).arg(m_data.measureTitle)
                          : tr("%n customer(s), ranked by %1, in %2 groups", nullptr, n)
                                .arg(m_data.measureTitle)
                                .arg(bars));
    auto *axisShare = new QValueAxis(this);
    axisShare->setLabelFormat(QStringLiteral("%.1f %%"));
    axisShare->setTitleText(n > maxBars ? tr("Share of the total per customer")
                                        : tr("Share of the total"));
    auto *axisCumulative = new QValueAxis(this);
    axisCumulative->setRange(0, 100);
    axisCumulative->setLabelFormat(QStringLiteral("%.0f %%"));
    axisCumulative->setTitleText(tr("Cumulative share"));
    addAxis(axisX, Qt::AlignBottom);
    addAxis(axisShare, Qt::AlignLeft);
    addAxis(axisCumulative, Qt::AlignRight);

    // Class bands under everything.
    for (int b = 0; b < bars;) {
        const int cls = classAt(firstRank(b));
        int end = b;
        while (end + 1 < bars && classAt(firstRank(end + 1)) == cls)
            ++end;
        if (cls >= 0) {
            auto *upper = new QLineSeries;
            upper->append(b - 0.5, 100);
            upper->append(end + 0.5, 100);
            auto *band = new QAreaSeries(upper);
            upper->setParent(band);
            band->setName(m_data.classNames.value(cls));
            band->setBrush(lighter(ChartStyle::colorAt(cls), 0.10));
            band->setPen(Qt::NoPen);
            addSeries(band);
            band->attachAxis(axisX);
            band->attachAxis(axisCumulative);
            if (auto markers = legend()->markers(band); !markers.isEmpty())
                markers.constFirst()->setVisible(false);
        }
        b = end + 1;
    }

    // Bars: one set per class, stacked so each bar shows only its own class's colour.
    auto *barSeries = new QStackedBarSeries;
    barSeries->setBarWidth(n <= maxBars ? 0.8 : 1.0);
    const int classCount = std::max(1, static_cast<int>(m_data.classNames.size()));
    QVector<QBarSet *> sets;
    for (int k = 0; k < classCount; ++k) {
        auto *set = new QBarSet(m_data.classNames.value(k, tr("Customers")));
        set->setColor(ChartStyle::colorAt(k));
        set->setBorderColor(ChartStyle::colorAt(k));
        sets.append(set);
    }
    double maxShare = 0;
    for (int b = 0; b < bars; ++b) {
        const int cls = std::clamp(classAt(firstRank(b)), 0, classCount - 1);
        for (int k = 0; k < classCount; ++k)
            sets[k]->append(k == cls ? m_barShare.at(b) * 100 : 0.0);
        maxShare = std::max(maxShare, m_barShare.at(b) * 100);
    }
    for (QBarSet *set : std::as_const(sets))
        barSeries->append(set);
    addSeries(barSeries);
    barSeries->attachAxis(axisX);
    barSeries->attachAxis(axisShare);
    axisShare->setRange(0, maxShare > 0 ? maxShare * 1.1 : 1);
    axisShare->applyNiceNumbers();
    connect(barSeries, &QStackedBarSeries::clicked, this, [this](int bar, QBarSet *) {
        if (bar >= 0 && bar < barCount())
            emit barClicked(firstRank(bar), lastRank(bar));
    });

    // The cumulative curve, from 0 before the first bar.
    auto *curve = new QLineSeries;
    curve->setName(tr("Cumulative share"));
    curve->append(-0.5, 0);
    for (int b = 0; b < bars; ++b)
        curve->append(b + 0.5, m_cumulative.at(b) * 100);
    QPen curvePen(QColor(0x33, 0x33, 0x33));
    curvePen.setWidthF(2);
    curve->setPen(curvePen);
    addSeries(curve);
    curve->attachAxis(axisX);
    curve->attachAxis(axisCumulative);

    // Cut-offs (dashed) and the 80 % reference (dotted, unless it is a cut-off).
    QVector<std::pair<double, Qt::PenStyle>> lines;
    for (double c : std::as_const(m_data.cutoffs))
        lines.append({c, Qt::DashLine});
    if (std::none_of(m_data.cutoffs.cbegin(), m_data.cutoffs.cend(),
                     [this](double c) { return std::abs(c - m_data.reference) < 1e-9; }))
        lines.append({m_data.reference, Qt::DotLine});
    for (const auto &[share, style] : lines) {
        auto *line = new QLineSeries;
        line->setName(style == Qt::DashLine ? tr("Cut-off %1 %").arg(share * 100)
                                            : tr("%1 % reference").arg(share * 100));
        line->append(-0.5, share * 100);
        line->append(std::max(0, bars) - 0.5, share * 100);
        QPen pen(QColor(0x80, 0x80, 0x80));
        pen.setStyle(style);
        pen.setWidthF(1.2);
        line->setPen(pen);
        addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisCumulative);
        if (auto markers = legend()->markers(line); !markers.isEmpty())
            markers.constFirst()->setVisible(false);
    }
}

} // namespace valuedesk
