#pragma once

// Helpers shared by the print page's source files (printpage.cpp: maps, legend, scale bar and
// the items of a page; printpanels.cpp: the figures and plan panels of an area's page;
// printcover.cpp: an atlas's cover and contents pages).

#include "gis/map/viewport.h"
#include "gis/print/print.h"
#include "gis/print/printwords.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace geisep::printpage {

inline const QColor kInk(0x1f, 0x1f, 0x1f);
inline const QColor kGreyInk(0x5f, 0x5f, 0x5f);
inline const QColor kRule(0xc8, 0xc4, 0xbc);
inline const QColor kMapBackground(0xf7, 0xf5, 0xf0);
inline const QColor kMutedFill(0xe9, 0xe6, 0xdf);
inline const QColor kMutedStroke(0xa7, 0xa1, 0x97);
inline const QColor kHighlight(0x11, 0x11, 0x11);
inline const QColor kExtentMark(0xc0, 0x39, 0x2b);

// The fonts every print uses, from the program's own resources: the same glyphs on every
// machine, embedded in every PDF.
QString fontFamily();

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
MapLayer scaled(const MapLayer &layer, double s);
// A copy of a layer in the muted grey of an atlas page's neighbours.
MapLayer muted(const MapLayer &layer);
// The resolution maps are drawn at on this page.
double mapDpi(const Page &page);
// The viewport of a map item, in pixels at mapDpi(page).
Viewport mapViewport(const Page &page, const LayoutItem &map);
// The features of a layer in `view` (all of them for a naive print).
std::vector<std::uint32_t> featuresIn(const Page &page, const LayerGeometry &g,
                                      const Envelope &view);
// The item's frame, if it has one.
void paintFrame(const Page &page, const LayoutItem &item);

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

// ---- printpanels.cpp ----------------------------------------------------------------------

void paintFigures(const Page &page, const LayoutItem &item);
void paintPlan(const Page &page, const LayoutItem &item);

// ---- printcover.cpp -----------------------------------------------------------------------

void paintCover(const Page &page);
void paintContents(const Page &page, int contentsIndex);

} // namespace geisep::printpage
