// The area inspector dock: an area's or a facility's summary at a clicked point.
#include "app/map/areainspector.h"

#include "app/analysis/chartsdock.h"
#include "app/edit/editingtools.h"
#include "app/edit/featureform.h"
#include "app/i18n.h"
#include "app/map/mapcanvas.h"
#include "app/plan/planitemdialog.h"
#include "app/session.h"
#include "gis/analysis/analysis.h"
#include "gis/analysis/areasummary.h"
#include "gis/edit/featureedit.h"
#include "gis/map/layerdata.h"
#include "gis/map/maplayer.h"
#include "gis/map/style.h"
#include "gis/print/printwords.h"

#include <QLocale>
#include <QUrl>

namespace geisep {

namespace {

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

AreaInspector::AreaInspector(MapCanvas *canvas, ChartsPanel *charts, EditingTools *editing,
                             QWidget *parent)
    : QTextBrowser(parent)
    , m_canvas(canvas)
    , m_charts(charts)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("inspector"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == u"geisep:edit-attributes" && m_layer > 0)
            m_editing->editAttributes(m_layer, m_fid);
    });
}

void AreaInspector::setSession(Session *session)
{
    // Nothing of one project may speak for the next: the inspected area's feature id could
    // name another area there.
    m_session = session;
    clearArea();
}

void AreaInspector::retranslate()
{
    setPlaceholderText(tr("Click an area on the map to see its name, district, muhtar, "
                          "population and linked goals."));
}

void AreaInspector::clearArea()
{
    m_layer = m_fid = 0;
    clear();
    m_canvas->setHighlight(nullptr, 0);
}

void AreaInspector::refresh()
{
    if (m_layer > 0)
        identifyFeature(m_layer, m_fid);
}

void AreaInspector::featuresEdited(qint64 layerId)
{
    if (m_layer != layerId)
        return;
    const auto layer = m_canvas->layer(layerId);
    if (layer && layer->geometry && layer->geometry->indexOfFid(m_fid))
        identifyFeature(layerId, m_fid);
    else
        clearArea();
}

bool AreaInspector::identifyAt(double x, double y, double tolerance)
{
    if (!m_session)
        return false;
    // Facilities first, then areas, then the rest (reference outlines are not filled, so a
    // click inside a district means the mahalle under it); topmost first within each.
    std::vector<std::shared_ptr<const MapLayer>> layers;
    for (const QList<LayerRole> &roles :
         {QList<LayerRole>{LayerRole::Infrastructure},
          QList<LayerRole>{LayerRole::MigrantArea, LayerRole::MuhtarDistrict},
          QList<LayerRole>{LayerRole::Reference, LayerRole::Basemap}})
        for (auto it = m_canvas->layers().rbegin(); it != m_canvas->layers().rend(); ++it)
            if (roles.contains((*it)->role) && (*it)->visible)
                layers.push_back(*it);
    for (const auto &mapLayer : layers) {
        const auto hit = featureAt(*mapLayer->geometry, x, y, tolerance);
        if (!hit)
            continue;
        const qint64 fid = mapLayer->geometry->fids[*hit];
        QString html;
        auto area = AreaSummary::read(m_session->project().db(), mapLayer->id, fid);
        if (area && *area) {
            m_charts->setArea((*area)->id);
            html = areaHtml(*mapLayer, fid, **area);
        } else {
            // A feature without an area row (facilities, references): its layer and id.
            const QString category
                = *hit < mapLayer->texts.size() ? mapLayer->texts[*hit] : QString();
            html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(mapLayer->name.toHtmlEscaped(),
                            tr("Feature %1").arg(fid)
                                + (category.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" · ") + serviceTitle(category)));
            html += attributesHtml(*mapLayer, fid, false);
        }
        setHtml(html);
        m_canvas->setHighlight(mapLayer, *hit);
        m_layer = mapLayer->id;
        m_fid = fid;
        return true;
    }
    clearArea();
    return false;
}

QString AreaInspector::areaHtml(const MapLayer &layer, qint64 fid, const AreaSummary &area)
{
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(area.name.toHtmlEscaped());
    html += row(tr("District"), area.district);
    html += row(tr("Province"), area.province);
    html += row(tr("Mahalle code"), area.code);
    // A migrant settlement: the mahalle it lies in, with the share of its area in each.
    if (layer.role == LayerRole::MigrantArea) {
        auto shares = FeatureEditor(m_session->project()).mahalleShares(layer.id, fid);
        QStringList parts;
        const PrintWords words = PrintWords::inWindowLanguage();
        for (const FeatureEditor::MahalleShare &m :
             shares.value_or(QList<FeatureEditor::MahalleShare>{}))
            parts << QStringLiteral("%1 (%2)").arg(m.name, words.percent(m.share * 100));
        html += row(tr("Mahalle"), parts.join(QStringLiteral(", ")));
    }
    for (const Stakeholder &muhtar :
         m_session->plan().muhtarsOf(area.id).value_or(QList<Stakeholder>{}))
        html += row(tr("Muhtar"), muhtar.phone.isEmpty()
                                      ? muhtar.name
                                      : QStringLiteral("%1 · %2").arg(muhtar.name, muhtar.phone));
    const bool turkish = i18n::current() == u"tr";
    for (const AreaSummary::Figure &figure : area.figures)
        html += row(QStringLiteral("%1 %2").arg(turkish || figure.nameEn.isEmpty() ? figure.nameTr
                                                                                   : figure.nameEn,
                                                QString::number(figure.period)),
                    QLocale().toString(figure.value, 'f', 0));
    html += QStringLiteral("</table>");
    html += attributesHtml(layer, fid, true);
    html += planLinksHtml(area.id);
    html += analysisHtml(layer.id, area.id);
    return html;
}

QString AreaInspector::planLinksHtml(qint64 areaId)
{
    // The area's links to the plan, by sector.
    auto links = m_session->plan().linksOfArea(areaId);
    if (!links)
        return {};
    const bool turkish = i18n::current() == u"tr";
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Plan links").toHtmlEscaped());
    if (links->isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("No goal, objective or action is linked to this area yet.")
                             .toHtmlEscaped());
    QString sector;
    for (const AreaLinkView &link : *links) {
        const QString name = turkish || link.sectorEn.isEmpty() ? link.sectorTr : link.sectorEn;
        if (name != sector) {
            if (!sector.isEmpty())
                html += QStringLiteral("</ul>");
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(name.toHtmlEscaped());
            sector = name;
        }
        const QString title = turkish || link.itemEn.isEmpty() ? link.itemTr : link.itemEn;
        const QString priority = link.priority == u"high"  ? tr("high priority")
                                 : link.priority == u"low" ? tr("low priority")
                                                           : tr("medium priority");
        html += QStringLiteral("<li>%1 %2 <small>(%3, %4)</small>%5</li>")
                    .arg(link.itemCode.toHtmlEscaped(), title.toHtmlEscaped(),
                         PlanItemDialog::kindTitle(link.kind).toLower(), priority,
                         link.note.isEmpty() ? QString()
                                             : QStringLiteral("<br/><small>%1</small>")
                                                   .arg(link.note.toHtmlEscaped()));
    }
    if (!sector.isEmpty())
        html += QStringLiteral("</ul>");
    return html;
}

QString AreaInspector::attributesHtml(const MapLayer &layer, qint64 fid, bool nameShown)
{
    QString html;
    // The fields of the layers planners make themselves (settlements, facilities); a mahalle
    // file's many codes stay in the attribute table.
    if (layer.role == LayerRole::MigrantArea || layer.role == LayerRole::Infrastructure) {
        FeatureEditor editor(m_session->project());
        const PrintWords words = PrintWords::inWindowLanguage();
        QString rows;
        const QVariantMap values = editor.fieldValues(layer.id, fid).value_or(QVariantMap());
        for (const EditField &f : editor.fields(layer.id).value_or(QList<EditField>{})) {
            if (f.type == EditField::Type::Blob || (nameShown && f.name == u"name"))
                continue;
            const QVariant stored = values.value(f.name);
            QString text = FeatureFormDialog::typedText(f, stored);
            if (text.isEmpty())
                continue;
            if (f.type == EditField::Type::Integer)
                text = QLocale().toString(stored.toLongLong());
            else if (f.type == EditField::Type::Boolean)
                text = stored.toBool() ? tr("Yes") : tr("No");
            else if (f.name == u"service" && layer.role == LayerRole::Infrastructure)
                text = serviceTitle(text);
            rows += row(words.fieldTitle(QStringLiteral("field.") + f.name), text);
        }
        if (!rows.isEmpty())
            html += QStringLiteral("<h4>%1</h4><table>%2</table>")
                        .arg(tr("Attributes").toHtmlEscaped(), rows);
    }
    if (!m_session->project().isReadOnly())
        html += QStringLiteral("<p><a href=\"geisep:edit-attributes\">%1</a></p>")
                    .arg(tr("Edit attributes…").toHtmlEscaped());
    return html;
}

QString AreaInspector::analysisHtml(qint64 layerId, qint64 areaId)
{
    const auto analyses = AreaAnalyses::read(m_session->project().db(), layerId, areaId);
    if (!analyses)
        return {};
    const AreaAnalyses &a = *analyses;
    const QLocale locale;
    QStringList lines;
    if (!a.coverage.isEmpty()) {
        lines << QStringLiteral("<p><b>%1</b> <small>(%2)</small></p><table>")
                     .arg(tr("Coverage").toHtmlEscaped(), tr("run %1").arg(a.coverageRun));
        for (const AreaAnalyses::ServiceCoverage &c : a.coverage) {
            QString text = tr("%1 % of the area").arg(locale.toString(c.areaShare * 100, 'f', 0));
            if (c.populationShare)
                text += tr(", %1 % of the people")
                            .arg(locale.toString(*c.populationShare * 100, 'f', 0));
            if (c.nearestMetres)
                text += tr("; nearest %1 m").arg(locale.toString(*c.nearestMetres, 'f', 0));
            lines << row(serviceTitle(c.service), text);
        }
        lines << QStringLiteral("</table>");
    }
    if (a.pressureRun && std::isfinite(a.score))
        lines << QStringLiteral("<p><b>%1</b> %2 · %3</p>")
                     .arg(tr("Migration pressure").toHtmlEscaped(),
                          locale.toString(a.score, 'f', 1),
                          tr("rank %1 of %2, %3")
                              .arg(a.rank)
                              .arg(a.ranked)
                              .arg(Pressure::classTitle(a.pressureClass, a.classes))
                              .toHtmlEscaped());
    if (a.projectionRun && std::isfinite(a.population)) {
        QString text = tr("%1 people in %2 (medium growth), %3 school places needed")
                           .arg(locale.toString(a.population, 'f', 0))
                           .arg(a.horizon)
                           .arg(locale.toString(a.schoolPlaces, 'f', 0));
        if (std::isfinite(a.schoolShortfall))
            text += tr(", %1 short").arg(locale.toString(a.schoolShortfall, 'f', 0));
        lines << QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(tr("Projection").toHtmlEscaped(), text.toHtmlEscaped());
    }
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<h4>%1</h4>").arg(tr("Analyses").toHtmlEscaped())
           + lines.join(QString());
}

bool AreaInspector::identifyFeature(qint64 layerId, qint64 fid)
{
    const auto layer = m_canvas->layer(layerId);
    if (!layer)
        return false;
    const auto f = layer->geometry->indexOfFid(fid);
    if (!f)
        return false;
    const LayerGeometry &g = *layer->geometry;
    const QPointF at = g.kind == LayerGeometry::Kind::Polygons
                           ? g.labelPoints[*f]
                           : QPointF(g.xy[2 * g.ringStart[g.featureStart[*f]]],
                                     g.xy[2 * g.ringStart[g.featureStart[*f]] + 1]);
    return identifyAt(at.x(), at.y(), 0.0);
}

} // namespace geisep
