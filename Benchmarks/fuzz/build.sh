#!/bin/sh
# Builds the libFuzzer targets into $OUT (default /tmp/thidua-fuzz): fuzz-xml, fuzz-xlsx and fuzz-xls.
# Run from the package root: sh Benchmarks/fuzz/build.sh (TARGETS="XLS" builds one).
set -e
OUT=${OUT:-${TMPDIR:-/tmp}/thidua-fuzz}
S=$(pwd)/Sources
F=$(pwd)/Benchmarks/fuzz
mkdir -p "$OUT"
cd "$OUT"
FLAGS="-sanitize=fuzzer,address -parse-as-library -O -g"
swiftc $FLAGS -module-name SheetModel -emit-module -emit-library -static -o libSheetModel.a \
    "$S"/SheetModel/*.swift -emit-module-path SheetModel.swiftmodule
for target in ${TARGETS:-XML XLSX XLS}; do
    name=$(echo $target | tr 'A-Z' 'a-z')
    swiftc $FLAGS -module-name Fuzz -I . -I "$S/CZip" -I "$S/CDeflate" -I "$S/CArchive" -I "$F/CExpat" -L . -lSheetModel \
        "$S"/SheetReaders/*.swift "$S"/SheetReaders/*/*.swift "$F/Fuzz$target.swift" \
        -o "fuzz-$name" -lzip -ldeflate -larchive -lexpat 2>&1 | grep -v "Cannot export local symbol" || true
done
echo "built $OUT/fuzz-xml $OUT/fuzz-xlsx $OUT/fuzz-xls"
