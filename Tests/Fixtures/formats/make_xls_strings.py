#!/usr/bin/env python3
"""Generates the .xls fixtures of the shared-string decoder. Run from anywhere:

    python3 Tests/Fixtures/formats/make_xls_strings.py

Needs LibreOffice (soffice) for producers/libreoffice-long-strings.xls. Uses the BIFF and
compound-file helpers of make_fixtures.py beside it.

- quirks/sst-continue.xls: a shared-string table over five CONTINUE records: a 16-bit
  string whose rest is 8-bit after the boundary, an 8-bit string whose rest is 16-bit, a
  string over three records, a string that ends a record exactly (the next one starts a
  CONTINUE with no flags byte), then an EXTSST.
- quirks/sst-rich-text.xls: rich-text strings (formatting runs), one whose runs straddle a
  CONTINUE boundary.
- quirks/sst-phonetic.xls: strings with an Asian phonetic block that holds bytes looking
  like a string header, one block straddling a CONTINUE boundary.
- producers/libreoffice-long-strings.xls: 120 long Vietnamese and ASCII strings saved by
  LibreOffice (its SST runs over several CONTINUE records).
- hostile/sst-index-out-of-range.xls: a LABELSST naming string 2 of 2.
- hostile/sst-continue-cut.xls: libreoffice-long-strings.xls with its first CONTINUE record
  cut to 40 bytes (the freed bytes become an unknown record, so every offset still holds):
  the string that runs on into it runs past its end.
"""
import json, os, random, shutil, struct, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_fixtures import H, P, Q, compound_file, record, soffice, workbook_stream  # noqa: E402

MAX = 8224  # the most data one BIFF8 record holds


class SSTWriter:
    """An SST record and its CONTINUE records, split as Excel splits them: a string header
    never splits, characters split between characters with the flags byte restated, the
    runs and the phonetic block split anywhere."""

    def __init__(self):
        self.records = [bytearray()]
        self.count = 0

    @property
    def used(self):
        """Bytes in the current record (the SST's 8-byte counts excluded)."""
        return len(self.records[-1]) + (8 if len(self.records) == 1 else 0)

    def room(self):
        return MAX - self.used

    def _put(self, data, unit=1):
        while data:
            if self.room() < unit:
                self.records.append(bytearray())
            n = min(len(data), self.room() // unit * unit)
            self.records[-1] += data[:n]
            data = data[n:]

    def add(self, text, wide=None, cont=(), runs=(), phonetic=b""):
        """Adds a string; `wide` forces the width of its first piece, `cont` the widths of
        the pieces after each boundary (else 16-bit only where a character needs it)."""
        raw = text.encode("utf-16-le")
        units = list(struct.unpack("<%dH" % (len(raw) // 2), raw))
        if wide is None:
            wide = any(u > 0xFF for u in units)
        flags = (1 if wide else 0) | (8 if runs else 0) | (4 if phonetic else 0)
        head = struct.pack("<HB", len(units), flags)
        head += struct.pack("<H", len(runs)) if runs else b""
        head += struct.pack("<I", len(phonetic)) if phonetic else b""
        if self.room() < len(head) + (2 if wide else 1):
            self.records.append(bytearray())
        self.records[-1] += head
        cont, rest = list(cont), units
        while True:
            n = min(len(rest), self.room() // (2 if wide else 1))
            piece, rest = rest[:n], rest[n:]
            assert wide or all(u <= 0xFF for u in piece), "an 8-bit piece holds a 16-bit character"
            self.records[-1] += struct.pack("<%dH" % n, *piece) if wide else bytes(piece)
            if not rest:
                break
            self.records.append(bytearray())
            wide = cont.pop(0) if cont else any(u > 0xFF for u in rest)
            self.records[-1] += bytes([1 if wide else 0])
        self._put(b"".join(struct.pack("<HH", a, b) for a, b in runs), unit=4)
        self._put(phonetic)
        self.count += 1
        return self.count - 1

    def bytes(self, unique=None):
        counts = struct.pack("<II", self.count, self.count if unique is None else unique)
        out = record(0x00FC, counts + bytes(self.records[0]))
        out += b"".join(record(0x003C, bytes(r)) for r in self.records[1:])
        return out + record(0x00FF, struct.pack("<H", 8) + b"\x00" * 8)


def labels(indexes, column=0):
    """A DIMENSIONS record and one LABELSST per row, in `column`."""
    out = record(0x0200, struct.pack("<IIHHH", 0, len(indexes), column, column + 1, 0))
    for row, i in enumerate(indexes):
        out += record(0x00FD, struct.pack("<HHHI", row, column, 15, i))
    return out


def workbook(sst, cells, name="Chuỗi"):
    return compound_file(workbook_stream(0x0600, [(name, 0, cells)], codepage=1200, sst=sst.bytes()))


SYLLABLES = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý xã huyện tỉnh "
             "đảng bộ chi bộ thi đua khen thưởng điểm tự chấm tiêu chí hoàn thành xuất sắc nhiệm vụ "
             "Ủy ban nhân dân Mặt trận Tổ quốc đoàn thanh niên phụ nữ cựu chiến binh nông dân").split()
LATIN1 = "Tên à á â è é ê ì í ò ó ô õ ù ú ý Hà Tĩnh".replace("ĩ", "í").split()


def words(rng, n, pool):
    out = ""
    while len(out) < n:
        out += rng.choice(pool) + " "
    return out[:n]


def sst_continue():
    rng = random.Random(25)
    t = SSTWriter()
    texts = ["Tên đơn vị"]
    t.add(texts[0])
    head = words(rng, (t.room() - 3) // 2, SYLLABLES)
    texts.append(head + "|" + words(rng, 299, ["diem", "tu", "cham", "2024"]))
    t.add(texts[-1], cont=[False])
    texts.append(words(rng, 2000, LATIN1))
    t.add(texts[-1])
    fits = t.room() - 3
    texts.append(words(rng, fits, LATIN1) + "|" + words(rng, 199, SYLLABLES))
    t.add(texts[-1], wide=False, cont=[True])
    texts.append(words(rng, 9000, SYLLABLES))
    t.add(texts[-1])
    texts.append(words(rng, t.room() - 3, ["abc", "xyz", "123"]))
    t.add(texts[-1])
    assert t.room() == 0, "the string ends its record exactly"
    texts.append("Điểm tự chấm")
    t.add(texts[-1])
    assert len(t.records) == 6, len(t.records)
    return workbook(t, labels(range(t.count))), texts


def sst_rich_text():
    rng = random.Random(26)
    t = SSTWriter()
    texts = ["Nguyễn Văn An"]
    t.add(texts[-1], runs=[(0, 5), (7, 6), (10, 0)])
    texts.append(words(rng, (t.room() - 9) // 2, SYLLABLES))
    t.add(texts[-1], runs=[(0, 5), (3, 6), (9, 0)])
    assert len(t.records) == 2 and len(t.records[1]) == 8, "one run before the boundary, two after"
    texts += ["sau các lượt định dạng", "bold"]
    t.add(texts[2])
    t.add(texts[3], runs=[(0, 5)])
    return workbook(t, labels(range(t.count))), texts


def phonetic_block(decoy, pad):
    """An ExtRst whose bytes hold a string header (3 characters, 8-bit, "BAD") at its start."""
    return b"\x01\x00" + struct.pack("<H", 4 + len(decoy) + pad) + decoy + b"\x00" * pad


def sst_phonetic():
    rng = random.Random(27)
    t = SSTWriter()
    decoy = struct.pack("<HB", 3, 0) + b"BAD"
    texts = ["Tiếng Nhật", "sau khối phiên âm"]
    t.add(texts[0], phonetic=decoy + phonetic_block(decoy, 6))
    t.add(texts[1])
    texts.append(words(rng, (t.room() - 7) // 2 - 2, SYLLABLES))
    t.add(texts[-1], phonetic=phonetic_block(decoy, 30))
    assert len(t.records) == 2, "the phonetic block straddles the boundary"
    texts.append("sau ranh giới")
    t.add(texts[-1])
    return workbook(t, labels(range(t.count))), texts


def out_of_range():
    t = SSTWriter()
    t.add("một")
    t.add("hai")
    return workbook(t, labels([0, 1, 2]))


def long_strings_fods():
    rng = random.Random(28)
    rows, texts = [], []
    for k in range(120):
        text = words(rng, 60 + (k * 37) % 260, SYLLABLES if k % 3 else ["abc", "thi", "dua", "2024"]).strip()
        texts.append(text)
        rows.append('<table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p>'
                    '</table:table-cell><table:table-cell office:value-type="float" office:value="%d">'
                    '<text:p>%d</text:p></table:table-cell></table:table-row>' % (text, k, k))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>'
            '<table:table table:name="Chuỗi dài">%s</table:table></office:spreadsheet></office:body></office:document>'
            % "".join(rows)), texts


def stream_sectors(ole):
    """File offsets of the sectors of the Workbook stream (512-byte sectors, header FAT only)."""
    fat_sectors = [s for s in struct.unpack_from("<109I", ole, 0x4C) if s < 0xFFFFFFFA]
    fat = []
    for s in fat_sectors:
        fat += struct.unpack_from("<128I", ole, 512 * (s + 1))
    directory, s = b"", struct.unpack_from("<I", ole, 0x30)[0]
    while s < 0xFFFFFFFA:
        directory += ole[512 * (s + 1):512 * (s + 2)]
        s = fat[s]
    for k in range(0, len(directory), 128):
        name = directory[k:k + struct.unpack_from("<H", directory, k + 64)[0]].decode("utf-16-le").rstrip("\x00")
        if name in ("Workbook", "Book"):
            start, size = struct.unpack_from("<II", directory, k + 116)
            offsets, s = [], start
            while s < 0xFFFFFFFA:
                offsets.append(512 * (s + 1))
                s = fat[s]
            return offsets, size
    raise ValueError("no Workbook stream")


def cut_first_continue(ole, keep=40):
    """The file with the first CONTINUE after the SST cut to `keep` bytes of data; the rest of
    its bytes become one record of an unknown type."""
    offsets, size = stream_sectors(ole)
    stream = bytearray(b"".join(ole[o:o + 512] for o in offsets)[:size])
    at, sst = 0, None
    while at + 4 <= len(stream):
        rtype, rsize = struct.unpack_from("<HH", stream, at)
        if rtype == 0x00FC:
            sst = at
        elif sst is not None and rtype == 0x003C:
            assert rsize > keep + 4
            struct.pack_into("<HH", stream, at, 0x003C, keep)
            struct.pack_into("<HH", stream, at + 4 + keep, 0x0867, rsize - keep - 4)
            break
        at += 4 + rsize
    else:
        raise ValueError("no CONTINUE after the SST")
    out = bytearray(ole)
    for k, o in enumerate(offsets):
        piece = stream[512 * k:512 * (k + 1)]
        out[o:o + len(piece)] = piece
    return bytes(out)


def main():
    expected = {}
    for name, build in (("sst-continue.xls", sst_continue), ("sst-rich-text.xls", sst_rich_text),
                        ("sst-phonetic.xls", sst_phonetic)):
        data, expected[name] = build()
        open(os.path.join(Q, name), "wb").write(data)
    open(os.path.join(H, "sst-index-out-of-range.xls"), "wb").write(out_of_range())
    tmp = tempfile.mkdtemp()
    try:
        src = os.path.join(tmp, "libreoffice-long-strings.fods")
        xml, expected["libreoffice-long-strings.xls"] = long_strings_fods()
        open(src, "w").write(xml)
        shutil.copy(soffice(src, "xls", tmp), os.path.join(P, "libreoffice-long-strings.xls"))
    finally:
        shutil.rmtree(tmp)
    with open(os.path.join(Q, "sst-strings.json"), "w") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    real = open(os.path.join(P, "libreoffice-long-strings.xls"), "rb").read()
    open(os.path.join(H, "sst-continue-cut.xls"), "wb").write(cut_first_continue(real))
    print("xls string fixtures written")


if __name__ == "__main__":
    sys.exit(main())
