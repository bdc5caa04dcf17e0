// The tests' main: a Qt application (offscreen for window tests) around Catch2's session.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#if defined(GEISEP_TEST_GUI)
#include "tests/app/guards.h"

#include <QApplication>
using TestApplication = QApplication;
#elif defined(GEISEP_TEST_GUIAPP)
#include <QGuiApplication> // images and fonts, no widgets
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Listing tests at build time must not need a display either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep the tests' QSettings (language, recent projects) away from the user's.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("GEISEP-tests"));
    TestApplication::setApplicationName(QStringLiteral("tests"));
#if defined(GEISEP_TEST_GUI)
    geisep::test::installGuards(); // no window test waits on a person
#endif
    return Catch::Session().run(argc, argv);
}
