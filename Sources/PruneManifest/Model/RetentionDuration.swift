/// A whole number of hours, days or weeks (`36h`, `90d`, `2w`).
public struct RetentionDuration: Sendable, Hashable, CustomStringConvertible {
    /// The unit a duration was written in.
    public enum Unit: Character, Sendable, Hashable {
        case hours = "h", days = "d", weeks = "w"

        var seconds: Int64 {
            switch self {
            case .hours: return 3_600
            case .days: return 86_400
            case .weeks: return 604_800
            }
        }
    }

    /// The number as written (at least 1).
    public var count: Int
    /// The unit as written.
    public var unit: Unit

    /// The longest duration accepted: 100 years of 365.25 days.
    public static let maximumSeconds: Int64 = 36_525 * 86_400

    /// Creates a duration; see `parse` for checked input.
    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The length in seconds.
    public var seconds: Int64 { Int64(count) * unit.seconds }

    /// As written: `90d`.
    public var description: String { "\(count)\(unit.rawValue)" }

    /// Parses `<integer ≥ 1><h|d|w>`; nil when the text is not of that form.
    public static func parse(_ text: String) -> RetentionDuration? {
        guard let last = text.last, let unit = Unit(rawValue: last) else { return nil }
        let digits = text.dropLast()
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let count = Int(digits), count >= 1
        else { return nil }
        return RetentionDuration(count: count, unit: unit)
    }
}
