#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace geisep {

// What a layer is for in the plan (geisep_layers.role): it picks the layer's default style, its
// fields, its group in the layers panel and whether its features are areas.
enum class LayerRole { MuhtarDistrict, MigrantArea, Infrastructure, Reference, Basemap };

// The stored name, as in geisep_layers.role and the CLI's --role: muhtar_district,
// migrant_area, infrastructure, reference, basemap.
QString roleName(LayerRole role);
// The role of a stored name (exactly as written), or nullopt.
std::optional<LayerRole> roleFromName(QStringView name);
// The role read from geisep_layers.role. The schema allows only the five names; anything else
// is taken as a reference layer (drawn in the reference style, as before the enum).
LayerRole storedRole(QStringView name);
// The stored names of `roles`, in their order.
QStringList roleNames(const QList<LayerRole> &roles);

// Whether layers of `role` hold areas (rows of geisep_areas): muhtar districts and migrant
// areas. Figures, links, selections and the plan views work on these.
bool isAreaRole(LayerRole role);

} // namespace geisep
