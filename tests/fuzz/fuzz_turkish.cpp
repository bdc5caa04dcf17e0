// Turkish folding, case and the fuzzy matcher's edit distance.
#include "core/figures.h"
#include "core/text/turkish.h"
#include "tests/fuzz/fuzz.h"

using namespace geisep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, std::min<std::size_t>(size, 4096)));
    const QString folded = foldTurkish(text);
    // Folded names are plain: no capitals, no dotted or dotless i left unfolded.
    for (const QChar c : folded)
        FUZZ_CHECK(c != u'İ' && c != u'I' && c != u'ı');
    FUZZ_CHECK(turkishLower(turkishUpper(text)).size() >= 0);
    const QString slug = asciiSlug(text, QStringLiteral("katman"));
    FUZZ_CHECK(!slug.isEmpty() && slug.size() <= 40);
    for (const QChar c : slug)
        FUZZ_CHECK(c.unicode() < 128);

    // Edit distance: symmetric, zero only for equal names, never more than the longer one.
    const qsizetype half = std::min<qsizetype>(text.size() / 2, 200);
    const QStringView a = QStringView(text).left(half);
    const QStringView b = QStringView(text).mid(half).left(200);
    const int d = levenshtein(a, b);
    FUZZ_CHECK(d == levenshtein(b, a));
    FUZZ_CHECK(d <= std::max(a.size(), b.size()) && d >= std::abs(a.size() - b.size()));
    FUZZ_CHECK((d == 0) == (a == b));
    return 0;
}
