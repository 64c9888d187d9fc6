import Chartsmith
import Foundation

/// Renders real spec files over and over in one process, to PNG, PDF and SVG in memory, so
/// a leak checker (valgrind, LeakSanitizer) sees many charts' worth of allocations.
enum RenderLoop {
    /// Renders `count` charts, cycling through `specs`; returns the exit status (1 if any
    /// spec failed).
    static func run(count: Int, specs: [URL]) -> Int32 {
        guard !specs.isEmpty else { return 2 }
        let renderer = ChartPipeline()
        var failures = 0
        var bytes = 0
        for i in 0..<count {
            let url = specs[i % specs.count]
            do {
                let scene = try renderer.chart(forSpecAt: url).scene
                for format in OutputFormat.allCases {
                    bytes += try renderer.draw(scene, as: format).count
                }
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("\(error)\n".utf8))
            }
        }
        // Unbuffered, so it is out before a leak checker's report at exit.
        FileHandle.standardOutput.write(Data("rendered \(count - failures) of \(count) charts (\(bytes) bytes in all)\n".utf8))
        return failures == 0 ? 0 : 1
    }
}
