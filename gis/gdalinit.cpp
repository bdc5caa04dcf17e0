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
        // Reading a .gz must not write a .gz.properties index beside it (the folder may be
        // read-only, or a repository).
        CPLSetConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO");
        GDALAllRegister();
    });
}

} // namespace geisep
