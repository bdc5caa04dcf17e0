#include "app/cli/cli.h"
#include "core/plan/plan.h"
#include "core/text/csv.h"
#include "gis/io/spreadsheet.h"
#include "tests/support/support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace geisep;
using test::runCli;

TEST_CASE("cli new makes a valid GeoPackage in the province's CRS", "[cli][gdal]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("urfa.gpkg"));
    const auto made = runCli({QStringLiteral("new"), path, QStringLiteral("--name"),
                              QStringLiteral("Şanlıurfa GEİSEP"), QStringLiteral("--province"),
                              QStringLiteral("Şanlıurfa")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("EPSG:5257")));
    CHECK(test::gdalValidate({path}).toStdString().empty());

    const auto explicitCrs = runCli({QStringLiteral("new"), dir.path(QStringLiteral("b.gpkg")),
                                     QStringLiteral("--name"), QStringLiteral("B"),
                                     QStringLiteral("--crs"), QStringLiteral("EPSG:23037")});
    REQUIRE(explicitCrs.exitCode == 0);
    CHECK(explicitCrs.out.contains(QStringLiteral("ED50 / UTM zone 37N")));
}

TEST_CASE("cli info --json gives the documented keys", "[cli]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--name"),
                    QStringLiteral("Gaziantep GEİSEP"), QStringLiteral("--municipality"),
                    QStringLiteral("Şahinbey Belediyesi")})
                .exitCode
            == 0);
    const auto info = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(json[QStringLiteral("name")].toString() == QStringLiteral("Gaziantep GEİSEP"));
    CHECK(json[QStringLiteral("municipality")].toString() == QStringLiteral("Şahinbey Belediyesi"));
    CHECK(json[QStringLiteral("schema_version")].toInt() == 7);
    CHECK(json[QStringLiteral("crs")][QStringLiteral("srs_id")].toInt() == 5256);
    CHECK(json[QStringLiteral("crs")][QStringLiteral("name")].toString() == u"TUREF / TM36");
    CHECK(json[QStringLiteral("layers")].toArray().isEmpty());
    const QJsonObject plan = json[QStringLiteral("plan")].toObject();
    CHECK(plan[QStringLiteral("sectors")].toInt() == 8);
    for (const char *key : {"goals", "objectives", "actions", "indicators", "links"})
        CHECK(plan.contains(QLatin1String(key)));
    CHECK(json[QStringLiteral("in_use_by_pid")].isNull());

    const auto text = runCli({QStringLiteral("info"), path});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Gaziantep GEİSEP")));
    CHECK(text.out.contains(QStringLiteral("TUREF / TM36")));
}

TEST_CASE("cli errors name the file, say what to do and exit non-zero", "[cli]")
{
    test::TempDir dir;
    const QString missing = dir.path(QStringLiteral("yok.gpkg"));
    auto r = runCli({QStringLiteral("info"), missing});
    CHECK(r.exitCode == cli::Failed);
    CHECK(r.err.contains(missing));
    CHECK(r.err.contains(QStringLiteral("geisep-cli new")));

    r = runCli({QStringLiteral("frobnicate")});
    CHECK(r.exitCode == cli::Usage);
    CHECK(r.err.contains(QStringLiteral("--help")));

    r = runCli({QStringLiteral("new"), dir.path(QStringLiteral("a.gpkg"))});
    CHECK(r.exitCode == cli::Usage);
    CHECK(r.err.contains(QStringLiteral("--name")));

    r = runCli({QStringLiteral("new"), dir.path(QStringLiteral("a.gpkg")), QStringLiteral("--name"),
                QStringLiteral("A"), QStringLiteral("--crs"), QStringLiteral("TM36")});
    CHECK(r.exitCode == cli::Usage);
    CHECK(r.err.contains(QStringLiteral("EPSG:5256")));

    r = runCli({QStringLiteral("new"), dir.path(QStringLiteral("a.gpkg")), QStringLiteral("--name"),
                QStringLiteral("A"), QStringLiteral("--crs"), QStringLiteral("EPSG:999999")});
    CHECK(r.exitCode == cli::Failed);
    CHECK(r.err.contains(QStringLiteral("EPSG:999999")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("a.gpkg"))));

    r = runCli({QStringLiteral("new"), dir.path(QStringLiteral("a.txt")), QStringLiteral("--name"),
                QStringLiteral("A")});
    CHECK(r.exitCode == cli::Usage);
    CHECK(r.err.contains(QStringLiteral(".gpkg")));

    r = runCli({QStringLiteral("info")});
    CHECK(r.exitCode == cli::Usage);

    // An atlas of a project with no layer of areas says what to do, not "Area layers: ."
    const QString empty = dir.path(QStringLiteral("bos.gpkg"));
    REQUIRE(runCli({QStringLiteral("new"), empty, QStringLiteral("--name"), QStringLiteral("Boş")})
                .exitCode
            == cli::Ok);
    r = runCli({QStringLiteral("print"), empty, QStringLiteral("--layout"),
                QStringLiteral("fact-sheet"), QStringLiteral("--atlas"),
                QStringLiteral("Mahalleler"), QStringLiteral("-o"),
                dir.path(QStringLiteral("atlas.pdf"))});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == cli::Failed);
    CHECK(r.err.contains(QStringLiteral("import the mahalle boundaries first")));
    CHECK_FALSE(r.err.contains(QStringLiteral(": .")));
}

TEST_CASE("every cli command answers --help", "[cli]")
{
    const QString command = GENERATE(as<QString>{}, QStringLiteral("new"), QStringLiteral("info"),
                                     QStringLiteral("validate"));
    const auto r = runCli({command, QStringLiteral("--help")});
    INFO(command.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("geisep-cli ") + command));
    CHECK(r.out.contains(QStringLiteral("--help")));
    const auto top = runCli({QStringLiteral("--help")});
    CHECK(top.exitCode == 0);
    CHECK(top.out.contains(command));
}

TEST_CASE("cli validate exits 0 on a good project and 3 with the problems listed", "[cli]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("P")})
                .exitCode
            == 0);
    auto r = runCli({QStringLiteral("validate"), path});
    CHECK(r.exitCode == 0);
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        REQUIRE(db->exec("PRAGMA foreign_keys = OFF; INSERT INTO geisep_objectives (goal_id, "
                         "title_tr) VALUES (77, 'Sahipsiz amaç');"));
    }
    r = runCli({QStringLiteral("validate"), path});
    CHECK(r.exitCode == cli::Problems);
    CHECK(r.out.contains(QStringLiteral("geisep_objectives")));
}

TEST_CASE("The CLI speaks Turkish when the user chose Turkish", "[cli]")
{
    // run() in-process with the Turkish translation installed.
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    test::TempDir dir;
    extern void installTurkishForTest(bool on);
    installTurkishForTest(true);
    const int code
        = cli::run({QStringLiteral("info"), dir.path(QStringLiteral("yok.gpkg"))}, out, err);
    installTurkishForTest(false);
    CHECK(code == cli::Failed);
    CHECK(errText.startsWith(QStringLiteral("Hata: ")));
}

TEST_CASE("cli plan export writes the plan with its areas for Turkish Excel", "[cli][plan]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("plan.gpkg"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("project-v1.gpkg")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto project = Project::open(path);
        REQUIRE(project);
        REQUIRE((*project)->db().exec("INSERT INTO geisep_stakeholders (kind, name) VALUES "
                                      "('belediye', 'Şahinbey Belediyesi'), ('ngo', 'SGDD-ASAM')"));
        REQUIRE((*project)->db().exec("INSERT INTO geisep_stakeholders (kind, is_person, name, "
                                      "title, phone) VALUES ('muhtar', 1, 'Ayşe Çınar', "
                                      "'İnönü Mahallesi Muhtarı', '0342 000 00 00')"));
        PlanStore plan((*project)->db());
        PlanItem action = plan.item(PlanKind::Action, 1).value();
        action.responsibleId = 1;
        action.partnerIds = {2, 3};
        action.budget = 1250000.5;
        action.fundingKind = QStringLiteral("international");
        action.fundingSource = QStringLiteral("AB \"FRIT\"; II. dönem");
        REQUIRE(plan.updateItem(action));
        REQUIRE(plan.linkAreas({3}, PlanKind::Action, 1, QStringLiteral("high"), {}));
    }
    const QString csv = dir.path(QStringLiteral("plan.csv"));
    const auto r = runCli(
        {QStringLiteral("plan"), QStringLiteral("export"), path, QStringLiteral("-o"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("3")));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    auto table = CsvReader::parse(bytes, csv);
    REQUIRE(table);
    CHECK(table->separator == u';');
    REQUIRE(table->rows.size() == 3); // goal, objective, action
    const int areas = table->column(QStringLiteral("Bağlı alanlar"));
    const int count = table->column(QStringLiteral("Bağlı alan sayısı"));
    const int level = table->column(QStringLiteral("Düzey"));
    REQUIRE((areas >= 0 && count >= 0 && level >= 0));
    const QStringList &goal = table->rows[0];
    CHECK(goal[level] == u"Hedef");
    CHECK(goal[table->column(QStringLiteral("Sektör"))]
          == QStringLiteral("Eğitim ve sağlık hizmetleri"));
    CHECK(goal[count] == u"2");
    CHECK(goal[areas] == QStringLiteral("Ağaçgeçit (Şahinbey); İnönü (Şahinbey)"));
    const QStringList &action = table->rows[2];
    CHECK(action[level] == u"Eylem");
    CHECK(action[table->column(QStringLiteral("Başlık"))]
          == QStringLiteral("Prefabrik derslik kurulumu"));
    CHECK(action[table->column(QStringLiteral("Sorumlu"))]
          == QStringLiteral("Şahinbey Belediyesi"));
    // A person stands in by title: the name and phone are personal data.
    CHECK(action[table->column(QStringLiteral("İş birliği"))]
          == QStringLiteral("SGDD-ASAM; İnönü Mahallesi Muhtarı"));
    CHECK_FALSE(bytes.contains("Ayşe"));
    CHECK_FALSE(bytes.contains("0342"));
    CHECK(action[table->column(QStringLiteral("Bütçe"))] == u"1250000,50");
    CHECK(action[table->column(QStringLiteral("Finansman kaynağı"))]
          == QStringLiteral("AB \"FRIT\"; II. dönem"));
    CHECK(action[table->column(QStringLiteral("Durum"))] == QStringLiteral("Sürüyor"));
    CHECK(action[areas] == QStringLiteral("Şehitkamil Merkez (Şahinbey)"));

    // The same as an Excel workbook: typed cells, the header bold and frozen, nobody's name.
    const QString xlsx = dir.path(QStringLiteral("plan.xlsx"));
    const auto wrote = runCli(
        {QStringLiteral("plan"), QStringLiteral("export"), path, QStringLiteral("-o"), xlsx});
    INFO(wrote.err.toStdString());
    REQUIRE(wrote.exitCode == 0);
    auto sheet = Spreadsheet::readSheet(xlsx);
    if (!sheet)
        FAIL(sheet.error().toString().toStdString());
    CHECK(sheet->header == table->header);
    REQUIRE(sheet->rows.size() == 3);
    for (int c = 0; c < table->header.size(); ++c) {
        const QString name = table->header[c];
        if (name == u"Bütçe" || name == u"Başlangıç" || name == u"Bitiş")
            continue;
        INFO(name.toStdString());
        for (int row = 0; row < 3; ++row)
            CHECK(sheet->rows[row].value(c) == table->rows[row][c]);
    }
    CHECK(parseNumber(sheet->rows[2][table->column(QStringLiteral("Bütçe"))])
          == 1250000.5); // a number cell
    for (const QStringList &row : std::as_const(sheet->rows))
        for (const QString &cell : row)
            CHECK_FALSE((cell.contains(u"Ayşe") || cell.contains(u"0342")));
    // GDAL reads the columns with their types.
    const auto types
        = test::run(QStringLiteral("ogrinfo"),
                    {QStringLiteral("-ro"), QStringLiteral("-so"), xlsx, QStringLiteral("Plan")});
    CHECK(types.out.contains(u"Bütçe: Real"));
    CHECK(types.out.contains(u"Bağlı alan sayısı: Integer"));
    CHECK(types.out.contains(u"Sektör: String"));
    const auto xml = test::run(
        QStringLiteral(GEISEP_SYSTEM_PYTHON),
        {QStringLiteral("-c"),
         QStringLiteral("import sys, zipfile; "
                        "print(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml')"
                        ".decode())"),
         xlsx});
    CHECK(xml.out.contains(u"state=\"frozen\""));
    CHECK(xml.out.contains(u"ySplit=\"1\""));

    // Comma-separated and in English, for other spreadsheets.
    const QString en = dir.path(QStringLiteral("plan-en.csv"));
    REQUIRE(
        runCli({QStringLiteral("plan"), QStringLiteral("export"), path, QStringLiteral("-o"), en,
                QStringLiteral("--separator"), QStringLiteral(","), QStringLiteral("--english")})
            .exitCode
        == 0);
    auto english = CsvReader::read(en);
    REQUIRE(english);
    CHECK(english->separator == u',');
    CHECK(english->header.front() == u"Sector code");
    CHECK(english->rows[0][english->column(QStringLiteral("Sector"))]
          == u"Education and health services");
    CHECK(english->rows[2][english->column(QStringLiteral("Budget"))] == u"1250000.50");
    CHECK(english->rows[0][english->column(QStringLiteral("Title"))]
          == u"Raise school enrolment of migrant children");

    // Asked for: the person's name.
    const QString named = dir.path(QStringLiteral("plan-named.csv"));
    REQUIRE(runCli({QStringLiteral("plan"), QStringLiteral("export"), path, QStringLiteral("-o"),
                    named, QStringLiteral("--with-personal-data")})
                .exitCode
            == 0);
    QFile namedFile(named);
    REQUIRE(namedFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(namedFile.readAll()).contains(QStringLiteral("Ayşe Çınar")));

    // No -o: a usage error, nothing written.
    CHECK(runCli({QStringLiteral("plan"), QStringLiteral("export"), path}).exitCode == 2);
}

TEST_CASE("figures says why no row matched when the areas have no districts",
          "[cli][figures][council]")
{
    test::TempDir dir;
    const QString p = dir.path(QStringLiteral("sahinbey.gpkg"));
    auto run = [](const QStringList &args) {
        const auto r = test::runCli(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    };
    run({QStringLiteral("new"), p, QStringLiteral("--name"), QStringLiteral("Şahinbey"),
         QStringLiteral("--crs"), QStringLiteral("EPSG:5256")});
    // The mahalle of Şahinbey without --districts: no area knows its district.
    run({QStringLiteral("import"), p, test::dataFile(QStringLiteral("tr_4prov_mahalle.geojson.gz")),
         QStringLiteral("--role"), QStringLiteral("muhtar_district"), QStringLiteral("--as"),
         QStringLiteral("Mahalleler"), QStringLiteral("--where"), QStringLiteral("townId = 343")});
    const QStringList figures{QStringLiteral("figures"),
                              p,
                              test::dataFile(QStringLiteral("tr_4prov_mahalle_nufus_2023.csv")),
                              QStringLiteral("--layer"),
                              QStringLiteral("Mahalleler"),
                              QStringLiteral("--period"),
                              QStringLiteral("2023"),
                              QStringLiteral("--map"),
                              QStringLiteral("nufus_2023=population"),
                              QStringLiteral("--dry-run")};
    const auto none
        = run(figures + QStringList{QStringLiteral("--match"), QStringLiteral("il,ilce,mahalle")});
    INFO(none.out.toStdString());
    CHECK(none.out.contains(QStringLiteral("Matched 0 ")));
    CHECK(none.out.contains(QStringLiteral("No row matched: the areas of \"Mahalleler\" have no "
                                           "district names")));
    CHECK(none.out.contains(QStringLiteral("--districts")));
    // Matched on the name alone, as it advises, most rows find their mahalle and nothing is
    // advised.
    const auto byName
        = run(figures + QStringList{QStringLiteral("--match"), QStringLiteral(",,mahalle")});
    INFO(byName.out.toStdString());
    CHECK_FALSE(byName.out.contains(QStringLiteral("No row matched")));
    CHECK_FALSE(byName.out.contains(QStringLiteral("Matched 0 ")));
}

TEST_CASE("cli layer new makes an empty layer of a role with its template or the fields given",
          "[cli][editing]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("P")})
                .exitCode
            == 0);
    const auto made = runCli({QStringLiteral("layer"), QStringLiteral("new"), path,
                              QStringLiteral("--name"), QStringLiteral("Göçmen yerleşim alanları"),
                              QStringLiteral("--role"), QStringLiteral("migrant_area")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("households INTEGER")));
    CHECK(made.out.contains(QStringLiteral("survey_date DATE")));

    const auto schools
        = runCli({QStringLiteral("layer"), QStringLiteral("new"), path, QStringLiteral("--name"),
                  QStringLiteral("Okullar"), QStringLiteral("--role"),
                  QStringLiteral("infrastructure"), QStringLiteral("--geometry"),
                  QStringLiteral("point"), QStringLiteral("--field"), QStringLiteral("ad:text(80)"),
                  QStringLiteral("--field"), QStringLiteral("derslik:integer")});
    INFO(schools.err.toStdString());
    REQUIRE(schools.exitCode == 0);
    // The service field is added: coverage counts facilities by it.
    CHECK(schools.out.contains(QStringLiteral("ad TEXT(80), derslik INTEGER, service TEXT(40)")));

    const auto info = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    const QJsonArray layers
        = QJsonDocument::fromJson(info.out.toUtf8()).object()[QStringLiteral("layers")].toArray();
    REQUIRE(layers.size() == 2);
    QStringList names;
    for (const QJsonValue &l : layers)
        names << l[QStringLiteral("name")].toString();
    CHECK(names.contains(QStringLiteral("Göçmen yerleşim alanları")));
    CHECK(test::gdalValidate({path}).toStdString().empty());

    // Wrong words are usage errors that say what to write; a taken name is refused.
    const auto badField
        = runCli({QStringLiteral("layer"), QStringLiteral("new"), path, QStringLiteral("--name"),
                  QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("reference"),
                  QStringLiteral("--field"), QStringLiteral("nüfus:sayı")});
    CHECK(badField.exitCode == 2);
    CHECK(badField.err.contains(QStringLiteral("households:integer")));
    const auto badKind
        = runCli({QStringLiteral("layer"), QStringLiteral("new"), path, QStringLiteral("--name"),
                  QStringLiteral("X"), QStringLiteral("--role"), QStringLiteral("reference"),
                  QStringLiteral("--geometry"), QStringLiteral("circle")});
    CHECK(badKind.exitCode == 2);
    const auto taken = runCli({QStringLiteral("layer"), QStringLiteral("new"), path,
                               QStringLiteral("--name"), QStringLiteral("okullar"),
                               QStringLiteral("--role"), QStringLiteral("reference")});
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.contains(QStringLiteral("Okullar")));
}

TEST_CASE("cli layer filter keeps the features an expression accepts, says how many, and clears",
          "[cli][layerfilter]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("ornek.gpkg"));
    REQUIRE(QFile::copy(test::samplePath(), path));
    const QString mahalle = QStringLiteral("Mahalle (Şahinbey, Şehitkamil)");
    // The name folded the Turkish way finds the layer.
    const auto filtered
        = runCli({QStringLiteral("layer"), QStringLiteral("filter"), path, QStringLiteral("--name"),
                  QStringLiteral("MAHALLE (ŞAHİNBEY, ŞEHİTKAMİL)"), QStringLiteral("--where"),
                  QStringLiteral("ilçe = Şehitkamil")});
    INFO(filtered.err.toStdString());
    REQUIRE(filtered.exitCode == 0);
    CHECK(filtered.out.contains(QStringLiteral("149 of 330 features")));
    CHECK(filtered.out.contains(mahalle));

    // The map written by render draws only those; pressure ranks only those.
    const auto pressure = runCli({QStringLiteral("analyze"), QStringLiteral("pressure"), path,
                                  QStringLiteral("--areas"), mahalle});
    REQUIRE(pressure.exitCode == 0);
    CHECK_FALSE(pressure.out.contains(QStringLiteral("(Şahinbey)")));
    CHECK(pressure.out.contains(QStringLiteral("(Şehitkamil)")));

    // A bad expression changes nothing and says which field is wrong.
    const auto bad
        = runCli({QStringLiteral("layer"), QStringLiteral("filter"), path, QStringLiteral("--name"),
                  mahalle, QStringLiteral("--where"), QStringLiteral("okul >= 2")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("okul")));
    auto project = Project::open(path, Project::Access::ReadOnly);
    REQUIRE(project);
    for (const LayerInfo &l : (*project)->layers())
        if (l.name == mahalle)
            CHECK(l.filter == u"ilçe = Şehitkamil");
    project->reset();

    const auto cleared = runCli({QStringLiteral("layer"), QStringLiteral("filter"), path,
                                 QStringLiteral("--name"), mahalle});
    REQUIRE(cleared.exitCode == 0);
    CHECK(cleared.out.contains(QStringLiteral("all 330 features")));
    const auto unknown = runCli({QStringLiteral("layer"), QStringLiteral("filter"), path,
                                 QStringLiteral("--name"), QStringLiteral("Okullar")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(mahalle)); // the layers one may name
}

TEST_CASE("cli import --extent takes only the features within a rectangle of the project's CRS",
          "[cli][import]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.gpkg"));
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("P")})
                .exitCode
            == 0);
    const QString file = test::dataFile(QStringLiteral("tr_4prov_ilce.geojson.gz"));
    const auto bad = runCli({QStringLiteral("import"), path, file, QStringLiteral("--role"),
                             QStringLiteral("reference"), QStringLiteral("--extent"),
                             QStringLiteral("5,4,3")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("MINX,MINY,MAXX,MAXY")));
    // Around central Gaziantep in TUREF / TM36 (EPSG:5256): a few districts, not 4 provinces.
    const auto some = runCli({QStringLiteral("import"), path, file, QStringLiteral("--role"),
                              QStringLiteral("reference"), QStringLiteral("--extent"),
                              QStringLiteral("620000,4095000,630000,4105000")});
    INFO(some.err.toStdString());
    REQUIRE(some.exitCode == 0);
    CHECK(some.out.contains(QStringLiteral("within the map's view")));
    auto project = Project::open(path, Project::Access::ReadOnly);
    REQUIRE(project);
    const QList<LayerInfo> layers = (*project)->layers();
    REQUIRE(layers.size() == 1);
    CHECK(layers.first().featureCount >= 1);
    CHECK(layers.first().featureCount <= 4);
}
