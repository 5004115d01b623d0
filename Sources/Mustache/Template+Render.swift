//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var string = ""
        self.render(into: &string, context: context)
        return string
    }

    /// kaart: renders by appending to `output`. Returning a string from every token, section and
    /// partial, for the caller to append, made and copied a string for each of them.
    func render(into output: inout String, context: MustacheContext) {
        var context = context

        // kaart: each token is read in place (by index); `for token in tokens` copied every token,
        // with a retain and a release for each string, array and template it holds.
        if let indentation = context.indentation, indentation != "" {
            // Each token's text on its own, to see where lines start.
            var string = ""
            for index in tokens.indices {
                var renderedString = ""
                self.renderToken(tokens[index], into: &renderedString, context: &context)
                // if rendered string is not empty and we are on a new line
                if !renderedString.isEmpty, string.last == "\n" {
                    string += indentation
                }
                string += renderedString
            }
            output += string
        } else {
            for index in tokens.indices {
                self.renderToken(tokens[index], into: &output, context: &context)
            }
        }
    }

    func renderToken(_ token: Token, into output: inout String, context: inout MustacheContext) {
        switch token {
        case .text(let text):
            output += text

        case .variable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // kaart: most values are strings; this skips three failing protocol casts and String(describing:).
                if let text = child as? String {
                    output += context.contentType.escapeText(text)
                } else if let template = child as? MustacheTemplate {
                    template.render(into: &output, context: context)
                } else if let renderable = child as? MustacheCustomRenderable {
                    output += context.contentType.escapeText(renderable.renderText)
                } else if let lambda = child as? MustacheLambda {
                    output += self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    output += context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                // kaart: as above, for {{{unescaped}}} strings.
                if let text = child as? String {
                    output += text
                } else if let renderable = child as? MustacheCustomRenderable {
                    output += renderable.renderText
                } else if let lambda = child as? MustacheLambda {
                    output += self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    output += String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            if let lambda = child as? MustacheLambda {
                output += self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
            } else {
                self.renderSection(child, with: template, into: &output, context: context)
            }

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(child, with: template, into: &output, context: context)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            // kaart: what a block shows depends on the caller, so a memo must not keep it.
            MustacheIsolationBoundary.noteBlockExpansion(in: context)
            if let override = context.inherited?[name] {
                override.render(into: &output, context: context.withBlockExpansion(indented: indented))
            } else {
                defaultTemplate.render(into: &output, context: context.withBlockExpansion(indented: indented))
            }

        case .partial(let name, let indentation, let overrides):
            self.renderPartial(named: name, indentation: indentation, overrides: overrides, into: &output, context: context)

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: name, transforms: [], context: context)
            if let childName = child as? String {
                self.renderPartial(named: childName, indentation: indentation, overrides: overrides, into: &output, context: context)
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
    }

    /// kaart: the partial and the dynamic partial rendered their template with the same code, written twice.
    private func renderPartial(named name: String, indentation: String?, overrides: [String: MustacheTemplate]?,
                               into output: inout String, context: MustacheContext) {
        guard var template = context.library?.getTemplate(named: name) else { return }
        #if DEBUG
        if context.reloadPartials {
            guard let filename = template.filename else {
                preconditionFailure("Can only use reload if template was generated from a file")
            }
            do {
                guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                    output += "Cannot find template at \(filename)"
                    return
                }
                template = partialTemplate
            } catch {
                output += "\(error)"
                return
            }
        }
        #endif
        let partialContext = context.withPartial(indented: indentation, inheriting: overrides)
        // kaart: a view model listed on many pages renders the partial once (`MustachePartialMemo`).
        if !context.reloadPartials, partialContext.indentation?.isEmpty ?? true,
           let memo = MustachePartialMemo.attached(to: context.stack.last) {
            memo.render(template, named: name, into: &output, context: partialContext)
            return
        }
        template.render(into: &output, context: partialContext)
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    ///   - output: kaart: the text the section is appended to
    func renderSection(_ child: Any?, with template: MustacheTemplate, into output: inout String, context: MustacheContext) {
        // kaart: the value types of kaart's view models, decided by an exact type check instead of
        // the protocol lookups below (MustacheSequence, MustacheCustomRenderable); same result.
        if let child {
            switch PlainValue(child) {
            case .dictionary, .string, .int: return template.render(into: &output, context: context.withObject(child))
            case .bool(let bool): return bool ? template.render(into: &output, context: context) : ()
            case .dictionaries(let array): return array.renderSection(with: template, into: &output, context: context)
            case .array(let array): return array.renderSection(with: template, into: &output, context: context)
            case .strings(let array): return array.renderSection(with: template, into: &output, context: context)
            case .other: break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderSection(with: template, into: &output, context: context)
        case let bool as Bool:
            if bool { template.render(into: &output, context: context) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            break
        case .some(let value):
            template.render(into: &output, context: context.withObject(value))
        case .none:
            break
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    ///   - output: kaart: the text the section is appended to
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, into output: inout String, context: MustacheContext) {
        // kaart: as in renderSection.
        if let child {
            switch PlainValue(child) {
            case .dictionary, .string, .int: return
            case .bool(let bool): return bool ? () : template.render(into: &output, context: context)
            case .dictionaries(let array): return array.renderInvertedSection(with: template, into: &output, context: context)
            case .array(let array): return array.renderInvertedSection(with: template, into: &output, context: context)
            case .strings(let array): return array.renderInvertedSection(with: template, into: &output, context: context)
            case .other: break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderInvertedSection(with: template, into: &output, context: context)
        case let bool as Bool:
            if !bool { template.render(into: &output, context: context) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            template.render(into: &output, context: context)
        case .some:
            break
        case .none:
            template.render(into: &output, context: context)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    var string = ""
                    self.renderSection(context.stack.last, with: newTemplate, into: &string, context: context)
                    return string
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    var string = ""
                    self.renderSection(context.stack.last, with: newTemplate, into: &string, context: context)
                    return string
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Get child object from variable name
    func getChild(named name: String, transforms: [String], context: MustacheContext) -> Any? {
        func _getImmediateChild(named name: String, from object: Any) -> Any? {
            // kaart: a plain dictionary is no custom representation, and as a MustacheParent its child
            // is its value, so the two protocol casts below can be skipped.
            switch ObjectIdentifier(type(of: object)) {
            case ObjectIdentifier([String: Any].self): return (object as! [String: Any])[name]
            // kaart: `as? [String: Any]` copied a [String: String] into a new dictionary on every lookup.
            case ObjectIdentifier([String: String].self): return (object as! [String: String])[name]
            // kaart: a string, number, flag or array on the stack (inside `{{#phone}}…{{/phone}}`, say)
            // has no named children: the casts and the `Mirror` below found none, at a tenth of Mustache's time.
            case ObjectIdentifier(String.self), ObjectIdentifier(Int.self), ObjectIdentifier(Bool.self),
                 ObjectIdentifier([Any].self), ObjectIdentifier([String].self), ObjectIdentifier([[String: Any]].self):
                return nil
            default: if let dictionary = object as? [String: Any] { return dictionary[name] }
            }
            let child = {
                let object: Any? =
                    if let custom = object as? MustacheCustomRepresentation {
                        custom.representation
                    } else {
                        object
                    }
                if let customBox = object as? MustacheParent {
                    return customBox.child(named: name)
                } else if let object {
                    let mirror = Mirror(reflecting: object)
                    return mirror.getValue(forKey: name)
                } else {
                    return nil
                }
            }()
            return child
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            var object = object
            if let lambda = object as? MustacheLambda {
                guard let result = lambda("") else { return nil }
                object = result
            }
            guard let childObject = _getImmediateChild(named: name, from: object) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        func _getChildInStack(named names: ArraySlice<String>, from stack: [Any]) -> Any? {
            guard let name = names.first else { return stack.last }
            for object in stack.reversed() {
                if let childObject = _getImmediateChild(named: name, from: object) {
                    let names2 = names.dropFirst()
                    return _getChild(named: names2, from: childObject)
                }
            }
            return nil
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        var child: Any?
        if name == "." {
            child = context.stack.last!
        } else if name == "", !transforms.isEmpty {
            child = context.sequenceContext
        } else if name.utf8.first == UInt8(ascii: ".") {
            child = _getChild(named: dotSeparatedParts(of: name)[...], from: context.stack.last!)
        } else if !name.isEmpty, !hasDot(name) {
            // kaart: a name without dots needs no split, and no array to hold it. A plain loop: the
            // lazy `compactMap { … }.first` it replaces looked the found name up twice.
            for object in context.stack.reversed() {
                if let found = _getImmediateChild(named: name, from: object) {
                    child = found
                    break
                }
            }
        } else {
            child = _getChildInStack(named: dotSeparatedParts(of: name)[...], from: context.stack)
        }

        // kaart: a plain value is no custom representation; this skips a protocol lookup per name.
        if let found = child, case .other = PlainValue(found), let custom = found as? MustacheCustomRepresentation {
            child = custom.representation
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return child
    }

    /// kaart: `name.split(separator: ".")` on bytes. The parser only takes ASCII names
    /// (`sectionNameChars`), and the split on characters looked for grapheme boundaries, about
    /// 7 000 instructions per dotted name.
    private func dotSeparatedParts(of name: String) -> [String] {
        name.utf8.split(separator: UInt8(ascii: ".")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// kaart: whether `name` holds a `.`, searched in its UTF-8 storage; the generic
    /// `name.utf8.contains` cost about 250 instructions per name.
    private func hasDot(_ name: String) -> Bool {
        name.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: ".")) } ?? name.utf8.contains(UInt8(ascii: "."))
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
