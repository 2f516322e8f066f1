import Glibc

/// libzip converts every entry's DOS time with `mktime()` when it opens an archive (13
/// entries in a submission). With `TZ` unset, glibc looks at /etc/localtime again on each
/// call, inside its time-zone lock: 13 `stat()`s a file, and the reading threads queue on
/// that lock (nearly all of a batch's futex calls). `TZ=":/etc/localtime"` names the same
/// zone, which glibc then reads once. Set before any thread starts.
enum TimeZoneCache {
    static func apply() {
        if getenv("TZ") == nil { setenv("TZ", ":/etc/localtime", 0) }
    }
}
