// Lists of areas (rows of geisep_areas) as pickers in dialogs show them.
#pragma once

#include "core/error.h"
#include "core/sqlite.h"

#include <QList>
#include <QString>

namespace geisep {

// An area as a picker lists it: its id, name and district.
struct AreaEntry
{
    qint64 id = 0;
    QString name;
    QString district;
};

// The areas of every live muhtar_district layer (the mahalleler a muhtar can belong to), by
// district and then by folded name.
Result<QList<AreaEntry>> muhtarAreas(Database &db);

// The areas of the live layer named `layerName`, by name; empty when there is no such layer.
Result<QList<AreaEntry>> areasOfLayer(Database &db, const QString &layerName);

} // namespace geisep
