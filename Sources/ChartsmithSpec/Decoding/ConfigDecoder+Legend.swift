// `config.legend`.

extension ConfigDecoder {
    static func decodeLegend(_ l: JSONNode, into c: inout Config) throws {
        var q = try ObjectReader(l, what: "config.legend")
        c.legendLabel.font = try fontFamily(&q, "labelFont")
        c.legendLabel.fontSize = try positive(&q, "labelFontSize", allowZero: false)
        c.legendLabel.bold = try weight(&q, "labelFontWeight")
        c.legendLabel.color = try color(&q, "labelColor")
        c.legendTitle.font = try fontFamily(&q, "titleFont")
        c.legendTitle.fontSize = try positive(&q, "titleFontSize", allowZero: false)
        c.legendTitle.bold = try weight(&q, "titleFontWeight")
        c.legendTitle.color = try color(&q, "titleColor")
        if let o = q.take("orient") {
            let s = try o.asString()
            let allowed = ["top", "bottom", "left", "right"]
            guard allowed.contains(s) else {
                throw Diagnostic(location: o.location, path: o.path,
                                 message: "legend orient \"\(s)\" is not supported by Chartsmith; expected one of \"top\", \"bottom\", \"left\", \"right\"",
                                 suggestion: Suggest.closest(to: s, in: allowed))
            }
            c.legendOrient = s
        }
        q.ignore("aria", "description")
        try q.finish(unsupported: [
            "symbolType": "legend symbol shapes", "symbolSize": "legend symbol sizes", "direction": "legend directions",
            "titleOrient": "legend title positions", "padding": "legend padding", "offset": "legend offsets",
            "columns": "legend columns", "labelLimit": "legend label limits", "disable": "turning all legends off",
            "symbolStrokeWidth": "legend symbol strokes", "labelFontStyle": "italic legend labels",
            "titleFontStyle": "italic legend titles", "labelOpacity": "legend label opacity",
            "gradientLength": "gradient legends", "gradientThickness": "gradient legends", "fillColor": "legend backgrounds",
            "strokeColor": "legend borders", "cornerRadius": "legend borders", "rowPadding": "legend spacing",
            "columnPadding": "legend spacing", "titlePadding": "legend title padding", "labelOffset": "legend label offsets",
            "layout": "legend layout", "zindex": "legend drawing order", "unselectedOpacity": "selections",
        ])
    }
}
