/// HTML5 through the libxml2 writer: every element closed with an end tag (void elements
/// excepted), text and attributes escaped by the library, so data can never become markup.
/// Block elements end with a newline so the file reads and diffs line by line; inline content
/// is written without white space, which would show between Chinese characters.
package struct HTMLWriter {
    private let xml = XMLWriter(indent: false)

    /// Elements HTML writes without an end tag.
    private static let void: Set<String> = ["meta", "br", "hr", "link", "input", "img", "col", "area", "base", "source", "wbr"]

    package init() {
        xml.raw("<!DOCTYPE html>\n")
    }

    /// Attributes that say something when empty, so an empty value is written: an empty
    /// `value` is a value, `alt=""` marks an image as decoration, and `sandbox=""` applies every
    /// restriction (left out, it would apply none).
    static let meaningfulWhenEmpty: Set<String> = ["value", "alt", "sandbox"]

    /// An element around `body`; a newline after block elements. An attribute whose value is
    /// empty is left out (`class`, `selected` … that do not apply), except those in
    /// `meaningfulWhenEmpty`.
    package func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], block: Bool = true, _ body: () -> Void = {}) {
        xml.start(name)
        for (key, value) in attributes where !value.isEmpty || Self.meaningfulWhenEmpty.contains(key) { xml.attribute(key, value) }
        if Self.void.contains(name) {
            xml.end()
        } else {
            body()
            xml.endFull()
        }
        if block { xml.raw("\n") }
    }

    /// A block element holding `text`.
    package func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        element(name, attributes) { xml.text(text) }
    }

    /// An inline element holding `text`.
    package func inline(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        element(name, attributes, block: false) { xml.text(text) }
    }

    /// Character data, escaped.
    package func text(_ text: String) { xml.text(text) }

    /// A newline between blocks.
    package func newline() { xml.raw("\n") }

    /// Style sheet text, which may hold `>` but never `</`: it is written by dafu from numbers
    /// and font names of the style table, never from reply data.
    package func css(_ css: String) {
        styleSheet(escaped: Self.escapedCSS(css))
    }

    /// A style element holding `css` as `escapedCSS` returned it.
    package func styleSheet(escaped css: String) {
        element("style") { xml.raw("\n" + css) }
    }

    /// `css` with every `</` written `<\/`, so nothing in it can close the style element.
    package static func escapedCSS(_ css: String) -> String {
        css.replacingOccurrences(of: "</", with: "<\\/")
    }

    /// The document.
    package func finish() -> String { xml.finish() + "\n" }

    /// A whole Chinese page: `<html lang="zh-CN">`, a head with the charset, the viewport
    /// (unless `viewport` is false) and what `head` writes (its title, style), then a body
    /// holding what `body` writes. Every page dafu writes — a reply, the desk's preview, the
    /// desk's own pages — is one.
    package static func document(viewport: Bool = true, head: (HTMLWriter) -> Void, body: (HTMLWriter) -> Void) -> String {
        let html = HTMLWriter()
        html.element("html", ["lang": "zh-CN"]) {
            html.newline()
            html.element("head") {
                html.newline()
                html.element("meta", ["charset": "utf-8"])
                if viewport { html.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]) }
                head(html)
            }
            html.element("body") {
                html.newline()
                body(html)
            }
        }
        return html.finish()
    }
}
