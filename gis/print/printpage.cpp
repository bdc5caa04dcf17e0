// Drawing a print page: maps and the overview, scale bar, north arrow, legend, logo and charts,
// and each item of the layout in turn.
#include "core/privacy.h"
#include "gis/map/legend.h"
#include "gis/map/renderer.h"
#include "gis/map/viewport.h"
#include "gis/print/print.h"
#include "gis/print/printpage_p.h"
#include "gis/print/printwords.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainterPath>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <optional>

namespace geisep {

namespace printpage {

namespace {

Envelope padded(Envelope e, double share)
{
    const double d = std::max(e.width(), e.height()) * share + 1;
    return Envelope{e.minX - d, e.minY - d, e.maxX + d, e.maxY + d};
}

// The extent a map item shows on this page.
Envelope mapExtent(const Page &page, const LayoutItem &map)
{
    if (map.extent == LayoutItem::Extent::Fixed && !map.fixedExtent.isEmpty())
        return map.fixedExtent;
    if (map.extent == LayoutItem::Extent::Atlas && page.area && page.job.atlasLayer)
        return padded(page.job.atlasLayer->geometry->boxes[page.area->feature], map.marginShare);
    return padded(page.job.fullExtent, std::min(map.marginShare, 0.05));
}

} // namespace

QString fontFamily()
{
    static std::once_flag once;
    static QString family = QStringLiteral("DejaVu Sans");
    std::call_once(once, [] {
        const int regular
            = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/DejaVuSans-Bold.ttf"));
        const QStringList families = QFontDatabase::applicationFontFamilies(regular);
        if (!families.isEmpty())
            family = families.front();
    });
    return family;
}

MapLayer scaled(const MapLayer &layer, double s)
{
    MapLayer out = layer;
    out.style.strokeWidth *= s;
    out.style.pointSize *= s;
    out.style.labelSizePt *= s;
    return out;
}

MapLayer muted(const MapLayer &layer)
{
    MapLayer out = layer;
    out.style.kind = LayerStyle::Kind::Single;
    out.style.fill = kMutedFill;
    out.style.stroke = kMutedStroke;
    out.style.fillOpacity = 1;
    out.klass.assign(out.klass.size(), -1);
    return out;
}

// Maps are drawn at this resolution at most and scaled to the page's: vertices closer than
// half a pixel at 150 dpi (0.085 mm) are dropped, which no reader sees at 300 dpi and which
// keeps a 330-page atlas a few megabytes, not hundreds.
constexpr double kMapDpi = 150;

double mapDpi(const Page &page)
{
    return std::min(page.dpi, kMapDpi);
}

// The viewport of a map item, in pixels at mapDpi(page).
Viewport mapViewport(const Page &page, const LayoutItem &map)
{
    const QRectF r = page.rect(map.rectMm);
    const double f = mapDpi(page) / page.dpi;
    Viewport vp;
    vp.setSize(QSize(std::max(1, int(std::lround(r.width() * f))),
                     std::max(1, int(std::lround(r.height() * f)))));
    vp.zoomToExtent(mapExtent(page, map), 0);
    return vp;
}

std::vector<std::uint32_t> featuresIn(const Page &page, const LayerGeometry &g,
                                      const Envelope &view)
{
    if (!page.job.naive)
        return g.index.query(view);
    std::vector<std::uint32_t> all(g.featureCount());
    for (std::uint32_t f = 0; f < all.size(); ++f)
        all[f] = f;
    return all;
}

void paintFrame(const Page &page, const LayoutItem &item)
{
    if (!item.frame)
        return;
    page.p.setPen(QPen(kGreyInk, page.px(0.25)));
    page.p.setBrush(Qt::NoBrush);
    page.p.drawRect(page.rect(item.rectMm));
}

namespace {

void drawLabels(const Page &page, const std::vector<PlacedLabel> &labels, qint64 strongLayer,
                std::size_t strongFeature, double symbolScale)
{
    QPainter &p = page.p;
    const double halo = 2.0 * symbolScale;
    for (const PlacedLabel &label : labels) {
        const bool strong = label.layerId == strongLayer && label.feature == strongFeature;
        QFont font = label.font;
        font.setFamily(fontFamily());
        font.setBold(strong);
        font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures, as in Page::font
        // A white halo round the page's own area's name, which sits on its class colour, but
        // not round its muted neighbours': stroked glyph outlines were a third of a page's size.
        // A map that mutes nothing (strongLayer < 0) keeps every halo.
        if (strong || strongLayer < 0) {
            QPainterPath path;
            path.addText(label.baseline, font, label.text);
            p.strokePath(path, QPen(QColor(255, 255, 255, 230), 2 * halo, Qt::SolidLine,
                                    Qt::RoundCap, Qt::RoundJoin));
        }
        p.setFont(font);
        p.setPen(strong ? kInk : (label.layerId == strongLayer ? kGreyInk : kInk));
        p.drawText(label.baseline, label.text);
    }
}

void paintMap(const Page &page, const LayoutItem &item)
{
    QPainter &p = page.p;
    const Viewport vp = mapViewport(page, item);
    const Envelope view = vp.visibleExtent();
    const double s = mapDpi(page) / 96;
    const PrintJob &job = page.job;
    std::optional<MapFrame> frame(std::in_place, page, page.rect(item.rectMm), vp, mapDpi(page),
                                  kMapBackground);
    const bool mute = page.area && item.muteNeighbours && item.extent == LayoutItem::Extent::Atlas;
    std::vector<std::shared_ptr<const MapLayer>> drawn; // what the labels are placed from
    drawn.reserve(job.layers.size());
    for (const auto &layer : job.layers) {
        if (!layer->style.visibleAtScale(vp.scaleDenominator(mapDpi(page))))
            continue;
        if (layer->analysisRunId != 0 && !item.analysisLayers)
            continue;
        const bool atlas = layer == job.atlasLayer;
        MapLayer l = scaled(atlas && mute ? muted(*layer) : *layer, s);
        p.setOpacity(layer->opacity);
        MapRenderer::drawFeatures(p, vp, l, featuresIn(page, *l.geometry, view), job.naive,
                                  nullptr);
        if (atlas && mute) {
            // The page's own area in its class colour, outlined.
            MapLayer own = scaled(*layer, s);
            own.style.stroke = kHighlight;
            own.style.strokeWidth = 2.2 * s;
            MapRenderer::drawFeatures(p, vp, own, {std::uint32_t(page.area->feature)}, job.naive,
                                      nullptr);
        }
        p.setOpacity(1);
        drawn.push_back(std::make_shared<const MapLayer>(std::move(l)));
    }
    drawLabels(page, MapRenderer::placeLabels(drawn, vp),
               job.atlasLayer && mute ? job.atlasLayer->id : -1,
               page.area ? page.area->feature : std::size_t(-1), s);
    frame.reset();
    paintFrame(page, item);
}

void paintOverview(const Page &page, const LayoutItem &item)
{
    QPainter &p = page.p;
    const PrintJob &job = page.job;
    const QRectF r = page.rect(item.rectMm);
    // An inset needs less detail than the map: geometry at 72 dpi, the areas as one outline of
    // the reference polygons (districts) rather than each of them, repeated on every page.
    const double dpi = std::min(page.dpi, 72.0), f = page.dpi / dpi;
    Viewport vp;
    vp.setSize(QSize(std::max(1, int(r.width() / f)), std::max(1, int(r.height() / f))));
    vp.zoomToExtent(padded(job.fullExtent, 0.04), 0);
    const double s = dpi / 96;
    std::optional<MapFrame> frame(std::in_place, page, r, vp, dpi, QColor(Qt::white));
    const std::size_t areaCount = job.atlasLayer ? job.atlasLayer->geometry->featureCount() : 0;
    // The layers every page's inset shows alike: the districts (coarser than the areas; an
    // analysis's gap layer is not), else the areas themselves.
    const auto drawBase = [&](QPainter &to) {
        bool reference = false;
        for (const auto &layer : job.layers)
            if (layer->role == LayerRole::Reference && layer->visible && layer->analysisRunId == 0
                && layer->geometry->kind == LayerGeometry::Kind::Polygons
                && (areaCount == 0 || layer->geometry->featureCount() * 4 < areaCount)) {
                MapLayer l = muted(*layer);
                l.style.strokeWidth = 0.8;
                l.style.stroke = kGreyInk;
                MapRenderer::drawFeatures(to, vp, scaled(l, s),
                                          featuresIn(page, *l.geometry, vp.visibleExtent()),
                                          job.naive, nullptr);
                reference = true;
            }
        if (job.atlasLayer && !reference) {
            MapLayer l = muted(*job.atlasLayer);
            l.style.strokeWidth = 0.3;
            MapRenderer::drawFeatures(to, vp, scaled(l, s),
                                      featuresIn(page, *l.geometry, vp.visibleExtent()), job.naive,
                                      nullptr);
        }
    };
    // On a PDF page (issue 19) they are drawn once, into an image at the page's resolution,
    // which the PDF writes once and every page shows (QPdfEngine keeps images by cache key): the
    // inset was a fifth of an atlas's file. The page's own area and the map's extent are drawn
    // over it as vectors.
    if (p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Pdf && !job.naive) {
        const QString key = QStringLiteral("overview:%1:%2x%3")
                                .arg(item.id)
                                .arg(vp.size().width())
                                .arg(vp.size().height());
        QImage base;
        {
            const std::lock_guard lock(job.pictures->mutex);
            QImage &cached = job.pictures->images[key];
            if (cached.isNull()) {
                cached = QImage((QSizeF(vp.size()) * f).toSize(), QImage::Format_RGB32);
                cached.fill(Qt::white);
                QPainter to(&cached);
                to.setRenderHint(QPainter::Antialiasing);
                to.scale(f, f);
                drawBase(to);
            }
            base = cached;
        }
        p.drawImage(QRectF(QPointF(0, 0), QSizeF(vp.size())), base);
    } else {
        drawBase(p);
    }
    if (job.atlasLayer) {
        MapLayer l = muted(*job.atlasLayer);
        l.style.strokeWidth = 0.3;
        if (page.area) {
            l.style.fill = kExtentMark;
            l.style.stroke = kExtentMark;
            MapRenderer::drawFeatures(p, vp, scaled(l, s), {std::uint32_t(page.area->feature)},
                                      job.naive, nullptr);
        }
    }
    // Where the main map is.
    if (const LayoutItem *map = job.layout.mapFor(item)) {
        const Envelope e = mapViewport(page, *map).visibleExtent();
        const QRectF mark
            = QRectF(vp.toScreen(e.minX, e.maxY), vp.toScreen(e.maxX, e.minY)).normalized();
        p.setPen(QPen(kExtentMark, 1.2 * s));
        p.setBrush(Qt::NoBrush);
        if (mark.width() < 4 * s && mark.height() < 4 * s)
            p.drawEllipse(mark.center(), 3 * s, 3 * s);
        else
            p.drawRect(mark);
    }
    frame.reset();
    paintFrame(page, item);
}

double niceLength(double maxMetres)
{
    if (maxMetres <= 0)
        return 0;
    const double e = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (const double m : {5.0, 2.5, 2.0, 1.0})
        if (m * e <= maxMetres)
            return m * e;
    return e;
}

void paintScaleBar(const Page &page, const LayoutItem &item)
{
    const LayoutItem *map = page.job.layout.mapFor(item);
    if (!map)
        return;
    QPainter &p = page.p;
    const Viewport vp = mapViewport(page, *map);
    const QRectF r = page.rect(item.rectMm);
    const double metresPerPx = vp.unitsPerPixel() * mapDpi(page) / page.dpi; // per device unit
    const double length = niceLength(r.width() * 0.8 * metresPerPx);
    if (length <= 0)
        return;
    const double barPx = length / metresPerPx;
    const double h = page.px(1.6);
    const QRectF back(r.left(), r.top(), std::min(r.width(), barPx + page.px(8)), r.height());
    p.fillRect(back, QColor(255, 255, 255, 215));
    const double x0 = r.left() + page.px(1.5), y0 = r.top() + page.px(1.2);
    p.setPen(QPen(kInk, page.px(0.2)));
    for (int i = 0; i < 4; ++i) {
        p.setBrush(i % 2 == 0 ? kInk : QColor(Qt::white));
        p.drawRect(QRectF(x0 + barPx * i / 4, y0, barPx / 4, h));
    }
    const bool km = length >= 1000;
    auto label = [&](double m) {
        return page.w.number(km ? m / 1000 : m, km && std::fmod(m, 1000) != 0 ? 1 : 0);
    };
    const double pt = item.fontPt > 0 ? item.fontPt : 7;
    const QFontMetricsF fm(page.font(pt));
    const double ty = y0 + h + page.px(0.6);
    for (const double at : {0.0, 0.5, 1.0}) {
        const QString t = at == 1.0
                              ? label(length) + (km ? QStringLiteral(" km") : QStringLiteral(" m"))
                              : label(length * at);
        const double tw = fm.horizontalAdvance(t);
        const double x = x0 + barPx * at
                         - (at == 0     ? 0
                            : at == 1.0 ? fm.horizontalAdvance(label(length)) / 2
                                        : tw / 2);
        page.text(QRectF(x, ty, tw + page.px(1), fm.height()), t, pt, false,
                  Qt::AlignLeft | Qt::AlignTop, kInk, false);
    }
    const QString scale = QStringLiteral("1:%1").arg(
        page.w.number(std::round(vp.scaleDenominator(mapDpi(page)) / 100) * 100, 0));
    page.text(QRectF(x0, ty + fm.height(), r.width(), fm.height()), scale, pt * 0.9, false,
              Qt::AlignLeft | Qt::AlignTop, kGreyInk, false);
}

void paintNorthArrow(const Page &page, const LayoutItem &item)
{
    QPainter &p = page.p;
    const QRectF r = page.rect(item.rectMm);
    const double letterH = r.height() * 0.3;
    page.text(QRectF(r.left(), r.top(), r.width(), letterH), page.w.text("N", "K"),
              std::max(6.0, letterH / page.k * 72 / 25.4 * 0.8), true,
              Qt::AlignHCenter | Qt::AlignTop);
    const double top = r.top() + letterH, bottom = r.bottom(), cx = r.center().x();
    const double half = std::min(r.width(), (bottom - top) * 0.6) / 2;
    const QPointF tip(cx, top), left(cx - half, bottom), right(cx + half, bottom),
        notch(cx, bottom - (bottom - top) * 0.28);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(kInk, page.px(0.2)));
    p.setBrush(kInk);
    p.drawPolygon(QPolygonF({tip, notch, left}));
    p.setBrush(Qt::white);
    p.drawPolygon(QPolygonF({tip, right, notch}));
    p.restore();
}

void paintLegend(const Page &page, const LayoutItem &item)
{
    QPainter &p = page.p;
    const PrintJob &job = page.job;
    const QRectF r = page.rect(item.rectMm);
    const PrintWords &w = page.w;
    p.save();
    p.setClipRect(r);
    const double pt = item.fontPt > 0 ? item.fontPt : 8;
    const double line = QFontMetricsF(page.font(pt)).height() * 1.15;
    const QSizeF swatch(page.px(4.6), line * 0.72);
    double y = r.top();
    if (!item.text.isEmpty())
        y += page.text(QRectF(r.left(), y, r.width(), r.height()), page.fill(item.text), pt + 1.5,
                       true)
             + page.px(1);
    const double s = page.symbolScale();
    auto row = [&](const MapLayer &layer, const QColor &fill, LayerStyle::Marker marker,
                   const QString &label, double indent, const QColor *outline = nullptr) {
        const QRectF box(r.left() + indent, y + (line - swatch.height()) / 2, swatch.width(),
                         swatch.height());
        MapLayer l = scaled(layer, s);
        if (outline) {
            l.style.stroke = *outline;
            l.style.strokeWidth = 1.4 * s;
        }
        drawLegendSwatch(p, box, l, fill, marker, 1);
        const double tx = box.right() + page.px(1.5);
        y += std::max(line, page.text(QRectF(tx, y, r.right() - tx, r.bottom() - y), label, pt));
    };
    const bool mute = page.area && job.atlasLayer;
    if (mute) {
        const MapLayer &a = *job.atlasLayer;
        row(a, a.featureColor(page.area->feature), a.style.marker,
            w.text("This page's area", "Bu sayfanın alanı"), 0, &kHighlight);
        const MapLayer m = muted(a);
        row(m, kMutedFill, a.style.marker, w.text("Other areas", "Diğer alanlar"), 0);
    }
    // The legend lists what its map draws: analysis layers only where the map shows them.
    const LayoutItem *map = job.layout.mapFor(item);
    std::vector<std::shared_ptr<const MapLayer>> listed;
    for (const auto &layer : job.layers)
        if (layer->analysisRunId == 0 || (map && map->analysisLayers))
            listed.push_back(layer);
    const auto groups = legendGroups(
        listed, QLocale(w.turkish ? QLocale::Turkish : QLocale::English),
        [&](const QString &f) { return w.fieldTitle(f); },
        [&](const QString &c) { return w.service(c); },
        job.anyHidden ? w.text("No data, or not shown (<%1)", "Veri yok ya da gösterilmiyor (<%1)")
                            .arg(job.threshold)
                      : w.text("No data", "Veri yok"));
    for (const LegendGroup &g : groups) {
        if (y > r.bottom())
            break;
        if (g.rows.empty()) {
            row(*g.layer, g.fill, g.layer->style.marker, g.title, 0);
            continue;
        }
        y += page.text(QRectF(r.left(), y, r.width(), r.bottom() - y), g.title, pt, true);
        for (const LegendRow &lr : g.rows)
            row(*g.layer, lr.fill, lr.marker, lr.label, page.px(1.5));
        y += page.px(0.8);
    }
    p.restore();
    paintFrame(page, item);
}

void paintLogo(const Page &page, const LayoutItem &item)
{
    if (item.image.isEmpty())
        return;
    QPainter &p = page.p;
    const QRectF r = page.rect(item.rectMm);
    QSvgRenderer svg(item.image);
    if (svg.isValid()) {
        QSizeF size = svg.defaultSize();
        size.scale(r.size(), Qt::KeepAspectRatio);
        svg.render(&p, QRectF(r.topLeft(), size));
        return;
    }
    const QImage image = QImage::fromData(item.image);
    if (image.isNull())
        return;
    QSizeF size = image.size();
    size.scale(r.size(), Qt::KeepAspectRatio);
    p.drawImage(QRectF(r.topLeft(), size), image);
}

// A chart: the page's area's own where the chart follows the area, else the print's.
void paintChart(const Page &page, const LayoutItem &item)
{
    const Chart *chart = nullptr;
    if (page.area)
        if (const auto it = page.area->charts.constFind(item.id); it != page.area->charts.cend())
            chart = &*it;
    if (!chart)
        if (const auto it = page.job.charts.constFind(item.id); it != page.job.charts.cend())
            chart = &*it;
    const QRectF r = page.rect(item.rectMm);
    if (chart) {
        // drawChart sizes its text in points of the device; the page counts in its own dots.
        const int deviceDpi = page.p.device() ? page.p.device()->logicalDpiY() : 0;
        const double scale = deviceDpi > 0 ? page.dpi / deviceDpi : 1.0;
        fontFamily(); // the embedded fonts registered before the chart asks for them
        drawChart(page.p, r, *chart, page.w, (item.fontPt > 0 ? item.fontPt : 7.5) * scale);
    }
    paintFrame(page, item);
}

void paintItem(const Page &page, const LayoutItem &item)
{
    using K = LayoutItem::Kind;
    switch (item.kind) {
    case K::Map:
        paintMap(page, item);
        break;
    case K::Overview:
        paintOverview(page, item);
        break;
    case K::Legend:
        paintLegend(page, item);
        break;
    case K::ScaleBar:
        paintScaleBar(page, item);
        break;
    case K::NorthArrow:
        paintNorthArrow(page, item);
        break;
    case K::Logo:
        paintLogo(page, item);
        break;
    case K::Figures:
        paintFigures(page, item);
        break;
    case K::PlanTable:
        paintPlan(page, item);
        break;
    case K::Chart:
        paintChart(page, item);
        break;
    case K::Title:
    case K::Subtitle:
    case K::Date:
    case K::Sources:
    case K::Text: {
        QString text = item.text;
        if (text.isEmpty() && item.kind == K::Date)
            text = QStringLiteral("{date}");
        page.text(page.rect(item.rectMm), page.fill(text), item.fontPt, item.bold, item.align);
        paintFrame(page, item);
        break;
    }
    }
}

} // namespace

} // namespace printpage

using printpage::Page;
using printpage::paintContents;
using printpage::paintCover;
using printpage::paintItem;

void Printer::paintPage(QPainter &painter, const PrintJob &job, int index, double dpi)
{
    Page page{
        job,      painter, dpi, dpi / 25.4, PrintWords{job.layout.turkish}, job.areaOfPage(index),
        index + 1};
    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing);
    switch (job.pageKind(index)) {
    case PrintJob::PageKind::Cover:
        paintCover(page);
        break;
    case PrintJob::PageKind::Contents:
        paintContents(page, index - job.coverPages);
        break;
    case PrintJob::PageKind::Single:
    case PrintJob::PageKind::Area:
        for (const LayoutItem &item : job.layout.items)
            paintItem(page, item);
        break;
    }
    painter.restore();
}

} // namespace geisep
