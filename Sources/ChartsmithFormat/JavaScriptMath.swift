import Foundation

/// The parts of JavaScript's `Math` whose results d3 depends on bit for bit.
///
/// V8's `Math.pow` is not always correctly rounded (`Math.pow(10, -4)` is
/// `0.00009999999999999999`, not `0.0001`), and d3's tick arithmetic feeds
/// on such results, so powers of ten reproduce V8's values exactly; other
/// powers use fdlibm's `__ieee754_pow` (as SpiderMonkey does), which agrees
/// with V8 to within an ulp.
enum JavaScriptMath {
    /// `Math.max(a, b)`: NaN if either is NaN.
    static func max(_ a: Double, _ b: Double) -> Double {
        (a.isNaN || b.isNaN) ? .nan : Swift.max(a, b)
    }

    /// `Math.min(a, b)`: NaN if either is NaN.
    static func min(_ a: Double, _ b: Double) -> Double {
        (a.isNaN || b.isNaN) ? .nan : Swift.min(a, b)
    }

    /// `Math.log10(x)`.
    static func log10(_ x: Double) -> Double {
        Foundation.log10(x)
    }

    /// `Math.pow(x, y)` as V8 computes it: exactly for `Math.pow(10, n)` with
    /// an integer `n` (the case d3 relies on), and with fdlibm's algorithm
    /// otherwise (within an ulp of V8).
    static func pow(_ x: Double, _ y: Double) -> Double {
        if y.isNaN { return .nan }
        if y.isInfinite && (x == 1 || x == -1) { return .nan }
        if x == 10, y == y.rounded(), abs(y) <= 400 {
            let n = Int(y)
            if let bits = v8PowersOfTenExceptions[n] { return Double(bitPattern: bits) }
            return Double("1e\(n)")!
        }
        return fdlibmPow(x, y)
    }

    /// The integer powers of ten for which V8's `Math.pow(10, n)` is not the
    /// double nearest to 10ⁿ (measured on V8 11; every other `n` in −340…310
    /// gives the nearest double, which is what `Double("1e\(n)")` returns).
    private static let v8PowersOfTenExceptions: [Int: UInt64] = [
        -307: 0x0031fa182c40c60e,  // 1.0000000000000001e-307
        -306: 0x0066789e3750f790,  // 9.999999999999999e-307
        -303: 0x0105f1ca820511c4,  // 1.0000000000000001e-303
        -278: 0x0636b0a8e8920000,  // 1.0000000000000001e-278
        -268: 0x084a6a2b85062ab4,  // 1.0000000000000001e-268
        -246: 0x0cdbf7b9d9cce00e,  // 1.0000000000000001e-246
        -222: 0x11d72262f3133ed0,  // 9.999999999999999e-223
        -207: 0x14f48c22ca71a1be,  // 1.0000000000000001e-207
        -166: 0x1d779657025b6234,  // 9.999999999999999e-167
        -163: 0x1e1708d0f84d3de8,  // 1.0000000000000001e-163
        -148: 0x2134756ccb01abfc,  // 1.0000000000000001e-148
        -145: 0x21d3faac3e3fa1f4,  // 1.0000000000000001e-145
        -138: 0x2347d12a4670c122,  // 9.999999999999999e-139
        -128: 0x255bba08cf8c979c,  // 9.999999999999999e-129
        -122: 0x269a71368f0f3046,  // 9.999999999999999e-123
        -111: 0x28e33d4032c2c7f4,  // 9.999999999999999e-112
        -106: 0x29ed5b561574765c,  // 1.0000000000000001e-106
        -104: 0x2a56ef5b40c2fc78,  // 1.0000000000000001e-104
        -101: 0x2af665bf1d3e6a8c,  // 9.999999999999999e-102
        -88: 0x2da97683df2f268e,  // 1.0000000000000001e-88
        -76: 0x3027288e1271f514,  // 1.0000000000000001e-76
        -63: 0x32da53fc9631d10c,  // 9.999999999999999e-64
        -57: 0x34191bc08eac9a42,  // 1.0000000000000001e-57
        -39: 0x37d5c72fb1552d84,  // 1.0000000000000001e-39
        -32: 0x3949f623d5a8a732,  // 9.999999999999999e-33
        -29: 0x39e95a5efea6b348,  // 1.0000000000000001e-29
        -24: 0x3af357c299a88ea8,  // 1.0000000000000001e-24
        -23: 0x3b282db34012b252,  // 1.0000000000000001e-23
        -21: 0x3b92e3b40a0e9b50,  // 1.0000000000000001e-21
        -20: 0x3bc79ca10c924224,  // 1.0000000000000001e-20
        -17: 0x3c670ef54646d496,  // 9.999999999999999e-18
        -5: 0x3ee4f8b588e368f0,  // 0.000009999999999999999
        -4: 0x3f1a36e2eb1c432c,  // 0.00009999999999999999
        26: 0x4554adf4b7320334,  // 9.999999999999999e+25
        29: 0x45f431e0fae6d722,  // 1.0000000000000001e+29
        34: 0x46fed09bead87c04,  // 1.0000000000000001e+34
        36: 0x476812f9cf7920e2,  // 9.999999999999999e+35
        39: 0x48078287f49c4a1e,  // 1.0000000000000001e+39
        42: 0x48a6f578c4e0a060,  // 9.999999999999999e+41
        49: 0x4a1b5e7e08ca3a90,  // 1.0000000000000001e+49
        58: 0x4bf97d4df19d6058,  // 1.0000000000000001e+58
        61: 0x4c98e45e1df3b016,  // 1.0000000000000001e+61
        70: 0x4e772ebad6ddc73c,  // 9.999999999999999e+69
        95: 0x53a7f85de8ad5c4e,  // 9.999999999999999e+94
        96: 0x53ddf67562d8b362,  // 9.999999999999999e+95
        111: 0x56fa9cbc59b83a3e,  // 1.0000000000000001e+111
        126: 0x5a17a2ecc414a040,  // 1.0000000000000001e+126
        136: 0x5c2b843422e3a84c,  // 9.999999999999999e+135
        142: 0x5d6a3de04895e46c,  // 9.999999999999999e+141
        165: 0x62315d847ad00088,  // 1.0000000000000001e+165
        166: 0x6265b4e5998400aa,  // 1.0000000000000001e+166
        169: 0x630532a837eae8a6,  // 1.0000000000000001e+169
        187: 0x66c262dfeebbb0fa,  // 1.0000000000000001e+187
        191: 0x679671b25aec1d88,  // 9.999999999999999e+190
        210: 0x6b88557f31326bbc,  // 1.0000000000000001e+210
        215: 0x6c9290ba9a38c7d2,  // 1.0000000000000001e+215
        218: 0x6d3221563a9b7322,  // 9.999999999999999e+217
        225: 0x6ea59ce797fb8180,  // 1.0000000000000001e+225
        232: 0x7019c3bc80c85c7e,  // 9.999999999999999e+231
        242: 0x722dfe729b9ff152,  // 9.999999999999999e+241
        244: 0x72976ec98994f488,  // 9.999999999999999e+243
        260: 0x75ea03fde214caf0,  // 9.999999999999999e+259
        273: 0x789d9388b3aa30a6,  // 1.0000000000000001e+273
        274: 0x78d27c35704a5e68,  // 1.0000000000000001e+274
        275: 0x79071b42cc5cf602,  // 1.0000000000000001e+275
        279: 0x79dc34c70a777a4c,  // 9.999999999999999e+278
        284: 0x7ae585041b2c477e,  // 9.999999999999999e+283
        290: 0x7c2485ce9e7a065e,  // 9.999999999999999e+289
        294: 0x7cf90d56b873f4c6,  // 9.999999999999999e+293
    ]

    // MARK: fdlibm e_pow.c

    private static let bp = [1.0, 1.5]
    private static let dpH = [0.0, 5.84962487220764160156e-01]
    private static let dpL = [0.0, 1.35003920212974897128e-08]
    private static let two53 = 9007199254740992.0
    private static let huge = 1.0e300
    private static let tiny = 1.0e-300
    private static let L1 = 5.99999999999994648725e-01
    private static let L2 = 4.28571428578550184252e-01
    private static let L3 = 3.33333329818377432918e-01
    private static let L4 = 2.72728123808534006489e-01
    private static let L5 = 2.30660745775561754067e-01
    private static let L6 = 2.06975017800338417784e-01
    private static let P1 = 1.66666666666666019037e-01
    private static let P2 = -2.77777777770155933842e-03
    private static let P3 = 6.61375632143793436117e-05
    private static let P4 = -1.65339022054652515390e-06
    private static let P5 = 4.13813679705723846039e-08
    private static let lg2 = 6.93147180559945286227e-01
    private static let lg2H = 6.93147182464599609375e-01
    private static let lg2L = -1.90465429995776804525e-09
    private static let ovt = 8.0085662595372944372e-17
    private static let cp = 9.61796693925975554329e-01
    private static let cpH = 9.61796700954437255859e-01
    private static let cpL = -7.02846165095275826516e-09
    private static let ivln2 = 1.44269504088896338700e+00
    private static let ivln2H = 1.44269502162933349609e+00
    private static let ivln2L = 1.92596299112661746887e-08

    private static func high(_ d: Double) -> Int32 { Int32(truncatingIfNeeded: Int64(bitPattern: d.bitPattern) >> 32) }
    private static func low(_ d: Double) -> UInt32 { UInt32(truncatingIfNeeded: d.bitPattern) }
    private static func withLowZero(_ d: Double) -> Double { Double(bitPattern: d.bitPattern & 0xFFFF_FFFF_0000_0000) }
    private static func withHigh(_ d: Double, _ h: Int32) -> Double {
        Double(bitPattern: (UInt64(UInt32(bitPattern: h)) << 32) | (d.bitPattern & 0xFFFF_FFFF))
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private static func fdlibmPow(_ x: Double, _ y: Double) -> Double {
        let hx = high(x), lx = low(x)
        let hy = high(y), ly = low(y)
        var ix = hx & 0x7fff_ffff
        let iy = hy & 0x7fff_ffff

        // y == 0: x**0 = 1
        if iy == 0 && ly == 0 { return 1 }
        // x == 1: 1**y = 1, even if y is NaN
        if hx == 0x3ff0_0000 && lx == 0 { return 1 }
        // NaN arguments
        if ix > 0x7ff0_0000 || (ix == 0x7ff0_0000 && lx != 0) || iy > 0x7ff0_0000 || (iy == 0x7ff0_0000 && ly != 0) {
            return (x + 0.0) + (y + 0.0)
        }

        // yisint = 0: not an integer, 1: odd integer, 2: even integer (only when x < 0)
        var yisint: Int32 = 0
        if hx < 0 {
            if iy >= 0x4340_0000 {
                yisint = 2
            } else if iy >= 0x3ff0_0000 {
                let k = (iy >> 20) - 0x3ff
                if k > 20 {
                    let j = ly >> UInt32(52 - k)
                    if (j << UInt32(52 - k)) == ly { yisint = 2 - Int32(j & 1) }
                } else if ly == 0 {
                    let j = iy >> (20 - k)
                    if (j << (20 - k)) == iy { yisint = 2 - (j & 1) }
                }
            }
        }

        // Special values of y.
        if ly == 0 {
            if iy == 0x7ff0_0000 {
                if ((ix &- 0x3ff0_0000) | Int32(bitPattern: lx)) == 0 {
                    return 1
                } else if ix >= 0x3ff0_0000 {
                    return hy >= 0 ? y : 0
                } else {
                    return hy < 0 ? -y : 0
                }
            }
            if iy == 0x3ff0_0000 {
                return hy < 0 ? 1 / x : x
            }
            if hy == 0x4000_0000 { return x * x }
            if hy == 0x3fe0_0000 && hx >= 0 { return x.squareRoot() }
        }

        var ax = abs(x)
        // Special values of x.
        if lx == 0 {
            if ix == 0x7ff0_0000 || ix == 0 || ix == 0x3ff0_0000 {
                var z = ax
                if hy < 0 { z = 1 / z }
                if hx < 0 {
                    if ((ix &- 0x3ff0_0000) | yisint) == 0 {
                        z = (z - z) / (z - z)
                    } else if yisint == 1 {
                        z = -z
                    }
                }
                return z
            }
        }

        var n: Int32 = Int32(bitPattern: UInt32(bitPattern: hx) >> 31) &- 1
        // (x<0)**(non-int) is NaN
        if (n | yisint) == 0 { return (x - x) / (x - x) }

        var s = 1.0
        if (n | (yisint &- 1)) == 0 { s = -1 }

        var t1: Double
        var t2: Double
        if iy > 0x41e0_0000 {
            // |y| > 2**31
            if iy > 0x43f0_0000 {
                if ix <= 0x3fef_ffff { return hy < 0 ? huge * huge : tiny * tiny }
                if ix >= 0x3ff0_0000 { return hy > 0 ? huge * huge : tiny * tiny }
            }
            if ix < 0x3fef_ffff { return hy < 0 ? s * huge * huge : s * tiny * tiny }
            if ix > 0x3ff0_0000 { return hy > 0 ? s * huge * huge : s * tiny * tiny }
            let t = ax - 1
            let w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
            let u = ivln2H * t
            let v = t * ivln2L - w * ivln2
            t1 = withLowZero(u + v)
            t2 = v - (t1 - u)
        } else {
            n = 0
            if ix < 0x0010_0000 {
                ax *= two53
                n -= 53
                ix = high(ax)
            }
            n += (ix >> 20) - 0x3ff
            let j = ix & 0x000f_ffff
            ix = j | 0x3ff0_0000
            var k: Int
            if j <= 0x3988E {
                k = 0
            } else if j < 0xBB67A {
                k = 1
            } else {
                k = 0
                n += 1
                ix -= 0x0010_0000
            }
            ax = withHigh(ax, ix)

            var u = ax - bp[k]
            var v = 1 / (ax + bp[k])
            let ss = u * v
            let sH = withLowZero(ss)
            var tH = withHigh(0, ((ix >> 1) | 0x2000_0000) + 0x0008_0000 + Int32(k << 18))
            var tL = ax - (tH - bp[k])
            let sL = v * ((u - sH * tH) - sH * tL)
            var s2 = ss * ss
            var r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))))
            r += sL * (sH + ss)
            s2 = sH * sH
            tH = withLowZero(3.0 + s2 + r)
            tL = r - ((tH - 3.0) - s2)
            u = sH * tH
            v = sL * tH + tL * ss
            let pH = withLowZero(u + v)
            let pL = v - (pH - u)
            let zH = cpH * pH
            let zL = cpL * pH + pL * cp + dpL[k]
            let t = Double(n)
            t1 = withLowZero(((zH + zL) + dpH[k]) + t)
            t2 = zL - (((t1 - t) - dpH[k]) - zH)
        }

        // Split y into y1 + y2 and compute (y1 + y2) * (t1 + t2).
        let y1 = withLowZero(y)
        let pL = (y - y1) * t1 + y * t2
        var pH = y1 * t1
        var z = pL + pH
        var j = high(z)
        let i0 = low(z)
        if j >= 0x4090_0000 {
            if ((j &- 0x4090_0000) | Int32(bitPattern: i0)) != 0 {
                return s * huge * huge
            } else if pL + ovt > z - pH {
                return s * huge * huge
            }
        } else if (j & 0x7fff_ffff) >= 0x4090_cc00 {
            if ((j &- Int32(bitPattern: 0xc090_cc00)) | Int32(bitPattern: i0)) != 0 {
                return s * tiny * tiny
            } else if pL <= z - pH {
                return s * tiny * tiny
            }
        }

        // Compute 2**(pH + pL).
        let i = j & 0x7fff_ffff
        var k = (i >> 20) - 0x3ff
        n = 0
        if i > 0x3fe0_0000 {
            n = j &+ (0x0010_0000 >> (k + 1))
            k = ((n & 0x7fff_ffff) >> 20) - 0x3ff
            let t = withHigh(0, n & ~(0x000f_ffff >> k))
            n = ((n & 0x000f_ffff) | 0x0010_0000) >> (20 - k)
            if j < 0 { n = -n }
            pH -= t
        }
        let t = withLowZero(pL + pH)
        let u = t * lg2H
        let v = (pL - (t - pH)) * lg2 + t * lg2L
        z = u + v
        let w = v - (z - u)
        let tt = z * z
        t1 = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))))
        let r = (z * t1) / (t1 - 2) - (w + z * w)
        z = 1 - (r - z)
        j = high(z)
        j = j &+ (n << 20)
        if (j >> 20) <= 0 {
            z = scalbn(z, Int(n))
        } else {
            z = withHigh(z, j)
        }
        return s * z
    }
}
