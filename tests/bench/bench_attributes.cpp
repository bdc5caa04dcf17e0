// Attribute table benchmark (issue 16): a layer of 100,000 made-up mahalle (small squares with a
// Turkish name, a district and a population), imported into a project, then opened in the
// attribute table's model as the window opens it: the feature numbers in order, the first
// screen of rows, scrolling to 200 places at random, sorting by a name (Turkish collation) and
// by a number, and a filter in the atlas filter's language. The reference, in the same process,
// is the straightforward table: every row and column read into memory before anything shows
// (SELECT *), then sorted in memory. Run: tests/bench/attributes.sh [BUILD_DIR] [FEATURES].
#include "core/project.h"
#include "gis/crs.h"
#include "gis/edit/attributetable.h"
#include "gis/gdalinit.h"
#include "gis/io/importer.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <vector>

using namespace geisep;

namespace {

const char *const kDistricts[] = {"Şahinbey", "Şehitkamil", "Eyyübiye",  "Haliliye", "Karaköprü",
                                  "Bağlar",   "Kayapınar",  "Yenişehir", "Sur",      "Palandöken"};
const char *const kNames[] = {"Çağdaş", "Gülbahar", "Işıklar",    "Öğretmenler", "Şirinevler",
                              "İnönü",  "Üçgöze",   "Yıldıztepe", "Akçaburç",    "Düztepe"};

// Writes FEATURES squares of 200 m in EPSG:5256 to a GeoPackage with GDAL; false on failure.
bool writeSource(const QString &path, int features)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr ds(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return false;
    OGRSpatialReference srs;
    srs.importFromEPSG(5256);
    OGRLayer *layer = ds->CreateLayer("mahalle", &srs, wkbPolygon, nullptr);
    OGRFieldDefn name("name", OFTString), district("district", OFTString),
        population("nufus", OFTInteger);
    layer->CreateField(&name);
    layer->CreateField(&district);
    layer->CreateField(&population);
    QRandomGenerator random(20261206);
    ds->StartTransaction();
    const int side = int(std::ceil(std::sqrt(double(features))));
    for (int i = 0; i < features; ++i) {
        OGRFeature feature(layer->GetLayerDefn());
        const QByteArray n
            = QByteArray(kNames[random.bounded(10)]) + ' ' + QByteArray::number(i) + " Mh.";
        feature.SetField(0, n.constData());
        feature.SetField(1, kDistricts[i % 10]);
        feature.SetField(2, int(random.bounded(200, 60000)));
        const double x = 500000 + (i % side) * 250.0, y = 4100000 + (i / side) * 250.0;
        OGRLinearRing ring;
        ring.addPoint(x, y);
        ring.addPoint(x + 200, y);
        ring.addPoint(x + 200, y + 200);
        ring.addPoint(x, y + 200);
        ring.addPoint(x, y);
        OGRPolygon polygon;
        polygon.addRing(&ring);
        feature.SetGeometry(&polygon);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return false;
    }
    return ds->CommitTransaction() == OGRERR_NONE;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    ensureGdal();
    const int features = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("kaynak.gpkg"));
    QElapsedTimer timer;
    timer.start();
    if (!writeSource(source, features)) {
        out << "could not write the source layer\n";
        return 1;
    }
    out << features << " features written in " << qRound(ms(timer)) << " ms\n";

    auto options = Crs::newProject(QStringLiteral("Bench"), QString(), 5256);
    auto project = Project::create(dir.filePath(QStringLiteral("p.gpkg")), *options);
    if (!project) {
        out << project.error().toString() << '\n';
        return 1;
    }
    ImportOptions import;
    import.path = source;
    import.role = LayerRole::MuhtarDistrict;
    import.name = QStringLiteral("Mahalleler");
    timer.restart();
    auto report = LayerImporter::run(**project, import);
    if (!report) {
        out << report.error().toString() << '\n';
        return 1;
    }
    out << "imported in " << qRound(ms(timer)) << " ms\n\n";
    LayerInfo layer;
    for (const LayerInfo &l : (*project)->layers())
        if (l.id == report->layerId)
            layer = l;
    Database &db = (*project)->db();

    // Ours: the model as the window opens and uses it.
    timer.restart();
    AttributeTableModel model(db, layer);
    (void)model.reload();
    const double open = ms(timer);
    const int shown = model.rowCount();
    timer.restart();
    for (int r = 0; r < 40; ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            (void)model.data(model.index(r, c));
    const double firstScreen = ms(timer);
    QRandomGenerator random(7);
    timer.restart();
    for (int jump = 0; jump < 200; ++jump) {
        const int top = int(random.bounded(std::max(1, model.rowCount() - 40)));
        for (int r = top; r < top + 40; ++r)
            (void)model.data(model.index(r, 1));
    }
    const double scroll = ms(timer) / 200;
    int nameColumn = -1, populationColumn = -1;
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.columnKey(c) == u"area.name")
            nameColumn = c;
        if (model.columnKey(c) == u"field.nufus")
            populationColumn = c;
    }
    timer.restart();
    model.sort(nameColumn, Qt::AscendingOrder);
    (void)model.data(model.index(0, nameColumn));
    const double sortName = ms(timer);
    timer.restart();
    model.sort(populationColumn, Qt::DescendingOrder);
    (void)model.data(model.index(0, populationColumn));
    const double sortNumber = ms(timer);
    timer.restart();
    (void)model.setFilter(QStringLiteral("ilçe = Eyyübiye AND nufus >= 5000"));
    const double filter = ms(timer);
    const int kept = model.rowCount();

    // The reference: everything read before the first row shows, then sorted in memory.
    timer.restart();
    auto all = db.prepareWith("SELECT * FROM %1", {*Identifier::make(layer.tableName)});
    std::vector<QVariantList> rows;
    (void)all->forEachRow([&] {
        QVariantList row;
        for (int c = 0; c < all->columnCount(); ++c)
            row.append(all->value(c));
        rows.push_back(std::move(row));
    });
    const double naiveOpen = ms(timer);
    QCollator collator(QLocale(QLocale::Turkish, QLocale::Turkey));
    collator.setNumericMode(true);
    timer.restart();
    std::sort(rows.begin(), rows.end(), [&](const QVariantList &a, const QVariantList &b) {
        return collator.compare(a.value(2).toString(), b.value(2).toString()) < 0;
    });
    const double naiveSort = ms(timer);

    auto line = [&](const char *what, double ours, double reference) {
        out << QString::fromUtf8(what).leftJustified(42)
            << QString::number(ours, 'f', 1).rightJustified(9) << " ms";
        if (reference > 0)
            out << "   reference " << QString::number(reference, 'f', 1).rightJustified(9)
                << " ms   ratio " << QString::number(ours / reference, 'f', 3);
        out << '\n';
    };
    out << "attribute table of " << shown << " rows\n";
    line("open (feature numbers in order)", open, naiveOpen);
    line("first screen (40 rows, all columns)", firstScreen, 0);
    line("scroll: one jump of 40 rows", scroll, 0);
    line("sort by name (Turkish collation)", sortName, naiveOpen + naiveSort);
    line("sort by population", sortNumber, 0);
    line("filter ilçe = Eyyübiye AND nufus >= 5000", filter, 0);
    out << "the filter keeps " << kept << " rows; pages read: " << model.pageReads() << '\n';
    return 0;
}
