// How a long-running process hands memory back. glibc's allocator raises its mmap threshold
// each time a large block is freed, so after the first CA key is encrypted (scrypt takes 32 MiB
// at once) every later such block comes from a thread's arena, and each arena keeps what it
// held: a server whose handler and worker threads each once encrypted a key held 32 MiB per
// thread for good. A fixed threshold sends large blocks to mmap (returned on free) every time.
// Elsewhere (other C libraries) these are no-ops.
#pragma once

namespace pca {

// Call once, first thing in main(): large blocks always from mmap, a bounded number of arenas.
void configureProcessAllocator();

// Returns free memory at the top of the allocator's arenas to the system (after maintenance).
void releaseFreeMemory();

} // namespace pca
