#!/usr/bin/env python3
"""Differential corpus for the XLSX reader: XML-level mutations of real workbooks.

Usage: make_corpus.py OUT_DIR N SEED.xlsx...

Each output is a seed workbook with one XML part changed in a way an XML parser must
handle (comments, processing instructions, CDATA, entities and character references,
both quote styles, whitespace and namespace prefixes in tags, DOCTYPE, truncation, byte
flips, empty <v/>, long texts, stored instead of deflated entries…). Run two builds of
`thidua inspect` over the directory and compare (see README.md beside this file).
"""
import random
import re
import sys
import zipfile
import os

LAST_OP = [None]

def mutate_xml(data: bytes, rng: random.Random) -> bytes:
    s = data
    tags = [m.start() for m in re.finditer(rb'<[A-Za-z]', s)]
    closes = [m.end() for m in re.finditer(rb'>', s)]
    texts = [m.start(1) for m in re.finditer(rb'>([^<]+)<', s)]
    op = rng.randrange(24)
    LAST_OP[0] = op
    at = rng.choice(closes) if closes else 0
    if op == 0:    # comment between elements
        return s[:at] + b'<!-- note - x -->' + s[at:]
    if op == 1:    # processing instruction between elements
        return s[:at] + b'<?thidua keep this?>' + s[at:]
    if op == 2 and texts:  # text as CDATA
        i = rng.choice(texts); j = s.index(b'<', i)
        return s[:i] + b'<![CDATA[' + s[i:j] + b']]>' + s[j:]
    if op == 3 and texts:  # entities and character references inside text
        i = rng.choice(texts)
        return s[:i] + rng.choice([b'&amp;', b'&lt;', b'&gt;', b'&quot;', b'&apos;', b'&#65;', b'&#x1EA1;',
                                   b'&#x10FFFF;', b'&#0;', b'&#xD800;', b'&bogus;', b'&#;', b'&', b'&#x41',
                                   b'&#13;', b'&#x9;']) + s[i:]
    if op == 4:    # single quotes for attribute values
        return re.sub(rb'="([^"<]*)"', rb"='\1'", s, count=rng.randrange(1, 50))
    if op == 5:    # whitespace inside tags
        return re.sub(rb'<([A-Za-z]+) ', rb'<\1 \n\t ', s, count=rng.randrange(1, 50)).replace(b'"/>', b'" \n />', rng.randrange(1, 50))
    if op == 6:    # a namespace prefix on every element of the main namespace
        s2 = re.sub(rb'<(/?)([A-Za-z])', rb'<\1x:\2', s)
        return s2.replace(b'xmlns="', b'xmlns:x="', 1)
    if op == 7:    # DOCTYPE / ENTITY
        decl = s.find(b'?>') + 2 if s.startswith(b'<?xml') else 0
        return s[:decl] + rng.choice([b'<!DOCTYPE x>', b'<!DOCTYPE x [<!ENTITY a "b">]>', b'<!ENTITY a "b">']) + s[decl:]
    if op == 8:    # truncation
        return s[:rng.randrange(len(s))]
    if op == 9:    # byte flips
        b = bytearray(s)
        for _ in range(rng.randrange(1, 4)):
            i = rng.randrange(len(b)); b[i] ^= 1 << rng.randrange(8)
        return bytes(b)
    if op == 10:   # empty value elements
        return re.sub(rb'<v>[^<]*</v>', rng.choice([b'<v/>', b'<v></v>']), s, count=rng.randrange(1, 20))
    if op == 11:   # a long text
        return re.sub(rb'<t>([^<]*)</t>', b'<t>' + ('dài ' * rng.choice([100, 9000])).encode() + b'</t>', s, count=1)
    if op == 12:   # a deleted end tag
        ends = [m.start() for m in re.finditer(rb'</[A-Za-z:]+>', s)]
        if ends:
            i = rng.choice(ends); j = s.index(b'>', i) + 1
            return s[:i] + s[j:]
    if op == 13:   # duplicate attribute
        return re.sub(rb'<c r="([A-Z]+[0-9]+)"', rb'<c r="\1" r="\1"', s, count=1)
    if op == 14:   # duplicated element
        m = re.search(rb'<c [^>]*>.*?</c>', s)
        if m:
            return s[:m.end()] + m.group(0) + s[m.end():]
    if op == 15:   # junk after the root element, or a second root
        return s + rng.choice([b'junk', b'<again/>', b'\n<!-- c -->\n', b'  '])
    if op == 16:   # cell types changed
        return re.sub(rb't="s"', rng.choice([b't="str"', b't="inlineStr"', b't="n"', b't="b"', b't="e"', b't="d"']), s, count=rng.randrange(1, 10))
    if op == 17:   # attributes without whitespace between them, or without quotes
        return rng.choice([s.replace(b'" s="', b'"s="', 1), s.replace(b'r="', b'r=', 1)])
    if op == 18:   # non-ASCII / control bytes in text
        if texts:
            i = rng.choice(texts)
            return s[:i] + rng.choice([b'\x01', b'\xff', b'\xc3', b'\xe1\xba', b'\xef\xbf\xbe', b'\r\n', b'\r', b'e\xcc\x81']) + s[i:]
    if op == 19:   # _xHHHH_ escapes
        if texts:
            i = rng.choice(texts)
            return s[:i] + rng.choice([b'_x000D_', b'_x005F_x0041_', b'_xD83D__xDE00_', b'_x00zz_', b'_x0001_']) + s[i:]
    if op == 20:   # deep nesting
        return s[:at] + b'<a>' * rng.choice([10, 70]) + b'</a>' * rng.choice([10, 70]) + s[at:]
    if op == 21:   # XML declaration variants
        body = re.sub(rb'^<\?xml[^>]*\?>', b'', s)
        return rng.choice([b'', b'\xef\xbb\xbf', b"<?xml version='1.0'?>", b'<?xml version="1.0" encoding="ISO-8859-1"?>',
                           b'<?xml version="1.0" encoding="UTF-16"?>', b'<?xml encoding="UTF-8"?>', b' <?xml version="1.0"?>',
                           b'<?XML version="1.0"?>']) + body
    if op == 22:   # UTF-16 encoded part
        body = re.sub(rb'^<\?xml[^>]*\?>', b'', s)
        return ('<?xml version="1.0" encoding="UTF-16"?>' + body.decode('utf-8', 'replace')).encode(rng.choice(['utf-16', 'utf-16-le', 'utf-16-be']))
    if op == 23:   # gt and quote characters inside attribute values, tabs and newlines too
        return s.replace(b'"/>', rng.choice([b' x="a>b"/>', b' x="a\tb\nc"/>', b' x="a&amp;b"/>', b" x='a\"b'/>", b' x="a<b"/>']), 1)
    return s

def main():
    out, n, seeds = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261202)
    manifest = open(os.path.join(out, 'manifest.tsv'), 'w')
    for k in range(n):
        seed = seeds[k % len(seeds)]
        with zipfile.ZipFile(seed) as z:
            infos = z.infolist()
            parts = [i.filename for i in infos if i.filename.endswith('.xml') or i.filename.endswith('.rels')]
            target = rng.choice(parts)
            stored = rng.random() < 0.15
            name = os.path.join(out, '%05d-%s.xlsx' % (k, os.path.basename(seed).rsplit('.', 1)[0]))
            with zipfile.ZipFile(name, 'w') as w:
                for i in infos:
                    data = z.read(i.filename)
                    if i.filename == target:
                        data = mutate_xml(data, rng)
                    w.writestr(i.filename, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
            manifest.write('%s\t%s\t%s\n' % (os.path.basename(name), target, LAST_OP[0]))
    print(n, 'files in', out)

main()
