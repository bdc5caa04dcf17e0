// The field calculator's expressions: arithmetic in the usual order, text joined, empty fields
// and division by zero giving empty values, fields named the Turkish way, mistakes placed.
#include "core/text/fieldexpression.h"

#include <QHash>

#include <catch2/catch.hpp>

using namespace geisep;

namespace {

const std::vector<AtlasFilter::Field> kFields = {
    {QStringLiteral("persons"), {QStringLiteral("persons"), QStringLiteral("Kişi sayısı")}},
    {QStringLiteral("households"), {QStringLiteral("households"), QStringLiteral("hane")}},
    {QStringLiteral("name"), {QStringLiteral("name"), QStringLiteral("ad")}},
    {QStringLiteral("district"), {QStringLiteral("district"), QStringLiteral("ilçe")}},
    {QStringLiteral("population"), {QStringLiteral("Nüfus (2023)"), QStringLiteral("nüfus")}},
};

QVariant eval(const QString &text, const QHash<QString, QVariant> &row)
{
    auto e = FieldExpression::parse(text, kFields);
    INFO(text.toStdString() << " → " << (e ? "" : e.error().message.toStdString()));
    REQUIRE(e);
    return e->evaluate([&](const QString &key) { return row.value(key); });
}

} // namespace

TEST_CASE("Field expressions compute in the usual order and name fields the Turkish way",
          "[fieldexpression]")
{
    const QHash<QString, QVariant> row{{QStringLiteral("persons"), qint64(37)},
                                       {QStringLiteral("households"), qint64(8)},
                                       {QStringLiteral("name"), QStringLiteral("Karagöz")},
                                       {QStringLiteral("district"), QStringLiteral("Şahinbey")},
                                       {QStringLiteral("population"), 12345.0}};
    CHECK(eval(QStringLiteral("8"), row).toDouble() == 8);
    CHECK(eval(QStringLiteral("1 + 2 * 3"), row).toDouble() == 7);
    CHECK(eval(QStringLiteral("(1 + 2) * 3"), row).toDouble() == 9);
    CHECK(eval(QStringLiteral("-2 * -3 - 1"), row).toDouble() == 5);
    CHECK(eval(QStringLiteral("10 / 4"), row).toDouble() == 2.5);
    CHECK(eval(QStringLiteral("persons / households"), row).toDouble() == Approx(4.625));
    CHECK(eval(QStringLiteral("\"Kişi sayısı\" / HANE"), row).toDouble() == Approx(4.625));
    CHECK(eval(QStringLiteral("round(persons / households, 1)"), row).toDouble() == Approx(4.6));
    CHECK(eval(QStringLiteral("round(nüfus * 0.12)"), row).toDouble() == 1481);
    CHECK(eval(QStringLiteral("round(\"Nüfus (2023)\", -2)"), row).toDouble() == 12300);
    CHECK(eval(QStringLiteral("abs(households - persons)"), row).toDouble() == 29);
    CHECK(eval(QStringLiteral("ad || ' (' || İLÇE || ')'"), row).toString()
          == u"Karagöz (Şahinbey)");
    CHECK(eval(QStringLiteral("'Konteyner kent'"), row).toString() == u"Konteyner kent");
    CHECK(eval(QStringLiteral("households || ' hane'"), row).toString() == u"8 hane");
    CHECK(eval(QStringLiteral("persons * 1.5"), row).toDouble() == Approx(55.5));
}

TEST_CASE("An empty field or a division by zero gives an empty value, coalesce a fallback",
          "[fieldexpression]")
{
    const QHash<QString, QVariant> row{{QStringLiteral("persons"), qint64(37)},
                                       {QStringLiteral("households"), qint64(0)},
                                       {QStringLiteral("name"), QString()}};
    CHECK(eval(QStringLiteral("persons / households"), row).isNull());
    CHECK(eval(QStringLiteral("persons + nüfus"), row).isNull());
    CHECK(eval(QStringLiteral("ad || 'x'"), row).isNull());
    CHECK(eval(QStringLiteral("coalesce(nüfus, persons * 2)"), row).toDouble() == 74);
    CHECK(eval(QStringLiteral("coalesce(ad, 'adsız')"), row).toString() == u"adsız");
    // Text that holds a number written either way counts as the number.
    const QHash<QString, QVariant> text{{QStringLiteral("persons"), QStringLiteral("12,5")},
                                        {QStringLiteral("households"), QStringLiteral("2.5")}};
    CHECK(eval(QStringLiteral("persons * households"), text).toDouble() == Approx(31.25));
}

TEST_CASE("A mistake in a field expression is refused with where it is", "[fieldexpression]")
{
    const auto refused = [](const QString &text) {
        auto e = FieldExpression::parse(text, kFields);
        REQUIRE_FALSE(e);
        return e.error().message + u' ' + e.error().hint;
    };
    CHECK(refused(QStringLiteral("okul * 2")).contains(QStringLiteral("\"okul\" (character 1)")));
    CHECK(refused(QStringLiteral("okul * 2"))
              .contains(QStringLiteral("Fields: persons, households")));
    CHECK(refused(QStringLiteral("persons *")).contains(QStringLiteral("character 10")));
    CHECK(refused(QStringLiteral("(persons + 1")).contains(QStringLiteral("not closed")));
    CHECK(refused(QStringLiteral("'açık")).contains(QStringLiteral("quote")));
    CHECK(refused(QStringLiteral("sqrt(persons)")).contains(QStringLiteral("round")));
    CHECK(refused(QStringLiteral("round()")).contains(QStringLiteral("round()")));
    CHECK(refused(QStringLiteral("persons ; 1")).contains(QStringLiteral("character 9")));
    CHECK(refused(QStringLiteral("12,5 * 2")).contains(QStringLiteral("Unexpected")));
    CHECK(refused(QString()).contains(QStringLiteral("empty")));
    QString deep;
    for (int i = 0; i < 200; ++i)
        deep += u'-';
    CHECK(refused(deep + QStringLiteral("1")).contains(QStringLiteral("deeper")));
}
