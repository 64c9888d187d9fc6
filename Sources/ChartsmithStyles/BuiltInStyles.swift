// Generated from Styles/*.json by the style tests (CHARTSMITH_RECORD_STYLES=1 swift test --filter "Style files").
// Do not edit: edit the JSON files and record again.

/// The repository's `Styles/*.json`, compiled in so the built-in styles work anywhere.
enum BuiltInStyles {
    /// The built-in style names, in listing order.
    static let names: [String] = ["briefing", "print", "slide", "dark", "colorblind", "carbong10", "carbong100", "carbong90", "carbonwhite", "excel", "fivethirtyeight", "ggplot2", "googlecharts", "latimes", "powerbi", "quartz", "urbaninstitute", "vega-dark", "vox"]

    /// Each built-in style's file text, by name.
    static let files: [String: String] = [
        "briefing": #"""
{
  "description": "The default: UK Government Analysis Function chart guidance (left-aligned titles, horizontal gridlines, accessible palette, 12 pt text)",
  "font": "DejaVu Sans",
  "textColor": "#0B0C0C",
  "mutedTextColor": "#505A5F",
  "background": "#FFFFFF",
  "padding": 16,
  "autosize": "pad",
  "locale": "en-GB",
  "size": "gov-uk",
  "title": {
    "anchor": "start",
    "fontSize": 19.2,
    "fontWeight": "bold",
    "subtitleFontSize": 14,
    "subtitleFontWeight": "normal"
  },
  "axis": {
    "labelFontSize": 12,
    "labelFontWeight": "normal",
    "titleFontSize": 12,
    "titleFontWeight": "normal",
    "grid": true,
    "gridColor": "#D9D9D9",
    "gridWidth": 1,
    "gridDash": [],
    "domainColor": "#0B0C0C",
    "domainWidth": 1
  },
  "axisX": {},
  "axisY": {
    "titleAngle": 0
  },
  "legend": {
    "orient": "top",
    "labelFontSize": 12,
    "labelFontWeight": "normal",
    "titleFontSize": 12,
    "titleFontWeight": "bold"
  },
  "range": {
    "category": ["#12436D", "#F46A25", "#801650", "#28A197", "#3D3D3D", "#A285D1"],
    "ordinal": ["#DEEBF7", "#9ECAE1", "#6BACE6", "#2073BC", "#12436D"],
    "ramp": ["#DEEBF7", "#9ECAE1", "#6BACE6", "#2073BC", "#12436D"],
    "diverging": ["#12436D", "#6BACE6", "#F2F2F2", "#F9A77D", "#F46A25"]
  },
  "scale": {
    "bandPaddingInner": 0.25,
    "bandPaddingOuter": 0.15
  },
  "mark": {
    "color": "#12436D"
  },
  "line": {
    "strokeWidth": 2.5
  },
  "view": {
    "continuousWidth": 200,
    "continuousHeight": 200,
    "step": 20,
    "stroke": null
  },
  "footer": {
    "fontSize": 12,
    "fontWeight": "normal"
  },
  "labels": {
    "direct": true,
    "values": true,
    "totals": true,
    "fontSize": 12,
    "fontWeight": "normal"
  },
  "seriesDashes": [],
  "separator": null
}
"""#,
        "print": #"""
{
  "description": "Print: half an A4 page (160 × 100 mm), 9 pt type, thin lines, CMYK-safe colours that alternate dark and light, dashed line series for greyscale",
  "extends": "briefing",
  "autosize": "fit",
  "size": "a4-half",
  "padding": 6,
  "textColor": "#000000",
  "mutedTextColor": "#4D4D4D",
  "title": {
    "fontSize": 12,
    "subtitleFontSize": 9.5
  },
  "axis": {
    "labelFontSize": 9,
    "titleFontSize": 9,
    "gridColor": "#BFBFBF",
    "gridWidth": 0.5,
    "domainColor": "#000000",
    "domainWidth": 0.75
  },
  "legend": {
    "labelFontSize": 9,
    "titleFontSize": 9
  },
  "range": {
    "category": ["#223B6A", "#C6862C", "#652953", "#459C94", "#383838", "#7695BC"],
    "ordinal": ["#E1E8F0", "#A9BDD6", "#7695BC", "#4A6A98", "#223B6A"],
    "ramp": ["#E1E8F0", "#A9BDD6", "#7695BC", "#4A6A98", "#223B6A"],
    "diverging": ["#223B6A", "#7695BC", "#F2F2F2", "#E0B577", "#C6862C"]
  },
  "scale": {
    "bandPaddingInner": 0.3
  },
  "mark": {
    "color": "#223B6A"
  },
  "line": {
    "strokeWidth": 1.5
  },
  "footer": {
    "fontSize": 8
  },
  "labels": {
    "fontSize": 9
  },
  "seriesDashes": [[], [16, 4], [10, 4], [8, 4, 2, 4]],
  "separator": {
    "color": "#FFFFFF",
    "width": 0.75
  }
}
"""#,
        "slide": #"""
{
  "description": "Slides: 16:9 (640 × 360 pt, 1280 × 720 px with --size slide), large type for the back of the room, bold lines",
  "extends": "briefing",
  "autosize": "fit",
  "size": "slide",
  "padding": 20,
  "title": {
    "fontSize": 22,
    "subtitleFontSize": 15
  },
  "axis": {
    "labelFontSize": 14,
    "titleFontSize": 14,
    "gridColor": "#D9D9D9",
    "gridWidth": 1.25,
    "domainWidth": 1.5
  },
  "legend": {
    "labelFontSize": 14,
    "titleFontSize": 14
  },
  "scale": {
    "bandPaddingInner": 0.2
  },
  "line": {
    "strokeWidth": 4
  },
  "footer": {
    "fontSize": 11
  },
  "labels": {
    "fontSize": 14
  }
}
"""#,
        "dark": #"""
{
  "description": "Dark: light text and bright colours on a deep slate background, for dark slide decks and dashboards",
  "extends": "briefing",
  "background": "#14202B",
  "textColor": "#F3F2F1",
  "mutedTextColor": "#B1B4B6",
  "axis": {
    "gridColor": "#33414F",
    "domainColor": "#B1B4B6"
  },
  "range": {
    "category": ["#B0D3F2", "#C4480A", "#F7D47A", "#1F7E76", "#E0CDF4", "#D62462"],
    "ordinal": ["#1F3A52", "#2E6690", "#4F93C8", "#86BCE8", "#C9E3F8"],
    "ramp": ["#1F3A52", "#2E6690", "#4F93C8", "#86BCE8", "#C9E3F8"],
    "diverging": ["#86BCE8", "#4F93C8", "#3A4652", "#E07A3F", "#F7B27A"]
  },
  "mark": {
    "color": "#B0D3F2"
  },
  "separator": {
    "width": 1.5
  }
}
"""#,
        "colorblind": #"""
{
  "description": "Colour-blind safe: the Okabe–Ito palette, dashed line series, and outlines between stacked segments",
  "extends": "briefing",
  "range": {
    "category": ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"]
  },
  "mark": {
    "color": "#0072B2"
  },
  "seriesDashes": [[], [16, 4], [10, 4], [8, 4, 2, 4]],
  "separator": {
    "color": "#FFFFFF",
    "width": 1.5
  }
}
"""#,
        "carbong10": #"""
{
  "description": "Vega's \"carbong10\" theme (vega-themes): IBM's Carbon light theme (IBM Plex Sans; DejaVu Sans stands in)",
  "background": "#f4f4f4",
  "textColor": "#161616",
  "mutedTextColor": "#161616",
  "mark": {
    "color": "#6929c4"
  },
  "view": {
    "fill": "#ffffff",
    "stroke": "#ffffff"
  },
  "title": {
    "anchor": "start",
    "fontSize": 16,
    "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
    "fontWeight": 600
  },
  "axis": {
    "labelFontSize": 12,
    "grid": true,
    "gridColor": "#525252"
  },
  "axisX": {
    "labelAngle": 0
  },
  "style": {
    "guide-label": {
      "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
      "fontWeight": 400
    },
    "guide-title": {
      "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
      "fontWeight": 400
    }
  },
  "range": {
    "category": ["#6929c4", "#1192e8", "#005d5d", "#9f1853", "#fa4d56", "#570408", "#198038", "#002d9c", "#ee538b", "#b28600", "#009d9a", "#012749", "#8a3800", "#a56eff"],
    "diverging": ["#750e13", "#a2191f", "#da1e28", "#fa4d56", "#ff8389", "#ffb3b8", "#ffd7d9", "#fff1f1", "#e5f6ff", "#bae6ff", "#82cfff", "#33b1ff", "#1192e8", "#0072c3", "#00539a", "#003a6d"],
    "heatmap": ["#f6f2ff", "#e8daff", "#d4bbff", "#be95ff", "#a56eff", "#8a3ffc", "#6929c4", "#491d8b", "#31135e", "#1c0f30"]
  }
}
"""#,
        "carbong100": #"""
{
  "description": "Vega's \"carbong100\" theme (vega-themes): IBM's Carbon dark theme (IBM Plex Sans; DejaVu Sans stands in)",
  "background": "#161616",
  "textColor": "#f4f4f4",
  "mutedTextColor": "#f4f4f4",
  "mark": {
    "color": "#d4bbff"
  },
  "view": {
    "fill": "#161616",
    "stroke": "#161616"
  },
  "title": {
    "anchor": "start",
    "fontSize": 16,
    "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
    "fontWeight": 600
  },
  "axis": {
    "labelFontSize": 12,
    "grid": true,
    "gridColor": "#525252"
  },
  "axisX": {
    "labelAngle": 0
  },
  "style": {
    "guide-label": {
      "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
      "fontWeight": 400
    },
    "guide-title": {
      "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
      "fontWeight": 400
    }
  },
  "range": {
    "category": ["#8a3ffc", "#33b1ff", "#007d79", "#ff7eb6", "#fa4d56", "#fff1f1", "#6fdc8c", "#4589ff", "#d12771", "#d2a106", "#08bdba", "#bae6ff", "#ba4e00", "#d4bbff"],
    "diverging": ["#750e13", "#a2191f", "#da1e28", "#fa4d56", "#ff8389", "#ffb3b8", "#ffd7d9", "#fff1f1", "#e5f6ff", "#bae6ff", "#82cfff", "#33b1ff", "#1192e8", "#0072c3", "#00539a", "#003a6d"],
    "heatmap": ["#f6f2ff", "#e8daff", "#d4bbff", "#be95ff", "#a56eff", "#8a3ffc", "#6929c4", "#491d8b", "#31135e", "#1c0f30"]
  }
}
"""#,
        "carbong90": #"""
{
  "description": "Vega's \"carbong90\" theme (vega-themes): IBM's Carbon dark theme (IBM Plex Sans; DejaVu Sans stands in)",
  "background": "#262626",
  "textColor": "#f4f4f4",
  "mutedTextColor": "#f4f4f4",
  "mark": {
    "color": "#d4bbff"
  },
  "view": {
    "fill": "#161616",
    "stroke": "#161616"
  },
  "title": {
    "anchor": "start",
    "fontSize": 16,
    "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
    "fontWeight": 600
  },
  "axis": {
    "labelFontSize": 12,
    "grid": true,
    "gridColor": "#525252"
  },
  "axisX": {
    "labelAngle": 0
  },
  "style": {
    "guide-label": {
      "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
      "fontWeight": 400
    },
    "guide-title": {
      "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
      "fontWeight": 400
    }
  },
  "range": {
    "category": ["#8a3ffc", "#33b1ff", "#007d79", "#ff7eb6", "#fa4d56", "#fff1f1", "#6fdc8c", "#4589ff", "#d12771", "#d2a106", "#08bdba", "#bae6ff", "#ba4e00", "#d4bbff"],
    "diverging": ["#750e13", "#a2191f", "#da1e28", "#fa4d56", "#ff8389", "#ffb3b8", "#ffd7d9", "#fff1f1", "#e5f6ff", "#bae6ff", "#82cfff", "#33b1ff", "#1192e8", "#0072c3", "#00539a", "#003a6d"],
    "heatmap": ["#f6f2ff", "#e8daff", "#d4bbff", "#be95ff", "#a56eff", "#8a3ffc", "#6929c4", "#491d8b", "#31135e", "#1c0f30"]
  }
}
"""#,
        "carbonwhite": #"""
{
  "description": "Vega's \"carbonwhite\" theme (vega-themes): IBM's Carbon light theme (IBM Plex Sans; DejaVu Sans stands in)",
  "background": "#ffffff",
  "textColor": "#161616",
  "mutedTextColor": "#161616",
  "mark": {
    "color": "#6929c4"
  },
  "view": {
    "fill": "#ffffff",
    "stroke": "#ffffff"
  },
  "title": {
    "anchor": "start",
    "fontSize": 16,
    "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
    "fontWeight": 600
  },
  "axis": {
    "labelFontSize": 12,
    "grid": true,
    "gridColor": "#525252"
  },
  "axisX": {
    "labelAngle": 0
  },
  "style": {
    "guide-label": {
      "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
      "fontWeight": 400
    },
    "guide-title": {
      "font": "IBM Plex Sans,system-ui,-apple-system,BlinkMacSystemFont,sans-serif",
      "fontWeight": 400
    }
  },
  "range": {
    "category": ["#6929c4", "#1192e8", "#005d5d", "#9f1853", "#fa4d56", "#570408", "#198038", "#002d9c", "#ee538b", "#b28600", "#009d9a", "#012749", "#8a3800", "#a56eff"],
    "diverging": ["#750e13", "#a2191f", "#da1e28", "#fa4d56", "#ff8389", "#ffb3b8", "#ffd7d9", "#fff1f1", "#e5f6ff", "#bae6ff", "#82cfff", "#33b1ff", "#1192e8", "#0072c3", "#00539a", "#003a6d"],
    "heatmap": ["#f6f2ff", "#e8daff", "#d4bbff", "#be95ff", "#a56eff", "#8a3ffc", "#6929c4", "#491d8b", "#31135e", "#1c0f30"]
  }
}
"""#,
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
    "labelFontSize": 11
  },
  "range": {
    "category": ["#4572a7", "#aa4643", "#8aa453", "#71598e", "#4598ae", "#d98445", "#94aace", "#d09393", "#b9cc98", "#a99cbc"]
  }
}
"""#,
        "fivethirtyeight": #"""
{
  "description": "Vega's \"fivethirtyeight\" theme (vega-themes): grey #f0f0f0 canvas and plot, light grey gridlines, large left-aligned title",
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
    "titleFontSize": 14
  },
  "range": {
    "category": ["#30a2da", "#fc4f30", "#e5ae38", "#6d904f", "#8b8b8b", "#b96db8", "#ff9e27", "#56cc60", "#52d2ca", "#52689e", "#545454", "#9fe4f8"],
    "diverging": ["#cc0020", "#e77866", "#f6e7e1", "#d6e8ed", "#91bfd9", "#1d78b5"],
    "heatmap": ["#d6e8ed", "#cee0e5", "#91bfd9", "#549cc6", "#1d78b5"]
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
    "labelFontSize": 11
  },
  "range": {
    "category": ["#000000", "#7F7F7F", "#1A1A1A", "#999999", "#333333", "#B0B0B0", "#4D4D4D", "#C9C9C9", "#666666", "#DCDCDC"]
  }
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
    "heatmap": ["#c6dafc", "#5e97f6", "#2a56c6"]
  }
}
"""#,
        "latimes": #"""
{
  "description": "Vega's \"latimes\" theme (vega-themes): the Los Angeles Times' light blue, Benton Gothic type (DejaVu Sans stands in)",
  "background": "#ffffff",
  "mark": {
    "color": "#82c6df"
  },
  "point": {
    "size": 30
  },
  "title": {
    "fontSize": 24,
    "font": "Benton Gothic Bold, sans",
    "anchor": "start",
    "fontWeight": "normal"
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
    "labelFontSize": 11.5
  }
}
"""#,
        "powerbi": #"""
{
  "description": "Vega's \"powerbi\" theme (vega-themes): Power BI's palette, dotted value gridlines only, no axis lines or ticks",
  "view": {
    "stroke": "transparent"
  },
  "background": "transparent",
  "font": "Segoe UI",
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
    "titleFont": "Segoe UI",
    "titleFontWeight": "bold",
    "titleColor": "#605E5C",
    "labelFont": "Segoe UI",
    "labelFontSize": 13.3333,
    "labelColor": "#605E5C"
  },
  "range": {
    "category": ["#118DFF", "#12239E", "#E66C37", "#6B007B", "#E044A7", "#744EC2", "#D9B300", "#D64550"],
    "diverging": ["#DEEFFF", "#118DFF"],
    "heatmap": ["#DEEFFF", "#118DFF"],
    "ordinal": ["#DEEFFF", "#c7e4ff", "#b0d9ff", "#9aceff", "#83c3ff", "#6cb9ff", "#55aeff", "#3fa3ff", "#2898ff", "#118DFF"]
  }
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
    "labelFontSize": 11
  },
  "range": {
    "category": ["#ab5787", "#51b2e5", "#703c5c", "#168dd9", "#d190b6", "#00609f", "#d365ba", "#154866", "#666666", "#c4c4c4"]
  }
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
    "font": "Lato"
  },
  "axis": {
    "labelFontSize": 12,
    "labelFont": "Lato",
    "titleFontSize": 12,
    "titleFont": "Lato"
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
    "labelFont": "Lato",
    "titleFontSize": 12,
    "titleFont": "Lato",
    "orient": "right"
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
  }
}
"""#,
        "vega-dark": #"""
{
  "description": "Vega's \"dark\" theme (vega-themes): light text on #333; usermeta.embedOptions.theme \"dark\" selects it (--style dark is Chartsmith's own dark style)",
  "background": "#333",
  "textColor": "#fff",
  "mutedTextColor": "#fff",
  "axis": {
    "domainColor": "#fff",
    "gridColor": "#888",
    "tickColor": "#fff"
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
    "labelFontSize": 11
  },
  "range": {
    "category": ["#3e5c69", "#6793a6", "#182429", "#0570b0", "#3690c0", "#74a9cf", "#a6bddb", "#e2ddf2"]
  }
}
"""#,
    ]
}
