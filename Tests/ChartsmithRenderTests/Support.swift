import ChartsmithScene
import Foundation
@testable import ChartsmithRender

/// Scenes and helpers shared by the renderer tests.
enum Fixtures {
    static let red = Color(red: 1, green: 0, blue: 0)
    static let measurer = PangoTextMeasurer.shared

    /// A text node measured with the real measurer.
    static func text(_ s: String, at anchor: Point, size: Double = 12, weight: FontDescriptor.Weight = .regular,
                     align: TextNode.Align = .start, baseline: TextNode.Baseline = .alphabetic,
                     angle: Double = 0, color: Color = .black, family: String = "DejaVu Sans",
                     italic: Bool = false) -> TextNode {
        let font = FontDescriptor(family: family, size: size, weight: weight, italic: italic)
        return TextNode(text: s, anchor: anchor, font: font, color: color, align: align, baseline: baseline,
                        angle: angle, metrics: measurer.measure(s, font: font))
    }

    /// A small chart-like scene using every kind of node.
    static func sampleScene(title: String = "Sample chart", description: String = "Three bars & a line <alt>") -> Scene {
        var line = Path()
        line.move(to: Point(x: 20, y: 100))
        line.line(to: Point(x: 80, y: 60))
        line.curve(to: Point(x: 180, y: 40), control1: Point(x: 120, y: 20), control2: Point(x: 150, y: 90))
        let bars: [SceneNode] = [
            .rect(RectNode(rect: Rect(x: 30, y: 60, width: 30, height: 60), fill: Color(hex: "#12436D"), role: .mark)),
            .rect(RectNode(rect: Rect(x: 80, y: 40, width: 30, height: 80), fill: Color(hex: "#28A197"),
                           stroke: Stroke(color: .black, width: 1), cornerRadius: 4, role: .mark)),
            .rect(RectNode(rect: Rect(x: 130, y: 80, width: 30, height: 40), fill: Color(hex: "#801650")?.withOpacity(0.5),
                           role: .mark)),
        ]
        return Scene(width: 220, height: 160, nodes: [
            .group(GroupNode(children: bars, clip: Rect(x: 0, y: 20, width: 220, height: 100), role: .mark)),
            .path(PathNode(path: line, stroke: Stroke(color: Color(hex: "#F46A25")!, width: 2, dash: [4, 2],
                                                      lineCap: .round, lineJoin: .round))),
            .text(text("Hello, chart", at: Point(x: 10, y: 16), size: 12, weight: .bold)),
            .text(text("Ελληνικά Кириллица שלום مرحبا", at: Point(x: 10, y: 150), size: 10)),
            .text(text("axis", at: Point(x: 210, y: 120), size: 9, align: .center, baseline: .middle, angle: -90)),
            .text(text("Source: survey", at: Point(x: 210, y: 16), size: 8, align: .end, family: "serif", italic: true)),
        ], metadata: SceneMetadata(title: title, description: description))
    }

    /// A fresh, empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = renderSession.appendingPathComponent("chartsmith-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The (type, data, stored CRC, computed CRC) of every chunk in a PNG.
    static func pngChunks(_ png: [UInt8]) -> [(type: String, data: [UInt8], storedCRC: UInt32, computedCRC: UInt32)] {
        var out: [(String, [UInt8], UInt32, UInt32)] = []
        var i = 8
        func u32(_ at: Int) -> UInt32 { png[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        while i + 12 <= png.count {
            let length = Int(u32(i))
            guard i + 12 + length <= png.count else { break }
            let type = String(decoding: png[i + 4..<i + 8], as: UTF8.self)
            let data = Array(png[i + 8..<i + 8 + length])
            out.append((type, data, u32(i + 8 + length), CRC32.checksum(png[i + 4..<i + 8 + length])))
            i += 12 + length
        }
        return out
    }

    /// Runs a command-line tool, returning its standard output, or nil if it is missing or fails.
    static func run(_ tool: String, _ arguments: [String]) -> String? {
        guard FileManager.default.isExecutableFile(atPath: tool) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func toolAvailable(_ tool: String) -> Bool { FileManager.default.isExecutableFile(atPath: tool) }

    /// Columns and rows of the pixels darker than `threshold` (by their minimum channel).
    static func inkBounds(_ image: RasterImage, threshold: UInt8 = 128) -> (minX: Int, maxX: Int, minY: Int, maxY: Int)? {
        var minX = Int.max, maxX = -1, minY = Int.max, maxY = -1
        for y in 0..<image.height {
            for x in 0..<image.width {
                let p = image.pixel(x: x, y: y)!
                if p.alpha > 0 && min(p.red, p.green, p.blue) < threshold {
                    minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
                }
            }
        }
        return maxX < 0 ? nil : (minX, maxX, minY, maxY)
    }
}

/// This process's scratch folder for render tests, removed when the process exits.
let renderSession: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("chartsmith-render-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: renderSession) }
    return url
}()
