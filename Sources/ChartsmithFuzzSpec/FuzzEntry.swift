import Chartsmith
import Foundation

#if FUZZING
// Built with `-Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address`: a libFuzzer binary.

/// libFuzzer's entry point: one input, the bytes of a spec file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = SpecHarness.run(bytes)
    return 0
}

/// libFuzzer's driver, which parses its command line and runs the fuzzing loop.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links every executable with `main` aliased to `<module>_main` (so tests can
/// import executables); with no Swift `main` here, this hands control to libFuzzer.
@_cdecl("ChartsmithFuzzSpec_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzTestOneInput)
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
        guard !arguments.isEmpty, !arguments.contains(where: { $0.hasPrefix("-") }) else {
            FileHandle.standardError.write(Data("usage: ChartsmithFuzzSpec INPUT|FOLDER... | --render N SPEC...\n".utf8))
            Foundation.exit(2)
        }
        var rendered = 0, rejected = 0
        for input in Replay.inputs(arguments) {
            guard let data = FileManager.default.contents(atPath: input.path) else {
                print("\(input.path): cannot read")
                continue
            }
            switch SpecHarness.run([UInt8](data)) {
            case .rendered:
                rendered += 1
                print("\(input.path): rendered")
            case .rejected(let message):
                rejected += 1
                print("\(input.path): rejected: \(message.split(separator: "\n").first ?? "")")
            }
        }
        print("\(rendered + rejected) inputs: \(rendered) rendered, \(rejected) rejected, none crashed")
    }
}

#endif
