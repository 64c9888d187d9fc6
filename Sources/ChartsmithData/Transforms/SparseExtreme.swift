import Foundation

/// Range maximum (or minimum) queries over optional numbers in O(1) after O(n log n).
struct SparseExtreme {
    var table: [[Double?]]
    let isMax: Bool

    init(_ xs: [Double?], max isMax: Bool) {
        self.isMax = isMax
        table = [xs]
        var width = 1
        while width * 2 <= xs.count {
            let prev = table.last!
            table.append((0...(xs.count - width * 2)).map { Self.pick(prev[$0], prev[$0 + width], isMax) })
            width *= 2
        }
    }

    static func pick(_ a: Double?, _ b: Double?, _ isMax: Bool) -> Double? {
        guard let a else { return b }
        guard let b else { return a }
        return isMax ? Swift.max(a, b) : Swift.min(a, b)
    }

    func query(_ lo: Int, _ hi: Int) -> Double? {
        let k = Int(log2(Double(hi - lo + 1)))
        return Self.pick(table[k][lo], table[k][hi - (1 << k) + 1], isMax)
    }
}

import Foundation
