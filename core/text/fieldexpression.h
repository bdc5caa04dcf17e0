#pragma once

#include "core/error.h"
#include "core/text/atlasfilter.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

namespace geisep {

// A value worked out from a feature's other fields, as QGIS's field calculator writes it:
// `persons / households`, `round(nüfus * 0.12, 0)`, `ad || ' (' || ilçe || ')'`, `8`,
// `'Konteyner kent'`. Numbers (with a dot), 'text' in single quotes, fields by name (a name
// with spaces or brackets in double quotes: "Nüfus (2023)"), + - * / with brackets and a
// leading minus, || joining text, and round(x[, digits]), abs(x), coalesce(a, b, …). A field
// that is empty makes the result empty, except in coalesce; a division by zero is empty too.
// Fields are named as in AtlasFilter: by the caller's list, compared through the Turkish
// folding function. Nothing typed becomes SQL.
class FieldExpression
{
    Q_DECLARE_TR_FUNCTIONS(FieldExpression)

public:
    using Lookup = AtlasFilter::Lookup;

    FieldExpression();
    ~FieldExpression();
    FieldExpression(FieldExpression &&) noexcept;
    FieldExpression &operator=(FieldExpression &&) noexcept;

    // A field not among `fields`, a missing operand or bracket, an unknown function: refused
    // with the character position.
    static Result<FieldExpression> parse(const QString &text,
                                         const std::vector<AtlasFilter::Field> &fields);
    // The value for one feature: a double, a QString, or null.
    QVariant evaluate(const Lookup &value) const;

    struct Node;

private:
    std::unique_ptr<Node> m_root;
};

} // namespace geisep
