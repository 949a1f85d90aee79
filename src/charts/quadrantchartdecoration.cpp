#include "quadrantchartdecoration.h"

#include "chartstyle.h"
#include "metrics/valuescorer.h"
#include "quadrantchart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace valuedesk {

namespace {

// z values relative to QtCharts' items: plot background 0, shades 1, grid 2, axes 3, series 4,
// legend 5.
constexpr qreal TintsZ = 1.5;
constexpr qreal OverlayZ = 4.5;

} // namespace

QuadrantChartDecoration::QuadrantChartDecoration(const QuadrantChart &chart, Layer layer,
                                                 QGraphicsItem *parent)
    : QGraphicsItem(parent), m_chart(chart), m_layer(layer)
{
    setZValue(layer == Layer::Tints ? TintsZ : OverlayZ);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void QuadrantChartDecoration::refresh()
{
    const QRectF plot = m_chart.plotArea();
    if (plot != m_rect) {
        prepareGeometryChange();
        m_rect = plot;
    }
    update();
}

QRectF QuadrantChartDecoration::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void QuadrantChartDecoration::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_rect.width() < 2 || m_rect.height() < 2)
        return;
    painter->save();
    painter->setClipRect(m_rect);
    if (m_layer == Layer::Tints)
        paintTints(painter);
    else
        paintOverlay(painter);
    painter->restore();
}

QPointF QuadrantChartDecoration::splitPosition() const
{
    const QPointF p =
        m_chart.valueToPosition(QPointF(m_chart.potentialThreshold(), m_chart.currentThreshold()));
    return QPointF(std::clamp(p.x(), m_rect.left(), m_rect.right()),
                   std::clamp(p.y(), m_rect.top(), m_rect.bottom()));
}

void QuadrantChartDecoration::paintTints(QPainter *painter) const
{
    const QPointF s = splitPosition();
    painter->setPen(Qt::NoPen);
    // High current value is up, high potential to the right.
    painter->fillRect(QRectF(QPointF(s.x(), m_rect.top()), QPointF(m_rect.right(), s.y())),
                      ChartStyle::quadrantTint(Quadrant::HighHigh));
    painter->fillRect(QRectF(m_rect.topLeft(), s), ChartStyle::quadrantTint(Quadrant::HighLow));
    painter->fillRect(QRectF(s, m_rect.bottomRight()), ChartStyle::quadrantTint(Quadrant::LowHigh));
    painter->fillRect(QRectF(QPointF(m_rect.left(), s.y()), QPointF(s.x(), m_rect.bottom())),
                      ChartStyle::quadrantTint(Quadrant::LowLow));
}

void QuadrantChartDecoration::paintOverlay(QPainter *painter) const
{
    const QPointF s = splitPosition();
    QPen line(QColor(0x40, 0x40, 0x40), 1.5, Qt::DashLine);
    line.setCosmetic(true);
    painter->setPen(line);
    painter->drawLine(QLineF(s.x(), m_rect.top(), s.x(), m_rect.bottom()));
    painter->drawLine(QLineF(m_rect.left(), s.y(), m_rect.right(), s.y()));

    // Each quadrant's name in its outer corner: a small name line over the bold strategy.
    QFont nameFont = m_chart.font();
    nameFont.setPointSizeF(std::max(7.0, nameFont.pointSizeF() * 0.85));
    QFont strategyFont = m_chart.font();
    strategyFont.setBold(true);
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF strategyMetrics(strategyFont);
    constexpr qreal Inset = 6;
    constexpr qreal Padding = 4;
    struct Corner
    {
        Quadrant quadrant;
        bool right;
        bool top;
    };
    const Corner corners[] = {{Quadrant::HighHigh, true, true},
                              {Quadrant::HighLow, false, true},
                              {Quadrant::LowHigh, true, false},
                              {Quadrant::LowLow, false, false}};
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Corner &c : corners) {
        const QString name = ValueScorer::quadrantDisplayName(c.quadrant);
        const QString strategy = ValueScorer::quadrantStrategyName(c.quadrant);
        const qreal width = std::max(nameMetrics.horizontalAdvance(name),
                                     strategyMetrics.horizontalAdvance(strategy)) +
                            2 * Padding;
        const qreal height = nameMetrics.height() + strategyMetrics.height() + 2 * Padding;
        const qreal x = c.right ? m_rect.right() - Inset - width : m_rect.left() + Inset;
        const qreal y = c.top ? m_rect.top() + Inset : m_rect.bottom() - Inset - height;
        const QRectF box(x, y, width, height);
        painter->setPen(QPen(ChartStyle::quadrantColor(c.quadrant).lighter(130), 1));
        painter->setBrush(QColor(255, 255, 255, 215));
        painter->drawRoundedRect(box, 3, 3);
        const Qt::Alignment align = c.right ? Qt::AlignRight : Qt::AlignLeft;
        const QRectF inner = box.adjusted(Padding, Padding, -Padding, -Padding);
        painter->setPen(ChartStyle::quadrantTextColor(c.quadrant));
        painter->setFont(nameFont);
        painter->drawText(QRectF(inner.topLeft(), QSizeF(inner.width(), nameMetrics.height())),
                          align | Qt::AlignVCenter, name);
        painter->setFont(strategyFont);
        painter->drawText(QRectF(QPointF(inner.left(), inner.top() + nameMetrics.height()),
                                 QSizeF(inner.width(), strategyMetrics.height())),
                          align | Qt::AlignVCenter, strategy);
    }
}

} // namespace valuedesk
