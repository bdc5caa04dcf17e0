#include "core/text/textcodec.h"

#include <QHash>

#include <QCoreApplication>

namespace geisep {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TextCodec)
};

// CP1254 0x80–0x9F (Windows additions); 0 where the code point is unassigned.
constexpr char16_t kCp1254High[32]
    = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0,      0,      0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0,      0x0178};

// Where ISO-8859-9 (and CP1254) differ from Latin-1 in 0xA0–0xFF: the six Turkish letters.
char16_t turkishLetter(unsigned char b)
{
    switch (b) {
    case 0xD0:
        return u'Ğ';
    case 0xDD:
        return u'İ';
    case 0xDE:
        return u'Ş';
    case 0xF0:
        return u'ğ';
    case 0xFD:
        return u'ı';
    case 0xFE:
        return u'ş';
    default:
        return 0;
    }
}

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= n && extra > 0)
            return false; // cut off in the middle of a character
        for (int k = 1; k <= extra; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += 1 + extra;
    }
    return true;
}

} // namespace

EncodingGuess detectEncoding(const QByteArray &sample)
{
    bool high = false;
    for (char c : sample)
        if (static_cast<unsigned char>(c) >= 0x80) {
            high = true;
            break;
        }
    if (!high)
        return {TextEncoding::Utf8, Text::tr("UTF-8 (plain ASCII)")};
    if (isValidUtf8(sample))
        return {TextEncoding::Utf8, Text::tr("UTF-8 (valid multi-byte text)")};
    int turkish = 0;
    for (char c : sample)
        if (turkishLetter(static_cast<unsigned char>(c)))
            ++turkish;
    if (turkish > 0)
        return {TextEncoding::Cp1254,
                Text::tr("CP1254 (%1 Turkish letters in 8-bit form)").arg(turkish)};
    return {TextEncoding::Latin1, Text::tr("ISO-8859-1 (8-bit text without Turkish letters)")};
}

QString decode(const QByteArray &bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8)
        return QString::fromUtf8(bytes);
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80) {
            out.append(QChar(char16_t(b)));
        } else if (b < 0xA0) {
            const char16_t w = encoding == TextEncoding::Cp1254 ? kCp1254High[b - 0x80] : 0;
            out.append(w ? QChar(w) : QChar(char16_t(b)));
        } else if (encoding != TextEncoding::Latin1 && turkishLetter(b)) {
            out.append(QChar(turkishLetter(b)));
        } else {
            out.append(QChar(char16_t(b)));
        }
    }
    return out;
}

QByteArray encode(const QString &text, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8)
        return text.toUtf8();
    QHash<char16_t, char> back;
    for (int b = 0x80; b <= 0xFF; ++b)
        back.insert(decode(QByteArray(1, char(b)), encoding).at(0).unicode(), char(b));
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(c.unicode() < 0x80 ? char(c.unicode()) : back.value(c.unicode(), '?'));
    return out;
}

std::optional<TextEncoding> encodingFromName(const QString &name)
{
    QString n = name.trimmed().toUpper();
    n.remove(u'-');
    n.remove(u'_');
    n.remove(u' ');
    if (n == u"UTF8" || n == u"65001")
        return TextEncoding::Utf8;
    if (n == u"CP1254" || n == u"WINDOWS1254" || n == u"1254" || n == u"ANSI1254")
        return TextEncoding::Cp1254;
    if (n == u"ISO88599" || n == u"LATIN5" || n == u"88599")
        return TextEncoding::Iso8859_9;
    if (n == u"ISO88591" || n == u"LATIN1" || n == u"CP1252" || n == u"WINDOWS1252" || n == u"1252")
        return TextEncoding::Latin1;
    return std::nullopt;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Cp1254:
        return QStringLiteral("CP1254");
    case TextEncoding::Iso8859_9:
        return QStringLiteral("ISO-8859-9");
    case TextEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return {};
}

} // namespace geisep
