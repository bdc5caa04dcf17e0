#include "app/map/mapcontrols.h"

#include "app/map/mapcanvas.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCompleter>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QStringListModel>
#include <QToolBar>

#include <cmath>

namespace geisep {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

const double kScales[] = {2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000};

} // namespace

MapControls::MapControls(MapCanvas *canvas, QMainWindow *window)
    : QObject(window)
    , m_canvas(canvas)
    , m_window(window)
{
    m_toolBar = new QToolBar(window);
    m_toolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_toolBar->setIconSize(QSize(20, 20));
    createTools();
    createSearchBox();
    createStatusBar(window);
    connectCanvas();
    m_zoomSelection->setEnabled(false);
    m_clearSelection->setEnabled(false);
    updateNavigation();
    retranslate();
}

void MapControls::createTools()
{
    m_tools = new QActionGroup(this);
    auto tool = [&](const char *iconName, const char *objectName, MapCanvas::Tool t) {
        auto *a = new QAction(icon(iconName), QString(), this);
        a->setObjectName(QLatin1String(objectName));
        a->setCheckable(true);
        m_tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, t] { m_canvas->setTool(t); });
        m_toolBar->addAction(a);
        return a;
    };
    m_pan = tool("map-pan", "panTool", MapCanvas::Tool::Pan);
    m_pan->setChecked(true);
    m_zoomBox = tool("map-zoom-box", "zoomBoxTool", MapCanvas::Tool::ZoomBox);
    m_select = tool("map-select", "selectTool", MapCanvas::Tool::Select);
    m_selectPolygon
        = tool("map-select-polygon", "selectPolygonTool", MapCanvas::Tool::SelectPolygon);
    m_measureLine = tool("map-measure-line", "measureLineTool", MapCanvas::Tool::MeasureDistance);
    m_measureArea = tool("map-measure-area", "measureAreaTool", MapCanvas::Tool::MeasureArea);
    m_afterTools = m_toolBar->addSeparator();

    auto action = [&](const char *iconName, const char *objectName, auto slot) {
        auto *a = new QAction(icon(iconName), QString(), this);
        a->setObjectName(QLatin1String(objectName));
        connect(a, &QAction::triggered, this, slot);
        m_toolBar->addAction(a);
        return a;
    };
    m_zoomFull
        = action("map-zoom-full", "zoomFullAction", [this] { m_canvas->zoomToFullExtent(); });
    m_zoomFull->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_zoomLayer = action("map-zoom-layer", "zoomLayerAction", [] {});
    m_zoomSelection = action("map-zoom-selection", "zoomSelectionAction",
                             [this] { m_canvas->zoomToExtent(m_canvas->selectionExtent()); });
    m_zoomSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_clearSelection = action("map-clear-selection", "clearSelectionAction",
                              [this] { m_canvas->clearSelection(); });
    m_back = action("map-back", "previousExtentAction", [this] { m_canvas->previousExtent(); });
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = action("map-forward", "nextExtentAction", [this] { m_canvas->nextExtent(); });
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_toolBar->addSeparator();
}

void MapControls::createSearchBox()
{
    m_search = new QLineEdit(m_toolBar);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    m_search->setMaximumWidth(320);
    m_suggestions = new QStringListModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // The list is already what matches in any spelling; the completer must not filter it again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_search->setCompleter(m_completer);
    m_toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::textEdited, this, &MapControls::refreshSuggestions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                if (index.row() >= 0 && std::size_t(index.row()) < m_matches.size())
                    choose(m_matches[std::size_t(index.row())]);
            });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // A suggestion picked in the list is handled by `activated`; otherwise the best match.
        if (m_completer->popup()->isVisible() && m_completer->popup()->currentIndex().isValid())
            return;
        m_completer->popup()->hide();
        search(m_search->text());
    });
}

void MapControls::createStatusBar(QMainWindow *window)
{
    m_coordinates = new QLabel(window);
    m_coordinates->setObjectName(QStringLiteral("coordinatesLabel"));
    m_coordinates->setMinimumWidth(330);
    m_selection = new QLabel(window);
    m_selection->setObjectName(QStringLiteral("selectionLabel"));
    m_measure = new QLabel(window);
    m_measure->setObjectName(QStringLiteral("measureLabel"));
    m_scale = new QComboBox(window);
    m_scale->setObjectName(QStringLiteral("scaleBox"));
    m_scale->setEditable(true);
    m_scale->setInsertPolicy(QComboBox::NoInsert);
    m_scale->setMinimumWidth(130);
    for (const double s : kScales)
        m_scale->addItem(QStringLiteral("1:%L1").arg(qint64(s)), s);
    connect(m_scale, &QComboBox::activated, this, [this](int index) {
        if (!m_settingScale)
            m_canvas->zoomToScale(m_scale->itemData(index).toDouble());
    });
    connect(m_scale->lineEdit(), &QLineEdit::editingFinished, this, &MapControls::applyScaleText);
    window->statusBar()->addWidget(m_measure, 1);
    window->statusBar()->addPermanentWidget(m_selection);
    window->statusBar()->addPermanentWidget(m_coordinates);
    window->statusBar()->addPermanentWidget(m_scale);
}

void MapControls::connectCanvas()
{
    connect(m_canvas, &MapCanvas::mouseMapPosition, this, &MapControls::updateCoordinates);
    connect(m_canvas, &MapCanvas::scaleChanged, this, &MapControls::updateScale);
    connect(m_canvas, &MapCanvas::extentChanged, this, &MapControls::updateNavigation);
    connect(m_canvas, &MapCanvas::selectionChanged, this, [this](int count) {
        m_selection->setText(count ? tr("%n selected", nullptr, count) : QString());
        m_zoomSelection->setEnabled(count > 0);
        m_clearSelection->setEnabled(count > 0);
    });
    connect(m_canvas, &MapCanvas::measured, this, [this](double lengthM, double areaM2, bool) {
        const QLocale locale;
        QString text = lengthM >= 1000
                           ? tr("Length %1 km").arg(locale.toString(lengthM / 1000, 'f', 3))
                           : tr("Length %1 m").arg(locale.toString(lengthM, 'f', 1));
        if (m_canvas->tool() == MapCanvas::Tool::MeasureArea)
            text = tr("Area %1 m² (%2 ha), perimeter %3 m")
                       .arg(locale.toString(areaM2, 'f', 0), locale.toString(areaM2 / 1e4, 'f', 2),
                            locale.toString(lengthM, 'f', 0));
        m_measure->setText(text);
    });
    connect(m_tools, &QActionGroup::triggered, this, [this] { m_measure->clear(); });
}

QList<QAction *> MapControls::navigationActions() const
{
    return {m_zoomFull, m_zoomLayer, m_zoomSelection, m_back, m_forward, m_clearSelection};
}

void MapControls::addTool(QAction *action, const QList<QAction *> &beside)
{
    m_tools->addAction(action);
    m_toolBar->insertAction(m_afterTools, action);
    for (QAction *other : beside)
        m_toolBar->insertAction(m_afterTools, other);
}

QList<QAction *> MapControls::toolActions() const
{
    return m_tools->actions();
}

void MapControls::retranslate()
{
    m_toolBar->setWindowTitle(tr("Map"));
    m_pan->setText(tr("Pan and identify"));
    m_pan->setToolTip(tr("Pan: drag the map; click an area to see it in the inspector; "
                         "Shift+drag zooms to a box."));
    m_zoomBox->setText(tr("Zoom to box"));
    m_select->setText(tr("Select"));
    m_select->setToolTip(tr("Select areas of the current layer: click, Shift+click to add or "
                            "remove, or drag a rectangle."));
    m_selectPolygon->setText(tr("Select by polygon"));
    m_selectPolygon->setToolTip(tr("Click the corners of a polygon; double-click to finish."));
    m_measureLine->setText(tr("Measure distance"));
    m_measureArea->setText(tr("Measure area"));
    m_zoomFull->setText(tr("Zoom to full extent"));
    m_zoomLayer->setText(tr("Zoom to layer"));
    m_zoomSelection->setText(tr("Zoom to selection"));
    m_clearSelection->setText(tr("Clear selection"));
    m_back->setText(tr("Previous extent"));
    m_forward->setText(tr("Next extent"));
    m_search->setPlaceholderText(tr("Find a mahalle…"));
    m_scale->setToolTip(tr("Map scale; type a scale such as 1:25.000"));
    m_coordinates->setToolTip(tr("Pointer position in the project's CRS and in degrees"));
}

void MapControls::setProject(Database *db, int epsg)
{
    m_db = db;
    m_suggestions->setStringList({});
    m_matches.clear();
    m_search->clear();
    m_search->setEnabled(db != nullptr);
    m_coordinates->clear();
    if (epsg != m_epsg) {
        m_epsg = epsg;
        auto t = epsg > 0 ? CoordinateTransform::create(epsg, 4326)
                          : Result<CoordinateTransform>(std::unexpected(Error{}));
        m_toDegrees = t ? std::move(*t) : CoordinateTransform();
    }
}

void MapControls::updateCoordinates(double x, double y)
{
    QString text = QStringLiteral("%1, %2").arg(QLocale().toString(x, 'f', 1),
                                                QLocale().toString(y, 'f', 1));
    if (const auto lonLat = m_toDegrees.apply(QPointF(x, y))) {
        const double lat = lonLat->y(), lon = lonLat->x();
        text += QStringLiteral("  ·  ")
                + tr("%1° %2, %3° %4")
                      .arg(QLocale().toString(std::abs(lat), 'f', 5), lat >= 0 ? tr("N") : tr("S"),
                           QLocale().toString(std::abs(lon), 'f', 5), lon >= 0 ? tr("E") : tr("W"));
    }
    m_coordinates->setText(text);
}

void MapControls::updateScale(double denominator)
{
    m_settingScale = true;
    m_scale->setEditText(QStringLiteral("1:%L1").arg(qRound64(denominator)));
    m_settingScale = false;
}

void MapControls::applyScaleText()
{
    if (m_settingScale)
        return;
    QString text = m_scale->currentText();
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        text = text.mid(colon + 1);
    // Digits only: "25.000", "25,000", "25 000" and "25000" are all 1:25000.
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    bool ok = false;
    const double denominator = digits.toDouble(&ok);
    if (ok && denominator >= 100 && denominator <= 1e8)
        m_canvas->zoomToScale(denominator);
    else
        updateScale(m_canvas->viewport().scaleDenominator());
}

void MapControls::refreshSuggestions(const QString &text)
{
    m_matches.clear();
    QStringList lines;
    if (m_db && !text.trimmed().isEmpty()) {
        if (auto found = searchAreas(*m_db, text, 12)) {
            m_matches = std::move(*found);
            for (const AreaMatch &m : m_matches)
                lines << matchText(m);
        }
    }
    m_suggestions->setStringList(lines);
    if (!lines.isEmpty())
        m_completer->complete();
}

bool MapControls::search(const QString &text)
{
    if (!m_db)
        return false;
    auto found = searchAreas(*m_db, text, 12);
    if (!found || found->empty()) {
        m_measure->setText(tr("No mahalle matches \"%1\".").arg(text));
        return false;
    }
    choose(found->front());
    return true;
}

QString MapControls::matchText(const AreaMatch &match) const
{
    if (match.isDistrict)
        return tr("%1 — district, %n mahalle", nullptr, int(match.fids.size())).arg(match.name);
    return match.district.isEmpty() ? match.name
                                    : QStringLiteral("%1 — %2").arg(match.name, match.district);
}

void MapControls::choose(const AreaMatch &match)
{
    const auto layer = m_canvas->layer(match.layerId);
    if (!layer)
        return;
    if (match.isDistrict) {
        // The whole district: the box round its areas.
        Envelope box;
        for (const qint64 fid : match.fids)
            if (const auto f = layer->geometry->indexOfFid(fid))
                box.expand(layer->geometry->boxes[*f]);
        if (box.isEmpty())
            return;
        m_canvas->zoomToExtent(box);
        m_measure->setText(matchText(match));
        return;
    }
    const auto f = layer->geometry->indexOfFid(match.fid);
    if (!f)
        return;
    m_canvas->zoomToExtent(layer->geometry->boxes[*f]);
    m_measure->setText(matchText(match));
    Q_EMIT areaChosen(match.layerId, match.fid);
}

void MapControls::updateNavigation()
{
    m_back->setEnabled(m_canvas->canGoBack());
    m_forward->setEnabled(m_canvas->canGoForward());
}

} // namespace geisep
