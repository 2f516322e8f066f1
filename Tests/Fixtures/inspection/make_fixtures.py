#!/usr/bin/env python3
"""Makes the inspection-form fixtures the end-to-end tests read back.

1. thidua writes the form from Samples/ (`consolidate … --inspection-form`).
2. openpyxl fills it as an inspection team or a third-party tool would, then sorts
   the rows by line code (units interleaved) → filled-openpyxl.xlsx
3. LibreOffice re-saves that file → libreoffice-resaved.xlsx, and exports its first
   sheet as UTF-8 CSV → libreoffice.csv (no hidden sheet any more).

Run from the repository root after `swift build` (needs openpyxl and soffice):
    python3 Tests/Fixtures/inspection/make_fixtures.py [path/to/thidua]
The tests need none of these tools. FILLS below is what the tests expect.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

# (unit code, line code) → value typed in "Điểm kiểm tra", and an optional note.
FILLS = {
    ("DB01", "2"): (8, "Thiếu biên bản sinh hoạt tháng 3"),   # a number: DB01 100 → 98
    ("XA01", "4b"): ("4,5", None),                          # text with a decimal comma: 4.5
    ("XA02", "1"): (7, None),                               # out of range (max 5): an error, not applied
    ("CQ01", "3"): ("đạt", None),                           # not a number: an error, not applied
    ("DB04", "8"): (6, "Minh chứng chưa đủ"),               # the unit's file says 10: the form wins (info)
    ("CQ03", "1"): (1, "Xác nhận đạt một phần"),            # confirms a partial claim: its warning goes
    ("XA08", "6"): (10, None),                              # a CSV unit (the file-changed test edits it)
}
# A row for a unit the inbox does not have.
EXTRA_ROW = ("ZZ99", "Đơn vị không có trong thư mục", "1", 5)


def make_form(thidua, out_dir):
    form = os.path.join(out_dir, "form.xlsx")
    subprocess.run([thidua, "consolidate", os.path.join(ROOT, "Samples", "inbox"),
                    "--roster", os.path.join(ROOT, "Samples", "roster.csv"),
                    "-o", os.path.join(out_dir, "report.xlsx"), "--date", "2024-06-25",
                    "--inspection-form", form, "--quiet"], check=False)
    if not os.path.exists(form):
        sys.exit("thidua did not write the form")
    return form


def fill(form, target):
    wb = openpyxl.load_workbook(form)
    ws = wb["Phiếu kiểm tra"]
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 10).value == "Điểm kiểm tra")
    cols = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    unit, line, verified, note = cols["Mã đơn vị"], cols["Mã"], cols["Điểm kiểm tra"], cols["Ghi chú"]
    first = header + 1
    last = max(r for r in range(first, ws.max_row + 1) if ws.cell(r, line).value)
    width = ws.max_column
    rows = [[ws.cell(r, c).value for c in range(1, width + 1)] for r in range(first, last + 1)]
    for row in rows:
        key = (row[unit - 1], row[line - 1])
        if key in FILLS:
            value, text = FILLS[key]
            row[verified - 1] = value
            if text:
                row[note - 1] = text
    extra = [None] * width
    extra[unit - 1], extra[cols["Tên đơn vị"] - 1], extra[line - 1], extra[verified - 1] = EXTRA_ROW
    rows.append(extra)
    # Sort by line code, then unit: every unit's rows end up interleaved.
    rows.sort(key=lambda r: (str(r[line - 1]).zfill(3), str(r[unit - 1])))
    for i, row in enumerate(rows):
        for c, value in enumerate(row, start=1):
            ws.cell(first + i, c).value = value
    wb.save(target)


def libreoffice(source, out_dir):
    work = tempfile.mkdtemp()
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.move(os.path.join(work, os.path.basename(source)), os.path.join(out_dir, "libreoffice-resaved.xlsx"))
        subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                        "--outdir", work, source], check=True, stdout=subprocess.DEVNULL)
        csv = os.path.splitext(os.path.basename(source))[0] + ".csv"
        shutil.move(os.path.join(work, csv), os.path.join(out_dir, "libreoffice.csv"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    thidua = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "thidua")
    work = tempfile.mkdtemp()
    try:
        form = make_form(thidua, work)
        filled = os.path.join(HERE, "filled-openpyxl.xlsx")
        fill(form, filled)
        libreoffice(filled, HERE)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("wrote filled-openpyxl.xlsx, libreoffice-resaved.xlsx, libreoffice.csv")


if __name__ == "__main__":
    main()
