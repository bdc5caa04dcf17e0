// The layout designer's page: the view it is shown in and the frames of its items.
#pragma once

#include <QGraphicsRectItem>
#include <QGraphicsView>
#include <QString>

namespace geisep {

class LayoutDesigner;

// The page as the designer shows it: fitted to the view whenever the view gets a size (at
// first showing it has none, and fitting then left a 17-pixel thumbnail) until the planner
// zooms with Ctrl and the wheel; "Fit page" fits it again.
class PageView : public QGraphicsView
{
public:
    using QGraphicsView::QGraphicsView;
    void fitPage();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    bool m_zoomed = false;
};

// An item on the page, in millimetres: dragged to move, dragged by its lower right corner to
// resize; the designer is told when the mouse lets go.
class LayoutItemFrame : public QGraphicsRectItem
{
public:
    LayoutItemFrame(LayoutDesigner *designer, QString id, const QRectF &rectMm);
    const QString &id() const { return m_id; }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override;

protected:
    bool onHandle(const QPointF &pos) const;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    LayoutDesigner *m_designer;
    QString m_id;
    QRectF m_start;
    bool m_resizing = false;
};

} // namespace geisep
