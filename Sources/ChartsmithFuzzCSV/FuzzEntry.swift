import Foundation

#if FUZZING
// Built with `-Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address`: a libFuzzer binary.

/// libFuzzer's entry point: one input, a selector byte then the bytes of a data file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = CSVHarness.run(bytes)
    return 0
}

/// libFuzzer's driver, which parses its command line and runs the fuzzing loop.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links every executable with `main` aliased to `<module>_main` (so tests can
/// import executables); with no Swift `main` here, this hands control to libFuzzer.
@_cdecl("ChartsmithFuzzCSV_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzTestOneInput)
}

#else

/// Built plainly: replays inputs (files, or every file in a folder) through the harness.
///
///     ChartsmithFuzzCSV Tests/Fuzz/Corpus/csv
@main
enum FuzzCSVMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard !arguments.isEmpty, !arguments.contains(where: { $0.hasPrefix("-") }) else {
            FileHandle.standardError.write(Data("usage: ChartsmithFuzzCSV INPUT|FOLDER...\n".utf8))
            Foundation.exit(2)
        }
        var parsed = 0, rejected = 0
        for input in Replay.inputs(arguments) {
            guard let data = FileManager.default.contents(atPath: input.path) else {
                print("\(input.path): cannot read")
                continue
            }
            switch CSVHarness.run([UInt8](data)) {
            case .parsed(let rows):
                parsed += 1
                print("\(input.path): parsed \(rows) rows")
            case .rejected(let message):
                rejected += 1
                print("\(input.path): rejected: \(message)")
            }
        }
        print("\(parsed + rejected) inputs: \(parsed) parsed, \(rejected) rejected, none crashed")
    }
}

#endif
