/// The checks on the polar channels (`theta`, `radius`, `theta2`, `radius2`) of one view.
extension SpecDecoder {
    /// Polar channels place arcs (and text beside them); on any other mark they would be
    /// dropped, as Vega-Lite drops them with only a console warning. `theta2`/`radius2` are
    /// the ends of their primary channel.
    static func checkPolarChannels(_ enc: Encoding, mark: MarkType?) throws {
        for (ch2, ch) in [(Channel.theta2, Channel.theta), (.radius2, .radius)] {
            guard let d = enc[ch2], enc[ch] == nil else { continue }
            throw Diagnostic(location: d.location, path: d.path,
                             message: "the \"\(ch2.rawValue)\" channel is the end of \"\(ch.rawValue)\", which the encoding lacks; add \"\(ch.rawValue)\"",
                             suggestion: ch.rawValue)
        }
        for ch in [Channel.theta, .radius, .theta2, .radius2] {
            guard let d = enc[ch], let mark, mark != .arc, mark != .text else { continue }
            throw Diagnostic(location: d.location, path: d.path,
                             message: "the \"\(ch.rawValue)\" channel places arc marks (pies, donuts, radial plots); \(mark.rawValue) marks have no \(ch.rawValue): use \"mark\": \"arc\", or put the field on \"x\" or \"y\"")
        }
    }
}
