#pragma once

// Window fixtures shared by the app tests.

#include "app/mainwindow.h"
#include "gis/importer.h"
#include "tests/support/support.h"

#include <catch2/catch.hpp>

namespace geisep::test {

// Imports Gaziantep's districts ("İlçeler", reference) and Şahinbey's mahalle ("Mahalleler",
// muhtar districts, each with its district) into the window's open project.
inline void importSahinbey(MainWindow &window)
{
    ImportOptions districts;
    districts.path = dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    districts.role = QStringLiteral("reference");
    districts.name = QStringLiteral("İlçeler");
    districts.where = QStringLiteral("cityId = 27");
    REQUIRE(window.importLayer(districts));
    ImportOptions mahalle;
    mahalle.path = dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz"));
    mahalle.role = QStringLiteral("muhtar_district");
    mahalle.name = QStringLiteral("Mahalleler");
    mahalle.where = QStringLiteral("townId = 343");
    mahalle.districtsLayer = QStringLiteral("İlçeler");
    REQUIRE(window.importLayer(mahalle));
}

} // namespace geisep::test
