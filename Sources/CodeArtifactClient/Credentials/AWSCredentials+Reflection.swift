// MARK: - CustomReflectable

extension AWSCredentials: CustomReflectable {
    /// What `dump` and debuggers show: no secret, no token, the key id masked.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "source": source, "accessKeyId": maskedAccessKeyId,
                "sessionToken": sessionToken == nil ? "none" : SecretRedactor.mask,
                "expiration": expiration as Any,
            ])
    }
}
