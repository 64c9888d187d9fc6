import ChartsmithSpec

/// The faceted view's own `transform`s, run as Vega-Lite runs them: before the data is
/// split into the facet's groups (Vega-Lite's optimiser moves the facet below them), with
/// the facet fields added to the groups of `aggregate`, `joinaggregate`, `window` and
/// `stack`, so those still work group by group, while a `bin`'s extent or a `sample` spans
/// all the rows. A `calculate` there may so make the field the facet splits by.
///
/// A transform that returns rows without a facet field (a `density`, `regression`,
/// `loess`, `quantile` or `pivot` not grouped by it) leaves Vega-Lite one group named
/// "undefined"; Chartsmith refuses it with a located error instead.
enum FacetTransforms {
    /// The transform with the facet fields `keys` added to its groups, where Vega-Lite adds them.
    static func perGroup(_ t: Transform, keys: [String]) -> Transform {
        func add(_ g: [String]) -> [String] { g + keys.filter { !g.contains($0) } }
        switch t {
        case .aggregate(let ops, let g): return .aggregate(ops: ops, groupby: add(g))
        case .joinaggregate(let ops, let g): return .joinaggregate(ops: ops, groupby: add(g))
        case .window(let ops, let sort, let g, let frame): return .window(ops: ops, sort: sort, groupby: add(g), frame: frame)
        case .stack(let f, let g, let offset, let sort, let start, let end):
            return .stack(field: f, groupby: add(g), offset: offset, sort: sort, start: start, end: end)
        default: return t
        }
    }

    /// The view's transforms as they run before the split, after checking that none loses
    /// a facet field.
    static func beforeSplit(_ inner: ChartSpec, keys: [String]) throws -> [Transform] {
        for (i, t) in inner.transforms.enumerated() {
            guard let (name, groupby) = Self.replacesRows(t), let lost = keys.first(where: { !groupby.contains($0) }) else { continue }
            let at = i < inner.transformSources.count ? inner.transformSources[i] : nil
            throw Diagnostic(message: "the faceted view's transform[\(i)] (\(name)) returns rows without the facet field \"\(lost)\": "
                                 + "Vega-Lite splits the data after the view's own transforms, so every row would fall in one group named \"undefined\"; "
                                 + "add \"\(lost)\" to its \"groupby\" to compute it for each group",
                             location: at?.location, path: at?.path)
        }
        return inner.transforms.map { perGroup($0, keys: keys) }
    }

    /// A transform that returns new rows holding only its `groupby` fields and its results:
    /// its name and its groups.
    static func replacesRows(_ t: Transform) -> (String, [String])? {
        switch t {
        case .density(let d): ("density", d.groupby)
        case .regression(let r): ("regression", r.groupby)
        case .loess(let l): ("loess", l.groupby)
        case .quantile(let q): ("quantile", q.groupby)
        case .pivot(let p): ("pivot", p.groupby)
        default: nil
        }
    }
}
