// zlib for Precompressor (gzip siblings of text files). Debian: zlib1g-dev.
#include <zlib.h>
