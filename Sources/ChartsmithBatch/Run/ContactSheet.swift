import Chartsmith
import ChartsmithFormat
import Foundation

/// `index.html` for an output folder: a static page of thumbnails with titles, links to
/// every output format, and the failures with their messages.
///
/// One self-contained file: inline CSS, no scripts, relative links only, so it opens from
/// the file system (`file://…/index.html`) with no server. All text is HTML-escaped.
public struct ContactSheet: Sendable {
    /// Thumbnails are shown this many CSS pixels wide.
    public static let thumbnailWidth = 320.0

    public var title: String
    /// Entries by spec relative path.
    public var charts: [(relativePath: String, entry: BatchManifest.Entry)]
    /// Arguments that named no spec, as messages.
    public var problems: [String]

    public init(title: String, charts: [(relativePath: String, entry: BatchManifest.Entry)], problems: [String] = []) {
        self.title = title
        self.charts = charts.sorted { $0.relativePath < $1.relativePath }
        self.problems = problems
    }

    /// The page.
    /// Text from input as the sheet shows it: control characters escaped as `\u001B`,
    /// bounded (``Escaping/printable(_:limit:)``), then HTML-escaped.
    static func text(_ s: String, limit: Int = Escaping.messageLimit) -> String {
        Escaping.html(Escaping.printable(s, limit: limit))
    }

    public func html() -> String {
        let ok = charts.filter { $0.entry.status == .ok }
        let failed = charts.filter { $0.entry.status == .failed }
        var h = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.text(title))</title>
            <style>
            body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px;color:#0b0c0c;background:#f3f2f1}
            h1{font-size:22px;margin:0 0 4px}
            p.summary{margin:0 0 20px;color:#505a5f}
            h2{font-size:18px;margin:28px 0 12px}
            ul.grid{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(\(Int(Self.thumbnailWidth))px,1fr));gap:16px}
            ul.grid li{background:#fff;border:1px solid #d9d9d9;padding:10px}
            ul.grid img{display:block;width:100%;height:auto;border:1px solid #eee;background:#fff}
            .name{font-size:12px;color:#505a5f;word-break:break-all;margin:6px 0 2px}
            .title{font-size:14px;font-weight:bold;margin:2px 0 6px}
            .links a{font-size:13px;margin-right:10px}
            ul.failures{list-style:none;margin:0;padding:0}
            ul.failures li{background:#fff;border-left:4px solid #d4351c;padding:8px 12px;margin:0 0 10px}
            ul.failures pre{white-space:pre-wrap;word-break:break-word;margin:6px 0 0;font-size:13px}
            ul.warnings{margin:6px 0 0;padding:0 0 0 16px;font-size:12px;color:#594d00;word-break:break-word}
            </style>
            </head>
            <body>
            <h1>\(Self.text(title))</h1>
            <p class="summary">\(ok.count) chart\(ok.count == 1 ? "" : "s"), \(failed.count + problems.count) failure\(failed.count + problems.count == 1 ? "" : "s")</p>

            """
        if !failed.isEmpty || !problems.isEmpty {
            h += "<h2 id=\"failures\">Failures</h2>\n<ul class=\"failures\">\n"
            for (rel, e) in failed {
                h += "<li><div class=\"name\">\(Self.text(rel))</div><pre>\(Self.text(e.error ?? "failed"))</pre></li>\n"
            }
            for p in problems {
                h += "<li><pre>\(Self.text(p))</pre></li>\n"
            }
            h += "</ul>\n"
        }
        h += "<h2 id=\"charts\">Charts</h2>\n<ul class=\"grid\">\n"
        for (rel, e) in ok {
            let caption = e.title?.isEmpty == false ? e.title! : rel
            h += "<li>"
            if let thumb = e.thumbnail {
                h += "<a href=\"\(Self.href(e.outputs.first ?? thumb))\"><img src=\"\(Self.href(thumb))\" alt=\"\(Self.text(e.description ?? caption, limit: 4_000))\" loading=\"lazy\"></a>"
            }
            h += "<div class=\"name\">\(Self.text(rel))</div><div class=\"title\">\(Self.text(caption))</div><div class=\"links\">"
            for o in e.outputs {
                h += "<a href=\"\(Self.href(o))\">\(Escaping.html((o as NSString).pathExtension.uppercased()))</a>"
            }
            h += "</div>"
            // The warnings `chartsmith render` prints for it, each escaped and bounded.
            if let warnings = e.warnings, !warnings.isEmpty {
                h += "<ul class=\"warnings\">" + warnings.map { "<li>\(Self.text($0))</li>" }.joined() + "</ul>"
            }
            h += "</li>\n"
        }
        h += "</ul>\n</body>\n</html>\n"
        return h
    }

    /// A relative path as an escaped URL reference: each segment percent-encoded.
    static func href(_ relativePath: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = relativePath.split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
        return Escaping.html(encoded)
    }
}
