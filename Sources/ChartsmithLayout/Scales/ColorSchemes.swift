import ChartsmithScene
import ChartsmithSpec

/// Vega's named colour schemes: the categorical palettes exactly, and the sequential and
/// diverging ramps as evenly spaced stops that are interpolated between.
enum Schemes {
    /// The default ramp for continuous colour when no scheme is named (Analysis Function blues).
    static let sequential = ["#deebf7", "#9ecae1", "#6BACE6", "#2073BC", "#12436D"].map { Color(hex: $0)! }

    static let categorical: [String: String] = [
        "accent": "7fc97fbeaed4fdc086ffff99386cb0f0027fbf5b17666666",
        "category10": "1f77b4ff7f0e2ca02cd627289467bd8c564be377c27f7f7fbcbd2217becf",
        "category20": "1f77b4aec7e8ff7f0effbb782ca02c98df8ad62728ff98969467bdc5b0d58c564bc49c94e377c2f7b6d27f7f7fc7c7c7bcbd22dbdb8d17becf9edae5",
        "category20b": "393b795254a36b6ecf9c9ede6379398ca252b5cf6bcedb9c8c6d31bd9e39e7ba52e7cb94843c39ad494ad6616be7969c7b4173a55194ce6dbdde9ed6",
        "category20c": "3182bd6baed69ecae1c6dbefe6550dfd8d3cfdae6bfdd0a231a35474c476a1d99bc7e9c0756bb19e9ac8bcbddcdadaeb636363969696bdbdbdd9d9d9",
        "dark2": "1b9e77d95f027570b3e7298a66a61ee6ab02a6761d666666",
        "paired": "a6cee31f78b4b2df8a33a02cfb9a99e31a1cfdbf6fff7f00cab2d66a3d9affff99b15928",
        "pastel1": "fbb4aeb3cde3ccebc5decbe4fed9a6ffffcce5d8bdfddaecf2f2f2",
        "pastel2": "b3e2cdfdcdaccbd5e8f4cae4e6f5c9fff2aef1e2cccccccc",
        "set1": "e41a1c377eb84daf4a984ea3ff7f00ffff33a65628f781bf999999",
        "set2": "66c2a5fc8d628da0cbe78ac3a6d854ffd92fe5c494b3b3b3",
        "set3": "8dd3c7ffffb3bebadafb807280b1d3fdb462b3de69fccde5d9d9d9bc80bdccebc5ffed6f",
        "tableau10": "4c78a8f58518e4575672b7b254a24beeca3bb279a2ff9da69d755dbab0ac",
        "tableau20": "4c78a89ecae9f58518ffbf7954a24b88d27ab79a20f2cf5b43989483bcb6e45756ff9d9879706ebab0acd67195fcbfd2b279a2d6a5c99e765fd8b5a5",
        "observable10": "4269d0efb118ff725c6cc5b03ca951ff8ab7a463f297bbf59c6b4e9498a0",
        "okabeito": "e69f0056b4e9009e73f0e4420072b2d55e00cc79a7000000",
        "analysisfunction": "12436d28a197801650f46a253d3d3da285d1",
    ]

    static let ramps: [String: String] = [
        "blues": "cfe1f293c4de4a98c91764ab08306b",
        "tealblues": "bce4d889c0c75d9cb43e779c1d4b6e",
        "teals": "bbdfdf7cc4c34aa5a4278888005959",
        "greens": "d3eecd98d5944bb062157f3b00441b",
        "browns": "eedbbdd7ae7fbd8548975b2f5c3714",
        "oranges": "fdd8b3fdae6bf3701bc541027f2704",
        "reds": "fdcab5fc8a6af14432bc141a67000d",
        "purples": "e2e1efb6b5d88683bd61409b3f007d",
        "warmgreys": "dcd4d0b3aaa68a827f645d5a403b39",
        "greys": "e2e2e2b5b5b57a7a7a404040000000",
        "viridis": "4401543b528b21918c5ec962fde725",
        "magma": "00000451127cb73779fc8961fcfdbf",
        "inferno": "00000457106ebc3754f98e09fcffa4",
        "plasma": "0d08877e03a8cc4778f89540f0f921",
        "cividis": "00204d414d6b7c7b78bcaf6ffde737",
        "turbo": "23171b4a58dd2fb9d6a3fe3cf9a91e900c00",
        "bluegreen": "d5efed97d6cb56b89e23875a00441b",
        "bluepurple": "ccddec9bb4d78c8cc0893ca14d004b",
        "goldgreen": "f4d166b8c7657fb36c4a9978146c7a",
        "goldorange": "f4d166f1b45ae6914cd26b43b24c3a",
        "goldred": "f4d166f0a95ae37e4ec9503ba2262a",
        "greenblue": "d3eecea5dbbb6bc3c43d98c5084081",
        "orangered": "fddcaffdb07ff17c4acf3a25a10a04",
        "purplebluegreen": "dbd8eaa7bfdc67a9cf1c8d9f014636",
        "purpleblue": "dbdaeba7bddb6a9cc8267bb4034e7b",
        "purplered": "e5cce4d3a1cfdd66aace2374980043",
        "redpurple": "fcd6d3f9a4b6f0649fae017e49006a",
        "yellowgreenblue": "eff9bda1dab441b6c42c7fb8253494",
        "yellowgreen": "e4f4acaddd8e6dc06a289f4f004529",
        "yelloworangebrown": "feeaa1fec44ff38a2bc6570e662506",
        "yelloworangered": "fee087fda34efa5b2ed12120800026",
        "darkblue": "3232322d4668255d9f2e88d3a6d6f5",
        "darkgold": "3c3c3c58512c8b6f27c59a33fbd678",
        "darkgreen": "3a3a3a2b5330227b4a4fa66cabd8a0",
        "darkmulti": "3737371f5287197d8c29a86995ce3f",
        "darkred": "3434347d2e2ab9312bde5e3aef9c7b",
        "lightgreyred": "efe9e6e1c7b7d89e8bc77466ac4b48",
        "lightgreyteal": "e4eaead3d6d39abfc0759ea73e7e8c",
        "lightmulti": "e0f1f2c4d9c6c7c58ce2a65ae47e5c",
        "lightorange": "f2e7dafbd3a8f6b072e7883bc06533",
        "lighttealblue": "e3e9e0b6d9c990c3bd5b9bb1396696",
        "blueorange": "134b857eb0d5f7f7f7f6a35c8c3a00",
        "brownbluegreen": "704108c8a057f5f5f156b1a5004b40",
        "purplegreen": "5b1667ac7ec0f7f7f77dc07b0f5b27",
        "pinkyellowgreen": "8e0152df7bb2f7f7f786c0432c6419",
        "purpleorange": "114f2a8f8fc0f7f7f7f3a047843c02",
        "redblue": "8c0d25e0806af7f7f772a7d01b3c8e",
        "redgrey": "8c0d25e0806af8f8f8a9a9a94d4d4d",
        "redyellowblue": "a50026f88d52ffffbf7fb6d6313695",
        "redyellowgreen": "a50026f88d52ffffbf8acd66006837",
        "spectral": "9e0142f88d52ffffbf88d0a45e4fa2",
        "rainbow": "6e40aaee4395ff8c38afef5a1ac7c2",
        "sinebow": "ff4040a0ea1a0bcbd56f1bf4ff4040",
    ]

    static func parse(_ hex: String) -> [Color] {
        let chars = Array(hex)
        return stride(from: 0, to: chars.count - 5, by: 6).map { Color(hex: "#" + String(chars[$0..<$0 + 6]))! }
    }

    /// Every scheme name Chartsmith knows.
    static var names: [String] { (Array(categorical.keys) + Array(ramps.keys)).sorted() }

    static func isCategorical(_ name: String) -> Bool { categorical[name.lowercased()] != nil }

    /// The colours of a scheme: a palette's list, or a ramp's stops.
    static func colors(_ name: String) throws -> [Color] {
        let key = name.lowercased()
        if let c = categorical[key] { return parse(c) }
        if let r = ramps[key] { return parse(r) }
        let suggestion = Suggest.closest(to: name, in: names)
        throw LayoutError("unknown colour scheme \"\(name)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""))
    }

    /// `count` colours sampled evenly from a scheme (a ramp is interpolated; a palette is
    /// used in order), within `extent` of the ramp.
    static func sample(_ name: String, count: Int, extent: [Double]?) throws -> [Color] {
        let list = try colors(name)
        if isCategorical(name) { return list }
        let lo = extent?.first ?? 0, hi = extent?.last ?? 1
        guard count > 1 else { return [ColorScale.interpolate(list, (lo + hi) / 2)] }
        return (0..<count).map { ColorScale.interpolate(list, lo + (hi - lo) * Double($0) / Double(count - 1)) }
    }
}
