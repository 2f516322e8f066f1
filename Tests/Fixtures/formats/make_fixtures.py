#!/usr/bin/env python3
"""Generates the fixtures of the OpenDocument, .xls and archive readers. Run from anywhere:

    pip install openpyxl py7zr
    python3 Tests/Fixtures/formats/make_fixtures.py

Needs LibreOffice (soffice) and `zip`. Writes producers/, quirks/, hostile/ and archives/
next to this script; the tests only read the committed outputs.

- producers/: the canonical table of ../readers (producers/libreoffice.xlsx) saved by
  LibreOffice as .ods, .fods and .xls (BIFF8).
- quirks/: hand-written OpenDocument (every value type, text:s / tab / line-break / spans /
  links / annotations, repeats, merges, a hidden sheet, formulas, legacy fonts) as .fods and
  as a hand-zipped .ods, the same saved by LibreOffice as .xls; a hand-built BIFF5 workbook
  in code page 1258; legacy fonts (.VnTime, VNI-Times) set by openpyxl in an .xlsx and
  saved by LibreOffice as .ods / .xls.
- hostile/: repeat bombs, an encrypted or damaged .xls, lying dimensions, a text document.
- archives/: ZIPs of submissions (two units, nested, too deep, junk entries, no
  spreadsheet, an encrypted entry), a hand-built RAR 4 (stored) and a 7z.
"""
import io, os, shutil, struct, subprocess, sys, tempfile, unicodedata, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
P, Q, H, A = (os.path.join(HERE, d) for d in ("producers", "quirks", "hostile", "archives"))
CANONICAL_XLSX = os.path.join(ROOT, "Tests", "Fixtures", "readers", "producers", "libreoffice.xlsx")
SAMPLES = os.path.join(ROOT, "Samples", "inbox")


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, capture_output=True, timeout=180)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    assert os.path.exists(out), out
    return out


# ---------------------------------------------------------------- OpenDocument by hand
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')
MIME = "application/vnd.oasis.opendocument.spreadsheet"

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;"/>'
         '<style:font-face style:name=".VnTime" svg:font-family="&apos;.VnTime&apos;"/>'
         '<style:font-face style:name="VNI-Times" svg:font-family="VNI-Times"/>'
         '</office:font-face-decls>')
STYLES = ('<office:styles><style:default-style style:family="table-cell">'
          '<style:text-properties style:font-name="Times New Roman"/></style:default-style>'
          '<style:style style:name="Default" style:family="table-cell"/>'
          '<style:style style:name="Cu" style:family="table-cell" style:parent-style-name="Default">'
          '<style:text-properties style:font-name=".VnTime"/></style:style></office:styles>')
AUTOMATIC = ('<office:automatic-styles>'
             '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
             '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
             '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Cu"/>'
             '<style:style style:name="ce2" style:family="table-cell"><style:text-properties fo:font-family="VNI-Times"/></style:style>'
             '<style:style style:name="T1" style:family="text"><style:text-properties style:font-name="VNI-Times"/></style:style>'
             '</office:automatic-styles>')


def cell(inner="", **attrs):
    a = "".join(' %s="%s"' % (k.replace("__", ":").replace("_", "-"), v) for k, v in attrs.items())
    return "<table:table-cell%s>%s</table:table-cell>" % (a, inner)


def p(*parts):
    return "<text:p>%s</text:p>" % "".join(parts)


def row(*cells, repeat=None):
    r = ' table:number-rows-repeated="%d"' % repeat if repeat else ""
    return "<table:table-row%s>%s</table:table-row>" % (r, "".join(cells))


PAD_CELLS = '<table:table-cell table:number-columns-repeated="16370"/>'


def values_body():
    v = dict
    rows = [
        row(cell(p("7.5"), office__value_type="float", office__value="7.5"),
            cell(p("25%"), office__value_type="percentage", office__value="0.25"),
            cell(p("1.500.000 ₫"), office__value_type="currency", office__currency="VND", office__value="1500000"),
            cell(p("05/01/2024"), office__value_type="date", office__date_value="2024-01-05"),
            cell(p("05/01/2024 13:45:30"), office__value_type="date", office__date_value="2024-01-05T13:45:30"),
            cell(p("13:45:30"), office__value_type="time", office__time_value="PT13H45M30S"),
            cell(p("TRUE"), office__value_type="boolean", office__boolean_value="true"),
            cell(p("chuỗi"), office__value_type="string"), PAD_CELLS),
        row(cell(p("dòng 1") + p("dòng 2"), office__value_type="string"),
            cell(p('a<text:s text:c="3"/>b'), office__value_type="string"),
            cell(p("x<text:tab/>y"), office__value_type="string"),
            cell(p("trên<text:line-break/>dưới"), office__value_type="string"),
            cell(p('Nguyễn <text:span text:style-name="T9">Văn</text:span> An'), office__value_type="string"),
            cell(p('<text:a xlink:href="https://example.invalid/">liên kết</text:a>'), office__value_type="string"),
            cell('<office:annotation><dc:creator>Kiểm tra</dc:creator><text:p>ghi chú ẩn</text:p></office:annotation>'
                 + p("có ghi chú"), office__value_type="string"),
            cell(p("hiển thị"), office__value_type="string", office__string_value="giá trị"), PAD_CELLS),
        row(cell(p("#DIV/0!"), table__formula="of:=1/0", office__value_type="float", office__value="0",
                 calcext__value_type="error"),
            cell(p("8.5"), table__formula="of:=[.A1]+1", office__value_type="float", office__value="8.5"),
            cell(p("ab"), table__formula='of:=&quot;a&quot;&amp;&quot;b&quot;', office__value_type="string", office__string_value="ab"),
            cell(p("FALSE"), table__formula="of:=1&gt;2", office__value_type="boolean", office__boolean_value="false"),
            cell(table__formula="of:=NOW()"), PAD_CELLS),
        row(cell(p("lặp"), office__value_type="string", table__number_columns_repeated="3"),
            '<table:table-cell table:number-columns-repeated="16381"/>'),
        row(cell(p("1"), office__value_type="float", office__value="1"),
            cell(p("2"), office__value_type="float", office__value="2"), PAD_CELLS, repeat=2),
        row(cell(p("gộp"), office__value_type="string", table__number_columns_spanned="2", table__number_rows_spanned="2"),
            '<table:covered-table-cell/>', cell(p("bên phải"), office__value_type="string"), PAD_CELLS),
        row('<table:covered-table-cell table:number-columns-repeated="2"/>', PAD_CELLS),
        row(cell(p("  khoảng   trắng\n  thừa"), office__value_type="string"), PAD_CELLS),
        row(cell(p("NguyÔn ThÞ Hßa"), office__value_type="string", table__style_name="ce1"),
            cell(p("Nguyeãn Thò Hoøa"), office__value_type="string", table__style_name="ce2"),
            cell(p('<text:span text:style-name="T1">Tröôøng</text:span>'), office__value_type="string"),
            cell(p('Trường <text:span text:style-name="T1">Hoøa</text:span>'), office__value_type="string"),
            cell(p("NguyÔn ThÞ Hßa"), office__value_type="string"), PAD_CELLS),
        row('<table:table-cell table:number-columns-repeated="16384"/>', repeat=1048566),
    ]
    columns = '<table:table-column table:number-columns-repeated="16384"/>'
    return ('<office:body><office:spreadsheet>'
            '<table:table table:name="Giá trị" table:style-name="ta1">%s%s</table:table>'
            '<table:table table:name="Ẩn" table:style-name="ta2">%s%s</table:table>'
            '</office:spreadsheet></office:body>') % (
        columns, "".join(rows), columns, row(cell(p("ẩn"), office__value_type="string")))


META = '<office:meta><meta:generator>thidua-fixtures/1.0$Python</meta:generator></office:meta>'


def flat(body, meta=META, mime=MIME):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" office:mimetype="%s">'
            '%s%s%s%s%s</office:document>') % (NS, mime, meta, FONTS, STYLES, AUTOMATIC, body)


def package(path, body, mime=MIME, manifest_extra="", styles=True):
    content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s office:version="1.3">%s%s%s</office:document-content>' % (
        NS, FONTS, AUTOMATIC, body)
    styles_xml = '<?xml version="1.0" encoding="UTF-8"?><office:document-styles %s office:version="1.3">%s%s</office:document-styles>' % (
        NS, FONTS, STYLES)
    meta = '<?xml version="1.0" encoding="UTF-8"?><office:document-meta %s office:version="1.3">%s</office:document-meta>' % (NS, META)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>%s</manifest:manifest>') % (mime, manifest_extra)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mime, compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        if styles:
            z.writestr("styles.xml", styles_xml)
        z.writestr("meta.xml", meta)
        z.writestr("META-INF/manifest.xml", manifest)


# ---------------------------------------------------------------- BIFF by hand
def record(rtype, data=b""):
    return struct.pack("<HH", rtype, len(data)) + data


def bof(version, kind):
    return record(0x0809, struct.pack("<HHHHII", version, kind, 0x0DBB, 0x07CC, 0, 0x0106) if version == 0x0600
                  else struct.pack("<HHHH", version, kind, 0x0DBB, 0x07CC))


def biff8_string(s, width=2):
    units = s.encode("utf-16-le")
    return struct.pack("<H" if width == 2 else "<B", len(units) // 2) + b"\x01" + units


def workbook_stream(version, sheets, globals_extra=b"", codepage=None, sst=None, xf=True):
    """A BIFF workbook stream: globals (with BOUNDSHEETs pointing at each sheet), then the
    sheets. `sheets` is a list of (name, state, records); padding keeps the stream ≥ 4096
    bytes (a regular stream, not the mini stream)."""
    head = bof(version, 0x0005)
    if codepage:
        head += record(0x0042, struct.pack("<H", codepage))
    head += globals_extra
    if xf:
        for _ in range(16):
            head += record(0x00E0, b"\x00" * (20 if version == 0x0600 else 16))
    pad = record(0x00EB, b"\x00" * 4000)
    tail_sst = sst or b""
    def boundsheets(offsets):
        out = b""
        for (name, state, _), off in zip(sheets, offsets):
            if version == 0x0600:
                nm = struct.pack("<B", len(name)) + b"\x01" + name.encode("utf-16-le")
            else:
                raw = cp1258(name)
                nm = struct.pack("<B", len(raw)) + raw
            out += record(0x0085, struct.pack("<IBB", off, state, 0) + nm)
        return out
    bodies = [bof(version, 0x0010) + recs + record(0x000A) for _, _, recs in sheets]
    size_globals = len(head) + len(pad) + len(boundsheets([0] * len(sheets))) + len(tail_sst) + 4
    offsets, o = [], size_globals
    for b in bodies:
        offsets.append(o)
        o += len(b)
    return head + pad + boundsheets(offsets) + tail_sst + record(0x000A) + b"".join(bodies)


def compound_file(stream, name="Workbook"):
    """An OLE2 compound file (version 3, 512-byte sectors) holding one stream."""
    sector = 512
    data = stream + b"\x00" * (-len(stream) % sector)
    n = len(data) // sector
    assert n + 2 <= 128, "stream too large for one FAT sector"
    fat = [0xFFFFFFFD, 0xFFFFFFFE] + [3 + i for i in range(n - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    def entry(nm, typ, start, size, child=0xFFFFFFFF):
        raw = (nm.encode("utf-16-le") + b"\x00\x00") if nm else b""
        return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), typ, 1) + struct.pack("<III", 0xFFFFFFFF, 0xFFFFFFFF, child)
                + b"\x00" * 36 + struct.pack("<IQ", start, size))
    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1) + entry(name, 2, 2, len(stream))
    directory = directory.ljust(sector, b"\x00")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
              + struct.pack("<I", 0) + struct.pack("<I", 0xFFFFFFFF) * 108)
    assert len(header) == 512
    return header + struct.pack("<128I", *fat) + directory + data


def cp1258(text):
    """Windows-1258 bytes: a precomposed letter when the code page has it, else a base
    letter that has one mark, followed by the other mark as a combining byte."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        for i, mark in enumerate(d[1:], start=1):
            rest = d[1:i] + d[i + 1:]
            try:
                out += unicodedata.normalize("NFC", d[0] + rest).encode("cp1258") + mark.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            raise UnicodeEncodeError("cp1258", ch, 0, 1, "no Windows-1258 form")
    return out


def biff5_label(r, c, text):
    raw = cp1258(text)
    return record(0x0204, struct.pack("<HHHH", r, c, 15, len(raw)) + raw)


def biff5_workbook():
    cells = (record(0x0200, struct.pack("<HHHHH", 0, 3, 0, 2, 0))
             + biff5_label(0, 0, "Tên đơn vị") + biff5_label(0, 1, "Xã Ia Hrú")
             + biff5_label(1, 0, "Điểm tự chấm") + record(0x0203, struct.pack("<HHHd", 1, 1, 15, 7.5))
             + biff5_label(2, 0, "Người lập") + record(0x027E, struct.pack("<HHHI", 2, 1, 15, (12 << 2) | 2)))
    stream = workbook_stream(0x0500, [("Bảng điểm", 0, cells)], codepage=1258)
    return compound_file(stream, "Book")


def biff8_cells():
    return (record(0x0200, struct.pack("<IIHHH", 0, 1, 0, 1, 0))
            + record(0x0203, struct.pack("<HHHd", 0, 0, 15, 1.0)))


# ---------------------------------------------------------------- RAR 4 by hand (stored)
def rar4(files):
    """A RAR 4 archive, every file stored (method 0x30), as the RAR 2.x–4.x technote describes."""
    def block(head_type, flags, body):
        size = 7 + len(body)
        head = struct.pack("<BHH", head_type, flags, size) + body
        return struct.pack("<H", zlib.crc32(head) & 0xFFFF) + head
    out = b"Rar!\x1a\x07\x00" + block(0x73, 0, b"\x00" * 6)
    for name, data in files:
        raw = name.encode("ascii")
        body = struct.pack("<IIBIIBBHI", len(data), len(data), 2, zlib.crc32(data), 0x58210000, 20, 0x30, len(raw), 0x20) + raw
        out += block(0x74, 0x8000, body) + data
    return out + block(0x7B, 0x4000, b"")


# ---------------------------------------------------------------- main
def main():
    for d in (P, Q, H, A):
        os.makedirs(d, exist_ok=True)
    tmp = tempfile.mkdtemp()
    try:
        producers(tmp)
        quirks(tmp)
        hostile(tmp)
        archives(tmp)
    finally:
        shutil.rmtree(tmp)
    print("fixtures written")


def producers(tmp):
    for fmt in ("ods", "fods", "xls"):
        shutil.copy(soffice(CANONICAL_XLSX, fmt, tmp), os.path.join(P, "libreoffice." + fmt))


def quirks(tmp):
    import openpyxl
    from openpyxl.styles import Font
    open(os.path.join(Q, "values.fods"), "w", encoding="utf-8").write(flat(values_body()))
    package(os.path.join(Q, "values.ods"), values_body())
    shutil.copy(soffice(os.path.join(Q, "values.fods"), "xls", tmp), os.path.join(Q, "values.xls"))
    open(os.path.join(Q, "biff5-cp1258.xls"), "wb").write(biff5_workbook())
    # Legacy fonts set by a program (openpyxl), then LibreOffice's own formats of the same.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Phông cũ"
    ws["A1"] = "NguyÔn ThÞ Hßa"
    ws["A1"].font = Font(name=".VnTime")
    ws["A2"] = "Nguyeãn Thò Hoøa"
    ws["A2"].font = Font(name="VNI-Times")
    ws["A3"] = "NguyÔn ThÞ Hßa"          # a Unicode font: looks legacy, stays, warned
    ws["A3"].font = Font(name="Times New Roman")
    ws["A4"] = "Tr\u00adêng"              # ".VnTime" soft hyphen byte 0xAD: ư
    ws["A4"].font = Font(name=".VnTimeH")
    wb.save(os.path.join(Q, "legacy-fonts.xlsx"))
    for fmt in ("ods", "xls"):
        shutil.copy(soffice(os.path.join(Q, "legacy-fonts.xlsx"), fmt, tmp), os.path.join(Q, "legacy-fonts." + fmt))


def hostile(tmp):
    bomb_row = row(cell(p("1"), office__value_type="float", office__value="1",
                        table__number_columns_repeated="16384"), repeat=1000000000)
    bomb = '<office:body><office:spreadsheet><table:table table:name="B">%s</table:table></office:spreadsheet></office:body>' % bomb_row
    package(os.path.join(H, "repeat-bomb.ods"), bomb)
    doc = ('<?xml version="1.0" encoding="UTF-8"?><office:document %s office:mimetype="%s"><office:body><office:spreadsheet>'
           '<table:table table:name="B">%s</table:table></office:spreadsheet></office:body></office:document>') % (NS, MIME, bomb_row)
    open(os.path.join(H, "repeat-bomb.fods"), "w").write(doc)
    assert len(doc) < 4096
    spaces = ('<office:body><office:spreadsheet><table:table table:name="S">%s</table:table></office:spreadsheet></office:body>'
              % row(cell(p('a<text:s text:c="99999999999"/>b'), office__value_type="string")))
    package(os.path.join(H, "space-bomb.ods"), spaces)
    package(os.path.join(H, "encrypted.ods"), values_body(),
            manifest_extra='<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
                           '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/></manifest:file-entry>')
    text_body = '<office:body><office:text><text:p>Báo cáo</text:p></office:text></office:body>'
    package(os.path.join(H, "text-document.odt"), text_body, mime="application/vnd.oasis.opendocument.text")
    # Apple Numbers: a ZIP of .iwa (protobuf) parts.
    with zipfile.ZipFile(os.path.join(H, "apple.numbers"), "w") as z:
        z.writestr("Index/Document.iwa", b"\x00\x1a\x02\x08\x01")
        z.writestr("Metadata/Properties.plist", b"bplist00")
    # .xls: encrypted (FILEPASS), declared dimensions and shared strings far past the limits, a
    # damaged file, a compound file with no workbook (a Word document), a pre-Excel 95 version,
    # and a date-formatted serial far past year 9999.
    sheet = [("S", 0, biff8_cells())]
    rc4 = record(0x002F, struct.pack("<HHH", 1, 1, 1) + b"\x00" * 48)
    open(os.path.join(H, "encrypted.xls"), "wb").write(compound_file(workbook_stream(0x0600, sheet, globals_extra=rc4, codepage=1200)))
    huge = [("S", 0, record(0x0200, struct.pack("<IIHHH", 0, 0xFFFFFFF0, 0, 256, 0)) + record(0x0203, struct.pack("<HHHd", 0, 0, 15, 1.0)))]
    open(os.path.join(H, "huge-dimensions.xls"), "wb").write(compound_file(workbook_stream(0x0600, huge, codepage=1200)))
    sst = record(0x00FC, struct.pack("<II", 0xFFFFFFF0, 0xFFFFFFF0))
    open(os.path.join(H, "huge-sst.xls"), "wb").write(compound_file(workbook_stream(0x0600, sheet, codepage=1200, sst=sst)))
    good = open(os.path.join(P, "libreoffice.xls"), "rb").read()
    open(os.path.join(H, "truncated.xls"), "wb").write(good[: len(good) // 2])
    open(os.path.join(H, "word-document.doc"), "wb").write(compound_file(b"\xec\xa5" + b"\x00" * 5000, "WordDocument"))
    old = workbook_stream(0x0400, sheet, codepage=1200)
    open(os.path.join(H, "biff4.xls"), "wb").write(compound_file(old))
    date_xf = b"".join(record(0x00E0, struct.pack("<HH", 0, 14) + b"\x00" * 16) for _ in range(16))
    far = [("S", 0, record(0x0200, struct.pack("<IIHHH", 0, 1, 0, 1, 0)) + record(0x0203, struct.pack("<HHHd", 0, 0, 15, 2e9)))]
    open(os.path.join(H, "far-date.xls"), "wb").write(compound_file(workbook_stream(0x0600, far, globals_extra=date_xf, codepage=1200, xf=False)))


def archives(tmp):
    db01 = open(os.path.join(SAMPLES, "DB01 - Đảng bộ Công an huyện.xlsx"), "rb").read()
    xa01 = open(os.path.join(SAMPLES, "XA01 - Thị trấn Nhơn Hòa.xlsx"), "rb").read()
    cq05 = open(os.path.join(SAMPLES, "CQ05 - Ban Dân vận Huyện ủy.csv"), "rb").read()

    def zipped(entries):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in entries:
                z.writestr(name, data)
        return buf.getvalue()

    def write(name, data):
        open(os.path.join(A, name), "wb").write(data)

    write("two-submissions.zip", zipped([("Bài nộp/DB01 - Đảng bộ Công an huyện.xlsx", db01),
                                         ("XA01 - Thị trấn Nhơn Hòa.xlsx", xa01),
                                         ("Minh chứng/Kế hoạch.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
                                         ("Bài nộp/", b"")]))
    write("nested.zip", zipped([("DB01.xlsx", db01), ("gửi lại.zip", zipped([("XA01.xlsx", xa01), ("CQ05.csv", cq05)]))]))
    write("too-deep.zip", zipped([("a.zip", zipped([("b.zip", zipped([("XA01.xlsx", xa01)]))]))]))
    write("no-spreadsheet.zip", zipped([("Minh chứng %d.pdf" % i, b"%PDF-1.4\n") for i in range(1, 8)] + [("ảnh.jpg", b"\xff\xd8\xff\xe0")]))
    write("junk-entries.zip", zipped([("DB01.xlsx", db01), ("__MACOSX/._DB01.xlsx", b"\x00\x05\x16\x07"),
                                      (".DS_Store", b"\x00\x00\x00\x01Bud1"), ("~$DB01.xlsx", b"\x0bNguyen Van A" + b"\x00" * 40),
                                      ("Thumbs.db", b"\xd0\xcf\x11\xe0")]))
    d = os.path.join(tmp, "enc")
    os.makedirs(d)
    open(os.path.join(d, "DB01.xlsx"), "wb").write(db01)
    subprocess.run(["zip", "-q", "-P", "matkhau", os.path.join(d, "e.zip"), "DB01.xlsx"], cwd=d, check=True)
    shutil.copy(os.path.join(d, "e.zip"), os.path.join(A, "encrypted-entry.zip"))
    write("two-submissions.rar", rar4([("DB01.xlsx", db01), ("XA01.xlsx", xa01)]))
    import py7zr
    with py7zr.SevenZipFile(os.path.join(A, "two-submissions.7z"), "w") as z:
        z.writestr(db01, "DB01 - Đảng bộ Công an huyện.xlsx")
        z.writestr(xa01, "XA01 - Thị trấn Nhơn Hòa.xlsx")


if __name__ == "__main__":
    sys.exit(main())
