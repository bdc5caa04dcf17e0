// Drawing a print page: the layout's items, and an atlas's cover and contents pages.
#include "core/privacy.h"
#include "gis/legend.h"
#include "gis/print.h"
#include "gis/printwords.h"
#include "gis/renderer.h"
#include "gis/viewport.h"

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

namespace {

const QColor kInk(0x1f, 0x1f, 0x1f);
const QColor kGreyInk(0x5f, 0x5f, 0x5f);
const QColor kRule(0xc8, 0xc4, 0xbc);
const QColor kMapBackground(0xf7, 0xf5, 0xf0);
const QColor kMutedFill(0xe9, 0xe6, 0xdf);
const QColor kMutedStroke(0xa7, 0xa1, 0x97);
const QColor kHighlight(0x11, 0x11, 0x11);
const QColor kExtentMark(0xc0, 0x39, 0x2b);

// The fonts every print uses, from the program's own resources: the same glyphs on every
// machine, embedded in every PDF.
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

struct Page
{
    const PrintJob &job;
    QPainter &p;
    double dpi;
    double k; // device units per millimetre
    PrintWords w;
    const PrintArea *area; // the atlas area of this page, if any
    int number;            // 1-based

    double px(double mm) const { return mm * k; }
    QRectF rect(const QRectF &mm) const
    {
        return {mm.x() * k, mm.y() * k, mm.width() * k, mm.height() * k};
    }
    double symbolScale() const { return dpi / 96.0; }

    QFont font(double pt, bool bold = false) const
    {
        QFont f(fontFamily());
        f.setPixelSize(std::max(1, int(std::lround(pt * dpi / 72.0))));
        f.setBold(bold);
        f.setKerning(true);
        // No ligatures (Latin text needs no shaping): "fl" in Karayusuflu stays two letters,
        // so the PDF's text is found by a search for the name as typed.
        f.setStyleStrategy(QFont::PreferNoShaping);
        f.setHintingPreference(QFont::PreferNoHinting); // the same shapes at every resolution
        return f;
    }

    // Text in a box; returns the height used, in device units.
    double text(const QRectF &box, const QString &s, double pt, bool bold = false,
                Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop, const QColor &color = kInk,
                bool wrap = true) const
    {
        p.setFont(font(pt, bold));
        p.setPen(color);
        QRectF used;
        p.drawText(box, int(align) | (wrap ? Qt::TextWordWrap : 0), s, &used);
        return used.height();
    }
    double textHeight(double widthPx, const QString &s, double pt, bool bold = false) const
    {
        const QFontMetricsF m(font(pt, bold));
        return m.boundingRect(QRectF(0, 0, widthPx, 1e6), Qt::TextWordWrap, s).height();
    }

    QString fill(QString s) const
    {
        if (!s.contains(u'{')) // most texts have no field: no values made for them
            return s;
        const PrintArea *a = area;
        return fillPlaceholders(
            std::move(s),
            {{QStringLiteral("area"), a ? a->name : QString()},
             {QStringLiteral("district"),
              a ? a->district : job.scopeDistricts.join(QStringLiteral(", "))},
             {QStringLiteral("province"), a && !a->province.isEmpty() ? a->province : job.province},
             {QStringLiteral("project"), job.projectName},
             {QStringLiteral("date"), w.date(job.date)},
             {QStringLiteral("page"), QString::number(number)},
             {QStringLiteral("pages"), QString::number(job.pageCount())}});
    }
};

// A copy of a layer with its symbols sized for the page's resolution (styles are in pixels at
// 96 dpi). The geometry is shared.
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

void paintFrame(const Page &page, const LayoutItem &item)
{
    if (!item.frame)
        return;
    page.p.setPen(QPen(kGreyInk, page.px(0.25)));
    page.p.setBrush(Qt::NoBrush);
    page.p.drawRect(page.rect(item.rectMm));
}

// A map on the page for as long as it lives: the painter clipped to `rect`, its origin there and
// scaled so that the viewport's pixels (at `dpi`) fill it, over a background.
class MapFrame
{
public:
    MapFrame(const Page &page, const QRectF &rect, const Viewport &vp, double dpi,
             const QColor &background)
        : m_painter(page.p)
    {
        m_painter.save();
        m_painter.setClipRect(rect);
        m_painter.translate(rect.topLeft());
        m_painter.scale(page.dpi / dpi, page.dpi / dpi);
        m_painter.fillRect(QRectF(QPointF(0, 0), QSizeF(vp.size())), background);
        m_painter.setRenderHint(QPainter::Antialiasing);
    }
    ~MapFrame() { m_painter.restore(); }
    MapFrame(const MapFrame &) = delete;
    MapFrame &operator=(const MapFrame &) = delete;

private:
    QPainter &m_painter;
};

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
            if (layer->role == u"reference" && layer->visible && layer->analysisRunId == 0
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

// Rows of label and value, with thin rules between them.
double paintRows(const Page &page, QRectF r, const std::vector<std::pair<QString, QString>> &rows,
                 double pt, double labelShare = 0.48)
{
    QPainter &p = page.p;
    const double pad = page.px(0.8);
    double y = r.top();
    for (const auto &[label, value] : rows) {
        const double lw = r.width() * labelShare - pad;
        const double h = std::max(page.textHeight(lw, label, pt),
                                  page.textHeight(r.width() - lw - 2 * pad, value, pt, true))
                         + 2 * pad;
        if (y + h > r.bottom())
            break;
        page.text(QRectF(r.left(), y + pad, lw, h), label, pt, false, Qt::AlignLeft | Qt::AlignTop,
                  kGreyInk);
        page.text(QRectF(r.left() + lw + pad, y + pad, r.width() - lw - pad, h), value, pt, true);
        y += h;
        p.setPen(QPen(kRule, page.px(0.15)));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }
    return y - r.top();
}

void paintFigures(const Page &page, const LayoutItem &item)
{
    const PrintArea *a = page.area;
    const PrintWords &w = page.w;
    const QRectF r = page.rect(item.rectMm);
    QPainter &p = page.p;
    p.save();
    p.setClipRect(r);
    const double pt = item.fontPt > 0 ? item.fontPt : 8;
    double y = r.top();
    if (!item.text.isEmpty())
        y += page.text(QRectF(r.left(), y, r.width(), r.height()), page.fill(item.text), pt + 1.5,
                       true)
             + page.px(1);
    if (!a) {
        page.text(QRectF(r.left(), y, r.width(), r.bottom() - y),
                  w.text("Area figures appear on atlas pages.",
                         "Alan bilgileri atlas sayfalarında yer alır."),
                  pt, false, Qt::AlignLeft | Qt::AlignTop, kGreyInk);
        p.restore();
        return;
    }
    std::vector<std::pair<QString, QString>> rows;
    auto year = [](int period) {
        return period > 0 ? QStringLiteral(" (%1)").arg(period) : QString();
    };
    if (!a->code.isEmpty())
        rows.emplace_back(w.text("Mahalle code", "Mahalle kodu"), a->code);
    if (std::isfinite(a->areaKm2))
        rows.emplace_back(w.text("Area", "Yüzölçümü"),
                          w.number(a->areaKm2, a->areaKm2 < 10 ? 2 : 1) + QStringLiteral(" km²"));
    rows.emplace_back(w.text("Population", "Nüfus") + year(a->populationPeriod),
                      w.count(a->population));
    rows.emplace_back(
        w.text("Migrant population", "Göçmen nüfusu") + year(a->migrantsPeriod),
        Privacy::count(a->migrants, a->migrantsHidden, page.job.threshold, w.turkish));
    const bool shareKnown = !a->migrantsHidden && std::isfinite(a->migrants)
                            && std::isfinite(a->population) && a->population > 0;
    rows.emplace_back(w.text("Migrant share", "Göçmen oranı"),
                      shareKnown ? w.percent(a->migrants / a->population * 100, 1)
                                 : QStringLiteral("–"));
    if (std::isfinite(a->pressureScore) && !a->migrantsHidden)
        rows.emplace_back(w.text("Migration pressure (0–100)", "Göç baskısı (0–100)"),
                          w.number(a->pressureScore, 1)
                              + (a->pressureRank > 0
                                     ? w.text(", rank %n", ", %n. sıra", a->pressureRank)
                                     : QString()));
    for (const PrintArea::Coverage &c : a->coverage)
        rows.emplace_back(w.text("%1 within reach", "%1 erişimi").arg(c.service),
                          w.text("people %1 · nearest %2", "nüfus %1 · en yakın tesis %2")
                              .arg(w.percent(c.populationShare), w.distance(c.nearestM)));
    for (const QString &m : a->muhtars)
        rows.emplace_back(w.text("Muhtar", "Muhtar"), m);
    const bool footnote = a->migrantsHidden;
    const double noteH
        = footnote ? page.textHeight(r.width(), Privacy::footnote(page.job.threshold, w.turkish),
                                     pt * 0.8)
                         + page.px(1)
                   : 0;
    y += paintRows(page, QRectF(r.left(), y, r.width(), r.bottom() - y - noteH), rows, pt);
    if (footnote)
        page.text(QRectF(r.left(), r.bottom() - noteH + page.px(1), r.width(), noteH),
                  Privacy::footnote(page.job.threshold, w.turkish), pt * 0.8, false,
                  Qt::AlignLeft | Qt::AlignTop, kGreyInk);
    p.restore();
    paintFrame(page, item);
}

void badge(const Page &page, const QRectF &box, ProgressStatus status, double pt)
{
    QPainter &p = page.p;
    const QColor color(QString::fromLatin1(ProgressText::color(status)));
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    const bool dark = color.lightness() < 140;
    page.text(box, page.w.progress(status), pt, true, Qt::AlignCenter,
              dark ? QColor(Qt::white) : kInk, false);
    p.restore();
}

void paintPlan(const Page &page, const LayoutItem &item)
{
    const PrintArea *a = page.area;
    const PrintWords &w = page.w;
    const QRectF r = page.rect(item.rectMm);
    QPainter &p = page.p;
    p.save();
    p.setClipRect(r);
    const double pt = item.fontPt > 0 ? item.fontPt : 7.5;
    const double pad = page.px(0.7);
    double y = r.top();
    if (!item.text.isEmpty())
        y += page.text(QRectF(r.left(), y, r.width(), r.height()), page.fill(item.text), pt + 1.5,
                       true)
             + page.px(1);
    if (!a || (a->plan.empty() && a->indicators.empty())) {
        page.text(QRectF(r.left(), y, r.width(), r.bottom() - y),
                  a ? w.text("No goal, objective or action is linked to this area yet.",
                             "Bu alana henüz hedef, amaç veya eylem bağlanmadı.")
                    : w.text("The plan's links appear on atlas pages.",
                             "Planın bağlantıları atlas sayfalarında yer alır."),
                  pt, false, Qt::AlignLeft | Qt::AlignTop, kGreyInk);
        p.restore();
        paintFrame(page, item);
        return;
    }
    // Columns: kind, code, title, priority, responsible, status, years.
    const double shares[] = {0.08, 0.08, 0.40, 0.08, 0.20, 0.09, 0.07};
    const QString heads[] = {w.text("Item", "Tür"),
                             w.text("Code", "Kod"),
                             w.text("Title", "Başlık"),
                             w.text("Priority", "Öncelik"),
                             w.text("Responsible", "Sorumlu"),
                             w.text("Status", "Durum"),
                             w.text("Years", "Yıllar")};
    auto rowOf = [&](const QStringList &cells, bool bold, bool measure) {
        double h = 0, x = r.left();
        for (int c = 0; c < 7; ++c) {
            const double cw = r.width() * shares[c] - pad;
            if (measure)
                h = std::max(h, page.textHeight(cw, cells.value(c), pt, bold));
            else
                page.text(QRectF(x, y + pad, cw, 1e6), cells.value(c), pt, bold,
                          Qt::AlignLeft | Qt::AlignTop, bold ? kGreyInk : kInk);
            x += r.width() * shares[c];
        }
        return h + 2 * pad;
    };
    const QStringList headCells(std::begin(heads), std::end(heads));
    const double headH = rowOf(headCells, true, true);
    rowOf(headCells, true, false);
    y += headH;
    p.setPen(QPen(kGreyInk, page.px(0.2)));
    p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    int skipped = 0;
    QString sector;
    for (const PrintArea::PlanLine &l : a->plan) {
        const QStringList cells{l.kind,        l.code,   l.title, l.priority,
                                l.responsible, l.status, l.years};
        const double sectorH
            = l.sector != sector ? page.textHeight(r.width(), l.sector, pt, true) + 2 * pad : 0;
        const double h = rowOf(cells, false, true);
        if (y + sectorH + h > r.bottom() - page.px(5)) {
            ++skipped;
            continue;
        }
        if (sectorH > 0) {
            page.text(QRectF(r.left(), y + pad, r.width(), sectorH), l.sector, pt, true,
                      Qt::AlignLeft | Qt::AlignTop, QColor(0x2b, 0x4a, 0x6f));
            y += sectorH;
            sector = l.sector;
        }
        rowOf(cells, false, false);
        y += h;
        p.setPen(QPen(kRule, page.px(0.15)));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }
    if (!a->indicators.empty() && y < r.bottom() - page.px(6)) {
        y += page.px(1);
        y += page.text(QRectF(r.left(), y, r.width(), r.bottom() - y),
                       w.text("Indicators", "Göstergeler"), pt, true, Qt::AlignLeft | Qt::AlignTop,
                       kGreyInk);
        for (const PrintArea::IndicatorLine &i : a->indicators) {
            const double bw = page.px(26);
            const double h = std::max(page.textHeight(r.width() * 0.45, i.name, pt),
                                      page.textHeight(r.width() * 0.55 - bw - pad, i.values, pt))
                             + 2 * pad;
            if (y + h > r.bottom()) {
                ++skipped;
                continue;
            }
            page.text(QRectF(r.left(), y + pad, r.width() * 0.45 - pad, h), i.name, pt);
            page.text(QRectF(r.left() + r.width() * 0.45, y + pad, r.width() * 0.55 - bw - pad, h),
                      i.values, pt);
            badge(page, QRectF(r.right() - bw, y + pad, bw, std::min(h - 2 * pad, page.px(3.6))),
                  i.status, pt * 0.85);
            y += h;
        }
    }
    if (skipped > 0)
        page.text(QRectF(r.left(), r.bottom() - page.px(4), r.width(), page.px(4)),
                  w.text("… and %n more (see the plan export)",
                         "… ve %n satır daha (plan dışa aktarımına bakın)", skipped),
                  pt * 0.9, false, Qt::AlignLeft | Qt::AlignBottom, kGreyInk);
    p.restore();
    paintFrame(page, item);
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

const LayoutItem *sourcesItem(const Layout &layout)
{
    for (const LayoutItem &i : layout.items)
        if (i.kind == LayoutItem::Kind::Sources)
            return &i;
    return nullptr;
}

void paintCover(const Page &page)
{
    const PrintJob &job = page.job;
    const PrintWords &w = page.w;
    const QSizeF size = job.layout.page.sizeMm();
    const double m = std::max(job.layout.page.marginMm, 10.0);
    double y = m;
    auto mm = [&](double x, double top, double width, double height) {
        return page.rect(QRectF(x, top, width, height));
    };
    y += page.text(mm(m, y, size.width() - 2 * m, 40), job.projectName, 24, true) / page.k + 2;
    y += page.text(mm(m, y, size.width() - 2 * m, 20),
                   QStringLiteral("%1 — %2").arg(
                       job.layout.name,
                       w.text("atlas of %n areas", "%n alanlık atlas", int(job.areas.size()))),
                   13)
             / page.k
         + 1;
    QString chosen = job.atlasLayer->name;
    if (!job.selectionText.isEmpty())
        chosen += QStringLiteral(" · ") + job.selectionText;
    y += page.text(mm(m, y, size.width() - 2 * m, 20), chosen, 9, false,
                   Qt::AlignLeft | Qt::AlignTop, kGreyInk)
         / page.k;
    y += page.text(mm(m, y, size.width() - 2 * m, 10), w.date(job.date), 9, false,
                   Qt::AlignLeft | Qt::AlignTop, kGreyInk)
             / page.k
         + 4;

    // The printed areas over the whole layer.
    LayoutItem map;
    map.kind = LayoutItem::Kind::Map;
    map.extent = LayoutItem::Extent::Full;
    map.muteNeighbours = false;
    map.frame = true;
    map.marginShare = 0.03;
    const double mapH = std::min(size.height() * 0.5, size.height() - y - 80);
    map.rectMm = QRectF(m, y, size.width() - 2 * m, mapH);
    {
        const Viewport vp = mapViewport(page, map);
        QPainter &p = page.p;
        MapFrame frame(page, page.rect(map.rectMm), vp, mapDpi(page), kMapBackground);
        const double s = mapDpi(page) / 96;
        for (const auto &layer : job.layers) {
            if (layer->geometry->kind != LayerGeometry::Kind::Polygons)
                continue;
            if (layer == job.atlasLayer) {
                MapLayer l = scaled(muted(*layer), s);
                MapRenderer::drawFeatures(p, vp, l,
                                          featuresIn(page, *l.geometry, vp.visibleExtent()),
                                          job.naive, nullptr);
                MapLayer chosenLayer = scaled(*layer, s);
                std::vector<std::uint32_t> features;
                for (const PrintArea &a : job.areas)
                    features.push_back(std::uint32_t(a.feature));
                std::sort(features.begin(), features.end());
                MapRenderer::drawFeatures(p, vp, chosenLayer, features, job.naive, nullptr);
            } else if (layer->role == u"reference" && layer->visible
                       && layer->analysisRunId == 0) { // gaps would hide the chosen areas
                MapLayer l = scaled(*layer, s);
                MapRenderer::drawFeatures(p, vp, l,
                                          featuresIn(page, *l.geometry, vp.visibleExtent()),
                                          job.naive, nullptr);
            }
        }
    }
    paintFrame(page, map);
    y += mapH + 5;

    // Totals by district.
    const double tableW = size.width() - 2 * m;
    const double cols[] = {0.40, 0.16, 0.22, 0.22};
    const QString heads[]
        = {w.text("District", "İlçe"), w.text("Areas", "Alan sayısı"),
           w.text("Population", "Nüfus"), w.text("Migrant population", "Göçmen nüfusu")};
    auto row = [&](const QStringList &cells, bool bold) {
        double x = m;
        for (int c = 0; c < 4; ++c) {
            const Qt::Alignment a
                = c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter;
            page.text(mm(x + 1, y, tableW * cols[c] - 2, 6), cells.value(c), 9, bold, a,
                      bold ? kInk : kInk, false);
            x += tableW * cols[c];
        }
        y += 6;
        page.p.setPen(QPen(kRule, page.px(0.15)));
        page.p.drawLine(QPointF(page.px(m), page.px(y)), QPointF(page.px(m + tableW), page.px(y)));
    };
    row(QStringList(std::begin(heads), std::end(heads)), true);
    auto cells = [&](const PrintDistrict &d) {
        return QStringList{d.name, w.count(d.areas), w.count(d.population),
                           Privacy::count(d.migrants, d.migrantsHidden, job.threshold, w.turkish)};
    };
    for (const PrintDistrict &d : job.districts)
        row(cells(d), false);
    if (job.districts.size() > 1)
        row(cells(job.total), true);
    y += 3;
    if (job.anyHidden)
        y += page.text(mm(m, y, tableW, 20), Privacy::footnote(job.threshold, w.turkish), 7.5,
                       false, Qt::AlignLeft | Qt::AlignTop, kGreyInk)
                 / page.k
             + 2;
    if (const LayoutItem *sources = sourcesItem(job.layout))
        page.text(mm(m, size.height() - m - 12, tableW, 12), page.fill(sources->text), 7, false,
                  Qt::AlignLeft | Qt::AlignBottom, kGreyInk);
}

void paintContents(const Page &page, int contentsIndex)
{
    const PrintJob &job = page.job;
    const PrintWords &w = page.w;
    const QSizeF size = job.layout.page.sizeMm();
    const double m = std::max(job.layout.page.marginMm, 8.0);
    page.text(page.rect(QRectF(m, m, size.width() - 2 * m, 14)),
              contentsIndex == 0 ? w.text("Contents", "İçindekiler")
                                 : w.text("Contents (continued)", "İçindekiler (devam)"),
              16, true);
    const int perPage = job.contentsColumns * job.contentsRows;
    const double colW = (size.width() - 2 * m) / job.contentsColumns;
    const double rowH = 4.6;
    const int first = contentsIndex * perPage;
    QPainter &p = page.p;
    for (int i = first; i < std::min(first + perPage, int(job.areas.size())); ++i) {
        const PrintArea &a = job.areas[std::size_t(i)];
        const int col = (i - first) / job.contentsRows, row = (i - first) % job.contentsRows;
        const double x = m + col * colW, y = m + 22 + row * rowH;
        const QString number = QString::number(a.page);
        const double numW = 9;
        // Name, a dotted leader, the page number.
        const QFontMetricsF fm(page.font(7.5));
        const QString name = fm.elidedText(a.label, Qt::ElideRight, page.px(colW - numW - 3));
        page.text(page.rect(QRectF(x, y, colW - numW - 2, rowH)), name, 7.5, false,
                  Qt::AlignLeft | Qt::AlignVCenter, kInk, false);
        const double nameEnd = x + fm.horizontalAdvance(name) / page.k + 1;
        p.setPen(QPen(kRule, page.px(0.3), Qt::DotLine));
        p.drawLine(QPointF(page.px(nameEnd), page.px(y + rowH * 0.72)),
                   QPointF(page.px(x + colW - numW - 1), page.px(y + rowH * 0.72)));
        page.text(page.rect(QRectF(x + colW - numW - 1, y, numW - 2, rowH)), number, 7.5, false,
                  Qt::AlignRight | Qt::AlignVCenter, kInk, false);
    }
}

} // namespace

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
