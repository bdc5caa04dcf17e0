#pragma once

// Window fixtures shared by the app tests.

#include "app/mainwindow.h"
#include "app/map/mapcanvas.h"
#include "app/session.h"
#include "core/sqlite.h"
#include "gis/io/importer.h"
#include "tests/app/guards.h"
#include "tests/support/support.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace geisep::test {

// Imports Gaziantep's districts ("İlçeler", reference) and Şahinbey's mahalle ("Mahalleler",
// muhtar districts, each with its district) into the window's open project.
inline void importSahinbey(MainWindow &window)
{
    ImportOptions districts;
    districts.path = dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    districts.role = LayerRole::Reference;
    districts.name = QStringLiteral("İlçeler");
    districts.where = QStringLiteral("cityId = 27");
    REQUIRE(window.importLayer(districts));
    ImportOptions mahalle;
    mahalle.path = dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz"));
    mahalle.role = LayerRole::MuhtarDistrict;
    mahalle.name = QStringLiteral("Mahalleler");
    mahalle.where = QStringLiteral("townId = 343");
    mahalle.districtsLayer = QStringLiteral("İlçeler");
    REQUIRE(window.importLayer(mahalle));
}

// A window on a new project with Şahinbey's districts and mahalle, shown offscreen at
// 1280 × 800 with its first frame drawn; mouse helpers send events to the map as a hand would.
struct MapWindow
{
    test::TempDir dir;
    test::MessageCapture messages; // import reports, and the errors a test provokes
    MainWindow window;

    MapWindow()
    {
        window.setLanguage(QStringLiteral("en"));
        REQUIRE(window.createProject(dir.path(QStringLiteral("p.gpkg")), QStringLiteral("P"),
                                     QStringLiteral("Gaziantep"), 5256));
        test::importSahinbey(window);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(canvas()->waitForFrame());
    }
    MapCanvas *canvas() const { return window.canvas(); }
    Database &db() { return window.session()->project().db(); }

    void mouse(QEvent::Type type, QPointF at, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QMouseEvent event(type, at, canvas()->mapToGlobal(at), button, buttons, modifiers);
        QCoreApplication::sendEvent(canvas(), &event);
    }
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
        for (int i = 1; i <= 5; ++i)
            mouse(QEvent::MouseMove, from + (to - from) * i / 5.0, Qt::NoButton, Qt::LeftButton,
                  modifiers);
        mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
    }
    void click(QPointF at)
    {
        mouse(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
        mouse(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    }
    qint64 layerId(const QString &name)
    {
        for (const LayerInfo &l : window.session()->project().layers())
            if (l.name == name)
                return l.id;
        return 0;
    }
    QUndoStack *undo() { return window.session()->undoStack(); }
    // The mahalle layer's table, by its name.
    QString mahalleTable()
    {
        for (const LayerInfo &l : window.session()->project().layers())
            if (l.name == u"Mahalleler")
                return l.tableName;
        return {};
    }
};

} // namespace geisep::test
