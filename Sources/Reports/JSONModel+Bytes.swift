/// A JSON model written through `JSONBytes`, keys in the order `.sortedKeys` gives them
/// (byte order), with the bytes of its `Encodable` conformance.
protocol JSONBytesWritable {
    func write(to w: inout JSONBytes)
}

extension JSONBytes {
    /// A list of models, each on its lines.
    mutating func list<T: JSONBytesWritable>(_ items: [T]) {
        openArray()
        for item in items {
            element()
            item.write(to: &self)
        }
        closeArray()
    }
}

extension JSONModel.SubmissionJSON: JSONBytesWritable {
    func write(to w: inout JSONBytes) {
        w.openObject()
        if let ranking {
            w.key("award"); w.string(ranking.award)
        }
        w.key("claimedTotal"); w.number(claimedTotal)
        if let ranking {
            w.key("contends"); w.strings(ranking.contends)
        }
        w.key("counts"); counts.write(to: &w)
        if let ranking {
            w.key("eligible"); w.bool(ranking.eligible)
        }
        w.key("file"); w.string(file)
        w.key("format"); w.string(format)
        if let ranking {
            w.key("ineligibleReasons"); w.strings(ranking.ineligibleReasons)
        }
        w.key("issues"); w.list(issues)
        w.key("items"); w.list(items)
        w.key("nominees"); w.list(nominees)
        w.key("period"); w.string(period)
        if let ranking {
            w.key("rank"); w.number(ranking.rank)
        }
        w.key("score"); w.number(score)
        w.key("status"); w.string(status)
        if let ranking {
            w.key("superseded"); w.bool(ranking.superseded)
            w.key("tie"); w.bool(ranking.tie)
        }
        w.key("unit"); unit.write(to: &w)
        w.closeObject()
    }
}

extension JSONModel.UnitJSON: JSONBytesWritable {
    func write(to w: inout JSONBytes) {
        w.openObject()
        w.key("code"); w.string(code)
        w.key("name"); w.string(name)
        w.key("type"); w.string(type)
        w.closeObject()
    }
}

extension JSONModel.ItemJSON: JSONBytesWritable {
    func write(to w: inout JSONBytes) {
        w.openObject()
        w.key("claimed"); w.number(claimed)
        w.key("code"); w.string(code)
        w.key("max"); w.number(max)
        w.key("score"); w.number(score)
        w.key("verified"); w.number(verified)
        w.key("verifiedSource"); w.string(verifiedSource)
        w.closeObject()
    }
}

extension JSONModel.CountsJSON: JSONBytesWritable {
    func write(to w: inout JSONBytes) {
        w.openObject()
        w.key("excellent"); w.number(excellent)
        w.key("good"); w.number(good)
        w.key("pledges"); w.number(pledges)
        w.key("rating"); w.string(rating)
        w.key("staff"); w.number(staff)
        w.closeObject()
    }
}

extension JSONModel.NomineeJSON: JSONBytesWritable {
    func write(to w: inout JSONBytes) {
        w.openObject()
        w.key("achievements"); w.string(achievements)
        w.key("name"); w.string(name)
        w.key("partyMember"); if let partyMember { w.bool(partyMember) } else { w.null() }
        w.key("position"); w.string(position)
        w.closeObject()
    }
}

extension JSONModel.IssueJSON: JSONBytesWritable {
    func write(to w: inout JSONBytes) {
        w.openObject()
        w.key("code"); w.string(code)
        w.key("detail"); w.string(detail)
        w.key("location"); w.string(location)
        w.key("message"); w.string(message)
        w.key("severity"); w.string(severity)
        w.key("value"); w.string(value)
        w.closeObject()
    }
}

extension JSONModel.FileJSON: JSONBytesWritable {
    func write(to w: inout JSONBytes) {
        w.openObject()
        w.key("format"); w.string(format)
        w.key("path"); w.string(path)
        w.key("reason"); w.string(reason)
        w.key("sha256"); w.string(sha256)
        w.key("status"); w.string(status)
        w.closeObject()
    }
}

extension JSONModel.RubricJSON: JSONBytesWritable {
    func write(to w: inout JSONBytes) {
        w.openObject()
        w.key("id"); w.string(id)
        w.key("total"); w.number(total)
        w.closeObject()
    }
}

extension JSONModel.InspectionJSON: JSONBytesWritable {
    func write(to w: inout JSONBytes) {
        w.openObject()
        w.key("applied"); w.number(applied)
        w.key("format"); w.string(format)
        w.key("issues"); w.list(issues)
        w.key("path"); w.string(path)
        w.key("rubric"); w.string(rubric)
        w.key("sha256"); w.string(sha256)
        w.key("units"); w.number(units)
        w.closeObject()
    }
}
