/*
 * cairo-floor: the least work Cairo needs to draw a Chartsmith chart.
 *
 * Reads scenes that `chartsmith-bench` wrote (a plain-text list of the rectangles, paths,
 * text runs and clip groups Chartsmith's layout produced), then times only the drawing and
 * encoding: direct Cairo calls, text through PangoCairo set up exactly as Chartsmith's
 * renderer sets it up (private fontconfig with DejaVu only, 72 dpi, no hinting, unrounded
 * glyph positions, greyscale antialiasing), and the same PNG encoder settings as
 * Chartsmith (libpng, see encode_png). No spec parsing, data handling or layout: those are
 * the overhead the benchmark measures Chartsmith against.
 *
 * Usage: cairo-floor [--format png|pdf] [--threads N] [--repeat N] [--out DIR] SCENE...
 * Prints one line: "charts=N ms_total=T ms_per_chart=P cpu_ms_per_chart=C bytes=B" (wall and
 * CPU time of all threads, both over the timed section only).
 */
#define _GNU_SOURCE
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
#include <png.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

#include "chartsmith_png.h"

/* ---------- scene ---------- */

typedef struct { double r, g, b, a; int set; } rgba;
typedef struct { rgba color; double width; int cap, join, ndash; double dash[16]; int set; } stroke_t;
typedef enum { OP_RECT, OP_PATH, OP_TEXT, OP_PUSH, OP_POP } op_kind;
typedef struct {
    op_kind kind;
    double x, y, w, h, radius;           /* rect, clip */
    int has_clip;
    rgba fill;
    stroke_t stroke;
    int npath; char *ptypes; double *pts; /* path: types M L C Z, 6 doubles each */
    double angle, size; int bold, italic, align, baseline;
    char *family, *text;
    rgba color;
} op_t;
typedef struct { double w, h, scale; rgba bg; int nops; op_t *ops; char *name; } scene_t;

static char *cursor;
static double num(void) { char *end; double v = strtod(cursor, &end); cursor = end; return v; }
static int inum(void) { return (int)num(); }
static void skip1(void) { if (*cursor == ' ') cursor++; }
static char *str(void) {
    int n = inum(); skip1();
    char *s = malloc((size_t)n + 1); memcpy(s, cursor, (size_t)n); s[n] = 0; cursor += n; return s;
}
static rgba color_or_none(void) {
    rgba c = {0};
    while (*cursor == ' ') cursor++;
    if (*cursor == '-') { cursor++; return c; }
    c.r = num(); c.g = num(); c.b = num(); c.a = num(); c.set = 1; return c;
}
static stroke_t stroke_or_none(void) {
    stroke_t s = {0};
    while (*cursor == ' ') cursor++;
    if (*cursor == '-') { cursor++; return s; }
    s.color.r = num(); s.color.g = num(); s.color.b = num(); s.color.a = num(); s.color.set = 1;
    s.width = num(); s.cap = inum(); s.join = inum(); s.ndash = inum();
    for (int i = 0; i < s.ndash; i++) { double d = num(); if (i < 16) s.dash[i] = d; }
    if (s.ndash > 16) s.ndash = 16;
    s.set = 1; return s;
}

static int load_scene(const char *path, scene_t *sc) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return -1; }
    fseek(f, 0, SEEK_END); long n = ftell(f); fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) { fclose(f); free(buf); return -1; }
    buf[n] = 0; fclose(f);
    memset(sc, 0, sizeof *sc);
    sc->name = strdup(path);
    int cap = 256; sc->ops = calloc((size_t)cap, sizeof(op_t));
    cursor = buf;
    while (*cursor) {
        while (*cursor == '\n' || *cursor == ' ') cursor++;
        if (!*cursor) break;
        char k = *cursor++;
        if (k == 'S') { sc->w = num(); sc->h = num(); sc->scale = num(); sc->bg = color_or_none(); continue; }
        if (sc->nops == cap) { cap *= 2; sc->ops = realloc(sc->ops, (size_t)cap * sizeof(op_t)); }
        op_t *o = &sc->ops[sc->nops++];
        memset(o, 0, sizeof *o);
        switch (k) {
        case 'R':
            o->kind = OP_RECT; o->x = num(); o->y = num(); o->w = num(); o->h = num(); o->radius = num();
            o->fill = color_or_none(); o->stroke = stroke_or_none(); break;
        case 'P': {
            o->kind = OP_PATH; o->npath = inum();
            o->ptypes = malloc((size_t)o->npath + 1); o->pts = malloc(sizeof(double) * 6 * (size_t)(o->npath + 1));
            for (int i = 0; i < o->npath; i++) {
                while (*cursor == ' ') cursor++;
                char t = *cursor++; o->ptypes[i] = t;
                int m = t == 'C' ? 6 : t == 'Z' ? 0 : 2;
                for (int j = 0; j < m; j++) o->pts[i * 6 + j] = num();
            }
            o->fill = color_or_none(); o->stroke = stroke_or_none(); break;
        }
        case 'T':
            o->kind = OP_TEXT; o->x = num(); o->y = num(); o->angle = num();
            o->color.r = num(); o->color.g = num(); o->color.b = num(); o->color.a = num();
            o->size = num(); o->bold = inum(); o->italic = inum(); o->align = inum(); o->baseline = inum();
            skip1(); o->family = str(); skip1(); o->text = str(); break;
        case 'G':
            o->kind = OP_PUSH; o->has_clip = inum();
            if (o->has_clip) { o->x = num(); o->y = num(); o->w = num(); o->h = num(); }
            break;
        case 'E': o->kind = OP_POP; break;
        default: fprintf(stderr, "%s: unknown op '%c'\n", path, k); return -1;
        }
        while (*cursor && *cursor != '\n') cursor++;
    }
    free(buf);
    return 0;
}

/* ---------- fonts: the same private fontconfig as Chartsmith's FontLibrary ---------- */

static FcConfig *font_config;

static void setup_fonts(void) {
    static const char *rules =
        "<?xml version=\"1.0\"?><fontconfig>"
        "<cachedir>/var/cache/fontconfig</cachedir><cachedir prefix=\"xdg\">fontconfig</cachedir>"
        "<alias binding=\"same\"><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>"
        "<alias binding=\"same\"><family>sans</family><prefer><family>DejaVu Sans</family></prefer></alias>"
        "<alias binding=\"same\"><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>"
        "<alias binding=\"same\"><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>"
        "<match target=\"pattern\"><edit name=\"family\" mode=\"append_last\"><string>DejaVu Sans</string></edit></match>"
        "</fontconfig>";
    font_config = FcConfigCreate();
    FcConfigParseAndLoadFromMemory(font_config, (const FcChar8 *)rules, 1);
    FcConfigBuildFonts(font_config);
    FcConfigAppFontAddDir(font_config, (const FcChar8 *)"/usr/share/fonts/truetype/dejavu");
}

typedef struct { PangoFontMap *map; PangoContext *ctx; } session_t;

static void session_init(session_t *s) {
    s->map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(s->map), font_config);
    pango_cairo_font_map_set_resolution(PANGO_CAIRO_FONT_MAP(s->map), 72);
    s->ctx = pango_font_map_create_context(s->map);
    cairo_font_options_t *o = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(o, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(s->ctx, o);
    cairo_font_options_destroy(o);
    pango_cairo_context_set_resolution(s->ctx, 72);
    pango_context_set_round_glyph_positions(s->ctx, 0);
    pango_context_set_language(s->ctx, pango_language_from_string("en"));
}

static void session_free(session_t *s) { g_object_unref(s->ctx); g_object_unref(s->map); }

/* ---------- drawing: the same calls SceneDrawer makes ---------- */

static void set_source(cairo_t *cr, rgba c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

static void fill_and_stroke(cairo_t *cr, const op_t *o) {
    if (o->fill.set && o->fill.a > 0) { set_source(cr, o->fill); cairo_fill_preserve(cr); }
    if (o->stroke.set && o->stroke.color.a > 0 && o->stroke.width > 0) {
        set_source(cr, o->stroke.color);
        cairo_set_line_width(cr, o->stroke.width);
        cairo_set_line_cap(cr, (cairo_line_cap_t)o->stroke.cap);
        cairo_set_line_join(cr, (cairo_line_join_t)o->stroke.join);
        cairo_set_dash(cr, o->stroke.ndash ? o->stroke.dash : NULL, o->stroke.ndash, 0);
        cairo_stroke_preserve(cr);
    }
    cairo_new_path(cr);
}

static void draw_scene(cairo_t *cr, session_t *s, const scene_t *sc) {
    cairo_scale(cr, sc->scale, sc->scale);
    if (sc->bg.set && sc->bg.a > 0) { set_source(cr, sc->bg); cairo_paint(cr); }
    for (int i = 0; i < sc->nops; i++) {
        const op_t *o = &sc->ops[i];
        switch (o->kind) {
        case OP_RECT: {
            double x = o->w < 0 ? o->x + o->w : o->x, y = o->h < 0 ? o->y + o->h : o->y;
            double w = o->w < 0 ? -o->w : o->w, h = o->h < 0 ? -o->h : o->h;
            double r = o->radius; if (r > w / 2) r = w / 2; if (r > h / 2) r = h / 2; if (r < 0) r = 0;
            cairo_new_path(cr);
            if (r > 0) {
                double q = G_PI / 2;
                cairo_new_sub_path(cr);
                cairo_arc(cr, x + w - r, y + r, r, -q, 0);
                cairo_arc(cr, x + w - r, y + h - r, r, 0, q);
                cairo_arc(cr, x + r, y + h - r, r, q, 2 * q);
                cairo_arc(cr, x + r, y + r, r, 2 * q, 3 * q);
                cairo_close_path(cr);
            } else {
                cairo_rectangle(cr, x, y, w, h);
            }
            fill_and_stroke(cr, o);
            break;
        }
        case OP_PATH:
            cairo_new_path(cr);
            for (int j = 0; j < o->npath; j++) {
                const double *p = &o->pts[j * 6];
                switch (o->ptypes[j]) {
                case 'M': cairo_move_to(cr, p[0], p[1]); break;
                case 'L': cairo_line_to(cr, p[0], p[1]); break;
                case 'C': cairo_curve_to(cr, p[0], p[1], p[2], p[3], p[4], p[5]); break;
                case 'Z': cairo_close_path(cr); break;
                }
            }
            fill_and_stroke(cr, o);
            break;
        case OP_TEXT: {
            if (!o->text[0] || o->color.a <= 0 || o->size <= 0) break;
            PangoLayout *layout = pango_layout_new(s->ctx);
            pango_layout_set_single_paragraph_mode(layout, TRUE);
            PangoFontDescription *d = pango_font_description_new();
            pango_font_description_set_family(d, o->family);
            pango_font_description_set_absolute_size(d, o->size * PANGO_SCALE);
            pango_font_description_set_weight(d, o->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
            pango_font_description_set_style(d, o->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
            pango_layout_set_font_description(layout, d);
            pango_font_description_free(d);
            pango_layout_set_text(layout, o->text, -1);
            PangoRectangle logical;
            pango_layout_get_extents(layout, NULL, &logical);
            int baseline = pango_layout_get_baseline(layout);
            double width = logical.width / (double)PANGO_SCALE;
            double ascent = (baseline - logical.y) / (double)PANGO_SCALE;
            double descent = (logical.y + logical.height - baseline) / (double)PANGO_SCALE;
            double dx = o->align == 0 ? 0 : o->align == 1 ? -width / 2 : -width;
            double dy = o->baseline == 0 ? 0 : o->baseline == 1 ? -(ascent + descent) / 2
                      : o->baseline == 2 ? -ascent : -(ascent + descent);
            cairo_save(cr);
            cairo_new_path(cr);
            cairo_translate(cr, o->x, o->y);
            if (o->angle != 0) cairo_rotate(cr, o->angle * G_PI / 180);
            cairo_move_to(cr, dx - logical.x / (double)PANGO_SCALE, dy - logical.y / (double)PANGO_SCALE);
            set_source(cr, o->color);
            pango_cairo_show_layout(cr, layout);
            cairo_new_path(cr);
            cairo_restore(cr);
            g_object_unref(layout);
            break;
        }
        case OP_PUSH:
            cairo_save(cr);
            if (o->has_clip) { cairo_new_path(cr); cairo_rectangle(cr, o->x, o->y, o->w, o->h); cairo_clip(cr); }
            break;
        case OP_POP: cairo_restore(cr); break;
        }
    }
}

/* ---------- output ---------- */

typedef struct { unsigned char *data; size_t len, cap; } bytes_t;
static cairo_status_t sink(void *closure, const unsigned char *data, unsigned int n) {
    bytes_t *b = closure;
    if (b->len + n > b->cap) { b->cap = (b->len + n) * 2; b->data = realloc(b->data, b->cap); }
    memcpy(b->data + b->len, data, n); b->len += n;
    return CAIRO_STATUS_SUCCESS;
}

static int use_cairo_png = 0;
static int png_level = -1, png_filter = -1; /* -1: Chartsmith's settings */

static void render(const scene_t *sc, session_t *s, int pdf, bytes_t *out) {
    out->len = 0;
    if (pdf) {
        cairo_surface_t *surf = cairo_pdf_surface_create_for_stream(sink, out, sc->w * sc->scale, sc->h * sc->scale);
        cairo_pdf_surface_set_metadata(surf, CAIRO_PDF_METADATA_CREATOR, "Chartsmith");
        cairo_t *cr = cairo_create(surf);
        draw_scene(cr, s, sc);
        cairo_destroy(cr);
        cairo_surface_finish(surf);
        cairo_surface_destroy(surf);
        return;
    }
    int w = (int)ceil(sc->w * sc->scale), h = (int)ceil(sc->h * sc->scale);
    cairo_surface_t *surf = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h);
    cairo_t *cr = cairo_create(surf);
    draw_scene(cr, s, sc);
    cairo_destroy(cr);
    cairo_surface_flush(surf);
    if (use_cairo_png) {
        cairo_surface_write_to_png_stream(surf, sink, out);
    } else {
        chartsmith_png_buffer buf = {0};
        if (png_level >= 0 || png_filter >= 0)
            chartsmith_png_encode_with(cairo_image_surface_get_data(surf), w, h, cairo_image_surface_get_stride(surf),
                                       png_level >= 0 ? png_level : CHARTSMITH_PNG_LEVEL,
                                       png_filter >= 0 ? png_filter : CHARTSMITH_PNG_FILTER, &buf);
        else
            chartsmith_png_encode(cairo_image_surface_get_data(surf), w, h, cairo_image_surface_get_stride(surf), &buf);
        sink(out, buf.data, (unsigned)buf.length);
        chartsmith_png_buffer_free(&buf);
    }
    cairo_surface_destroy(surf);
}

/* ---------- driver ---------- */

typedef struct {
    scene_t *scenes; int nscenes, repeat, pdf; const char *out;
    int next; pthread_mutex_t *lock; size_t bytes;
} job_t;

static void *worker(void *arg) {
    job_t *j = arg;
    session_t s; session_init(&s);
    bytes_t b = {0};
    for (;;) {
        pthread_mutex_lock(j->lock);
        int i = j->next++;
        pthread_mutex_unlock(j->lock);
        if (i >= j->nscenes * j->repeat) break;
        const scene_t *sc = &j->scenes[i % j->nscenes];
        render(sc, &s, j->pdf, &b);
        pthread_mutex_lock(j->lock);
        j->bytes += b.len;
        pthread_mutex_unlock(j->lock);
        if (j->out) {
            char path[4096], tmp[4200];
            const char *base = strrchr(sc->name, '/'); base = base ? base + 1 : sc->name;
            snprintf(path, sizeof path, "%s/%s.%s", j->out, base, j->pdf ? "pdf" : "png");
            snprintf(tmp, sizeof tmp, "%s.%d.tmp", path, i);
            FILE *f = fopen(tmp, "wb");
            if (f) { fwrite(b.data, 1, b.len, f); fclose(f); rename(tmp, path); }
        }
    }
    free(b.data);
    session_free(&s);
    return NULL;
}

int main(int argc, char **argv) {
    int threads = 1, repeat = 1, pdf = 0;
    const char *out = NULL;
    int first = 1;
    for (; first < argc && strncmp(argv[first], "--", 2) == 0; first++) {
        if (!strcmp(argv[first], "--format") && first + 1 < argc) pdf = !strcmp(argv[++first], "pdf");
        else if (!strcmp(argv[first], "--threads") && first + 1 < argc) threads = atoi(argv[++first]);
        else if (!strcmp(argv[first], "--repeat") && first + 1 < argc) repeat = atoi(argv[++first]);
        else if (!strcmp(argv[first], "--out") && first + 1 < argc) out = argv[++first];
        else if (!strcmp(argv[first], "--cairo-png")) use_cairo_png = 1;
        else if (!strcmp(argv[first], "--png-level") && first + 1 < argc) png_level = atoi(argv[++first]);
        else if (!strcmp(argv[first], "--png-filter") && first + 1 < argc) png_filter = atoi(argv[++first]);
        else { fprintf(stderr, "usage: cairo-floor [--format png|pdf] [--threads N] [--repeat N] [--out DIR] [--cairo-png] [--png-level 0-9] [--png-filter 0-4] SCENE...\n"); return 2; }
    }
    int n = argc - first;
    if (n <= 0 || threads < 1 || repeat < 1) { fprintf(stderr, "cairo-floor: no scenes\n"); return 2; }
    scene_t *scenes = calloc((size_t)n, sizeof(scene_t));
    for (int i = 0; i < n; i++) if (load_scene(argv[first + i], &scenes[i]) != 0) return 1;
    setup_fonts();
    /* Warm up fontconfig and the glyph caches once, as a long-running batch would be. */
    { session_t s; session_init(&s); bytes_t b = {0}; render(&scenes[0], &s, pdf, &b); free(b.data); session_free(&s); }

    pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    job_t job = { scenes, n, repeat, pdf, out, 0, &lock, 0 };
    struct timespec t0, t1, c0, c1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pthread_t *tids = calloc((size_t)threads, sizeof(pthread_t));
    for (int i = 0; i < threads; i++) pthread_create(&tids[i], NULL, worker, &job);
    for (int i = 0; i < threads; i++) pthread_join(tids[i], NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    double ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    double cpu = (c1.tv_sec - c0.tv_sec) * 1e3 + (c1.tv_nsec - c0.tv_nsec) / 1e6;
    int charts = n * repeat;
    printf("charts=%d ms_total=%.3f ms_per_chart=%.4f cpu_ms_per_chart=%.4f bytes=%zu\n",
           charts, ms, ms / charts, cpu / charts, job.bytes);
    return 0;
}
