@testable import ChartsmithLayout
import ChartsmithScene
import Testing

/// Issue 18: placing many labels is not quadratic. Measured by the occupancy grid's own
/// accounting (how many placed boxes one check compares against), not by the clock.
@Suite("Label occupancy")
struct OccupancyTests {
    @Test("20,000 axis labels: each check compares against a handful of boxes, and the answers match a plain scan")
    func boundedChecks() {
        var occupancy = Occupancy(canvas: Rect(x: 0, y: 0, width: 400_000, height: 400))
        var placed = 0
        var worst = 0
        for i in 0..<20_000 {
            let box = Rect(x: Double(i) * 20, y: 300, width: i % 3 == 0 ? 30 : 12, height: 10)
            worst = max(worst, occupancy.comparisons(for: box))
            let free = occupancy.isFree(box)
            let scan = !occupancy.boxes.contains { $0.intersects(box.insetBy(-occupancy.gap)) } && occupancy.canvas.contains(box, tolerance: 0.01)
            #expect(free == scan)
            if free { occupancy.add(box); placed += 1 }
        }
        #expect(placed > 10_000)
        #expect(worst <= 16, "a check compared against \(worst) boxes")
    }

    @Test("boxes too large or not finite for the grid are still checked")
    func oddBoxes() {
        var occupancy = Occupancy(canvas: Rect(x: -1e6, y: -1e6, width: 2e6, height: 2e6))
        occupancy.add(Rect(x: -500_000, y: 0, width: 1_000_000, height: 100_000))
        #expect(!occupancy.isFree(Rect(x: 10, y: 10, width: 5, height: 5)))
        occupancy.add(Rect(x: 100, y: -100, width: -50, height: 20))
        #expect(occupancy.isFree(Rect(x: 10, y: -200, width: 5, height: 5)))
    }
}
