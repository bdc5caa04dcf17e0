#include "gis/map/renderer.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPaintEngine>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <optional>
#include <thread>

namespace geisep {

namespace {

constexpr double kLabelHaloPx = 2.0;
// How far a PDF or SVG page's rings may stray from their vertices, in the map's pixels: 0.13 mm
// at the 150 dpi print maps are drawn with, finer than the thinnest outline printed (0.2 mm);
// the atlas's pages at 300 dpi look the same with it.
constexpr double kVectorTolerance = 0.75;

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Screen-space ring with vertices closer than half a pixel to the last kept one dropped (the
// ring's last vertex always kept, so rings close where they should), and runs of vertices
// beyond the same edge of the view (with a margin) cut to their ends: the chord between them
// stays beyond that edge, so the picture inside the view is the same.
// Vertices v0 to v1 - 1 (a ring, or a run of a ring's own outline).
void appendVertices(QPolygonF &out, const LayerGeometry &g, std::uint32_t v0, std::uint32_t v1,
                    const Viewport &vp, bool naive)
{
    out.clear();
    if (v1 <= v0)
        return;
    const double upp = vp.unitsPerPixel();
    const Envelope view = vp.visibleExtent();
    const double ox = view.minX, oy = view.maxY;
    const double margin = 8;
    const double maxX = vp.size().width() + margin, maxY = vp.size().height() + margin;
    auto outcode = [&](double x, double y) {
        return (x < -margin ? 1 : 0) | (x > maxX ? 2 : 0) | (y < -margin ? 4 : 0)
               | (y > maxY ? 8 : 0);
    };
    const double *xy = g.xy.data();
    double lastX = (xy[2 * v0] - ox) / upp, lastY = (oy - xy[2 * v0 + 1]) / upp;
    out.append(QPointF(lastX, lastY));
    int codeBefore = 0; // of the point before the last kept one
    int codeLast = outcode(lastX, lastY);
    for (std::uint32_t v = v0 + 1; v < v1; ++v) {
        const double sx = (xy[2 * v] - ox) / upp, sy = (oy - xy[2 * v + 1]) / upp;
        if (naive) {
            out.append(QPointF(sx, sy));
            continue;
        }
        const double dx = sx - lastX, dy = sy - lastY;
        if (dx * dx + dy * dy < 0.25 && v + 1 < v1)
            continue;
        const int code = outcode(sx, sy);
        if (out.size() >= 2 && (codeBefore & codeLast & code)) {
            out.last() = QPointF(sx, sy); // the last kept point was inside an outside run
        } else {
            out.append(QPointF(sx, sy));
            codeBefore = codeLast;
        }
        codeLast = code;
        lastX = sx;
        lastY = sy;
    }
}

void appendRing(QPolygonF &out, const LayerGeometry &g, std::uint32_t r, const Viewport &vp,
                bool naive)
{
    appendVertices(out, g, g.ringStart[r], g.ringStart[r + 1], vp, naive);
}

// Drops, in place, the vertices of a screen-space ring that lie within `tol` pixels of the line
// through their neighbours kept (Zhao and Saalfeld's sector bound: each kept vertex opens a
// wedge of the directions every later vertex allows, and a vertex outside it starts the next
// one; the error stays under `tol`, in one pass with no trigonometry). The first and last
// vertices stay.
void simplifySector(QPolygonF &ring, double tol)
{
    const qsizetype n = ring.size();
    if (n < 4)
        return;
    const auto cross = [](QPointF a, QPointF b) {
        return a.x() * b.y() - a.y() * b.x();
    };
    qsizetype kept = 0; // ring[0..kept] are the output so far
    QPointF anchor = ring[0];
    QPointF right, left;    // the wedge's bounds, as directions from the anchor
    bool open = false;      // a wedge exists (some vertex beyond tol was seen)
    double farthest = 0;    // the farthest vertex from the anchor so far
    qsizetype accepted = 0; // the last vertex inside every wedge so far: kept on a turn
    // The last vertex is tested too (it must lie in the wedge of the vertices before it), but
    // is kept whatever the test says.
    for (qsizetype i = 1; i < n; ++i) {
        const QPointF v = ring[i] - anchor;
        const double d = std::sqrt(QPointF::dotProduct(v, v));
        // Outside the wedge, or turning back towards the anchor (a spike would be lost): the
        // last vertex inside the wedge is kept and becomes the anchor.
        if (open
            && (d < farthest - tol || (d > tol && (cross(right, v) < 0 || cross(v, left) < 0)))) {
            anchor = ring[accepted];
            ring[++kept] = anchor;
            open = false;
            farthest = 0;
            i = accepted; // the vertices after it are seen again from it
            continue;
        }
        if (i == n - 1)
            break;
        if (d <= tol)
            continue; // inside the anchor's own circle: any line from the anchor passes by it
        accepted = i;
        farthest = std::max(farthest, d);
        const double sinA = tol / d, cosA = std::sqrt(1 - sinA * sinA);
        const QPointF l(v.x() * cosA - v.y() * sinA, v.x() * sinA + v.y() * cosA);
        const QPointF r(v.x() * cosA + v.y() * sinA, -v.x() * sinA + v.y() * cosA);
        if (!open) {
            right = r;
            left = l;
            open = true;
        } else {
            if (cross(right, r) > 0)
                right = r;
            if (cross(l, left) > 0)
                left = l;
        }
    }
    ring[++kept] = ring[n - 1];
    ring.resize(kept + 1);
}

struct Piece
{
    const MapLayer *layer;
    std::vector<std::uint32_t> features;
    QImage image;
};

} // namespace

QFont MapRenderer::labelFont(const LayerStyle &style)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(std::max(6, int(std::lround(style.labelSizePt * 96.0 / 72.0))));
    return font;
}

void MapRenderer::drawMarker(QPainter &p, QPointF at, LayerStyle::Marker marker, double size)
{
    const double h = size / 2;
    switch (marker) {
    case LayerStyle::Marker::Circle:
        p.drawEllipse(QRectF(at.x() - h, at.y() - h, size, size));
        break;
    case LayerStyle::Marker::Square:
        p.drawRect(QRectF(at.x() - h * 0.9, at.y() - h * 0.9, size * 0.9, size * 0.9));
        break;
    case LayerStyle::Marker::Triangle: {
        const QPointF pts[3] = {{at.x(), at.y() - h * 1.1},
                                {at.x() + h * 1.05, at.y() + h * 0.8},
                                {at.x() - h * 1.05, at.y() + h * 0.8}};
        p.drawPolygon(pts, 3);
        break;
    }
    case LayerStyle::Marker::Cross: {
        const double t = size * 0.34 / 2; // half the bar thickness
        QPolygonF plus;
        plus << QPointF(-t, -h) << QPointF(t, -h) << QPointF(t, -t) << QPointF(h, -t)
             << QPointF(h, t) << QPointF(t, t) << QPointF(t, h) << QPointF(-t, h) << QPointF(-t, t)
             << QPointF(-h, t) << QPointF(-h, -t) << QPointF(-t, -t);
        p.drawPolygon(plus.translated(at));
        break;
    }
    case LayerStyle::Marker::Diamond: {
        const QPointF pts[4] = {
            {at.x(), at.y() - h}, {at.x() + h, at.y()}, {at.x(), at.y() + h}, {at.x() - h, at.y()}};
        p.drawPolygon(pts, 4);
        break;
    }
    }
}

namespace {

// A layer's outline pen: none where the stroke is invisible.
QPen outlinePen(const LayerStyle &style)
{
    QPen pen(style.stroke, style.strokeWidth);
    // Round joins cost an arc per vertex; below 3 px a bevel looks the same.
    pen.setJoinStyle(style.strokeWidth < 3 ? Qt::BevelJoin : Qt::RoundJoin);
    if (style.strokeWidth <= 0 || style.stroke.alpha() == 0)
        pen = QPen(Qt::NoPen);
    return pen;
}

// How a layer's features are drawn on a painter.
struct DrawMode
{
    bool segments = false;      // wide outlines as segments, after the fills, in batches
    bool fillLayer = false;     // translucent fills drawn opaque into an image of their own
    bool batched = false;       // either of them
    bool vector = false;        // a PDF or SVG page: rings simplified to kVectorTolerance
    double sectorTolerance = 0; // how far a wide pen's simplified rings may stray
};

DrawMode drawModeOf(const QPainter &p, const LayerGeometry &g, const LayerStyle &style,
                    const QPen &pen, bool naive)
{
    // Wide outlines (issue 19): QPainter strokes a polygon or path wider than a pixel through
    // its general stroker — an outline polygon built per segment and join, then filled — which
    // made a 2.2 px outline cost four times the whole frame of a 0.8 px one. On the raster
    // engine, a solid pen drawn as separate segments with square caps is filled as one quad per
    // segment (QRasterizer::rasterizeLine). With an opaque pen the overlaps at the vertices do
    // not show and the square caps fill the joins as a miter would; so wide outlines are drawn
    // as segments, after the layer's fills, in batches.
    // Translucent fills: the raster engine blends a translucent colour pixel by pixel at more
    // than twice the cost of an opaque fill. A layer's areas do not overlap, so its fills are
    // drawn opaque into an image of their own, laid on once with the style's fill opacity, and
    // the outlines drawn after it as segments.
    // A translucent pen (or painter) in either case is drawn opaque into an image of its own
    // laid on with the pen's alpha, so overlaps at the vertices do not darken. A PDF or SVG page
    // and the naive reference keep QPainter's own way.
    const bool raster = !naive && p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster
                        && g.kind != LayerGeometry::Kind::Points
                        && p.transform().type() <= QTransform::TxTranslate;
    DrawMode mode;
    mode.segments = raster && pen.style() != Qt::NoPen && style.strokeWidth > 1.0;
    mode.fillLayer = raster && g.kind == LayerGeometry::Kind::Polygons && style.fillOpacity > 0.0
                     && style.fillOpacity < 1.0;
    mode.batched = mode.segments || mode.fillLayer;
    // A PDF or SVG page (issue 19): every vertex kept is written to the file, so rings are
    // simplified to what no print shows (kVectorTolerance).
    mode.vector = !naive && p.paintEngine() && p.paintEngine()->type() != QPaintEngine::Raster;
    // How far a wide pen's simplified rings may stray: a third of a pixel up to 2.4 px, then a
    // quarter of what the pen adds beyond a pixel (a pixel for a 5 px pen).
    mode.sectorTolerance = std::max(0.35, (style.strokeWidth - 1) / 4);
    return mode;
}

// A transparent image the size of the view, and an antialiased painter on it.
void offscreen(const Viewport &vp, QImage &image, std::optional<QPainter> &painter)
{
    image = QImage(vp.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    painter.emplace(&image);
    painter->setRenderHint(QPainter::Antialiasing, true);
}

// An image drawn offscreen laid on `p` with `alpha`.
void layOn(QPainter &p, std::optional<QPainter> &painter, const QImage &image, double alpha)
{
    if (!painter)
        return;
    painter->end();
    p.save();
    p.setOpacity(alpha);
    p.drawImage(QPointF(0, 0), image);
    p.restore();
}

// A batched layer's outlines, drawn after its fills: a wide pen's as segments with square caps,
// a thin one's as whole rings; into an image of their own when the pen is translucent.
class Outlines
{
public:
    Outlines(QPainter &p, const Viewport &vp, const QPen &pen, const LayerStyle &style,
             const DrawMode &mode)
        : m_p(p)
        , m_pen(pen)
        , m_linePen(pen)
        , m_penAlpha(style.stroke.alphaF() * p.opacity())
        , m_segments(mode.segments)
    {
        if (mode.segments)
            m_linePen.setCapStyle(Qt::SquareCap);
        if (mode.batched && pen.style() != Qt::NoPen && m_penAlpha < 1.0) {
            offscreen(vp, m_image, m_painter);
            QColor opaque = style.stroke;
            opaque.setAlpha(255);
            m_linePen.setColor(opaque);
        }
    }

    std::size_t segmentCount() const { return m_lines.size(); }

    void add(const QPolygonF &r, bool closed)
    {
        if (m_pen.style() == Qt::NoPen)
            return;
        if (!m_segments) {
            m_rings.push_back(r);
            if (closed && r.size() > 2 && r.first() != r.last())
                m_rings.back().append(r.first());
            return;
        }
        for (qsizetype i = 1; i < r.size(); ++i)
            m_lines.emplace_back(r[i - 1], r[i]);
        if (closed && r.size() > 2 && r.first() != r.last())
            m_lines.emplace_back(r.last(), r.first());
    }

    void flush()
    {
        QPainter &lp = m_painter ? *m_painter : m_p;
        lp.setPen(m_linePen);
        lp.setBrush(Qt::NoBrush);
        if (!m_lines.empty())
            lp.drawLines(m_lines.data(), int(m_lines.size()));
        for (const QPolygonF &r : m_rings)
            lp.drawPolyline(r);
        m_lines.clear();
        m_rings.clear();
    }

    // The outlines left drawn, and their image laid on.
    void finish()
    {
        flush();
        layOn(m_p, m_painter, m_image, m_penAlpha);
    }

private:
    QPainter &m_p;
    const QPen m_pen;
    QPen m_linePen;
    const double m_penAlpha;
    const bool m_segments;
    QImage m_image;
    std::optional<QPainter> m_painter;
    std::vector<QLineF> m_lines;    // wide pens: segments
    std::vector<QPolygonF> m_rings; // thin pens over a fill layer: rings, drawn whole
};

// Each ring of a feature (rings r0 to r1) in screen space, empty ones skipped, simplified to
// `tolerance` pixels where that is above 0, handed to `use`.
template<typename Use>
void forEachRing(QPolygonF &ring, const LayerGeometry &g, std::uint32_t r0, std::uint32_t r1,
                 const Viewport &vp, bool naive, double tolerance, Use use)
{
    for (std::uint32_t r = r0; r < r1; ++r) {
        appendRing(ring, g, r, vp, naive);
        if (ring.isEmpty())
            continue;
        if (tolerance > 0)
            simplifySector(ring, tolerance);
        use(ring, r);
    }
}

// Ring r's own outline (LayerGeometry::outlineRuns), handed to `use` as polylines and whether
// each is closed: the ring whole (`screen`, or drawn here when null) or each run of segments no
// earlier ring has, simplified to `tolerance` pixels where that is above 0.
template<typename Use>
void forEachOutline(QPolygonF &run, const QPolygonF *screen, const LayerGeometry &g,
                    std::uint32_t r, const Viewport &vp, double tolerance, Use use)
{
    if (g.ringWhole(r)) {
        if (!screen) {
            appendRing(run, g, r, vp, false);
            if (tolerance > 0)
                simplifySector(run, tolerance);
        }
        use(screen ? *screen : run, true);
        return;
    }
    for (std::uint32_t i = g.outlineRunStart[r]; i < g.outlineRunStart[r + 1]; ++i) {
        const auto [first, last] = g.outlineRuns[i];
        appendVertices(run, g, first, last + 1, vp, false);
        if (run.size() < 2)
            continue;
        if (tolerance > 0)
            simplifySector(run, tolerance);
        use(run, false);
    }
}

// Whether every ring of feature f is its own outline whole.
bool featureWhole(const LayerGeometry &g, std::uint32_t f)
{
    for (std::uint32_t r = g.featureStart[f]; r < g.featureStart[f + 1]; ++r)
        if (!g.ringWhole(r))
            return false;
    return true;
}

// A point feature's markers; the brush changes only with the colour.
void drawPoints(QPainter &p, const Viewport &vp, const MapLayer &layer, std::uint32_t f,
                const QColor &color, QColor &current)
{
    const LayerGeometry &g = *layer.geometry;
    const LayerStyle &style = layer.style;
    if (color != current) {
        p.setPen(QPen(style.stroke, style.strokeWidth));
        p.setBrush(color);
        current = color;
    }
    const LayerStyle::Marker marker = layer.featureMarker(f);
    for (std::uint32_t r = g.featureStart[f]; r < g.featureStart[f + 1]; ++r) {
        const std::uint32_t v = g.ringStart[r];
        MapRenderer::drawMarker(p, vp.toScreen(g.xy[2 * v], g.xy[2 * v + 1]), marker,
                                style.pointSize);
    }
}

// A line or area feature drawn with QPainter's own stroker: one ring as a polygon or polyline,
// several as one path.
void drawWhole(QPainter &p, QPolygonF &ring, const LayerGeometry &g, std::uint32_t f,
               const Viewport &vp, bool naive, bool vector)
{
    const std::uint32_t r0 = g.featureStart[f], r1 = g.featureStart[f + 1];
    const bool polygons = g.kind == LayerGeometry::Kind::Polygons;
    if (r1 - r0 == 1) {
        appendRing(ring, g, r0, vp, naive);
        if (vector)
            simplifySector(ring, kVectorTolerance);
        if (polygons)
            p.drawPolygon(ring);
        else
            p.drawPolyline(ring);
        return;
    }
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    forEachRing(ring, g, r0, r1, vp, naive, vector ? kVectorTolerance : 0,
                [&](const QPolygonF &screen, std::uint32_t) {
                    if (polygons) {
                        path.addPolygon(screen);
                        path.closeSubpath();
                    } else {
                        path.moveTo(screen.first());
                        for (qsizetype i = 1; i < screen.size(); ++i)
                            path.lineTo(screen[i]);
                    }
                });
    p.drawPath(path);
}

// An area that shares rings with others, drawn with QPainter's own stroker: its fill, then its
// own outline (the boundary an earlier area shares with it was drawn with that one).
void drawShared(QPainter &p, QPolygonF &ring, QPolygonF &run, const LayerGeometry &g,
                std::uint32_t f, const Viewport &vp, const QPen &pen, const QBrush &brush)
{
    if (brush.style() != Qt::NoBrush) {
        p.setPen(Qt::NoPen);
        p.setBrush(brush);
        drawWhole(p, ring, g, f, vp, false, false);
    }
    if (pen.style() == Qt::NoPen)
        return;
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    for (std::uint32_t r = g.featureStart[f]; r < g.featureStart[f + 1]; ++r)
        forEachOutline(run, nullptr, g, r, vp, 0, [&](const QPolygonF &line, bool closed) {
            if (closed)
                p.drawPolygon(line);
            else
                p.drawPolyline(line);
        });
}

} // namespace

void MapRenderer::drawFeatures(QPainter &p, const Viewport &vp, const MapLayer &layer,
                               const std::vector<std::uint32_t> &features, bool naive,
                               const std::atomic<bool> *cancel, bool wholeLayer)
{
    // A large layer at a small scale is drawn from a level of detail (a grid of a quarter pixel
    // or less); the naive reference draws every vertex.
    const LayerGeometry &g = naive ? *layer.geometry : layer.geometry->atScale(vp.unitsPerPixel());
    const LayerStyle &style = layer.style;
    const double upp = vp.unitsPerPixel();
    const Envelope view = vp.visibleExtent();
    const QPen pen = outlinePen(style);
    const DrawMode mode = drawModeOf(p, g, style, pen, naive);
    QImage fillImage;
    std::optional<QPainter> fillPainter;
    if (mode.fillLayer)
        offscreen(vp, fillImage, fillPainter);
    QPainter &fp = mode.fillLayer ? *fillPainter : p; // where the fills go
    Outlines outlines(p, vp, pen, style, mode);
    // A boundary two areas share is stroked once, with the earlier area (issue 19), when every
    // area in view is drawn; not on a PDF or SVG page, which draws each area's outline whole.
    const bool once = wholeLayer && !naive && !mode.vector && g.sharesEdges();
    QPolygonF ring, run;
    QColor current;
    std::size_t done = 0;
    for (const std::uint32_t f : features) {
        if ((++done & 255) == 0 && cancelled(cancel))
            return;
        QColor color = layer.featureColor(f);
        if (g.kind != LayerGeometry::Kind::Points && style.fillOpacity < 1.0 && !mode.fillLayer)
            color.setAlphaF(float(color.alphaF() * style.fillOpacity));
        if (g.kind == LayerGeometry::Kind::Points) {
            drawPoints(p, vp, layer, f, color, current);
            continue;
        }
        const Envelope &box = g.boxes[f];
        if (!naive && box.width() < upp && box.height() < upp) {
            // Under a pixel: one pixel, in the fill colour when there is one.
            const double sx = ((box.minX + box.maxX) / 2 - view.minX) / upp;
            const double sy = (view.maxY - (box.minY + box.maxY) / 2) / upp;
            const QRectF dot(std::floor(sx), std::floor(sy), 1, 1);
            if (color.alpha() > 0 && g.kind == LayerGeometry::Kind::Polygons)
                fp.fillRect(dot, color);
            else
                p.fillRect(dot, style.stroke);
            continue;
        }
        const bool polygons = g.kind == LayerGeometry::Kind::Polygons;
        const bool filled = polygons && color.alpha() > 0;
        if (!mode.batched) {
            current = QColor();
            if (once && !featureWhole(g, f)) {
                drawShared(p, ring, run, g, f, vp, pen,
                           filled ? QBrush(color) : QBrush(Qt::NoBrush));
                continue;
            }
            p.setPen(pen);
            p.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
            drawWhole(p, ring, g, f, vp, naive, mode.vector);
            continue;
        }
        if (outlines.segmentCount() > 65536 && !mode.fillLayer)
            outlines.flush(); // with a fill layer, every outline waits for the fills
        // Set for each feature: a flush above may have left the outline pen on `p`.
        fp.setPen(Qt::NoPen);
        fp.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
        const std::uint32_t r0 = g.featureStart[f], r1 = g.featureStart[f + 1];
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        const double tolerance = mode.segments ? mode.sectorTolerance : 0;
        forEachRing(ring, g, r0, r1, vp, naive, tolerance,
                    [&](const QPolygonF &screen, std::uint32_t r) {
                        if (filled && r1 - r0 == 1)
                            fp.drawPolygon(screen);
                        else if (filled)
                            path.addPolygon(screen);
                        if (!once) {
                            outlines.add(screen, polygons);
                            return;
                        }
                        forEachOutline(run, &screen, g, r, vp, tolerance,
                                       [&](const QPolygonF &line, bool closed) {
                                           outlines.add(line, closed);
                                       });
                    });
        if (filled && r1 - r0 > 1)
            fp.drawPath(path);
    }
    layOn(p, fillPainter, fillImage, style.fillOpacity * p.opacity());
    outlines.finish();
}

std::vector<PlacedLabel>
MapRenderer::placeLabels(const std::vector<std::shared_ptr<const MapLayer>> &layers,
                         const Viewport &vp)
{
    struct Candidate
    {
        double priority;
        QRectF rect;
        QString text;
        QFont font; // implicitly shared: a copy per label costs a pointer
        double ascent;
        qint64 layerId;
        std::size_t feature;
    };
    std::vector<Candidate> candidates;
    const double upp = vp.unitsPerPixel();
    const QRectF bounds(QPointF(0, 0), QSizeF(vp.size()));
    const double denominator = vp.scaleDenominator();
    for (const auto &layer : layers) {
        if (!layer || !layer->visible || layer->labels.empty() || !layer->geometry
            || !layer->style.visibleAtScale(denominator))
            continue;
        const LayerGeometry &g = *layer->geometry;
        const QFont font = labelFont(layer->style);
        const QFontMetricsF metrics(font);
        if (g.kind == LayerGeometry::Kind::Points) {
            // Right of the marker, centred on it; after the areas' names, in the room they
            // leave (priority below any area's).
            const double offset = layer->style.pointSize / 2 + 3;
            for (const std::uint32_t f : g.index.query(vp.visibleExtent())) {
                const QString &text = layer->labels[f];
                if (text.isEmpty())
                    continue;
                const double th = metrics.height(), tw = metrics.horizontalAdvance(text);
                const QPointF at = vp.toScreen(g.xy[2 * g.ringStart[g.featureStart[f]]],
                                               g.xy[2 * g.ringStart[g.featureStart[f]] + 1]);
                const QRectF rect(at.x() + offset - kLabelHaloPx, at.y() - th / 2 - kLabelHaloPx,
                                  tw + 2 * kLabelHaloPx, th + 2 * kLabelHaloPx);
                if (bounds.contains(rect))
                    candidates.push_back(
                        {-1.0 - double(f), rect, text, font, metrics.ascent(), layer->id, f});
            }
            continue;
        }
        if (g.kind != LayerGeometry::Kind::Polygons || g.labelPoints.size() != g.featureCount())
            continue;
        for (const std::uint32_t f : g.index.query(vp.visibleExtent())) {
            const QString &text = layer->labels[f];
            if (text.isEmpty())
                continue;
            const double wPx = g.boxes[f].width() / upp, hPx = g.boxes[f].height() / upp;
            const double th = metrics.height();
            // Too small an area for its name: dropped rather than crowding its neighbours
            // (the height first: most features at small scales fail it before any shaping).
            if (hPx < th * 1.5)
                continue;
            const double tw = metrics.horizontalAdvance(text);
            if (wPx < tw * 0.8)
                continue;
            const QPointF at = vp.toScreen(g.labelPoints[f].x(), g.labelPoints[f].y());
            const QRectF rect(at.x() - tw / 2 - kLabelHaloPx, at.y() - th / 2 - kLabelHaloPx,
                              tw + 2 * kLabelHaloPx, th + 2 * kLabelHaloPx);
            if (!bounds.contains(rect))
                continue;
            candidates.push_back({wPx * hPx, rect, text, font, metrics.ascent(), layer->id, f});
        }
    }
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.priority > b.priority; });
    // Placed labels bucketed in a coarse grid, so each test looks at a few neighbours only.
    // 64 px cells, larger on a huge surface so the grid stays within a million cells.
    double kCell = 64;
    while ((bounds.width() / kCell + 1) * (bounds.height() / kCell + 1) > double(1 << 20))
        kCell *= 2;
    const int cols = int(std::ceil(bounds.width() / kCell)) + 1;
    const int rows = int(std::ceil(bounds.height() / kCell)) + 1;
    std::vector<std::vector<std::uint32_t>> grid(std::size_t(cols) * std::size_t(rows));
    std::vector<PlacedLabel> placed;
    for (const Candidate &c : candidates) {
        const int cx0 = std::max(0, int(c.rect.left() / kCell));
        const int cx1 = std::min(cols - 1, int(c.rect.right() / kCell));
        const int cy0 = std::max(0, int(c.rect.top() / kCell));
        const int cy1 = std::min(rows - 1, int(c.rect.bottom() / kCell));
        bool free = true;
        for (int y = cy0; y <= cy1 && free; ++y)
            for (int x = cx0; x <= cx1 && free; ++x)
                for (const std::uint32_t k :
                     grid[std::size_t(y) * std::size_t(cols) + std::size_t(x)])
                    if (placed[k].rect.intersects(c.rect)) {
                        free = false;
                        break;
                    }
        if (!free)
            continue;
        const auto k = std::uint32_t(placed.size());
        const QPointF baseline(c.rect.left() + kLabelHaloPx,
                               c.rect.top() + kLabelHaloPx + c.ascent);
        placed.push_back({c.text, c.rect, baseline, c.font, c.layerId, c.feature});
        for (int y = cy0; y <= cy1; ++y)
            for (int x = cx0; x <= cx1; ++x)
                grid[std::size_t(y) * std::size_t(cols) + std::size_t(x)].push_back(k);
    }
    return placed;
}

namespace {

// The features of a layer in view (all of them for the naive reference).
std::vector<std::uint32_t> featuresInView(const MapLayer &layer, const RenderSettings &settings)
{
    const Viewport &vp = settings.viewport;
    const LayerGeometry &g = *layer.geometry;
    std::vector<std::uint32_t> features;
    if (settings.naive) {
        features.resize(g.featureCount());
        for (std::size_t f = 0; f < features.size(); ++f)
            features[f] = std::uint32_t(f);
    } else {
        // Widened by a marker's size, so points on the edge are drawn whole.
        const double margin
            = (layer.style.pointSize + layer.style.strokeWidth) * vp.unitsPerPixel();
        Envelope view = vp.visibleExtent();
        view.minX -= margin, view.minY -= margin, view.maxX += margin, view.maxY += margin;
        features = g.index.query(view);
    }
    return features;
}

// Pieces of work: each visible layer's features in view, a large layer cut in `threads`
// runs of consecutive features (composed back in order, so the picture is the same).
std::vector<Piece> piecesOf(const std::vector<std::shared_ptr<const MapLayer>> &layers,
                            const RenderSettings &settings, int threads)
{
    const double denominator = settings.viewport.scaleDenominator();
    std::vector<Piece> pieces;
    for (const auto &layer : layers) {
        if (!layer || !layer->visible || !layer->geometry
            || !layer->style.visibleAtScale(denominator))
            continue;
        if (layer->raster) {
            if (!settings.naive)
                pieces.push_back(Piece{layer.get(), {}, {}});
            continue;
        }
        const LayerGeometry &g = *layer->geometry;
        const std::vector<std::uint32_t> features = featuresInView(*layer, settings);
        if (features.empty())
            continue;
        // Cut by vertex count, so each piece has about the same work.
        auto verticesOf = [&g](std::uint32_t f) {
            return std::size_t(g.ringStart[g.featureStart[f + 1]] - g.ringStart[g.featureStart[f]])
                   + 8;
        };
        std::size_t total = 0;
        for (const std::uint32_t f : features)
            total += verticesOf(f);
        const std::size_t parts
            = total > 20000 ? std::min<std::size_t>(std::size_t(threads), features.size()) : 1;
        const std::size_t share = (total + parts - 1) / parts;
        std::size_t begin = 0, acc = 0;
        for (std::size_t i = 0; i < features.size(); ++i) {
            acc += verticesOf(features[i]);
            if (acc >= share || i + 1 == features.size()) {
                pieces.push_back(
                    Piece{layer.get(),
                          std::vector<std::uint32_t>(features.begin() + std::ptrdiff_t(begin),
                                                     features.begin() + std::ptrdiff_t(i + 1)),
                          {}});
                begin = i + 1;
                acc = 0;
            }
        }
    }
    return pieces;
}

// Each piece drawn into an image of its own, on up to `threads` threads.
void drawPieces(std::vector<Piece> &pieces, const RenderSettings &settings, int threads)
{
    const Viewport &vp = settings.viewport;
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < pieces.size(); i = next++) {
            Piece &piece = pieces[i];
            if (cancelled(settings.cancel))
                continue;
            if (piece.layer->raster) {
                piece.image = piece.layer->raster->draw(vp, settings.cancel);
                continue;
            }
            if (piece.features.empty())
                continue;
            piece.image = QImage(vp.size(), QImage::Format_ARGB32_Premultiplied);
            piece.image.fill(Qt::transparent);
            QPainter p(&piece.image);
            p.setRenderHint(QPainter::Antialiasing, true);
            MapRenderer::drawFeatures(p, vp, *piece.layer, piece.features, settings.naive,
                                      settings.cancel, true);
        }
    };
    const int workers = std::min<int>(threads, int(pieces.size()));
    std::vector<std::thread> pool;
    for (int t = 1; t < workers; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

// The pieces laid on the frame in order, each with its layer's opacity.
void composePieces(QPainter &p, std::vector<Piece> &pieces)
{
    // A translucent layer drawn in several pieces is first put together, so its pieces do not
    // show through each other where they meet.
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        Piece &piece = pieces[i];
        if (piece.image.isNull())
            continue;
        std::size_t j = i + 1;
        if (piece.layer->opacity < 1.0) {
            QPainter merge(&piece.image);
            for (; j < pieces.size() && pieces[j].layer == piece.layer; ++j)
                if (!pieces[j].image.isNull())
                    merge.drawImage(0, 0, pieces[j].image);
        }
        p.setOpacity(piece.layer->opacity);
        p.drawImage(0, 0, piece.image);
        i = j - 1;
    }
    p.setOpacity(1.0);
}

// The labels placed, each over a white halo.
void drawLabels(QPainter &p, const std::vector<PlacedLabel> &labels)
{
    // The halo as the text drawn in white around its place, then the text: glyphs come
    // from Qt's cache, many times faster than stroking a text outline.
    static constexpr QPointF kHaloOffsets[]
        = {{-1.5, 0}, {1.5, 0}, {0, -1.5}, {0, 1.5}, {-1, -1}, {1, -1}, {-1, 1}, {1, 1}};
    const QColor haloColor(255, 255, 255, 235), textColor(0x22, 0x22, 0x22);
    for (const PlacedLabel &label : labels) {
        // Shaped once and drawn nine times (issue 19): drawText shaped the name again for
        // each of the halo's offsets, most of what labels cost a frame.
        QTextLayout layout(label.text, label.font);
        layout.beginLayout();
        const QTextLine line = layout.createLine();
        layout.endLayout();
        if (!line.isValid())
            continue;
        const QList<QGlyphRun> runs = layout.glyphRuns();
        const QPointF origin = label.baseline - QPointF(0, line.ascent());
        p.setPen(haloColor);
        for (const QPointF &d : kHaloOffsets)
            for (const QGlyphRun &run : runs)
                p.drawGlyphRun(origin + d, run);
        p.setPen(textColor);
        for (const QGlyphRun &run : runs)
            p.drawGlyphRun(origin, run);
    }
}

} // namespace

RenderedFrame MapRenderer::render(const std::vector<std::shared_ptr<const MapLayer>> &layers,
                                  const RenderSettings &settings)
{
    RenderedFrame frame;
    const Viewport &vp = settings.viewport;
    frame.viewport = vp;
    if (!vp.isValid())
        return frame;
    const int threads = settings.threads > 0
                            ? settings.threads
                            : int(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<Piece> pieces = piecesOf(layers, settings, threads);
    drawPieces(pieces, settings, threads);
    if (cancelled(settings.cancel)) {
        frame.cancelled = true;
        return frame;
    }

    frame.image = QImage(vp.size(), QImage::Format_ARGB32_Premultiplied);
    frame.image.fill(settings.background);
    QPainter p(&frame.image);
    composePieces(p, pieces);
    if (settings.labels && !settings.naive) {
        frame.labels = placeLabels(layers, vp);
        drawLabels(p, frame.labels);
    }
    return frame;
}

} // namespace geisep
