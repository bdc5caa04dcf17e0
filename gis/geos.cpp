#include "gis/geos.h"

#include <cstdarg>

namespace geisep::geos {

namespace {
struct ContextDeleter
{
    void operator()(GEOSContextHandle_t ctx) const { GEOS_finish_r(ctx); }
};
} // namespace

GEOSContextHandle_t context()
{
    thread_local std::unique_ptr<GEOSContextHandle_HS, ContextDeleter> ctx([] {
        GEOSContextHandle_t c = GEOS_init_r();
        // GEOS reports problems through return values we check; keep its notices quiet.
        GEOSContext_setNoticeHandler_r(c, nullptr);
        GEOSContext_setErrorHandler_r(c, nullptr);
        return c;
    }());
    return ctx.get();
}

GeometryPtr fromWkb(const QByteArray &wkb)
{
    GEOSContextHandle_t ctx = context();
    GEOSWKBReader *reader = GEOSWKBReader_create_r(ctx);
    GEOSGeometry *g = GEOSWKBReader_read_r(
        ctx, reader, reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size()));
    GEOSWKBReader_destroy_r(ctx, reader);
    return GeometryPtr(g);
}

QByteArray toWkb(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t ctx = context();
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(ctx);
    GEOSWKBWriter_setOutputDimension_r(ctx, writer, 2);
    GEOSWKBWriter_setByteOrder_r(ctx, writer, GEOS_WKB_NDR);
    GEOSWKBWriter_setFlavor_r(ctx, writer, GEOS_WKB_ISO);
    size_t size = 0;
    unsigned char *bytes = GEOSWKBWriter_write_r(ctx, writer, geometry, &size);
    QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(size));
    GEOSFree_r(ctx, bytes);
    GEOSWKBWriter_destroy_r(ctx, writer);
    return out;
}

GeometryPtr makeValidPolygonal(const GEOSGeometry *geometry)
{
    GEOSContextHandle_t ctx = context();
    GEOSMakeValidParams *params = GEOSMakeValidParams_create_r(ctx);
    GEOSMakeValidParams_setMethod_r(ctx, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(ctx, params, 0);
    GeometryPtr valid(GEOSMakeValidWithParams_r(ctx, geometry, params));
    GEOSMakeValidParams_destroy_r(ctx, params);
    return valid;
}

} // namespace geisep::geos
