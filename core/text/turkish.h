#pragma once

#include <QString>
#include <QStringView>

#include <functional>

namespace geisep {

// The one folding function for comparing Turkish place names. Two spellings of the same name
// fold to the same key: "İNÖNÜ MAH.", "inonu mh" and "İnönü Mahallesi" all give "inonu".
//  - case, with Turkish letters: İ, I, ı and i all fold to i (ASCII input writes ı as i, and
//    upper-case Excel input writes i as I), so dotted and dotless forms meet;
//  - ç ğ ö ş ü â î û (and any other diacritic) lose their marks;
//  - the words "mahallesi", "mahalle", "mah", "mh" are dropped wherever they stand;
//  - punctuation becomes space; runs of space become one; ends are trimmed.
// Never compare names with toLower(): it maps I to i, which is wrong in Turkish.
QString foldTurkish(QStringView text);

// Turkish-aware upper and lower case for display (i → İ, ı → I), independent of the locale.
QString turkishUpper(QStringView text);
QString turkishLower(QStringView text);

// A name safe as an SQL identifier or a file name on any system: letters folded (Ş → s, İ → i;
// words are kept, "Mahalle" gives "mahalle"), letters and digits kept, runs of anything else
// one '_', at most `maxLength` characters, `fallback` when nothing is left, never starting
// with a digit.
QString asciiSlug(const QString &text, const QString &fallback, qsizetype maxLength = 40);

// asciiSlug made unique: NAME, else NAME_2, NAME_3, … with the name cut so that the number
// always fits in 40 characters, until `taken` says the name is free.
QString uniqueSlug(const QString &text, const QString &fallback,
                   const std::function<bool(const QString &)> &taken);

} // namespace geisep
