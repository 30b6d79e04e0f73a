import Foundation
import Inventory
import Testing

@Suite struct InventoryTimestampTests {
    @Test(arguments: [
        (1_577_481_261.09, "2019-12-27T21:14:21.090Z"),
        (1_767_225_600.0, "2026-01-01T00:00:00Z"),
        (1_767_225_600.001, "2026-01-01T00:00:00.001Z"),
        (1_767_225_599.9996, "2026-01-01T00:00:00Z"),
        (951_782_400.5, "2000-02-29T00:00:00.500Z"),
        (0.0, "1970-01-01T00:00:00Z"),
        (-1.25, "1969-12-31T23:59:58.750Z"),
    ])
    func formatsWithMillisecondsOnlyWhenNotZero(seconds: Double, text: String) {
        #expect(InventoryTimestamp.format(Date(timeIntervalSince1970: seconds)) == text)
    }

    @Test func parsesRFC3339Variants() throws {
        let base = Date(timeIntervalSince1970: 1_577_481_261.09)
        #expect(InventoryTimestamp.parse("2019-12-27T21:14:21.090Z") == base)
        #expect(InventoryTimestamp.parse("2019-12-27T21:14:21.09Z") == base)
        #expect(InventoryTimestamp.parse("2019-12-27t21:14:21.0900001z") == base)
        #expect(InventoryTimestamp.parse("2019-12-27T22:14:21.090+01:00") == base)
        #expect(InventoryTimestamp.parse("2019-12-27T20:44:21.090-00:30") == base)
        let leapDay = try #require(InventoryTimestamp.parse("2024-02-29T12:00:00Z"))
        #expect(InventoryTimestamp.format(leapDay) == "2024-02-29T12:00:00Z")
    }

    @Test(arguments: [
        "", "2019-12-27", "2019-12-27T21:14:21", "2019-12-27 21:14:21Z", "2019-02-29T00:00:00Z",
        "2019-12-27T24:00:00Z", "2019-12-27T21:14:21.Z", "2019-12-27T21:14:21Zjunk", "2019-12-27T21:14:21+0100",
        "1577481261",
    ])
    func rejectsOtherText(text: String) {
        #expect(InventoryTimestamp.parse(text) == nil)
    }

    @Test func roundTripsEveryMillisecondOfADay() {
        var text = ""
        for milliseconds in stride(from: 0, to: 86_400_000, by: 999_983) {
            let date = Date(timeIntervalSince1970: 1_790_000_000 + Double(milliseconds) / 1000)
            text = InventoryTimestamp.format(date)
            #expect(InventoryTimestamp.parse(text).map(InventoryTimestamp.format) == text)
        }
    }
}
