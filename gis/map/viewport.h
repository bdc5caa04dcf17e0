#pragma once

#include "core/gpkg.h"

#include <QPointF>
#include <QSize>

namespace geisep {

// Map ↔ screen maths as a plain value: a centre in map units, map units per pixel and the
// output size. y grows up on the map and down on the screen. Tested without a window.
class Viewport
{
public:
    Viewport() = default;
    Viewport(double centerX, double centerY, double unitsPerPixel, QSize size)
        : m_cx(centerX)
        , m_cy(centerY)
        , m_upp(unitsPerPixel)
        , m_size(size)
    {}

    QPointF toScreen(double x, double y) const
    {
        return {(x - m_cx) / m_upp + m_size.width() / 2.0,
                (m_cy - y) / m_upp + m_size.height() / 2.0};
    }
    QPointF toMap(QPointF screen) const
    {
        return {m_cx + (screen.x() - m_size.width() / 2.0) * m_upp,
                m_cy - (screen.y() - m_size.height() / 2.0) * m_upp};
    }
    Envelope visibleExtent() const
    {
        const double hw = m_size.width() * m_upp / 2, hh = m_size.height() * m_upp / 2;
        return Envelope{m_cx - hw, m_cy - hh, m_cx + hw, m_cy + hh};
    }

    // Fits the extent with a margin of marginPx on every side.
    void zoomToExtent(const Envelope &extent, double marginPx = 20);
    // Zooms by factor (>1 zooms in) keeping the map point under `anchor` where it is.
    void zoomBy(double factor, QPointF anchor);
    void panByPixels(double dx, double dy)
    {
        m_cx -= dx * m_upp;
        m_cy += dy * m_upp;
    }
    void setSize(QSize size) { m_size = size; }

    // The scale as 1:N for a screen of `dpi` dots per inch (map units are metres).
    double scaleDenominator(double dpi = 96) const { return m_upp * dpi / 0.0254; }

    double centerX() const { return m_cx; }
    double centerY() const { return m_cy; }
    double unitsPerPixel() const { return m_upp; }
    QSize size() const { return m_size; }
    bool isValid() const { return m_upp > 0 && !m_size.isEmpty(); }

private:
    double m_cx = 0;
    double m_cy = 0;
    double m_upp = 0;
    QSize m_size;
};

} // namespace geisep
