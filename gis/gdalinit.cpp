#include "gis/gdalinit.h"

#include <cpl_conv.h>
#include <gdal.h>

#include <mutex>

namespace geisep {

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Shapefiles are written with their .cpg; reading decides the encoding itself.
        CPLSetConfigOption("SHAPE_RESTORE_SHX", "NO");
        GDALAllRegister();
    });
}

} // namespace geisep
