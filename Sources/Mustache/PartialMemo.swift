//
// kaart: not part of swift-mustache.
//

import Synchronization

/// Lets a view model that is listed on many pages render a partial once and reuse the text.
///
/// A `[String: Any]` that carries a memo under `key` is rendered by a partial (`{{>name}}`) once,
/// alone on a stack of its own. The text is reused wherever the same partial renders it again,
/// but only if that first rendering read nothing but the view model itself: a name it did not
/// hold, or a block (`{{$name}}`) a caller could override, makes the text depend on the page, and
/// then every call renders as usual. A partial inside an indented line also renders as usual.
/// Lambdas are taken to be pure.
public final class MustachePartialMemo: @unchecked Sendable {
    /// The key under which a view model carries its memo.
    public static let key = "_kaartPartialMemo"

    /// The first partial that rendered the view model, with its text, or `nil` for the text when
    /// it depends on more than the view model. One slot: a view model is listed by one partial, and
    /// any other partial renders it as usual. A `Mutex` sits in the object itself: a site has a memo
    /// for every entry, and an `NSLock` would be one more object each.
    private let kept = Mutex<(partial: String, text: String?)?>(nil)

    public init() {}

    /// Whether the memo holds a reusable text for the partial `name`.
    public func holdsText(of name: String) -> Bool {
        kept.withLock { $0?.partial == name && $0?.text != nil }
    }

    /// The memo of the view model on top of the stack, if it carries one.
    static func attached(to object: Any?) -> MustachePartialMemo? {
        guard let object, ObjectIdentifier(type(of: object)) == ObjectIdentifier([String: Any].self) else { return nil }
        return (object as! [String: Any])[key] as? MustachePartialMemo
    }

    /// Renders `template` (the partial `name`) for the view model on top of `context`'s stack.
    func render(_ template: MustacheTemplate, named name: String, into output: inout String, context: MustacheContext) {
        switch kept.withLock({ $0 }) {
        case .some((name, let text?)):
            output += text
        case .some:
            template.render(into: &output, context: context)
        case .none:
            let text = renderedAlone(template, context: context)
            kept.withLock { if $0 == nil { $0 = (name, text) } }
            if let text {
                output += text
            } else {
                template.render(into: &output, context: context)
            }
        }
    }

    /// The text of the view model on a stack of its own, or `nil` if the rendering reached past it.
    private func renderedAlone(_ template: MustacheTemplate, context: MustacheContext) -> String? {
        let boundary = MustacheIsolationBoundary()
        let text = template.render(context: context.isolated(above: boundary))
        return boundary.wasReached ? nil : text
    }
}

/// The bottom of the stack while a memo renders a view model alone. A lookup or a block that
/// reaches it could have found something on the page's real stack.
final class MustacheIsolationBoundary: MustacheParent {
    private(set) var wasReached = false

    func child(named: String) -> Any? {
        wasReached = true
        return nil
    }

    /// Notes that a block was expanded in a rendering on top of a boundary: a caller may override it.
    static func noteBlockExpansion(in context: MustacheContext) {
        guard let bottom = context.stack.first,
              ObjectIdentifier(type(of: bottom)) == ObjectIdentifier(MustacheIsolationBoundary.self) else { return }
        (bottom as! MustacheIsolationBoundary).wasReached = true
    }
}
