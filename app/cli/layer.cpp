// geisep-cli layer new: an empty layer to draw into, with a role and its fields.
// geisep-cli layer filter: which features of a layer the map, tables, analyses and print use.
#include "app/cli/context.h"

#include "core/findlayer.h"
#include "gis/edit/featureedit.h"
#include "gis/edit/featuretable.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace geisep::cli {

int Cli::cmdLayer(const QStringList &args)
{
    const QString usageLine = tr("Usage: geisep-cli layer new PROJECT.gpkg --name NAME --role ROLE "
                                 "[--geometry polygon|point|line] [--field NAME:TYPE …]\n"
                                 "       geisep-cli layer filter PROJECT.gpkg --name NAME "
                                 "[--where EXPRESSION]");
    if (!args.isEmpty() && args.first() == u"filter")
        return layerFilter(args.mid(1));
    if (args.isEmpty() || args.first() != u"new") {
        if (!args.isEmpty() && (args.first() == u"--help" || args.first() == u"-h")) {
            m_out << usageLine << '\n';
            return Ok;
        }
        m_err << tr("Error: say what to do with layers: geisep-cli layer new PROJECT.gpkg --name "
                    "NAME --role ROLE, or geisep-cli layer filter PROJECT.gpkg --name NAME "
                    "--where EXPRESSION")
              << '\n';
        return Usage;
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The layer's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        tr("What the layer holds: migrant_area, muhtar_district, infrastructure or reference."),
        QStringLiteral("ROLE"));
    const QCommandLineOption geometry(QStringLiteral("geometry"),
                                      tr("polygon (default), point or line."),
                                      QStringLiteral("KIND"), QStringLiteral("polygon"));
    const QCommandLineOption field(
        QStringLiteral("field"),
        tr("A field, repeatable: NAME:TYPE with TYPE integer, real, text, text(N), date, "
           "datetime or boolean. Without any, the role's fields (a migrant area: name, "
           "households, persons, source, survey_date, note)."),
        QStringLiteral("NAME:TYPE"));
    parser.addOptions({name, role, geometry, field});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --name NAME --role ROLE");
    if (!parse(parser, QStringLiteral("layer new"), commandSummary(QStringLiteral("layer")),
               args.mid(1), 1, &code))
        return code;
    if (!parser.isSet(name) || !parser.isSet(role)) {
        m_err << tr("Error: give the layer a name with --name and a role with --role.") << '\n';
        return Usage;
    }
    NewLayerSpec spec;
    spec.name = parser.value(name);
    const std::optional<LayerRole> roleGiven = roleFromName(parser.value(role));
    spec.role = roleGiven.value_or(LayerRole::Reference);
    const QString kind = parser.value(geometry).toLower();
    if (kind == u"polygon")
        spec.geometryType = "MULTIPOLYGON";
    else if (kind == u"point")
        spec.geometryType = "POINT";
    else if (kind == u"line")
        spec.geometryType = "MULTILINESTRING";
    else {
        m_err << tr("Error: --geometry is polygon, point or line, not \"%1\".").arg(kind) << '\n';
        return Usage;
    }
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*):([A-Za-z]+)(?:\\((\\d{1,5})\\))?$"));
    for (const QString &given : parser.values(field)) {
        const auto m = pattern.match(given.trimmed());
        const auto type = m.hasMatch() ? EditField::typeFromName(m.captured(2)) : std::nullopt;
        if (!type || *type == EditField::Type::Blob
            || (!m.captured(3).isEmpty() && *type != EditField::Type::Text)) {
            m_err << tr("Error: \"%1\" is not a field; write NAME:TYPE, e.g. households:integer "
                        "or source:text(200).")
                         .arg(given)
                  << '\n';
            return Usage;
        }
        spec.fields.append({m.captured(1), *type, m.captured(3).toInt(), false});
    }
    auto project = openForWriting(parser.positionalArguments().first());
    if (!project)
        return error(project.error());
    // As FeatureEditor::createLayer checks: a name first, then the role.
    if (!roleGiven && !spec.name.trimmed().isEmpty())
        return error(FeatureEditor::unknownRole(parser.value(role), (*project)->path()));
    FeatureEditor editor(**project);
    auto id = editor.createLayer(spec);
    if (!id)
        return error(id.error());
    auto fields = editor.fields(*id);
    if (!fields)
        return error(fields.error());
    QStringList described;
    for (const EditField &f : *fields)
        described.append(f.name + u' ' + QString::fromLatin1(f.sqlType()));
    m_out << tr("Created the layer \"%1\" (%2, %3) with the fields: %4.")
                 .arg(spec.name.trimmed(), roleName(spec.role), kind,
                      described.join(QStringLiteral(", ")))
          << '\n';
    return Ok;
}

int Cli::layerFilter(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The layer's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption where(
        QStringLiteral("where"),
        tr("Keep only the features this accepts, in the atlas filter's language "
           "(\"ilçe = Eyyübiye AND nüfus >= 5000\"); without it, or empty, the filter is "
           "cleared."),
        QStringLiteral("EXPRESSION"));
    parser.addOptions({name, where});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --name NAME");
    if (!parse(parser, QStringLiteral("layer filter"), commandSummary(QStringLiteral("layer")),
               args, 1, &code))
        return code;
    if (!parser.isSet(name)) {
        m_err << tr("Error: name the layer with --name.") << '\n';
        return Usage;
    }
    auto project = openForWriting(parser.positionalArguments().first());
    if (!project)
        return error(project.error());
    const QList<LayerInfo> layers = (*project)->layers();
    const LayerInfo *layer = findByName(
        layers, parser.value(name), [](const LayerInfo &l) { return l.name; },
        [](const LayerInfo &l) { return l.tableName; });
    if (!layer || layer->isRaster) {
        QStringList names;
        for (const LayerInfo &l : layers)
            if (!l.isRaster)
                names << l.name;
        return error(fail(tr("The project has no layer \"%1\".").arg(parser.value(name)),
                          (*project)->path(),
                          tr("Its layers: %1.").arg(names.join(QStringLiteral(", "))))
                         .error());
    }
    const QString expression = parser.value(where).trimmed();
    FeatureTable table((*project)->db(), *layer);
    if (auto ok = table.readColumns(); !ok)
        return error(ok.error());
    auto fids = table.allFids();
    if (!fids)
        return error(fids.error());
    const qint64 all = qint64(fids->size());
    if (auto ok = table.keepMatching(expression, *fids); !ok)
        return error(ok.error());
    if (auto ok = (*project)->setLayerFilter(layer->id, expression); !ok)
        return error(ok.error());
    if (expression.isEmpty())
        m_out << tr("The layer \"%1\" has no filter: all %2 features are used.")
                     .arg(layer->name)
                     .arg(all)
              << '\n';
    else
        m_out << tr("The layer \"%1\" is filtered: %2 of %3 features are used.")
                     .arg(layer->name)
                     .arg(qint64(fids->size()))
                     .arg(all)
              << '\n';
    return Ok;
}

} // namespace geisep::cli
