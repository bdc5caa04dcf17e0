// Encoding detection and decoding of the bytes of CSV, DBF and text files.
#include "core/text/textcodec.h"
#include "tests/fuzz/fuzz.h"

using namespace geisep;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const EncodingGuess guess = detectEncoding(input);
    FUZZ_CHECK(!guess.reason.isEmpty());
    for (const auto encoding : {TextEncoding::Utf8, TextEncoding::Cp1254, TextEncoding::Iso8859_9,
                                TextEncoding::Latin1}) {
        const QString text = decode(input, encoding);
        // The single-byte encodings give one character a byte.
        if (encoding != TextEncoding::Utf8)
            FUZZ_CHECK(text.size() == input.size());
        FUZZ_CHECK(encodingFromName(encodingName(encoding)) == encoding);
    }
    // Text that is valid UTF-8 is read as UTF-8 and decoded as Qt decodes it.
    if (guess.encoding == TextEncoding::Utf8)
        FUZZ_CHECK(decode(input, TextEncoding::Utf8) == QString::fromUtf8(input)
                   || input.startsWith("\xEF\xBB\xBF"));
    (void)encodingFromName(QString::fromLatin1(input.left(32)));
    return 0;
}
