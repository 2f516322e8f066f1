/// The VNI Windows encoding (fonts `VNI-Times`, `VNI-Helve`…): a Vietnamese letter is its
/// base letter followed by one mark byte (`Nguyeãn` = Nguyễn), except ơ ư đ and the toned i
/// and ỵ, which take one byte. Text typed in these fonts is stored as the Windows-1252
/// characters of those bytes, so the table below is written in those characters.
///
/// Source: the VNI Windows column of the Vietnamese Unicode project's charset tables
/// (vietunicode.sourceforge.net/charset), upper case; lower case is the same table with
/// both sides lower-cased (the VNI marks are Latin-1 letters whose lower case is the
/// lower-case mark).
enum VNI {
    /// Upper-case letter → VNI spelling, in the published order (A Ă Â E Ê I O Ô Ơ U Ư Y Đ).
    static let upperTable: [(Character, String)] = [
        ("Á", "AÙ"), ("À", "AØ"), ("Ả", "AÛ"), ("Ã", "AÕ"), ("Ạ", "AÏ"),
        ("Ă", "AÊ"), ("Ắ", "AÉ"), ("Ằ", "AÈ"), ("Ẳ", "AÚ"), ("Ẵ", "AÜ"), ("Ặ", "AË"),
        ("Â", "AÂ"), ("Ấ", "AÁ"), ("Ầ", "AÀ"), ("Ẩ", "AÅ"), ("Ẫ", "AÃ"), ("Ậ", "AÄ"),
        ("É", "EÙ"), ("È", "EØ"), ("Ẻ", "EÛ"), ("Ẽ", "EÕ"), ("Ẹ", "EÏ"),
        ("Ê", "EÂ"), ("Ế", "EÁ"), ("Ề", "EÀ"), ("Ể", "EÅ"), ("Ễ", "EÃ"), ("Ệ", "EÄ"),
        ("Í", "Í"), ("Ì", "Ì"), ("Ỉ", "Æ"), ("Ĩ", "Ó"), ("Ị", "Ò"),
        ("Ó", "OÙ"), ("Ò", "OØ"), ("Ỏ", "OÛ"), ("Õ", "OÕ"), ("Ọ", "OÏ"),
        ("Ô", "OÂ"), ("Ố", "OÁ"), ("Ồ", "OÀ"), ("Ổ", "OÅ"), ("Ỗ", "OÃ"), ("Ộ", "OÄ"),
        ("Ơ", "Ô"), ("Ớ", "ÔÙ"), ("Ờ", "ÔØ"), ("Ở", "ÔÛ"), ("Ỡ", "ÔÕ"), ("Ợ", "ÔÏ"),
        ("Ú", "UÙ"), ("Ù", "UØ"), ("Ủ", "UÛ"), ("Ũ", "UÕ"), ("Ụ", "UÏ"),
        ("Ư", "Ö"), ("Ứ", "ÖÙ"), ("Ừ", "ÖØ"), ("Ử", "ÖÛ"), ("Ữ", "ÖÕ"), ("Ự", "ÖÏ"),
        ("Ý", "YÙ"), ("Ỳ", "YØ"), ("Ỷ", "YÛ"), ("Ỹ", "YÕ"), ("Ỵ", "Î"),
        ("Đ", "Ñ"),
    ]

    /// VNI spelling (one or two scalars) → Unicode letter, both cases.
    static let decoding: [String: Character] = {
        var table: [String: Character] = [:]
        for (letter, spelling) in upperTable {
            table[spelling] = letter
            table[spelling.lowercased()] = Character(String(letter).lowercased())
        }
        return table
    }()

    /// Converts text typed in a VNI font to Unicode (NFC); text without VNI marks is
    /// returned unchanged.
    static func decode(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if i + 1 < scalars.count, scalars[i + 1].value >= 0xC0, scalars[i + 1].value <= 0xFF {
                var pair = String.UnicodeScalarView()
                pair.append(scalars[i])
                pair.append(scalars[i + 1])
                if let letter = decoding[String(pair)] {
                    out.append(contentsOf: letter.unicodeScalars)
                    i += 2
                    continue
                }
            }
            if scalars[i].value >= 0xC0, let letter = decoding[String(scalars[i])] {
                out.append(contentsOf: letter.unicodeScalars)
            } else {
                out.append(scalars[i])
            }
            i += 1
        }
        return Text.nfc(String(out))
    }
}
