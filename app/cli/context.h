#pragma once

// What every geisep-cli command shares (app/cli/cli.cpp): the output streams, argument parsing,
// error printing and the translation context of the commands' words. One command a file:
// app/cli/NAME.cpp defines Cli::cmdNAME, and the table in cli.cpp lists it once.
#include "app/cli/cli.h"
#include "core/error.h"
#include "core/project.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace geisep::cli {

// A project opened for a command that writes: refused, with the reason, when another program
// holds it.
Result<std::unique_ptr<Project>> openForWriting(const QString &path);
// The translated one-line summary of a command.
QString commandSummary(const QString &name);

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}

    int dispatch(const QStringList &args);

    // The commands, one file each (app/cli/new.cpp …), listed once in cli.cpp's table.
    int cmdNew(const QStringList &args);
    int cmdInfo(const QStringList &args);
    int cmdValidate(const QStringList &args);
    int cmdImport(const QStringList &args);
    int cmdExport(const QStringList &args);
    int cmdFigures(const QStringList &args);
    int cmdSample(const QStringList &args);
    int cmdRender(const QStringList &args);
    int cmdPlan(const QStringList &args);
    int cmdAnalyze(const QStringList &args);
    int cmdPrint(const QStringList &args);
    int cmdLayer(const QStringList &args);
    int cmdServer(const QStringList &args);
    int cmdPublish(const QStringList &args);
    int cmdPull(const QStringList &args);
    int cmdConflicts(const QStringList &args);
    int runSync(const QString &command, const QStringList &args); // publish or pull

private:
    int analyzeCoverage(const QStringList &args);
    int analyzePressure(const QStringList &args);
    int analyzeProjection(const QStringList &args);
    int layerFilter(const QStringList &args);
    // Writes --csv OUT when given; false (after the message) when it cannot.
    // The results table as CSV, or as an Excel workbook when PATH ends in .xlsx; nothing when
    // PATH is empty.
    bool writeTable(const QString &path, const QList<QStringList> &rows, QChar separator,
                    bool english);
    int usage();

    // Parses ARGS for COMMAND; returns false (after printing why) on a usage error or --help.
    bool parse(QCommandLineParser &parser, const QString &command, const QString &summary,
               const QStringList &args, int positional, int *exitCode);
    int error(const Error &e);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_positionalSyntax = QStringLiteral("PROJECT.gpkg");
};

} // namespace geisep::cli
