// Layer styles and page layouts as the project stores them (JSON in geisep_styles and
// geisep_layouts), which a damaged or hand-edited file may hold in any shape.
#include "core/layout.h"
#include "gis/map/style.h"
#include "tests/fuzz/fuzz.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace geisep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();

    // A style reads whatever it is given, and what it writes reads back the same.
    const LayerStyle style = LayerStyle::fromJson(json);
    const QJsonObject written = style.toJson();
    FUZZ_CHECK(LayerStyle::fromJson(written).toJson() == written);

    // A layout is refused with a message, or read; what it writes reads back.
    const auto layout = Layout::fromJson(json);
    if (!layout) {
        FUZZ_CHECK(!layout.error().message.isEmpty());
        return 0;
    }
    const QJsonObject saved = layout->toJson();
    const auto again = Layout::fromJson(saved);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->toJson() == saved);
    return 0;
}
