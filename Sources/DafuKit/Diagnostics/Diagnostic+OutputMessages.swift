/// The messages about outputs, `dafu lint` findings and `dafu import` (W040–W045, E1xx,
/// W1xx, E008, W201).
extension Diagnostic {
    // MARK: Outputs

    static func skippedLink(_ path: String, reason: String) -> Diagnostic {
        Diagnostic(.skippedLink, "跳过符号链接“\(path)”：\(reason)", help: "确需渲染时，把文件复制到目录中，或直接在命令行上给出它")
    }

    static func repeatedInput(_ path: String, first: String, isFolder: Bool) -> Diagnostic {
        let (kind, once) = isFolder ? ("目录", "只读取一次") : ("文件", "只渲染一次")
        let message = path == first ? "跳过重复给出的\(kind)“\(path)”，\(once)" : "跳过“\(path)”：与“\(first)”是同一个\(kind)，\(once)"
        return Diagnostic(.repeatedInput, message,
                          help: "经符号链接或在命令行上重复给出的同一个\(kind)只处理一次；确需另一份输出时，复制文件并用 output_name 另起文件名")
    }

    static func outputCollision(_ name: String, claimedBy other: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.outputCollision, "输出文件名“\(name)”与“\(other)”的输出重复，未覆盖", at: location, help: "用 output_name 字段为其中一件指定不同的文件名")
    }

    static func cannotWrite(_ path: String, cause: String) -> Diagnostic {
        Diagnostic(.cannotWrite, "无法写入“\(path)”：\(cause)", help: "已写完的文件保留；检查磁盘空间和目录权限后重新运行")
    }

    static func cannotCreateFolder(_ directory: String, cause: String) -> Diagnostic {
        Diagnostic(.cannotWrite, "无法创建输出目录“\(directory)”：\(cause)")
    }

    static func outputIsAFile(_ directory: String) -> Diagnostic {
        Diagnostic(.cannotWrite, "无法使用输出目录“\(directory)”：已有同名文件，不是目录")
    }

    static func cannotLockFolder(_ directory: String, cause: String) -> Diagnostic {
        Diagnostic(.cannotWrite, "无法锁定输出目录“\(directory)”：\(cause)")
    }

    static func outputLocked(_ directory: String) -> Diagnostic {
        Diagnostic(.outputLocked, "输出目录“\(directory)”正由另一个 dafu batch 写入", help: "等它完成后再运行，或用 --output 指定另一个目录")
    }

    static func pdfUnavailable(_ cause: String) -> Diagnostic {
        Diagnostic(.pdfUnavailable, "无法生成 PDF：\(cause)",
                   help: "PDF 由 LibreOffice 转换 .docx 得到：apt-get install libreoffice-writer-nogui fonts-noto-cjk；其他格式不受影响")
    }

    // MARK: Lint

    static func unbalancedPair(_ mark: Character, partner: Character, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.unbalancedPair, "“\(mark)”没有配对的“\(partner)”", at: location)
    }

    static func halfWidthPunctuation(_ old: Character, _ new: Character, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.halfWidthPunctuation, "标点“\(old)”应为“\(new)”（GB/T 15834）", at: location)
    }

    static func documentNumberWithoutYear(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badDocumentNumber, "发文字号“\(text)”缺少用六角括号〔〕括起的年份", at: location, help: "例如 某发〔2025〕12号")
    }

    static func documentNumberBracket(_ bracket: Character, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badDocumentNumber, "发文字号的年份应用六角括号〔〕，不用“\(bracket)”", at: location)
    }

    static func documentNumberShortYear(_ year: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badDocumentNumber, "发文字号的年份“\(year)”应写全四位", at: location)
    }

    static func documentNumberPadded(_ serial: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badDocumentNumber, "发文字号的序号“\(serial)”不编虚位（1 不写作 01）", at: location)
    }

    static func documentNumberWithoutHao(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.badDocumentNumber, "发文字号应以“号”结尾", at: location)
    }

    static func impossibleDateInText(_ text: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.impossibleDateInText, "日期“\(text)”不存在", at: location)
    }

    static func paddedDateInText(_ digits: String, unit: Character, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.paddedDateInText, "日期“\(digits)\(unit)”不编虚位，应写作“\(digits.dropFirst())\(unit)”", at: location)
    }

    static func proposerRoleMismatch(kind: String, expected: String, written: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.roleMismatch, "\(kind)的提出人应为“\(expected)”，这里写的是“\(written)”", at: location)
    }

    static func salutationRoleMismatch(kind: String, expected: String, written: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.roleMismatch, "称呼以“\(written)”结尾，\(kind)应称“\(expected)”", at: location)
    }

    static func measureWithoutFullStop(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.measureWithoutFullStop, "措施没有以句号结尾", at: location)
    }

    static func repeatedSentence(_ sentence: String, firstLine: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.repeatedSentence, "这句话与第\(firstLine)行重复：“\(sentence.prefix(20))……”", at: location)
    }

    static func missingClosing(at location: SourceLocation) -> Diagnostic {
        Diagnostic(.missingClosing, "缺少结束语（closing），例如“感谢您对……的关心和支持。”", at: location)
    }

    static func fixRefused(_ file: String) -> Diagnostic {
        Diagnostic(.fixRefused, "自动修正未通过复核，未写入文件“\(file)”", help: "请按上面的提示手工修改；这通常是锚点、标签或转义字符所致")
    }

    // MARK: Import

    static func unsafeDocx(_ file: String, cause: String) -> Diagnostic {
        Diagnostic(.unsafeDocx, "无法读取 Word 文档“\(file)”：\(cause)", help: "用 Word 或 WPS 打开后另存为 .docx，或另存为纯文本后导入")
    }

    static func importNotice(_ message: String, file: String, line: Int) -> Diagnostic {
        Diagnostic(.importNotice, message, at: SourceLocation(file: file, line: line, column: 1))
    }
}
