#pragma once

#include <QString>

class QCoreApplication;

namespace geisep::i18n {

// "tr" when the system locale is Turkish, "en" otherwise; a saved choice wins.
QString preferredLanguage();
void savePreferredLanguage(const QString &language);

// Installs GEİSEP's and Qt's own translations for "tr" (or removes them for "en").
// Safe to call again to switch; widgets then get QEvent::LanguageChange.
void install(const QString &language);
QString current();

} // namespace geisep::i18n
