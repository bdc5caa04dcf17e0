// What the layout designer's source files share: the titles of layout items and the scale of
// the page preview.
#pragma once

#include "core/layout.h"

#include <QString>

namespace geisep::designer {

constexpr double kPreviewPxPerMm = 4; // the page preview: about 100 dpi

// An item's kind and a chart's kind as the designer names them (in LayoutDesigner's context).
QString kindTitle(LayoutItem::Kind kind);
QString chartKindTitle(LayoutItem::ChartKind kind);
// Whether items of `kind` have text the planner types (with fields in braces).
bool hasText(LayoutItem::Kind kind);

} // namespace geisep::designer
