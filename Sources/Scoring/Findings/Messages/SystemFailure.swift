/// What the operating system said, as a cause the catalog puts in words a clerk understands
/// (the system's own text, in English, goes to the detail). Made from `errno` where the I/O happens.
public enum SystemFailure: Sendable, Hashable, Codable {
    case notFound, permissionDenied, isDirectory, notDirectory, noSpace, readOnly, busy, nameTooLong
    case tooManyOpenFiles, hardware
    /// Another errno value.
    case other(Int32)
}
