// geisep-cli analyze coverage | pressure | projection.
#include "app/cli/context.h"

#include "core/project.h"
#include "core/text/csv.h"
#include "gis/analysis/analysis.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <algorithm>
#include <array>

namespace geisep::cli {

namespace {

// NAME=VALUE,NAME=VALUE; nullopt (with the bad part in `bad`) when a value is not a number.
std::optional<QMap<QString, double>> namedNumbers(const QString &text, QString *bad)
{
    QMap<QString, double> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const auto value = eq > 0 ? parseNumber(part.mid(eq + 1).trimmed()) : std::nullopt;
        if (!value) {
            *bad = part;
            return std::nullopt;
        }
        out.insert(part.left(eq).trimmed().toLower(), *value);
    }
    return out;
}

// The coverage of each service, and the gap layers made.
void reportCoverage(QTextStream &out, const CoverageJob &job, const std::vector<CoverageRow> &rows,
                    const StoredCoverage &stored, qint64 ms)
{
    out << Cli::tr("Coverage run %1: %n area(s) of \"%2\"", nullptr, int(job.areas->featureCount()))
               .arg(stored.runId)
               .arg(job.areasLayer.name)
        << ", " << Cli::tr("computed in %1 s.").arg(QLocale().toString(ms / 1000.0, 'f', 2))
        << '\n';
    for (const CoverageService &service : job.services) {
        double area = 0, covered = 0, people = 0, peopleCovered = 0;
        for (const CoverageRow &row : rows) {
            if (row.service != service.name)
                continue;
            area += row.areaM2;
            covered += row.coveredM2;
            if (std::isfinite(row.coveredPopulation)) {
                peopleCovered += row.coveredPopulation;
                people += row.area < job.options.population.size()
                                  && std::isfinite(job.options.population[row.area])
                              ? job.options.population[row.area]
                              : 0;
            }
        }
        out << "  " << service.name.leftJustified(8) << ' '
            << Cli::tr("%1 m: %2 % of the area covered")
                   .arg(QLocale().toString(service.distance, 'f', 0))
                   .arg(QLocale().toString(area > 0 ? covered / area * 100 : 0, 'f', 1));
        if (people > 0)
            out << Cli::tr(", %1 % of the population")
                       .arg(QLocale().toString(peopleCovered / people * 100, 'f', 1));
        out << '\n';
    }
    if (!stored.gapLayers.isEmpty())
        out << Cli::tr("%n gap layer(s) added.", nullptr, int(stored.gapLayers.size())) << '\n';
    if (stored.replacedLayers > 0)
        out << Cli::tr("%n gap layer(s) of earlier runs replaced.", nullptr, stored.replacedLayers)
            << '\n';
}

// NAME=WEIGHT pairs over the preset's weights (the preset then "custom"); false (after saying
// why) when a name is not a component.
bool applyWeights(PressureRequest &request, const QMap<QString, double> &given, QTextStream &err)
{
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        int c = 0;
        while (c < kPressureComponents && pressureComponentKey(PressureComponent(c)) != it.key())
            ++c;
        if (c == kPressureComponents) {
            err << Cli::tr("Error: no component \"%1\"; they are migrant_share, migrants_per_1000, "
                           "migrant_growth, density, coverage_deficit.")
                       .arg(it.key())
                << '\n';
            return false;
        }
        request.weights.w[std::size_t(c)] = it.value();
        request.preset = QStringLiteral("custom");
    }
    return true;
}

// The `n` areas of highest pressure, with their components.
void listTopAreas(QTextStream &out, const PressureResult &result, int n, int classes)
{
    for (const PressureRow &row : result.rows) {
        if (row.rank == 0 || row.rank > n)
            break;
        out << QString::number(row.rank).rightJustified(4) << ". " << row.label << "  "
            << QLocale().toString(row.score, 'f', 1) << "  ("
            << Pressure::classTitle(row.klass, std::clamp(classes, 3, 9)) << ")";
        QStringList parts;
        for (int c = 0; c < kPressureComponents; ++c) {
            if (row.smallCell && c <= 2) { // rates of a small migrant count are withheld
                parts << pressureComponentTitle(PressureComponent(c)) + QStringLiteral(" –");
                continue;
            }
            if (std::isfinite(row.raw[std::size_t(c)]))
                parts << pressureComponentTitle(PressureComponent(c)) + QStringLiteral(" ")
                             + QLocale().toString(row.raw[std::size_t(c)], 'f', c == 3 ? 0 : 1);
        }
        out << "  " << parts.join(QStringLiteral("; ")) << '\n';
    }
}

// --low, --medium and --high into the request's rates; false (after saying why) when one is
// not a number.
bool readRates(const QCommandLineParser &parser,
               const std::array<const QCommandLineOption *, 3> &options, ProjectionRequest &request,
               QTextStream &err)
{
    for (const auto &[option, rate] :
         {std::pair{options[0], &request.low}, std::pair{options[1], &request.medium},
          std::pair{options[2], &request.high}}) {
        if (!parser.isSet(*option))
            continue;
        const auto v = parseNumber(parser.value(*option));
        if (!v) {
            err << Cli::tr("Error: \"%1\" is not a rate.").arg(parser.value(*option)) << '\n';
            return false;
        }
        *rate = *v;
    }
    return true;
}

// NAME=VALUE pairs into the per-person standards; false (after saying why) when a name is not
// one.
bool applyStandards(ProjectionStandards &st, const QMap<QString, double> &given, QTextStream &err)
{
    const QMap<QString, double *> names = {{QStringLiteral("school_age"), &st.schoolAgeShare},
                                           {QStringLiteral("education"), &st.educationM2},
                                           {QStringLiteral("health"), &st.healthM2},
                                           {QStringLiteral("water"), &st.waterLitres},
                                           {QStringLiteral("green"), &st.greenM2}};
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (!names.contains(it.key())) {
            err << Cli::tr("Error: no standard \"%1\"; they are %2.")
                       .arg(it.key(), QStringList(names.keys()).join(QStringLiteral(", ")))
                << '\n';
            return false;
        }
        *names.value(it.key()) = it.value();
    }
    return true;
}

// The run, the rates it used, and each scenario's population and school places.
void reportProjection(QTextStream &out, const ProjectionResult &result, qint64 runId,
                      const ProjectionRequest &request)
{
    out << Cli::tr("Projection run %1 on \"%2\", %3 → %4.")
               .arg(runId)
               .arg(result.areasLayer.name)
               .arg(result.basePeriod)
               .arg(request.horizon)
        << '\n'
        << "  " << result.ratesFrom << '\n';
    double base0 = 0;
    std::array<double, 3> total{}, places{}, shortfall{};
    for (const ProjectionRow &row : result.rows) {
        if (!std::isfinite(row.base))
            continue;
        base0 += row.base;
        for (std::size_t s = 0; s < 3; ++s) {
            total[s] += row.population[s];
            places[s] += row.schoolPlaces[s];
            if (std::isfinite(row.schoolShortfall[s]))
                shortfall[s] += row.schoolShortfall[s];
        }
    }
    const QLocale locale;
    for (std::size_t s = 0; s < 3; ++s) {
        out << "  " << Projection::scenarioTitle(int(s)).leftJustified(8) << ' '
            << Cli::tr("%1 % a year: %2 → %3 people, %4 school places")
                   .arg(locale.toString(result.rates[s], 'f', 2), locale.toString(base0, 'f', 0),
                        locale.toString(total[s], 'f', 0), locale.toString(places[s], 'f', 0));
        if (!request.facilities.isEmpty())
            out << Cli::tr(", %1 short").arg(locale.toString(shortfall[s], 'f', 0));
        out << '\n';
    }
}

} // namespace

int Cli::cmdAnalyze(const QStringList &args)
{
    const QString kind = args.value(0);
    if (kind == u"coverage")
        return analyzeCoverage(args.mid(1));
    if (kind == u"pressure")
        return analyzePressure(args.mid(1));
    if (kind == u"projection")
        return analyzeProjection(args.mid(1));
    if (kind == u"--help" || kind == u"-h") {
        m_out << tr("Usage: geisep-cli analyze coverage|pressure|projection PROJECT.gpkg "
                    "[options]")
              << '\n';
        return Ok;
    }
    m_err << tr("Error: say which analysis: geisep-cli analyze coverage|pressure|projection "
                "PROJECT.gpkg --areas LAYER …")
          << '\n';
    return Usage;
}

int Cli::analyzeCoverage(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption areas(QStringLiteral("areas"), tr("The layer of areas."),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption facilities(QStringLiteral("facilities"),
                                        tr("A layer of facilities (points), network lines or "
                                           "coverage polygons; give it again for more."),
                                        QStringLiteral("LAYER"));
    const QCommandLineOption serviceField(QStringLiteral("service-field"),
                                          tr("The field naming each feature's service (default "
                                             "service)."),
                                          QStringLiteral("FIELD"));
    const QCommandLineOption distance(QStringLiteral("distance"),
                                      tr("Catchment distances in metres (defaults school=1000, "
                                         "health=1000, water=500, transit=500)."),
                                      QStringLiteral("SERVICE=M,…"));
    const QCommandLineOption services(QStringLiteral("services"), tr("Only these services."),
                                      QStringLiteral("A,B"));
    const QCommandLineOption population(QStringLiteral("population"),
                                        tr("The figure counted as population (default "
                                           "population; \"none\" for none)."),
                                        QStringLiteral("VARIABLE"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("The year of the population figure (default the latest)."),
                                    QStringLiteral("YEAR"));
    const QCommandLineOption finer(QStringLiteral("finer"),
                                   tr("A layer of buildings or blocks to place population by."),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption finerField(QStringLiteral("finer-field"),
                                        tr("Its field of counts (default: each feature counts "
                                           "one)."),
                                        QStringLiteral("FIELD"));
    const QCommandLineOption noGaps(QStringLiteral("no-gaps"), tr("Do not make gap layers."));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Also write the results table (.csv, or .xlsx for Excel)."),
                                 QStringLiteral("OUT.csv"));
    const QCommandLineOption english(QStringLiteral("english"), tr("Table headers in English."));
    for (const auto &o : {areas, facilities, serviceField, distance, services, population, period,
                          finer, finerField, noGaps, csv, english})
        parser.addOption(o);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --areas LAYER --facilities LAYER");
    if (!parse(parser, QStringLiteral("analyze coverage"),
               commandSummary(QStringLiteral("analyze")), args, 1, &code))
        return code;
    if (!parser.isSet(areas) || !parser.isSet(facilities)) {
        m_err << tr("Error: give --areas LAYER and --facilities LAYER.") << '\n';
        return Usage;
    }
    CoverageRequest request;
    request.areas = parser.value(areas);
    request.facilities = parser.values(facilities);
    request.serviceField = parser.value(serviceField);
    QString bad;
    const auto distances = namedNumbers(parser.value(distance), &bad);
    if (!distances) {
        m_err << tr("Error: \"%1\" is not SERVICE=METRES.").arg(bad) << '\n';
        return Usage;
    }
    request.distances = *distances;
    for (const QString &s : parser.value(services).split(u',', Qt::SkipEmptyParts))
        request.services << s.trimmed().toLower();
    if (parser.isSet(population))
        request.populationVariable
            = parser.value(population) == u"none" ? QString() : parser.value(population);
    request.period = parser.value(period).toInt();
    request.finer = parser.value(finer);
    request.finerField = parser.value(finerField);
    request.gapLayers = !parser.isSet(noGaps);

    auto project = openForWriting(parser.positionalArguments().first());
    if (!project)
        return error(project.error());
    auto job = Coverage::prepare(**project, request);
    if (!job)
        return error(job.error());
    QElapsedTimer timer;
    timer.start();
    auto rows = Coverage::compute(*job);
    if (!rows)
        return error(rows.error());
    const qint64 ms = timer.elapsed();
    auto stored = Coverage::store(**project, *job, *rows);
    if (!stored)
        return error(stored.error());
    reportCoverage(m_out, *job, *rows, *stored, ms);
    return writeTable(parser.value(csv), Coverage::table(*job, *rows, u';', parser.isSet(english)),
                      u';', parser.isSet(english))
               ? Ok
               : Failed;
}

int Cli::analyzePressure(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption areas(QStringLiteral("areas"), tr("The layer of areas."),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption weights(
        QStringLiteral("weights"),
        tr("Weights of migrant_share, migrants_per_1000, migrant_growth, density, "
           "coverage_deficit (others keep the preset's)."),
        QStringLiteral("NAME=W,…"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    tr("balanced (default), migration or services."),
                                    QStringLiteral("NAME"), QStringLiteral("balanced"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("The year of the figures (default the latest)."),
                                    QStringLiteral("YEAR"));
    const QCommandLineOption fromPeriod(QStringLiteral("from"),
                                        tr("The earlier year for growth (default the one "
                                           "before)."),
                                        QStringLiteral("YEAR"));
    const QCommandLineOption coverageRun(QStringLiteral("coverage-run"),
                                         tr("The coverage run for the deficit (default the "
                                            "newest on the layer)."),
                                         QStringLiteral("ID"));
    const QCommandLineOption classes(QStringLiteral("classes"), tr("Number of classes (3–9)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 tr("List the N areas of highest "
                                    "pressure (default 10)."),
                                 QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Also write the results table (.csv, or .xlsx for Excel)."),
                                 QStringLiteral("OUT.csv"));
    const QCommandLineOption english(QStringLiteral("english"), tr("Table headers in English."));
    for (const auto &o :
         {areas, weights, preset, period, fromPeriod, coverageRun, classes, top, csv, english})
        parser.addOption(o);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --areas LAYER");
    if (!parse(parser, QStringLiteral("analyze pressure"),
               commandSummary(QStringLiteral("analyze")), args, 1, &code))
        return code;
    if (!parser.isSet(areas)) {
        m_err << tr("Error: give --areas LAYER.") << '\n';
        return Usage;
    }
    PressureRequest request;
    request.areas = parser.value(areas);
    const auto presetWeights = PressureWeights::preset(parser.value(preset));
    if (!presetWeights) {
        m_err << tr("Error: the presets are %1.")
                     .arg(PressureWeights::presetNames().join(QStringLiteral(", ")))
              << '\n';
        return Usage;
    }
    request.weights = *presetWeights;
    request.preset = parser.value(preset);
    QString bad;
    const auto given = namedNumbers(parser.value(weights), &bad);
    if (!given) {
        m_err << tr("Error: \"%1\" is not NAME=WEIGHT.").arg(bad) << '\n';
        return Usage;
    }
    if (!applyWeights(request, *given, m_err))
        return Usage;
    request.period = parser.value(period).toInt();
    request.fromPeriod = parser.value(fromPeriod).toInt();
    request.coverageRun = parser.value(coverageRun).toLongLong();
    request.classes = parser.value(classes).toInt();

    auto project = openForWriting(parser.positionalArguments().first());
    if (!project)
        return error(project.error());
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto result = Pressure::compute(**project, request);
    if (!result)
        return error(result.error());
    auto runId = Pressure::store(**project, *result, started);
    if (!runId)
        return error(runId.error());
    m_out << tr("Migration pressure run %1 on \"%2\" (%3).")
                 .arg(*runId)
                 .arg(result->areasLayer.name)
                 .arg(result->period)
          << '\n';
    for (const QString &note : result->notes)
        m_out << "  " << note << '\n';
    listTopAreas(m_out, *result, std::max(0, parser.value(top).toInt()), request.classes);
    return writeTable(parser.value(csv), Pressure::table(*result, u';', parser.isSet(english)),
                      u';', parser.isSet(english))
               ? Ok
               : Failed;
}

int Cli::analyzeProjection(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    const QCommandLineOption areas(QStringLiteral("areas"), tr("The layer of areas."),
                                   QStringLiteral("LAYER"));
    const QCommandLineOption horizon(QStringLiteral("horizon"), tr("The year projected to."),
                                     QStringLiteral("YEAR"));
    const QCommandLineOption base(QStringLiteral("base"),
                                  tr("The year of the population figure to start from (default "
                                     "the latest)."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption low(QStringLiteral("low"), tr("Low growth, % a year."),
                                 QStringLiteral("RATE"));
    const QCommandLineOption medium(QStringLiteral("medium"), tr("Medium growth, % a year."),
                                    QStringLiteral("RATE"));
    const QCommandLineOption high(QStringLiteral("high"), tr("High growth, % a year."),
                                  QStringLiteral("RATE"));
    const QCommandLineOption standards(
        QStringLiteral("standards"),
        tr("Per-person standards: school_age (share 0–1), education, health, green (m²), water "
           "(litres a day)."),
        QStringLiteral("NAME=V,…"));
    const QCommandLineOption facilities(QStringLiteral("facilities"),
                                        tr("A layer of schools with their places, for the "
                                           "shortfall."),
                                        QStringLiteral("LAYER"));
    const QCommandLineOption capacityField(QStringLiteral("capacity-field"),
                                           tr("Its field of places (default capacity or "
                                              "kapasite)."),
                                           QStringLiteral("FIELD"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 tr("Also write the results table (.csv, or .xlsx for Excel)."),
                                 QStringLiteral("OUT.csv"));
    const QCommandLineOption english(QStringLiteral("english"), tr("Table headers in English."));
    for (const auto &o : {areas, horizon, base, low, medium, high, standards, facilities,
                          capacityField, csv, english})
        parser.addOption(o);
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg --areas LAYER --horizon YEAR");
    if (!parse(parser, QStringLiteral("analyze projection"),
               commandSummary(QStringLiteral("analyze")), args, 1, &code))
        return code;
    if (!parser.isSet(areas) || !parser.isSet(horizon)) {
        m_err << tr("Error: give --areas LAYER and --horizon YEAR.") << '\n';
        return Usage;
    }
    ProjectionRequest request;
    request.areas = parser.value(areas);
    request.horizon = parser.value(horizon).toInt();
    request.basePeriod = parser.value(base).toInt();
    if (!readRates(parser, {&low, &medium, &high}, request, m_err))
        return Usage;
    QString bad;
    const auto given = namedNumbers(parser.value(standards), &bad);
    if (!given) {
        m_err << tr("Error: \"%1\" is not NAME=VALUE.").arg(bad) << '\n';
        return Usage;
    }
    if (!applyStandards(request.standards, *given, m_err))
        return Usage;
    request.facilities = parser.value(facilities);
    request.capacityField = parser.value(capacityField);

    auto project = openForWriting(parser.positionalArguments().first());
    if (!project)
        return error(project.error());
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto result = Projection::compute(**project, request);
    if (!result)
        return error(result.error());
    auto runId = Projection::store(**project, *result, started);
    if (!runId)
        return error(runId.error());
    reportProjection(m_out, *result, *runId, request);
    return writeTable(parser.value(csv), Projection::table(*result, u';', parser.isSet(english)),
                      u';', parser.isSet(english))
               ? Ok
               : Failed;
}

} // namespace geisep::cli
