import KaartCore

/// libFuzzer target: `PersonalDataScanner`. Every finding points at an existing line and column
/// (lines split on LF, as the load stage leaves them) and carries a non-empty mask.
let scanner = PersonalDataScanner(dictionary: ["het", "is", "de", "een", "zorg", "hulp"], allowList: ["Jansen"], smallPlaces: ["Testdorp"])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScanner(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // The load stage normalises CR; U+0085, U+2028 and U+2029 are a known issue (see
    // ParserPropertyTests.lineSeparatorsDoNotShiftFindingLines), left out so fuzzing finds new ones.
    var text = ""
    for scalar in String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self).unicodeScalars
    where !["\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
        text.unicodeScalars.append(scalar)
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for finding in scanner.scan(text) {
        precondition((1...lines.count).contains(finding.line), "line out of range")
        precondition((1...lines[finding.line - 1].count + 1).contains(finding.column), "column out of range")
        precondition(!finding.maskedText.isEmpty, "empty mask")
    }
    return 0
}

// SwiftPM links an executable through the symbol <module>_main; hand that to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("FuzzScanner_main")
public func FuzzScannerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc, arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzScanner)
}
