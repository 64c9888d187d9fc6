// Generated from Styles/*.json by the style tests (CHARTSMITH_RECORD_STYLES=1 swift test --filter "Style files").
// Do not edit: edit the JSON files and record again.

extension BuiltInStyles {
    /// Vega's IBM Carbon themes (carbonwhite, carbong10, carbong90, carbong100) as style files' texts, by name.
    static let carbonThemes: [String: String] = [
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
    "heatmap": ["#f6f2ff", "#e8daff", "#d4bbff", "#be95ff", "#a56eff", "#8a3ffc", "#6929c4", "#491d8b", "#31135e", "#1c0f30"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
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
    "heatmap": ["#f6f2ff", "#e8daff", "#d4bbff", "#be95ff", "#a56eff", "#8a3ffc", "#6929c4", "#491d8b", "#31135e", "#1c0f30"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
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
    "heatmap": ["#f6f2ff", "#e8daff", "#d4bbff", "#be95ff", "#a56eff", "#8a3ffc", "#6929c4", "#491d8b", "#31135e", "#1c0f30"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
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
    "heatmap": ["#f6f2ff", "#e8daff", "#d4bbff", "#be95ff", "#a56eff", "#8a3ffc", "#6929c4", "#491d8b", "#31135e", "#1c0f30"],
    "ramp": ["#cfe1f2", "#bed8ec", "#a8cee5", "#8fc1de", "#74b2d7", "#5ba3cf", "#4592c6", "#3181bd", "#206fb2", "#125ca4", "#0a4a90"]
  },
  "axisXQuantitative": {"labelFlush": true},
  "axisXTemporal": {"labelFlush": true}
}
"""#,
    ]
}
