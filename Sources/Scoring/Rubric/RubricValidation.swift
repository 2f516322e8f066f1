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
            throw walker.error(.missingKey, "items", .noItems)
        }
        var seen: [String: Int] = [:]
        for (i, item) in rubric.items.enumerated() {
            let path = "items[\(i)]"
            let key = ItemCode.normalize(item.code)
            if key.isEmpty {
                throw walker.error(.invalidValue, path + ".code", .emptyItemCode)
            }
            if let first = seen[key] {
                throw walker.error(.duplicateCode, path + ".code",
                                   .duplicateItemCode(code: item.code, firstPosition: first + 1,
                                                      firstCode: rubric.items[first].code))
            }
            seen[key] = i
            if !(item.max > 0) {
                throw walker.error(.outOfRange, path + ".max", .maxNotPositive(line: item.code, max: item.max))
            }
            try checkRule(item, path: path)
        }
    }

    private func checkRule(_ item: RubricItem, path: String) throws(RubricError) {
        switch item.kind {
        case .ratio:
            guard let ratio = item.ratio else {
                throw walker.error(.incompleteRule, path + ".ratio", .ratioIncomplete(line: item.code))
            }
            try checkCount(ratio.numerator, path: path + ".ratio.numerator")
            try checkCount(ratio.denominator, path: path + ".ratio.denominator")
        case .threshold:
            guard let t = item.threshold, t.ratingAtLeast != nil || !t.shares.isEmpty else {
                throw walker.error(.incompleteRule, path + ".threshold", .thresholdIncomplete(line: item.code))
            }
            if let r = t.ratingAtLeast, !rubric.ratings.contains(where: { $0.code == r }) {
                throw walker.error(.unknownRating, path + ".threshold.ratingAtLeast",
                                   .unknownRating(rating: r, known: rubric.ratings.map(\.code)))
            }
            for (j, share) in t.shares.enumerated() {
                let sp = path + ".threshold.shares[\(j)]"
                guard !share.counts.isEmpty else {
                    throw walker.error(.incompleteRule, sp + ".counts", .shareWithoutCounts)
                }
                for (k, c) in share.counts.enumerated() { try checkCount(c, path: sp + ".counts[\(k)]") }
                try checkCount(share.of, path: sp + ".of")
                guard (0...1).contains(share.atLeast) else {
                    throw walker.error(.outOfRange, sp + ".atLeast", .shareOutOfRange(value: share.atLeast))
                }
            }
        case .binary, .graded:
            break
        }
    }

    private func checkCount(_ key: String, path: String) throws(RubricError) {
        guard rubric.counts.contains(where: { $0.key == key }) else {
            throw walker.error(.unknownCount, path, .unknownCount(key: key, known: rubric.counts.map(\.key)))
        }
    }

    private func checkTotal() throws(RubricError) {
        guard rubric.total > 0 else {
            throw walker.error(.outOfRange, "total", .totalNotPositive)
        }
        let sum = rubric.items.reduce(0) { $0 + $1.max }
        guard abs(sum - rubric.total) > 1e-9 else { return }
        // Any line could be the wrong one: the error sits on `total` and lists them all.
        throw walker.error(.totalMismatch, "total",
                           .totalMismatch(sum: sum, total: rubric.total, lines: rubric.items.map(\.code),
                                          maxima: rubric.items.map(\.max)))
    }

    private func checkUnique(_ codes: [String], path: String, key: String) throws(RubricError) {
        var seen: Set<String> = []
        for (i, code) in codes.enumerated() where !seen.insert(code).inserted {
            throw walker.error(.duplicateCode, "\(path)[\(i)].\(key)", .duplicateCode(code: code, list: path))
        }
    }

    private func checkRoutes() throws(RubricError) {
        let known = rubric.routes.map(\.code)
        func check(_ route: String, _ path: String) throws(RubricError) {
            guard known.contains(route) else {
                throw walker.error(.unknownRoute, path, .unknownRoute(route: route, known: known))
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
            throw walker.error(.outOfRange, "awards.collective[\(i)].count", .negativeQuota(count: level.count))
        }
        if rubric.awards.individuals < 0 {
            throw walker.error(.outOfRange, "awards.individuals", .negativeIndividuals(count: rubric.awards.individuals))
        }
    }
}
