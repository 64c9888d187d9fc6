/// A guide's label and title text look (colour, size, weight) as an axis and a legend both
/// hold it, so one decoder reads and one encoder writes the six keys for either.
protocol GuideTextLook {
    var labelColor: ConfigColor? { get set }
    var labelFontSize: Double? { get set }
    var labelBold: Bool? { get set }
    var titleColor: ConfigColor? { get set }
    var titleFontSize: Double? { get set }
    var titleBold: Bool? { get set }
}

extension AxisLook: GuideTextLook {}
extension LegendLook: GuideTextLook {}
