// Printing the sample project (issue 7): the Şahinbey + Şehitkamil atlas as a PDF checked with
// poppler's pdfinfo, pdftotext and pdffonts; a page drawn to PNG and checked for its map,
// legend and scale bar; small cells hidden everywhere; other outputs and bad requests.
#include "core/layout.h"
#include "core/plan/plan.h"
#include "core/privacy.h"
#include "gis/analysis/analysis.h"
#include "gis/io/importer.h"
#include "gis/io/sample.h"
#include "gis/print/print.h"
#include "tests/support/support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace geisep;

namespace {

// The sample project, built once for all the tests of this file.
const QString &samplePath()
{
    static test::TempDir dir;
    static const QString path = [] {
        const QString p = dir.path(QStringLiteral("ornek.gpkg"));
        auto built = SampleProject::build(p, test::dataDir());
        REQUIRE(built);
        return p;
    }();
    return path;
}

std::unique_ptr<Project> openSample(Project::Access access = Project::Access::ReadOnly)
{
    auto project = Project::open(samplePath(), access);
    REQUIRE(project);
    return std::move(*project);
}

// pdftotext's pages (split at form feeds), laid out as printed.
QStringList pdfPages(const QString &pdf)
{
    const auto r = test::run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    QStringList pages = r.out.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The text of the line holding `label` on a page, or empty.
QString lineWith(const QString &page, const QString &label)
{
    for (const QString &line : page.split(u'\n'))
        if (line.contains(label))
            return line;
    return {};
}

bool near(QRgb a, const QColor &b, int tolerance = 6)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
           && std::abs(qBlue(a) - b.blue()) <= tolerance;
}

} // namespace

TEST_CASE(
    "The sample's mahalle atlas: 330 pages, cover and contents, fonts embedded, small cells hidden",
    "[print][atlas]")
{
    auto project = openSample();
    PrintRequest request;
    request.layoutName = QStringLiteral("Mahalle bilgi kartı");
    request.date = QDate(2026, 12, 2);
    auto job = Printer::prepare(*project, request);
    REQUIRE(job);
    REQUIRE(job->atlasLayer);
    CHECK(job->areas.size() == 330);
    CHECK(job->coverPages == 1);
    CHECK(job->contentsPages == 2); // 3 columns of 55 names a page
    CHECK(job->pageCount() == 333);
    CHECK(job->threshold == 10);

    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("atlas.pdf"));
    int reported = 0;
    auto written = Printer::write(*job, {pdf, PrintOutput::Format::Pdf}, [&](int done, int total) {
        CHECK(total == 333);
        reported = done;
    });
    REQUIRE(written);
    CHECK(written->pages == 333);
    CHECK(reported == 333);
    CHECK(written->files == QStringList{pdf});
    CHECK_FALSE(QFile::exists(pdf + QStringLiteral(".part")));

    const auto info = test::run(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+333\\n"))));
    CHECK(info.out.contains(QStringLiteral("595 x 842 pts (A4)")));

    // Every font embedded (the program's own DejaVu, so Turkish letters come out the same on
    // every machine), with a Unicode map so the text can be searched.
    const auto fonts = test::run(QStringLiteral("pdffonts"), {pdf});
    REQUIRE(fonts.exitCode == 0);
    const QStringList fontLines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE(fontLines.size() >= 2);
    for (const QString &line : fontLines) {
        INFO(line.toStdString());
        CHECK(line.startsWith(QStringLiteral("DejaVuSans")));
        CHECK(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+yes\\b"))));
    }

    // The overview inset's districts are one picture the file holds once, shown on each of the
    // 330 area pages (issue 19: the inset drawn again on every page was a fifth of the file).
    const auto images = test::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(images.exitCode == 0);
    QSet<QString> objects;
    int shown = 0;
    for (const QString &line : images.out.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList cells = line.simplified().split(u' ');
        if (cells.size() > 10) {
            ++shown;
            objects.insert(cells[10]);
        }
    }
    CHECK(shown == 330);
    CHECK(objects.size() == 1);
    CHECK(QFileInfo(pdf).size() < 9'000'000); // was 16.7 MB

    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 333);
    // The project's name (the sample's follows the message language it was built in).
    CHECK(pages[0].simplified().contains(project->meta(QStringLiteral("name"))));
    CHECK(pages[0].contains(QStringLiteral("330 alanlık atlas")));
    CHECK(pages[1].contains(QStringLiteral("İçindekiler")));
    CHECK(pages[2].contains(QStringLiteral("İçindekiler (devam)")));
    // Each area's page: its name first, Turkish letters intact; its page number in the contents.
    int turkishNames = 0;
    for (const PrintArea &a : job->areas) {
        const QString &page = pages[a.page - 1];
        INFO(a.label.toStdString() << " on page " << a.page);
        REQUIRE(page.trimmed().startsWith(a.name));
        CHECK(page.contains(QStringLiteral("Sayfa %1 / 333").arg(a.page)));
        if (a.name.contains(QRegularExpression(QStringLiteral("[çğıİöşüÇĞÖŞÜ]"))))
            ++turkishNames;
        const QString contents = a.page - 4 < 165 ? pages[1] : pages[2];
        CHECK(contents.contains(QRegularExpression(QRegularExpression::escape(a.name)
                                                   + QStringLiteral(".*\\b%1\\b").arg(a.page))));
    }
    CHECK(turkishNames > 100);

    // Small cells: a hidden count shows as <10 with no share and no pressure score; a shown one
    // as itself. The sample has 34 mahalle with fewer than 10 migrants.
    int primary = 0, secondary = 0;
    for (const PrintArea &a : job->areas) {
        const QString &page = pages[a.page - 1];
        const QString migrants = lineWith(page, QStringLiteral("Göçmen nüfusu"));
        const QString share = lineWith(page, QStringLiteral("Göçmen oranı"));
        INFO(a.label.toStdString() << ": " << migrants.toStdString());
        if (!std::isfinite(a.migrants))
            continue;
        if (a.migrants < 10) {
            ++primary;
            CHECK(a.migrantsHidden);
        } else if (a.migrantsHidden) {
            ++secondary;
        }
        if (a.migrantsHidden) {
            CHECK(migrants.contains(QStringLiteral("<10")));
            CHECK_FALSE(
                migrants.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(a.migrants))));
            CHECK(share.trimmed().endsWith(QStringLiteral("–")));
            CHECK(lineWith(page, QStringLiteral("Göç baskısı")).isEmpty());
            CHECK(page.contains(QStringLiteral("10 kişiden az")));
        } else {
            CHECK(migrants.contains(QLocale(QLocale::Turkish).toString(a.migrants, 'f', 0)));
            CHECK_FALSE(page.contains(QStringLiteral("10 kişiden az")));
        }
    }
    CHECK(primary == 34);
    CHECK(secondary == 0); // each district has several small cells: none more is needed
    // The cover's district totals: each shown, as no district has exactly one hidden mahalle
    // for its total to give away.
    for (const PrintDistrict &d : job->districts) {
        int hidden = 0;
        for (const PrintArea &a : job->areas)
            hidden += a.district == d.name && a.migrantsHidden;
        CHECK(hidden > 1);
        QString row;
        for (const QString &line : pages[0].split(u'\n'))
            if (line.trimmed().startsWith(d.name + u' '))
                row = line;
        INFO(row.toStdString());
        CHECK(row.contains(QLocale(QLocale::Turkish).toString(d.migrants, 'f', 0)));
    }
    CHECK(pages[0].simplified().contains(QStringLiteral("10 kişiden az")));
}

TEST_CASE("A lone small cell takes a second one with it where its district's total is printed",
          "[print][privacy]")
{
    // One mahalle with fewer than 10 migrants and two with more, all in Şahinbey: printed alone,
    // the cover's total less the two shown counts would give the hidden one. So the smaller of
    // the two is withheld too, and the total stays.
    auto project = openSample();
    auto stmt = project->db().prepare(
        "SELECT a.fid, f.value FROM geisep_areas a JOIN geisep_area_figures f ON f.area_id = a.id "
        "AND f.variable = 'migrant_population' JOIN geisep_layers l ON l.id = a.layer_id WHERE "
        "l.role = 'muhtar_district' AND a.district = 'Şahinbey' ORDER BY f.value < 10 DESC, "
        "f.value DESC");
    REQUIRE(stmt);
    QList<qint64> fids;
    QList<double> values;
    REQUIRE(stmt->forEachRow([&] {
        if (fids.size() < 3 && (fids.isEmpty() ? stmt->real(1) < 10 : stmt->real(1) >= 10)) {
            fids << stmt->int64(0);
            values << stmt->real(1);
        }
    }));
    REQUIRE(fids.size() == 3);
    PrintRequest request;
    request.layoutName = QStringLiteral("Mahalle bilgi kartı");
    request.selection = fids;
    auto job = Printer::prepare(*project, request);
    REQUIRE(job);
    REQUIRE(job->areas.size() == 3);
    const double smaller = std::min(values[1], values[2]);
    for (const PrintArea &a : job->areas) {
        INFO(a.label.toStdString() << " " << a.migrants);
        CHECK(a.migrantsHidden == (a.migrants < 10 || a.migrants == smaller));
    }
    REQUIRE(job->districts.size() == 1);
    CHECK_FALSE(job->districts.front().migrantsHidden);

    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("uc.pdf"));
    REQUIRE(Printer::write(*job, {pdf, PrintOutput::Format::Pdf}));
    const QString all = pdfPages(pdf).join(u'\n');
    const QLocale turkish(QLocale::Turkish);
    CHECK_FALSE(all.contains(QRegularExpression(
        QStringLiteral("Göçmen nüfusu.*\\b%1\\b").arg(turkish.toString(smaller, 'f', 0)))));
    CHECK(all.contains(turkish.toString(std::max(values[1], values[2]), 'f', 0)));
    CHECK(all.count(QStringLiteral("<10")) >= 2);
}

TEST_CASE("An atlas page drawn to PNG has its map, legend and scale bar", "[print][atlas]")
{
    auto project = openSample();
    PrintRequest request;
    request.layoutName = QStringLiteral("Mahalle bilgi kartı");
    request.filter = QStringLiteral("ad = 'Karayılan Mh.'");
    auto job = Printer::prepare(*project, request);
    REQUIRE(job);
    REQUIRE(job->areas.size() == 1);
    const PrintArea &area = job->areas.front();
    CHECK(job->pageCount() == 3);

    const double dpi = 100, k = dpi / 25.4;
    const QSizeF mm = job->layout.page.sizeMm();
    QImage page(QSize(int(mm.width() * k), int(mm.height() * k)), QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        Printer::paintPage(painter, *job, 2, dpi);
    }
    page.save(QDir::temp().filePath(QStringLiteral("geisep-test-atlas-page.png")));
    auto px = [&](const QRectF &r) {
        return QRect(int(r.x() * k), int(r.y() * k), int(r.width() * k), int(r.height() * k));
    };
    const MapLayer &layer = *job->atlasLayer;
    const QColor areaColor = layer.featureColor(area.feature);

    // The map: the area fills the middle of the map frame in its class colour.
    const QRect map = px(job->layout.item(QStringLiteral("map"))->rectMm);
    // (Strips above and below the middle, where its name is written.)
    int inAreaColor = 0, total = 0;
    for (const int dy : {-40, -30, 30, 40})
        for (int x = map.center().x() - 40; x <= map.center().x() + 40; x += 4, ++total)
            inAreaColor += near(page.pixel(x, map.center().y() + dy), areaColor);
    CHECK(inAreaColor > total * 9 / 10);
    CHECK(near(page.pixel(map.left() + 3, map.bottom() - 40), QColor(0xe9, 0xe6, 0xdf))); // muted

    // The legend: a swatch in the area's colour, and one of the layer's other classes.
    const QRect legend = px(job->layout.item(QStringLiteral("legend"))->rectMm);
    std::vector<bool> seen(layer.classColors.size(), false);
    for (int y = legend.top(); y < legend.bottom(); ++y)
        for (int x = legend.left(); x < legend.left() + legend.width() / 6; ++x)
            for (std::size_t c = 0; c < layer.classColors.size(); ++c)
                if (near(page.pixel(x, y), layer.classColors[c], 2))
                    seen[c] = true;
    CHECK(std::count(seen.begin(), seen.end(), true) == int(layer.classColors.size()));

    // The scale bar: black and white segments alternating along its bar.
    const QRect bar = px(job->layout.item(QStringLiteral("scalebar"))->rectMm);
    const int y = bar.top() + int(2.0 * k); // 1.2 mm down, 1.6 mm high
    int changes = 0;
    bool black = false;
    for (int x = bar.left() + int(2 * k); x < bar.right(); ++x) {
        const bool b = qGray(page.pixel(x, y)) < 60;
        const bool w = qGray(page.pixel(x, y)) > 220;
        if ((b && !black) || (w && black)) {
            black = b;
            ++changes;
        }
    }
    CHECK(changes >= 4);

    // The same page through the PNG writer, at the chosen resolution.
    test::TempDir dir;
    auto written = Printer::write(
        *job, {dir.path(QStringLiteral("sayfa.png")), PrintOutput::Format::Png, false, 150});
    REQUIRE(written);
    REQUIRE(written->files.size() == 3);
    CHECK(written->files[2].endsWith(QStringLiteral("sayfa-003.png")));
    const QImage png(written->files[2]);
    CHECK(png.width() == int(std::lround(210 / 25.4 * 150)));
    CHECK(std::abs(png.dotsPerMeterX() - 5906) <= 1);
}

TEST_CASE("Atlas selections: a filter, the top N by pressure, one file per area, SVG",
          "[print][atlas]")
{
    auto project = openSample();
    PrintRequest request;
    request.layoutName = QStringLiteral("fact-sheet"); // the template, by its name
    request.filter = QStringLiteral("ilçe = sehitkamil");
    auto sehitkamil = Printer::prepare(*project, request);
    REQUIRE(sehitkamil);
    CHECK(sehitkamil->areas.size() == 149);
    CHECK(sehitkamil->districts.size() == 1);

    request.filter.reset();
    request.topN = 10;
    request.coverAndContents = false;
    auto top = Printer::prepare(*project, request);
    REQUIRE(top);
    REQUIRE(top->areas.size() == 10);
    CHECK(top->pageCount() == 10);
    for (std::size_t i = 0; i < 10; ++i)
        CHECK(top->areas[i].pressureRank == int(i) + 1);

    test::TempDir dir;
    const QString folder = dir.path(QStringLiteral("sayfalar"));
    auto files = Printer::write(*top, {folder, PrintOutput::Format::Png, true, 50});
    REQUIRE(files);
    CHECK(files->files.size() == 10);
    for (const PrintArea &a : top->areas)
        CHECK(QFile::exists(
            QDir(folder).filePath(Printer::safeFileName(a.label) + QStringLiteral(".png"))));

    CHECK(Printer::safeFileName(QStringLiteral("Bağlarbaşı Mh. (Şahinbey)"))
          == u"Bağlarbaşı Mh. (Şahinbey)");
    CHECK(Printer::safeFileName(QStringLiteral("a/b:c?d*\"e<f>|g.")) == u"a_b_c_d__e_f__g");
    CHECK(Printer::safeFileName(QStringLiteral("CON")) == u"_CON");
    CHECK(Printer::safeFileName(QStringLiteral("com1.pdf")) == u"_com1.pdf");
    CHECK(Printer::safeFileName(QStringLiteral("...")) == u"_");

    request.topN = 1;
    auto one = Printer::prepare(*project, request);
    REQUIRE(one);
    const QString svg = dir.path(QStringLiteral("sayfa.svg"));
    REQUIRE(Printer::write(*one, {svg, PrintOutput::Format::Svg}));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("<svg")));
    CHECK(text.contains(one->areas.front().name.toHtmlEscaped()));
}

TEST_CASE("A district map on one page: the map coloured by migrant share hides small cells",
          "[print][privacy]")
{
    auto project = openSample(Project::Access::ReadWrite);
    // Colour the mahalle by migrant share, as a planner might before printing.
    qint64 mahalle = 0;
    for (const LayerInfo &l : project->layers())
        if (l.role == LayerRole::MuhtarDistrict)
            mahalle = l.id;
    LayerStyle style = savedStyle(project->db(), mahalle, LayerRole::MuhtarDistrict);
    style.kind = LayerStyle::Kind::Graduated;
    style.field = QStringLiteral("derived.migrant_share");
    style.method = LayerStyle::Method::Quantile;
    REQUIRE(saveStyle(project->db(), mahalle, style));

    PrintRequest request;
    request.layoutName = QStringLiteral("İlçe haritası");
    auto job = Printer::prepare(*project, request);
    REQUIRE(job);
    CHECK_FALSE(job->atlasLayer);
    CHECK(job->pageCount() == 1);
    const MapLayer *areas = nullptr;
    for (const auto &l : job->layers)
        if (l->id == mahalle)
            areas = l.get();
    REQUIRE(areas);
    // Every mahalle with fewer than 10 migrants is drawn as "no data", and no class bound is
    // one of their shares.
    auto stmt = project->db().prepare(
        "SELECT a.fid, f.value, p.value FROM geisep_areas a JOIN geisep_area_figures f ON "
        "f.area_id = a.id AND f.variable = 'migrant_population' JOIN geisep_area_figures p ON "
        "p.area_id = a.id AND p.variable = 'population' WHERE a.layer_id = ?");
    REQUIRE(stmt);
    stmt->bind(1, mahalle);
    int small = 0;
    REQUIRE(stmt->forEachRow([&] {
        const auto f = areas->geometry->indexOfFid(stmt->int64(0));
        REQUIRE(f);
        if (stmt->real(1) < 10) {
            ++small;
            CHECK(areas->klass[*f] == -1);
            const double share = stmt->real(1) / stmt->real(2) * 100;
            for (double b : areas->breaks)
                CHECK(std::abs(b - share) > 1e-9);
        } else {
            CHECK(areas->klass[*f] >= 0);
        }
    }));
    CHECK(small == 34);

    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("ilce.pdf"));
    REQUIRE(Printer::write(*job, {pdf, PrintOutput::Format::Pdf}));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    // Long lines wrap: compared with runs of space, line ends included, made one space.
    const QString text = pages[0].simplified();
    CHECK(text.contains(project->meta(QStringLiteral("name"))));
    CHECK(text.contains(QStringLiteral("— Göçmen oranı (%)")));
    CHECK(text.contains(QStringLiteral("Veri yok ya da gösterilmiyor (<10)")));
    CHECK(test::run(QStringLiteral("pdfinfo"), {pdf})
              .out.contains(QStringLiteral("1191 x 842 pts (A3)")));
}

TEST_CASE("Bad print requests say what to fix and leave no file behind", "[print][bad]")
{
    auto project = openSample();
    PrintRequest request;
    request.layoutName = QStringLiteral("Afiş");
    auto unknown = Printer::prepare(*project, request);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("\"Afiş\"")));
    CHECK(unknown.error().hint.contains(QStringLiteral("Mahalle bilgi kartı")));

    request.layoutName = QStringLiteral("Mahalle bilgi kartı");
    request.filter = QStringLiteral("semt = Merkez");
    auto field = Printer::prepare(*project, request);
    REQUIRE_FALSE(field);
    CHECK(field.error().message.contains(QStringLiteral("\"semt\"")));
    CHECK(field.error().hint.contains(QStringLiteral("ilçe")));

    request.filter = QStringLiteral("ilçe = Nizip");
    auto none = Printer::prepare(*project, request);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("No area")));

    request.filter.reset();
    request.atlasLayer = QStringLiteral("Okullar");
    auto layer = Printer::prepare(*project, request);
    REQUIRE_FALSE(layer);
    CHECK(layer.error().message.contains(QStringLiteral("\"Okullar\"")));
    for (const LayerInfo &l : project->layers())
        if (l.role == LayerRole::MuhtarDistrict)
            CHECK(layer.error().hint.contains(l.name));

    // Top N needs a pressure run: a new project with mahalle and no run refuses it.
    test::TempDir dir;
    {
        auto fresh = test::newProject(dir.path(QStringLiteral("yeni.gpkg")));
        ImportOptions o;
        o.path = test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz"));
        o.role = LayerRole::MuhtarDistrict;
        o.name = QStringLiteral("Mahalleler");
        o.where = QStringLiteral("townId = 344");
        REQUIRE(LayerImporter::run(*fresh, o));
        PrintRequest topN;
        topN.layoutName = QStringLiteral("fact-sheet");
        topN.topN = 5;
        auto refused = Printer::prepare(*fresh, topN);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("migration pressure")));
    }

    // An output folder that does not exist, and a cancelled print: no file is left.
    request.atlasLayer.reset();
    auto job = Printer::prepare(*project, request);
    REQUIRE(job);
    auto missing = Printer::write(
        *job, {dir.path(QStringLiteral("yok/atlas.pdf")), PrintOutput::Format::Pdf});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("atlas.pdf")));
    std::atomic_bool cancel = false;
    const QString pdf = dir.path(QStringLiteral("atlas.pdf"));
    auto cancelled = Printer::write(
        *job, {pdf, PrintOutput::Format::Pdf}, [&](int done, int) { cancel = done >= 20; },
        &cancel);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message.contains(QStringLiteral("Cancelled")));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(QFile::exists(pdf + QStringLiteral(".part")));
}

TEST_CASE("The migration pressure table withholds the rates of small migrant counts",
          "[privacy][analysis]")
{
    auto project = openSample(Project::Access::ReadWrite);
    PressureRequest request;
    for (const LayerInfo &l : project->layers())
        if (l.role == LayerRole::MuhtarDistrict)
            request.areas = l.name;
    auto result = Pressure::compute(*project, request);
    REQUIRE(result);
    const QList<QStringList> table = Pressure::table(*result, u';', false);
    REQUIRE(table.size() == int(result->rows.size()) + 1);
    CHECK(table[0][4] == u"Göçmen oranı (%)");
    int small = 0;
    for (std::size_t i = 0; i < result->rows.size(); ++i) {
        const PressureRow &row = result->rows[i];
        const QStringList &line = table[int(i) + 1];
        if (row.smallCell) {
            ++small;
            for (int c = 4; c <= 9; ++c) // share, per 1,000, growth: raw and scaled
                CHECK(line[c] == u"–");
        } else if (std::isfinite(row.raw[0])) {
            CHECK(line[4] != u"–");
        }
        CHECK(line[10] != u"–"); // density is no migrant figure
    }
    CHECK(small == 34);
}

TEST_CASE("The sample is built whole or not at all, from the repository's own data", "[sample]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ornek.gpkg"));
    // Stopped after the mahalle are in: nothing under the name, nothing half-made beside it.
    int steps = 0;
    auto stopped = SampleProject::build(path, test::dataDir(), [&](qint64 done, qint64) {
        steps = int(done);
        return done < 2;
    });
    REQUIRE_FALSE(stopped);
    CHECK(steps == 2);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // The default data folder is the repository's, and a missing file is named.
    CHECK(QFileInfo(SampleProject::defaultDataDir()).canonicalFilePath()
          == QFileInfo(test::dataDir()).canonicalFilePath());
    auto missing = SampleProject::check(path, dir.path(QString()));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().file.endsWith(QStringLiteral("tr_4prov_ilce.geojson.gz")));

    // An existing file is refused in the language of the messages, whatever the sample's.
    QFile(path).open(QIODevice::WriteOnly);
    const auto again = test::runCli(
        {QStringLiteral("sample"), path, QStringLiteral("--lang"), QStringLiteral("tr")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK_FALSE(again.err.contains(QStringLiteral("zaten")));
}

TEST_CASE("An indicator that starts at zero is assessed linearly, and the page says so",
          "[print][atlas][progress]")
{
    test::TempDir dir;
    const QString copy = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(QFile::copy(samplePath(), copy));
    qint64 area = 0;
    {
        auto project = Project::open(copy, Project::Access::ReadWrite);
        REQUIRE(project);
        PlanStore plan((*project)->db());
        // Beside the sample's pupils per classroom, on the same objective and mahalle: new
        // community centres, 0 (2025) → 20 (2028), 8 in 2026. 8 a year against 6.67: R = 1.2.
        const Indicator pupils = plan.indicators().value().at(0);
        area = plan.indicatorValues(pupils.id).value().at(0).areaId;
        Indicator centres;
        centres.ownerKind = pupils.ownerKind;
        centres.ownerId = pupils.ownerId;
        centres.nameTr = QStringLiteral("Açılan toplum merkezi");
        centres.nameEn = QStringLiteral("Community centres opened");
        centres.type = QStringLiteral("count");
        centres.aggregation = QStringLiteral("sum");
        const qint64 id = plan.addIndicator(centres).value();
        for (const IndicatorValue &v :
             {IndicatorValue{area, 2025, QStringLiteral("baseline"), 0, {}},
              IndicatorValue{area, 2028, QStringLiteral("target"), 20, {}},
              IndicatorValue{area, 2026, QStringLiteral("actual"), 8, {}}})
            REQUIRE(plan.setIndicatorValue(id, v));
    }
    auto project = Project::open(copy, Project::Access::ReadOnly);
    REQUIRE(project);
    PrintRequest request;
    request.layoutName = QStringLiteral("Mahalle bilgi kartı");
    request.coverAndContents = false;
    auto all = Printer::prepare(**project, request);
    REQUIRE(all);
    const auto it = std::find_if(all->areas.begin(), all->areas.end(),
                                 [&](const PrintArea &a) { return a.areaId == area; });
    REQUIRE(it != all->areas.end());
    const auto line = std::find_if(it->indicators.begin(), it->indicators.end(),
                                   [](const PrintArea::IndicatorLine &l) {
                                       return l.name.startsWith(u"Açılan toplum merkezi");
                                   });
    REQUIRE(line != it->indicators.end());
    CHECK(line->status == ProgressStatus::OnTrack);
    CHECK(line->values.contains(QStringLiteral("doğrusal yöntemle değerlendirildi")));
    // The sample's own indicator is a growth rate and says nothing of a method.
    for (const auto &l : it->indicators)
        if (l.name.startsWith(u"Derslik"))
            CHECK_FALSE(l.values.contains(QStringLiteral("doğrusal")));

    request.filter = QStringLiteral("ad = '%1'").arg(it->name);
    auto one = Printer::prepare(**project, request);
    REQUIRE(one);
    REQUIRE(one->areas.size() == 1);
    const QString pdf = dir.path(QStringLiteral("sayfa.pdf"));
    REQUIRE(Printer::write(*one, {pdf, PrintOutput::Format::Pdf}));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    const QString text = pages[0].simplified();
    CHECK(text.contains(QStringLiteral("Açılan toplum merkezi")));
    CHECK(text.contains(QStringLiteral("doğrusal yöntemle")));
    CHECK(text.contains(QStringLiteral("Hedef yolunda")));
    CHECK_FALSE(text.contains(QStringLiteral("Değerlendirilmedi")));
}

TEST_CASE("Gap layers stay off the printed map and legend unless the layout's map asks",
          "[print][atlas][coverage]")
{
    test::TempDir dir;
    const QString copy = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(QFile::copy(samplePath(), copy));
    QString gaps;
    {
        auto project = Project::open(copy, Project::Access::ReadWrite);
        REQUIRE(project);
        // The sample's school gaps, shown on the map in the window.
        Database &db = (*project)->db();
        REQUIRE(db.exec("UPDATE geisep_layers SET visible = 1 WHERE id = (SELECT min(id) FROM "
                        "geisep_layers WHERE analysis_run_id IS NOT NULL)"));
        gaps = db.queryText("SELECT name FROM geisep_layers WHERE analysis_run_id IS NOT NULL "
                            "AND visible = 1 AND removed = 0")
                   .value();
        REQUIRE_FALSE(gaps.isEmpty());
    }
    auto printed = [&](bool analysisLayers) {
        {
            auto project = Project::open(copy, Project::Access::ReadWrite);
            REQUIRE(project);
            LayoutStore store((*project)->db());
            auto layout = store.find(QStringLiteral("Mahalle bilgi kartı")).value();
            REQUIRE(layout);
            for (LayoutItem &i : layout->items)
                if (i.kind == LayoutItem::Kind::Map)
                    i.analysisLayers = analysisLayers;
            REQUIRE(store.save(*layout));
        }
        auto project = Project::open(copy, Project::Access::ReadOnly);
        REQUIRE(project);
        PrintRequest request;
        request.layoutName = QStringLiteral("Mahalle bilgi kartı");
        request.coverAndContents = false;
        request.filter = QStringLiteral("ad = Şahintepe");
        auto job = Printer::prepare(**project, request);
        REQUIRE(job);
        REQUIRE(job->areas.size() == 1);
        const QString pdf = dir.path(QStringLiteral("sayfa.pdf"));
        REQUIRE(Printer::write(*job, {pdf, PrintOutput::Format::Pdf}));
        return pdfPages(pdf).value(0).simplified();
    };
    const QString without = printed(false);
    INFO(without.toStdString());
    CHECK(without.contains(QStringLiteral("Şahintepe")));
    CHECK_FALSE(without.contains(gaps));
    const QString with = printed(true);
    INFO(with.toStdString());
    CHECK(with.contains(gaps));
}

TEST_CASE("The district fact sheet prints its charts with their axis titles and categories",
          "[print][chart]")
{
    auto project = openSample();
    Database &db = project->db();
    PrintRequest request;
    request.layoutName = QStringLiteral("İlçe bilgi kartı");
    auto job = Printer::prepare(*project, request);
    REQUIRE(job);
    CHECK(job->pageCount() == 1);
    CHECK(job->charts.size() == 4);
    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("ilce-karti.pdf"));
    REQUIRE(Printer::write(*job, {pdf, PrintOutput::Format::Pdf}));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    const QString text = pages[0];
    // The migrants' share by district, worked out here from the figures of 2023.
    auto shares = db.prepare(
        "SELECT a.district, 100.0 * sum(m.value) / sum(p.value) FROM geisep_areas a JOIN "
        "geisep_area_figures m ON m.area_id = a.id AND m.variable = 'migrant_population' AND "
        "m.period = 2023 JOIN geisep_area_figures p ON p.area_id = a.id AND p.variable = "
        "'population' AND p.period = 2023 GROUP BY a.district");
    REQUIRE(shares);
    int districts = 0;
    REQUIRE(shares->forEachRow([&] {
        ++districts;
        const QString share = u'%' + QString::number(shares->real(1), 'f', 1).replace(u'.', u',');
        INFO(shares->text(0).toStdString() << " " << share.toStdString());
        // The bar's label and its value on one line.
        CHECK(text.contains(QRegularExpression(QRegularExpression::escape(shares->text(0))
                                               + QStringLiteral(" +")
                                               + QRegularExpression::escape(share))));
    }));
    CHECK(districts == 2);
    for (const char16_t *words :
         {u"İlçelere göre göçmenlerin nüfusa oranı, 2023", u"100 kişide göçmen",
          // The sample's indicator, plan-wide: the mean of its two areas.
          u"Derslik başına öğrenci (örnek)", u"Gerçekleşen", u"Hedef (2027)", u"Yıl",
          u"Göç baskısı: en yüksek 10 alan", u"Puan (0–100)", u"Kapsama açığı (%)",
          u"Nüfus projeksiyonu", u"Düşük (%0,5)", u"Orta (%1,5)", u"Yüksek (%3,0)", u"Kişi",
          u"2030", u"Parantez içinde yıllık artış; temel yıl 2023."}) {
        INFO(QString::fromUtf16(words).toStdString());
        CHECK(text.contains(QString::fromUtf16(words)));
    }
    // The ten highest-pressure areas by name, highest first.
    auto top = db.prepare(
        "SELECT a.name, a.district FROM geisep_analysis_results r JOIN geisep_areas a ON a.id = "
        "r.area_id WHERE r.run_id = (SELECT max(id) FROM geisep_analysis_runs WHERE kind = "
        "'pressure') AND r.variable = 'rank' AND r.value BETWEEN 1 AND 10 ORDER BY r.value");
    REQUIRE(top);
    qsizetype last = -1;
    int named = 0;
    REQUIRE(top->forEachRow([&] {
        const QString label = QStringLiteral("%1 (%2)").arg(top->text(0), top->text(1));
        const qsizetype at = text.indexOf(label);
        INFO(label.toStdString());
        CHECK(at > last);
        last = at;
        ++named;
    }));
    CHECK(named == 10);
    // Fonts embedded.
    const auto fonts = test::run(QStringLiteral("pdffonts"), {pdf});
    CHECK(fonts.out.contains(QStringLiteral("DejaVuSans")));
    for (const QString &line : fonts.out.split(u'\n'))
        if (line.contains(QStringLiteral("TrueType")))
            CHECK(line.contains(QStringLiteral("Identity-H       yes")));
}

TEST_CASE("A trend chart on an atlas page follows the page's area, else shows the plan's values",
          "[print][chart][atlas]")
{
    auto project = openSample();
    Database &db = project->db();
    Layout layout = LayoutTemplates::factSheet(true);
    LayoutItem *legend = layout.item(QStringLiteral("legend"));
    REQUIRE(legend);
    legend->kind = LayoutItem::Kind::Chart;
    legend->id = QStringLiteral("trend");
    legend->chart = LayoutItem::ChartKind::Trend;
    legend->indicator = QStringLiteral("derslik başına öğrenci (ÖRNEK)"); // folded Turkish
    legend->text.clear();
    // Round trip through the project's JSON keeps the chart's settings.
    auto back = Layout::fromJson(layout.toJson());
    REQUIRE(back);
    REQUIRE(back->items.size() == layout.items.size());
    for (std::size_t i = 0; i < layout.items.size(); ++i) {
        INFO(layout.items[i].id.toStdString());
        CHECK(back->items[i] == layout.items[i]);
    }

    // The area with its own values (2022 baseline 62, 2024 actual 52) and one without.
    const qint64 own = db.queryInt("SELECT min(area_id) FROM geisep_indicator_values WHERE "
                                   "area_id IS NOT NULL AND value = 52")
                           .value();
    const qint64 other = db.queryInt("SELECT min(id) FROM geisep_areas WHERE layer_id = (SELECT "
                                     "layer_id FROM geisep_areas WHERE id = 1) AND id NOT IN "
                                     "(SELECT area_id FROM geisep_indicator_values WHERE area_id "
                                     "IS NOT NULL)")
                             .value();
    PrintRequest request;
    request.layout = layout;
    request.coverAndContents = false;
    auto fid = [&](qint64 area) {
        auto stmt = db.prepare("SELECT fid FROM geisep_areas WHERE id = ?");
        REQUIRE(stmt);
        stmt->bind(1, area);
        REQUIRE(stmt->step().value());
        return stmt->int64(0);
    };
    request.selection = {fid(own), fid(other)};
    auto job = Printer::prepare(*project, request);
    REQUIRE(job);
    REQUIRE(job->areas.size() == 2);
    const PrintArea *withValues = nullptr;
    const PrintArea *without = nullptr;
    for (const PrintArea &a : job->areas)
        (a.areaId == own ? withValues : without) = &a;
    REQUIRE(withValues);
    REQUIRE(without);
    REQUIRE(withValues->charts.contains(QStringLiteral("trend")));
    const Chart &mine = withValues->charts[QStringLiteral("trend")];
    CHECK(mine.title == QStringLiteral("Derslik başına öğrenci (örnek) — ") + withValues->name);
    CHECK(mine.categories.first() == u"2022");
    CHECK(mine.categories.last() == u"2027");
    REQUIRE(mine.series.size() == 1);
    CHECK(mine.series[0].values[0] == 62.0);
    CHECK(mine.series[0].values[2] == 52.0);
    CHECK(std::isnan(mine.series[0].values[1]));
    // The other page draws the plan's: each year the mean of the areas' values.
    CHECK_FALSE(without->charts.contains(QStringLiteral("trend")));
    const Chart &plan = job->charts[QStringLiteral("trend")];
    CHECK(plan.title == u"Derslik başına öğrenci (örnek)");
    REQUIRE(plan.series.size() == 1);
    CHECK(plan.series[0].values[0] == Approx((62.0 + 55.0) / 2));
    CHECK(plan.series[0].values[2] == Approx((52.0 + 53.0) / 2));

    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("atlas.pdf"));
    REQUIRE(Printer::write(*job, {pdf, PrintOutput::Format::Pdf}));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 2);
    for (const QString &page : pages) {
        const bool isOwn = page.trimmed().startsWith(withValues->name); // the page's title
        INFO(page.toStdString());
        CHECK(page.contains(QStringLiteral("Hedef (2027)")));
        // The chart's title names the area only where the values are the area's own.
        CHECK(page.contains(QStringLiteral("(örnek) —")) == isOwn);
    }
}

TEST_CASE("A district's fact sheet: the single page's filter bounds its map, title and charts",
          "[print][chart]")
{
    auto project = openSample();
    Database &db = project->db();
    PrintRequest request;
    request.layoutName = QStringLiteral("district-sheet"); // the template, in Turkish
    request.filter = QStringLiteral("ilçe = Şahinbey");
    auto job = Printer::prepare(*project, request);
    REQUIRE(job);
    CHECK(job->pageCount() == 1);
    CHECK(job->scopeDistricts == QStringList{QStringLiteral("Şahinbey")});
    const qint64 sahinbey = db.queryInt("SELECT count(*) FROM geisep_areas WHERE district = "
                                        "'Şahinbey'")
                                .value();
    CHECK(job->scopeAreas.size() == sahinbey);
    CHECK(sahinbey > 100);
    // The migrants' share: Şahinbey's bar alone.
    const Chart &share = job->charts[QStringLiteral("share")];
    CHECK(share.categories == QStringList{QStringLiteral("Şahinbey")});
    // The pressure chart's areas are Şahinbey's highest, in rank order.
    const Chart &pressure = job->charts[QStringLiteral("pressure")];
    REQUIRE(pressure.categories.size() == 10);
    for (const QString &label : pressure.categories)
        CHECK(label.endsWith(QStringLiteral("(Şahinbey)")));
    // The projection starts from Şahinbey's own base population.
    const Chart &projection = job->charts[QStringLiteral("projection")];
    REQUIRE(projection.series.size() == 3);
    auto base = db.prepare(
        "SELECT sum(r.value) FROM geisep_analysis_results r JOIN geisep_areas a ON a.id = "
        "r.area_id WHERE r.variable = 'base_population' AND a.district = 'Şahinbey' AND r.run_id "
        "= (SELECT max(id) FROM geisep_analysis_runs WHERE kind = 'projection')");
    REQUIRE(base);
    REQUIRE(base->step().value());
    CHECK(projection.series[1].values[0] == Approx(base->real(0)));
    // The map's whole extent is the district's, inside the two districts'.
    PrintRequest both;
    both.layoutName = QStringLiteral("district-sheet");
    auto whole = Printer::prepare(*project, both);
    REQUIRE(whole);
    CHECK(whole->scopeDistricts
          == QStringList{QStringLiteral("Şahinbey"), QStringLiteral("Şehitkamil")});
    CHECK(whole->scopeAreas.isEmpty());
    CHECK(job->fullExtent.width() * job->fullExtent.height()
          < 0.8 * whole->fullExtent.width() * whole->fullExtent.height());
    CHECK(whole->charts[QStringLiteral("share")].categories.size() == 2);

    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("sahinbey.pdf"));
    REQUIRE(Printer::write(*job, {pdf, PrintOutput::Format::Pdf}));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    // The title is the district.
    CHECK(pages[0].trimmed().startsWith(QStringLiteral("Şahinbey\n")));
    CHECK(pages[0].contains(QStringLiteral("İlçe bilgi kartı, Gaziantep")));
    // A filter that keeps nothing says so.
    request.filter = QStringLiteral("ilçe = Nizip");
    auto none = Printer::prepare(*project, request);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("ilçe = Nizip")));
}
