// The guards that keep window tests from waiting on a person, shown failing as they should.
// These tests are hidden ([.guards]): they are meant to fail, and tests/check_guards.sh runs
// them, expecting each to fail fast with a message that says why.

#include "app/mainwindow.h"
#include "app/messages.h"
#include "tests/app/guards.h"
#include "tests/support/support.h"

#include <QDialog>

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("Guard: an error nobody expects fails the test at once", "[.guards]")
{
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    window.openProject(QStringLiteral("/nonexistent/kayip-proje.gpkg")); // shows an error
}

TEST_CASE("Guard: a question nobody answers fails the test and is answered no", "[.guards]")
{
    CHECK(messages::ask(nullptr, QStringLiteral("Sil"), QStringLiteral("Silinsin mi?")));
}

TEST_CASE("Guard: a dialog nobody closes is rejected and fails the test", "[.guards]")
{
    QDialog dialog;
    dialog.setWindowTitle(QStringLiteral("Kimse kapatmıyor"));
    CHECK(dialog.exec() == QDialog::Rejected);
}

TEST_CASE("Guard: a missing data file fails the test naming the file", "[.guards]")
{
    MainWindow window;
    (void)test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz"));
}

TEST_CASE("Guards let expected messages and handled dialogs through", "[app][guards]")
{
    test::MessageCapture messages;
    MainWindow window;
    window.setLanguage(QStringLiteral("en"));
    CHECK_FALSE(window.openProject(QStringLiteral("/nonexistent/kayip-proje.gpkg")));
    REQUIRE(messages.errors().size() == 1);
    CHECK(messages.errors()[0].file == u"/nonexistent/kayip-proje.gpkg");

    messages.answer = [](const Message &m) {
        return m.text == u"Silinsin mi?";
    };
    CHECK(messages::ask(nullptr, QStringLiteral("Sil"), QStringLiteral("Silinsin mi?")));

    QDialog dialog;
    test::ExpectModal accept([](QWidget *d) { static_cast<QDialog *>(d)->accept(); });
    CHECK(dialog.exec() == QDialog::Accepted);
    CHECK(accept.handled());
}
