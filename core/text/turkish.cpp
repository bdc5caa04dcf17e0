#include "core/text/turkish.h"

#include <QStringList>

namespace geisep {

namespace {

// Folds one character to lower-case ASCII where it has a Turkish or Latin base letter.
// Returns QChar() for characters to drop (combining marks).
QChar foldChar(QChar c)
{
    switch (c.unicode()) {
    case u'İ':
    case u'I':
    case u'ı':
    case u'î':
    case u'Î':
        return u'i';
    case u'Ş':
    case u'ş':
        return u's';
    case u'Ğ':
    case u'ğ':
        return u'g';
    case u'Ç':
    case u'ç':
        return u'c';
    case u'Ö':
    case u'ö':
        return u'o';
    case u'Ü':
    case u'ü':
    case u'û':
    case u'Û':
        return u'u';
    case u'Â':
    case u'â':
        return u'a';
    default:
        break;
    }
    if (c.unicode() < 128)
        return c.toLower();
    if (c.category() == QChar::Mark_NonSpacing)
        return QChar();
    // Other accented Latin letters (é, à, …): take the base letter of the decomposition.
    const QString decomposed = c.decomposition();
    if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 128)
        return decomposed.at(0).toLower();
    return c.toLower();
}

bool isDroppedWord(QStringView word)
{
    return word == u"mahallesi" || word == u"mahalle" || word == u"mah" || word == u"mh"
           || word == u"mahallesı";
}

} // namespace

QString foldTurkish(QStringView text)
{
    // Compose first so "I" + combining dot above (U+0307) counts as one İ.
    const QString composed = text.toString().normalized(QString::NormalizationForm_C);
    QString folded;
    folded.reserve(composed.size());
    for (QChar c : composed) {
        const QChar f = foldChar(c);
        if (f.isNull())
            continue;
        folded.append(f.isLetterOrNumber() ? f : QChar(u' '));
    }
    QStringList words;
    for (QStringView word : QStringView(folded).split(u' ', Qt::SkipEmptyParts))
        if (!isDroppedWord(word))
            words.append(word.toString());
    return words.join(u' ');
}

QString turkishUpper(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'i')
            out.append(u'İ');
        else if (c == u'ı')
            out.append(u'I');
        else
            out.append(c.toUpper());
    }
    return out;
}

QString turkishLower(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'I')
            out.append(u'ı');
        else if (c == u'İ')
            out.append(u'i');
        else
            out.append(c.toLower());
    }
    return out;
}

QString asciiSlug(const QString &text, const QString &fallback, qsizetype maxLength)
{
    const QString composed = text.normalized(QString::NormalizationForm_C);
    QString out;
    for (QChar c : composed) {
        const QChar f = foldChar(c);
        if (f.isNull())
            continue;
        if ((f >= u'a' && f <= u'z') || (f >= u'0' && f <= u'9'))
            out.append(f);
        else if (!out.isEmpty() && !out.endsWith(u'_'))
            out.append(u'_');
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    if (out.isEmpty())
        out = fallback;
    if (!out.isEmpty() && out.at(0).isDigit())
        out.prepend(fallback.left(1) + QLatin1Char('_'));
    out.truncate(maxLength);
    while (out.endsWith(u'_'))
        out.chop(1);
    return out;
}

QString uniqueSlug(const QString &text, const QString &fallback,
                   const std::function<bool(const QString &)> &taken)
{
    constexpr qsizetype kMax = 40;
    QString name = asciiSlug(text, fallback, kMax);
    for (int n = 2; taken(name); ++n) {
        const QString suffix = QLatin1Char('_') + QString::number(n);
        name = asciiSlug(text, fallback, kMax - suffix.size()) + suffix;
    }
    return name;
}

} // namespace geisep
