#ifndef CCHARTSMITH_CAIRO_SHIM_H
#define CCHARTSMITH_CAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#endif
