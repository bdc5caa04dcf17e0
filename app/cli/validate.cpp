// geisep-cli validate: a project's integrity, structure and plan references.
#include "app/cli/context.h"

#include "core/project.h"
#include "core/validate.h"

#include <QCommandLineParser>

namespace geisep::cli {

int Cli::cmdValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT.gpkg"), tr("The project file."));
    int code = Ok;
    if (!parse(parser, QStringLiteral("validate"), commandSummary(QStringLiteral("validate")), args,
               1, &code))
        return code;
    const QString path = parser.positionalArguments().first();
    auto problems = ProjectValidator::check(path);
    if (!problems)
        return error(problems.error());
    if (problems->isEmpty()) {
        m_out << tr("%1: no problems found.").arg(path) << '\n';
        return Ok;
    }
    m_out << tr("%1: %n problem(s) found:", nullptr, int(problems->size())).arg(path) << '\n';
    for (const Problem &problem : *problems)
        m_out << "  - " << problem.message << '\n';
    return Problems;
}

} // namespace geisep::cli
