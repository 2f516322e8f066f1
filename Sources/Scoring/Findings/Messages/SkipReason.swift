/// Why the inbox scan leaves a file out (SPEC §3.1's folder hygiene).
public enum SkipReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// `~$name.xlsx`: Office's lock file.
    case officeLock
    /// `.~lock.name#`: LibreOffice's lock file.
    case libreOfficeLock
    /// `.DS_Store`, `Thumbs.db`, `desktop.ini`.
    case systemFile
    /// A name starting with a dot.
    case hiddenFile
    /// A hidden or system folder (`.git/`, `__MACOSX/`).
    case hiddenFolder
}
