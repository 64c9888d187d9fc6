import Chartsmith
import ChartsmithFuzzSupport
import Foundation

#if FUZZING
/// libFuzzer's entry point: one input, the bytes of a spec file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = SpecHarness.run(fuzzBytes(data, size))
    return 0
}

/// SwiftPM links every executable with `main` aliased to `<module>_main` (so tests can
/// import executables); with no Swift `main` here, this hands control to libFuzzer.
@_cdecl("ChartsmithFuzzSpec_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv, fuzzTestOneInput)
}

#else

/// Built plainly: replays inputs (files, or every file in a folder) through the same
/// harness the fuzzer runs, or renders real specs in a loop for leak checking.
///
///     ChartsmithFuzzSpec Tests/Fuzz/Corpus/spec            # replay: prints one line per input
///     ChartsmithFuzzSpec --render 1000 Examples/*.json      # leak check: 1,000 charts in-process
@main
enum FuzzSpecMain {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "--render", arguments.count >= 3, let count = Int(arguments[1]) {
            arguments.removeFirst(2)
            Foundation.exit(RenderLoop.run(count: count, specs: arguments.map { URL(fileURLWithPath: $0) }))
        }
        Replay.main(arguments, usage: "ChartsmithFuzzSpec INPUT|FOLDER... | --render N SPEC...", accepted: "rendered") { bytes in
            switch SpecHarness.run(bytes) {
            case .rendered: return .init(ok: true, line: "rendered")
            case .rejected(let message): return .init(ok: false, line: "rejected: \(message.split(separator: "\n").first ?? "")")
            }
        }
    }
}

#endif
