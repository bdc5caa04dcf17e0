#include "core/findlayer.h"
#include "core/text/turkish.h"

#include <QSet>

#include <vector>

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

TEST_CASE("Slugs keep every word and stay unique within 40 characters", "[turkish][slug]")
{
    // Table and column names: the word "Mahalle" stays (it once left nothing, giving "layer").
    CHECK(asciiSlug(QStringLiteral("Mahalle"), QStringLiteral("layer")) == u"mahalle");
    CHECK(asciiSlug(QStringLiteral("Mahalle (Şahinbey, Şehitkamil)"), QStringLiteral("layer"))
          == u"mahalle_sahinbey_sehitkamil");
    CHECK(asciiSlug(QStringLiteral("Nüfus 2023"), QStringLiteral("field")) == u"nufus_2023");
    // Nothing left and no fallback: empty, never a read past the end.
    CHECK(asciiSlug(QStringLiteral("—"), QString()).isEmpty());
    CHECK(asciiSlug(QString(), QString()).isEmpty());
    CHECK(asciiSlug(QStringLiteral("2026"), QString()) == u"_2026");
    CHECK(asciiSlug(QStringLiteral("2023 nüfus"), QStringLiteral("field")) == u"f_2023_nufus");
    CHECK(asciiSlug(QStringLiteral("   "), QStringLiteral("field")) == u"field");
    CHECK(asciiSlug(QStringLiteral("İĞDIR ılıca"), QStringLiteral("x")) == u"igdir_ilica");

    // A long name: each new one differs, in 40 characters, and the loop ends.
    const QString longName = QStringLiteral("toplum-merkezi-ve-sosyal-hizmet-binasi-uzun");
    QSet<QString> taken;
    for (int i = 0; i < 30; ++i) {
        const QString name = uniqueSlug(longName, QStringLiteral("layer"),
                                        [&](const QString &n) { return taken.contains(n); });
        CHECK(name.size() <= 40);
        CHECK_FALSE(taken.contains(name));
        taken.insert(name);
    }
    CHECK(taken.contains(QStringLiteral("toplum_merkezi_ve_sosyal_hizmet_binas_30")));
}

TEST_CASE("One lookup finds a layer by name, table, or its name folded the Turkish way",
          "[turkish][layers]")
{
    struct Item
    {
        QString name, table;
    };
    const std::vector<Item> items{{QStringLiteral("Şehitkamil Mahalleleri"), QStringLiteral("mah")},
                                  {QStringLiteral("OKULLAR"), QStringLiteral("okul_a")},
                                  {QStringLiteral("Okullar"), QStringLiteral("okul_b")}};
    const auto find = [&](const QString &wanted) -> QString {
        const Item *found = findByName(
            items, wanted, [](const Item &i) { return i.name; },
            [](const Item &i) { return i.table; });
        return found ? found->table : QStringLiteral("-");
    };
    CHECK(find(QStringLiteral("Şehitkamil Mahalleleri")) == u"mah");
    CHECK(find(QStringLiteral("mah")) == u"mah");
    CHECK(find(QStringLiteral("sehitkamil mahalleleri")) == u"mah");
    CHECK(find(QStringLiteral("ŞEHİTKAMİL MAHALLELERİ")) == u"mah");
    // The exact name wins over an earlier one that only folds the same.
    CHECK(find(QStringLiteral("Okullar")) == u"okul_b");
    CHECK(find(QStringLiteral("okullar")) == u"okul_a");
    CHECK(find(QStringLiteral("Hastaneler")) == u"-");
    CHECK(find(QString()) == u"-");
}
