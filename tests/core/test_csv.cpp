#include "core/text/csv.h"
#include "core/text/textcodec.h"

#include <catch2/catch.hpp>

using namespace geisep;

TEST_CASE("CSV from Turkish Excel: CP1254, semicolons, quotes, dotted thousands", "[csv]")
{
    // "İl;İlçe;Mahalle;Nüfus 2023" in CP1254, as Turkish Excel saves "CSV (noktalı virgülle)".
    QByteArray bytes = "\335l;\335l\347"
                       "e;Mahalle;N\374"
                       "fus 2023\r\n"
                       "\336anl\375urfa;Eyy\374"
                       "biye;\"Ak\347"
                       "ak\366y; Merkez\";12.450\r\n"
                       "Gaziantep;\336"
                       "ahinbey;\"\335N\326N\334"
                       " \"\"Mh.\"\"\";1.234.567\r\n";
    auto table = CsvReader::parse(bytes, QStringLiteral("t.csv"));
    REQUIRE(table);
    CHECK(table->encoding == TextEncoding::Cp1254);
    CHECK(table->separator == u';');
    CHECK(table->header
          == QStringList({QStringLiteral("İl"), QStringLiteral("İlçe"), QStringLiteral("Mahalle"),
                          QStringLiteral("Nüfus 2023")}));
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0][0] == QStringLiteral("Şanlıurfa"));
    CHECK(table->rows[0][2] == QStringLiteral("Akçaköy; Merkez"));
    CHECK(table->rows[1][2] == QStringLiteral("İNÖNÜ \"Mh.\""));
    CHECK(table->lines == QList<int>({2, 3}));
    CHECK(table->column(QStringLiteral("NUFUS 2023")) == 3);
    CHECK(table->column(QStringLiteral("ilce")) == 1);
    CHECK(parseNumber(table->rows[0][3]) == 12450.0);
    CHECK(parseNumber(table->rows[1][3]) == 1234567.0);
}

TEST_CASE("UTF-8 with a BOM, commas, a line break inside quotes", "[csv]")
{
    const QByteArray bytes = "\357\273\277il,ilce,mahalle,not\n"
                             "Erzurum,Yakutiye,\"Lalapaşa\",\"iki\nsatır\"\n"
                             "Erzurum,Palandöken,Yunus Emre,\n";
    auto table = CsvReader::parse(bytes, QStringLiteral("t.csv"));
    REQUIRE(table);
    CHECK(table->encoding == TextEncoding::Utf8);
    CHECK(table->separator == u',');
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0][3] == QStringLiteral("iki\nsatır"));
    CHECK(table->lines == QList<int>({2, 4}));
    CHECK(table->rows[1][3].isEmpty());
}

TEST_CASE("Broken CSV is refused with the line to look at", "[csv]")
{
    auto broken = CsvReader::parse("a,b\n1,2\n3,\"4\n5,6\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(QStringLiteral("Line 3")));
    CHECK(broken.error().file == u"t.csv");

    auto ragged = CsvReader::parse("a;b;c\n1;2;3\n4;5\n", QStringLiteral("t.csv"));
    REQUIRE_FALSE(ragged);
    CHECK(ragged.error().message.contains(QStringLiteral("Line 3 has 2 fields")));

    auto notUtf8 = CsvReader::parse("il;ad\n\336"
                                    "anl\375urfa;x\n",
                                    QStringLiteral("t.csv"), TextEncoding::Utf8);
    REQUIRE_FALSE(notUtf8);
    CHECK(notUtf8.error().message.contains(QStringLiteral("Line 2")));
    CHECK(notUtf8.error().hint.contains(QStringLiteral("CP1254")));

    CHECK_FALSE(CsvReader::parse(QByteArray("PK\003\004\0\0", 6), QStringLiteral("x.csv")));
}

TEST_CASE("Numbers as people type them", "[csv]")
{
    using Case = std::pair<QString, std::optional<double>>;
    const auto [text, expected] = GENERATE(
        Case{QStringLiteral("12450"), 12450.0}, Case{QStringLiteral("12.450"), 12450.0},
        Case{QStringLiteral("1.234.567"), 1234567.0}, Case{QStringLiteral("3,5"), 3.5},
        Case{QStringLiteral("1.234,5"), 1234.5}, Case{QStringLiteral("1,234.5"), 1234.5},
        Case{QStringLiteral("12,450"), 12.45}, Case{QStringLiteral("0,125"), 0.125},
        Case{QStringLiteral("12.5"), 12.5}, Case{QStringLiteral(" 45 219 "), 45219.0},
        Case{QStringLiteral("-7"), -7.0}, Case{QStringLiteral("abc"), std::nullopt},
        Case{QStringLiteral("1.2.3"), std::nullopt}, Case{QStringLiteral(""), std::nullopt});
    INFO(text.toStdString());
    CHECK(parseNumber(text) == expected);
}

TEST_CASE("Encoding detection tells CP1254 from UTF-8 and Latin-1", "[csv]")
{
    CHECK(detectEncoding("plain").encoding == TextEncoding::Utf8);
    CHECK(detectEncoding(QStringLiteral("Şanlıurfa").toUtf8()).encoding == TextEncoding::Utf8);
    CHECK(detectEncoding("\336"
                         "anl\375urfa")
              .encoding
          == TextEncoding::Cp1254);
    CHECK(detectEncoding("caf\351").encoding == TextEncoding::Latin1);
    CHECK(decode("\336"
                 "anl\375urfa \335n\366n\374 A\360"
                 "a\347",
                 TextEncoding::Cp1254)
          == QStringLiteral("Şanlıurfa İnönü Ağaç"));
    // The mojibake a Latin-1 reading makes of it, which the detection avoids.
    CHECK(decode("\336"
                 "anl\375urfa",
                 TextEncoding::Latin1)
          == QStringLiteral("Þanlýurfa"));
    CHECK(encodingFromName(QStringLiteral("windows-1254")) == TextEncoding::Cp1254);
    CHECK(encodingFromName(QStringLiteral("1254")) == TextEncoding::Cp1254);
    CHECK_FALSE(encodingFromName(QStringLiteral("klingon")));
}
