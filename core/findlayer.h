#pragma once

#include "core/text/turkish.h"

#include <QString>

#include <iterator>

namespace geisep {

// The one way a name that a planner, a script or a layout gives finds a layer (or a layout):
// its name or its table exactly, then its name folded the Turkish way, so "mahalleler" finds
// "Mahalleler" and "sehitkamil mahalleleri" finds "Şehitkamil Mahalleleri". Used by the CLI,
// the analyses, import and export, and printing. `name(item)` and `table(item)` read an item's
// name and table (return an empty string for things without a table).
template<typename Items, typename NameOf, typename TableOf>
auto findByName(const Items &items, const QString &wanted, NameOf name, TableOf table)
    -> decltype(&*std::begin(items))
{
    for (const auto &item : items)
        if (name(item) == wanted || (!wanted.isEmpty() && table(item) == wanted))
            return &item;
    const QString folded = foldTurkish(wanted);
    if (folded.isEmpty())
        return nullptr;
    for (const auto &item : items)
        if (foldTurkish(name(item)) == folded)
            return &item;
    return nullptr;
}

} // namespace geisep
