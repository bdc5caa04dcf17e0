#pragma once

#include "core/areasearch.h"
#include "gis/crs.h"

#include <QObject>

#include <vector>

class QAction;
class QActionGroup;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QMainWindow;
class QStringListModel;
class QToolBar;

namespace geisep {

class Database;
class MapCanvas;

// The map's toolbar and status-bar widgets around a MapCanvas: tools (pan, zoom box, select by
// click, box or polygon, measure), zoom to full extent / layer / selection, previous and next
// extent, the mahalle search, coordinates in the project CRS and in degrees, the settable scale
// and the selection count.
class MapControls : public QObject
{
    Q_OBJECT

public:
    MapControls(MapCanvas *canvas, QMainWindow *window);

    QToolBar *toolBar() const { return m_toolBar; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *scaleBox() const { return m_scale; }
    QList<QAction *> navigationActions() const;
    QList<QAction *> toolActions() const;
    // Another tool among the map's (checkable, one at a time), with actions that go beside it
    // on the toolbar: the draw tool of EditingTools and its delete.
    void addTool(QAction *action, const QList<QAction *> &beside = {});
    QAction *zoomToLayerAction() const { return m_zoomLayer; }

    // The open project (nullptr when none) and its CRS.
    void setProject(Database *db, int epsg);
    void retranslate();
    // Finds areas as the search box does; chooses the first and zooms to it. False when none.
    bool search(const QString &text);

Q_SIGNALS:
    // An area chosen from the search: the window shows it in the inspector.
    void areaChosen(qint64 layerId, qint64 fid);

private:
    // The steps of building the controls: the map tools and navigation actions on the toolbar,
    // the search box, the status bar's labels and scale box, and what follows the canvas.
    void createTools();
    void createSearchBox();
    void createStatusBar(QMainWindow *window);
    void connectCanvas();
    void updateCoordinates(double x, double y);
    void updateScale(double denominator);
    void applyScaleText();
    void refreshSuggestions(const QString &text);
    void choose(const AreaMatch &match);
    QString matchText(const AreaMatch &match) const;
    void updateNavigation();

    MapCanvas *m_canvas;
    QMainWindow *m_window;
    Database *m_db = nullptr;
    int m_epsg = 0;
    CoordinateTransform m_toDegrees;

    QAction *m_afterTools = nullptr;
    QToolBar *m_toolBar = nullptr;
    QActionGroup *m_tools = nullptr;
    QAction *m_pan = nullptr;
    QAction *m_zoomBox = nullptr;
    QAction *m_select = nullptr;
    QAction *m_selectPolygon = nullptr;
    QAction *m_measureLine = nullptr;
    QAction *m_measureArea = nullptr;
    QAction *m_zoomFull = nullptr;
    QAction *m_zoomLayer = nullptr;
    QAction *m_zoomSelection = nullptr;
    QAction *m_clearSelection = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QLineEdit *m_search = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_suggestions = nullptr;
    std::vector<AreaMatch> m_matches;
    QLabel *m_coordinates = nullptr;
    QLabel *m_selection = nullptr;
    QLabel *m_measure = nullptr;
    QComboBox *m_scale = nullptr;
    bool m_settingScale = false;
};

} // namespace geisep
