#ifndef CHARTSMITH_PNG_H
#define CHARTSMITH_PNG_H
/*
 * Chartsmith's PNG encoder for Cairo image surfaces (zlib directly, no libpng).
 *
 * Shared by the renderer (ChartsmithRender's PNG branch) and by the cairo-floor benchmark
 * program, so both encode with exactly the same code and settings.
 */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The settings Chartsmith uses. */
#define CHARTSMITH_PNG_LEVEL 3        /* zlib level: as small as Cairo's default output (level 6, adaptive filters) for charts, about 3x faster */
#define CHARTSMITH_PNG_FILTER 0       /* filter for every row: 0 none (best for flat chart colours), 1 sub, 2 up, 3 average, 4 paeth */

typedef struct {
    uint8_t *data;
    size_t length;
    size_t capacity;
} chartsmith_png_buffer;

/*
 * Encodes a CAIRO_FORMAT_ARGB32 surface's pixels (premultiplied, native-endian 32-bit
 * words, `stride` bytes per row) as a PNG into `out` (allocated with malloc; free it with
 * chartsmith_png_buffer_free). A fully opaque image is written as 8-bit RGB, any other as
 * 8-bit RGBA with alpha unpremultiplied exactly as Cairo does. Deterministic.
 * Returns 0 on success, -1 when out of memory or zlib fails.
 */
int chartsmith_png_encode(const uint8_t *pixels, int width, int height, int stride, chartsmith_png_buffer *out);

/* Same, with an explicit zlib level (0-9) and row filter (0-4); for benchmarks. */
int chartsmith_png_encode_with(const uint8_t *pixels, int width, int height, int stride,
                               int level, int filter, chartsmith_png_buffer *out);

void chartsmith_png_buffer_free(chartsmith_png_buffer *buffer);

#ifdef __cplusplus
}
#endif
#endif
