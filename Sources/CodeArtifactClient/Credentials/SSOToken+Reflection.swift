// MARK: - CustomReflectable

extension SSOToken: CustomReflectable {
    /// What `dump` and debuggers show: the expiry and which parts are present, never a token.
    var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "expiresAt": expiresAt, "refreshToken": refreshToken == nil ? "none" : SecretRedactor.mask,
                "clientId": clientId == nil ? "none" : SecretRedactor.mask,
                "clientSecret": clientSecret == nil ? "none" : SecretRedactor.mask,
                "registrationExpiresAt": registrationExpiresAt as Any,
            ])
    }
}
