/// An answer with a fast path through `ByteJSON`'s ``JSONCursor``; `JSONDecoder` remains the
/// fallback whenever the cursor declines, so its result or error message stands.
protocol WireReadable {
    /// Reads the whole answer; nil hands it over to `JSONDecoder`.
    init?(wire bytes: [UInt8])
}
