// Benchmark support (regelwerk-bench): ask the processor to start loading memory that is needed soon. A hint that
// does not wait for the memory, which Swift has no way to say; the library itself does not use it.
#ifndef REGELWERK_VOORHAAL_H
#define REGELWERK_VOORHAAL_H

static inline void regelwerk_voorhaal(const void *adres) {
    __builtin_prefetch(adres, 0, 3);
}

#endif
