// Intel ISA-L's igzip (deflate) and CRC-32, for CairoRender's PNG encoder only.
// Debian: libisal-dev (pkg-config name "libisal").
#ifndef RADIX_CISAL_SHIM_H
#define RADIX_CISAL_SHIM_H

#include <stdint.h>
#include <isa-l/igzip_lib.h>
#include <isa-l/crc.h>

/// Size in bytes of the scratch buffer `isal_deflate` needs at `level` (0–3), the library's default
/// ("large") size; 0 for level 0, which needs none.
static inline uint32_t radix_isal_level_buffer_size(uint32_t level) {
    switch (level) {
    case 1: return ISAL_DEF_LVL1_DEFAULT;
    case 2: return ISAL_DEF_LVL2_DEFAULT;
    case 3: return ISAL_DEF_LVL3_DEFAULT;
    default: return 0;
    }
}

/// Clears the upper halves of the AVX registers (`vzeroupper`) when the CPU has AVX; a no-op elsewhere.
/// ISA-L's AVX2/AVX-512 kernels can leave them dirty, which slows later SSE code on some Intel cores.
static inline void radix_clear_upper_vector_state(void) {
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
    if (__builtin_cpu_supports("avx")) {
        __asm__ __volatile__("vzeroupper" ::: "memory");
    }
#endif
}

#endif
