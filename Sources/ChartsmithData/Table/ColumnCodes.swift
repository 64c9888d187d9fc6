/// Numbers the distinct values of a column in first-seen order, so grouping compares small
/// integers: equal ``Value``s (as `Hashable` compares them: `0` and `-0` alike, strings by
/// canonical equivalence) get equal codes.
enum ColumnCodes {
    /// Each row's code and each code's value (the first row's value of that code).
    /// A missing column (`nil`) is null in every row.
    static func codes(_ column: Column?, count: Int) -> (codes: [Int32], values: [Value]) {
        switch column {
        case nil: return (Array(repeating: 0, count: count), count == 0 ? [] : [.null])
        case .text(let t)?: return text(t)
        case .numbers(let xs)?: return doubles(xs, make: Value.number)
        case .dates(let xs)?: return doubles(xs, make: Value.date)
        case .values(let vs)?: return values(vs.count) { vs[$0] }
        }
    }

    /// Codes of any values, hashed as values.
    static func values(_ count: Int, _ value: (Int) -> Value) -> (codes: [Int32], values: [Value]) {
        var index: [Value: Int32] = [:]
        var values: [Value] = []
        var codes = [Int32](repeating: 0, count: count)
        for i in 0..<count {
            let v = value(i)
            if let c = index[v] { codes[i] = c } else {
                codes[i] = Int32(values.count)
                index[v] = codes[i]
                values.append(v)
            }
        }
        return (codes, values)
    }

    /// Codes of a number or date column; NaN is null.
    static func doubles(_ xs: [Double], make: (Double) -> Value) -> (codes: [Int32], values: [Value]) {
        var index: [Double: Int32] = [:]
        var nullCode: Int32?
        var values: [Value] = []
        var codes = [Int32](repeating: 0, count: xs.count)
        for (i, x) in xs.enumerated() {
            if x.isNaN {
                if nullCode == nil { nullCode = Int32(values.count); values.append(.null) }
                codes[i] = nullCode!
            } else if let c = index[x] { codes[i] = c } else {
                codes[i] = Int32(values.count)
                index[x] = codes[i]
                values.append(make(x))
            }
        }
        return (codes, values)
    }

    /// Codes of a text column: cells are first told apart by their bytes (an open-addressing
    /// table on an FNV-1a hash, no string per cell), then the distinct byte strings that
    /// are equal as strings are merged.
    static func text(_ t: TextColumn) -> (codes: [Int32], values: [Value]) {
        let n = t.count
        var codes = [Int32](repeating: 0, count: n)
        var firstRow: [Int] = []  // a provisional code's first row
        var hashes: [UInt64] = []
        var slots = [Int32](repeating: -1, count: 64)
        var escapedIndex: [String: Int32] = [:]
        t.bytes.withUnsafeBufferPointer { p in
            for i in 0..<n {
                if !t.unescaped.isEmpty, let s = t.unescaped[i] {
                    if let c = escapedIndex[s] { codes[i] = c } else {
                        codes[i] = Int32(firstRow.count)
                        escapedIndex[s] = codes[i]
                        firstRow.append(i)
                        hashes.append(0)
                    }
                    continue
                }
                let s = Int(t.starts[i]), e = Int(t.ends[i])
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in s..<e { h = (h ^ UInt64(p[k])) &* 0x100_0000_01b3 }
                var mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: h) & mask
                var found: Int32 = -1
                while slots[slot] >= 0 {
                    let c = slots[slot]
                    let r = firstRow[Int(c)]
                    let rs = Int(t.starts[r]), re = Int(t.ends[r])
                    if hashes[Int(c)] == h, re - rs == e - s,
                       memcmp(p.baseAddress! + rs, p.baseAddress! + s, e - s) == 0 {
                        found = c
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if found >= 0 { codes[i] = found; continue }
                let c = Int32(firstRow.count)
                codes[i] = c
                firstRow.append(i)
                hashes.append(h)
                slots[slot] = c
                if firstRow.count * 2 > slots.count {
                    // Grow and re-slot every byte-keyed code.
                    slots = [Int32](repeating: -1, count: slots.count * 4)
                    mask = slots.count - 1
                    for (code, row) in firstRow.enumerated() where t.unescaped.isEmpty || t.unescaped[row] == nil {
                        var s2 = Int(truncatingIfNeeded: hashes[code]) & mask
                        while slots[s2] >= 0 { s2 = (s2 + 1) & mask }
                        slots[s2] = Int32(code)
                    }
                }
            }
        }
        // Merge provisional codes whose strings are equal; provisional codes are numbered
        // in first-seen order, so the merged ones are too.
        var merged = [Int32](repeating: 0, count: firstRow.count)
        var index: [Value: Int32] = [:]
        var values: [Value] = []
        for (code, row) in firstRow.enumerated() {
            let v = Value.string(t.string(at: row))
            if let m = index[v] { merged[code] = m } else {
                merged[code] = Int32(values.count)
                index[v] = merged[code]
                values.append(v)
            }
        }
        if values.count != firstRow.count { for i in 0..<n { codes[i] = merged[Int(codes[i])] } }
        return (codes, values)
    }
}

import Foundation
