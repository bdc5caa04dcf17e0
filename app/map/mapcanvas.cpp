#include "app/map/mapcanvas.h"

#include "app/map/maptools.h"
#include "app/messages.h"

#include "core/plan/plantreemodel.h"

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QThreadPool>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace geisep {

namespace {

const QColor kBackground(0xf4, 0xf1, 0xea);
const QColor kSelection(0xff, 0xd0, 0x00);
const QColor kHighlight(0xe3, 0x0a, 0x17);

QPainterPath featurePath(const LayerGeometry &g, std::size_t f, const Viewport &vp)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (std::uint32_t r = g.featureStart[f]; r < g.featureStart[f + 1]; ++r) {
        QPolygonF ring;
        for (std::uint32_t v = g.ringStart[r]; v < g.ringStart[r + 1]; ++v)
            ring.append(vp.toScreen(g.xy[2 * v], g.xy[2 * v + 1]));
        if (g.kind == LayerGeometry::Kind::Points) {
            for (const QPointF &p : ring)
                path.addEllipse(p, 6, 6);
        } else if (g.kind == LayerGeometry::Kind::Polygons) {
            path.addPolygon(ring);
            path.closeSubpath();
        } else if (!ring.isEmpty()) {
            path.moveTo(ring.first());
            for (qsizetype i = 1; i < ring.size(); ++i)
                path.lineTo(ring[i]);
        }
    }
    return path;
}

} // namespace

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
    , m_renderTimer(new QTimer(this))
{
    setMinimumSize(320, 240);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(0); // coalesces the changes of one event-loop turn
    connect(m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    setTool(Tool::Pan);
}

MapCanvas::~MapCanvas()
{
    if (m_cancel)
        m_cancel->store(true);
    m_mapTool.reset(); // before the widget it works on goes
}

void MapCanvas::setLayers(std::vector<std::shared_ptr<const MapLayer>> layers, bool zoomToAll)
{
    // The selection by feature number, to find it again in a layer whose features were edited
    // (feature indices move when one is added or deleted).
    const auto old = layer(m_selectionLayer);
    const std::shared_ptr<const LayerGeometry> selectedIn = old ? old->geometry : nullptr;
    const QList<qint64> fids = selectedFids();
    m_layers = std::move(layers);
    // The highlight and selection refer to layer objects that may have been replaced.
    if (m_highlightLayer) {
        const auto replacement = layer(m_highlightLayer->id);
        m_highlightLayer = replacement && replacement->geometry == m_highlightLayer->geometry
                               ? replacement
                               : nullptr;
    }
    if (const auto now = layer(m_selectionLayer); !now) {
        setSelection({});
    } else if (selectedIn && now->geometry != selectedIn) {
        std::set<std::size_t> features;
        for (const qint64 fid : fids)
            if (const auto f = now->geometry->indexOfFid(fid))
                features.insert(*f);
        setSelection(std::move(features));
    }
    if (zoomToAll || !m_viewport.isValid()) {
        m_needsFit = true;
        m_history.clear();
        m_historyIndex = -1;
        if (!size().isEmpty())
            zoomToFullExtent();
    }
    viewportChanged();
}

std::shared_ptr<const MapLayer> MapCanvas::layer(qint64 id) const
{
    for (const auto &l : m_layers)
        if (l->id == id)
            return l;
    return nullptr;
}

Envelope MapCanvas::fullExtent() const
{
    Envelope all;
    for (const auto &l : m_layers)
        if (l->visible && l->geometry)
            all.expand(l->geometry->extent);
    if (all.isEmpty())
        for (const auto &l : m_layers)
            if (l->geometry)
                all.expand(l->geometry->extent);
    return all;
}

void MapCanvas::setViewport(const Viewport &viewport)
{
    m_viewport = viewport;
    m_viewport.setSize(size());
    m_needsFit = false;
    viewportChanged();
}

void MapCanvas::zoomToExtent(const Envelope &extent)
{
    if (extent.isEmpty())
        return;
    m_viewport.setSize(size());
    Envelope e = extent;
    if (e.width() < 50 && e.height() < 50) { // a point or a tiny feature: a street-level view
        const double cx = (e.minX + e.maxX) / 2, cy = (e.minY + e.maxY) / 2;
        e = Envelope{cx - 250, cy - 250, cx + 250, cy + 250};
    }
    m_viewport.zoomToExtent(e);
    m_needsFit = false;
    viewportChanged();
}

void MapCanvas::zoomToFullExtent()
{
    const Envelope all = fullExtent();
    if (all.isEmpty()) {
        update();
        return;
    }
    zoomToExtent(all);
    // Until the user moves the map, the full view follows the widget's size.
    m_needsFit = true;
}

void MapCanvas::zoomToScale(double denominator)
{
    m_needsFit = false;
    if (denominator <= 0 || !m_viewport.isValid())
        return;
    const double upp = denominator * 0.0254 / 96;
    m_viewport = Viewport(m_viewport.centerX(), m_viewport.centerY(), upp, size());
    viewportChanged();
}

void MapCanvas::previousExtent()
{
    m_needsFit = false;
    if (!canGoBack())
        return;
    m_navigatingHistory = true;
    m_viewport = m_history[std::size_t(--m_historyIndex)];
    m_viewport.setSize(size());
    viewportChanged();
    m_navigatingHistory = false;
}

void MapCanvas::nextExtent()
{
    m_needsFit = false;
    if (!canGoForward())
        return;
    m_navigatingHistory = true;
    m_viewport = m_history[std::size_t(++m_historyIndex)];
    m_viewport.setSize(size());
    viewportChanged();
    m_navigatingHistory = false;
}

void MapCanvas::viewportChanged()
{
    if (m_viewport.isValid()) {
        if (!m_navigatingHistory && !m_panning) {
            const bool same
                = m_historyIndex >= 0
                  && m_history[std::size_t(m_historyIndex)].centerX() == m_viewport.centerX()
                  && m_history[std::size_t(m_historyIndex)].centerY() == m_viewport.centerY()
                  && m_history[std::size_t(m_historyIndex)].unitsPerPixel()
                         == m_viewport.unitsPerPixel();
            if (!same) {
                m_history.resize(std::size_t(m_historyIndex + 1));
                m_history.push_back(m_viewport);
                m_historyIndex = int(m_history.size()) - 1;
            }
        }
        Q_EMIT scaleChanged(m_viewport.scaleDenominator());
    }
    Q_EMIT extentChanged();
    // Cancel the frame in flight at once; the new one starts when this turn of the event loop
    // is over, so a burst of wheel steps costs one frame.
    if (m_cancel)
        m_cancel->store(true);
    m_renderTimer->start();
    update();
}

void MapCanvas::startRender()
{
    if (!m_viewport.isValid() || m_layers.empty()) {
        m_frame = RenderedFrame{};
        update();
        return;
    }
    if (m_rendering) {
        // The cancelled job is still winding down; start when it reports back.
        m_renderAgain = true;
        return;
    }
    m_rendering = true;
    m_renderAgain = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    RenderSettings settings;
    settings.viewport = m_viewport;
    settings.background = kBackground;
    settings.cancel = m_cancel.get();
    const quint64 generation = ++m_generation;
    QPointer<MapCanvas> self(this);
    auto layers = m_layers;
    auto cancel = m_cancel;
    QThreadPool::globalInstance()->start([self, layers, settings, cancel, generation] {
        RenderedFrame frame = MapRenderer::render(layers, settings);
        // Back on the GUI thread; the canvas may be gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, frame = std::move(frame), generation, cancel]() mutable {
                if (!self)
                    return;
                self->m_rendering = false;
                if (!frame.cancelled && generation == self->m_generation) {
                    self->m_frame = std::move(frame);
                    self->update();
                }
                if (self->m_renderAgain || cancel->load())
                    self->startRender();
            },
            Qt::QueuedConnection);
    });
}

bool MapCanvas::waitForFrame(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while ((m_rendering || m_renderTimer->isActive()) && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_rendering && !m_renderTimer->isActive();
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    if (m_needsFit)
        zoomToFullExtent();
    else
        viewportChanged();
}

QString MapCanvas::importMenuPath() const
{
    const auto *import = window()->findChild<QAction *>(QStringLiteral("importAction"));
    const QString path = import ? messages::menuPath(import) : QString();
    return path.isEmpty() ? tr("an import") : path;
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), kBackground);
    if (m_layers.empty()) {
        p.setPen(QColor(0x60, 0x60, 0x60));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        p.setFont(f);
        p.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("This project has no layers yet.\nBring in mahalle boundaries, migrant "
                      "areas or infrastructure with %1.")
                       .arg(importMenuPath()));
        return;
    }
    if (!m_frame.image.isNull() && m_frame.viewport.isValid()) {
        // The last frame, moved and scaled to the current view until the new one is ready.
        const Viewport &fv = m_frame.viewport;
        const Envelope e = fv.visibleExtent();
        const QPointF topLeft = m_viewport.toScreen(e.minX, e.maxY);
        const QPointF bottomRight = m_viewport.toScreen(e.maxX, e.minY);
        p.setRenderHint(QPainter::SmoothPixmapTransform,
                        fv.unitsPerPixel() != m_viewport.unitsPerPixel());
        p.drawImage(QRectF(topLeft, bottomRight), m_frame.image);
    }
    drawOverlays(p);
}

void MapCanvas::drawOverlays(QPainter &p)
{
    p.setRenderHint(QPainter::Antialiasing);
    if (const auto sel = layer(m_selectionLayer); sel && !m_selection.empty()) {
        QPainterPath all;
        all.setFillRule(Qt::WindingFill);
        const Envelope view = m_viewport.visibleExtent();
        for (const std::size_t f : m_selection)
            if (f < sel->geometry->featureCount() && sel->geometry->boxes[f].intersects(view))
                all.addPath(featurePath(*sel->geometry, f, m_viewport));
        QColor fill = kSelection;
        fill.setAlpha(90);
        p.setPen(QPen(kSelection.darker(115), 2));
        p.setBrush(fill);
        p.drawPath(all);
    }
    if (m_highlightLayer && m_highlightFeature < m_highlightLayer->geometry->featureCount()) {
        p.setPen(QPen(kHighlight, 2.5));
        QColor fill = kHighlight;
        fill.setAlpha(40);
        p.setBrush(fill);
        p.drawPath(featurePath(*m_highlightLayer->geometry, m_highlightFeature, m_viewport));
    }
    if (m_mapTool)
        m_mapTool->drawOverlay(p);
}

void MapCanvas::setHighlight(std::shared_ptr<const MapLayer> layer, std::size_t feature)
{
    m_highlightLayer = std::move(layer);
    m_highlightFeature = feature;
    update();
}

void MapCanvas::setSelectionLayer(qint64 layerId)
{
    if (layerId == m_selectionLayer)
        return;
    m_selectionLayer = layerId;
    setSelection({});
    Q_EMIT selectionLayerChanged(layerId);
}

void MapCanvas::setSelection(std::set<std::size_t> features)
{
    m_selection = std::move(features);
    Q_EMIT selectionChanged(int(m_selection.size()));
    update();
}

QList<qint64> MapCanvas::selectedFids() const
{
    QList<qint64> fids;
    if (const auto l = layer(m_selectionLayer); l && l->geometry)
        for (const std::size_t f : m_selection)
            if (f < l->geometry->fids.size())
                fids << l->geometry->fids[f];
    std::sort(fids.begin(), fids.end());
    return fids;
}

Envelope MapCanvas::selectionExtent() const
{
    Envelope e;
    if (const auto sel = layer(m_selectionLayer))
        for (const std::size_t f : m_selection)
            if (f < sel->geometry->featureCount())
                e.expand(sel->geometry->boxes[f]);
    return e;
}

QMimeData *MapCanvas::selectionMimeData() const
{
    const auto sel = layer(m_selectionLayer);
    if (!sel || m_selection.empty())
        return nullptr;
    QList<qint64> fids;
    for (const std::size_t f : m_selection)
        if (f < sel->geometry->featureCount())
            fids << sel->geometry->fids[f];
    auto *mime = new QMimeData;
    mime->setData(PlanTreeModel::featuresMimeType(), PlanTreeModel::encodeFeatures(sel->id, fids));
    mime->setText(tr("%n area(s)", nullptr, int(fids.size())));
    return mime;
}

void MapCanvas::selectAt(QPointF screen, bool add)
{
    const auto sel = layer(m_selectionLayer);
    if (!sel)
        return;
    const QPointF map = m_viewport.toMap(screen);
    const auto hit = featureAt(*sel->geometry, map.x(), map.y(), 4 * m_viewport.unitsPerPixel());
    std::set<std::size_t> next = add ? m_selection : std::set<std::size_t>{};
    if (hit) {
        if (add && m_selection.contains(*hit))
            next.erase(*hit); // shift-click toggles
        else
            next.insert(*hit);
    }
    setSelection(std::move(next));
}

void MapCanvas::selectInPolygon(const QPolygonF &mapPolygon, bool add)
{
    const auto sel = layer(m_selectionLayer);
    if (!sel)
        return;
    std::set<std::size_t> next = add ? m_selection : std::set<std::size_t>{};
    const std::vector<QPointF> poly(mapPolygon.begin(), mapPolygon.end());
    for (const std::size_t f : featuresIntersecting(*sel->geometry, poly))
        next.insert(f);
    setSelection(std::move(next));
}

bool MapCanvas::isSelectedAt(QPointF screen) const
{
    const auto sel = layer(m_selectionLayer);
    if (!sel || m_selection.empty())
        return false;
    const QPointF map = m_viewport.toMap(screen);
    const auto hit = featureAt(*sel->geometry, map.x(), map.y(), tolerance());
    return hit && m_selection.contains(*hit);
}

void MapCanvas::setTool(Tool tool)
{
    m_tool = tool;
    setMapTool(makeMapTool(tool, this));
}

void MapCanvas::setMapTool(std::unique_ptr<MapTool> tool)
{
    if (m_mapTool)
        m_mapTool->deactivate();
    m_mapTool = std::move(tool);
    if (m_mapTool) {
        m_mapTool->activate();
        setCursor(m_mapTool->cursor());
    }
    update();
}

void MapCanvas::setPanning(bool panning)
{
    const bool moved = m_panning && !panning;
    m_panning = panning;
    if (moved)
        viewportChanged(); // the settled extent goes into the history
}

void MapCanvas::panByPixels(QPointF delta)
{
    if (delta.isNull())
        return;
    m_needsFit = false;
    m_viewport.panByPixels(delta.x(), delta.y());
    viewportChanged();
}

void MapCanvas::zoomAbout(double factor, QPointF screen)
{
    m_needsFit = false;
    m_viewport.zoomBy(factor, screen);
    viewportChanged();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_mapTool)
        m_mapTool->press(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF map = m_viewport.toMap(event->position());
    Q_EMIT mouseMapPosition(map.x(), map.y());
    if (m_mapTool)
        m_mapTool->move(event);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_mapTool)
        m_mapTool->release(event);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_mapTool)
        m_mapTool->doubleClick(event);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    m_needsFit = false;
    const double steps = event->angleDelta().y() / 120.0;
    m_viewport.zoomBy(std::pow(1.25, steps), event->position());
    viewportChanged();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_mapTool && m_mapTool->key(event))
        return;
    const QPointF centre(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_viewport.zoomBy(1.5, centre);
        break;
    case Qt::Key_Minus:
        m_viewport.zoomBy(1 / 1.5, centre);
        break;
    case Qt::Key_Left:
        m_viewport.panByPixels(width() / 4.0, 0);
        break;
    case Qt::Key_Right:
        m_viewport.panByPixels(-width() / 4.0, 0);
        break;
    case Qt::Key_Up:
        m_viewport.panByPixels(0, height() / 4.0);
        break;
    case Qt::Key_Down:
        m_viewport.panByPixels(0, -height() / 4.0);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_needsFit = false;
    viewportChanged();
}

} // namespace geisep
