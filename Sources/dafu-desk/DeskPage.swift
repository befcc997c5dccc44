import DafuKit
import Foundation

/// The desk's HTML pages, written through the same libxml2 writer as the replies: every value
/// is escaped, so nothing a drafter typed can become markup or script.
enum DeskPage {
    enum Notice {
        case done(String)
        case failed(String)
    }

    /// The frame every page shares: header, style sheet, script.
    private static func page(_ title: String, _ body: (HTMLWriter) -> Void) -> String {
        HTMLWriter.document { html in
            html.element("title", text: title + " — dafu 答复工作台")
            html.element("link", ["rel": "stylesheet", "href": "/desk.css"])
            html.element("script", ["src": "/desk.js", "defer": "defer"])
        } body: { html in
            html.element("header", ["class": "bar"]) {
                html.element("a", ["href": "/", "class": "home"], block: false) { html.text("dafu 答复工作台") }
                html.inline("span", ["class": "where"], text: title)
            }
            body(html)
        }
    }

    static func message(title: String, message: String) -> String {
        page(title) { html in
            html.element("main", ["class": "message"]) {
                html.element("p", text: message)
                html.element("p") { html.element("a", ["href": "/"], block: false) { html.text("返回答复列表") } }
            }
        }
    }

    // MARK: The list

    static func list(_ replies: [DeskWorkspace.Summary], folder: String, notice: String?) -> String {
        page(folder) { html in
            html.element("main", ["class": "list"]) {
                html.newline()
                html.element("h1", text: "答复（\(replies.count) 件）")
                table(replies, html)
                html.element("section", ["class": "actions"]) {
                    html.newline()
                    newForm(html)
                    importForm(html)
                }
            }
        }
    }

    private static func table(_ replies: [DeskWorkspace.Summary], _ html: HTMLWriter) {
        html.element("table", ["class": "replies"]) {
            html.element("thead") {
                html.element("tr") { for head in ["文件", "标题", "编号", "办理结果", "状态"] { html.inline("th", text: head) } }
            }
            html.element("tbody") {
                for reply in replies {
                    html.element("tr", ["class": reply.errors > 0 ? "has-errors" : ""]) {
                        html.element("td", block: false) {
                            html.element("a", ["href": "/edit?file=" + query(reply.file)], block: false) { html.text(reply.file) }
                        }
                        for cell in [reply.title, reply.number, reply.resultClass, state(reply)] { html.inline("td", text: cell) }
                    }
                }
            }
        }
    }

    static func state(_ reply: DeskWorkspace.Summary) -> String {
        if reply.errors > 0 { return "\(reply.errors) 个错误" + (reply.warnings > 0 ? "，\(reply.warnings) 个警告" : "") }
        return reply.warnings > 0 ? "可渲染，\(reply.warnings) 个警告" : "可渲染"
    }

    private static func newForm(_ html: HTMLWriter) {
        html.element("form", ["method": "post", "action": "/new", "class": "new"]) {
            html.element("h2", text: "新建答复")
            html.element("label") {
                html.text("文种 ")
                html.element("select", ["name": "kind"], block: false) {
                    for kind in ReplyKind.allCases { html.element("option", ["value": kind.rawValue], block: false) { html.text(kind.chineseName) } }
                }
            }
            html.element("label") { html.text("文件名 "); html.element("input", ["name": "name", "placeholder": "新答复.yaml"], block: false) }
            html.element("label") { html.element("input", ["type": "checkbox", "name": "zh", "checked": "checked"], block: false); html.text(" 中文字段名") }
            html.element("button", ["type": "submit"], block: false) { html.text("新建") }
        }
    }

    private static func importForm(_ html: HTMLWriter) {
        html.element("form", ["method": "post", "action": "/import", "enctype": "multipart/form-data", "class": "import"]) {
            html.element("h2", text: "导入已有答复")
            html.element("label") {
                html.text("Word 或文本文件 ")
                html.element("input", ["type": "file", "name": "letter", "accept": ".docx,.txt", "required": "required"], block: false)
            }
            html.element("button", ["type": "submit"], block: false) { html.text("导入") }
        }
    }

    // MARK: The editor

    // swiftlint:disable:next function_parameter_count
    static func editor(file: String, text: String, base: String, layout: String, layouts: [(name: String, description: String)],
                       preview: DeskWorkspace.Preview, notice: Notice?) -> String {
        page(file) { html in
            html.element("main", ["class": "editor"]) {
                html.newline()
                html.element("form", ["method": "post", "action": "/edit?file=" + query(file), "class": "edit", "data-file": file]) {
                    html.newline()
                    toolbar(file: file, layout: layout, layouts: layouts, notice: notice, html)
                    html.element("div", ["class": "source"]) {
                        html.element("pre", ["class": "gutter", "aria-hidden": "true"], block: false) {
                            html.text((1...max(1, text.split(separator: "\n", omittingEmptySubsequences: false).count)).map(String.init).joined(separator: "\n"))
                        }
                        html.element("textarea", ["name": "text", "spellcheck": "false", "wrap": "off", "aria-label": "答复数据（YAML）"], block: false) { html.text(text) }
                    }
                    html.element("input", ["type": "hidden", "name": "base", "value": base])
                    findings(preview.findings, html)
                }
                html.element("iframe", ["class": "preview", "title": "A4 预览", "sandbox": "", "srcdoc": preview.pages ?? emptyPreview])
            }
        }
    }

    private static let emptyPreview = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>预览</title></head><body><p>有错误，暂不能预览。</p></body></html>"

    private static func toolbar(file: String, layout: String, layouts: [(name: String, description: String)], notice: Notice?, _ html: HTMLWriter) {
        html.element("div", ["class": "tools"]) {
            html.element("label", block: false) {
                html.text("版式 ")
                html.element("select", ["name": "layout"], block: false) {
                    html.element("option", ["value": ""], block: false) { html.text("（按文种）") }
                    for (name, description) in layouts {
                        html.element("option", ["value": name, "title": description, "selected": name == layout ? "selected" : ""], block: false) { html.text(name) }
                    }
                }
            }
            html.element("button", ["type": "submit", "name": "action", "value": "preview"], block: false) { html.text("预览") }
            html.element("button", ["type": "submit", "name": "action", "value": "save", "class": "save"], block: false) { html.text("保存") }
            html.element("span", ["class": "downloads"], block: false) {
                html.text("下载（已保存的内容）：")
                for format in ["docx", "xml", "txt", "html", "pdf"] {
                    let target = OutputFormat(rawValue: format == "txt" ? "text" : format == "xml" ? "flat" : format)!
                    html.element("a", ["href": "/download?file=\(query(file))&format=\(target.rawValue)", "class": "download", "data-format": target.rawValue],
                                 block: false) { html.text("." + format) }
                }
            }
            switch notice {
            case .done(let text)?: html.inline("output", ["class": "status done", "role": "status"], text: text)
            case .failed(let text)?: html.inline("output", ["class": "status failed", "role": "alert"], text: text)
            case nil: html.inline("output", ["class": "status", "role": "status"], text: "")
            }
        }
    }

    private static func findings(_ findings: [DeskWorkspace.Finding], _ html: HTMLWriter) {
        html.element("section", ["class": "findings", "aria-label": "诊断"]) {
            html.element("ol") {
                for finding in findings {
                    html.element("li", block: true) {
                        html.element("a", ["href": "#", "class": finding.severity, "data-line": String(finding.line), "data-column": String(finding.column)],
                                     block: false) { html.text(describe(finding)) }
                    }
                }
            }
        }
    }

    /// `3:5 错误[E010]: 未知字段…（帮助…）`, as the list shows a finding.
    static func describe(_ finding: DeskWorkspace.Finding) -> String {
        "\(finding.line):\(finding.column) \(finding.severity == "error" ? "错误" : "警告")[\(finding.code)]: \(finding.message)"
            + (finding.help.map { " —— \($0)" } ?? "")
    }

    static func query(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#"))) ?? ""
    }
}
