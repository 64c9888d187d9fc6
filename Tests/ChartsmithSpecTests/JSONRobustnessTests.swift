import Testing
@testable import ChartsmithSpec

/// A small deterministic random number generator (SplitMix64), so failures repeat.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A JSON value without locations, to compare what was written with what was read.
private indirect enum Plain: Equatable {
    case null, bool(Bool), number(Double), string(String), array([Plain]), object([(String, Plain)])

    static func == (a: Plain, b: Plain) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let n): self = .number(n)
        case .string(let s): self = .string(s)
        case .array(let elements): self = .array(elements.map(Plain.init))
        case .object(let object): self = .object(object.entries.map { ($0.key, Plain($0.value)) })
        }
    }
}

/// Writes random JSON documents with random (valid) whitespace and text.
private struct Generator {
    var rng: SplitMix64
    let pieces = ["a", "b", "Z", "é", "→", "😀", "中", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "x y", "größe"]
    let whitespace = [" ", "  ", "\n", "\r\n", "\t", "\r", "\n    "]

    mutating func value(depth: Int) -> Plain {
        let kind = depth > 4 ? Int.random(in: 0..<4, using: &rng) : Int.random(in: 0..<6, using: &rng)
        switch kind {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2:
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: return .number(Double(Int.random(in: -1000...1000, using: &rng)))
            case 1: return .number(Double(Int.random(in: -99999...99999, using: &rng)) / 100)
            case 2: return .number(Double.random(in: -1e300...1e300, using: &rng))
            default: return .number(Double(Int64.random(in: Int64.min...Int64.max, using: &rng)))
            }
        case 3: return .string(text())
        case 4: return .array((0..<Int.random(in: 0..<5, using: &rng)).map { _ in value(depth: depth + 1) })
        default:
            var keys = Set<String>()
            var entries: [(String, Plain)] = []
            for _ in 0..<Int.random(in: 0..<5, using: &rng) {
                let key = text()
                if keys.insert(key).inserted { entries.append((key, value(depth: depth + 1))) }
            }
            return .object(entries)
        }
    }

    mutating func text() -> String {
        (0..<Int.random(in: 0..<5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    mutating func space() -> String {
        Int.random(in: 0..<3, using: &rng) == 0 ? whitespace.randomElement(using: &rng)! : ""
    }

    mutating func write(_ value: Plain) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : "\(n)"
        case .string(let s): return quote(s)
        case .array(let elements):
            return "[" + space() + elements.map { write($0) + space() }.joined(separator: "," + space()) + "]"
        case .object(let entries):
            return "{" + space() + entries.map { key, value in
                quote(key) + space() + ":" + space() + write(value) + space()
            }.joined(separator: "," + space()) + "}"
        }
    }

    mutating func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += Bool.random(using: &rng) ? "\\t" : "\\u0009"
            case "/": out += Bool.random(using: &rng) ? "/" : "\\/"
            case "😀": out += Bool.random(using: &rng) ? "😀" : "\\uD83D\\uDE00"
            default:
                if scalar.value < 0x20 {
                    out += "\\u000" + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

@Suite("Parser robustness")
struct JSONRobustnessTests {
    /// Checks every node's path and location against where it sits in the tree
    /// and against the from-scratch line:column of its offset.
    private func checkNodes(_ node: JSONNode, path: JSONPath, bytes: [UInt8]) -> Bool {
        guard node.path == path else { return false }
        guard node.location == ChartsmithSpec.SourceLocation.of(offset: node.location.offset, in: bytes) else { return false }
        let first = bytes[node.location.offset]
        switch node.value {
        case .null: guard first == UInt8(ascii: "n") else { return false }
        case .bool(let b): guard first == UInt8(ascii: b ? "t" : "f") else { return false }
        case .number: guard first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        case .string: guard first == UInt8(ascii: "\"") else { return false }
        case .array(let elements):
            guard first == UInt8(ascii: "[") else { return false }
            for (i, element) in elements.enumerated() where !checkNodes(element, path: path.appending(i), bytes: bytes) {
                return false
            }
        case .object(let object):
            guard first == UInt8(ascii: "{") else { return false }
            for entry in object.entries {
                guard bytes[entry.keyLocation.offset] == UInt8(ascii: "\""),
                      entry.keyLocation == ChartsmithSpec.SourceLocation.of(offset: entry.keyLocation.offset, in: bytes),
                      checkNodes(entry.value, path: path.appending(entry.key), bytes: bytes)
                else { return false }
            }
        }
        return true
    }

    @Test("random documents read back exactly, with every location and path right")
    func roundTrip() throws {
        var generator = Generator(rng: SplitMix64(state: 2024))
        for round in 0..<400 {
            let value = generator.value(depth: 0)
            let text = generator.space() + generator.write(value) + generator.space()
            let bytes = (round % 5 == 0 ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
            let node: JSONNode
            do {
                node = try JSONParser.parse(bytes)
            } catch {
                Issue.record("round \(round): \(error) in \(text)")
                continue
            }
            #expect(Plain(node) == value, "round \(round): \(text)")
            #expect(checkNodes(node, path: .root, bytes: bytes), "round \(round): \(text)")
        }
    }

    @Test("mutated documents never crash, and errors point inside the input")
    func mutations() {
        var generator = Generator(rng: SplitMix64(state: 7))
        var rng = SplitMix64(state: 99)
        let interesting: [UInt8] = Array("{}[]\",:\\/*'0123456789.eE+-tfnu NaIy\n\r\t".utf8) + [0, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xF0, 0xFF]
        var failures = 0
        for _ in 0..<3000 {
            var bytes = Array(generator.write(generator.value(depth: 0)).utf8)
            for _ in 0..<Int.random(in: 1...3, using: &rng) {
                let position = Int.random(in: 0...bytes.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0 where position < bytes.count: bytes.remove(at: position)
                case 1 where position < bytes.count: bytes[position] = interesting.randomElement(using: &rng)!
                default: bytes.insert(interesting.randomElement(using: &rng)!, at: position)
                }
            }
            guard let error = jsonParseError(bytes) else { continue }
            failures += 1
            #expect(!error.message.isEmpty)
            if let location = error.location {
                let ok = location.line >= 1 && location.column >= 1 && location.offset >= 0 && location.offset <= bytes.count
                    && location == ChartsmithSpec.SourceLocation.of(offset: location.offset, in: bytes)
                #expect(ok, "\(error) for \(bytes)")
            } else {
                #expect(error.message == "the file is empty; expected a JSON object", "\(bytes)")
            }
        }
        #expect(failures > 1000)
    }

    @Test("every prefix of a document that stops short is an error, never a crash")
    func prefixes() {
        let text = Array(#"{"a": [1, -2.5e3, "é\u00e9\uD83D\uDE00", true, false, null, {"b": {}}], "c": []}"#.utf8)
        for length in 0..<text.count {
            #expect(jsonParseError(Array(text[0..<length])) != nil, "prefix of length \(length)")
        }
        #expect(jsonParseError(text) == nil)
    }

    @Test("every single byte on its own parses or fails cleanly")
    func singleBytes() {
        for byte in UInt8.min...UInt8.max {
            let error = jsonParseError([byte])
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                #expect(error == nil)
            } else {
                #expect(error != nil, "byte \(byte)")
            }
        }
    }
}
