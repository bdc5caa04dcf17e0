// Joining the 2023 population table to the 4-province mahalle by province, district and name.
#include "core/figures.h"
#include "gis/io/importer.h"
#include "tests/support/support.h"

#include <QFile>
#include <QSet>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

// A project with the 4-province mahalle (districts by spatial join with the ilçe layer).
std::unique_ptr<Project> mahalleProject(const test::TempDir &dir)
{
    auto project = test::newProject(dir.path(QStringLiteral("p.gpkg")));
    ImportOptions districts;
    districts.path = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    districts.role = LayerRole::Reference;
    districts.name = QStringLiteral("İlçeler");
    REQUIRE(LayerImporter::run(*project, districts));
    ImportOptions mahalle;
    mahalle.path = test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz"));
    mahalle.role = LayerRole::MuhtarDistrict;
    mahalle.name = QStringLiteral("Mahalleler");
    mahalle.districtsLayer = QStringLiteral("İlçeler");
    auto report = LayerImporter::run(*project, mahalle);
    REQUIRE(report);
    return project;
}

FigureOptions populationOptions()
{
    FigureOptions options;
    options.csvPath = test::dataFile(QStringLiteral("tr_4prov_mahalle_nufus_2023.csv"));
    options.layer = QStringLiteral("Mahalleler");
    options.period = 2023;
    options.map = {{QStringLiteral("nufus_2023"), QStringLiteral("population")}};
    options.provinceColumn = QStringLiteral("il");
    options.districtColumn = QStringLiteral("ilce");
    options.nameColumn = QStringLiteral("mahalle");
    return options;
}

// Hand-checked pairs: CSV line, district, CSV name, the polygon's name and its quarterId.
struct Pair
{
    int line;
    const char16_t *district;
    const char16_t *csvName;
    const char16_t *areaName;
    int code;
    const char *how;
};
const Pair kVerified[] = {
    {976, u"Sur", u"Köprübaşı Mah.", u"Köprübaşı Mh.", 13938, "folded"},
    {384, u"Çüngüş", u"Ormançayı Mah.", u"Ormançayı Mh.", 54276, "folded"},
    {540, u"Ergani", u"Kömürtaş Mah.", u"Kömürtaş Mh.", 14510, "folded"},
    {1021, u"Yenişehir", u"Başil Mah.", u"Başil Mh.", 13974, "folded"},
    {828, u"Silvan", u"Altınkum Mah.", u"Altınkum Mh.", 14754, "folded"},
    {48, u"Bağlar", u"Yukarıakdibek Mah.", u"Yukarıakdibek Mh.", 13905, "folded"},
    {708, u"Kulp", u"Başbuğ Mah.", u"Başbuğ Mh.", 14662, "folded"},
    {377, u"Çüngüş", u"İbikkaya Mah.", u"İbikkaya Mh.", 14397, "folded"},
    {1014, u"Sur", u"Ziya Gökalp Mah.", u"Ziya Gökalp Mh.", 13809, "folded"},
    {80, u"Bismil", u"Bölümlü Mah.", u"Bölümlü Mh.", 14037, "folded"},
    {234, u"Çermik", u"Kuşlukçayırı Mah.", u"Kuşlukçayırı Mh.", 14223, "folded"},
    {167, u"Bismil", u"Yağmurköy Mah.", u"Yağmurköy Mh.", 57038, "folded"},
    {1580, u"Karayazı", u"Çavuşköy Mah.", u"Çavuşköy Mh.", 17193, "folded"},
    {1724, u"Narman", u"Yanıktaş Mah.", u"Yanıktaş Mh.", 17368, "folded"},
    {1412, u"Horasan", u"Mümtaz Turan Mah.", u"Mümtaz Turan Mh.", 16952, "folded"},
    {1592, u"Karayazı", u"Göktepe Mah.", u"Göktepe Mh.", 57935, "folded"},
    {1828, u"Olur", u"Ormanağzı Mah.", u"Ormanağzı Mh.", 17472, "folded"},
    {1202, u"Aziziye", u"Yeşilova Mah.", u"Yeşilova Mh.", 16665, "folded"},
    {1869, u"Pasinler", u"Ağaçminare Mah.", u"Ağaçminare Mh.", 17503, "folded"},
    {1418, u"Horasan", u"Saçlık Mah.", u"Saçlık Mh.", 17030, "folded"},
    {1073, u"Aşkale", u"Demirkıran Mah.", u"Demirkıran Mh.", 16737, "folded"},
    {2083, u"Tekman", u"Gümüşlük Mah.", u"Gümüşlük Mh.", 17740, "folded"},
    {1369, u"Horasan", u"Danişment Mah.", u"Danişment Mh.", 16987, "folded"},
    {1636, u"Karayazı", u"Yukarıçığılgan Mah.", u"Yukarıçığılgan Mh.", 17281, "folded"},
    {2443, u"Nizip", u"Gülkaya Mah.", u"Gülkaya Mh.", 18939, "folded"},
    {2370, u"Karkamış", u"Ayyıldız Mah.", u"Ayyıldız Mh.", 18857, "folded"},
    {2933, u"Şehitkamil", u"Yeşilce Mah.", u"Yeşilce Mh.", 18625, "folded"},
    {2889, u"Şehitkamil", u"Kozluyazı Mah.", u"Kozluyazı Mh.", 18565, "folded"},
    {2811, u"Şahinbey", u"Yeşilköy Mah.", u"Yeşilköy Mh.", 18480, "folded"},
    {2522, u"Nurdağı", u"Bahçelievler Mah.", u"Bahçelievler Mh.", 18996, "folded"},
    {2352, u"İslahiye", u"Tandır Mah.", u"Tandır Mh.", 18823, "folded"},
    {2809, u"Şahinbey", u"Yeşilevler Mah.", u"Yeşilevler Mh.", 18377, "folded"},
    {2842, u"Şehitkamil", u"Bozobası Mah.", u"Bozobası Mh.", 18588, "folded"},
    {2292, u"Araban", u"Yukarıkaravaiz Mah.", u"Yukarıkaravaiz Mh.", 18764, "folded"},
    {2340, u"İslahiye", u"Kırıkçalı Mah.", u"Kırıkçalı Mh.", 18815, "folded"},
    {2700, u"Şahinbey", u"Çöreklik Mah.", u"Çöreklik Mh.", 18444, "folded"},
    {3931, u"Karaköprü", u"Buğdayhüyük Mah.", u"Buğdayhüyük Mh.", 59556, "folded"},
    {3676, u"Haliliye", u"Tepeköy Mah.", u"Tepeköy Mh.", 55868, "folded"},
    {3182, u"Birecik", u"Yuvacık Mah.", u"Yuvacık Mh.", 44043, "folded"},
    {3189, u"Bozova", u"Arpalı Mah.", u"Arpalı Mh.", 44098, "folded"},
    {2984, u"Akçakale", u"Akçaköy Mah.", u"Akçaköy Mh.", 43924, "folded"},
    {4301, u"Viranşehir", u"Ayaklı Mah.", u"Ayaklı Mh.", 44846, "folded"},
    {2990, u"Akçakale", u"Alıncık Mah.", u"Alıncık Mh.", 58599, "folded"},
    {3307, u"Ceylanpınar", u"Selahaddin Eyyübi Mah.", u"Selahaddin Eyyübi Mh.", 54831, "folded"},
    {4154, u"Siverek", u"Örgülü Mah.", u"Örgülü Mh.", 54369, "folded"},
    {3317, u"Ceylanpınar", u"Yoncalı Mah.", u"Yoncalı Mh.", 44211, "folded"},
    {4431, u"Viranşehir", u"Yollarbaşı Mah.", u"Yollarbaşı Mh.", 44945, "folded"},
    {3240, u"Bozova", u"Maşuk Mah.", u"Maşuk Mh.", 44152, "folded"},
    {3, u"Bağlar", u"Ağaçgeçit Mah.", u"Ağaçgeçit Mh.", 13909, "folded"},
    {2729, u"Şahinbey", u"İnönü Mah.", u"İnönü Mh.", 18647, "folded"},
    // Spelling variants the fuzzy step pairs (one or two edits, alone in their district).
    {871, u"Silvan", u"Heybelikonak Mah.", u"Heybelikonuk Mh.", 58254, "fuzzy"},
    {1106, u"Aşkale", u"Mezrea Mah.", u"Mezra Mh.", 16765, "fuzzy"},
    {1940, u"Pazaryolu", u"21haziran Mah.", u"21 Haziran Mh.", 17565, "fuzzy"},
    {2515, u"Nurdağı", u"Alpaslan Türkeş Mah.", u"Alparslan Türkeş Mh.", 18993, "fuzzy"},
    {2658, u"Şahinbey", u"Abdülhamid Han Mah.", u"Abdülhamit Han Mh.", 64873, "fuzzy"},
};

} // namespace

TEST_CASE("The 2023 population table joins to the mahalle: ≥98 %, hand-checked pairs, one row "
          "per area",
          "[figures][real]")
{
    test::TempDir dir;
    auto project = mahalleProject(dir);
    auto report = FigureImporter::run(*project, populationOptions());
    if (!report)
        FAIL(report.error().toString().toStdString());
    CHECK(report->rows == 4434);
    CHECK(report->matched >= int(0.98 * 4434));
    CHECK(report->matched + report->ambiguous + report->unmatched == report->rows);
    CHECK(report->figuresWritten == report->matched);

    QHash<int, RowMatch> byLine;
    for (const RowMatch &m : report->matches)
        byLine.insert(m.line, m);
    QHash<qint64, QString> codeOf;
    auto codes = project->db().prepare("SELECT id, code FROM geisep_areas");
    while (codes->step().value_or(false))
        codeOf.insert(codes->int64(0), codes->text(1));
    int checked = 0;
    for (const Pair &p : kVerified) {
        INFO("line " << p.line);
        REQUIRE(byLine.contains(p.line));
        const RowMatch &m = byLine.value(p.line);
        CHECK(m.district == QString::fromUtf16(p.district));
        CHECK(m.name == QString::fromUtf16(p.csvName));
        CHECK(m.areaName == QString::fromUtf16(p.areaName));
        CHECK(codeOf.value(m.areaId) == QString::number(p.code));
        CHECK(matchKindName(m.kind) == QString::fromLatin1(p.how));
        ++checked;
    }
    CHECK(checked >= 50);

    // No area has two rows: in the report, and in the stored figures.
    QSet<qint64> areas;
    for (const RowMatch &m : report->matches)
        if (m.areaId) {
            CHECK_FALSE(areas.contains(m.areaId));
            areas.insert(m.areaId);
        }
    CHECK(project->db()
              .queryInt("SELECT count(*) - count(DISTINCT area_id) FROM "
                        "geisep_area_figures")
              .value()
          == 0);
    // A known figure: Ağaçgeçit (Bağlar) had 462 people in 2023.
    auto value = project->db().prepare(
        "SELECT f.value FROM geisep_area_figures f JOIN geisep_areas a ON a.id = f.area_id "
        "WHERE a.code = '13909' AND f.variable = 'population' AND f.period = 2023");
    REQUIRE(value->step().value());
    CHECK(value->real(0) == 462.0);

    const QString reportPath = dir.path(QStringLiteral("matches.csv"));
    REQUIRE(report->writeCsv(reportPath));
    QFile file(reportPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == 4434 + 1);
    CHECK(lines.filter(QStringLiteral("\"İnönü Mah.\"")).size() >= 1);
}

TEST_CASE("A manual pair is kept and reused on the next import of the same source", "[figures]")
{
    test::TempDir dir;
    auto project = mahalleProject(dir);
    FigureOptions options = populationOptions();
    auto first = FigureImporter::run(*project, options, true);
    REQUIRE(first);
    // Pick an unmatched row and pair it by hand with an unclaimed area of its district.
    const RowMatch *row = nullptr;
    for (const RowMatch &m : first->matches)
        if (m.kind == MatchKind::None && m.district == u"Bağlar")
            row = &m;
    REQUIRE(row);
    QSet<qint64> claimed;
    for (const RowMatch &m : first->matches)
        claimed.insert(m.areaId);
    qint64 areaId = 0;
    auto area = project->db().prepare(
        "SELECT a.id FROM geisep_areas a WHERE a.district = 'Bağlar' ORDER BY a.id");
    while (area->step().value_or(false))
        if (!claimed.contains(area->int64(0)) && !areaId)
            areaId = area->int64(0);
    area->reset();
    REQUIRE(areaId);
    REQUIRE(FigureImporter::saveManualMatch(*project,
                                            QStringLiteral("tr_4prov_mahalle_nufus_2023.csv"),
                                            row->province, row->district, row->name, areaId));
    auto second = FigureImporter::run(*project, options, true);
    REQUIRE(second);
    CHECK(second->manual == 1);
    bool found = false;
    for (const RowMatch &m : second->matches)
        if (m.line == row->line) {
            CHECK(m.kind == MatchKind::Manual);
            CHECK(m.areaId == areaId);
            found = true;
        }
    CHECK(found);
}

TEST_CASE("Figures: a bad number or a broken CSV imports nothing and names the line",
          "[figures][bad]")
{
    test::TempDir dir;
    auto project = mahalleProject(dir);
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.path(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return dir.path(name);
    };
    FigureOptions options = populationOptions();
    options.csvPath = write(QStringLiteral("bad.csv"),
                            QStringLiteral("il;ilce;mahalle;nufus_2023\n"
                                           "Gaziantep;Şahinbey;İnönü Mah.;12.450\n"
                                           "Diyarbakır;Bağlar;Ağaçgeçit Mah.;dört yüz\n")
                                .toUtf8());
    auto bad = FigureImporter::run(*project, options);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("line 3")));
    CHECK(project->db().queryInt("SELECT count(*) FROM geisep_area_figures").value() == 0);

    options.csvPath = write(QStringLiteral("quote.csv"),
                            "il,ilce,mahalle,nufus_2023\nGaziantep,\"Şahinbey,X,1\n");
    auto quote = FigureImporter::run(*project, options);
    REQUIRE_FALSE(quote);
    CHECK(quote.error().message.contains(QStringLiteral("Line 2")));
    CHECK(project->db().queryInt("SELECT count(*) FROM geisep_area_figures").value() == 0);

    // The same table from Turkish Excel (CP1254, ';') joins like the UTF-8 one.
    options.csvPath
        = write(QStringLiteral("excel.csv"), "\335l;\335l\347"
                                             "e;Mahalle;N\374"
                                             "fus 2023\r\n"
                                             "GAZ\335"
                                             "ANTEP;\336"
                                             "AH\335NBEY;\335N\326N\334 MAH.;12.450\r\n");
    options.provinceColumn = QStringLiteral("İl");
    options.districtColumn = QStringLiteral("İlçe");
    options.nameColumn = QStringLiteral("Mahalle");
    options.map = {{QStringLiteral("Nüfus 2023"), QStringLiteral("population")}};
    auto excel = FigureImporter::run(*project, options);
    REQUIRE(excel);
    CHECK(excel->matched == 1);
    CHECK(excel->folded == 1);
    CHECK(excel->encoding == u"CP1254");
    auto value = project->db().prepare("SELECT value FROM geisep_area_figures f JOIN geisep_areas "
                                       "a ON a.id = f.area_id WHERE a.code = '18647'");
    REQUIRE(value->step().value());
    CHECK(value->real(0) == 12450.0);
}
