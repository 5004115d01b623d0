import KaartCore

/// libFuzzer target: `OpeningHours.parse`. Each input line is `key value`: a day key with a time
/// range, or `x` with an exception date. Every issue must name a key that was given.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOpeningHours(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var days: [String: [String]] = [:]
    var exceptions: [OpeningHours.RawException] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
        let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        let key = String(parts[0]), value = parts.count > 1 ? String(parts[1]) : ""
        if key == "x" {
            exceptions.append(.init(datum: value, gesloten: value.count % 2 == 0, toelichting: nil))
        } else {
            days[key, default: []].append(value)
        }
    }
    do {
        let hours = try OpeningHours.parse(days: days, uitzonderingen: exceptions)
        for weekday in Weekday.allCases {
            let ranges = hours.ranges(on: weekday)
            precondition(!zip(ranges, ranges.dropFirst()).contains { $0.0.overlaps($0.1) }, "overlap accepted")
        }
    } catch {
        let fields = Set(days.keys).union(exceptions.indices.map { "uitzonderingen[\($0)].datum" })
        for issue in error.issues {
            precondition(fields.contains(issue.field), "unknown field \(issue.field)")
            precondition(!issue.message.isEmpty)
        }
    }
    return 0
}

// SwiftPM links an executable through the symbol <module>_main; hand that to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("FuzzOpeningHours_main")
public func FuzzOpeningHoursMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc, arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOpeningHours)
}
