#include "app/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace geisep::i18n {

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
QString g_current = QStringLiteral("en");

// Qt 6.4's own Turkish lacks the file dialog's type column, whose words moved to this context
// ("Folder" showed in a Turkish dialog): our translation carries them.
[[maybe_unused]] const char *const kQtFileTypes[][2] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};
} // namespace

QString preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (saved == u"tr" || saved == u"en")
        return saved;
    return QLocale::system().language() == QLocale::Turkish ? QStringLiteral("tr")
                                                            : QStringLiteral("en");
}

void savePreferredLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

void install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!g_app) {
        g_app = new QTranslator(app);
        g_qt = new QTranslator(app);
    }
    QCoreApplication::removeTranslator(g_app);
    QCoreApplication::removeTranslator(g_qt);
    g_current = QStringLiteral("en");
    if (language == u"tr") {
        if (g_app->load(QStringLiteral(":/i18n/geisep_tr.qm")))
            QCoreApplication::installTranslator(g_app);
        if (g_qt->load(QStringLiteral("qtbase_tr"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
        g_current = QStringLiteral("tr");
    }
    QLocale::setDefault(QLocale(g_current == u"tr" ? QLocale::Turkish : QLocale::English,
                                g_current == u"tr" ? QLocale::Turkey : QLocale::UnitedKingdom));
}

QString current()
{
    return g_current;
}

} // namespace geisep::i18n
