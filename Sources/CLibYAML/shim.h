#ifndef PRUNE_CLIBYAML_SHIM_H
#define PRUNE_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
