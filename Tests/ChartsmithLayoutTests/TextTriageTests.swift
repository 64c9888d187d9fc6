@testable import ChartsmithLayout
import ChartsmithScene
import Testing

/// TextTriage keeps the same texts as comparing every pair, now that it looks only at the
/// kept texts near each one (issue 14: "too many categories" spent minutes in the pairs).
@Suite("Text triage")
struct TextTriageTests {
    /// A small deterministic generator (SplitMix64), so every run checks the same cases.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func pick<T>(_ xs: [T]) -> T { xs[Int(next() % UInt64(xs.count))] }
    }

    static let roles: [Role] = [.title, .axisLabel, .legendLabel, .axisTitle, .markLabel, .annotation, .other]

    static func texts(count: Int, canvas: Rect, seed: UInt64) -> [TextNode] {
        var rng = SplitMix(state: seed)
        let font = FontDescriptor(family: "X", size: 10)
        return (0..<count).map { i in
            let odd = i % 97 == 0  // now and then a box with no width, or wider than the grid
            let width = odd ? rng.pick([0, 0.5, 5_000]) : 4 + rng.unit() * 60
            return TextNode(
                text: "t\(i)", anchor: Point(x: -20 + rng.unit() * (canvas.width + 40), y: -10 + rng.unit() * (canvas.height + 20)),
                font: font, align: rng.pick([.start, .center, .end]), baseline: rng.pick([.top, .middle, .alphabetic, .bottom]),
                angle: rng.pick([0, 0, -45, -90, -30, 90]),
                metrics: TextMetrics(width: width, ascent: 8, descent: 2.5), role: rng.pick(roles))
        }
    }

    /// The former quadratic triage, kept here as the reference answer.
    static func pairwise(_ texts: [TextNode], canvas: Rect) -> Set<TextNode> {
        let ordered = texts.sorted { (TextTriage.priority[$0.role] ?? 10) < (TextTriage.priority[$1.role] ?? 10) }
        var placed: [[Point]] = []
        var dropped = Set<TextNode>()
        for t in ordered {
            let quad = t.corners
            if canvas.contains(t.bounds, tolerance: 0.01) && !placed.contains(where: { TextNode.quadsOverlap($0, quad) }) {
                placed.append(quad)
            } else {
                dropped.insert(t)
            }
        }
        return dropped
    }

    @Test("small random cases: the indexed triage drops exactly what the pairwise one drops", arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func smallCases(seed: UInt64) {
        let canvas = Rect(x: 0, y: 0, width: 300, height: 200)
        let texts = Self.texts(count: 60, canvas: canvas, seed: seed)
        let dropped = TextTriage.dropped(from: texts, canvas: canvas)
        #expect(dropped == Self.pairwise(texts, canvas: canvas))
        #expect(!dropped.isEmpty && dropped.count < texts.count)
    }

    @Test("2,000 labels spread over a wide canvas: same answer as the pairwise triage")
    func manyLabels() {
        let canvas = Rect(x: 0, y: 0, width: 20_000, height: 600)
        let texts = Self.texts(count: 2_000, canvas: canvas, seed: 42)
        let dropped = TextTriage.dropped(from: texts, canvas: canvas)
        #expect(dropped == Self.pairwise(texts, canvas: canvas))
        #expect(dropped.count > 10 && dropped.count < 1_900)
    }

    @Test("finish removes the dropped texts from nested groups and keeps the rest")
    func finishFilters() {
        let font = FontDescriptor(family: "X", size: 10)
        let m = TextMetrics(width: 40, ascent: 8, descent: 2)
        let a = TextNode(text: "a", anchor: Point(x: 10, y: 20), font: font, metrics: m, role: .title)
        let b = TextNode(text: "b", anchor: Point(x: 20, y: 22), font: font, metrics: m, role: .markLabel)
        let c = TextNode(text: "c", anchor: Point(x: 100, y: 20), font: font, metrics: m, role: .markLabel)
        let scene = Scene(width: 200, height: 100, nodes: [.text(a), .group(GroupNode(children: [.text(b), .text(c)]))])
        #expect(TextTriage.finish(scene).texts.map(\.text) == ["a", "c"])
    }

    @Test("a text mark's texts (inside the marks' group) are kept where they overlap; an added label is not")
    func dataTextsKept() {
        let font = FontDescriptor(family: "X", size: 10)
        let m = TextMetrics(width: 40, ascent: 8, descent: 2)
        func text(_ s: String, _ x: Double) -> TextNode {
            TextNode(text: s, anchor: Point(x: x, y: 20), font: font, metrics: m, role: .markLabel)
        }
        // Two data texts on one another, and a value label (outside the marks' group) on them.
        let scene = Scene(width: 200, height: 100, nodes: [
            .group(GroupNode(children: [.group(GroupNode(children: [.text(text("a", 10)), .text(text("b", 15))], role: .mark))], role: .mark)),
            .group(GroupNode(children: [.text(text("label", 20)), .text(text("clear", 120))], role: .markLabel)),
        ])
        let (kept, overlapping) = TextTriage.triage(scene)
        #expect(kept.texts.map(\.text) == ["a", "b", "clear"])
        #expect(overlapping.map(\.text) == ["b"])
    }
}
