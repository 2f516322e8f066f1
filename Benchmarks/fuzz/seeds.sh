#!/bin/sh
# Seed corpora from the reader fixtures: every XML part of every workbook (for fuzz-xml),
# the workbooks themselves (for fuzz-xlsx), and every .xls with its Workbook stream alone
# (for fuzz-xls). Run from the package root.
set -e
OUT=${OUT:-${TMPDIR:-/tmp}/thidua-fuzz}
mkdir -p "$OUT/seeds-xml" "$OUT/seeds-xlsx" "$OUT/seeds-xls"
python3 - "$OUT" <<'PY'
import glob, os, struct, sys, zipfile
out = sys.argv[1]
files = sorted(glob.glob("Tests/Fixtures/**/*.xlsx", recursive=True))
for k, path in enumerate(files):
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        continue
    open(os.path.join(out, "seeds-xlsx", "%03d.xlsx" % k), "wb").write(open(path, "rb").read())
    for i, info in enumerate(z.infolist()):
        if info.filename.endswith((".xml", ".rels")) and info.file_size < 200_000:
            try:
                data = z.read(info.filename)
            except Exception:
                continue
            open(os.path.join(out, "seeds-xml", "%03d-%02d.xml" % (k, i)), "wb").write(data)
sys.path.insert(0, "Tests/Fixtures/formats")
from make_xls_strings import stream_sectors
for k, path in enumerate(sorted(glob.glob("Tests/Fixtures/**/*.xls", recursive=True))):
    ole = open(path, "rb").read()
    open(os.path.join(out, "seeds-xls", "%03d.xls" % k), "wb").write(ole)
    try:
        offsets, size = stream_sectors(ole)
    except (ValueError, IndexError, struct.error, UnicodeDecodeError):
        continue
    stream = b"".join(ole[o:o + 512] for o in offsets)[:size]
    open(os.path.join(out, "seeds-xls", "%03d.biff" % k), "wb").write(stream)
PY
echo "seeds in $OUT/seeds-xml, $OUT/seeds-xlsx, $OUT/seeds-xls"
