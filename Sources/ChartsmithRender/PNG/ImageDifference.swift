/// How two raster images differ, from ``RasterImage/compare(to:channelTolerance:)``.
public struct ImageDifference: Hashable, Sendable, CustomStringConvertible {
    /// Whether both images have the same width and height.
    public var sizesMatch: Bool
    /// Pixels compared: the area of the larger extent of both images.
    public var pixelCount: Int
    /// Pixels with some channel (R, G, B or A) differing by more than the tolerance.
    /// Where the sizes differ, every pixel outside one of the images counts.
    public var differingPixels: Int
    /// The largest difference in any channel of any pixel, 0–255.
    public var maxChannelDelta: Int

    /// A difference with the given counts; normally made by ``RasterImage/compare(to:channelTolerance:)``.
    public init(sizesMatch: Bool, pixelCount: Int, differingPixels: Int, maxChannelDelta: Int) {
        self.sizesMatch = sizesMatch
        self.pixelCount = pixelCount
        self.differingPixels = differingPixels
        self.maxChannelDelta = maxChannelDelta
    }

    /// Whether the images have the same size and no pixel differs beyond the tolerance.
    public var isMatch: Bool { sizesMatch && differingPixels == 0 }

    /// The share of pixels that differ, 0–1.
    public var differingFraction: Double { pixelCount == 0 ? 0 : Double(differingPixels) / Double(pixelCount) }

    /// A one-line summary for test failure messages.
    public var description: String {
        if isMatch { return "images match (max channel delta \(maxChannelDelta))" }
        return "\(sizesMatch ? "" : "sizes differ; ")\(differingPixels) of \(pixelCount) pixels differ, "
            + "max channel delta \(maxChannelDelta)"
    }
}
