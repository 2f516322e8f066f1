/// The checks a decoded rubric must pass before anything is scored with it.
struct RubricValidation {
    let walker: YAMLWalker
    let rubric: Rubric

    func check() throws(RubricError) {
        try checkItems()
        try checkTotal()
        try checkUnique(rubric.ratings.map(\.code), path: "ratings", key: "code")
        try checkUnique(rubric.counts.map(\.key), path: "counts", key: "key")
        try checkUnique(rubric.unitTypes.map(\.code), path: "unitTypes", key: "code")
        try checkUnique(rubric.routes.map(\.code), path: "routes", key: "code")
        try checkUnique(rubric.awards.collective.map(\.code), path: "awards.collective", key: "code")
        try checkRoutes()
        try checkQuotas()
    }

    private func checkItems() throws(RubricError) {
        guard !rubric.items.isEmpty else {
            throw walker.error(.missingKey, "items", vi: "thang điểm không có dòng nào.", en: "the rubric has no items.")
        }
        var seen: [String: Int] = [:]
        for (i, item) in rubric.items.enumerated() {
            let path = "items[\(i)]"
            let key = ItemCode.normalize(item.code)
            if key.isEmpty {
                throw walker.error(.invalidValue, path + ".code", vi: "mã dòng trống.", en: "empty item code.")
            }
            if let first = seen[key] {
                throw walker.error(.duplicateCode, path + ".code",
                                   vi: "mã \"\(item.code)\" trùng với dòng items[\(first)] (\"\(rubric.items[first].code)\"); mỗi dòng cần một mã riêng.",
                                   en: "code \"\(item.code)\" repeats items[\(first)] (\"\(rubric.items[first].code)\"); give each line its own code.")
            }
            seen[key] = i
            if !(item.max > 0) {
                throw walker.error(.outOfRange, path + ".max",
                                   vi: "điểm tối đa của dòng \(item.code) phải lớn hơn 0, gặp \(CellNumber.text(item.max)).",
                                   en: "the max of line \(item.code) must be above 0, found \(CellNumber.text(item.max)).")
            }
            try checkRule(item, path: path)
        }
    }

    private func checkRule(_ item: RubricItem, path: String) throws(RubricError) {
        switch item.kind {
        case .ratio:
            guard let ratio = item.ratio else {
                throw walker.error(.incompleteRule, path + ".ratio",
                                   vi: "dòng \(item.code) chấm theo tỷ lệ nhưng thiếu ratio: numerator (tử số) và denominator (mẫu số).",
                                   en: "line \(item.code) is a ratio but has no ratio: numerator and denominator.")
            }
            try checkCount(ratio.numerator, path: path + ".ratio.numerator")
            try checkCount(ratio.denominator, path: path + ".ratio.denominator")
        case .threshold:
            guard let t = item.threshold, t.ratingAtLeast != nil || !t.shares.isEmpty else {
                throw walker.error(.incompleteRule, path + ".threshold",
                                   vi: "dòng \(item.code) chấm theo ngưỡng nhưng thiếu threshold (ratingAtLeast hoặc shares).",
                                   en: "line \(item.code) is a threshold but has no threshold (ratingAtLeast or shares).")
            }
            if let r = t.ratingAtLeast, !rubric.ratings.contains(where: { $0.code == r }) {
                throw walker.error(.unknownRating, path + ".threshold.ratingAtLeast",
                                   vi: "mức xếp loại \"\(r)\" không có trong ratings (\(rubric.ratings.map(\.code).joined(separator: ", "))).",
                                   en: "rating \"\(r)\" is not in ratings (\(rubric.ratings.map(\.code).joined(separator: ", "))).")
            }
            for (j, share) in t.shares.enumerated() {
                let sp = path + ".threshold.shares[\(j)]"
                guard !share.counts.isEmpty else {
                    throw walker.error(.incompleteRule, sp + ".counts",
                                       vi: "điều kiện tỷ lệ thiếu counts.", en: "the share has no counts.")
                }
                for (k, c) in share.counts.enumerated() { try checkCount(c, path: sp + ".counts[\(k)]") }
                try checkCount(share.of, path: sp + ".of")
                guard (0...1).contains(share.atLeast) else {
                    throw walker.error(.outOfRange, sp + ".atLeast",
                                       vi: "tỷ lệ phải trong khoảng 0 đến 1 (0.20 là 20%), gặp \(CellNumber.text(share.atLeast)).",
                                       en: "a share must be within 0 and 1 (0.20 is 20%), found \(CellNumber.text(share.atLeast)).")
                }
            }
        case .binary, .graded:
            break
        }
    }

    private func checkCount(_ key: String, path: String) throws(RubricError) {
        guard rubric.counts.contains(where: { $0.key == key }) else {
            throw walker.error(.unknownCount, path,
                               vi: "số liệu \"\(key)\" không được khai trong counts (\(rubric.counts.map(\.key).joined(separator: ", "))); thêm nó vào counts.",
                               en: "count \"\(key)\" is not declared in counts (\(rubric.counts.map(\.key).joined(separator: ", "))); add it.")
        }
    }

    private func checkTotal() throws(RubricError) {
        guard rubric.total > 0 else {
            throw walker.error(.outOfRange, "total", vi: "tổng điểm phải lớn hơn 0.", en: "the total must be above 0.")
        }
        let sum = rubric.items.reduce(0) { $0 + $1.max }
        guard abs(sum - rubric.total) > 1e-9 else { return }
        // Any line could be the wrong one: the error sits on `total` and lists them all.
        let list = rubric.items.map { "\($0.code): \(CellNumber.text($0.max))" }.joined(separator: ", ")
        throw walker.error(.totalMismatch, "total",
                           vi: "điểm tối đa các dòng cộng lại \(CellNumber.text(sum)), khác tổng điểm \(CellNumber.text(rubric.total)) (lệch \(CellNumber.text(sum - rubric.total))); sửa điểm tối đa (max) của dòng sai hoặc tổng điểm. Các dòng: \(list).",
                           en: "the items' maxima sum to \(CellNumber.text(sum)), not the total \(CellNumber.text(rubric.total)) (off by \(CellNumber.text(sum - rubric.total))); fix the wrong line's max or the total. Lines: \(list).")
    }

    private func checkUnique(_ codes: [String], path: String, key: String) throws(RubricError) {
        var seen: Set<String> = []
        for (i, code) in codes.enumerated() where !seen.insert(code).inserted {
            throw walker.error(.duplicateCode, "\(path)[\(i)].\(key)",
                               vi: "mã \"\(code)\" bị trùng trong \(path).", en: "code \"\(code)\" repeats in \(path).")
        }
    }

    private func checkRoutes() throws(RubricError) {
        let known = rubric.routes.map(\.code)
        func check(_ route: String, _ path: String) throws(RubricError) {
            guard known.contains(route) else {
                throw walker.error(.unknownRoute, path,
                                   vi: "tuyến trình \"\(route)\" không có trong routes (\(known.joined(separator: ", "))).",
                                   en: "route \"\(route)\" is not in routes (\(known.joined(separator: ", "))).")
            }
        }
        for (i, t) in rubric.unitTypes.enumerated() { try check(t.route, "unitTypes[\(i)].route") }
        if !rubric.awards.individualPartyRoute.isEmpty {
            try check(rubric.awards.individualPartyRoute, "awards.individualPartyRoute")
        }
        if !rubric.awards.individualOtherRoute.isEmpty {
            try check(rubric.awards.individualOtherRoute, "awards.individualOtherRoute")
        }
    }

    private func checkQuotas() throws(RubricError) {
        for (i, level) in rubric.awards.collective.enumerated() where level.count < 0 {
            throw walker.error(.outOfRange, "awards.collective[\(i)].count",
                               vi: "số lượng khen thưởng không được âm, gặp \(level.count).",
                               en: "a quota cannot be negative, found \(level.count).")
        }
        if rubric.awards.individuals < 0 {
            throw walker.error(.outOfRange, "awards.individuals",
                               vi: "số cá nhân được khen thưởng không được âm, gặp \(rubric.awards.individuals).",
                               en: "the individual quota cannot be negative, found \(rubric.awards.individuals).")
        }
    }
}
