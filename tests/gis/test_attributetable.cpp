// The attribute table's model on the sample's 330 mahalle: columns labelled, rows read a page at
// a time, sorted as numbers and in Turkish order, filtered in the atlas filter's language.
#include "core/project.h"
#include "gis/edit/attributetable.h"
#include "tests/support/support.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QFile>
#include <QLocale>

#include <catch2/catch.hpp>

#include <limits>

using namespace geisep;

namespace {

struct Sample
{
    test::TempDir dir;
    std::unique_ptr<Project> project;
    LayerInfo areas;
    Sample()
    {
        const QString path = dir.path(QStringLiteral("ornek.gpkg"));
        REQUIRE(QFile::copy(test::samplePath(), path));
        auto opened = Project::open(path);
        REQUIRE(opened);
        project = std::move(*opened);
        for (const LayerInfo &l : project->layers())
            if (l.role == LayerRole::MuhtarDistrict)
                areas = l;
        REQUIRE(areas.id > 0);
    }
};

int columnOf(const AttributeTableModel &model, const QString &key)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.columnKey(c) == key)
            return c;
    return -1;
}

} // namespace

TEST_CASE("The attribute table lists every feature with its fields, the area's names and its "
          "figures, read a page at a time",
          "[attributes]")
{
    Sample s;
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Turkish, QLocale::Turkey));
    AttributeTableModel model(s.project->db(), s.areas);
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 330);
    CHECK(model.pageReads() == 0); // opening reads no values
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int reads = model.pageReads(); // the tester looked at the first rows

    const int name = columnOf(model, QStringLiteral("area.name"));
    const int district = columnOf(model, QStringLiteral("area.district"));
    const int population = columnOf(model, QStringLiteral("figure.population.2023"));
    REQUIRE(name > 0);
    REQUIRE(district > 0);
    REQUIRE(population > 0);
    CHECK(columnOf(model, QStringLiteral("field.quarterid")) > 0);
    CHECK(columnOf(model, QStringLiteral("field.geom")) < 0);
    // Known columns in the window's language, never a raw key.
    CHECK(model.headerData(name, Qt::Horizontal).toString() == u"Ad");
    CHECK(model.headerData(district, Qt::Horizontal).toString() == u"İlçe");
    CHECK(model.headerData(population, Qt::Horizontal).toString() == u"Nüfus (2023)");

    // A row far down reads one page; the rows of that page come without another read.
    const QModelIndex far = model.index(300, name);
    CHECK_FALSE(model.data(far).toString().isEmpty());
    CHECK(model.pageReads() == reads + 1);
    (void)model.data(model.index(290, district));
    CHECK(model.pageReads() == reads + 1);
    // The value shown is the stored one: a row's feature number finds its area's name.
    auto stmt
        = s.project->db().prepare("SELECT name FROM geisep_areas WHERE layer_id = ? AND fid = ?");
    REQUIRE(stmt);
    stmt->bind(1, s.areas.id).bind(2, model.fidAt(300));
    REQUIRE(stmt->step().value());
    CHECK(model.data(far).toString() == stmt->text(0));
    QLocale::setDefault(before);
}

TEST_CASE("The attribute table sorts numbers by value and names in Turkish order", "[attributes]")
{
    Sample s;
    AttributeTableModel model(s.project->db(), s.areas);
    REQUIRE(model.reload());
    const int name = columnOf(model, QStringLiteral("area.name"));
    const int population = columnOf(model, QStringLiteral("figure.population.2023"));

    model.sort(name, Qt::AscendingOrder);
    REQUIRE(model.rowCount() == 330);
    QCollator turkish(QLocale(QLocale::Turkish, QLocale::Turkey));
    turkish.setNumericMode(true);
    turkish.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.data(model.index(r, name)).toString();
    for (int r = 1; r < names.size(); ++r) {
        INFO(names[r - 1].toStdString() << " / " << names[r].toStdString());
        CHECK(turkish.compare(names[r - 1], names[r]) <= 0);
    }
    // Ç after every C, Ş after every S, İ/I as Turkish has them.
    const auto lastStarting = [&](QChar c) {
        qsizetype at = -1;
        for (qsizetype i = 0; i < names.size(); ++i)
            if (names[i].startsWith(c))
                at = i;
        return at;
    };
    const auto firstStarting = [&](QChar c) {
        for (qsizetype i = 0; i < names.size(); ++i)
            if (names[i].startsWith(c))
                return i;
        return qsizetype(-1);
    };
    REQUIRE(firstStarting(u'Ç') >= 0);
    CHECK(firstStarting(u'Ç') > lastStarting(u'C'));
    CHECK(firstStarting(u'D') > lastStarting(u'Ç'));
    REQUIRE(firstStarting(u'Ş') >= 0);
    CHECK(firstStarting(u'Ş') > lastStarting(u'S'));

    model.sort(population, Qt::DescendingOrder);
    double previous = std::numeric_limits<double>::infinity();
    int known = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QVariant v = model.data(model.index(r, population), Qt::EditRole);
        if (v.isNull())
            continue;
        ++known;
        CHECK(v.toDouble() <= previous);
        previous = v.toDouble();
    }
    const auto biggest = s.project->db().queryInt(
        "SELECT max(value) FROM geisep_area_figures WHERE variable = 'population'");
    REQUIRE(biggest);
    CHECK(model.data(model.index(0, population), Qt::EditRole).toDouble() == *biggest);
    const auto withPopulation = s.project->db().queryInt(
        "SELECT count(*) FROM geisep_area_figures WHERE variable = 'population' AND period = 2023");
    REQUIRE(withPopulation);
    CHECK(known == *withPopulation); // the rest, without a figure, come last
    CHECK(model.data(model.index(model.rowCount() - 1, population), Qt::EditRole).isNull());
}

TEST_CASE("The attribute table filters in the atlas filter's language, in either language",
          "[attributes]")
{
    Sample s;
    AttributeTableModel model(s.project->db(), s.areas);
    REQUIRE(model.reload());
    const auto expected = s.project->db().queryInt(
        "SELECT count(*) FROM geisep_areas a JOIN geisep_area_figures f ON f.area_id = a.id AND "
        "f.variable = 'population' AND f.period = 2023 WHERE a.district = 'Şahinbey' AND f.value "
        ">= 5000");
    REQUIRE(expected);
    REQUIRE(*expected > 10);
    for (const QString &filter : {QStringLiteral("ilçe = Şahinbey AND nüfus >= 5000"),
                                  QStringLiteral("district = 'Şahinbey' AND population >= 5000"),
                                  QStringLiteral("İLÇE = şahinbey and Nüfus >= 5000")}) {
        INFO(filter.toStdString());
        REQUIRE(model.setFilter(filter));
        CHECK(model.rowCount() == *expected);
    }
    // A bad filter is refused with where and why; the rows stay as they were.
    const auto bad = model.setFilter(QStringLiteral("yükseklik > 3"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(u"yükseklik"));
    CHECK(model.rowCount() == *expected);
    // Only the selected features.
    REQUIRE(model.setFilter(QString()));
    model.setOnlyFeatures({model.fidAt(5), model.fidAt(7)});
    CHECK(model.rowCount() == 2);
}
