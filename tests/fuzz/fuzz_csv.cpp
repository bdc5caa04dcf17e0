// CSV tables as planners receive them, and numbers typed the Turkish way.
#include "core/text/csv.h"
#include "tests/fuzz/fuzz.h"

using namespace geisep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    for (const auto mode : {CsvReader::Mode::Strict, CsvReader::Mode::Quotes}) {
        const auto table = CsvReader::parse(input, QStringLiteral("fuzz.csv"), std::nullopt, mode);
        if (!table) {
            FUZZ_CHECK(!table.error().message.isEmpty());
            continue;
        }
        FUZZ_CHECK(table->lines.size() == table->rows.size());
        int previous = 1;
        for (qsizetype r = 0; r < table->rows.size(); ++r) {
            // Strict tables are rectangular; rows start on later and later lines.
            if (mode == CsvReader::Mode::Strict)
                FUZZ_CHECK(table->rows[r].size() == table->header.size());
            FUZZ_CHECK(table->lines[r] > previous);
            previous = table->lines[r];
            for (const QString &cell : table->rows[r].mid(0, 8))
                (void)parseNumber(cell);
        }
        for (const QString &name : table->header.mid(0, 8))
            FUZZ_CHECK(table->column(name) >= 0);
    }
    // A number read back from how the writer writes it is the same number.
    if (const auto value = parseNumber(QString::fromUtf8(input.left(64)))) {
        FUZZ_CHECK(std::isfinite(*value));
        const auto again = parseNumber(CsvWriter::number(*value, 6, u';'));
        FUZZ_CHECK(again.has_value());
    }
    return 0;
}
