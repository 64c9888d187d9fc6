import ChartsmithFuzzSupport
import Foundation

#if FUZZING
/// libFuzzer's entry point: one input, a selector byte then the bytes of a data file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = CSVHarness.run(fuzzBytes(data, size))
    return 0
}

/// SwiftPM links every executable with `main` aliased to `<module>_main` (so tests can
/// import executables); with no Swift `main` here, this hands control to libFuzzer.
@_cdecl("ChartsmithFuzzCSV_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzTestOneInput)
}

#else

/// Built plainly: replays inputs (files, or every file in a folder) through the harness.
///
///     ChartsmithFuzzCSV Tests/Fuzz/Corpus/csv
@main
enum FuzzCSVMain {
    static func main() {
        Replay.main(Array(CommandLine.arguments.dropFirst()), usage: "ChartsmithFuzzCSV INPUT|FOLDER...", accepted: "parsed") { bytes in
            switch CSVHarness.run(bytes) {
            case .parsed(let rows): return .init(ok: true, line: "parsed \(rows) rows")
            case .rejected(let message): return .init(ok: false, line: "rejected: \(message)")
            }
        }
    }
}

#endif
