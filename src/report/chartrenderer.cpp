#include "chartrenderer.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>

namespace valuedesk {

void ChartRenderer::render(QChart *chart, QPainter *painter, const QRectF &target,
                           const QSizeF &layout)
{
    QGraphicsScene scene;
    QGraphicsScene *previous = chart->scene();
    if (previous)
        previous->removeItem(chart);
    scene.addItem(chart);
    chart->resize(layout);
    QCoreApplication::processEvents();
    scene.render(painter, target, QRectF(QPointF(0, 0), layout));
    scene.removeItem(chart);
    if (previous)
        previous->addItem(chart);
}

} // namespace valuedesk
