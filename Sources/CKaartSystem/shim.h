// System calls that Swift's Glibc module does not expose.
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/syscall.h>
#endif

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

/// Atomically swaps two paths (Linux renameat2 with RENAME_EXCHANGE). Returns 0 or -1 with errno.
static inline int kaart_exchange_paths(const char *first, const char *second) {
#ifdef __linux__
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}
