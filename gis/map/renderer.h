#pragma once

#include "gis/map/maplayer.h"
#include "gis/map/viewport.h"

#include <QFont>
#include <QImage>
#include <QPainter>

#include <atomic>
#include <memory>
#include <vector>

namespace geisep {

struct RenderSettings
{
    Viewport viewport;
    QColor background = QColor(0xf4, 0xf1, 0xea);
    bool labels = true;
    // Every vertex, every feature, no index and no simplification: the reference the
    // benchmark measures the real path against.
    bool naive = false;
    // Threads to draw with; 0 = as many as the machine has.
    int threads = 0;
    // Set from another thread to stop a frame in progress; the frame comes back cancelled.
    const std::atomic<bool> *cancel = nullptr;
};

struct PlacedLabel
{
    QString text;
    QRectF rect;      // on the image, halo included
    QPointF baseline; // where the text starts
    QFont font;
    qint64 layerId = 0;
    std::size_t feature = 0;
};

struct RenderedFrame
{
    QImage image;
    Viewport viewport;
    std::vector<PlacedLabel> labels;
    bool cancelled = false;
};

// Draws visible layers, bottom first, each into its own image (a large layer split in pieces
// across threads), composes them with the layers' opacity and places labels last, avoiding
// each other. Features outside the view are skipped through the spatial index, vertices closer
// than half a pixel to the last one drawn are dropped, features under a pixel become a pixel.
// The window and `geisep-cli render` both draw through here.
class MapRenderer
{
public:
    static RenderedFrame render(const std::vector<std::shared_ptr<const MapLayer>> &layers,
                                const RenderSettings &settings);

    // Draws some of a layer's features onto a painter (one piece of a layer image). With
    // `wholeLayer` they are, with the other pieces, every feature of the layer in view (with a
    // margin of the pen's width), so a boundary two areas share is stroked once, with the
    // earlier area; otherwise each area's outline is drawn whole.
    static void drawFeatures(QPainter &painter, const Viewport &viewport, const MapLayer &layer,
                             const std::vector<std::uint32_t> &features, bool naive,
                             const std::atomic<bool> *cancel, bool wholeLayer = false);
    // A marker of `size` pixels centred on `at`.
    static void drawMarker(QPainter &painter, QPointF at, LayerStyle::Marker marker, double size);
    // Label placement on its own, for tests and print: greedy, largest feature first.
    static std::vector<PlacedLabel>
    placeLabels(const std::vector<std::shared_ptr<const MapLayer>> &layers,
                const Viewport &viewport);
    static QFont labelFont(const LayerStyle &style);
};

} // namespace geisep
