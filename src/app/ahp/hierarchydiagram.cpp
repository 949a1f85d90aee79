#include "hierarchydiagram.h"

#include "ahp/ahpmodelsession.h"
#include "palette.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace valuedesk {

namespace {

constexpr double minimumColumnWidth = 118;
constexpr double maximumColumnWidth = 230;
constexpr double columnGap = 22;
constexpr double rowHeight = 46;
constexpr double boxHeight = 36;
constexpr double margin = 12;

} // namespace

HierarchyDiagram::HierarchyDiagram(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("hierarchyDiagram"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void HierarchyDiagram::setSession(AhpModelSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &AhpModelSession::resultsChanged, this, &HierarchyDiagram::layoutBoxes);
        connect(session, &AhpModelSession::reset, this, &HierarchyDiagram::layoutBoxes);
    }
    layoutBoxes();
}

void HierarchyDiagram::setSelectedNode(const NodePath &path)
{
    m_selected = path;
    update();
}

double HierarchyDiagram::place(const HierarchyNode &node, NodePath &path, int depth, int parent,
                               int &leafRow)
{
    const int index = static_cast<int>(m_boxes.size());
    Box box;
    box.path = path;
    box.parent = parent;
    box.name = node.name();
    if (const HierarchyNodeResult *r = m_session->nodeResult(path)) {
        box.local = r->localWeight;
        box.global = r->globalWeight;
    }
    if (!path.isEmpty()) {
        const HierarchyNode *p = m_session->node(path.mid(0, path.size() - 1));
        box.typed = p && p->directWeights();
    }
    m_boxes.append(box);
    m_depth = std::max(m_depth, depth + 1);
    double centre = 0;
    if (node.isLeaf()) {
        centre = margin + leafRow * rowHeight + rowHeight / 2;
        ++leafRow;
    } else {
        double first = 0;
        double last = 0;
        for (int k = 0; k < static_cast<int>(node.children().size()); ++k) {
            path.append(k);
            const double c = place(node.children()[static_cast<std::size_t>(k)], path, depth + 1,
                                   index, leafRow);
            path.removeLast();
            if (k == 0)
                first = c;
            last = c;
        }
        centre = (first + last) / 2;
    }
    m_boxes[index].rect = QRectF(0, centre - boxHeight / 2, 0, boxHeight);
    m_boxes[index].depth = depth;
    return centre;
}

void HierarchyDiagram::layoutBoxes()
{
    m_boxes.clear();
    m_depth = 0;
    m_leaves = 0;
    if (m_session) {
        NodePath path;
        place(m_session->root(), path, 0, -1, m_leaves);
    }
    fitColumns();
    updateGeometry();
    update();
}

void HierarchyDiagram::fitColumns()
{
    // Columns share the width available, within limits; the scroll area scrolls beyond that.
    const int depth = std::max(1, m_depth);
    const double column = std::clamp((width() - 2 * margin + columnGap) / depth, minimumColumnWidth,
                                     maximumColumnWidth);
    for (Box &box : m_boxes) {
        box.rect.setLeft(margin + box.depth * column);
        box.rect.setWidth(column - columnGap);
    }
}

void HierarchyDiagram::resizeEvent(QResizeEvent *event)
{
    fitColumns();
    QWidget::resizeEvent(event);
}

QSize HierarchyDiagram::sizeHint() const
{
    return QSize(
        static_cast<int>(2 * margin + std::max(1, m_depth) * minimumColumnWidth - columnGap),
        static_cast<int>(2 * margin + std::max(1, m_leaves) * rowHeight));
}

QSize HierarchyDiagram::minimumSizeHint() const
{
    return sizeHint();
}

void HierarchyDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor line = palette().color(QPalette::Mid);
    painter.setPen(QPen(line, 1.2));
    for (const Box &box : std::as_const(m_boxes)) {
        if (box.parent < 0)
            continue;
        const QRectF &p = m_boxes.at(box.parent).rect;
        const QPointF from(p.right(), p.center().y());
        const QPointF to(box.rect.left(), box.rect.center().y());
        const double midX = (from.x() + to.x()) / 2;
        QPainterPath elbow(from);
        elbow.lineTo(midX, from.y());
        elbow.lineTo(midX, to.y());
        elbow.lineTo(to);
        painter.drawPath(elbow);
    }
    const QFontMetrics metrics(font());
    for (const Box &box : std::as_const(m_boxes)) {
        const bool selected = box.path == m_selected;
        painter.setPen(
            QPen(selected ? palette().color(QPalette::Highlight) : line, selected ? 2.0 : 1.0));
        painter.setBrush(box.path.isEmpty() ? Palette::hierarchyRoot() : Palette::hierarchyNode());
        painter.drawRoundedRect(box.rect, 5, 5);
        // A bar along the bottom for the local weight.
        painter.setPen(Qt::NoPen);
        painter.setBrush(box.typed ? Palette::categoricalAt(1) : Palette::categoricalAt(0));
        painter.drawRect(QRectF(box.rect.left() + 4, box.rect.bottom() - 6,
                                (box.rect.width() - 8) * std::clamp(box.local, 0.0, 1.0), 3));
        painter.setPen(palette().color(QPalette::Text));
        const QRectF text = box.rect.adjusted(6, 2, -6, -8);
        const QString weight = QString::number(box.global * 100, 'f', 1) + QStringLiteral(" %");
        const int weightWidth = metrics.horizontalAdvance(weight);
        painter.drawText(text.adjusted(0, 0, -weightWidth - 6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(box.name, Qt::ElideRight,
                                            static_cast<int>(text.width()) - weightWidth - 6));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, weight);
    }
}

bool HierarchyDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const Box &box : std::as_const(m_boxes)) {
            if (box.rect.contains(help->pos())) {
                QString text = tr("%1\nlocal weight %2 %, global weight %3 %")
                                   .arg(box.name, QString::number(box.local * 100, 'f', 1),
                                        QString::number(box.global * 100, 'f', 1));
                if (box.typed)
                    text += QLatin1Char('\n') + tr("weight typed directly");
                QToolTip::showText(help->globalPos(), text, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void HierarchyDiagram::mousePressEvent(QMouseEvent *event)
{
    for (const Box &box : std::as_const(m_boxes)) {
        if (box.rect.contains(event->position())) {
            m_selected = box.path;
            update();
            emit nodeClicked(box.path);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace valuedesk
