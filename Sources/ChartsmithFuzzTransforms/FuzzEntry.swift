import ChartsmithFuzzSupport
import Foundation

#if FUZZING
/// libFuzzer's entry point: one input, read as choices of data, transforms and parameters.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = TransformHarness.run(fuzzBytes(data, size))
    return 0
}

/// SwiftPM links every executable with `main` aliased to `<module>_main`; with no Swift
/// `main` here, this hands control to libFuzzer.
@_cdecl("ChartsmithFuzzTransforms_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzTestOneInput)
}

#else

/// Built plainly: replays inputs through the same harness, or (`--spec`) prints the spec an
/// input stands for.
///
///     ChartsmithFuzzTransforms Tests/Fuzz/Corpus/transforms
///     ChartsmithFuzzTransforms --spec crash-…
@main
enum FuzzTransformsMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--spec", arguments.count == 2, let data = FileManager.default.contents(atPath: arguments[1]) {
            print(TransformSpecWriter.spec([UInt8](data)))
            return
        }
        Replay.main(arguments, usage: "ChartsmithFuzzTransforms INPUT|FOLDER... | --spec INPUT", accepted: "rendered") { bytes in
            switch TransformHarness.run(bytes) {
            case .rendered: return .init(ok: true, line: "rendered")
            case .rejected(let message): return .init(ok: false, line: "rejected: \(message.split(separator: "\n").first ?? "")")
            }
        }
    }
}

#endif
