//! How the allocator hands memory back: large buffers always in their own mappings.
//!
//! glibc serves an allocation of 128 KiB or more from its own `mmap` and gives it back to
//! the system when it is freed, but it raises that threshold (up to 32 MiB) each time such
//! a buffer is freed. After the first large vector is dropped, the next ones (a growing
//! vector of beads, rows or findings doubles through every size) come from the main heap,
//! where each doubling leaves the old block as a hole the small allocations around it pin
//! down. On a 6.25 MB rendering that kept about 20 MB of freed memory resident in `align`
//! (97 MB peak against 76 MB with the threshold fixed, `/usr/bin/time -v`). Fixing the
//! threshold at glibc's own default turns the adjustment off, so large buffers always go
//! back to the system when freed. Other systems and allocators are left alone.

/// Fixes glibc's mmap threshold at its default (128 KiB), which turns off its dynamic
/// adjustment; does nothing elsewhere.
pub(crate) fn fix_mmap_threshold() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const THRESHOLD: libc::c_int = 128 * 1024;
        // SAFETY: `mallopt` only changes a tuning parameter of the allocator; it is called
        // first thing in `main`, before any other thread exists. A refusal (0) leaves the
        // default behaviour, which is correct, only larger.
        #[allow(unsafe_code)] // The one libc call the allocator tuning needs.
        let _ = unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, THRESHOLD) };
    }
}
