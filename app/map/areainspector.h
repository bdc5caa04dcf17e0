#pragma once

#include <QTextBrowser>

namespace geisep {

class ChartsPanel;
class EditingTools;
class MapCanvas;
class Session;
struct AreaSummary;
struct MapLayer;

// The area inspector dock: what lies where the planner clicked — an area's name, district,
// muhtar, figures, links to the plan and newest analyses, or a facility's attributes — with
// the feature highlighted on the map. Reads through gis/analysis/areasummary.h and the plan store.
class AreaInspector : public QTextBrowser
{
    Q_OBJECT

public:
    AreaInspector(MapCanvas *canvas, ChartsPanel *charts, EditingTools *editing,
                  QWidget *parent = nullptr);

    void setSession(Session *session);
    // Fills the inspector with what lies at a map point; false (and empty) when nothing is.
    bool identifyAt(double x, double y, double tolerance);
    // Shows one feature as a click on it would.
    bool identifyFeature(qint64 layerId, qint64 fid);
    // Shows the inspected feature again (the plan or an analysis changed).
    void refresh();
    // A layer's features were edited: the inspected one shown again, or dropped if it went.
    void featuresEdited(qint64 layerId);
    // Empties the inspector and the map's highlight.
    void clearArea();
    qint64 inspectedLayer() const { return m_layer; }
    void retranslate();

private:
    QString areaHtml(const MapLayer &layer, qint64 fid, const AreaSummary &area);
    QString planLinksHtml(qint64 areaId);
    // The Attributes section for a feature of a layer planners make (the area's name left out
    // when the heading shows it), and the link that opens its form to edit them.
    QString attributesHtml(const MapLayer &layer, qint64 fid, bool nameShown);
    // The Analyses section for an area: the newest run of each kind on its layer.
    QString analysisHtml(qint64 layerId, qint64 areaId);

    MapCanvas *m_canvas;
    ChartsPanel *m_charts;
    EditingTools *m_editing;
    Session *m_session = nullptr;
    qint64 m_layer = 0;
    qint64 m_fid = 0;
};

} // namespace geisep
