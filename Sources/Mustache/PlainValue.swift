//
// kaart: not part of swift-mustache.
//

/// The value types kaart's view models are made of, told apart by comparing the dynamic type
/// (one pointer compare) instead of by `as?` casts to protocols: a protocol cast searches the
/// runtime's conformance cache for every value, about a tenth of the time spent in Mustache. None of
/// these types conforms to `MustacheCustomRepresentation`, `MustacheCustomRenderable` or
/// `MustacheLambda`, so the renderer may skip those checks for them; anything else is `.other`
/// and takes the general path.
enum PlainValue {
    case string, int, bool(Bool), dictionary, dictionaries([[String: Any]]), array([Any]), strings([String]), other

    init(_ value: Any) {
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(String.self): self = .string
        case ObjectIdentifier(Int.self): self = .int
        case ObjectIdentifier(Bool.self): self = .bool(value as! Bool)
        case ObjectIdentifier([String: Any].self): self = .dictionary
        case ObjectIdentifier([[String: Any]].self): self = .dictionaries(value as! [[String: Any]])
        case ObjectIdentifier([Any].self): self = .array(value as! [Any])
        case ObjectIdentifier([String].self): self = .strings(value as! [String])
        default: self = .other
        }
    }
}
