import Chartsmith
import ChartsmithTestSupport
import Foundation
import Testing

/// Bytes in, bytes out (issue 17): specs as JSON text or decoded, data from Swift, images
/// as `Data`, warnings as values, no file touched without a data root.
@Suite("Rendering from memory")
struct MemoryRenderTests {
    struct Offenders: Encodable, Sendable {
        var year: Int
        var offence: String
        var outcome: String
        var offenders: Int
    }

    static let rows = [
        Offenders(year: 2010, offence: "Taking, making or distributing indecent images", outcome: "Convicted", offenders: 1246),
        Offenders(year: 2010, offence: "Taking, making or distributing indecent images", outcome: "Cautioned", offenders: 155),
        Offenders(year: 2010, offence: "Possessing indecent images", outcome: "Convicted", offenders: 165),
        Offenders(year: 2010, offence: "Possessing indecent images", outcome: "Cautioned", offenders: 215),
    ]

    static func example(_ name: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("Examples/\(name).json"), encoding: .utf8)
    }

    @Test("rows from Swift replace the spec's data file and draw the same scene as the file", arguments: [
        "offences-2010-stacked", "offences-2010-horizontal", "share-cautioned-2010",
    ])
    func rowsDrawLikeTheFile(_ name: String) throws {
        let fromFile = try ChartRenderer().chart(forSpecAt: repositoryRoot.appendingPathComponent("Examples/\(name).json"))
        let image = try ChartRenderer().render(json: Self.example(name), data: ChartData(rows: Self.rows), as: .svg)
        #expect(image.scene.dump() == fromFile.scene.dump())
        #expect(image.warnings.isEmpty)
    }

    @Test("named columns are rows, in the order given")
    func columns() throws {
        let columns = ChartData(columns: [
            "offence": ["Taking, making or distributing indecent images", "Taking, making or distributing indecent images",
                        "Possessing indecent images", "Possessing indecent images"],
            "outcome": ["Convicted", "Cautioned", "Convicted", "Cautioned"],
            "offenders": [1246, 155, 165, 215],
        ])
        #expect(String(decoding: columns.json, as: UTF8.self).hasPrefix(#"[{"offence":"Taking, making"#))
        let spec = try Self.example("offences-2010-stacked")
        let a = try ChartRenderer().render(json: spec, data: columns, as: .png)
        let b = try ChartRenderer().render(json: spec, data: ChartData(rows: Self.rows), as: .png)
        #expect(a.data == b.data)
    }

    @Test("each format comes back as its own bytes")
    func formats() throws {
        let spec = try Self.example("offences-2010-stacked")
        let data = try ChartData(rows: Self.rows)
        let png = try ChartRenderer().render(json: Data(spec.utf8), data: data, as: .png, scale: 2)
        #expect(png.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.format == .png)
        let pdf = try ChartRenderer().render(json: spec, data: data, as: .pdf)
        #expect(pdf.data.starts(with: Array("%PDF".utf8)))
        let svg = try ChartRenderer().render(json: spec, data: data, as: .svg)
        #expect(String(decoding: svg.data, as: UTF8.self).contains("<svg"))
        let decoded = try ChartRenderer().render(ChartRenderer().decode(json: spec, data: data), as: .svg)
        #expect(decoded.data == svg.data)
    }

    @Test("without a data root, a data URL is refused naming the missing root, and nothing is written")
    func noRootNoFiles() throws {
        let folder = try TestPipeline.temporaryFolder("chartsmith-memory")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("offence,offenders\nA,1\n".utf8).write(to: folder.appendingPathComponent("data.csv"))
        let spec = """
        {"data": {"url": "\(folder.path)/data.csv"}, "mark": "bar",
         "encoding": {"x": {"field": "offence", "type": "nominal"}, "y": {"field": "offenders", "type": "quantitative"}}}
        """
        #expect {
            try ChartRenderer().render(json: spec, as: .png)
        } throws: { error in
            "\(error)".contains("no data root was given") && "\(error)".contains("data.csv")
        }
        // A style that is not built in would be a file: refused too.
        #expect(throws: ChartsmithError.self) {
            try ChartRenderer().render(json: #"{"style": "house/mine.json", "data": {"values": [{"a": 1}]}, "mark": "bar"}"#, as: .png)
        }
        // A built-in style is resolved without looking for a file.
        let styled = try ChartRenderer().render(
            json: #"{"style": "print", "data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}}"#,
            as: .svg)
        #expect(styled.data.count > 0)
        // With the root given, the same spec reads the file, inside the root only.
        var renderer = ChartRenderer()
        renderer.dataRoot = folder
        let image = try renderer.render(json: spec, as: .svg)
        #expect(image.scene.dump().contains("rect"))
        let outside = spec.replacingOccurrences(of: folder.path + "/data.csv", with: "../data.csv")
        #expect(throws: ChartsmithError.self) { try renderer.render(json: outside, as: .svg) }
        // Rendering wrote nothing into the root (or anywhere it was pointed).
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["data.csv"])
    }

    @Test("warnings come back as values, naming the spec")
    func warnings() throws {
        let image = try ChartRenderer().render(
            json: #"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}"#,
            as: .svg)
        // The empty source, named, then the layout's note on the layer that drew nothing.
        #expect(image.warnings.count == 2)
        #expect(image.warnings.allSatisfy { $0.description.hasPrefix("<spec>: warning:") })
        #expect(image.warnings.first?.description.contains("the inline values (data.values) have no rows") == true)
    }

    @Test("the decoder's located errors name the spec and the path in the rows")
    func errors() throws {
        #expect {
            try ChartRenderer().render(json: #"{"mark": "bar", "encodin": {}}"#, as: .png)
        } throws: { "\($0)".contains("<spec>:1:") && "\($0)".contains("encoding") }
        #expect {
            try ChartRenderer().render(json: #"{"mark": "bar"}"#, data: ChartData(json: #"{"a": 1}"#), as: .png)
        } throws: { "\($0)".contains("data.values") }
    }

    @Test("many tasks rendering at once give byte-identical images, in order")
    func concurrent() async throws {
        let spec = try Self.example("offences-2010-stacked")
        let data = try ChartData(rows: Self.rows)
        let expected = try ChartRenderer().render(json: spec, data: data, as: .png).data
        let renderer = ChartRenderer()
        let images = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<8 { group.addTask { try await renderer.render(ChartRequest(json: spec, data: data)).data } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(images.count == 8)
        #expect(images.allSatisfy { $0 == expected })

        let widths = [300, 640, 420, 500, 360, 720]
        let requests = widths.map { w in
            ChartRequest(json: spec.replacingOccurrences(of: "\"width\": 640", with: "\"width\": \(w)"), data: data, format: .svg)
        } + [ChartRequest(json: "{", format: .svg, name: "broken.json")]
        let results = await renderer.renderAll(requests)
        #expect(results.count == widths.count + 1)
        for (w, result) in zip(widths, results) {
            #expect(try result.get().scene.width == Double(w))
        }
        #expect(throws: ChartsmithError.self) { try results.last!.get() }
    }
}
