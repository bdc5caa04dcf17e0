// GeoPackage geometry blobs and the WKB walker the renderer and the spatial index use.
#include "core/gpkg.h"
#include "tests/fuzz/fuzz.h"

using namespace geisep;
using namespace geisep::gpkg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray blob = fuzz::bytes(data, size);
    const auto walk = [](const char *wkb, qsizetype n) {
        qsizetype rings = 0, vertices = 0;
        const bool ok = walkWkb(
            wkb, n, [&](qsizetype) { ++rings; }, [&](double, double) { ++vertices; });
        // Every vertex takes at least 16 bytes of the input.
        FUZZ_CHECK(vertices <= n / 16);
        // The envelope reader agrees with the walker on what is well formed.
        const auto envelope = wkbEnvelope(wkb, n);
        if (envelope)
            FUZZ_CHECK(ok);
        (void)rings;
    };
    walk(blob.constData(), blob.size());
    if (const auto header = decodeHeader(blob)) {
        FUZZ_CHECK(header->wkbOffset >= 8 && header->wkbOffset <= blob.size());
        walk(blob.constData() + header->wkbOffset, blob.size() - header->wkbOffset);
    }
    return 0;
}
