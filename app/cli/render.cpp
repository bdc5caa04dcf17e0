// geisep-cli render: the map to a PNG.
#include "app/cli/context.h"

#include "core/findlayer.h"

#include "core/outputfile.h"
#include "core/project.h"
#include "gis/maplayer.h"
#include "gis/renderer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <algorithm>

namespace geisep::cli {

int Cli::cmdRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The PNG file to write."), QStringLiteral("OUT.png"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Image size in pixels (default 1920x1080)."),
                                  QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption extent(QStringLiteral("extent"),
                                    tr("The part of the map to draw, in the project's CRS."),
                                    QStringLiteral("MINX,MINY,MAXX,MAXY"));
    const QCommandLineOption zoomTo(QStringLiteral("zoom-to"),
                                    tr("Fit the map to a layer, or to one feature of it."),
                                    QStringLiteral("LAYER[:FID]"));
    const QCommandLineOption layersOption(QStringLiteral("layers"),
                                          tr("Draw only these layers (names or tables)."),
                                          QStringLiteral("A,B"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    tr("Draw N times and print the median time per frame."),
                                    QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption naive(QStringLiteral("compare-naive"),
                                   tr("Also draw every vertex of every feature, without the "
                                      "index or simplification, and print both times."));
    for (const auto &o : {output, size, extent, zoomTo, layersOption, repeat, naive})
        parser.addOption(o);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg -o OUT.png");
    if (!parse(parser, QStringLiteral("render"), commandSummary(QStringLiteral("render")), args, 1,
               &code))
        return code;
    if (!parser.isSet(output)) {
        m_err << tr("Error: name the output file with -o.") << '\n';
        return Usage;
    }
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    const int width = wh.size() == 2 ? wh[0].toInt() : 0;
    const int height = wh.size() == 2 ? wh[1].toInt() : 0;
    if (width < 16 || height < 16) {
        m_err << tr("Error: --size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080.") << '\n';
        return Usage;
    }
    // Each layer is drawn into an image of the frame's size on each render thread: bounded so
    // a frame stays within a laptop's memory (25 million pixels is about 100 MB an image).
    constexpr int kMaxSide = 10000;
    constexpr qint64 kMaxPixels = 25'000'000;
    if (width > kMaxSide || height > kMaxSide || qint64(width) * height > kMaxPixels) {
        m_err << tr("Error: --size %1 is too large: at most %2 pixels a side and %3 million "
                    "pixels in all. For a poster, print a layout to PDF (geisep-cli print), "
                    "which is drawn as vectors at any size.")
                     .arg(parser.value(size), QString::number(kMaxSide),
                          QString::number(kMaxPixels / 1'000'000))
              << '\n';
        return Usage;
    }
    bool repeatOk = false;
    const int repeats = parser.value(repeat).toInt(&repeatOk);
    if (!repeatOk || repeats < 1) {
        m_err << tr("Error: --repeat takes a number of frames, e.g. 20.") << '\n';
        return Usage;
    }
    auto project = Project::open(parser.positionalArguments().at(0), Project::Access::ReadOnly);
    if (!project)
        return error(project.error());
    auto loaded = loadMapLayers((*project)->db());
    if (!loaded)
        return error(loaded.error());
    std::vector<std::shared_ptr<const MapLayer>> layers(loaded->begin(), loaded->end());
    auto findLayer = [&](const QString &name) -> std::shared_ptr<const MapLayer> {
        const auto found = findByName(
            layers, name, [](const auto &l) { return l->name; },
            [](const auto &l) { return l->table; });
        return found ? *found : nullptr;
    };
    auto layerNames = [&] {
        QStringList names;
        for (const auto &l : layers)
            names << l->name;
        return names.join(QStringLiteral(", "));
    };
    if (parser.isSet(layersOption)) {
        std::vector<std::shared_ptr<const MapLayer>> chosen;
        for (const QString &name :
             parser.value(layersOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto layer = findLayer(name.trimmed());
            if (!layer) {
                m_err << tr("Error: the project has no layer \"%1\"; its layers are: %2.")
                             .arg(name, layerNames())
                      << '\n';
                return Usage;
            }
            chosen.push_back(layer);
        }
        // Keep the project's drawing order whatever order they were named in.
        std::erase_if(layers, [&](const auto &l) {
            return std::find(chosen.begin(), chosen.end(), l) == chosen.end();
        });
    }
    Envelope frameExtent;
    if (parser.isSet(extent)) {
        const QStringList parts = parser.value(extent).split(QLatin1Char(','));
        bool ok = parts.size() == 4;
        double v[4] = {};
        for (int i = 0; ok && i < 4; ++i)
            v[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok || v[0] >= v[2] || v[1] >= v[3]) {
            m_err << tr("Error: --extent takes MINX,MINY,MAXX,MAXY with MINX < MAXX and MINY < "
                        "MAXY.")
                  << '\n';
            return Usage;
        }
        frameExtent = Envelope{v[0], v[1], v[2], v[3]};
    } else if (parser.isSet(zoomTo)) {
        const QString spec = parser.value(zoomTo);
        const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? spec.left(colon) : spec;
        const auto layer = findLayer(name);
        if (!layer) {
            m_err << tr("Error: the project has no layer \"%1\"; its layers are: %2.")
                         .arg(name, layerNames())
                  << '\n';
            return Usage;
        }
        if (colon > 0) {
            bool ok = false;
            const qint64 fid = spec.mid(colon + 1).toLongLong(&ok);
            const auto index = ok ? layer->geometry->indexOfFid(fid) : std::nullopt;
            if (!index) {
                m_err << tr("Error: the layer \"%1\" has no feature %2.")
                             .arg(name, spec.mid(colon + 1))
                      << '\n';
                return Usage;
            }
            frameExtent = layer->geometry->boxes[*index];
        } else {
            frameExtent = layer->geometry->extent;
        }
    } else {
        for (const auto &l : layers)
            if (l->visible)
                frameExtent.expand(l->geometry->extent);
    }
    RenderSettings settings;
    settings.viewport.setSize(QSize(width, height));
    if (frameExtent.isEmpty())
        frameExtent = Envelope{0, 0, 1000, 1000}; // nothing to draw: an empty map
    settings.viewport.zoomToExtent(frameExtent);

    auto timeFrames = [&](bool naiveFrames, int threads, RenderedFrame *keep) {
        std::vector<double> ms;
        RenderSettings s = settings;
        s.naive = naiveFrames;
        s.threads = threads;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            RenderedFrame frame = MapRenderer::render(layers, s);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (keep && i == 0)
                *keep = std::move(frame);
        }
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };
    RenderedFrame frame;
    const double median = timeFrames(false, 0, &frame);
    {
        OutputFile png(parser.value(output));
        if (auto opened = png.open(); !opened)
            return error(opened.error());
        if (!frame.image.save(&png, "PNG") && !png.failed()) {
            m_err << tr("Error: cannot write %1; check the folder and the name (it must end in "
                        ".png).")
                         .arg(parser.value(output))
                  << '\n';
            return Failed;
        }
        if (auto written = png.commit(); !written)
            return error(written.error());
    }
    if (repeats > 1 || parser.isSet(naive)) {
        m_out << tr("Frame: %1 ms (median of %2), %3 labels, scale 1:%L4.")
                     .arg(median, 0, 'f', 1)
                     .arg(repeats)
                     .arg(frame.labels.size())
                     .arg(qRound64(settings.viewport.scaleDenominator()))
              << '\n';
    }
    if (parser.isSet(naive)) {
        // The reference: one thread, every vertex of every feature, no index.
        const double oneThread = timeFrames(false, 1, nullptr);
        const double naiveMedian = timeFrames(true, 1, nullptr);
        m_out << tr("One thread: %1 ms. Naive (one thread, every vertex, no index): %2 ms.")
                     .arg(oneThread, 0, 'f', 1)
                     .arg(naiveMedian, 0, 'f', 1)
              << '\n'
              << tr("Naive ÷ renderer: %1 (one thread: %2).")
                     .arg(naiveMedian / std::max(median, 1e-3), 0, 'f', 2)
                     .arg(naiveMedian / std::max(oneThread, 1e-3), 0, 'f', 2)
              << '\n';
    }
    return Ok;
}

} // namespace geisep::cli
