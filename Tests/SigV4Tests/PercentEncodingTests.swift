import SigV4
import Testing

/// The one encoder the signer and the client's query strings share.
@Suite struct PercentEncodingTests {
    @Test func keepsOnlyTheUnreservedSet() {
        #expect(PercentEncoding.encode("AZaz09-._~") == "AZaz09-._~")
        #expect(PercentEncoding.encode("a/b+c=d e*f") == "a%2Fb%2Bc%3Dd%20e%2Af")
    }

    @Test func encodesUTF8BytesWithUppercaseHex() {
        #expect(PercentEncoding.encode("é") == "%C3%A9")
        #expect(PercentEncoding.encode("\u{1F600}") == "%F0%9F%98%80")
    }

    @Test func queryKeepsTheGivenOrder() {
        let query = PercentEncoding.query([(name: "z", value: "1 2"), (name: "a", value: "@scope")])
        #expect(query == "z=1%202&a=%40scope")
    }
}
