#!/usr/bin/env python3
"""Regenerates Samples/inbox: a realistic folder of returned submissions.

Run from the repository root after a build (`make samples`). It asks thidua for one
personalised template per roster unit, fills them the way units do (openpyxl for
Excel files, a text editor's CSV, LibreOffice re-saves), and adds the odd files
an office inbox really holds. Needs: openpyxl (pip), soffice (LibreOffice).

Every status of the report appears: valid, valid with warnings, needing fixes,
a resubmission, a CSV, a LibreOffice re-save, LibreOffice's own .ods, an Excel 97–2003
.xls, a submission zipped with its evidence, units that did not submit, an unsupported
file (a web page saved as .xls) and an Office lock file.

    python3 Samples/make_samples.py            # the whole inbox
    python3 Samples/make_samples.py CQ02 XA03  # only these units' files (and the extras)
"""
import csv
import datetime
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
THIDUA = os.environ.get("THIDUA", os.path.join(ROOT, "..", ".build", "debug", "thidua"))
INBOX = os.path.join(ROOT, "inbox")
CODES = ["1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9a", "9b", "10", "11", "12"]
MAX = dict(zip(CODES, [5, 10, 10, 3, 5, 8, 10, 5, 10, 3, 5, 8, 8, 10]))
EVIDENCE = {
    "1": "Kế hoạch số {n}-KH/ĐU triển khai Chương trình 24-CTr/HU",
    "2": "Quy chế làm việc nhiệm kỳ 2020-2025; biên bản sinh hoạt",
    "3": "Báo cáo kiểm điểm cuối năm; không có kỷ luật",
    "4a": "Quyết định ban hành Quy tắc ứng xử",
    "4b": "Báo cáo kết quả thực hiện Quy tắc ứng xử",
    "5": "Bản cam kết của cán bộ, đảng viên (lưu tại văn phòng)",
    "6": "Kế hoạch cá nhân năm 2023 của 100% cán bộ",
    "7": "Báo cáo đánh giá cán bộ chủ chốt",
    "8": "Báo cáo tự kiểm điểm tập thể",
    "9a": "Kế hoạch kiểm tra, giám sát năm 2023",
    "9b": "Báo cáo kết quả kiểm tra, giám sát",
    "10": "Biên bản đối thoại với nhân dân",
    "11": "Quyết định khen thưởng điển hình tiên tiến",
    "12": "Quyết định xếp loại cuối năm",
}


def key(text):
    return " ".join(unicodedata.normalize("NFC", str(text or "")).lower().split())


def base_values(n, minus=None):
    """Full marks with evidence, minus the given {code: points} (still > 0)."""
    minus = minus or {}
    return {c: (MAX[c] - minus.get(c, 0), EVIDENCE[c].format(n=100 + n)) for c in CODES}


def counts(staff, pledges=None, excellent=None, good=None, rating="Hoàn thành tốt nhiệm vụ"):
    return {"staff": staff, "pledges": staff if pledges is None else pledges,
            "excellent": excellent if excellent is not None else -(-staff // 4),
            "good": good if good is not None else staff - (excellent if excellent is not None else -(-staff // 4)),
            "rating": rating}


# code → list of submissions (a unit may send twice). Each: dict of what to write.
def scenarios():
    day = datetime.date
    s = {}
    s["DB01"] = [dict(items=base_values(1), counts=counts(48, rating="Hoàn thành xuất sắc nhiệm vụ"),
                      date=day(2024, 6, 12), nominees=[("Nguyễn Văn Hùng", "Phó Trưởng Công an huyện", "Có", "Chỉ đạo điểm phong trào “Dân vận khéo”")])]
    # criterion 5 from counts: 35 pledges of 36 → 7,78
    s["XA01"] = [dict(items=base_values(2), counts=counts(36, pledges=35), date=day(2024, 6, 14), claims={"5": 7.78},
                      nominees=[("Rơ Lan H’Bluk", "Chủ tịch Hội Liên hiệp Phụ nữ thị trấn", "Có", "Vận động 100% hội viên ký cam kết")])]
    # a tie across the "Tốt" boundary: two units with 98 after the inspection team's points
    s["XA02"] = [dict(items=base_values(3), counts=counts(30), date=day(2024, 6, 13), verified={"11": 6})]
    s["CQ01"] = [dict(items=base_values(4), counts=counts(20), date=day(2024, 6, 11), verified={"2": 8},
                      nominees=[("Trần Thị Thu Hà", "Trưởng phòng", "Có", "Tham mưu cải cách thủ tục tài chính")])]
    s["DB02"] = [dict(items=base_values(5), counts=counts(64), date=day(2024, 6, 10), verified={"3": 7})]
    # sent zipped, with a scan of its evidence beside the sheet
    s["XA03"] = [dict(items=base_values(6), counts=counts(28, pledges=27), date=day(2024, 6, 15), claims={"5": 7.71},
                      verified={"9b": 3}, zipped=True,
                      nominees=[("Siu Thuyên", "Bí thư Đoàn xã", "Có", "Tổ chức 12 buổi sinh hoạt chuyên đề"),
                                ("Ksor H’Nhi", "Công chức Văn hóa - Xã hội", "Không", "Tuyên truyền gương người tốt việc tốt")])]
    # 25 staff, 23 pledges → 7,36
    # LibreOffice's own format (.ods)
    s["CQ02"] = [dict(items=base_values(7), counts=counts(25, pledges=23), date=day(2024, 6, 9),
                      claims={"5": 7.36}, verified={"9b": 2}, convert="ods")]
    # valid with warnings: partial points on a met/not-met line, not yet verified
    s["CQ03"] = [dict(items=base_values(8), counts=counts(12), date=day(2024, 6, 12), claims={"1": 1})]
    # valid with warnings: points without evidence, and evidence that says there is none
    # ("Không"): both scored 0 → not eligible
    s["XA04"] = [dict(items=base_values(9), counts=counts(31), date=day(2024, 6, 12), evidence={"11": "", "10": "Không"},
                      nominees=[("Nguyễn Thị Lan", "Phó Chủ tịch UBND xã", "Có", "Giải quyết dứt điểm đơn thư")])]
    # valid with warnings: claim 8 while the counts give 8 × 25 / 40 = 5
    s["XA05"] = [dict(items=base_values(10), counts=counts(40, pledges=25), date=day(2024, 6, 13))]
    # needs fixing: above max and not a number
    s["CQ04"] = [dict(items=base_values(11), counts=counts(9), date=day(2024, 6, 12), claims={"2": 12, "7": "đạt"})]
    # needs fixing: pledges above staff and an empty claim
    s["XA06"] = [dict(items=base_values(12), counts=counts(22, pledges=25), date=day(2024, 6, 14), claims={"9b": None})]
    # needs fixing: excellent + good above staff
    s["DB03"] = [dict(items=base_values(13), counts=counts(15, excellent=6, good=12), date=day(2024, 6, 10))]
    # resubmission: an older file with an error, then a corrected one
    s["XA07"] = [dict(items=base_values(14), counts=counts(27), date=day(2024, 6, 5), claims={"6": 15}, suffix=" (lần 1)"),
                 dict(items=base_values(14), counts=counts(27, pledges=20), date=day(2024, 6, 18), claims={"5": 5.93},
                      suffix=" (lần 2, đã sửa)",
                      nominees=[("Rahlan Blếk", "Trưởng thôn Plei Thơ Ga", "Không", "Vận động nhân dân tham gia giám sát")])]
    # LibreOffice re-save, with points entered by the inspection team
    s["DB04"] = [dict(items=base_values(15, {"8": 2}), counts=counts(19), date=day(2024, 6, 16), verified={"8": 10, "10": 4},
                      nominees=[("Lê Văn Phúc", "Bí thư Chi bộ", "Có", "Chỉ đạo chuyển đổi số hồ sơ bệnh án")], libreoffice=True)]
    # Excel 97–2003 (.xls), saved by LibreOffice; the inspection team lowered two lines
    s["CQ06"] = [dict(items=base_values(18), counts=counts(16), date=day(2024, 6, 14), verified={"10": 4, "11": 5},
                      convert="xls")]
    # CSV (UTF-8) made from the CSV template; criterion 12 not met → not eligible
    s["CQ05"] = [dict(items=base_values(16, {"12": 10}), counts=counts(14, excellent=2, good=8), date=day(2024, 6, 17), csv=True)]
    # CSV from Excel on Vietnamese Windows: semicolons, decimal comma, Windows-1258
    s["XA08"] = [dict(items=base_values(17), counts=counts(26, pledges=19), date=day(2024, 6, 17), claims={"5": 5.85},
                      csv="cp1258")]
    return s


def find_cells(ws):
    header_row, cols, labels = None, {}, {}
    for row in ws.iter_rows():
        for cell in row:
            k = key(cell.value)
            if k:
                labels.setdefault(k, cell)
            if k == "điểm tự chấm":
                header_row = cell.row
    for cell in ws[header_row]:
        if cell.value:
            cols[key(cell.value)] = cell.column
    rows = {}
    for r in range(header_row + 1, ws.max_row + 1):
        v = ws.cell(r, cols["mã"]).value
        if v is not None and str(v).strip() in CODES:
            rows[str(v).strip()] = r
    return header_row, cols, rows, labels


def right_of(ws, label_cell):
    return ws.cell(label_cell.row, label_cell.column + 1)


def fill_xlsx(path, sub, out_path):
    wb = openpyxl.load_workbook(path)
    ws = wb["Tự chấm điểm"]
    header_row, cols, rows, labels = find_cells(ws)
    for code, (claim, evidence) in sub["items"].items():
        r = rows[code]
        claim = sub.get("claims", {}).get(code, claim)
        ws.cell(r, cols["điểm tự chấm"]).value = claim
        ws.cell(r, cols["minh chứng"]).value = sub.get("evidence", {}).get(code, evidence) or None
        if code in sub.get("verified", {}):
            ws.cell(r, cols["điểm kiểm tra"]).value = sub["verified"][code]
    right_of(ws, labels["ngày lập"]).value = sub["date"]
    right_of(ws, labels["ngày lập"]).number_format = "dd/mm/yyyy"
    right_of(ws, labels["người lập"]).value = "Văn phòng đơn vị"
    right_of(ws, labels["điện thoại"]).value = "0269 3 856 123"
    c = sub["counts"]
    for label_start, field in [("tổng số", "staff"), ("số bản cam kết", "pledges"),
                               ("số người hoàn thành xuất sắc", "excellent"), ("số người hoàn thành tốt", "good")]:
        cell = next(v for k, v in labels.items() if k.startswith(label_start))
        right_of(ws, cell).value = c[field]
    rating_cell = next(v for k, v in labels.items() if k.startswith("tập thể tự xếp loại"))
    right_of(ws, rating_cell).value = c["rating"]
    name_header = labels["họ và tên"]
    ncols = {key(ws.cell(name_header.row, col).value): col for col in range(1, ws.max_column + 1)
             if ws.cell(name_header.row, col).value}
    for i, (name, position, party, achievement) in enumerate(sub.get("nominees", [])):
        r = name_header.row + 1 + i
        ws.cell(r, ncols["họ và tên"]).value = name
        ws.cell(r, ncols["chức vụ"]).value = position
        ws.cell(r, ncols["đảng viên"]).value = party
        ws.cell(r, ncols["thành tích"]).value = achievement
    wb.save(out_path)


def to_cp1258_form(text):
    """Windows-1258 keeps the five tone marks as combining characters after a base
    letter that may itself carry a circumflex, breve or horn (as Windows writes it)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tones)
    return "".join(out)


def fill_csv(path, sub, out_path, encoding):
    with open(path, encoding="utf-8-sig", newline="") as f:
        grid = list(csv.reader(f))
    header = next(i for i, row in enumerate(grid) if "Điểm tự chấm" in row)
    col = {name: j for j, name in enumerate(grid[header])}
    decimal_comma = encoding == "cp1258"
    num = (lambda v: str(v).replace(".", ",")) if decimal_comma else str
    for row in grid[header + 1:]:
        code = row[col["Mã"]].strip() if len(row) > col["Mã"] else ""
        if code in sub["items"]:
            claim, evidence = sub["items"][code]
            row[col["Điểm tự chấm"]] = num(sub.get("claims", {}).get(code, claim))
            row[col["Minh chứng"]] = evidence
    for row in grid:
        label = key(row[1]) if len(row) > 1 else ""
        c = sub["counts"]
        for label_start, value in [("ngày lập", sub["date"].strftime("%d/%m/%Y")), ("người lập", "Văn phòng UBND"),
                                   ("tổng số", c["staff"]), ("số bản cam kết", c["pledges"]),
                                   ("số người hoàn thành xuất sắc", c["excellent"]),
                                   ("số người hoàn thành tốt", c["good"]), ("tập thể tự xếp loại", c["rating"])]:
            if label.startswith(label_start):
                row[2] = str(value)
    if encoding == "cp1258":
        grid = [[to_cp1258_form(cell) for cell in row] for row in grid]
        with open(out_path, "w", encoding="cp1258", newline="") as f:
            csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(grid)
    else:
        with open(out_path, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f, lineterminator="\r\n").writerows(grid)


def convert(filled, fmt, work):
    """LibreOffice's Save As: `xlsx`, `ods` or `xls` (Excel 97–2003) of a filled workbook."""
    target = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "ods": "ods", "xls": "xls"}[fmt]
    out = os.path.join(work, "lo-" + fmt)
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", out, filled], check=True,
                   stdout=subprocess.DEVNULL)
    return os.path.join(out, os.path.splitext(os.path.basename(filled))[0] + "." + fmt)


def main():
    only = set(sys.argv[1:])
    work = tempfile.mkdtemp()
    subprocess.run([THIDUA, "template", "--roster", os.path.join(ROOT, "roster.csv"), "-o", work], check=True,
                   stdout=subprocess.DEVNULL)
    if only:
        for name in os.listdir(INBOX):
            if name[:4] in only or name.startswith("~$") or name.startswith("DB05"):
                os.remove(os.path.join(INBOX, name))
    else:
        shutil.rmtree(INBOX, ignore_errors=True)
        os.makedirs(INBOX)
    for code, subs in scenarios().items():
        if only and code not in only:
            continue
        for sub in subs:
            template = glob.glob(os.path.join(work, code + " - *.xlsx"))[0]
            stem = os.path.basename(template)[:-5] + sub.get("suffix", "")
            if sub.get("csv"):
                encoding = sub["csv"] if isinstance(sub["csv"], str) else "utf-8"
                fill_csv(template[:-5] + ".csv", sub, os.path.join(INBOX, stem + ".csv"), encoding)
                continue
            filled = os.path.join(work, "filled", stem + ".xlsx")
            os.makedirs(os.path.dirname(filled), exist_ok=True)
            fill_xlsx(template, sub, filled)
            fmt = "xlsx" if sub.get("libreoffice") else sub.get("convert")
            produced = convert(filled, fmt, work) if fmt else filled
            if sub.get("zipped"):
                with zipfile.ZipFile(os.path.join(INBOX, stem + ".zip"), "w", zipfile.ZIP_DEFLATED) as z:
                    z.write(produced, os.path.basename(produced))
                    z.writestr("Minh chứng/Biên bản họp chi bộ.pdf", b"%PDF-1.4\n% scan of the evidence\n")
            else:
                shutil.copy(produced, os.path.join(INBOX, os.path.basename(produced)))
    # a web page saved with an .xls name (what some management software exports): unsupported,
    # with a message on how to re-save it; the unit is still listed as not submitted
    with open(os.path.join(INBOX, "DB05 - Chi bộ Ban Quản lý dự án đầu tư xây dựng huyện.xls"), "w",
              encoding="utf-8") as f:
        f.write('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head>'
                "<body><table><tr><td>Mã</td><td>Nội dung</td><td>Điểm tự chấm</td></tr>"
                "<tr><td>1</td><td>Quán triệt Chương trình hành động</td><td>5</td></tr></table></body></html>")
    # the lock file Excel leaves while someone has a workbook open
    with open(os.path.join(INBOX, "~$XA02 - Xã Ia Hrú.xlsx"), "wb") as f:
        f.write(b"\x0bNguyen Van A" + b"\x00" * 40 + b" " * 109)
    shutil.rmtree(work)
    print("Samples/inbox:", len(os.listdir(INBOX)), "files")


if __name__ == "__main__":
    sys.exit(main())
