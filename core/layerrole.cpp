#include "core/layerrole.h"

namespace geisep {

QString roleName(LayerRole role)
{
    switch (role) {
    case LayerRole::MuhtarDistrict:
        return QStringLiteral("muhtar_district");
    case LayerRole::MigrantArea:
        return QStringLiteral("migrant_area");
    case LayerRole::Infrastructure:
        return QStringLiteral("infrastructure");
    case LayerRole::Reference:
        return QStringLiteral("reference");
    case LayerRole::Basemap:
        return QStringLiteral("basemap");
    }
    return {};
}

std::optional<LayerRole> roleFromName(QStringView name)
{
    for (LayerRole role : {LayerRole::MuhtarDistrict, LayerRole::MigrantArea,
                           LayerRole::Infrastructure, LayerRole::Reference, LayerRole::Basemap})
        if (name == roleName(role))
            return role;
    return std::nullopt;
}

LayerRole storedRole(QStringView name)
{
    return roleFromName(name).value_or(LayerRole::Reference);
}

QStringList roleNames(const QList<LayerRole> &roles)
{
    QStringList names;
    for (LayerRole role : roles)
        names.append(roleName(role));
    return names;
}

bool isAreaRole(LayerRole role)
{
    switch (role) {
    case LayerRole::MuhtarDistrict:
    case LayerRole::MigrantArea:
        return true;
    case LayerRole::Infrastructure:
    case LayerRole::Reference:
    case LayerRole::Basemap:
        return false;
    }
    return false;
}

} // namespace geisep
