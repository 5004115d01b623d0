import KaartCore

/// libFuzzer target: `RecurrenceRule.parse` on any text. An error's offset must lie inside the
/// rule; a rule that parses must expand over a bounded window without hanging.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRRule(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let rule = try RecurrenceRule.parse(text)
        let start = LocalDate(year: 2026, month: 1, day: 1)!
        let schedule = MeetingSchedule(rule: rule, begin: LocalTime(hour: 19, minute: 0)!, end: LocalTime(hour: 21, minute: 0)!,
                                       vanaf: start, tot: nil, uitgezonderd: [])
        _ = schedule.occurrences(from: start, limit: 40)
        _ = schedule.nextOccurrence(onOrAfter: LocalDate(year: 2031, month: 3, day: 1)!)
        _ = schedule.lastPossibleDate
    } catch {
        let count = text.count
        if let offset = error.offset {
            precondition((0...count).contains(offset) && offset + error.length <= count, "offset out of range: \(error)")
        }
        precondition(!error.message.isEmpty)
    }
    return 0
}

// SwiftPM links an executable through the symbol <module>_main; hand that to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("FuzzRRule_main")
public func FuzzRRuleMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc, arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzRRule)
}
