#pragma once

#include "core/error.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QString>

namespace geisep {

// Writes a project layer to a foreign format through GDAL: GeoPackage, GeoJSON (RFC 7946,
// WGS 84), Shapefile (UTF-8 with a .cpg) or CSV (geometry as WKT, UTF-8 with a BOM so
// spreadsheet programs show Turkish letters). The format follows the output's extension.
class LayerExporter
{
    Q_DECLARE_TR_FUNCTIONS(LayerExporter)

public:
    struct Outcome
    {
        QString format;
        qint64 features = 0;
    };
    static Result<Outcome> run(Project &project, const QString &layer, const QString &outPath);
};

} // namespace geisep
