#!/usr/bin/env python3
"""Generates the reader fixtures: one canonical Vietnamese table from real producers,
hand-built quirk workbooks, and hostile files. Run from this directory:

    pip install openpyxl xlsxwriter pandas msoffcrypto-tool
    python3 make_fixtures.py

Needs LibreOffice (soffice) and gnumeric (ssconvert). Writes producers/, quirks/,
hostile/ and expected/. The tests only read the committed outputs.
"""
import datetime, io, json, os, shutil, subprocess, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
P, Q, H, E = (os.path.join(HERE, d) for d in ("producers", "quirks", "hostile", "expected"))

# ---------------------------------------------------------------- canonical table
TITLE = "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2023"
HEADER = [("Tên đơn vị:", "Chi bộ Xã Ia Tô"), ("Mã đơn vị:", "CB01")]
DATE_LABEL, DATE = "Ngày lập:", datetime.date(2024, 1, 5)
COLUMNS = ["Mã", "Nội dung", "Điểm tối đa", "Điểm tự chấm", "Ghi chú"]
LINES = [
    ("1", "Quán triệt, học tập Chương trình hành động", 10, 9.5, ""),
    ("2", "Xây dựng kế hoạch thực hiện", 5, 5, ""),
    ("3", "Tự phê bình và phê bình", 10, 8.75, ""),
    ("4a", "Đấu tranh với biểu hiện cá nhân chủ nghĩa", 5, 4.5, ""),
    ("4b", "Nêu gương của người đứng đầu", 5, None, "Chưa tự chấm"),
    ("5", "Ký cam kết rèn luyện", 10, 10, ""),
    ("6", "Kiểm tra, giám sát", 10, 7.5, 'Có "biên bản"\nkèm theo'),
    ("7", "Giải quyết đơn thư", 5, 4.25, ""),
    ("8", "Thực hành tiết kiệm", 10, 9, ""),
    ("9", "Cải cách hành chính", 5, 3.5, ""),
    ("10", "Dân vận khéo", 5, 5, ""),
    ("11", "Xây dựng tổ chức đảng trong sạch", 10, 9.25, ""),
    ("12", "Khen thưởng, nhân rộng điển hình", 5, 4, ""),
    ("13", "Báo cáo sơ kết, tổng kết", 5, 4.5, "Đúng hạn"),
]
TOTAL_LABEL = "Tổng cộng"
FIRST_LINE_ROW = 7  # 1-based row of the first line
TOTAL = sum(l[3] or 0 for l in LINES)


def canonical_rows(mode):
    """The expected rows: mode 'typed' (XLSX) or 'text' (CSV, numbers with '.', date dd/mm/yyyy)."""
    def num(x):
        if mode == "typed":
            return x
        return ("%g" % x) if x is not None else None
    rows = [[TITLE]]
    for a, b in HEADER:
        rows.append([a, b])
    rows.append([DATE_LABEL, {"date": DATE.isoformat()} if mode == "typed" else DATE.strftime("%d/%m/%Y")])
    rows.append([])
    rows.append(list(COLUMNS))
    for code, text, mx, claimed, note in LINES:
        row = [code, text, num(mx), num(claimed), note or None]
        while row and row[-1] is None:
            row.pop()
        rows.append(row)
    rows.append([None, TOTAL_LABEL, None, num(TOTAL)])
    return rows


def openpyxl_table(path, cached=False):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bảng tự chấm"
    ws.append([TITLE])
    for a, b in HEADER:
        ws.append([a, b])
    ws.append([DATE_LABEL, DATE])
    ws["B4"].number_format = "dd/mm/yyyy"
    ws.append([])
    ws.append(COLUMNS)
    for code, text, mx, claimed, note in LINES:
        ws.append([code, text, mx, claimed, note or None])
    last = FIRST_LINE_ROW + len(LINES) - 1
    ws.append([None, TOTAL_LABEL, None, "=SUM(D%d:D%d)" % (FIRST_LINE_ROW, last)])
    ws.merge_cells("A1:E1")
    wb.save(path)


def xlsxwriter_table(path):
    import xlsxwriter
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Bảng tự chấm")
    date_fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws.merge_range("A1:E1", TITLE)
    for i, (a, b) in enumerate(HEADER):
        ws.write_string(1 + i, 0, a)
        ws.write_string(1 + i, 1, b)
    ws.write_string(3, 0, DATE_LABEL)
    ws.write_datetime(3, 1, datetime.datetime.combine(DATE, datetime.time()), date_fmt)
    for c, h in enumerate(COLUMNS):
        ws.write_string(5, c, h)
    for r, (code, text, mx, claimed, note) in enumerate(LINES):
        row = FIRST_LINE_ROW - 1 + r
        ws.write_string(row, 0, code)
        ws.write_string(row, 1, text)
        ws.write_number(row, 2, mx)
        if claimed is not None:
            ws.write_number(row, 3, claimed)
        if note:
            ws.write_string(row, 4, note)
    last = FIRST_LINE_ROW + len(LINES) - 1
    ws.write_string(last, 1, TOTAL_LABEL)
    ws.write_formula(last, 3, "=SUM(D%d:D%d)" % (FIRST_LINE_ROW, last), None, TOTAL)
    wb.close()


def pandas_table(path):
    import pandas as pd
    rows = [[TITLE, None, None, None, None]]
    for a, b in HEADER:
        rows.append([a, b, None, None, None])
    rows.append([DATE_LABEL, DATE, None, None, None])
    rows.append([None] * 5)
    rows.append(list(COLUMNS))
    for code, text, mx, claimed, note in LINES:
        rows.append([code, text, mx, claimed, note or None])
    rows.append([None, TOTAL_LABEL, None, TOTAL, None])
    df = pd.DataFrame(rows)
    with pd.ExcelWriter(path, engine="xlsxwriter", date_format="dd/mm/yyyy") as xw:
        df.to_excel(xw, sheet_name="Bảng tự chấm", header=False, index=False)


def csv_text(sep=",", decimal="."):
    out = io.StringIO()
    import csv
    w = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    for row in canonical_rows("text"):
        w.writerow([("" if c is None else (c.replace(".", decimal) if decimal != "." and _isnum(c) else c)) for c in row])
    return out.getvalue()


def _isnum(s):
    try:
        float(s)
        return True
    except (TypeError, ValueError):
        return False


def to_cp1258(text):
    """Windows-1258 as Excel writes it: precomposed where the code page has the letter,
    else base letter + combining tone mark."""
    import unicodedata
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, capture_output=True, timeout=180)


def producers():
    os.makedirs(P, exist_ok=True)
    os.makedirs(E, exist_ok=True)
    openpyxl_table(os.path.join(P, "openpyxl.xlsx"))
    xlsxwriter_table(os.path.join(P, "xlsxwriter.xlsx"))
    pandas_table(os.path.join(P, "pandas.xlsx"))
    tmp = tempfile.mkdtemp()
    # LibreOffice re-saves the openpyxl file (and computes the formula).
    soffice(os.path.join(P, "openpyxl.xlsx"), "xlsx:Calc MS Excel 2007 XML", tmp)
    shutil.copy(os.path.join(tmp, "openpyxl.xlsx"), os.path.join(P, "libreoffice.xlsx"))
    soffice(os.path.join(P, "libreoffice.xlsx"), "csv:Text - txt - csv (StarCalc):44,34,76,1", tmp)
    shutil.copy(os.path.join(tmp, "libreoffice.csv"), os.path.join(P, "libreoffice.csv"))
    # LibreOffice's own encodings: 40 = Windows-1258 (comma), 65535 = UTF-16LE "Unicode text" (tab).
    for enc, sep, out in ((40, 44, "libreoffice-cp1258.csv"), (65535, 9, "libreoffice-utf16.txt")):
        d = os.path.join(tmp, str(enc))
        os.makedirs(d, exist_ok=True)
        soffice(os.path.join(P, "libreoffice.xlsx"), "csv:Text - txt - csv (StarCalc):%d,34,%d,1" % (sep, enc), d)
        shutil.copy(os.path.join(d, "libreoffice.csv"), os.path.join(P, out))
    subprocess.run(["ssconvert", os.path.join(P, "libreoffice.xlsx"), os.path.join(P, "gnumeric.xlsx")],
                   check=True, capture_output=True)
    subprocess.run(["ssconvert", os.path.join(P, "libreoffice.xlsx"), os.path.join(P, "gnumeric.csv")],
                   check=True, capture_output=True)
    text = csv_text()
    open(os.path.join(P, "utf8.csv"), "wb").write(text.encode("utf-8"))
    open(os.path.join(P, "utf8-bom.csv"), "wb").write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    open(os.path.join(P, "utf8-lf.csv"), "wb").write(text.replace("\r\n", "\n").encode("utf-8"))
    open(os.path.join(P, "utf16le-tab.txt"), "wb").write(b"\xff\xfe" + csv_text("\t").encode("utf-16-le"))
    open(os.path.join(P, "utf16be-tab.txt"), "wb").write(b"\xfe\xff" + csv_text("\t").encode("utf-16-be"))
    # Windows-1258 stores tones as combining marks: decompose first, as Excel does.
    import unicodedata
    open(os.path.join(P, "cp1258.csv"), "wb").write(to_cp1258(text))
    open(os.path.join(P, "semicolon-decimal-comma.csv"), "wb").write(
        ("sep=;\r\n" + csv_text(";", ",")).encode("utf-8"))
    open(os.path.join(P, "semicolon-sniffed.csv"), "wb").write(csv_text(";", ",").encode("utf-8"))
    # Excel's lossy ANSI export: letters outside the code page become '?'.
    lossy = "".join(ch if ord(ch) < 128 or ch in "àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ" else "?" for ch in text)
    open(os.path.join(H, "lossy-cp1258.csv"), "wb").write(lossy.encode("cp1258", errors="replace"))
    json.dump({"typed": canonical_rows("typed"), "text": canonical_rows("text"),
               "textDecimalComma": [[c.replace(".", ",") if isinstance(c, str) and _isnum(c) else c for c in r]
                                    for r in canonical_rows("text")]},
              open(os.path.join(E, "canonical.json"), "w"), ensure_ascii=False, indent=1)
    return tmp


# ---------------------------------------------------------------- hand-built workbooks
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')


def sheet_xml(rows_xml, extra="", ns=NS):
    return '<?xml version="1.0" encoding="UTF-8"?><worksheet %s><sheetData>%s</sheetData>%s</worksheet>' % (ns, rows_xml, extra)


def workbook(path, sheets, sst=None, styles=None, wbpr="", wb_path="xl/workbook.xml",
             sheet_paths=None, abs_targets=False, ns=NS, rel=REL, extra_entries=(), app=None):
    """sheets: list of (name, xml, state). Writes a minimal but valid package."""
    wb_dir = wb_path.rsplit("/", 1)[0]
    sheet_paths = sheet_paths or ["%s/worksheets/sheet%d.xml" % (wb_dir, i + 1) for i in range(len(sheets))]
    entries = [("[Content_Types].xml", CT)]
    root = ['<Relationship Id="rId1" Type="%s/officeDocument" Target="%s"/>' % (rel, "/" + wb_path if abs_targets else wb_path)]
    if app is not None:
        root.append('<Relationship Id="rId2" Type="%s/extended-properties" Target="docProps/app.xml"/>' % REL)
        entries.append(("docProps/app.xml", '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>%s</Application><AppVersion>16.0300</AppVersion></Properties>' % app))
    entries.append(("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="%s">%s</Relationships>' % (PKG, "".join(root))))
    wrels, wsheets = [], []
    for i, ((name, xml, state), sp) in enumerate(zip(sheets, sheet_paths)):
        target = "/" + sp if abs_targets else os.path.relpath(sp, wb_dir)
        wrels.append('<Relationship Id="rIdS%d" Type="%s/worksheet" Target="%s"/>' % (i, rel, target))
        st = ' state="%s"' % state if state else ""
        wsheets.append('<sheet name="%s" sheetId="%d"%s r:id="rIdS%d"/>' % (name, i + 1, st, i))
        entries.append((sp, xml))
    if sst is not None:
        wrels.append('<Relationship Id="rIdSST" Type="%s/sharedStrings" Target="sharedStrings.xml"/>' % rel)
        entries.append((wb_dir + "/sharedStrings.xml", sst))
    if styles is not None:
        wrels.append('<Relationship Id="rIdST" Type="%s/styles" Target="styles.xml"/>' % rel)
        entries.append((wb_dir + "/styles.xml", styles))
    entries.append((wb_dir + "/_rels/" + wb_path.rsplit("/", 1)[1] + ".rels",
                    '<?xml version="1.0"?><Relationships xmlns="%s">%s</Relationships>' % (PKG, "".join(wrels))))
    entries.append((wb_path, '<?xml version="1.0"?><workbook %s %s>%s<sheets>%s</sheets></workbook>'
                    % (ns, RNS, wbpr, "".join(wsheets))))
    entries.extend(extra_entries)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)


def sst_xml(items):
    return '<?xml version="1.0" encoding="UTF-8"?><sst %s count="%d" uniqueCount="%d">%s</sst>' % (
        NS, len(items), len(items), "".join("<si>%s</si>" % i for i in items))


STYLES = ('<?xml version="1.0"?><styleSheet %s><numFmts count="5">'
          '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
          '<numFmt numFmtId="165" formatCode="[$-42A]d mmmm yyyy"/>'
          '<numFmt numFmtId="166" formatCode="h:mm"/>'
          '<numFmt numFmtId="167" formatCode="[h]:mm:ss"/>'
          '<numFmt numFmtId="168" formatCode="0.0 &quot;ngày&quot;"/></numFmts>'
          '<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="164"/>'
          '<xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/></cellXfs></styleSheet>') % NS


def quirks():
    os.makedirs(Q, exist_ok=True)
    # Part names: absolute targets, upper-case and non-standard names inside the ZIP.
    workbook(os.path.join(Q, "paths-absolute-uppercase.xlsx"),
             [("Dữ liệu", sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>ok</t></is></c></row>'), None)],
             wb_path="XL/Book.xml", sheet_paths=["XL/Data/SHEET_ONE.XML"], abs_targets=True)
    # Shared strings: rich runs joined, phonetic runs dropped, _xHHHH_ escapes, xml:space, NFD → NFC.
    sst = sst_xml([
        "<t>Điểm</t>",
        '<r><rPr><b/></rPr><t>Nguyễn </t></r><r><t xml:space="preserve">Văn </t></r><r><t>An</t></r>',
        "<t>日本</t><rPh sb=\"0\" eb=\"2\"><t>にほん</t></rPh><phoneticPr fontId=\"1\"/>",
        "<t>dòng 1_x000D__x000A_dòng 2 _x005F_x0041_ _x0041_</t>",
        '<t xml:space="preserve">  hai khoảng trắng </t>',
        "<t>Ho\u0300a Bi\u0300nh</t>",
        "<t></t>",
        "<t>NguyÔn ThÞ Hßa</t>",
    ])
    rows = "".join('<row r="%d"><c r="A%d" t="s"><v>%d</v></c></row>' % (i + 1, i + 1, i) for i in range(8))
    workbook(os.path.join(Q, "shared-strings.xlsx"), [("Trang1", sheet_xml(rows), None)], sst=sst)
    # Cell types, rows and cells without r.
    rows = ('<row><c t="inlineStr"><is><t>inline</t></is></c><c t="inlineStr"><is><r><t>rich </t></r><r><t>inline</t></r></is></c></row>'
            '<row><c t="str"><f>A1&amp;"!"</f><v>inline!</v></c><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#DIV/0!</v></c></row>'
            '<row><c t="n"><v>-12.5</v></c><c><v>1E-3</v></c><c t="d"><v>2024-01-05T00:00:00</v></c><c t="d"><v>2024-01-05T13:45:30Z</v></c></row>'
            '<row r="6"><c r="C6"><v>3</v></c><c><v>4</v></c></row>')
    workbook(os.path.join(Q, "cell-types-no-r.xlsx"), [("Kiểu", sheet_xml(rows), None)])
    # Namespace prefixes everywhere (x:c), as some generators write.
    pfx = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    xml = ('<?xml version="1.0"?><x:worksheet %s><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>'
           '<x:c r="B1"><x:v>7.5</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>') % pfx
    workbook(os.path.join(Q, "namespace-prefix.xlsx"), [("P", xml, None)],
             sst='<x:sst %s><x:si><x:t>tiền tố</x:t></x:si></x:sst>' % pfx)
    # Strict OOXML namespaces and relationship types.
    sns = 'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"'
    srel = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    workbook(os.path.join(Q, "strict.xlsx"),
             [("Strict", sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45296</v></c></row>', ns=sns), None)],
             sst='<sst %s><si><t>nghiêm ngặt</t></si></sst>' % sns,
             styles='<styleSheet %s><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>' % sns,
             ns=sns, rel=srel)
    # Dates from built-in and custom formats; time-only and elapsed stay numbers.
    rows = ('<row r="1"><c r="A1" s="1"><v>45296</v></c><c r="B1" s="2"><v>45296.5729166667</v></c>'
            '<c r="C1" s="3"><v>45296</v></c><c r="D1" s="4"><v>45296</v></c><c r="E1" s="5"><v>0.5</v></c>'
            '<c r="F1" s="6"><v>1.25</v></c><c r="G1" s="7"><v>3</v></c><c r="H1" s="0"><v>45296</v></c>'
            '<c r="I1" s="1"><v>61</v></c><c r="J1" s="1"><v>59</v></c></row>')
    workbook(os.path.join(Q, "dates-1900.xlsx"), [("Ngày", sheet_xml(rows), None)], styles=STYLES)
    workbook(os.path.join(Q, "dates-1904.xlsx"),
             [("Ngày", sheet_xml('<row r="1"><c r="A1" s="1"><v>43834</v></c><c r="B1" s="2"><v>0.25</v></c></row>'), None)],
             styles=STYLES, wbpr='<workbookPr date1904="1"/>')
    # Formulas with and without a cached value, shared formulas; merged cells; hidden sheets; app.xml.
    rows = ('<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f>A1*2</f><v>4</v></c><c r="C1"><f>A1*3</f></c>'
            '<c r="D1"><f t="shared" ref="D1:D2" si="0">A1+1</f><v>3</v></c></row>'
            '<row r="2"><c r="D2"><f t="shared" si="0"/><v>1</v></c><c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>')
    merged = '<mergeCells count="2"><mergeCell ref="A3:C3"/><mergeCell ref="D4:D6"/></mergeCells>'
    workbook(os.path.join(Q, "formulas-merged-hidden.xlsx"),
             [("Công thức", sheet_xml(rows, merged), None),
              ("Ẩn", sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>rubric=seed</t></is></c></row>'), "hidden"),
              ("Rất ẩn", sheet_xml(""), "veryHidden")],
             app="Microsoft Excel")
    # Declared dimension lies: says A1:A1, data runs to E40.
    rows = "".join('<row r="%d"><c r="E%d"><v>%d</v></c></row>' % (i, i, i) for i in range(1, 41))
    xml = ('<?xml version="1.0"?><worksheet %s><dimension ref="A1"/><sheetData>%s</sheetData></worksheet>') % (NS, rows)
    workbook(os.path.join(Q, "dimension-lies.xlsx"), [("D", xml, None)])


# ---------------------------------------------------------------- reader rewrite (issue 8/10)
def reader_quirks():
    """Fixtures for the scanner-based reader; needs only zipfile and openpyxl
    (`python3 make_fixtures.py --reader` writes just these)."""
    os.makedirs(Q, exist_ok=True)
    # A cell over Excel's 32,767 characters, written by openpyxl, with data validations
    # after the sheet data and a worksheet part larger than one 64 KiB chunk.
    import openpyxl
    from openpyxl.worksheet.datavalidation import DataValidation
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Dài"
    ws["A1"] = "Thành tích"
    ws["B1"] = "LONG_CELL"  # openpyxl cuts text at 32,767 characters: put it in below
    for r in range(2, 40):
        ws.cell(row=r, column=1, value="Dòng %d" % r)
        ws.cell(row=r, column=2, value=r * 0.5)
    # The sheet data ends inside the first 64 KiB; the validations run past it.
    for r in range(2, 500):
        dv = DataValidation(type="list", formula1='"Có,Không"', allow_blank=True)
        ws.add_data_validation(dv)
        dv.add("C%d" % r)
    path = os.path.join(Q, "long-cell-openpyxl.xlsx")
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename.endswith("sheet1.xml"):  # 36,000 characters, 45,000 bytes
                data = data.replace(b"LONG_CELL", ("dài " * 9000).encode())
            z.writestr(info, data)
    # Empty values in every cell type: <v/> and <v></v> are empty cells.
    cells = []
    for i, t in enumerate(["s", "n", "str", "b", "e", "d"]):
        cells.append('<c r="%s1" t="%s"><v/></c>' % ("ABCDEF"[i], t))
        cells.append('<c r="%s2" t="%s"><v></v></c>' % ("ABCDEF"[i], t))
    cells.append('<c r="G1" t="inlineStr"><is/></c><c r="G2" t="inlineStr"><is><t></t></is></c>')
    cells.append('<c r="H1"><v/></c><c r="H2"><f>1+1</f><v/></c><c r="H3" t="s"><v>0</v></c>')
    workbook(os.path.join(Q, "empty-values.xlsx"), [("Rỗng", sheet_xml('<row r="1">%s</row>' % "".join(cells)), None)],
             sst=sst_xml(["<t>có</t>"]))
    # Legacy Vietnamese fonts: styles name .VnTime / VNI-Times; rich-text runs carry their own font.
    styles = ('<?xml version="1.0"?><styleSheet %s><fonts count="4">'
              '<font><sz val="11"/><name val="Times New Roman"/></font>'
              '<font><sz val="12"/><name val=".VnTime"/></font>'
              '<font><b/><name val="VNI-Times"/></font>'
              '<font><name val="Arial"/></font></fonts>'
              '<dxfs count="1"><dxf><font><name val=".VnArial"/></font></dxf></dxfs>'
              '<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1"/>'
              '<xf numFmtId="0" fontId="2"/><xf numFmtId="14" fontId="1"/></cellXfs></styleSheet>') % NS
    sst = sst_xml(["<t>Céng hoµ</t>",
                   '<r><rPr><rFont val=".VnTime"/></rPr><t>Hµ Néi</t></r><r><t> 2024</t></r>',
                   '<r><rPr><rFont val="Arial"/></rPr><t>Unicode </t></r><r><rPr><rFont val="Times New Roman"/></rPr><t>đúng</t></r>',
                   "<t>Tiếng Việt</t>"])
    rows = ('<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="0" t="s"><v>1</v></c>'
            '<c r="C1" s="1" t="s"><v>2</v></c><c r="D1" s="0" t="s"><v>3</v></c></row>'
            '<row r="2"><c r="A2" s="2" t="inlineStr"><is><t>V\u0131\u1ec7t</t></is></c><c r="B2" s="1"><v>7.5</v></c>'
            '<c r="C2" s="3"><v>45296</v></c><c r="D2" s="2" t="str"><f>"a"</f><v>a</v></c><c r="E2" t="s"><v>3</v></c></row>')
    workbook(os.path.join(Q, "legacy-fonts.xlsx"), [("Phông", sheet_xml(rows), None)], sst=sst, styles=styles)
    # XML the way other writers spell it: comments, processing instructions, CDATA, entity
    # and character references, single quotes, whitespace inside tags, line ends, UTF-16.
    body = ('<row r="1" ><!-- chú thích --><c r="A1" t=\'inlineStr\' ><is><t>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#7841;&#x1EA1;</t></is></c>'
            '<?thidua giữ nguyên?><c r="B1" t="inlineStr"><is><t><![CDATA[<x> & y]]> z</t></is></c>'
            '<c\n r="C1"\t t="inlineStr"\r\n><is><t xml:space="preserve">dòng 1\r\ndòng 2\rdòng 3&#13;</t></is></c>'
            '<c r="D1" t="str"><f>"&#x41;"</f><v>A</v></c></row>')
    xml = '<?xml version="1.0" encoding="UTF-16"?>\n<worksheet %s><sheetData>%s</sheetData></worksheet>' % (NS, body)
    latin1 = ('<?xml version="1.0" encoding="ISO-8859-1"?><worksheet %s><sheetData><row r="1">'
              '<c r="A1" t="inlineStr"><is><t>caf\u00e9</t></is></c></row></sheetData></worksheet>') % NS
    path = os.path.join(Q, "xml-syntax.xlsx")
    workbook(path, [("Cú pháp", "", None), ("Latin", "", None)])
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name.endswith("sheet1.xml"):
                data = xml.encode("utf-16")
            elif name.endswith("sheet2.xml"):
                data = latin1.encode("latin-1")
            z.writestr(name, data, zipfile.ZIP_STORED if name.endswith("sheet2.xml") else zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- hostile files
def hostile(tmp):
    os.makedirs(H, exist_ok=True)
    good = open(os.path.join(P, "xlsxwriter.xlsx"), "rb").read()
    open(os.path.join(H, "truncated.xlsx"), "wb").write(good[: len(good) // 2])
    open(os.path.join(H, "not-a-zip.xlsx"), "wb").write(bytes(range(256)) * 8)
    open(os.path.join(H, "empty.xlsx"), "wb").write(b"")
    # ZIP bomb: 120 MB of blanks inside one sheet, ~120 KB on disk.
    with zipfile.ZipFile(os.path.join(H, "zip-bomb.xlsx"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in _minimal_parts():
            z.writestr(name, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><worksheet %s><sheetData>' % NS.encode())
            block = b" " * (1 << 20)
            for _ in range(120):
                f.write(block)
            f.write(b"</sheetData></worksheet>")
    # Headers that lie: the sheet claims 200 bytes but inflates to 3 MB.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in _minimal_parts():
            z.writestr(name, data)
        rows = "".join('<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i) for i in range(1, 20000))
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(rows))
    data = bytearray(buf.getvalue())
    size = len(sheet_xml(rows).encode()).to_bytes(4, "little")
    lie = (200).to_bytes(4, "little")
    data = data.replace(size, lie)
    open(os.path.join(H, "lying-sizes.xlsx"), "wb").write(bytes(data))
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10))
              + ']><sst %s><si><t>&lol9;</t></si></sst>' % NS)
    workbook(os.path.join(H, "billion-laughs.xlsx"),
             [("S", sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), None)], sst=laughs)
    xxe = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           '<worksheet %s><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>') % NS
    workbook(os.path.join(H, "external-entity.xlsx"), [("S", xxe, None)])
    workbook(os.path.join(H, "dtd-in-shared-strings.xlsx"),
             [("S", sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), None)],
             sst='<?xml version="1.0"?><!DOCTYPE sst SYSTEM "http://example.invalid/sst.dtd"><sst %s><si><t>x</t></si></sst>' % NS)
    workbook(os.path.join(H, "shared-string-out-of-range.xlsx"),
             [("S", sheet_xml('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'), None)], sst=sst_xml(["<t>một</t>"]))
    workbook(os.path.join(H, "far-cell-XFD1048576.xlsx"),
             [("S", sheet_xml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'), None)])
    deep = "<a>" * 5000 + "</a>" * 5000
    workbook(os.path.join(H, "deep-xml.xlsx"),
             [("S", sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>', deep), None)])
    # Duplicate entries and path traversal.
    workbook(os.path.join(H, "duplicate-entries.xlsx"),
             [("S", sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>'), None)],
             extra_entries=[("xl/worksheets/sheet1.xml", sheet_xml('<row r="1"><c r="A1"><v>666</v></c></row>'))])
    workbook(os.path.join(H, "path-traversal.xlsx"),
             [("S", sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>'), None)],
             extra_entries=[("../../etc/evil.sh", "echo pwned")])
    # Password-protected workbook (OLE2 with EncryptedPackage).
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile
    with open(os.path.join(P, "xlsxwriter.xlsx"), "rb") as f:
        enc = OOXMLFile(f)
        with open(os.path.join(H, "encrypted.xlsx"), "wb") as out:
            enc.encrypt("matkhau", out)
    # Unsupported: a web page saved as .xls. (.xls and .ods are read: their fixtures are made by
    # ../formats/make_fixtures.py.)
    open(os.path.join(H, "web-page.xls"), "w").write(
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><table><tr><td>Mã</td></tr></table></body></html>')


def _minimal_parts():
    return [("[Content_Types].xml", CT),
            ("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (PKG, REL)),
            ("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' % (PKG, REL)),
            ("xl/workbook.xml", '<?xml version="1.0"?><workbook %s %s><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' % (NS, RNS))]


if __name__ == "__main__":
    import sys
    if sys.argv[1:] == ["--reader"]:
        reader_quirks()
        print("reader fixtures written")
        sys.exit(0)
    os.makedirs(H, exist_ok=True)
    tmp = producers()
    quirks()
    reader_quirks()
    hostile(tmp)
    shutil.rmtree(tmp, ignore_errors=True)
    print("fixtures written")
