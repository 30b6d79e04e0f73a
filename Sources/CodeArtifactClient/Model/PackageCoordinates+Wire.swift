import CodeArtifactModel

extension PackageCoordinates {
    /// The repository's items, then `format`, `namespace`, `package`; `region` is not sent.
    var queryItems: [(name: String, value: String)] {
        var items = repositoryCoordinates.queryItems
        items.append(("format", format.rawValue))
        if let namespace { items.append(("namespace", namespace)) }
        items.append(("package", package))
        return items
    }

    /// `FORMAT package 'NAMESPACE/NAME' in repository 'R' in domain 'D' (owner O)`: how the
    /// client's errors name what a call was about.
    public var resourceDescription: String {
        "\(format) package '\(displayName)' in \(repositoryCoordinates.resourceDescription)"
    }
}
