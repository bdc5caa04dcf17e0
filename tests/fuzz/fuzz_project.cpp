// Opening a damaged project file. The input is not the file itself (a GeoPackage is too large
// for a fuzzer to build from nothing) but a list of damages to a small, sound project made at
// start: each six bytes are an operation, an offset and a value (set or flip a byte anywhere or
// in the header, or cut the file short). The damaged copy is opened read-only, its layers and
// plan read, and checked by the validator: a refusal with a message is fine, a crash is not.
#include "core/plan/plan.h"
#include "core/project.h"
#include "core/validate.h"
#include "gis/crs.h"
#include "gis/io/importer.h"
#include "tests/fuzz/fuzz.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace geisep;

namespace {

QTemporaryDir *g_dir = nullptr;
QByteArray g_sound;

QByteArray makeSoundProject()
{
    const QString path = g_dir->filePath(QStringLiteral("sound.gpkg"));
    const QString areas = g_dir->filePath(QStringLiteral("mahalleler.geojson"));
    QFile geojson(areas);
    FUZZ_CHECK(geojson.open(QIODevice::WriteOnly));
    geojson.write(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ad":"Şahintepe","ilçe":"Şahinbey","nüfus":12450},
 "geometry":{"type":"Polygon","coordinates":[[[37.30,37.00],[37.32,37.00],[37.32,37.02],[37.30,37.02],[37.30,37.00]]]}},
{"type":"Feature","properties":{"ad":"İnönü","ilçe":"Şehitkamil","nüfus":8000},
 "geometry":{"type":"Polygon","coordinates":[[[37.32,37.00],[37.34,37.00],[37.34,37.02],[37.32,37.02],[37.32,37.00]],[[37.325,37.005],[37.33,37.005],[37.33,37.01],[37.325,37.005]]]}}
]})");
    geojson.close();
    auto options = Crs::newProject(QStringLiteral("Fuzz"), QStringLiteral("Gaziantep"), 5256);
    FUZZ_CHECK(options.has_value());
    {
        auto project = Project::create(path, *options);
        FUZZ_CHECK(project.has_value());
        ImportOptions import;
        import.path = areas;
        import.name = QStringLiteral("Mahalleler");
        import.role = LayerRole::MigrantArea;
        FUZZ_CHECK(LayerImporter::run(**project, import).has_value());
    }
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    g_dir = new QTemporaryDir;
    FUZZ_CHECK(g_dir->isValid());
    g_sound = makeSoundProject();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray damaged = g_sound;
    for (std::size_t i = 0; i + 6 <= size && i < 6 * 16; i += 6) {
        const std::uint8_t op = data[i] % 4;
        const std::uint32_t at = std::uint32_t(data[i + 1]) | std::uint32_t(data[i + 2]) << 8
                                 | std::uint32_t(data[i + 3]) << 16
                                 | std::uint32_t(data[i + 4]) << 24;
        if (damaged.isEmpty())
            break;
        const qsizetype offset = qsizetype(at % std::uint32_t(damaged.size()));
        switch (op) {
        case 0:
            damaged[offset] = char(data[i + 5]);
            break;
        case 1:
            damaged[offset] = char(damaged[offset] ^ char(data[i + 5] | 1));
            break;
        case 2:
            damaged.truncate(offset);
            break;
        case 3:
            damaged[offset % 100] = char(data[i + 5]);
            break;
        }
    }
    const QString path = g_dir->filePath(QStringLiteral("damaged.gpkg"));
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        FUZZ_CHECK(file.write(damaged) == damaged.size());
    }
    if (auto project = Project::open(path, Project::Access::ReadOnly)) {
        (void)(*project)->layers();
        PlanStore plan((*project)->db());
        (void)plan.goals();
    } else {
        FUZZ_CHECK(!project.error().message.isEmpty());
    }
    if (const auto problems = ProjectValidator::check(path); !problems)
        FUZZ_CHECK(!problems.error().message.isEmpty());
    return 0;
}
