/// DescribePackageVersion's answer: `{"packageVersion": {...}}`.
struct DescribePackageVersionAnswer: Decodable {
    var packageVersion: PackageVersionDescription
}
