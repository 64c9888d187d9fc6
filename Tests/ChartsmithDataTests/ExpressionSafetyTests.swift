import Foundation
import Testing
import ChartsmithData

@Suite("Expression safety on hostile input")
struct ExpressionSafetyTests {
    @Test("10000 open parentheses give a nesting error, not a crash")
    func deepParentheses() throws {
        let e = try #require(expressionError(String(repeating: "(", count: 10_000)))
        #expect(e.message.contains("nests too deeply"))
        #expect(e.offset == 100)
        let closed = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        #expect(expressionError(closed)?.message.contains("nests too deeply") == true)
    }

    @Test("deep nesting of every other kind is refused too")
    func deepNestingOfAllKinds() throws {
        for opener in ["!", "- ", "[", "abs(", "datum[", "1 ? ", "'a'[", "[1, "] {
            let source = String(repeating: opener, count: 5_000)
            #expect(expressionError(source)?.message.contains("nests too deeply") == true, "\(opener)")
        }
    }

    @Test("nesting up to the limit is accepted and evaluates")
    func nestingAtTheLimit() throws {
        let source = String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100)
        #expect(try evaluateExpression(source) == .number(1))
        let negations = String(repeating: "- ", count: 100) + "1"
        #expect(try evaluateExpression(negations) == .number(1))
    }

    @Test("very long flat expressions parse and evaluate without deep recursion")
    func longChains() throws {
        let terms = 100_000
        let sum = Array(repeating: "1", count: terms).joined(separator: "+")
        #expect(try evaluateExpression(sum) == .number(Double(terms)))
        let ors = Array(repeating: "datum.x == 1", count: 50_000).joined(separator: " || ") + " || datum.x == 2"
        #expect(try Expression(ors).isTruthy(Row(["x": .number(2)])))
        let members = "'abc'" + String(repeating: ".length", count: 50_000)
        #expect(try evaluateExpression(members) == .null)
        let ternaries = Array(repeating: "datum.x == 0 ? 0 :", count: 50_000).joined(separator: " ") + " 7"
        #expect(try evaluateExpression(ternaries, Row(["x": .number(1)])) == .number(7))
    }

    @Test("a tree taller than the limit is refused even when the text nests less")
    func tallTrees() throws {
        // Nine precedence levels inside each of 20 parentheses: a tree about 180 deep.
        let level = "(0 || 1 && 0 | 0 ^ 0 & 1 == 1 < 2 << 0 + 0 * "
        let source = String(repeating: level, count: 20) + "1" + String(repeating: ")", count: 20)
        #expect(expressionError(source)?.message.contains("nests too deeply") == true)
    }

    @Test("parsing, evaluating and freeing the deepest expressions allowed fit a small thread stack")
    func smallStack() throws {
        let sources = [
            String(repeating: "0 || 1 && (", count: 50) + "1" + String(repeating: ")", count: 50),
            String(repeating: "0 + (", count: 100) + "1" + String(repeating: ")", count: 100),
            String(repeating: "abs(", count: 100) + "1" + String(repeating: ")", count: 100),
            String(repeating: "[", count: 100) + "1" + String(repeating: "]", count: 100),
            String(repeating: "- ", count: 100) + "1",
            String(repeating: "1 ? ", count: 100) + "1" + String(repeating: " : 0", count: 100),
            String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100),
        ]
        final class Results: @unchecked Sendable { var values: [Value] = [] }
        let results = Results()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            for source in sources {
                results.values.append((try? Expression(source))?.evaluate(Row()) ?? .string("parse error"))
            }
            done.signal()
        }
        // Debug builds need about 800 KB at the limit, release builds under 200 KB;
        // Linux gives threads (Dispatch and Swift concurrency included) 8 MB.
        thread.stackSize = 2 << 20
        thread.start()
        done.wait()
        #expect(results.values == [.number(1), .number(1), .number(1), .string("1"), .number(1), .number(1), .number(1)])
    }

    @Test("parsing time grows linearly with the input, even for failing input")
    func linearTime() throws {
        let clock = ContinuousClock()
        let inputs: [(String, (Int) -> String)] = [
            ("string", { "'" + String(repeating: "x", count: 20 * $0) + "'" }),
            ("name", { String(repeating: "a", count: 10 * $0) + "(1)" }),
            ("brackets", { String(repeating: "[", count: 20 * $0) }),
            ("operators", { String(repeating: "1+", count: $0) }),
            ("members", { "'a'" + String(repeating: ".length", count: $0) }),
        ]
        for (label, make) in inputs {
            func seconds(_ n: Int) -> Double {
                let source = make(n)
                let d = clock.measure { _ = try? Expression(source) }
                return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
            }
            // The fastest of three runs, to discount other tests running alongside.
            let small = (0..<3).map { _ in seconds(5_000) }.min()!
            let large = (0..<3).map { _ in seconds(40_000) }.min()!
            // 8× the input: about 8× the time; a quadratic parser would take 64×.
            #expect(large < 32 * small + 0.1, "\(label): \(small)s then \(large)s")
        }
    }

    @Test("huge padding is bounded instead of exhausting memory")
    func boundedPadding() throws {
        #expect(try evaluateExpression("pad('a', 1e15)") == .null)
        #expect(try evaluateExpression("length(pad('a', 1000))") == .number(1000))
    }

    @Test("arbitrary garbage never crashes the parser")
    func garbage() {
        let alphabet = Array("datum.x[]()'\"\\!?:+-*/%<>=&|^~,;{} 0123456789eE.xyz_$`#@\n\u{301}é😀")
        var generator = SplitMix64(seed: 20_240_601)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<40, using: &generator)
            let source = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            if let e = try? Expression(source) {
                _ = e.evaluate(Row(["x": .string("s")]))
            } else {
                let error = expressionError(source)
                #expect(error != nil)
                if let error { #expect(error.offset >= 0 && error.offset <= source.count, "\(source)") }
            }
        }
    }
}

/// A small deterministic random number generator, so that the garbage test always
/// tries the same inputs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
