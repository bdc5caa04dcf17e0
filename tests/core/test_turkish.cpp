#include "core/turkish.h"

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("Spellings of one Turkish name fold to one key", "[turkish]")
{
    using Case = std::pair<QString, QString>;
    const auto [input, expected] = GENERATE(
        Case{QStringLiteral("İnönü Mh."), QStringLiteral("inonu")},
        Case{QStringLiteral("INÖNÜ MAH."), QStringLiteral("inonu")},
        Case{QStringLiteral("inonu"), QStringLiteral("inonu")},
        Case{QStringLiteral("Inönü Mahallesi"), QStringLiteral("inonu")},
        Case{QStringLiteral("Şanlıurfa"), QStringLiteral("sanliurfa")},
        Case{QStringLiteral("ŞANLIURFA"), QStringLiteral("sanliurfa")},
        Case{QStringLiteral("Eyyübiye"), QStringLiteral("eyyubiye")},
        Case{QStringLiteral("Ağaçgeçit Mah."), QStringLiteral("agacgecit")},
        Case{QStringLiteral("AĞAÇGEÇİT"), QStringLiteral("agacgecit")},
        Case{QStringLiteral("Diyarbakır"), QStringLiteral("diyarbakir")},
        Case{QStringLiteral("Hâkimiyet-i Milliye"), QStringLiteral("hakimiyet i milliye")},
        Case{QStringLiteral("  5 Nisan   Mah. "), QStringLiteral("5 nisan")},
        Case{QStringLiteral("Fatihpaşa Mh."), QStringLiteral("fatihpasa")},
        // I followed by a combining dot above (decomposed İ) is İ.
        Case{QStringLiteral("I\u0307NO\u0308NU\u0308"), QStringLiteral("inonu")},
        Case{QString(), QString()});
    INFO(input.toStdString());
    CHECK(foldTurkish(input) == expected);
}

TEST_CASE("Folding keeps words that only contain the suffixes", "[turkish]")
{
    // "Mahmutlar" starts with "mah" but is not the abbreviation.
    CHECK(foldTurkish(QStringLiteral("Mahmutlar Mah.")) == u"mahmutlar");
    CHECK(foldTurkish(QStringLiteral("Yeni Mahalle Mahallesi")) == u"yeni");
}

TEST_CASE("Turkish upper and lower case map i/İ and ı/I", "[turkish]")
{
    CHECK(turkishUpper(QStringLiteral("inönü ılıca")) == QStringLiteral("İNÖNÜ ILICA"));
    CHECK(turkishLower(QStringLiteral("İNÖNÜ ILICA")) == QStringLiteral("inönü ılıca"));
    CHECK(turkishUpper(QStringLiteral("şehitkamil")) == QStringLiteral("ŞEHİTKAMİL"));
}
