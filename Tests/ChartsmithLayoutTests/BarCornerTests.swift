import ChartsmithScene
import Testing

/// Rounded bars as Vega-Lite 5 draws them: `cornerRadius` on every corner, `cornerRadiusEnd`
/// on the value end only, single corners one by one, and a stack rounded as a whole.
@Suite("Rounded bar corners")
struct BarCornerTests {
    func bars(_ mark: String, encoding: String, values: String) -> String {
        """
        {"data": {"values": \(values)}, "width": 200, "height": 200, "mark": \(mark),
         "encoding": \(encoding)}
        """
    }

    let simple = ##"[{"a": "A", "b": 28}, {"a": "B", "b": -15}, {"a": "C", "b": 43}]"##
    let vertical = ##"{"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}"##
    let horizontal = ##"{"y": {"field": "a", "type": "nominal"}, "x": {"field": "b", "type": "quantitative"}}"##

    func bar(_ s: Scene, _ a: String) throws -> RectNode {
        try #require(s.rects(.mark).first { $0.name?.split(separator: " ").contains("a=\(a)") == true })
    }

    @Test("cornerRadius rounds all four corners of each bar")
    func all() throws {
        let s = try scene(bars(##"{"type": "bar", "cornerRadius": 4}"##, encoding: vertical, values: simple))
        #expect(try bar(s, "A").effectiveRadii == CornerRadii(all: 4))
        #expect(try bar(s, "B").effectiveRadii == CornerRadii(all: 4))
    }

    @Test("cornerRadiusEnd rounds the top of a positive vertical bar and the bottom of a negative one (bar_corner_radius_end)")
    func endVertical() throws {
        let s = try scene(bars(##"{"type": "bar", "cornerRadiusEnd": 4}"##, encoding: vertical, values: simple))
        #expect(try bar(s, "A").effectiveRadii == CornerRadii(topLeft: 4, topRight: 4))
        #expect(try bar(s, "B").effectiveRadii == CornerRadii(bottomRight: 4, bottomLeft: 4))
    }

    @Test("cornerRadiusEnd rounds the right end of a positive horizontal bar and the left end of a negative one")
    func endHorizontal() throws {
        let s = try scene(bars(##"{"type": "bar", "cornerRadiusEnd": 3}"##, encoding: horizontal, values: simple))
        #expect(try bar(s, "A").effectiveRadii == CornerRadii(topRight: 3, bottomRight: 3))
        #expect(try bar(s, "B").effectiveRadii == CornerRadii(topLeft: 3, bottomLeft: 3))
    }

    @Test("cornerRadiusEnd on a ranged bar (y2) rounds both ends; other corners keep cornerRadius")
    func endRangedAndFallback() throws {
        let ranged = try scene(bars(##"{"type": "bar", "cornerRadiusEnd": 5}"##,
                                    encoding: ##"{"x": {"field": "a", "type": "nominal"}, "y": {"field": "lo", "type": "quantitative"}, "y2": {"field": "b"}}"##,
                                    values: ##"[{"a": "A", "lo": 10, "b": 40}]"##))
        #expect(try bar(ranged, "A").effectiveRadii == CornerRadii(all: 5))
        let mixed = try scene(bars(##"{"type": "bar", "cornerRadius": 2, "cornerRadiusEnd": 6}"##, encoding: vertical, values: simple))
        #expect(try bar(mixed, "A").effectiveRadii == CornerRadii(topLeft: 6, topRight: 6, bottomRight: 2, bottomLeft: 2))
    }

    @Test("single corners round only themselves")
    func singleCorners() throws {
        let s = try scene(bars(##"{"type": "bar", "cornerRadiusTopLeft": 6, "cornerRadiusBottomRight": 2}"##, encoding: vertical, values: simple))
        #expect(try bar(s, "C").effectiveRadii == CornerRadii(topLeft: 6, bottomRight: 2))
    }

    // MARK: Stacks

    let stackValues = ##"""
        [{"m": "Jan", "w": "sun", "n": 30}, {"m": "Jan", "w": "rain", "n": 20}, {"m": "Jan", "w": "fog", "n": 10},
         {"m": "Feb", "w": "sun", "n": 25}, {"m": "Feb", "w": "rain", "n": 5}]
        """##
    let stackEncoding = ##"{"x": {"field": "m", "type": "ordinal", "sort": null}, "y": {"field": "n", "type": "quantitative"}, "color": {"field": "w", "type": "nominal"}}"##

    @Test("a stack is rounded as a whole: square parts in a group clipped to the stack's rounded outline (stacked_bar_count_corner_radius_mark)")
    func stackRoundedAsWhole() throws {
        let s = try scene(bars(##"{"type": "bar", "cornerRadiusTopLeft": 3, "cornerRadiusTopRight": 3}"##, encoding: stackEncoding, values: stackValues))
        let parts = s.rects(.mark)
        #expect(parts.count == 5)
        #expect(parts.allSatisfy { $0.effectiveRadii.isZero })
        let stacks = s.groups.filter { $0.clip != nil && $0.clipRadii != nil }
        #expect(stacks.count == 2)
        for g in stacks {
            let clip = try #require(g.clip)
            let inside = g.children.compactMap { if case .rect(let r) = $0 { return r } else { return nil } }
            // The clip is exactly the stack: the band, from its lowest part to its highest.
            #expect(abs(clip.minY - inside.map(\.rect.minY).min()!) < 1e-9)
            #expect(abs(clip.maxY - inside.map(\.rect.maxY).max()!) < 1e-9)
            #expect(inside.allSatisfy { abs($0.rect.minX - clip.minX) < 1e-9 && abs($0.rect.width - clip.width) < 1e-9 })
            #expect(g.clipRadii == CornerRadii(topLeft: 3, topRight: 3))
        }
    }

    @Test("cornerRadiusEnd on a horizontal stack rounds its right end (stacked_bar_count_corner_radius_mark_x)")
    func horizontalStack() throws {
        let enc = ##"{"y": {"field": "m", "type": "ordinal"}, "x": {"field": "n", "type": "quantitative"}, "color": {"field": "w", "type": "nominal"}}"##
        let s = try scene(bars(##"{"type": "bar", "cornerRadiusEnd": 4}"##, encoding: enc, values: stackValues))
        let stacks = s.groups.filter { $0.clip != nil }
        #expect(stacks.count == 2)
        #expect(stacks.allSatisfy { $0.clipRadii == CornerRadii(topRight: 4, bottomRight: 4) })
        #expect(s.rects(.mark).allSatisfy { $0.effectiveRadii.isZero })
    }

    @Test("a diverging stack rounds both its ends: the top of its positive parts and the bottom of its negative ones")
    func divergingStack() throws {
        let values = ##"[{"m": "A", "w": "p", "n": 30}, {"m": "A", "w": "q", "n": -20}, {"m": "B", "w": "p", "n": 10}, {"m": "B", "w": "q", "n": 15}]"##
        let s = try scene(bars(##"{"type": "bar", "cornerRadiusEnd": 4}"##, encoding: stackEncoding, values: values))
        let stacks = s.groups.filter { $0.clip != nil }
        #expect(stacks.count == 2)
        let a = try #require(stacks.first { $0.name?.contains("m=A") == true })
        let b = try #require(stacks.first { $0.name?.contains("m=B") == true })
        #expect(a.clipRadii == CornerRadii(all: 4))
        #expect(b.clipRadii == CornerRadii(topLeft: 4, topRight: 4))
        // The clip of A runs from its negative end to its positive end.
        let parts = s.rects(.mark).filter { $0.name?.contains("m=A") == true }
        #expect(abs(a.clip!.minY - parts.map(\.rect.minY).min()!) < 1e-9 && abs(a.clip!.maxY - parts.map(\.rect.maxY).max()!) < 1e-9)
    }

    @Test("a stroked rounded stack is outlined as a whole over its (stroked) parts (stacked_bar_count_corner_radius_stroke)")
    func strokedStack() throws {
        let s = try scene(bars(##"{"type": "bar", "cornerRadius": 10, "stroke": "black", "strokeWidth": 2}"##, encoding: stackEncoding, values: stackValues))
        let outlines = s.rects(.mark).filter { $0.fill == nil }
        #expect(outlines.count == 2)
        let stacks = s.groups.filter { $0.clip != nil }
        for g in stacks {
            let o = try #require(outlines.first { $0.rect == g.clip })
            #expect(o.stroke?.width == 2 && o.stroke?.color == .black)
            #expect(o.effectiveRadii == g.clipRadii)
        }
        #expect(s.rects(.mark).filter { $0.fill != nil }.allSatisfy { $0.stroke?.width == 2 })
    }

    @Test("value labels still label the parts of a rounded stack")
    func labelsInsideGroups() throws {
        let s = try scene(bars(##"{"type": "bar", "cornerRadiusEnd": 4}"##, encoding: stackEncoding, values: stackValues))
        let labels = s.texts(.markLabel).map(\.text)
        #expect(labels.contains("30") && labels.contains("20"))
        #expect(s.textCollisions().isEmpty)
    }

    @Test("a stroke value on bars outlines each part (bar_multi_values_per_categories)")
    func strokeValue() throws {
        let values = ##"[{"a": "A", "b": 28}, {"a": "A", "b": 12}, {"a": "B", "b": 55}]"##
        let enc = ##"{"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative", "stack": true}, "fill": {"value": "steelblue"}, "stroke": {"value": "white"}}"##
        let s = try scene(bars(##""bar""##, encoding: enc, values: values))
        let parts = s.rects(.mark)
        #expect(parts.count == 3)
        #expect(parts.allSatisfy { $0.stroke?.color == .white && $0.stroke?.width == 1 && $0.fill?.hexString == "#4682b4" })
    }

    @Test("a stroke on bars leaves their fill alone")
    func strokeNotFill() throws {
        let enc = ##"{"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}, "stroke": {"value": "red"}}"##
        let s = try scene(bars(##""bar""##, encoding: enc, values: simple))
        #expect(s.rects(.mark).allSatisfy { $0.fill?.hexString != "#ff0000" && $0.stroke?.color.hexString == "#ff0000" })
    }
}
