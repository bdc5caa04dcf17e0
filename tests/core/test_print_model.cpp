// The print model without drawing (issue 7): small-cell suppression, layouts in the project and
// the atlas filter.
#include "core/layout.h"
#include "core/privacy.h"
#include "core/text/atlasfilter.h"
#include "tests/support/support.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

#include <cmath>

using namespace geisep;

TEST_CASE("Small cells are hidden, and one more where a total would give them away", "[privacy]")
{
    const double nan = std::nan("");

    SECTION("primary: every known count below the threshold, zero included")
    {
        SuppressionInput in;
        in.values = {0, 4, 9, 10, 250, nan};
        in.totalsPublished = false;
        const SuppressionResult r = suppressSmallCells(in);
        CHECK(r.primary == std::vector<bool>{true, true, true, false, false, false});
        CHECK(r.secondary == std::vector<bool>(6, false));
        CHECK(r.any());
    }

    SECTION("secondary: a lone hidden cell in a group takes the smallest shown one with it")
    {
        // Two districts: in group 1 one cell is small (7) so the next smallest (12, not 30) goes
        // too; group 2 has two small cells already and nothing more is needed; group 3 has none.
        SuppressionInput in;
        in.values = {30, 7, 12, 45, 3, 2, 80, 15, 11, 40};
        in.groups = {1, 1, 1, 1, 2, 2, 2, 3, 3, 3};
        const SuppressionResult r = suppressSmallCells(in);
        CHECK(r.primary
              == std::vector<bool>{false, true, false, false, true, true, false, false, false,
                                   false});
        CHECK(r.secondary
              == std::vector<bool>{false, false, true, false, false, false, false, false, false,
                                   false});
        // Group 1: total 94 − shown (30 + 45) = 19 = 7 + 12: neither cell can be told.
        CHECK(r.groupIds == std::vector<int>{1, 2, 3});
        CHECK(r.totalHidden == std::vector<bool>{false, false, false});
    }

    SECTION("a group whose total is itself small hides it; a lone cell hides its total")
    {
        SuppressionInput in;
        in.values = {2, 3, 6, nan};
        in.groups = {1, 1, 2, 2};
        const SuppressionResult r = suppressSmallCells(in);
        CHECK(r.totalHiddenOf(1)); // 5 < 10
        CHECK(r.totalHiddenOf(2)); // only the 6 is known: the total would be it
        CHECK_FALSE(r.totalHiddenOf(9));
    }

    SECTION("the threshold is never below 5")
    {
        SuppressionInput in;
        in.values = {4, 6};
        in.threshold = 2;
        in.totalsPublished = false;
        CHECK(suppressSmallCells(in).primary == std::vector<bool>{true, false});
    }

    SECTION("text: <10 for a hidden count, Turkish digit grouping otherwise")
    {
        CHECK(Privacy::count(7, true, 10, true) == u"<10");
        CHECK(Privacy::count(12450, false, 10, true) == u"12.450");
        CHECK(Privacy::count(12450, false, 10, false) == u"12,450");
        CHECK(Privacy::footnote(10, true).contains(QStringLiteral("10 kişiden az")));
    }
}

TEST_CASE("The project's privacy threshold: default 10, never below 5", "[privacy]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    Database &db = project->db();
    CHECK(Privacy::threshold(db) == 10);
    REQUIRE(Privacy::setThreshold(db, 20));
    CHECK(Privacy::threshold(db) == 20);
    auto refused = Privacy::setThreshold(db, 3);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("below 5")));
    CHECK(Privacy::threshold(db) == 20); // unchanged
    // A file edited by hand to 2 still prints nothing under 5.
    REQUIRE(db.exec("UPDATE geisep_meta SET value = '2' WHERE key = 'privacy_threshold'"));
    CHECK(Privacy::threshold(db) == 5);
    CHECK(Privacy::sensitiveVariables(db).contains(QStringLiteral("migrant_population")));
    CHECK_FALSE(Privacy::sensitiveVariables(db).contains(QStringLiteral("population")));
}

TEST_CASE("Layouts round-trip through the project and refuse what they cannot read", "[layout]")
{
    test::TempDir dir;
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    LayoutStore store(project->db());

    Layout sheet = LayoutTemplates::factSheet(true);
    CHECK(sheet.name == u"Mahalle bilgi kartı");
    CHECK(sheet.page.sizeMm() == QSizeF(210, 297));
    CHECK(sheet.atlas.enabled);
    REQUIRE(sheet.item(QStringLiteral("map")));
    CHECK(sheet.mapFor(*sheet.item(QStringLiteral("legend"))) == sheet.item(QStringLiteral("map")));
    // Every item lies on the page, inside the margins.
    for (const LayoutItem &i : sheet.items) {
        INFO(i.id.toStdString());
        CHECK(QRectF(QPointF(0, 0), sheet.page.sizeMm())
                  .adjusted(9.9, 9.9, -7.9, -7.9)
                  .contains(i.rectMm));
    }
    const Layout map = LayoutTemplates::districtMap(false);
    CHECK(map.name == u"District map");
    CHECK(map.page.sizeMm() == QSizeF(420, 297));

    sheet.items[0].image = QByteArray("\x89PNG\r\n", 6);
    sheet.atlas.filter = QStringLiteral("ilçe = Şahinbey");
    auto id = store.save(sheet);
    REQUIRE(id);
    auto read = store.find(QStringLiteral("MAHALLE BİLGİ KARTI")); // folded match
    REQUIRE(read);
    REQUIRE(read->has_value());
    Layout back = **read;
    CHECK(back.id == *id);
    sheet.id = *id;
    CHECK(back == sheet);
    CHECK(sheet.newItemId(LayoutItem::Kind::Map) == u"map2");

    // A second layout of the same name is refused; the first is untouched.
    Layout copy = sheet;
    copy.id = 0;
    auto clash = store.save(copy);
    REQUIRE_FALSE(clash);
    CHECK(clash.error().message.contains(QStringLiteral("Mahalle bilgi kartı")));
    REQUIRE(store.layouts());
    CHECK(store.layouts()->size() == 1);

    // A layout of a newer format, or with an unknown item, says so.
    QJsonObject newer = sheet.toJson();
    newer[QStringLiteral("version")] = Layout::kFormatVersion + 1;
    auto refused = Layout::fromJson(newer);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("newer")));
    QJsonObject odd
        = QJsonDocument::fromJson(R"({"version":1,"items":[{"kind":"hologram"}]})").object();
    auto unknown = Layout::fromJson(odd);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("hologram")));

    // Removed and restored with the same id (undo).
    REQUIRE(store.remove(*id));
    CHECK(store.layouts()->empty());
    REQUIRE(store.restore(sheet));
    auto again = store.byId(*id);
    REQUIRE(again);
    REQUIRE(again->has_value());
    CHECK((*again)->name == sheet.name);
}

TEST_CASE("The atlas filter reads as a planner writes it", "[atlas][filter]")
{
    const std::vector<AtlasFilter::Field> fields{
        {QStringLiteral("name"), {QStringLiteral("name"), QStringLiteral("ad")}},
        {QStringLiteral("district"), {QStringLiteral("district"), QStringLiteral("ilçe")}},
        {QStringLiteral("population"), {QStringLiteral("population"), QStringLiteral("nüfus")}}};
    struct Area
    {
        QString name, district;
        QVariant population;
    };
    const std::vector<Area> areas{
        {QStringLiteral("Akyol Mah."), QStringLiteral("Şahinbey"), 1895},
        {QStringLiteral("İnönü Mh."), QStringLiteral("Şahinbey"), 5400},
        {QStringLiteral("Yeditepe Mh."), QStringLiteral("Şehitkamil"), 12000},
        {QStringLiteral("Yeşilvadi Mh."), QStringLiteral("Şehitkamil"), QVariant()}};
    auto matching = [&](const QString &text) {
        auto filter = AtlasFilter::parse(text, fields);
        REQUIRE(filter);
        QStringList out;
        for (const Area &a : areas)
            if (filter->accepts([&](const QString &key) -> QVariant {
                    return key == u"name"       ? QVariant(a.name)
                           : key == u"district" ? QVariant(a.district)
                                                : a.population;
                }))
                out << a.name;
        return out;
    };
    CHECK(matching(QString()).size() == 4);
    CHECK(matching(QStringLiteral("ilçe = Şahinbey"))
          == QStringList{QStringLiteral("Akyol Mah."), QStringLiteral("İnönü Mh.")});
    CHECK(matching(QStringLiteral("ILCE = sahinbey")).size() == 2); // folded both sides
    CHECK(matching(QStringLiteral("ad = 'inonu mahallesi'"))
          == QStringList{QStringLiteral("İnönü Mh.")});
    CHECK(matching(QStringLiteral("district = Şehitkamil AND nüfus >= 10000"))
          == QStringList{QStringLiteral("Yeditepe Mh.")});
    CHECK(matching(QStringLiteral("nüfus < 2000 OR ad LIKE 'Yeşil%'"))
          == QStringList{QStringLiteral("Akyol Mah."), QStringLiteral("Yeşilvadi Mh.")});
    CHECK(matching(QStringLiteral("NOT (ilçe = Şahinbey) AND nüfus > 0"))
          == QStringList{QStringLiteral("Yeditepe Mh.")});
    CHECK(matching(QStringLiteral("ilçe IN (Şahinbey, 'Şehitkamil') ve nüfus != 1895")).size()
          == 2);
    // An unknown population matches no comparison, not even !=.
    CHECK_FALSE(matching(QStringLiteral("nüfus != 1")).contains(QStringLiteral("Yeşilvadi Mh.")));

    auto unknown = AtlasFilter::parse(QStringLiteral("mahalle = Akyol"), fields);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("\"mahalle\"")));
    CHECK(unknown.error().hint.contains(QStringLiteral("ilçe")));
    auto open = AtlasFilter::parse(QStringLiteral("ilçe = 'Şahinbey"), fields);
    REQUIRE_FALSE(open);
    CHECK(open.error().message.contains(QStringLiteral("character 8")));
    CHECK_FALSE(AtlasFilter::parse(QStringLiteral("ilçe Şahinbey"), fields));
    CHECK_FALSE(AtlasFilter::parse(QStringLiteral("(ilçe = Şahinbey"), fields));
    CHECK_FALSE(AtlasFilter::parse(QStringLiteral("ilçe ="), fields));
}

TEST_CASE("A hostile atlas filter is refused or evaluated without exhausting the stack",
          "[atlas][filter][attack]")
{
    const std::vector<AtlasFilter::Field> fields{
        {QStringLiteral("district"), {QStringLiteral("district"), QStringLiteral("ilçe")}},
        {QStringLiteral("population"), {QStringLiteral("population"), QStringLiteral("nüfus")}}};
    const auto lookup = [](const QString &key) -> QVariant {
        return key == u"district" ? QVariant(QStringLiteral("Şahinbey")) : QVariant(5000);
    };
    // Deep nesting is refused with a clear message (before: a stack overflow).
    for (const QString &deep :
         {QString(QStringLiteral("(")).repeated(2000) + QStringLiteral("ilçe = Şahinbey")
              + QString(QStringLiteral(")")).repeated(2000),
          QString(QStringLiteral("NOT ")).repeated(5000) + QStringLiteral("ilçe = Şahinbey")}) {
        auto filter = AtlasFilter::parse(deep, fields);
        REQUIRE_FALSE(filter);
        CHECK(filter.error().message.contains(QStringLiteral("more than 64 deep")));
    }
    // 64 levels are still fine; a long chain of AND/OR is wide, not deep, and evaluates.
    const QString fine = QString(QStringLiteral("(")).repeated(63)
                         + QStringLiteral("ilçe = Şahinbey")
                         + QString(QStringLiteral(")")).repeated(63);
    auto nested = AtlasFilter::parse(fine, fields);
    REQUIRE(nested);
    CHECK(nested->accepts(lookup));
    QStringList conditions;
    for (int i = 0; i < 4000; ++i)
        conditions << QStringLiteral("nüfus > %1").arg(i % 4000);
    auto ands = AtlasFilter::parse(conditions.join(QStringLiteral(" AND ")), fields);
    REQUIRE(ands);
    CHECK(ands->accepts(lookup)); // 5000 is over every bound
    auto andsFailing = AtlasFilter::parse(
        conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" AND nüfus > 6000"), fields);
    REQUIRE(andsFailing);
    CHECK_FALSE(andsFailing->accepts(lookup));
    auto ors = AtlasFilter::parse(conditions.join(QStringLiteral(" OR ")), fields);
    REQUIRE(ors);
    CHECK(ors->accepts(lookup));
}

TEST_CASE("Layout fields have Turkish and English names, and both are filled", "[layout]")
{
    const QHash<QString, QString> values{{QStringLiteral("area"), QStringLiteral("İnönü Mh.")},
                                         {QStringLiteral("district"), QStringLiteral("Şahinbey")},
                                         {QStringLiteral("province"), QStringLiteral("Gaziantep")},
                                         {QStringLiteral("page"), QStringLiteral("4")},
                                         {QStringLiteral("pages"), QStringLiteral("333")}};
    CHECK(fillPlaceholders(QStringLiteral("{alan} — {ilçe} ilçesi, {il}"), values)
          == u"İnönü Mh. — Şahinbey ilçesi, Gaziantep");
    CHECK(fillPlaceholders(QStringLiteral("{area}, {district} district"), values)
          == u"İnönü Mh., Şahinbey district");
    // "{sayfa}" is not cut short by "{sayfalar}", nor the other way round.
    CHECK(fillPlaceholders(QStringLiteral("Sayfa {sayfa} / {sayfalar}"), values)
          == u"Sayfa 4 / 333");
    CHECK(fillPlaceholders(QStringLiteral("{bilinmeyen} {alan}"), values)
          == u"{bilinmeyen} İnönü Mh.");
    // Every field has both names and a title for the pick list.
    CHECK(placeholders().size() == 7);
    for (const Placeholder &p : placeholders()) {
        CHECK(qstrlen(p.english) > 0);
        CHECK(qstrlen(p.turkish) > 0);
        CHECK(qstrlen(p.title) > 0);
    }
}
