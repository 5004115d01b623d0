// zlib: the CRC-32 of gzip members (GzipMember), and inflate in the tests. Debian: zlib1g-dev.
#include <zlib.h>
