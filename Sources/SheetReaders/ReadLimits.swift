/// Bounds on everything a reader does with an untrusted file (SPEC §12).
///
/// Past a bound the file is refused with a typed error; memory stays bounded.
/// The defaults are generous for real submissions (a few hundred cells) and
/// rosters (thousands of rows), and small enough to fail fast on hostile files.
public struct ReadLimits: Sendable, Hashable {
    /// Largest input file, in bytes.
    public var maxFileBytes: Int
    /// Largest inflated size of one ZIP entry, counted while inflating.
    public var maxEntryBytes: Int
    /// Largest inflated size of all entries read from one file.
    public var maxTotalInflatedBytes: Int
    /// Largest inflated-to-compressed ratio, enforced once an entry passes `ratioFloorBytes`.
    public var maxCompressionRatio: Int
    /// Inflated bytes below which the ratio is not checked (tiny parts compress very well).
    public var ratioFloorBytes: Int
    /// Most non-empty cells in one sheet.
    public var maxCellsPerSheet: Int
    /// Most non-empty cells in one file.
    public var maxCellsPerFile: Int
    /// Largest used extent of a sheet (rows × columns); guards dense renderings of sparse sheets.
    public var maxExtentCells: Int
    /// Most shared strings.
    public var maxSharedStrings: Int
    /// Most UTF-8 bytes held by shared strings.
    public var maxSharedStringBytes: Int
    /// Deepest XML element nesting.
    public var maxXMLDepth: Int
    /// Most sheets in a workbook.
    public var maxSheets: Int

    /// The defaults.
    public static let standard = ReadLimits(
        maxFileBytes: 50 << 20,
        maxEntryBytes: 64 << 20,
        maxTotalInflatedBytes: 128 << 20,
        maxCompressionRatio: 200,
        ratioFloorBytes: 1 << 20,
        maxCellsPerSheet: 500_000,
        maxCellsPerFile: 1_000_000,
        maxExtentCells: 5_000_000,
        maxSharedStrings: 1_000_000,
        maxSharedStringBytes: 64 << 20,
        maxXMLDepth: 64,
        maxSheets: 1_000)

    /// Creates limits; see each property.
    public init(maxFileBytes: Int, maxEntryBytes: Int, maxTotalInflatedBytes: Int,
                maxCompressionRatio: Int, ratioFloorBytes: Int, maxCellsPerSheet: Int,
                maxCellsPerFile: Int, maxExtentCells: Int, maxSharedStrings: Int,
                maxSharedStringBytes: Int, maxXMLDepth: Int, maxSheets: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalInflatedBytes = maxTotalInflatedBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioFloorBytes = ratioFloorBytes
        self.maxCellsPerSheet = maxCellsPerSheet
        self.maxCellsPerFile = maxCellsPerFile
        self.maxExtentCells = maxExtentCells
        self.maxSharedStrings = maxSharedStrings
        self.maxSharedStringBytes = maxSharedStringBytes
        self.maxXMLDepth = maxXMLDepth
        self.maxSheets = maxSheets
    }
}

/// What to read from a workbook.
public struct ReadOptions: Sendable, Hashable {
    /// Read at most this many sheets (in tab order, after `visibleOnly` filtering); nil reads all.
    public var maxSheets: Int?
    /// Skip hidden and very hidden sheets.
    public var visibleOnly: Bool
    /// Bounds on the work done.
    public var limits: ReadLimits

    /// Creates options; the defaults read every sheet with the standard limits.
    public init(maxSheets: Int? = nil, visibleOnly: Bool = false, limits: ReadLimits = .standard) {
        self.maxSheets = maxSheets
        self.visibleOnly = visibleOnly
        self.limits = limits
    }

    /// Every sheet, standard limits.
    public static let standard = ReadOptions()
}
