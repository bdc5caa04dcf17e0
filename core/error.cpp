#include "core/error.h"

namespace geisep {

QString Error::toString() const
{
    QString text;
    if (!file.isEmpty())
        text = file + QStringLiteral(": ");
    text += message;
    if (!hint.isEmpty())
        text += QLatin1Char(' ') + hint;
    return text;
}

} // namespace geisep
