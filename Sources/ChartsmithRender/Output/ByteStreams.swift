import CChartsmithCairo

/// Collects the bytes Cairo writes through a `cairo_write_func_t`.
///
/// C callbacks cannot capture context, so Cairo gets an unretained `Unmanaged` pointer to
/// the sink as its closure argument; the caller keeps the sink alive (with
/// `withExtendedLifetime`) until the surface is finished.
final class ByteSink {
    var bytes: [UInt8] = []

    /// The closure pointer to hand to Cairo.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// The write function to hand to Cairo.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if length > 0, let data {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }
}

/// Feeds bytes to Cairo through a `cairo_read_func_t`; the counterpart of ``ByteSink``.
final class ByteSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        let n = Int(length)
        guard source.bytes.count - source.offset >= n else { return CAIRO_STATUS_READ_ERROR }
        source.bytes.withUnsafeBufferPointer { buf in
            data.update(from: buf.baseAddress! + source.offset, count: n)
        }
        source.offset += n
        return CAIRO_STATUS_SUCCESS
    }
}

/// Cairo's description of a status, e.g. "invalid matrix (not invertible)".
func cairoStatusDescription(_ status: cairo_status_t) -> String {
    String(cString: cairo_status_to_string(status))
}
