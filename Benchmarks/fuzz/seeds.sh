#!/bin/sh
# Seed corpora from the reader fixtures: every XML part of every workbook (for fuzz-xml),
# and the workbooks themselves (for fuzz-xlsx). Run from the package root.
set -e
OUT=${OUT:-${TMPDIR:-/tmp}/thidua-fuzz}
mkdir -p "$OUT/seeds-xml" "$OUT/seeds-xlsx"
python3 - "$OUT" <<'PY'
import glob, os, sys, zipfile
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
PY
echo "seeds in $OUT/seeds-xml, $OUT/seeds-xlsx"
