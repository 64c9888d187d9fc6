/// A problem loading or transforming data, with where it happened.
public struct DataError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The data file, when the problem is in one.
    public var file: String?
    /// 1-based row number in the file (header is row 1), when known.
    public var row: Int?
    public var field: String?
    public var message: String

    public init(file: String? = nil, row: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.row = row
        self.field = field
        self.message = message
    }

    public var description: String {
        var parts: [String] = []
        if let f = file { parts.append(row.map { "\(f):\($0)" } ?? f) } else if let r = row { parts.append("row \(r)") }
        if let fl = field { parts.append("field \"\(fl)\"") }
        return (parts.isEmpty ? "" : parts.joined(separator: ", ") + ": ") + message
    }
}
