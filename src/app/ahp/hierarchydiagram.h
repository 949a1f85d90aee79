#pragma once

#include "ahp/ahpnodeedits.h"

#include <QWidget>

namespace valuedesk {

class AhpModelSession;

// The hierarchy as boxes and lines, goal on the left and indicators on the right, each box with
// its global weight and a bar for its local weight. Clicking a box selects the node.
class HierarchyDiagram final : public QWidget
{
    Q_OBJECT

public:
    explicit HierarchyDiagram(QWidget *parent = nullptr);

    void setSession(AhpModelSession *session);
    void setSelectedNode(const NodePath &path);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void nodeClicked(const valuedesk::NodePath &path);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Box
    {
        NodePath path;
        QRectF rect;
        int parent = -1;
        QString name;
        double local = 1;
        double global = 1;
        bool typed = false;
        int depth = 0;
    };
    void fitColumns();
    void layoutBoxes();
    double place(const HierarchyNode &node, NodePath &path, int depth, int parent, int &leafRow);

    AhpModelSession *m_session = nullptr;
    NodePath m_selected;
    QVector<Box> m_boxes;
    int m_depth = 0;
    int m_leaves = 0;
};

} // namespace valuedesk
