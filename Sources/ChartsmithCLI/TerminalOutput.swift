import ChartsmithFormat
import Foundation

/// The one way the commands print messages: every line is escaped for the terminal and
/// bounded (``Escaping/printable(_:limit:)``) before it is written, so no byte that came from
/// a spec, a data file or a file name reaches the terminal raw, and no message is longer
/// than ``Escaping/messageLimit`` characters.
enum TerminalOutput {
    /// Writes `message` and a line feed on standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((Escaping.printable(message) + "\n").utf8))
    }

    /// Writes each message on a line of its own on standard error.
    static func errors(_ messages: [String]) {
        for m in messages { error(m) }
    }

    /// Writes `text` (which may hold many lines, not bounded) and a line feed on standard output.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((Escaping.terminal(text) + "\n").utf8))
    }

    /// A message made safe for an ArgumentParser `ValidationError`, which prints it as is.
    static func validation(_ message: String) -> String {
        Escaping.printable(message)
    }
}
