// The hint is a static inline function in the header (include/voorhaal.h); a C target needs one source file.
#include "voorhaal.h"
