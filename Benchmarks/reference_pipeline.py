#!/usr/bin/env python3
"""The pipeline a competent user would write instead of thidua (SPEC §11).

Reads every submission in a folder with python-calamine, finds the items table
by its labels, applies the same checks (numbers, decimal comma, range, evidence,
ratio and threshold from counts), sums, ranks, and writes a report with
XlsxWriter. One process, as a user would run it. Used only by the benchmark.

usage: reference_pipeline.py INBOX REPORT.xlsx
"""
import os
import sys
import unicodedata

import xlsxwriter
from python_calamine import CalamineWorkbook

MAX = {"1": 5, "2": 10, "3": 10, "4a": 3, "4b": 5, "5": 8, "6": 10, "7": 5,
       "8": 10, "9a": 3, "9b": 5, "10": 8, "11": 8, "12": 10}
COUNTS = {"tổng số cán bộ": "staff", "bản cam kết": "pledges",
          "hoàn thành xuất sắc": "excellent", "hoàn thành tốt": "good"}


def key(text):
    return " ".join(unicodedata.normalize("NFC", str(text)).lower().split())


def code_of(value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "".join(ch for ch in str(value).lower() if ch not in " .-")


def number(value):
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"not a number: {value!r}")


def read_submission(path):
    book = CalamineWorkbook.from_path(path)
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python()
        header_at = None
        for r, row in enumerate(rows):
            labels = [key(c) for c in row]
            if "mã" in labels and "điểm tự chấm" in labels:
                header_at, cols = r, {label: i for i, label in enumerate(labels)}
                break
        if header_at is None:
            continue
        unit = None
        for row in rows[:header_at]:
            for i, cell in enumerate(row):
                if key(cell).startswith("tên đơn vị") and i + 1 < len(row):
                    unit = next((c for c in row[i + 1:] if c != ""), None)
        items, counts, issues = {}, {}, []
        for row in rows[header_at + 1:]:
            code = code_of(row[cols["mã"]])
            if code in MAX and code not in items:
                try:
                    claimed = number(row[cols["điểm tự chấm"]])
                except ValueError as e:
                    issues.append(str(e)); claimed = None
                evidence = str(row[cols["minh chứng"]]).strip()
                if claimed is None:
                    issues.append(f"line {code} empty")
                elif claimed < 0 or claimed > MAX[code]:
                    issues.append(f"line {code} out of range")
                elif claimed > 0 and not evidence:
                    claimed = 0.0
                items[code] = claimed or 0.0
            label = key(row[0]) if row else ""
            for k, field in COUNTS.items():
                if k in label and field not in counts:
                    counts[field] = next((number(c) for c in row[1:] if c != ""), None)
        staff = counts.get("staff") or 0
        if staff and counts.get("pledges") is not None:
            items["5"] = round(8 * counts["pledges"] / staff + 1e-9, 2)
        if len(items) != len(MAX):
            issues.append("missing lines")
        return {"unit": unit, "items": items, "total": sum(items.values()), "issues": issues}
    return {"unit": None, "items": {}, "total": 0, "issues": ["no scoring table"]}


def main(inbox, report):
    results = []
    for name in sorted(os.listdir(inbox)):
        path = os.path.join(inbox, name)
        if name.startswith((".", "~$")) or not os.path.isfile(path):
            continue
        try:
            sub = read_submission(path)
        except Exception as e:  # one bad file never stops the batch
            sub = {"unit": None, "items": {}, "total": 0, "issues": [str(e)]}
        sub["file"] = name
        results.append(sub)
    valid = sorted((s for s in results if not s["issues"]), key=lambda s: -s["total"])
    book = xlsxwriter.Workbook(report, {"constant_memory": True})
    sheet = book.add_worksheet("Tổng hợp")
    sheet.write_row(0, 0, ["Hạng", "Đơn vị", "Tổng điểm", "Tệp"])
    rank, previous = 0, None
    for i, s in enumerate(valid, start=1):
        if s["total"] != previous:
            rank, previous = i, s["total"]
        sheet.write_row(i, 0, [rank, str(s["unit"]), s["total"], s["file"]])
    detail = book.add_worksheet("Chi tiết tiêu chí")
    detail.write_row(0, 0, ["Đơn vị"] + list(MAX))
    for i, s in enumerate(valid, start=1):
        detail.write_row(i, 0, [str(s["unit"])] + [s["items"].get(c, 0) for c in MAX])
    fixes = book.add_worksheet("Cần sửa")
    row = 0
    for s in results:
        for issue in s["issues"]:
            fixes.write_row(row, 0, [s["file"], issue]); row += 1
    book.close()
    print(f"{len(results)} files, {len(valid)} valid", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
