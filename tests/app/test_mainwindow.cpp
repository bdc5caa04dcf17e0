#include "app/commands.h"
#include "app/i18n.h"
#include "app/mainwindow.h"
#include "app/session.h"
#include "tests/app/guards.h"
#include "tests/support/support.h"

#include <QAbstractItemModel>
#include <QMenuBar>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace geisep;

void installTurkishForTest(bool on)
{
    i18n::install(on ? QStringLiteral("tr") : QStringLiteral("en"));
}

static QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text().remove(u'&'));
    return titles;
}

TEST_CASE("The window's menus in Turkish and in English, switched live", "[app][i18n]")
{
    MainWindow window;
    window.setLanguage(QStringLiteral("tr"));
    CHECK(
        menuTitles(window)
        == QStringList({QStringLiteral("Proje"), QStringLiteral("Düzen"), QStringLiteral("Görünüm"),
                        QStringLiteral("Katman"), QStringLiteral("Plan"), QStringLiteral("Analiz"),
                        QStringLiteral("Yazdır"), QStringLiteral("Yardım")}));
    window.setLanguage(QStringLiteral("en"));
    CHECK(
        menuTitles(window)
        == QStringList({QStringLiteral("Project"), QStringLiteral("Edit"), QStringLiteral("View"),
                        QStringLiteral("Layer"), QStringLiteral("Plan"), QStringLiteral("Analysis"),
                        QStringLiteral("Print"), QStringLiteral("Help")}));
}

TEST_CASE("Opening broken, foreign and newer files shows an error, not a crash", "[app]")
{
    test::TempDir dir;
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));

    QFile text(dir.path(QStringLiteral("notes.gpkg")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Bu bir proje değil.");
    text.close();
    CHECK_FALSE(window.openProject(text.fileName()));

    const QString newer = dir.path(QStringLiteral("newer.gpkg"));
    {
        auto project = test::newProject(newer);
        REQUIRE(project->setMeta(QStringLiteral("schema_version"), QStringLiteral("9")));
    }
    CHECK_FALSE(window.openProject(newer));

    const QList<Error> errors = messages.errors();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].file == text.fileName());
    CHECK(errors[1].message.contains(u"9"));
    CHECK(window.session() == nullptr);
    CHECK(window.windowTitle() == QStringLiteral("GEİSEP Workbench"));
}

TEST_CASE("Project properties are undoable through the window's undo stack", "[app][undo]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    REQUIRE(
        window.createProject(path, QStringLiteral("Eski ad"), QStringLiteral("Gaziantep"), 5256));
    Session *session = window.session();
    REQUIRE(session);
    CHECK(window.windowTitle().startsWith(QStringLiteral("Eski ad")));
    auto *planView = window.findChild<QTreeView *>(QStringLiteral("planView"));
    REQUIRE(planView);
    CHECK(planView->model()->rowCount() == 8);

    session->undoStack()->push(new SetMetaCommand(session, QStringLiteral("name"),
                                                  QStringLiteral("Şehitkamil GEİSEP"),
                                                  QStringLiteral("Rename")));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Şehitkamil GEİSEP")));
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(session->project().meta(QStringLiteral("name")) == QStringLiteral("Eski ad"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Eski ad")));
    redo->trigger();
    CHECK(session->project().meta(QStringLiteral("name")) == QStringLiteral("Şehitkamil GEİSEP"));

    window.closeProject();
    CHECK_FALSE(undo->isEnabled());
    REQUIRE(window.openProject(path)); // the edit was committed, not held in memory
    CHECK(window.session()->project().meta(QStringLiteral("name"))
          == QStringLiteral("Şehitkamil GEİSEP"));
}

TEST_CASE("A second window on the same project is read-only and says so", "[app][lock]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    MainWindow first;
    first.setLanguage(QStringLiteral("en"));
    REQUIRE(first.createProject(path, QStringLiteral("Ortak"), QString(), 5256));
    MainWindow second;
    REQUIRE(second.openProject(path));
    CHECK(second.session()->project().isReadOnly());
    CHECK(second.bannerText().contains(QStringLiteral("read-only")));
    CHECK(second.windowTitle().contains(QStringLiteral("[read-only]")));
    CHECK(first.bannerText().isEmpty());
}

TEST_CASE("Opening the v1 fixture tells the user it was upgraded", "[app][migration]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("eski.gpkg"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("project-v1.gpkg")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    REQUIRE(window.openProject(path));
    CHECK(window.bannerText().contains(QStringLiteral("eski.gpkg.bak-v1")));
    auto *layers = window.findChild<QTreeView *>(QStringLiteral("layersView"));
    REQUIRE(layers->model()->rowCount() == 1);
    CHECK(layers->model()->index(0, 0, layers->model()->index(0, 0)).data().toString()
          == QStringLiteral("Mahalleler"));
}
