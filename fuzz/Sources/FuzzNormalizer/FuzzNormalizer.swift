import KaartCore

/// libFuzzer target: `DutchNormalizer`. Folding is stable, tokens are non-empty words without
/// spaces, terms are tokens, and stemming never empties a token.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let folded = DutchNormalizer.fold(text)
    precondition(DutchNormalizer.fold(folded) == folded, "fold is not stable")
    let tokens = DutchNormalizer.tokenize(text)
    for token in tokens {
        precondition(!token.isEmpty && !token.contains(" "), "bad token")
        precondition(!DutchNormalizer.stem(token).isEmpty, "empty stem")
    }
    precondition(Set(DutchNormalizer.terms(text)).isSubset(of: tokens), "term that is no token")
    return 0
}

// SwiftPM links an executable through the symbol <module>_main; hand that to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("FuzzNormalizer_main")
public func FuzzNormalizerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc, arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzNormalizer)
}
