import Chartsmith
import ChartsmithBatch
import Foundation
import Testing

@Suite("Contact sheet")
struct ContactSheetTests {
    @Test("lists every chart with its links and every failure with its message, escaped, with no script")
    func listsAndEscapes() {
        let ok = BatchManifest.Entry(spec: "s/a.json", key: "k", status: .ok, outputs: ["a b/a.png", "a b/a.pdf"],
                                     title: "Rates <b>&</b> \"totals\"", thumbnail: "a b/a.png")
        let bad = BatchManifest.Entry(spec: "s/bad.json", key: "k", status: .failed,
                                      error: "s/bad.json:1:2: expected <script>alert('x')</script>")
        let html = ContactSheet(title: "Pack", charts: [("a b/a.json", ok), ("bad.json", bad)]).html()
        #expect(html.contains("Rates &lt;b&gt;&amp;&lt;/b&gt; &quot;totals&quot;"))
        #expect(html.contains("expected &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(html.contains("href=\"a%20b/a.png\"") && html.contains("href=\"a%20b/a.pdf\""))
        #expect(html.contains("src=\"a%20b/a.png\""))
        #expect(html.contains(">PNG<") && html.contains(">PDF<"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("file:"))
        #expect(html.contains("1 chart, 1 failure"))
    }

    @Test("a batch writes index.html with every chart and every failure in it")
    func batchWritesSheet() throws {
        let dir = try Batch.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Batch.pack(in: dir)
        try Batch.write("{\"mark\": \"bar\", \"data\": {\"url\": \"data/<missing>.csv\"}}", "specs/bad & broken.json", in: dir)
        let r = try Batch.run(["batch", "specs", "--out", "out", "--format", "pdf"], in: dir)
        #expect(r.status == 1)
        let html = try String(contentsOf: dir.appendingPathComponent("out/index.html"), encoding: .utf8)
        for name in ["a.pdf", "b.pdf", "nested/deeper/c.pdf", "thumbnails/a.png", "thumbnails/nested/deeper/c.png"] {
            #expect(html.contains("\"\(name)\""), "\(name)")
        }
        #expect(html.contains("bad &amp; broken.json"))
        #expect(html.contains("&lt;missing&gt;"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/thumbnails/a.png").path))
    }
}
