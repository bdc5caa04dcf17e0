// An atlas's own pages: the cover (the printed areas on the whole layer and the totals by
// district) and the contents (each area's name and page number).
#include "gis/print/printpage_p.h"

#include "core/privacy.h"
#include "gis/map/renderer.h"

namespace geisep::printpage {

namespace {

const LayoutItem *sourcesItem(const Layout &layout)
{
    for (const LayoutItem &i : layout.items)
        if (i.kind == LayoutItem::Kind::Sources)
            return &i;
    return nullptr;
}

} // namespace

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
            } else if (layer->role == LayerRole::Reference && layer->visible
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

} // namespace geisep::printpage
