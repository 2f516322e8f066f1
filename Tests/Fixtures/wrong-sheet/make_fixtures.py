#!/usr/bin/env python3
"""Regenerates the "wrong sheet saved as CSV" fixtures (SPEC §4).

Excel and LibreOffice save only the active sheet as CSV. These files are what a unit
sends when the instructions sheet (or the hidden meta sheet) was active: thidua's own
blank template, one sheet exported as CSV by LibreOffice headless (the filter's 12th
token is the sheet number). Run from the repository root after a build; needs soffice.
"""
import glob
import os
import shutil
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
THIDUA = os.environ.get("THIDUA", os.path.join(ROOT, "..", "..", "..", ".build", "debug", "thidua"))
# separator ",", quote '"', UTF-8, from line 1, cell format default, …, sheet N
FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,{sheet}"
SHEETS = {1: "instructions-sheet.csv", 3: "meta-sheet.csv"}   # Hướng dẫn, _thidua

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([THIDUA, "template", "-o", tmp, "--format", "xlsx", "-q"], check=True)
    template = os.path.join(tmp, "Mau-tu-cham-diem.xlsx")
    for sheet, name in SHEETS.items():
        out = os.path.join(tmp, "out%d" % sheet)
        subprocess.run(["soffice", "--headless", "--convert-to", FILTER.format(sheet=sheet), "--outdir", out,
                        template], check=True, capture_output=True)
        (produced,) = glob.glob(os.path.join(out, "*.csv"))
        shutil.copy(produced, os.path.join(ROOT, name))
        print("wrote", name)
