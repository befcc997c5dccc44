extension Layout {
    /// Gathers the flattened pieces into blocks: neighbours of one kind form one block, so no
    /// renderer has to look at the piece before or after.
    struct Grouper {
        let titleCapacity: Double
        /// Whether a 版记 stands alone on an even last page (the layout's `imprint_page: even`).
        let imprintOnEvenPage: Bool
        private var blocks: [LayoutBlock] = []

        init(titleCapacity: Double, imprintOnEvenPage: Bool = false) {
            self.titleCapacity = titleCapacity
            self.imprintOnEvenPage = imprintOnEvenPage
        }

        mutating func add(_ piece: Piece) {
            switch piece {
            case .paragraph(let paragraph):
                if case .text(var paragraphs)? = blocks.last {
                    paragraphs.append(paragraph)
                    blocks[blocks.count - 1] = .text(paragraphs)
                } else {
                    blocks.append(.text([paragraph]))
                }
            case .row(let header, let cells):
                addRow(cells, header: header)
            case .line(let role, let text):
                addLine(role, text)
            }
        }

        private mutating func addLine(_ role: Role, _ text: String) {
            switch role {
            case .letterhead: addHeader(.letterhead(text))
            case .resultClass: addHeader(.resultClass(text))
            case .docNumber: addHeader(.docNumber(text, signer: nil))
            case .signer:
                // 签发人 right after a 发文字号 (every piece changes the last block) shares its line.
                if case .header(var header)? = blocks.last, case .docNumber(let number, nil)? = header.lines.last {
                    header.lines[header.lines.count - 1] = .docNumber(number, signer: text)
                    blocks[blocks.count - 1] = .header(header)
                } else {
                    addHeader(.signer(text))
                }
            case .title: addTitle(text)
            case .attachment: addAttachment(text)
            case .issuer, .date, .note: addSignature(role, text)
            case .cc, .printer, .printDate: addImprint(role, text)
            case .annex: blocks.append(.annex(AnnexBlock(label: text, title: [], table: nil)))
            case .addressee, .body, .flushLeft, .row, .headerRow:
                // Paragraph roles and rows arrive as their own pieces (Flattener.piece).
                add(Flattener.piece(role, text))
            }
        }

        private mutating func addHeader(_ line: HeaderBlock.Line) {
            if case .header(var header)? = blocks.last {
                header.lines.append(line)
                header.ruled = header.ruled || line.isLetterhead
                blocks[blocks.count - 1] = .header(header)
            } else {
                blocks.append(.header(HeaderBlock(lines: [line], ruled: line.isLetterhead)))
            }
        }

        private mutating func addTitle(_ text: String) {
            let lines = TitleLines.lines(text, capacity: titleCapacity)
            switch blocks.last {
            case .title(var title)?:
                title.lines += lines
                blocks[blocks.count - 1] = .title(title)
            case .annex(var annex)? where annex.table == nil:
                annex.title += lines
                blocks[blocks.count - 1] = .annex(annex)
            case .header?:
                blocks.append(.title(TitleBlock(lines: lines, underHeader: true)))
            default:
                blocks.append(.title(TitleBlock(lines: lines, underHeader: false)))
            }
        }

        private mutating func addAttachment(_ name: String) {
            let line = AttachmentLine(label: "", number: "", name: name)
            if case .attachments(var lines)? = blocks.last {
                lines.append(line)
                blocks[blocks.count - 1] = .attachments(lines)
            } else {
                blocks.append(.attachments([line]))
            }
        }

        private mutating func addSignature(_ role: Role, _ text: String) {
            var signature = SignatureBlock()
            if case .signature(let open)? = blocks.last { signature = open } else { blocks.append(.signature(signature)) }
            let fits = switch role {
            case .issuer: signature.issuer == nil && signature.date == nil && signature.notes.isEmpty
            case .date: signature.date == nil && signature.notes.isEmpty
            default: true
            }
            if !fits {
                // A second issuer or a date after the notes starts a new signature block.
                signature = SignatureBlock()
                blocks.append(.signature(signature))
            }
            switch role {
            case .issuer: signature.issuer = text
            case .date: signature.date = text
            default: signature.notes.append(text)
            }
            blocks[blocks.count - 1] = .signature(signature)
        }

        /// 抄送, 印发机关 and 印发日期 join one 版记 while their places in it are free; a second 抄送
        /// (or a part after its place) starts another.
        private mutating func addImprint(_ role: Role, _ text: String) {
            var imprint = ImprintBlock(evenPage: imprintOnEvenPage)
            if case .imprint(let open)? = blocks.last { imprint = open } else { blocks.append(.imprint(imprint)) }
            let fits = switch role {
            case .cc: imprint.copyTo == nil && !imprint.hasPrinting
            case .printer: imprint.printer == nil && imprint.printDate == nil
            default: imprint.printDate == nil
            }
            if !fits {
                imprint = ImprintBlock(evenPage: imprintOnEvenPage)
                blocks.append(.imprint(imprint))
            }
            switch role {
            case .cc: imprint.copyTo = text
            case .printer: imprint.printer = text
            default: imprint.printDate = text
            }
            blocks[blocks.count - 1] = .imprint(imprint)
        }

        private mutating func addRow(_ cells: [String], header: Bool) {
            func grown(_ table: Table?) -> Table {
                var table = table ?? Table(rows: [], headerRows: 0)
                if header && table.headerRows == table.rows.count { table.headerRows += 1 }
                table.rows.append(cells)
                return table
            }
            switch blocks.last {
            case .annex(var annex)?:
                annex.table = grown(annex.table)
                blocks[blocks.count - 1] = .annex(annex)
            case .table(let table)?:
                blocks[blocks.count - 1] = .table(grown(table))
            default:
                blocks.append(.table(grown(nil)))
            }
        }

        /// The blocks, with the attachments labelled: 附件：×× for one, 附件：1.×× 2.×× for several.
        func finish() -> [LayoutBlock] {
            blocks.map { block in
                guard case .attachments(let lines) = block else { return block }
                return .attachments(lines.enumerated().map { index, line in
                    AttachmentLine(label: index == 0 ? "附件：" : "", number: lines.count > 1 ? "\(index + 1)." : "", name: line.name)
                })
            }
        }
    }
}
