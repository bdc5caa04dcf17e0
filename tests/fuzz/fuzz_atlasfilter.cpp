// The atlas filter a planner types: `ilçe = Şahinbey AND nüfus >= 5000`.
#include "core/text/atlasfilter.h"
#include "tests/fuzz/fuzz.h"

#include <QVariant>

using namespace geisep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, std::min<std::size_t>(size, 2048)));
    const auto filter = AtlasFilter::parse(text, AtlasFilter::areaFields());
    if (!filter) {
        FUZZ_CHECK(!filter.error().message.isEmpty());
        return 0;
    }
    const auto area = [](const QString &key) -> QVariant {
        if (key == u"name")
            return QStringLiteral("İnönü Mah.");
        if (key == u"district")
            return QStringLiteral("Şahinbey");
        if (key == u"province")
            return QStringLiteral("Gaziantep");
        if (key == u"population")
            return 5000;
        if (key == u"pressure")
            return 62.5;
        return {};
    };
    // Deterministic: the same area is accepted or refused the same way twice.
    const bool once = filter->accepts(area);
    FUZZ_CHECK(once == filter->accepts(area));
    (void)filter->accepts([](const QString &) { return QVariant(); });
    return 0;
}
