// The layout designer's page: PageView's fitting and zoom, and the item frames' painting,
// moving and resizing (declared in app/print/layoutpage.h).
#include "app/print/layoutpage.h"

#include "app/print/layoutdesigner.h"

#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace geisep {

namespace {

constexpr double kHandleMm = 3;

double snap(double mm)
{
    return std::round(mm * 2) / 2; // half millimetres
}

} // namespace

void PageView::fitPage()
{
    m_zoomed = false;
    if (scene())
        fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_zoomed)
        fitPage();
}

void PageView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!m_zoomed)
        fitPage();
}

void PageView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_zoomed = true;
    const double factor = std::pow(1.0015, event->angleDelta().y());
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    scale(factor, factor);
    event->accept();
}

LayoutItemFrame::LayoutItemFrame(LayoutDesigner *designer, QString id, const QRectF &rectMm)
    : m_designer(designer)
    , m_id(std::move(id))
{
    setRect(QRectF(QPointF(0, 0), rectMm.size()));
    setPos(rectMm.topLeft());
    setFlags(ItemIsMovable | ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
}

void LayoutItemFrame::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const bool selected = isSelected();
    QPen pen(selected ? QColor(0x1f, 0x6f, 0xd0) : QColor(0x1f, 0x6f, 0xd0, 90), 0,
             selected ? Qt::SolidLine : Qt::DashLine);
    pen.setCosmetic(true);
    pen.setWidthF(selected ? 2 : 1);
    p->setPen(pen);
    p->setBrush(selected ? QColor(0x1f, 0x6f, 0xd0, 18) : QColor(Qt::transparent));
    p->drawRect(rect());
    if (selected) {
        p->setBrush(QColor(0x1f, 0x6f, 0xd0));
        p->drawRect(QRectF(rect().bottomRight() - QPointF(kHandleMm / 2, kHandleMm / 2),
                           QSizeF(kHandleMm / 2, kHandleMm / 2)));
    }
}

bool LayoutItemFrame::onHandle(const QPointF &pos) const
{
    const QPointF d = rect().bottomRight() - pos;
    return d.x() >= 0 && d.y() >= 0 && d.x() < kHandleMm && d.y() < kHandleMm;
}

void LayoutItemFrame::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(onHandle(event->pos()) ? Qt::SizeFDiagCursor : Qt::SizeAllCursor);
}

void LayoutItemFrame::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_start = QRectF(pos(), rect().size());
    m_resizing = isSelected() && onHandle(event->pos());
    m_designer->frameClicked(m_id);
    if (!m_resizing)
        QGraphicsRectItem::mousePressEvent(event);
}

void LayoutItemFrame::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing) {
        prepareGeometryChange();
        setRect(QRectF(0, 0, std::max(3.0, event->pos().x()), std::max(3.0, event->pos().y())));
        return;
    }
    QGraphicsRectItem::mouseMoveEvent(event);
}

void LayoutItemFrame::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing)
        QGraphicsRectItem::mouseReleaseEvent(event);
    m_resizing = false;
    const QRectF now(snap(pos().x()), snap(pos().y()), snap(rect().width()), snap(rect().height()));
    if (now != m_start)
        m_designer->frameMoved(m_id, now);
}

} // namespace geisep
