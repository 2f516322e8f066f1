import Testing
@testable import SheetWriter

@Test func mergedRangesFindOverlapsWithShortAndTallRanges() {
    var m = MergedRanges()
    m.add(0, 0, 1, 1)           // A1:B2
    m.add(10, 3, 200, 4)        // D11:E201, tall
    #expect(m.overlaps(1, 1, 2, 2))          // B2 shared
    #expect(!m.overlaps(2, 0, 3, 5))         // rows 3–4: free
    #expect(m.overlaps(150, 0, 150, 3))      // D151 inside the tall range
    #expect(!m.overlaps(150, 5, 150, 6))     // F151:G151, beside it
    #expect(m.overlaps(0, 1, 300, 1))        // a tall new range over B1:B2
    #expect(!m.overlaps(2, 1, 300, 1))       // below them
    #expect(!m.overlaps(5, 2, 9, 9))         // above the tall range, right of A1:B2
}

@Test func mergedRangesOfManyRowsStaySeparate() {
    var m = MergedRanges()
    var clashes = 0
    for row in 0..<5_000 where m.overlaps(row, 0, row, 6) == false { m.add(row, 0, row, 6) }
    for row in 0..<5_000 where m.overlaps(row, 7, row, 8) { clashes += 1 }
    #expect(clashes == 0)
    #expect(m.overlaps(4_999, 6, 4_999, 7))
    #expect(m.overlaps(0, 0, 4_999, 0))
}
