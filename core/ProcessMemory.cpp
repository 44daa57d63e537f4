#include "ProcessMemory.h"

#include <QThread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pca {

void configureProcessAllocator()
{
#if defined(__GLIBC__)
    // Blocks of 256 KiB and more are mapped and unmapped; setting the threshold explicitly
    // also turns off its dynamic growth.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    // One arena per core plus one: threads share them instead of each keeping its own.
    mallopt(M_ARENA_MAX, 2 * qMax(1, QThread::idealThreadCount()) + 1);
#endif
}

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace pca
