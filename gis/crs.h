#pragma once

#include "core/error.h"
#include "core/gpkg.h"
#include "core/schema.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace geisep {

// Coordinate reference systems through PROJ's database: definitions for gpkg_spatial_ref_sys,
// the Turkish projected systems planners know by name, and the default zone for a province.
class Crs
{
    Q_DECLARE_TR_FUNCTIONS(Crs)

public:
    // "EPSG:5256", "epsg:5256" or "5256" to 5256; nullopt otherwise.
    static std::optional<int> parseEpsg(const QString &text);
    // A gpkg_spatial_ref_sys row for EPSG:code, with the OGC WKT 1 definition PROJ writes.
    static Result<SpatialRefSys> fromEpsg(int code);

    struct Named
    {
        int epsg;
        QString name; // e.g. "TUREF / TM36"
    };
    // TUREF / TM27 … TM45 (EPSG:5253–5259) and ED50 / UTM 35–38 N (EPSG:23035–23038).
    static QList<Named> turkishSystems();

    // The TUREF / TM zone whose central meridian is nearest to the province (folded name
    // match), e.g. Gaziantep → 5256, Şanlıurfa → 5257, Erzurum → 5258; nullopt if unknown.
    static std::optional<int> defaultEpsgForProvince(const QString &province);

    // Everything Project::create needs for a new file in this CRS.
    static Result<schema::NewProject> newProject(const QString &name, const QString &province,
                                                 int epsg);
};

// A PROJ transformation between two EPSG systems, in x/y (lon/lat) order, for the GUI thread
// (PROJ objects belong to the thread's context that made them).
class CoordinateTransform
{
public:
    static Result<CoordinateTransform> create(int fromEpsg, int toEpsg);
    CoordinateTransform() = default;
    CoordinateTransform(CoordinateTransform &&) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&) noexcept;
    ~CoordinateTransform();

    // nullopt where the point cannot be transformed.
    std::optional<QPointF> apply(QPointF point) const;
    bool isValid() const { return m_pj != nullptr; }

private:
    void *m_pj = nullptr; // PJ*, kept out of this header
};

} // namespace geisep
