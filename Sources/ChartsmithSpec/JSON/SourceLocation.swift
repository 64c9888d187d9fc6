/// A position in a JSON source file, used to point diagnostics at the exact spot a
/// user has to look at.
///
/// `line` and `column` are 1-based and count the way an editor shows them: every
/// Unicode scalar is one column (so `é` or `→` advance the column by one, not by
/// the two or three bytes they take in UTF-8), and `\n`, `\r\n` and a lone `\r`
/// each end a line. A UTF-8 byte-order mark at the start of the file takes no
/// column. `offset` is the 0-based byte offset into the original input (BOM
/// included), for callers that want to slice the source.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int
    /// 0-based byte offset into the input.
    public var offset: Int

    /// Creates a location; `line` and `column` are 1-based, `offset` is 0-based.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The start of a file: line 1, column 1, offset 0.
    public static let start = SourceLocation(line: 1, column: 1, offset: 0)

    /// `line:column`, e.g. `12:5`.
    public var description: String { "\(line):\(column)" }
}

extension SourceLocation {
    /// The location of byte `offset` in `bytes`, found by scanning from the start.
    ///
    /// This is the slow, obviously correct definition of line and column that the
    /// parser's incremental bookkeeping agrees with; the parser uses it for error
    /// locations. Offsets are clamped to `0...bytes.count`.
    static func of(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let target = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var i = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            i = min(3, target)  // a byte-order mark takes no column
        }
        var previousWasCR = false
        while i < target {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\n"):
                if !previousWasCR {
                    line += 1
                    column = 1
                }
            case UInt8(ascii: "\r"):
                line += 1
                column = 1
            case 0x80...0xBF:
                break  // a continuation byte belongs to the scalar already counted
            default:
                column += 1
            }
            previousWasCR = byte == UInt8(ascii: "\r")
            i += 1
        }
        return SourceLocation(line: line, column: column, offset: target)
    }

    /// The location of byte `offset` in `bytes`, scanning from the start.
    static func of(offset: Int, in bytes: [UInt8]) -> SourceLocation {
        bytes.withUnsafeBufferPointer { of(offset: offset, in: $0) }
    }
}
