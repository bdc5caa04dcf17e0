#pragma once

// RAII for the C handles of PROJ (and, as gis grows, GDAL and GEOS): no bare proj_destroy,
// GDALClose or GEOSGeom_destroy in feature code.

#include <proj.h>

#include <memory>

namespace geisep::handles {

struct PjDeleter
{
    void operator()(PJ *pj) const { proj_destroy(pj); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

struct PjContextDeleter
{
    void operator()(PJ_CONTEXT *ctx) const { proj_context_destroy(ctx); }
};

// One PROJ context per thread, as PROJ requires for thread safety.
inline PJ_CONTEXT *projContext()
{
    thread_local std::unique_ptr<PJ_CONTEXT, PjContextDeleter> ctx(proj_context_create());
    return ctx.get();
}

} // namespace geisep::handles
