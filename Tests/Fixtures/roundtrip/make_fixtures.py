#!/usr/bin/env python3
"""Makes the round-trip fixtures: thidua's own template, filled the way other
programs fill it and re-saved by other programs, plus layout variants a unit makes.

Needs: the debug build (`swift build`), openpyxl (`pip install openpyxl`),
LibreOffice (`soffice`) and gnumeric (`ssconvert`). Tests never run this: they read
the committed files. Run from anywhere:

    python3 Tests/Fixtures/roundtrip/make_fixtures.py

    python3 Tests/Fixtures/roundtrip/make_fixtures.py formats   # only step 12, from the
                                                                # committed openpyxl-filled.xlsx

Each fixture NAME.xlsx / NAME.csv / NAME.ods / NAME.fods / NAME.xls gets a sidecar NAME.json with the values filled
in and the score and findings the plan's rules give them (SPEC §2.2), computed by
hand below (CANONICAL, EXPECTED_SCORE).

What LibreOffice needs (checked on LibreOffice 7.4):
- `--convert-to csv` exports only the FIRST sheet by default, and the template's
  first sheet is the instructions ("Hướng dẫn"). Token 12 of the CSV filter options
  selects the sheet (LibreOffice ≥ 7.2): `44,34,76,1,,0,false,true,true,false,false,2`
  exports sheet 2, the scoring sheet, and names the file `<stem>-<sheet name>.csv`.
  Token 9 (`true`) is "save cell contents as shown", as the Save As dialog does.
- The Windows-1258 CSV is LibreOffice's UTF-8 CSV of the scoring sheet rewritten
  with `;` separators and decimal commas (LibreOffice's filter options do not change
  the decimal separator of an export), then encoded to cp1258 the way Windows does
  (base letter + combining tone mark where the precomposed letter is not in the
  code page).
"""
import copy
import csv
import io
import re
import datetime
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import openpyxl
from openpyxl.worksheet.cell_range import CellRange

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
THIDUA = os.path.join(ROOT, ".build", "debug", "thidua")
SEED_RUBRIC = os.path.join(ROOT, "Templates", "rubrics", "seed.yaml")
SCORING = "Tự chấm điểm"

# The values a unit fills in (the same for every producer fixture).
CANONICAL = {
    "header": {
        "Tên đơn vị": "Chi bộ Trường THCS \"Nguyễn Huệ\", xã Ia Hrú",
        "Mã đơn vị": "CB07",
        "Loại đơn vị": "Tổ chức đảng",
        "Ngày lập": datetime.date(2024, 1, 5),
        "Người lập": "Ksor H'Hiếu, Phó Bí thư",
        "Điện thoại": "+84 269 3845 123",
    },
    # code: (claimed, evidence, verified, note)
    "items": {
        "1": (5, "Kế hoạch số 12-KH/CB ngày 01/7/2023", None, None),
        "2": (10, "Quy chế làm việc số 01-QC/CB", None, "=1+1 không phải công thức"),
        "3": (10, "Báo cáo số 05-BC/CB; biên bản họp", None, None),
        "4a": (2.5, "Văn bản số 15-CV/CB", None, "-5 điểm? Chưa đủ"),
        "4b": (5, "Báo cáo kết quả thực hiện Quy tắc ứng xử", 4.5, None),
        "5": (7.36, "23 bản cam kết", None, None),
        "6": (10, "Kế hoạch cá nhân năm 2023 của 25 người", None, None),
        "7": (0, "Có 01 đảng viên vi phạm, đã xử lý", None, "Tự nhận không đạt"),
        "8": (10, "Bản kiểm điểm cuối năm", None, None),
        "9a": (3, "Kế hoạch kiểm tra, giám sát số 07-KH/CB", None, None),
        "9b": (5, "Kế hoạch kiểm tra, giám sát số 07-KH/CB", None, None),
        "10": (8, None, None, "Minh chứng gửi sau"),
        "11": (8, "Quyết định khen thưởng số 03-QĐ/CB", None, None),
        "12": (10, "Kết quả đánh giá, xếp loại năm 2023", None, None),
    },
    "counts": {
        "Tổng số cán bộ, đảng viên, công chức, viên chức": ("staff", 25),
        "Số bản cam kết không vi phạm 27 biểu hiện đã ký": ("pledges", 23),
        "Số người hoàn thành xuất sắc nhiệm vụ": ("excellent", 6),
        "Số người hoàn thành tốt nhiệm vụ": ("good", 15),
    },
    "rating": ("Hoàn thành tốt nhiệm vụ", "good"),
    # name, position, party member, achievements
    "nominees": [
        ("Nguyễn Thị Hòa", "Bí thư chi bộ", "Có", "Hoàn thành xuất sắc nhiệm vụ 2 năm liền"),
        ("Rơ Mah Thuỷ", "Giáo viên", "Không", "Giáo viên dạy giỏi cấp huyện"),
        ("Đặng Văn Ánh", "Đảng viên, Kế toán", "Có", "+2 sáng kiến được công nhận"),
    ],
}
# Scores by the plan's rules: 4a partial (accepted, warning); 4b verified 4.5;
# 5 = 8 × 23/25 = 7.36; 7 claimed 0; 10 has no evidence → 0; 12: rating good,
# 6/25 = 24 % ≥ 20 %, 21/25 = 84 % ≥ 80 % → met, 10.
LINE_SCORES = {"1": 5, "2": 10, "3": 10, "4a": 2.5, "4b": 4.5, "5": 7.36, "6": 10, "7": 0, "8": 10,
               "9a": 3, "9b": 5, "10": 0, "11": 8, "12": 10}
EXPECTED_SCORE = 85.36
EXPECTED_WARNINGS = ["noEvidence", "partialBinary"]


def run(*args, cwd=None):
    subprocess.run(args, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def expected(fixture, **extra):
    assert abs(sum(LINE_SCORES.values()) - EXPECTED_SCORE) < 1e-9
    items = []
    for code, (claimed, evidence, verified, note) in CANONICAL["items"].items():
        items.append({"code": code, "claimed": claimed, "evidence": evidence, "verified": verified,
                      "note": note, "score": LINE_SCORES[code]})
    h = CANONICAL["header"]
    data = {
        "fixture": fixture,
        "unit": {"name": h["Tên đơn vị"], "code": h["Mã đơn vị"], "type": "party"},
        "date": h["Ngày lập"].isoformat(),
        "preparer": h["Người lập"],
        "phone": h["Điện thoại"],
        "items": items,
        "counts": {key: value for key, value in CANONICAL["counts"].values()},
        "rating": CANONICAL["rating"][1],
        "nominees": [{"name": n, "position": p, "partyMember": m == "Có", "achievements": a}
                     for n, p, m, a in CANONICAL["nominees"]],
        "score": EXPECTED_SCORE,
        "warnings": EXPECTED_WARNINGS,
        "errors": [],
        "refused": None,
    }
    data.update(extra)
    return data


# ---------------------------------------------------------------- filling by labels

def find(ws, text, column=None):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text and (column is None or cell.column == column):
                return cell
    raise KeyError(text)


def put(cell, value):
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"          # text, as Excel keeps a typed '=…


def fill(ws):
    """Fills a thidua scoring sheet by its labels, as a person would."""
    for label, value in CANONICAL["header"].items():
        put(ws.cell(find(ws, label, 2).row, 3), value)
    header = find(ws, "Mã", 1).row
    cols = {ws.cell(header, c).value: c for c in range(1, 8)}
    for code, (claimed, evidence, verified, note) in CANONICAL["items"].items():
        r = find(ws, code, 1).row
        put(ws.cell(r, cols["Điểm tự chấm"]), claimed)
        if evidence is not None:
            put(ws.cell(r, cols["Minh chứng"]), evidence)
        if verified is not None:
            put(ws.cell(r, cols["Điểm kiểm tra"]), verified)
        if note is not None:
            put(ws.cell(r, cols["Ghi chú"]), note)
    for label, (_, value) in CANONICAL["counts"].items():
        put(ws.cell(find(ws, label, 2).row, 3), value)
    put(ws.cell(find(ws, "Tập thể tự xếp loại", 2).row, 3), CANONICAL["rating"][0])
    head = find(ws, "Họ và tên", 2).row
    ncols = {ws.cell(head, c).value: c for c in range(1, 8) if ws.cell(head, c).value}
    for i, (name, position, member, achievements) in enumerate(CANONICAL["nominees"]):
        r = head + 1 + i
        put(ws.cell(r, ncols["Họ và tên"]), name)
        put(ws.cell(r, ncols["Chức vụ"]), position)
        put(ws.cell(r, ncols["Đảng viên"]), member)
        put(ws.cell(r, ncols["Thành tích"]), achievements)


# ---------------------------------------------------------------- layout edits

def shift_rows(ws, at, n):
    """Inserts (n > 0) or deletes (n < 0) rows at `at`, moving merges as Excel does."""
    merges = [CellRange(m.coord) for m in ws.merged_cells.ranges]
    for m in merges:
        ws.unmerge_cells(m.coord)
    heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height}
    if n > 0:
        ws.insert_rows(at, n)
    else:
        ws.delete_rows(at, -n)
    for r in list(ws.row_dimensions.keys()):
        ws.row_dimensions[r].height = None
    for r, h in heights.items():
        if r < at:
            ws.row_dimensions[r].height = h
        elif n > 0 or r >= at - n:
            ws.row_dimensions[r + n].height = h
    for m in merges:
        if m.max_row < at:
            ws.merge_cells(m.coord)
        elif m.min_row >= at and (n > 0 or m.min_row >= at - n):
            m.shift(row_shift=n)
            ws.merge_cells(m.coord)
        # merges inside deleted rows disappear


def rows_inserted(ws):
    at = find(ws, "Mã", 1).row - 1            # above the group header row
    shift_rows(ws, at, 3)
    ws.cell(at, 1).value = "Ghi chú của đơn vị: bảng được lập theo hướng dẫn ngày 02/01/2024."
    ws.cell(at + 1, 2).value = "Người kiểm tra số liệu: Trần Văn Bình"


def columns_swapped(ws):
    """Moves "Minh chứng" before "Điểm tự chấm" inside the table (cut and paste)."""
    header = find(ws, "Mã", 1).row
    total = find(ws, "Tổng cộng", 1).row
    d = find(ws, "Điểm tự chấm", None).column
    e = find(ws, "Minh chứng", None).column
    for r in range(header, total + 1):
        a, b = ws.cell(r, d), ws.cell(r, e)
        av, bv = a.value, b.value
        at, bt = a.data_type, b.data_type
        astyle, bstyle = copy.copy(a._style), copy.copy(b._style)
        a.value, b.value = bv, av
        a.data_type, b.data_type = bt, at
        a._style, b._style = bstyle, astyle
    # the formulas of the total row moved with their cells but still sum their old columns: drop them
    ws.cell(total, d).value = None
    ws.cell(total, e).value = None


def title_rows_deleted(wb):
    ws = wb[SCORING]
    first = find(ws, "Tên đơn vị", 2).row
    shift_rows(ws, 1, -(first - 1))
    del wb["Hướng dẫn"]


def extra_sheet_first(wb):
    ws = wb.create_sheet("Bảng nháp", 0)
    ws["A1"] = "Mã"
    ws["B1"] = "Nháp điểm"
    for i, v in enumerate([1, 2, 3], start=2):
        ws.cell(i, 1).value = v
        ws.cell(i, 2).value = v * 2.5
    ws["D1"] = "Tên đơn vị"
    ws["E1"] = "Đơn vị nháp"
    wb.active = 0


def cells_merged(ws):
    """Merges the evidence of 9a and 9b (one document for both), and the criterion
    texts of 4a and 4b, as units do: Excel keeps only the top-left value."""
    e = find(ws, "Minh chứng", None).column
    r9a, r9b = find(ws, "9a", 1).row, find(ws, "9b", 1).row
    ws.cell(r9b, e).value = None
    ws.merge_cells(start_row=r9a, start_column=e, end_row=r9b, end_column=e)
    r4a, r4b = find(ws, "4a", 1).row, find(ws, "4b", 1).row
    ws.cell(r4a, 2).value = ws.cell(r4a, 2).value + "\n" + ws.cell(r4b, 2).value
    ws.cell(r4b, 2).value = None
    ws.merge_cells(start_row=r4a, start_column=2, end_row=r4b, end_column=2)


# ---------------------------------------------------------------- Windows-1258

def cp1258(text):
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        for i, mark in enumerate(marks):       # Ộ = Ô + dot below: compose one mark, combine the rest
            composed = unicodedata.normalize("NFC", base + mark)
            rest = marks[:i] + marks[i + 1:]
            try:
                out += composed.encode("cp1258") + rest.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            out += d.encode("cp1258")
    return bytes(out)


# ---------------------------------------------------------------- main

def formats(tmp):
    """12. LibreOffice's own formats of the filled template: Save As .ods, flat .fods and
    Excel 97–2003 .xls (BIFF8). Each must score exactly as the .xlsx does."""
    base = os.path.join(HERE, "openpyxl-filled.xlsx")
    for fmt in ("ods", "fods", "xls"):
        out = os.path.join(tmp, fmt)
        run("soffice", "--headless", "--convert-to", fmt, "--outdir", out, base)
        name = "libreoffice-" + fmt + "." + fmt  # distinct stems: each has its own sidecar
        shutil.copy(os.path.join(out, "openpyxl-filled." + fmt), os.path.join(HERE, name))
        sidecar(name, expected(name))


def main():
    if sys.argv[1:] == ["formats"]:
        tmp = tempfile.mkdtemp(prefix="roundtrip-formats-")
        try:
            formats(tmp)
        finally:
            shutil.rmtree(tmp)
        return
    for tool in (THIDUA, shutil.which("soffice"), shutil.which("ssconvert")):
        if not tool or not os.path.exists(tool):
            sys.exit(f"missing: {tool} (build with `swift build`; install LibreOffice and gnumeric)")
    tmp = tempfile.mkdtemp(prefix="roundtrip-fixtures-")
    try:
        make(tmp)
    finally:
        shutil.rmtree(tmp)


def save(wb, name):
    path = os.path.join(HERE, name)
    wb.save(path)
    return path


def sidecar(name, data):
    with open(os.path.join(HERE, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def make(tmp):
    seed_dir = os.path.join(tmp, "seed")
    run(THIDUA, "template", "-q", "-o", seed_dir, "--format", "xlsx")
    template = os.path.join(seed_dir, "Mau-tu-cham-diem.xlsx")

    def filled():
        wb = openpyxl.load_workbook(template)
        fill(wb[SCORING])
        return wb

    # 1. filled by openpyxl (another program)
    base = save(filled(), "openpyxl-filled.xlsx")
    sidecar("openpyxl-filled.xlsx", expected("openpyxl-filled.xlsx"))

    # 2. re-saved by LibreOffice as xlsx
    lo = os.path.join(tmp, "lo")
    run("soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", lo, base)
    shutil.copy(os.path.join(lo, "openpyxl-filled.xlsx"), os.path.join(HERE, "libreoffice-resaved.xlsx"))
    sidecar("libreoffice-resaved.xlsx", expected("libreoffice-resaved.xlsx"))

    # 3. LibreOffice "Save as CSV" of the scoring sheet (sheet 2), UTF-8, as shown
    csv_dir = os.path.join(tmp, "csv")
    run("soffice", "--headless", "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2", "--outdir", csv_dir, base)
    produced = glob.glob(os.path.join(csv_dir, "*.csv"))
    assert len(produced) == 1, produced
    shutil.copy(produced[0], os.path.join(HERE, "libreoffice-saved-as.csv"))
    sidecar("libreoffice-saved-as.csv", expected("libreoffice-saved-as.csv"))

    # 4. Windows-1258, semicolons, decimal commas: what Excel's plain "CSV" writes on a
    # Vietnamese Windows. LibreOffice's export options do not switch the decimal
    # separator (token 6 only sets the import language), so the UTF-8 export above is
    # rewritten: `;` between fields, `,` in decimals, cp1258 bytes.
    with open(produced[0], encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    decimal = re.compile(r"^-?[0-9]+\.[0-9]+$")
    rows = [[v.replace(".", ",") if decimal.match(v) else v for v in row] for row in rows]
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
    text = buf.getvalue()
    assert ";2,5;" in text and ";7,36;" in text
    with open(os.path.join(HERE, "windows-1258-semicolon.csv"), "wb") as f:
        f.write(cp1258(text))
    sidecar("windows-1258-semicolon.csv", expected("windows-1258-semicolon.csv"))

    # 5. gnumeric ssconvert xlsx
    run("ssconvert", "--export-type=Gnumeric_Excel:xlsx2", base, os.path.join(HERE, "gnumeric-ssconvert.xlsx"))
    sidecar("gnumeric-ssconvert.xlsx", expected("gnumeric-ssconvert.xlsx"))

    # 6–10. layout variants
    variants = {
        "rows-inserted.xlsx": lambda wb: rows_inserted(wb[SCORING]),
        "columns-swapped.xlsx": lambda wb: columns_swapped(wb[SCORING]),
        "title-rows-deleted.xlsx": title_rows_deleted,
        "extra-sheet-first.xlsx": extra_sheet_first,
        "cells-merged.xlsx": lambda wb: cells_merged(wb[SCORING]),
    }
    for name, edit in variants.items():
        wb = filled()
        edit(wb)
        save(wb, name)
        sidecar(name, expected(name))

    # 11. a template of another rubric: refused
    other = os.path.join(tmp, "other.yaml")
    with open(SEED_RUBRIC, encoding="utf-8") as f:
        yaml = f.read()
    assert 'id: "142-KH/HU"' in yaml
    with open(other, "w", encoding="utf-8") as f:
        f.write(yaml.replace('id: "142-KH/HU"', 'id: "142-KH/HU-thu-nghiem"', 1))
    other_dir = os.path.join(tmp, "other")
    run(THIDUA, "template", "-q", "-o", other_dir, "--format", "xlsx", "--rubric", other)
    wb = openpyxl.load_workbook(os.path.join(other_dir, "Mau-tu-cham-diem.xlsx"))
    fill(wb[SCORING])
    save(wb, "other-rubric.xlsx")
    sidecar("other-rubric.xlsx", expected("other-rubric.xlsx", refused="otherRubric"))

    formats(tmp)


if __name__ == "__main__":
    main()
