#include "chartsmith_png.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static int reserve(chartsmith_png_buffer *b, size_t extra) {
    if (b->length + extra <= b->capacity) return 0;
    size_t cap = b->capacity ? b->capacity : 4096;
    while (cap < b->length + extra) cap *= 2;
    uint8_t *p = realloc(b->data, cap);
    if (!p) return -1;
    b->data = p;
    b->capacity = cap;
    return 0;
}

static void put32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24); p[1] = (uint8_t)(v >> 16); p[2] = (uint8_t)(v >> 8); p[3] = (uint8_t)v;
}

/* Appends a chunk: length, type, data, CRC of type and data. */
static int chunk(chartsmith_png_buffer *b, const char *type, const uint8_t *data, size_t n) {
    if (reserve(b, n + 12) != 0) return -1;
    uint8_t *p = b->data + b->length;
    put32(p, (uint32_t)n);
    memcpy(p + 4, type, 4);
    if (n) memcpy(p + 8, data, n);
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, p + 4, (uInt)(n + 4));
    put32(p + 8 + n, (uint32_t)crc);
    b->length += n + 12;
    return 0;
}

/* One row of pixels as PNG samples: RGB or RGBA (unpremultiplied as Cairo's own PNG writer does). */
static void convert_row(const uint8_t *src, int width, int rgba, uint8_t *dst) {
    const uint32_t *px = (const uint32_t *)(const void *)src;
    if (!rgba) {
        for (int x = 0; x < width; x++) {
            uint32_t v = px[x];
            dst[0] = (uint8_t)(v >> 16); dst[1] = (uint8_t)(v >> 8); dst[2] = (uint8_t)v;
            dst += 3;
        }
        return;
    }
    for (int x = 0; x < width; x++) {
        uint32_t v = px[x];
        uint32_t a = v >> 24;
        if (a == 0) {
            dst[0] = dst[1] = dst[2] = dst[3] = 0;
        } else if (a == 255) {
            dst[0] = (uint8_t)(v >> 16); dst[1] = (uint8_t)(v >> 8); dst[2] = (uint8_t)v; dst[3] = 255;
        } else {
            dst[0] = (uint8_t)((((v >> 16) & 0xff) * 255 + a / 2) / a);
            dst[1] = (uint8_t)((((v >> 8) & 0xff) * 255 + a / 2) / a);
            dst[2] = (uint8_t)(((v & 0xff) * 255 + a / 2) / a);
            dst[3] = (uint8_t)a;
        }
        dst += 4;
    }
}

static uint8_t paeth(int a, int b, int c) {
    int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    return (uint8_t)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
}

/* Writes filter type byte + filtered row into out. */
static void filter_row(int filter, const uint8_t *cur, const uint8_t *prev, size_t n, int bpp, uint8_t *out) {
    out[0] = (uint8_t)filter;
    out++;
    switch (filter) {
    case 1:
        for (size_t i = 0; i < n; i++) out[i] = (uint8_t)(cur[i] - (i >= (size_t)bpp ? cur[i - bpp] : 0));
        break;
    case 2:
        for (size_t i = 0; i < n; i++) out[i] = (uint8_t)(cur[i] - prev[i]);
        break;
    case 3:
        for (size_t i = 0; i < n; i++) out[i] = (uint8_t)(cur[i] - ((i >= (size_t)bpp ? cur[i - bpp] : 0) + prev[i]) / 2);
        break;
    case 4:
        for (size_t i = 0; i < n; i++)
            out[i] = (uint8_t)(cur[i] - paeth(i >= (size_t)bpp ? cur[i - bpp] : 0, prev[i], i >= (size_t)bpp ? prev[i - bpp] : 0));
        break;
    default:
        memcpy(out, cur, n);
    }
}

int chartsmith_png_encode_with(const uint8_t *pixels, int width, int height, int stride,
                               int level, int filter, chartsmith_png_buffer *out) {
    if (width <= 0 || height <= 0 || !pixels || !out) return -1;
    out->length = 0;
    /* Opaque? Then RGB: a quarter less to filter and compress, same pixels. */
    int rgba = 0;
    for (int y = 0; y < height && !rgba; y++) {
        const uint32_t *px = (const uint32_t *)(const void *)(pixels + (size_t)y * (size_t)stride);
        for (int x = 0; x < width; x++) if ((px[x] >> 24) != 0xff) { rgba = 1; break; }
    }
    int bpp = rgba ? 4 : 3;
    size_t rowbytes = (size_t)width * (size_t)bpp;

    static const uint8_t signature[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (reserve(out, 8) != 0) return -1;
    memcpy(out->data, signature, 8);
    out->length = 8;
    uint8_t ihdr[13];
    put32(ihdr, (uint32_t)width);
    put32(ihdr + 4, (uint32_t)height);
    ihdr[8] = 8; ihdr[9] = rgba ? 6 : 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
    if (chunk(out, "IHDR", ihdr, 13) != 0) return -1;

    uint8_t *rows = malloc(rowbytes * 2 + rowbytes + 1);
    if (!rows) return -1;
    uint8_t *cur = rows, *prev = rows + rowbytes, *filtered = rows + 2 * rowbytes;
    memset(prev, 0, rowbytes);

    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, level, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) != Z_OK) { free(rows); return -1; }
    size_t bound = deflateBound(&z, (uLong)((rowbytes + 1) * (size_t)height));
    /* IDAT is written in place: reserve its header, deflate straight into the buffer. */
    if (reserve(out, bound + 12) != 0) { deflateEnd(&z); free(rows); return -1; }
    size_t idat = out->length;
    z.next_out = out->data + idat + 8;
    z.avail_out = (uInt)bound;
    int status = Z_OK;
    for (int y = 0; y < height && status == Z_OK; y++) {
        convert_row(pixels + (size_t)y * (size_t)stride, width, rgba, cur);
        filter_row(y == 0 && filter >= 2 ? (filter == 2 ? 0 : filter) : filter, cur, prev, rowbytes, bpp, filtered);
        z.next_in = filtered;
        z.avail_in = (uInt)(rowbytes + 1);
        status = deflate(&z, y == height - 1 ? Z_FINISH : Z_NO_FLUSH);
        if (status == Z_STREAM_END) status = Z_OK;
        uint8_t *t = prev; prev = cur; cur = t;
    }
    size_t compressed = bound - z.avail_out;
    deflateEnd(&z);
    free(rows);
    if (status != Z_OK) return -1;
    uint8_t *p = out->data + idat;
    put32(p, (uint32_t)compressed);
    memcpy(p + 4, "IDAT", 4);
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, p + 4, (uInt)(compressed + 4));
    put32(p + 8 + compressed, (uint32_t)crc);
    out->length = idat + compressed + 12;
    return chunk(out, "IEND", NULL, 0);
}

int chartsmith_png_encode(const uint8_t *pixels, int width, int height, int stride, chartsmith_png_buffer *out) {
    return chartsmith_png_encode_with(pixels, width, height, stride, CHARTSMITH_PNG_LEVEL, CHARTSMITH_PNG_FILTER, out);
}

void chartsmith_png_buffer_free(chartsmith_png_buffer *buffer) {
    if (!buffer) return;
    free(buffer->data);
    buffer->data = NULL;
    buffer->length = buffer->capacity = 0;
}
