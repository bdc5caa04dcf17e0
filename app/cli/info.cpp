// geisep-cli info: what a project holds, as text or JSON.
#include "app/cli/context.h"

#include "core/project.h"
#include "gis/io/raster.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace geisep::cli {

namespace {

QJsonObject infoToJson(const ProjectInfo &info)
{
    QJsonArray layers;
    for (const LayerInfo &layer : info.layers) {
        QJsonValue extent = QJsonValue::Null;
        if (layer.extent)
            extent = QJsonArray{layer.extent->minX, layer.extent->minY, layer.extent->maxX,
                                layer.extent->maxY};
        layers.append(QJsonObject{
            {QStringLiteral("id"), layer.id},
            {QStringLiteral("name"), layer.name},
            {QStringLiteral("table"), layer.tableName},
            {QStringLiteral("role"), roleName(layer.role)},
            {QStringLiteral("geometry_type"), layer.geometryType},
            {QStringLiteral("feature_count"), layer.featureCount},
            {QStringLiteral("extent"), extent},
            {QStringLiteral("sample"), layer.isSample},
            {QStringLiteral("visible"), layer.visible},
            {QStringLiteral("opacity"), layer.opacity},
            {QStringLiteral("source"), layer.isRaster ? QJsonValue(layer.source) : QJsonValue()}});
    }
    const PlanCounts &p = info.plan;
    return QJsonObject{
        {QStringLiteral("path"), info.path},
        {QStringLiteral("name"), info.name},
        {QStringLiteral("province"), info.province},
        {QStringLiteral("municipality"), info.municipality},
        {QStringLiteral("crs"), QJsonObject{{QStringLiteral("srs_id"), info.srsId},
                                            {QStringLiteral("name"), info.crsName}}},
        {QStringLiteral("schema_version"), info.schemaVersion},
        {QStringLiteral("in_use_by_pid"),
         info.inUseByPid != 0 ? QJsonValue(info.inUseByPid) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("plan"), QJsonObject{{QStringLiteral("sectors"), p.sectors},
                                             {QStringLiteral("goals"), p.goals},
                                             {QStringLiteral("objectives"), p.objectives},
                                             {QStringLiteral("actions"), p.actions},
                                             {QStringLiteral("indicators"), p.indicators},
                                             {QStringLiteral("stakeholders"), p.stakeholders},
                                             {QStringLiteral("areas"), p.areas},
                                             {QStringLiteral("links"), p.links}}},
    };
}

} // namespace

int Cli::cmdInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print JSON (keys are listed in the README)."));
    parser.addOption(json);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg");
    if (!parse(parser, QStringLiteral("info"), commandSummary(QStringLiteral("info")), args, 1,
               &code))
        return code;
    // info only reads: open read-only so it never upgrades, locks or changes the file.
    auto project = Project::open(parser.positionalArguments().first(), Project::Access::ReadOnly);
    if (!project)
        return error(project.error());
    const ProjectInfo info = (*project)->info();
    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(QJsonDocument(infoToJson(info)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    m_out << tr("Project:        %1").arg(info.name) << '\n'
          << tr("File:           %1").arg(info.path) << '\n';
    if (!info.province.isEmpty())
        m_out << tr("Province:       %1").arg(info.province) << '\n';
    if (!info.municipality.isEmpty())
        m_out << tr("Municipality:   %1").arg(info.municipality) << '\n';
    m_out << tr("CRS:            EPSG:%1 %2").arg(info.srsId).arg(info.crsName) << '\n'
          << tr("Schema version: %1").arg(info.schemaVersion) << '\n';
    if (info.inUseByPid != 0)
        m_out << tr("In use:         being edited by process %1").arg(info.inUseByPid) << '\n';
    if (info.layers.isEmpty()) {
        m_out << tr("Layers:         none") << '\n';
    } else {
        m_out << tr("Layers:") << '\n';
        for (const LayerInfo &layer : info.layers) {
            m_out << "  " << layer.name << "  [" << roleName(layer.role) << ", "
                  << layer.geometryType << ", "
                  << tr("%n feature(s)", nullptr, int(layer.featureCount)) << ']';
            if (layer.extent)
                m_out << "  "
                      << tr("extent %1, %2 – %3, %4")
                             .arg(layer.extent->minX, 0, 'f', 1)
                             .arg(layer.extent->minY, 0, 'f', 1)
                             .arg(layer.extent->maxX, 0, 'f', 1)
                             .arg(layer.extent->maxY, 0, 'f', 1);
            m_out << '\n';
        }
    }
    const PlanCounts &p = info.plan;
    m_out << tr("Plan:           %1 sectors, %2 goals, %3 objectives, %4 actions, %5 "
                "indicators, %6 stakeholders, %7 area links")
                 .arg(p.sectors)
                 .arg(p.goals)
                 .arg(p.objectives)
                 .arg(p.actions)
                 .arg(p.indicators)
                 .arg(p.stakeholders)
                 .arg(p.links)
          << '\n';
    return Ok;
}

} // namespace geisep::cli
