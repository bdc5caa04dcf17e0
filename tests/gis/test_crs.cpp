#include "gis/crs.h"

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("EPSG codes are parsed in the forms people write them", "[crs]")
{
    CHECK(Crs::parseEpsg(QStringLiteral("EPSG:5256")) == 5256);
    CHECK(Crs::parseEpsg(QStringLiteral("epsg:4326")) == 4326);
    CHECK(Crs::parseEpsg(QStringLiteral(" 23036 ")) == 23036);
    CHECK_FALSE(Crs::parseEpsg(QStringLiteral("TM36")));
    CHECK_FALSE(Crs::parseEpsg(QStringLiteral("EPSG:")));
}

TEST_CASE("PROJ gives names and WKT for the Turkish systems, unknown codes fail", "[crs]")
{
    auto tm36 = Crs::fromEpsg(5256);
    REQUIRE(tm36);
    CHECK(tm36->name == u"TUREF / TM36");
    CHECK(tm36->definition.startsWith(QStringLiteral("PROJCS[\"TUREF / TM36\"")));
    CHECK(tm36->definition.contains(QStringLiteral("PARAMETER[\"central_meridian\",36]")));
    for (const Crs::Named &named : Crs::turkishSystems()) {
        auto srs = Crs::fromEpsg(named.epsg);
        REQUIRE(srs);
        CHECK(srs->name == named.name);
    }
    CHECK(Crs::turkishSystems().size() == 11);
    auto unknown = Crs::fromEpsg(999999);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("EPSG:999999")));
}

TEST_CASE("A province's default CRS is its TUREF TM zone", "[crs]")
{
    CHECK(Crs::defaultEpsgForProvince(QStringLiteral("Gaziantep")) == 5256);
    CHECK(Crs::defaultEpsgForProvince(QStringLiteral("Şanlıurfa")) == 5257);
    CHECK(Crs::defaultEpsgForProvince(QStringLiteral("SANLIURFA")) == 5257);
    CHECK(Crs::defaultEpsgForProvince(QStringLiteral("Diyarbakır")) == 5257);
    CHECK(Crs::defaultEpsgForProvince(QStringLiteral("erzurum")) == 5258);
    CHECK(Crs::defaultEpsgForProvince(QStringLiteral("İzmir")) == 5253);
    CHECK(Crs::defaultEpsgForProvince(QStringLiteral("Van")) == 5259);
    CHECK_FALSE(Crs::defaultEpsgForProvince(QStringLiteral("Atlantis")));
}
