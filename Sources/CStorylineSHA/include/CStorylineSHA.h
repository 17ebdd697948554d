#ifndef CSTORYLINE_SHA_H
#define CSTORYLINE_SHA_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the x86 SHA extensions (and SSSE3/SSE4.1), else 0.
int storyline_sha256_hw_available(void);

/// Compresses `blocks` 64-byte blocks at `data` into `state` (a..h, host order) with the
/// SHA extensions. Call only when storyline_sha256_hw_available() returned 1.
void storyline_sha256_hw_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
