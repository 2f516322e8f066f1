import Testing
@testable import SheetReaders

/// The pull scanner that replaced expat: what it decodes, what it refuses.
@Suite struct XMLScannerTests {
    /// Events of a document as text: `<name a=v>`, `</name>`, `"text"`; or the error code.
    static func events(_ xml: [UInt8], maxDepth: Int = 64) -> String {
        var limits = ReadLimits.standard
        limits.maxXMLDepth = maxDepth
        do {
            return try xml.withBuffer { (b) throws(ReadError) -> String in
                try XMLDocument.scan(b, file: "t", part: "p.xml", limits: limits) { (s) throws(ReadError) -> String in
                    var out: [String] = []
                    var text: [UInt8] = []
                    func flush() {
                        if !text.isEmpty { out.append("\"" + String(decoding: text, as: UTF8.self) + "\"") }
                        text = []
                    }
                    while true {
                        switch try s.next() {
                        case .start:
                            flush()
                            var tag = "<" + String(decoding: s.bytes(s.localStart, s.nameEnd), as: UTF8.self)
                            for k in 0..<s.attributeCount {
                                let a = s.attributes[k]
                                let name = String(decoding: s.bytes(a.nameStart, a.nameEnd), as: UTF8.self)
                                tag += " " + name + "=" + (try s.string(a))
                            }
                            out.append(tag + (s.selfClosing ? "/>" : ">"))
                        case .end:
                            flush()
                            if !s.selfClosing { out.append("</" + String(decoding: s.bytes(s.localStart, s.nameEnd), as: UTF8.self) + ">") }
                        case .text:
                            try s.appendText(to: &text)
                        case .done:
                            flush()
                            return out.joined()
                        }
                    }
                }
            }
        } catch {
            return "error:" + error.code.rawValue
        }
    }

    static func events(_ xml: String, maxDepth: Int = 64) -> String { events(Array(xml.utf8), maxDepth: maxDepth) }

    @Test func elementsAttributesAndText() {
        #expect(Self.events(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a x="1"><b/>t</a>"#)
                == "<a x=1><b/>\"t\"</a>")
        #expect(Self.events("<a x='1' y = \"2\"\n\t z='3'><b\n/></a >") == "<a x=1 y=2 z=3><b/></a>")
        #expect(Self.events(#"<a x='say "hi"' y="it's"/>"#) == "<a x=say \"hi\" y=it's/>")
        #expect(Self.events(#"<a x="a>b"/>"#) == "<a x=a>b/>")
    }

    @Test func predefinedEntitiesAndCharacterReferences() {
        #expect(Self.events("<a>&lt;&gt;&amp;&quot;&apos;</a>") == "<a>\"<>&\"'\"</a>")
        #expect(Self.events("<a>&#65;&#x42;&#x1EA1;&#7841;&#x10FFFF;</a>") == "<a>\"AB\u{1EA1}\u{1EA1}\u{10FFFF}\"</a>")
        #expect(Self.events(#"<a v="&lt;&#x41;&amp;"/>"#) == "<a v=<A&/>")
        #expect(Self.events("<a>&#x0000041;</a>") == "<a>\"A\"</a>")
        for bad in ["&#0;", "&#xD800;", "&#xFFFE;", "&#x110000;", "&#;", "&#x;", "&#12a;", "&bogus;", "&", "&amp", "&#65"] {
            #expect(Self.events("<a>x" + bad + "</a>") == "error:xmlMalformed", "\(bad)")
            #expect(Self.events("<a v=\"" + bad + "\"/>") == "error:xmlMalformed", "\(bad) in an attribute")
        }
    }

    @Test func lineEndsAndAttributeWhitespace() {
        #expect(Self.events("<a>1\r\n2\r3\n4&#13;</a>") == "<a>\"1\n2\n3\n4\r\"</a>")
        #expect(Self.events("<a v=\"1\r\n2\t3\n4&#10;\"/>") == "<a v=1 2 3 4\n/>")
    }

    @Test func cdataCommentsAndProcessingInstructions() {
        #expect(Self.events("<a><![CDATA[<b> & </b>]]>x<!-- c -- >?--><?pi data?></a>") == "error:xmlMalformed")
        #expect(Self.events("<a><![CDATA[<b> & ]]]]>x<!-- note - x --><?pi data?>y</a><!-- end --><?pi?>")
                == "<a>\"<b> & ]]xy\"</a>")
        #expect(Self.events("<a><![CDATA[1\r\n2]]></a>") == "<a>\"1\n2\"</a>")
        #expect(Self.events("<!-- before --><?pi x?>\n<a/>\n") == "<a/>")
        #expect(Self.events("<a><![CDATA[open</a>") == "error:xmlMalformed")
        #expect(Self.events("<a><!-- open</a>") == "error:xmlMalformed")
        #expect(Self.events("<a><?pi open</a>") == "error:xmlMalformed")
        #expect(Self.events("<a><?xml version=\"1.0\"?></a>") == "error:xmlMalformed")
        #expect(Self.events("<a><?XmL x?></a>") == "error:xmlMalformed")
        #expect(Self.events("<![CDATA[x]]><a/>") == "error:xmlMalformed")
    }

    @Test func namespacePrefixesCompareByLocalName() {
        #expect(Self.events(#"<x:a xmlns:x="u" x:r="1"><x:b/></x:a>"#) == "<a xmlns:x=u x:r=1><b/></a>")
        #expect(Self.events("<x:a></y:a>") == "error:xmlMalformed")  // qualified names must match
    }

    @Test func dtdAndEntitiesAreRefused() {
        #expect(Self.events("<!DOCTYPE a><a/>") == "error:xmlDTD")
        #expect(Self.events("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>") == "error:xmlDTD")
        #expect(Self.events("<a><!DOCTYPE a></a>") == "error:xmlMalformed")
        #expect(Self.events("<a><!ENTITY e \"x\"></a>") == "error:xmlMalformed")
    }

    @Test func malformedStructure() {
        for bad in ["", "   ", "<a>", "<a></b>", "<a><b></a></b>", "<a/><b/>", "<a/>junk", "text<a/>", "<a x=1/>",
                    "<a x=\"1\"y=\"2\"/>", "<a x=\"1\" x=\"2\"/>", "<a x=\"<\"/>", "<a x=\"1/>", "<1a/>", "<a\u{1}/>",
                    "<a x=\"\u{1}\"/>", "</a>", "<a></a></a>", "<a", "<a x", "<a x=", "<a x=\"", "<a/", "<", "<a>&lt</a>",
                    "<?xml?><a/>", "<?xml version='1.0' encoding='EBCDIC'?><a/>", " <?xml version=\"1.0\"?><a/>",
                    "<?xml encoding=\"UTF-8\"?><a/>"] {
            #expect(Self.events(bad) == "error:xmlMalformed", "\(bad)")
        }
    }

    @Test func truncatedDocumentsNeverReadOutOfBounds() {
        let doc = Array(#"<?xml version="1.0"?><w x:a="1" b='2'><c r="A1"><v>1&amp;2</v><![CDATA[z]]><!--c--></c></w>"#.utf8)
        for n in 0..<doc.count {
            #expect(Self.events(Array(doc[0..<n])) == "error:xmlMalformed", "\(n) bytes")
        }
        #expect(Self.events(doc) == "<w x:a=1 b=2><c r=A1><v>\"1&2\"</v>\"z\"</c></w>")
    }

    @Test func depthIsBounded() {
        let deep = String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10)
        #expect(Self.events(deep, maxDepth: 10).hasPrefix("<a>"))
        #expect(Self.events(deep, maxDepth: 9) == "error:xmlTooDeep")
        #expect(Self.events(String(repeating: "<a>", count: 100_000)) == "error:xmlTooDeep")
    }

    @Test func encodings() {
        let body = "<a v=\"é\">Việt</a>"
        #expect(Self.events([0xEF, 0xBB, 0xBF] + Array(body.utf8)) == "<a v=é>\"Việt\"</a>")
        for le in [true, false] {
            var units: [UInt8] = le ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for u in ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + body).utf16 {
                units += le ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)]
            }
            #expect(Self.events(units) == "<a v=é>\"Việt\"</a>")
        }
        #expect(Self.events(Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>".utf8) + [0x63, 0x61, 0x66, 0xE9] + Array("</a>".utf8))
                == "<a>\"café\"</a>")
        #expect(Self.events("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>") == "error:xmlMalformed")
        #expect(Self.events([0xFF, 0xFE, 0x3C, 0x00, 0x00, 0xD8, 0x3E, 0x00]) == "error:xmlMalformed")  // lone surrogate
    }

    @Test func textIsCheckedWhenMadeIntoAString() {
        #expect(Text.xml(Array("Tiếng Việt _x0041_".utf8).withUnsafeBufferPointer { $0 }) == "Tiếng Việt A")
        for bad: [UInt8] in [[0xFF], [0xC3], [0xE1, 0xBA], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBE], [0x01], [0xC0, 0x80],
                             [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80]] {
            #expect(bad.withUnsafeBufferPointer { Text.xml($0) } == nil, "\(bad)")
        }
        // The same NFC as before: decomposed text is composed, precomposed text is kept.
        let composed = Array("Ho\u{300}a".utf8).withUnsafeBufferPointer { Text.xml($0) }
        #expect(composed.map { Array($0.unicodeScalars) } == Array("H\u{F2}a".unicodeScalars))
    }
}
