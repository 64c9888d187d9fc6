/// The Chartsmith release, recorded in batch manifests so that a new release re-renders
/// everything (its output may differ even for unchanged specs).
public enum ChartsmithVersion {
    /// The version string, e.g. `"0.1.0"`. Bump it with every release that changes output.
    public static let current = "0.1.0-dev"
}
