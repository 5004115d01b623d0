//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Protocol for objects that can be rendered as a sequence in Mustache
public protocol MustacheSequence: Sequence {}

extension MustacheSequence {
    /// Render section using template
    /// kaart: appends to `output` instead of returning a string per section.
    func renderSection(with template: MustacheTemplate, into output: inout String, context: MustacheContext) {
        var sequenceContext = MustacheSequenceContext(first: true)

        var iterator = makeIterator()
        guard var currentObject = iterator.next() else { return }

        while let object = iterator.next() {
            template.render(into: &output, context: context.withSequence(currentObject, sequenceContext: sequenceContext))
            currentObject = object
            sequenceContext.first = false
            sequenceContext.index += 1
        }

        sequenceContext.last = true
        template.render(into: &output, context: context.withSequence(currentObject, sequenceContext: sequenceContext))
    }

    /// Render inverted section using template
    /// kaart: appends to `output`, as above.
    func renderInvertedSection(with template: MustacheTemplate, into output: inout String, context: MustacheContext) {
        var iterator = makeIterator()
        if iterator.next() == nil {
            template.render(into: &output, context: context.withObject(self))
        }
    }
}

extension Array: MustacheSequence {}
extension Set: MustacheSequence {}
extension ReversedCollection: MustacheSequence {}
