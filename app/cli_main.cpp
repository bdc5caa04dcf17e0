// geisep-cli: the workbench's work without a window. All logic lives in app/cli.cpp.
#include "app/cli.h"

int main(int argc, char *argv[])
{
    return geisep::cli::main(argc, argv);
}
