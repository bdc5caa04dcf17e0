#pragma once

#include <QStringList>
#include <QTextStream>

namespace geisep::cli {

// Exit codes of geisep-cli.
enum ExitCode {
    Ok = 0,
    Failed = 1,   // the command could not do its work (message on stderr)
    Usage = 2,    // wrong arguments
    Problems = 3, // validate found problems, conflicts found open (listed on stdout)
};

// Runs one command line (without the program name), writing to out and err. The same code
// serves geisep-cli and the tests, which call it in-process.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

// Entry point of geisep-cli: sets up the application and language, then run().
int main(int argc, char *argv[]);

} // namespace geisep::cli
