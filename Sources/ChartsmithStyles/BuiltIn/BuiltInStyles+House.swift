// Generated from Styles/*.json by the style tests (CHARTSMITH_RECORD_STYLES=1 swift test --filter "Style files").
// Do not edit: edit the JSON files and record again.

extension BuiltInStyles {
    /// Chartsmith's own house styles' file texts, by name.
    static let houseStyles: [String: String] = [
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
        "govuk-liberation": #"""
{
  "description": "The briefing style set in Liberation Sans (Debian fonts-liberation2), metric-compatible with Arial, the typeface of UK government publications",
  "extends": "briefing",
  "fonts": [
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-BoldItalic.ttf"
  ],
  "font": "Arial, Liberation Sans, sans-serif"
}
"""#,
    ]
}
