#pragma once

#include "core/gpkg.h"

#include <cstdint>
#include <vector>

namespace geisep {

// A packed R-tree (Sort-Tile-Recursive) over feature boxes: built once when a layer is loaded,
// read-only afterwards, so render threads may query it at the same time. Queries return
// feature indexes in ascending order, which is also draw order.
class SpatialIndex
{
public:
    SpatialIndex() = default;
    explicit SpatialIndex(const std::vector<Envelope> &boxes);

    // Indexes of the boxes that intersect `area`, ascending.
    std::vector<std::uint32_t> query(const Envelope &area) const;
    std::size_t size() const { return m_count; }

private:
    static constexpr std::size_t kNodeSize = 16;
    struct Node
    {
        Envelope box;
        std::uint32_t first; // first child (node or item) index
        std::uint32_t count;
    };
    // Level 0 are leaves over m_items; the last level holds the root.
    std::vector<std::vector<Node>> m_levels;
    std::vector<std::uint32_t> m_items; // feature indexes in packed order
    std::vector<Envelope> m_itemBoxes;
    std::size_t m_count = 0;
};

} // namespace geisep
