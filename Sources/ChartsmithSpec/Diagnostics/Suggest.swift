/// "Did you mean ...?" suggestions for misspelt keys and values.
public enum Suggest {
    /// The candidate closest to `word`, or nil when none is close enough to be a
    /// plausible misspelling.
    ///
    /// Closeness is the Damerau–Levenshtein distance (insertions, deletions,
    /// substitutions and swaps of adjacent letters each count one), ignoring case.
    /// A candidate is suggested only when its distance is at most a third of the
    /// word's length (at least 1) and smaller than both words' lengths, so
    /// `colour` gives `color`, `feild` gives `field`, `quantitive` gives
    /// `quantitative` and `centre` gives `center`, while `xyz` gives nothing.
    /// Ties go to the candidate listed first.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        guard !target.isEmpty else { return nil }
        let threshold = max(1, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            guard !other.isEmpty, abs(other.count - target.count) <= threshold else { continue }
            let limit = min(threshold, best.map { $0.distance - 1 } ?? threshold)
            guard limit >= 0 else { break }
            let d = distance(target, other)
            guard d <= limit, d < target.count, d < other.count else { continue }
            best = (candidate, d)
        }
        return best?.candidate
    }

    /// The Damerau–Levenshtein distance between two words, ignoring case.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a.lowercased()), Array(b.lowercased()))
    }

    /// The optimal-string-alignment form of the Damerau–Levenshtein distance.
    static func distance<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
