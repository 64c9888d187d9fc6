import ChartsmithSpec

extension RenderLimits {
    /// The name of each limit for `--limit NAME=VALUE`, with a one-line explanation.
    public static let optionNames: [(name: String, help: String)] = [
        ("canvas-side", "largest canvas width or height, in points"),
        ("canvas-area", "largest canvas area, in square points"),
        ("pixels-side", "largest raster width or height, in pixels after scaling"),
        ("pixels", "largest raster, in pixels after scaling"),
        ("scale", "largest --scale"),
        ("rows", "most rows in one data source or transformed table"),
        ("cells", "most cells (rows × fields) in one data source or transformed table"),
        ("series", "most layers or distinct series values"),
        ("panels", "most panels (cells) in a facet, concat or repeat"),
        ("label-length", "most characters in one piece of text"),
        ("data-bytes", "largest data file, in bytes"),
        ("time", "most seconds for one spec in render, batch and watch"),
    ]

    /// A problem with a `NAME=VALUE` limit setting.
    public struct OverrideError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// These limits with `NAME=VALUE` settings applied in order, for example
    /// `["rows=5000000", "time=300"]`. Values are positive numbers; counts must be whole.
    public func overriding(_ settings: [String]) throws(OverrideError) -> RenderLimits {
        var limits = self
        for setting in settings {
            try limits.set(setting)
        }
        return limits
    }

    /// Applies one `NAME=VALUE` setting.
    public mutating func set(_ setting: String) throws(OverrideError) {
        let names = Self.optionNames.map(\.name)
        guard let eq = setting.firstIndex(of: "=") else {
            throw OverrideError(description: "limit \"\(setting)\" is not NAME=VALUE; names: \(names.joined(separator: ", "))")
        }
        let name = setting[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
        let text = setting[setting.index(after: eq)...].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
        guard names.contains(name) else {
            let hint = Suggest.closest(to: name, in: names).map { "; did you mean \"\($0)\"?" } ?? ""
            throw OverrideError(description: "unknown limit \"\(name)\"\(hint) (names: \(names.joined(separator: ", ")))")
        }
        guard let value = Double(text), value.isFinite, value > 0 else {
            throw OverrideError(description: "limit \(name) must be a positive number (got \"\(text)\")")
        }
        func count() throws(OverrideError) -> Int {
            guard value == value.rounded(), value <= Double(Int.max / 2) else {
                throw OverrideError(description: "limit \(name) must be a whole number (got \"\(text)\")")
            }
            return Int(value)
        }
        switch name {
        case "canvas-side": maxCanvasSide = value
        case "canvas-area": maxCanvasArea = value
        case "pixels-side": maxPixelsPerSide = try count()
        case "pixels": maxPixelCount = try count()
        case "scale": maxScale = value
        case "rows": maxRows = try count()
        case "cells": maxCells = try count()
        case "series": maxSeries = try count()
        case "panels": maxPanels = try count()
        case "label-length": maxLabelLength = try count()
        case "data-bytes": maxDataFileBytes = try count()
        default: timeLimit = value
        }
    }
}
