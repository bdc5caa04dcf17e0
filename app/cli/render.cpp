// geisep-cli render: the map to a PNG.
#include "app/cli/context.h"

#include "core/findlayer.h"

#include "core/outputfile.h"
#include "core/project.h"
#include "gis/map/maplayer.h"
#include "gis/map/renderer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <algorithm>
#include <optional>

namespace geisep::cli {

namespace {

using Layers = std::vector<std::shared_ptr<const MapLayer>>;

// The frame's size from --size WxH; nullopt (after saying why) when it is not one or too large.
std::optional<QSize> frameSize(const QString &value, QTextStream &err)
{
    const QStringList wh = value.split(QLatin1Char('x'));
    const int width = wh.size() == 2 ? wh[0].toInt() : 0;
    const int height = wh.size() == 2 ? wh[1].toInt() : 0;
    if (width < 16 || height < 16) {
        err << Cli::tr("Error: --size takes WIDTHxHEIGHT in pixels, e.g. 1920x1080.") << '\n';
        return std::nullopt;
    }
    // Each layer is drawn into an image of the frame's size on each render thread: bounded so
    // a frame stays within a laptop's memory (25 million pixels is about 100 MB an image).
    constexpr int kMaxSide = 10000;
    constexpr qint64 kMaxPixels = 25'000'000;
    if (width > kMaxSide || height > kMaxSide || qint64(width) * height > kMaxPixels) {
        err << Cli::tr("Error: --size %1 is too large: at most %2 pixels a side and %3 million "
                       "pixels in all. For a poster, print a layout to PDF (geisep-cli print), "
                       "which is drawn as vectors at any size.")
                   .arg(value, QString::number(kMaxSide), QString::number(kMaxPixels / 1'000'000))
            << '\n';
        return std::nullopt;
    }
    return QSize(width, height);
}

std::shared_ptr<const MapLayer> findLayer(const Layers &layers, const QString &name)
{
    const auto found = findByName(
        layers, name, [](const auto &l) { return l->name; },
        [](const auto &l) { return l->table; });
    return found ? *found : nullptr;
}

QString layerNames(const Layers &layers)
{
    QStringList names;
    for (const auto &l : layers)
        names << l->name;
    return names.join(QStringLiteral(", "));
}

void noSuchLayer(const QString &name, const Layers &layers, QTextStream &err)
{
    err << Cli::tr("Error: the project has no layer \"%1\"; its layers are: %2.")
               .arg(name, layerNames(layers))
        << '\n';
}

// --layers A,B: keeps only the layers named, in the project's drawing order; false (after
// saying why) when one is not in the project.
bool keepNamedLayers(Layers &layers, const QString &list, QTextStream &err)
{
    Layers chosen;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto layer = findLayer(layers, name.trimmed());
        if (!layer) {
            noSuchLayer(name, layers, err);
            return false;
        }
        chosen.push_back(layer);
    }
    // Keep the project's drawing order whatever order they were named in.
    std::erase_if(layers, [&](const auto &l) {
        return std::find(chosen.begin(), chosen.end(), l) == chosen.end();
    });
    return true;
}

// --extent MINX,MINY,MAXX,MAXY; nullopt (after saying why) when it is not one.
std::optional<Envelope> parseExtent(const QString &value, QTextStream &err)
{
    const QStringList parts = value.split(QLatin1Char(','));
    bool ok = parts.size() == 4;
    double v[4] = {};
    for (int i = 0; ok && i < 4; ++i)
        v[i] = parts[i].trimmed().toDouble(&ok);
    if (!ok || v[0] >= v[2] || v[1] >= v[3]) {
        err << Cli::tr("Error: --extent takes MINX,MINY,MAXX,MAXY with MINX < MAXX and MINY < "
                       "MAXY.")
            << '\n';
        return std::nullopt;
    }
    return Envelope{v[0], v[1], v[2], v[3]};
}

// --zoom-to LAYER[:FID]: the layer's extent or its feature's box; nullopt (after saying why)
// when there is no such layer or feature.
std::optional<Envelope> zoomExtent(const QString &spec, const Layers &layers, QTextStream &err)
{
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    const QString name = colon > 0 ? spec.left(colon) : spec;
    const auto layer = findLayer(layers, name);
    if (!layer) {
        noSuchLayer(name, layers, err);
        return std::nullopt;
    }
    if (colon <= 0)
        return layer->geometry->extent;
    bool ok = false;
    const qint64 fid = spec.mid(colon + 1).toLongLong(&ok);
    const auto index = ok ? layer->geometry->indexOfFid(fid) : std::nullopt;
    if (!index) {
        err << Cli::tr("Error: the layer \"%1\" has no feature %2.").arg(name, spec.mid(colon + 1))
            << '\n';
        return std::nullopt;
    }
    return layer->geometry->boxes[*index];
}

// The median time of `repeats` frames, in milliseconds; the first frame into `keep` if given.
double medianFrameMs(const Layers &layers, const RenderSettings &settings, bool naiveFrames,
                     int threads, int repeats, RenderedFrame *keep)
{
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
}

// --compare-naive: the reference, one thread, every vertex of every feature, no index.
void compareNaive(const Layers &layers, const RenderSettings &settings, int repeats, double median,
                  QTextStream &out)
{
    const double oneThread = medianFrameMs(layers, settings, false, 1, repeats, nullptr);
    const double naiveMedian = medianFrameMs(layers, settings, true, 1, repeats, nullptr);
    out << Cli::tr("One thread: %1 ms. Naive (one thread, every vertex, no index): %2 ms.")
               .arg(oneThread, 0, 'f', 1)
               .arg(naiveMedian, 0, 'f', 1)
        << '\n'
        << Cli::tr("Naive ÷ renderer: %1 (one thread: %2).")
               .arg(naiveMedian / std::max(median, 1e-3), 0, 'f', 2)
               .arg(naiveMedian / std::max(oneThread, 1e-3), 0, 'f', 2)
        << '\n';
}

} // namespace

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
    const std::optional<QSize> frame = frameSize(parser.value(size), m_err);
    if (!frame)
        return Usage;
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
    Layers layers(loaded->begin(), loaded->end());
    if (parser.isSet(layersOption) && !keepNamedLayers(layers, parser.value(layersOption), m_err))
        return Usage;
    Envelope frameExtent;
    if (parser.isSet(extent) || parser.isSet(zoomTo)) {
        const auto chosen = parser.isSet(extent) ? parseExtent(parser.value(extent), m_err)
                                                 : zoomExtent(parser.value(zoomTo), layers, m_err);
        if (!chosen)
            return Usage;
        frameExtent = *chosen;
    } else {
        for (const auto &l : layers)
            if (l->visible)
                frameExtent.expand(l->geometry->extent);
    }
    RenderSettings settings;
    settings.viewport.setSize(*frame);
    if (frameExtent.isEmpty())
        frameExtent = Envelope{0, 0, 1000, 1000}; // nothing to draw: an empty map
    settings.viewport.zoomToExtent(frameExtent);

    RenderedFrame rendered;
    const double median = medianFrameMs(layers, settings, false, 0, repeats, &rendered);
    {
        OutputFile png(parser.value(output));
        if (auto opened = png.open(); !opened)
            return error(opened.error());
        if (!rendered.image.save(&png, "PNG") && !png.failed()) {
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
                     .arg(rendered.labels.size())
                     .arg(qRound64(settings.viewport.scaleDenominator()))
              << '\n';
    }
    if (parser.isSet(naive))
        compareNaive(layers, settings, repeats, median, m_out);
    return Ok;
}

} // namespace geisep::cli
