# Generates a large worksheet XML (rows x 10 columns) for the XML parser benchmark.
import sys
rows = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
for r in range(1, rows + 1):
    out.append(f'<row r="{r}" spans="1:10">')
    for c in range(10):
        ref = chr(65 + c) + str(r)
        if c % 3 == 0:
            out.append(f'<c r="{ref}" t="s"><v>{(r * 7 + c) % 500}</v></c>')
        elif c % 3 == 1:
            out.append(f'<c r="{ref}" s="2"><v>{r * 0.25 + c}</v></c>')
        else:
            out.append(f'<c r="{ref}"><f>SUM(A{r}:B{r})</f><v>{r + c}</v></c>')
    out.append('</row>')
out.append('</sheetData></worksheet>')
sys.stdout.write(''.join(out))
