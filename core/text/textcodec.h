#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace geisep {

// The text encodings Turkish GIS and spreadsheet files come in, decoded without ICU so the
// result is the same on every machine.
enum class TextEncoding { Utf8, Cp1254, Iso8859_9, Latin1 };

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    // Why: "utf-8 (valid)", "cp1254 (Turkish letters in 8-bit form)", "latin-1 (no Turkish
    // letters)"; shown in import reports.
    QString reason;
};

// Decides between UTF-8, CP1254 and Latin-1 from sample bytes: valid UTF-8 with any 8-bit byte
// is UTF-8; otherwise the bytes that CP1254 reads as ş ğ ı İ Ş Ğ (and Latin-1 as the mojibake
// þ ð ý Ý Þ Ð, the tell of "Þanlýurfa") make it CP1254; plain Latin-1 only without them.
EncodingGuess detectEncoding(const QByteArray &sample);

QString decode(const QByteArray &bytes, TextEncoding encoding);

// Names people and files use: "UTF-8", "utf8", "CP1254", "windows-1254", "1254", "ISO-8859-9",
// "LATIN5", "ISO-8859-1", "LATIN1"; nullopt when unknown.
// Text back into bytes of `encoding` (for a filter written against a file in CP1254); a
// character the encoding lacks becomes '?'.
QByteArray encode(const QString &text, TextEncoding encoding);
std::optional<TextEncoding> encodingFromName(const QString &name);
QString encodingName(TextEncoding encoding); // "UTF-8", "CP1254", "ISO-8859-9", "ISO-8859-1"

} // namespace geisep
