#include "gis/map/spatialindex.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace geisep {

namespace {

double cx(const Envelope &e)
{
    return (e.minX + e.maxX) / 2;
}
double cy(const Envelope &e)
{
    return (e.minY + e.maxY) / 2;
}

// Sort-Tile-Recursive order: slices by x, each slice sorted by y.
template<typename BoxOf>
void strSort(std::vector<std::uint32_t> &order, std::size_t nodeSize, BoxOf boxOf)
{
    const std::size_t n = order.size();
    const std::size_t leaves = (n + nodeSize - 1) / nodeSize;
    const std::size_t slices
        = std::max<std::size_t>(1, std::size_t(std::ceil(std::sqrt(double(leaves)))));
    const std::size_t perSlice = slices * nodeSize;
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return cx(boxOf(a)) < cx(boxOf(b)); });
    for (std::size_t s = 0; s < n; s += perSlice) {
        auto first = order.begin() + std::ptrdiff_t(s);
        auto last = order.begin() + std::ptrdiff_t(std::min(n, s + perSlice));
        std::sort(first, last,
                  [&](std::uint32_t a, std::uint32_t b) { return cy(boxOf(a)) < cy(boxOf(b)); });
    }
}

} // namespace

SpatialIndex::SpatialIndex(const std::vector<Envelope> &boxes)
    : m_count(boxes.size())
{
    if (boxes.empty())
        return;
    m_items.resize(boxes.size());
    std::iota(m_items.begin(), m_items.end(), 0u);
    strSort(m_items, kNodeSize, [&](std::uint32_t i) -> const Envelope & { return boxes[i]; });
    m_itemBoxes.reserve(boxes.size());
    for (std::uint32_t i : m_items)
        m_itemBoxes.push_back(boxes[i]);

    // Leaves over the items, then levels of nodes until one root.
    std::vector<Node> level;
    for (std::size_t i = 0; i < m_items.size(); i += kNodeSize) {
        Node node{Envelope{}, std::uint32_t(i),
                  std::uint32_t(std::min(kNodeSize, m_items.size() - i))};
        for (std::size_t k = i; k < i + node.count; ++k)
            node.box.expand(m_itemBoxes[k]);
        level.push_back(node);
    }
    m_levels.push_back(std::move(level));
    while (m_levels.back().size() > 1) {
        const std::vector<Node> &below = m_levels.back();
        std::vector<Node> up;
        for (std::size_t i = 0; i < below.size(); i += kNodeSize) {
            Node node{Envelope{}, std::uint32_t(i),
                      std::uint32_t(std::min(kNodeSize, below.size() - i))};
            for (std::size_t k = i; k < i + node.count; ++k)
                node.box.expand(below[k].box);
            up.push_back(node);
        }
        m_levels.push_back(std::move(up));
    }
}

std::vector<std::uint32_t> SpatialIndex::query(const Envelope &area) const
{
    std::vector<std::uint32_t> out;
    if (m_levels.empty())
        return out;
    // Depth-first over (level, node) pairs.
    std::vector<std::pair<std::size_t, std::uint32_t>> stack;
    stack.emplace_back(m_levels.size() - 1, 0);
    while (!stack.empty()) {
        const auto [levelIndex, nodeIndex] = stack.back();
        stack.pop_back();
        const Node &node = m_levels[levelIndex][nodeIndex];
        if (!node.box.intersects(area))
            continue;
        if (levelIndex == 0) {
            for (std::uint32_t k = node.first; k < node.first + node.count; ++k)
                if (m_itemBoxes[k].intersects(area))
                    out.push_back(m_items[k]);
        } else {
            for (std::uint32_t k = node.first; k < node.first + node.count; ++k)
                stack.emplace_back(levelIndex - 1, k);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace geisep
