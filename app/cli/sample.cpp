// geisep-cli sample: the sample project from data/.
#include "app/cli/context.h"

#include "app/i18n.h"

#include "core/project.h"
#include "gis/io/sample.h"

#include <QCommandLineParser>
#include <QDir>

namespace geisep::cli {

int Cli::cmdSample(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project to create."));
    const QCommandLineOption dataDir(
        QStringLiteral("data"),
        tr("The folder with the real data files (default: the "
           "data that comes with the program, %1).")
            .arg(QDir::toNativeSeparators(SampleProject::defaultDataDir())),
        QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("The language of the project's names and texts: tr "
                                         "(default) or en."),
                                      QStringLiteral("LANG"), QStringLiteral("tr"));
    parser.addOptions({dataDir, language});
    int code = Ok;
    m_positionalSyntax = QStringLiteral("PROJECT.gpkg [--data DIR]");
    if (!parse(parser, QStringLiteral("sample"), commandSummary(QStringLiteral("sample")), args, 1,
               &code))
        return code;
    const QString data
        = parser.isSet(dataDir) ? parser.value(dataDir) : SampleProject::defaultDataDir();
    const QString out = parser.positionalArguments().first();
    // Checked in the language of the messages, before the names' language is installed.
    if (auto ok = SampleProject::check(out, data); !ok)
        return error(ok.error());
    // The sample is a Turkish municipality's project: its layer and project names are Turkish
    // whatever language the messages are in, unless asked otherwise.
    const QString messages = i18n::current();
    i18n::install(parser.value(language));
    auto built = SampleProject::build(out, data);
    i18n::install(messages);
    if (!built)
        return error(built.error());
    m_out << tr("Built the sample project %1.").arg(*built) << '\n';
    return Ok;
}

} // namespace geisep::cli
