// gongkai: a static site generator for public budget disclosure portals.
// Everything lives in gongkai_core; see cli/cli.cc for the commands.
#include "cli/command.h"

int main(int argc, char** argv) { return gongkai::RunCli(argc, argv); }
