// Cairo (image, PDF, SVG surfaces) and Pango's Cairo binding, for CairoRender only.
// Debian: libcairo2-dev, libpango1.0-dev (pkg-config names "cairo", "pangocairo").
#ifndef RADIX_CCAIRO_SHIM_H
#define RADIX_CCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

/// PANGO_SCALE as a plain constant (the macro is not imported into Swift).
static const int radix_pango_scale = PANGO_SCALE;

#endif
