import ChartsmithScene

/// A chart's ``MarkObstacles``, collected from its mark layers the first time a label asks
/// and then shared: a chart whose marks get no value labels (a long line) never lists its
/// segments.
final class LazyObstacles {
    private let layers: [SceneNode]
    private var made: MarkObstacles?

    init(layers: [SceneNode]) { self.layers = layers }

    /// The obstacles, collected on first use.
    var obstacles: MarkObstacles {
        if let made { return made }
        let m = MarkObstacles(layers: layers)
        made = m
        return m
    }
}
