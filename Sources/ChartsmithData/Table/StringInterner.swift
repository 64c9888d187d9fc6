/// Makes one `String` per distinct byte string, so that a column of repeated text (a JSON
/// file's categories) holds shared strings instead of a new one per cell.
///
/// Byte strings are told apart by their bytes, never by string equality: `Café` written
/// precomposed and decomposed stay two strings, each as its cells wrote it, exactly as a
/// string made per cell would.
struct StringInterner {
    private var slots = [Int32](repeating: -1, count: 256)
    private var hashes: [UInt64] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var stored: [UInt8] = []
    private(set) var strings: [String] = []

    /// The string of the UTF-8 bytes `p[s..<e]`, which the caller has validated.
    mutating func string(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        let n = e - s
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in s..<e { h = (h ^ UInt64(p[k])) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] >= 0 {
            let c = Int(slots[slot])
            if hashes[c] == h, lengths[c] == n, equal(p, s, stored: starts[c], count: n) { return strings[c] }
            slot = (slot + 1) & mask
        }
        let string = String(decoding: UnsafeBufferPointer(rebasing: p[s..<e]), as: UTF8.self)
        slots[slot] = Int32(strings.count)
        hashes.append(h)
        starts.append(stored.count)
        lengths.append(n)
        stored.append(contentsOf: UnsafeBufferPointer(rebasing: p[s..<e]))
        strings.append(string)
        if strings.count * 2 > slots.count { grow() }
        return string
    }

    private func equal(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, stored at: Int, count n: Int) -> Bool {
        stored.withUnsafeBufferPointer { q in
            for k in 0..<n where p[s + k] != q[at + k] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 4)
        let mask = slots.count - 1
        for (c, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(c)
        }
    }
}
