/// Dates as Vietnamese documents print them.
enum VietnameseDate {
    /// `2023-06-15` → `ngày 15 tháng 6 năm 2023`; days 1–9 and months 1–2 get a
    /// leading zero (`ngày 05 tháng 01 năm 2024`), as administrative documents write them.
    static func long(_ iso: String) -> String? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let day = parts[2] < 10 ? "0\(parts[2])" : "\(parts[2])"
        let month = parts[1] < 3 ? "0\(parts[1])" : "\(parts[1])"
        return "ngày \(day) tháng \(month) năm \(parts[0])"
    }

    /// `2023-06-15` → (2023, 6, 15).
    static func parts(_ iso: String) -> (year: Int, month: Int, day: Int)? {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count >= 2 else { return nil }
        return (p[0], p[1], p.count > 2 ? p[2] : 1)
    }
}
