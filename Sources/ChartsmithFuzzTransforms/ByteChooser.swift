/// Reads choices from a fuzz input: each call takes the next byte (zero once the input is
/// used up), so every input, however short, names one definite spec.
struct ByteChooser {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether bytes are left.
    var hasMore: Bool { index < bytes.count }

    /// The next byte.
    mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        defer { index += 1 }
        return bytes[index]
    }

    /// One of `options`, chosen by the next byte.
    mutating func pick<T>(_ options: [T]) -> T { options[Int(byte()) % options.count] }

    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(byte()) % max(bound, 1) }
}
