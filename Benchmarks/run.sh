#!/bin/sh
# Reader benchmarks (not part of the build or the tests). Run from the package root:
#   sh Benchmarks/run.sh
# 1. XML parser choice: expat vs libxml2 xmlTextReader on a 200,000-cell sheet (C, -O2).
# 2. CPU per file of SheetReader on a 300-cell XLSX (swiftc -O, whole module), beside the
#    C floor (libzip + expat with no-op callbacks on the same parts).
set -e
T=${TMPDIR:-/tmp}/thidua-bench
S=$(pwd)/Sources
mkdir -p "$T"
python3 Benchmarks/gen_sheet.py 20000 > "$T/sheet200k.xml"
python3 Benchmarks/gen_sheet.py 30 > "$T/sheet300.xml"
clang -O2 -o "$T/xmlbench" Benchmarks/xmlbench.c $(pkg-config --cflags --libs expat libxml-2.0)
"$T/xmlbench" "$T/sheet200k.xml" 5
"$T/xmlbench" "$T/sheet300.xml" 2000
python3 -c "
import xlsxwriter
wb = xlsxwriter.Workbook('$T/t300.xlsx'); ws = wb.add_worksheet('Bảng tự chấm')
for r in range(60):
    ws.write_string(r, 0, '%d' % r); ws.write_string(r, 1, 'Nội dung tiêu chí số %d về xây dựng Đảng' % r)
    ws.write_number(r, 2, 10); ws.write_number(r, 3, 7.5 + r % 3 * 0.25); ws.write_string(r, 4, 'Ghi chú %d' % (r % 7))
ws2 = wb.add_worksheet('_meta'); ws2.write('A1', 'rubric'); ws2.hide()
wb.close()"
clang -O2 -o "$T/cfloor" Benchmarks/c_floor.c -lzip -lexpat
"$T/cfloor" "$T/t300.xlsx" 3000
mkdir -p "$T/main"
cp Benchmarks/read_bench_main.swift "$T/main/main.swift"
(cd "$T" && swiftc -O -wmo -module-name SheetModel -emit-module -emit-library -static -o libSheetModel.a \
    "$S"/SheetModel/*.swift -emit-module-path SheetModel.swiftmodule)
(cd "$T" && swiftc -O -wmo -module-name Bench -I . -I "$S/CZip" -I "$S/CExpat" -I "$S/CArchive" -L . -lSheetModel \
    "$S"/SheetReaders/*.swift "$S"/SheetReaders/*/*.swift main/main.swift -o readbench -lzip -lexpat -larchive)
"$T/readbench" "$T/t300.xlsx" 3000
