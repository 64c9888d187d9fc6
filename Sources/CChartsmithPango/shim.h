#ifndef CCHARTSMITH_PANGO_SHIM_H
#define CCHARTSMITH_PANGO_SHIM_H
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
#endif
