import Chartsmith
import ChartsmithBatch
import Testing

@Suite("Batch content hash (SHA-256)")
struct ContentHashTests {
    @Test("matches the FIPS 180-4 test vectors")
    func vectors() {
        #expect(ContentHash.hex(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentHash.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("hashes fed in pieces equal the hash of the whole")
    func incremental() {
        var h = ContentHash()
        h.update(Array("ab".utf8))
        h.update(Array("c".utf8))
        #expect(h.hexDigest() == ContentHash.hex(of: Array("abc".utf8)))
    }
}
