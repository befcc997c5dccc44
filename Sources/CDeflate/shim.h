#ifndef DAFU_CDEFLATE_SHIM_H
#define DAFU_CDEFLATE_SHIM_H
/* The two deflate implementations the zip writer can use: zlib (apt: zlib1g-dev) and
   libdeflate (apt: libdeflate-dev). Both produce raw deflate streams and CRC-32s. */
#include <zlib.h>
#include <libdeflate.h>

/* deflateInit2 is a macro over deflateInit2_ with the header's version and struct size;
   Swift cannot call macros. Raw deflate (no zlib wrapper): window bits -15. */
static inline int dafu_zlib_deflate_init(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}
#endif
