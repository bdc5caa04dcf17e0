#pragma once

// RAII for GEOS's re-entrant C API: one context per thread, geometries, prepared geometries,
// WKB readers and writers.

#include <geos_c.h>

#include <QByteArray>

#include <memory>

namespace geisep::geos {

// The calling thread's GEOS context, created on first use, destroyed with the thread.
GEOSContextHandle_t context();

struct GeometryDeleter
{
    void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(context(), g); }
};
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

struct PreparedDeleter
{
    void operator()(const GEOSPreparedGeometry *g) const
    {
        GEOSPreparedGeom_destroy_r(context(), g);
    }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

GeometryPtr fromWkb(const QByteArray &wkb);
QByteArray toWkb(const GEOSGeometry *geometry); // ISO WKB, 2D, little-endian

// Validity repair: GEOS MakeValid with the "structure" method, keeping only polygonal parts
// (a ring that collapses to a line is dropped, as a planner would expect for an area).
GeometryPtr makeValidPolygonal(const GEOSGeometry *geometry);

} // namespace geisep::geos
