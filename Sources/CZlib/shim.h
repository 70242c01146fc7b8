#ifndef KBASELINE_CZLIB_SHIM_H
#define KBASELINE_CZLIB_SHIM_H
#include <zlib.h>
#endif
