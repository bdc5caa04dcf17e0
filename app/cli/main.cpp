// geisep-cli: the workbench's work without a window (app/cli/cli.cpp and one file a command).
#include "app/cli/cli.h"

int main(int argc, char *argv[])
{
    return geisep::cli::main(argc, argv);
}
