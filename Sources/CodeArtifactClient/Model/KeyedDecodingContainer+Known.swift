import CodeArtifactModel

extension KeyedDecodingContainer {
    /// A value of one of the model's closed vocabularies (format, status, origin), or nil when
    /// it is absent or one the service added after this build: a page with a new format must
    /// not fail the whole listing; callers skip what they do not know.
    func decodeKnown<Value: RawRepresentable>(_: Value.Type, forKey key: Key) throws -> Value?
    where Value.RawValue == String {
        try decodeIfPresent(String.self, forKey: key).flatMap(Value.init(rawValue:))
    }
}
