// Generated from Styles/*.json by the style tests (CHARTSMITH_RECORD_STYLES=1 swift test --filter "Style files").
// Do not edit: edit the JSON files and record again.

extension BuiltInStyles {
    /// Vega's named themes (vega-themes) as style files' texts, by name; the Carbon ones are apart.
    static let vegaThemes: [String: String] = [
        "excel": #"""
{
  "description": "Vega's \"excel\" theme (vega-themes): black half-point gridlines, Excel's 2007 palette",
  "background": "#fff",
  "mark": {
    "color": "#4572a7"
  },
  "line": {
    "strokeWidth": 2
  },
  "axis": {
    "grid": true,
    "gridColor": "#000000",
    "gridOpacity": 1,
    "gridWidth": 0.5,
    "labelPadding": 10,
    "tickSize": 5
  },
  "axisBand": {
    "grid": false
  },
  "legend": {
    "labelFontSize": 11,
    "symbolType": "square",
    "symbolSize": 50
  },
  "range": {
    "category": ["#4572a7", "#aa4643", "#8aa453", "#71598e", "#4598ae", "#d98445", "#94aace", "#d09393", "#b9cc98", "#a99cbc"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"],
    "heatmap": ["#eff9bd", "#dbf1b4", "#bde5b5", "#94d5b9", "#69c5be", "#45b4c2", "#2c9ec0", "#2182b8", "#2163aa", "#23479c", "#1c3185"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true},
  "point": {
    "size": 50
  }
}
"""#,
        "fivethirtyeight": #"""
{
  "description": "Vega's \"fivethirtyeight\" theme (vega-themes): grey #f0f0f0 canvas and plot, light grey gridlines, large left-aligned title, filled points, square legend symbols",
  "background": "#f0f0f0",
  "view": {
    "fill": "#f0f0f0"
  },
  "mark": {
    "color": "#30a2da"
  },
  "line": {
    "strokeWidth": 2
  },
  "bar": {
    "binSpacing": 2
  },
  "title": {
    "anchor": "start",
    "fontSize": 24,
    "fontWeight": 600
  },
  "axisBand": {
    "grid": false
  },
  "axisBottom": {
    "gridColor": "#cbcbcb",
    "gridWidth": 1,
    "labelPadding": 4,
    "tickSize": 10,
    "titlePadding": 10,
    "domain": false,
    "domainWidth": 3,
    "grid": true
  },
  "axisTop": {
    "gridColor": "#cbcbcb",
    "gridWidth": 1,
    "labelPadding": 4,
    "tickSize": 10,
    "titlePadding": 10,
    "domain": false,
    "domainWidth": 3,
    "grid": true
  },
  "axisLeft": {
    "gridColor": "#cbcbcb",
    "gridWidth": 1,
    "labelPadding": 4,
    "tickSize": 10,
    "titlePadding": 10,
    "domainColor": "#cbcbcb",
    "domainWidth": 1,
    "ticks": true
  },
  "axisRight": {
    "gridColor": "#cbcbcb",
    "gridWidth": 1,
    "labelPadding": 4,
    "tickSize": 10,
    "titlePadding": 10,
    "domainColor": "#cbcbcb",
    "domainWidth": 1,
    "ticks": true
  },
  "legend": {
    "labelFontSize": 11,
    "titleFontSize": 14,
    "padding": 1,
    "symbolSize": 30,
    "symbolType": "square",
    "titlePadding": 10
  },
  "range": {
    "category": ["#30a2da", "#fc4f30", "#e5ae38", "#6d904f", "#8b8b8b", "#b96db8", "#ff9e27", "#56cc60", "#52d2ca", "#52689e", "#545454", "#9fe4f8"],
    "diverging": ["#cc0020", "#e77866", "#f6e7e1", "#d6e8ed", "#91bfd9", "#1d78b5"],
    "heatmap": ["#d6e8ed", "#cee0e5", "#91bfd9", "#549cc6", "#1d78b5"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true},
  "point": {
    "filled": true
  }
}
"""#,
        "ggplot2": #"""
{
  "description": "Vega's \"ggplot2\" theme (vega-themes): grey plot panel with white gridlines, black and grey palette",
  "view": {
    "fill": "#e5e5e5"
  },
  "mark": {
    "color": "#000"
  },
  "point": {
    "size": 40
  },
  "axis": {
    "domain": false,
    "grid": true,
    "gridColor": "#FFFFFF",
    "gridOpacity": 1,
    "labelColor": "#7F7F7F",
    "labelPadding": 4,
    "tickSize": 5.67,
    "titleFontSize": 16,
    "titleFontWeight": "normal"
  },
  "legend": {
    "labelFontSize": 11,
    "symbolSize": 40
  },
  "range": {
    "category": ["#000000", "#7F7F7F", "#1A1A1A", "#999999", "#333333", "#B0B0B0", "#4D4D4D", "#C9C9C9", "#666666", "#DCDCDC"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"],
    "heatmap": ["#eff9bd", "#dbf1b4", "#bde5b5", "#94d5b9", "#69c5be", "#45b4c2", "#2c9ec0", "#2182b8", "#2163aa", "#23479c", "#1c3185"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
}
"""#,
        "googlecharts": #"""
{
  "description": "Vega's \"googlecharts\" theme (vega-themes): Google Charts' palette, light gridlines, no axis lines",
  "background": "#fff",
  "padding": 10,
  "font": "Arial, sans-serif",
  "mark": {
    "color": "#3366CC"
  },
  "style": {
    "guide-label": {
      "fontSize": 12
    },
    "guide-title": {
      "fontSize": 12
    },
    "group-title": {
      "fontSize": 12
    }
  },
  "title": {
    "fontSize": 14,
    "fontWeight": "bold",
    "anchor": "start"
  },
  "axis": {
    "gridColor": "#ccc",
    "domain": false,
    "grid": true
  },
  "range": {
    "category": ["#4285F4", "#DB4437", "#F4B400", "#0F9D58", "#AB47BC", "#00ACC1", "#FF7043", "#9E9D24", "#5C6BC0", "#F06292", "#00796B", "#C2185B"],
    "heatmap": ["#c6dafc", "#5e97f6", "#2a56c6"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
}
"""#,
        "latimes": #"""
{
  "description": "Vega's \"latimes\" theme (vega-themes): the Los Angeles Times' light blue, Benton Gothic type (DejaVu Sans stands in), its category-6 palette and fire-7 ramp, square legend symbols",
  "background": "#ffffff",
  "mark": {
    "color": "#82c6df"
  },
  "point": {
    "size": 30
  },
  "title": {
    "fontSize": 22,
    "font": "Benton Gothic Bold, sans",
    "anchor": "start",
    "fontWeight": "normal",
    "color": "#000000"
  },
  "axis": {
    "titleFont": "Benton Gothic Bold, sans",
    "titleFontSize": 13,
    "titleFontWeight": "normal",
    "labelFont": "Benton Gothic, sans",
    "labelFontSize": 11.5,
    "labelFontWeight": "normal"
  },
  "axisX": {
    "labelAngle": 0,
    "labelPadding": 4,
    "tickSize": 3
  },
  "axisY": {
    "titleAngle": 0,
    "tickSize": 2
  },
  "legend": {
    "titleFont": "Benton Gothic Bold, sans",
    "titleFontSize": 13,
    "titleFontWeight": "normal",
    "labelFont": "Benton Gothic, sans",
    "labelFontSize": 11.5,
    "symbolType": "square"
  },
  "range": {
    "category": ["#ec8431", "#829eb1", "#c89d29", "#3580b1", "#adc839", "#ab7fb4"],
    "diverging": ["#e68a4f", "#f4bb6a", "#f9e39c", "#dadfe2", "#a6b7c6", "#849eae"],
    "heatmap": ["#fbf2c7", "#f9e39c", "#f8d36e", "#f4bb6a", "#e68a4f", "#d15a40", "#ab4232"],
    "ordinal": ["#fbf2c7", "#f9e39c", "#f8d36e", "#f4bb6a", "#e68a4f", "#d15a40", "#ab4232"],
    "ramp": ["#fbf2c7", "#f9e39c", "#f8d36e", "#f4bb6a", "#e68a4f", "#d15a40", "#ab4232"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
}
"""#,
        "powerbi": #"""
{
  "description": "Vega's \"powerbi\" theme (vega-themes): Power BI's palette, dotted value gridlines only, no axis lines or ticks",
  "view": {
    "stroke": "transparent"
  },
  "background": "transparent",
  "font": "Segoe UI, sans-serif",
  "axis": {
    "ticks": false,
    "grid": false,
    "domain": false,
    "labelColor": "#605E5C",
    "labelFontSize": 12.0,
    "titleFont": "wf_standard-font, helvetica, arial, sans-serif",
    "titleColor": "#252423",
    "titleFontSize": 16.0,
    "titleFontWeight": "normal"
  },
  "axisQuantitative": {
    "grid": true,
    "gridColor": "#C8C6C4",
    "gridDash": [1, 5]
  },
  "axisX": {
    "labelPadding": 5
  },
  "axisY": {
    "labelPadding": 10
  },
  "mark": {
    "color": "#118DFF"
  },
  "line": {
    "strokeWidth": 3
  },
  "area": {
    "opacity": 0.6
  },
  "text": {
    "fontSize": 12.0
  },
  "point": {
    "filled": true,
    "size": 75
  },
  "legend": {
    "titleFont": "Segoe UI, sans-serif",
    "titleFontWeight": "bold",
    "titleColor": "#605E5C",
    "labelFont": "Segoe UI, sans-serif",
    "labelFontSize": 13.3333,
    "labelColor": "#605E5C",
    "symbolType": "circle",
    "symbolSize": 75
  },
  "range": {
    "category": ["#118DFF", "#12239E", "#E66C37", "#6B007B", "#E044A7", "#744EC2", "#D9B300", "#D64550"],
    "diverging": ["#DEEFFF", "#118DFF"],
    "heatmap": ["#DEEFFF", "#118DFF"],
    "ordinal": ["#DEEFFF", "#c7e4ff", "#b0d9ff", "#9aceff", "#83c3ff", "#6cb9ff", "#55aeff", "#3fa3ff", "#2898ff", "#118DFF"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
}
"""#,
        "quartz": #"""
{
  "description": "Vega's \"quartz\" theme (vega-themes): Quartz's plum palette on #f9f9f9, thin grey axes",
  "background": "#f9f9f9",
  "mark": {
    "color": "#ab5787"
  },
  "point": {
    "size": 30
  },
  "axis": {
    "domainColor": "#979797",
    "domainWidth": 0.5,
    "gridWidth": 0.2,
    "labelColor": "#979797",
    "tickColor": "#979797",
    "titleColor": "#979797"
  },
  "axisBand": {
    "grid": false
  },
  "axisX": {
    "grid": true,
    "tickSize": 10
  },
  "axisY": {
    "domain": false,
    "grid": true,
    "tickSize": 0
  },
  "legend": {
    "labelFontSize": 11,
    "padding": 1,
    "symbolSize": 30,
    "symbolType": "square"
  },
  "range": {
    "category": ["#ab5787", "#51b2e5", "#703c5c", "#168dd9", "#d190b6", "#00609f", "#d365ba", "#154866", "#666666", "#c4c4c4"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"],
    "heatmap": ["#eff9bd", "#dbf1b4", "#bde5b5", "#94d5b9", "#69c5be", "#45b4c2", "#2c9ec0", "#2182b8", "#2163aa", "#23479c", "#1c3185"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
}
"""#,
        "urbaninstitute": #"""
{
  "description": "Vega's \"urbaninstitute\" theme (vega-themes): the Urban Institute's blue, Lato type (DejaVu Sans stands in), legend on the right",
  "background": "#FFFFFF",
  "mark": {
    "color": "#1696d2"
  },
  "line": {
    "strokeWidth": 5
  },
  "point": {
    "filled": true
  },
  "title": {
    "anchor": "start",
    "fontSize": 18,
    "font": "Lato, sans-serif"
  },
  "axis": {
    "labelFontSize": 12,
    "labelFont": "Lato, sans-serif",
    "titleFontSize": 12,
    "titleFont": "Lato, sans-serif"
  },
  "axisX": {
    "domain": true,
    "domainColor": "#000000",
    "domainWidth": 1,
    "grid": false,
    "labelAngle": 0,
    "tickColor": "#000000",
    "tickSize": 5,
    "titlePadding": 10
  },
  "axisY": {
    "domain": false,
    "domainWidth": 1,
    "grid": true,
    "gridColor": "#DEDDDD",
    "gridWidth": 1,
    "labelPadding": 8,
    "ticks": false,
    "titlePadding": 10,
    "titleAngle": 0
  },
  "legend": {
    "labelFontSize": 12,
    "labelFont": "Lato, sans-serif",
    "titleFontSize": 12,
    "titleFont": "Lato, sans-serif",
    "orient": "right",
    "symbolSize": 100,
    "titlePadding": 10,
    "offset": 10
  },
  "view": {
    "stroke": "transparent"
  },
  "text": {
    "fontSize": 11,
    "align": "center"
  },
  "range": {
    "category": ["#1696d2", "#ec008b", "#fdbf11", "#000000", "#d2d2d2", "#55b748"],
    "diverging": ["#ca5800", "#fdbf11", "#fdd870", "#fff2cf", "#cfe8f3", "#73bfe2", "#1696d2", "#0a4c6a"],
    "heatmap": ["#ca5800", "#fdbf11", "#fdd870", "#fff2cf", "#cfe8f3", "#73bfe2", "#1696d2", "#0a4c6a"],
    "ordinal": ["#cfe8f3", "#a2d4ec", "#73bfe2", "#46abdb", "#1696d2", "#12719e"],
    "ramp": ["#CFE8F3", "#A2D4EC", "#73BFE2", "#46ABDB", "#1696D2", "#12719E", "#0A4C6A", "#062635"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
}
"""#,
        "vega-dark": #"""
{
  "description": "Vega's \"dark\" theme (vega-themes): light text on #333; usermeta.embedOptions.theme \"dark\" selects it (--style dark is Chartsmith's own dark style); it sets no category palette, so Vega's default tableau10, as Vega draws it",
  "background": "#333",
  "textColor": "#fff",
  "mutedTextColor": "#fff",
  "axis": {
    "domainColor": "#fff",
    "gridColor": "#888",
    "tickColor": "#fff"
  },
  "range": {
    "category": ["#4c78a8", "#f58518", "#e45756", "#72b7b2", "#54a24b", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"],
    "heatmap": ["#eff9bd", "#dbf1b4", "#bde5b5", "#94d5b9", "#69c5be", "#45b4c2", "#2c9ec0", "#2182b8", "#2163aa", "#23479c", "#1c3185"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true},
  "view": {
    "stroke": "#888"
  }
}
"""#,
        "vox": #"""
{
  "description": "Vega's \"vox\" theme (vega-themes): Vox's slate blue, thin grey gridlines, dashed on y",
  "background": "#fff",
  "mark": {
    "color": "#3e5c69"
  },
  "axis": {
    "domainWidth": 0.5,
    "grid": true,
    "labelPadding": 2,
    "tickSize": 5,
    "titleFontWeight": "normal"
  },
  "axisBand": {
    "grid": false
  },
  "axisX": {
    "gridWidth": 0.2
  },
  "axisY": {
    "gridDash": [3],
    "gridWidth": 0.4
  },
  "legend": {
    "labelFontSize": 11,
    "padding": 1,
    "symbolType": "square"
  },
  "range": {
    "category": ["#3e5c69", "#6793a6", "#182429", "#0570b0", "#3690c0", "#74a9cf", "#a6bddb", "#e2ddf2"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"],
    "heatmap": ["#eff9bd", "#dbf1b4", "#bde5b5", "#94d5b9", "#69c5be", "#45b4c2", "#2c9ec0", "#2182b8", "#2163aa", "#23479c", "#1c3185"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
}
"""#,
    ]
}
