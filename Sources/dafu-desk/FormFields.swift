import Foundation
import Hummingbird
import MultipartKit

/// Form bodies: URL-encoded fields, and the file of a multipart upload (parsed by MultipartKit).
enum FormFields {
    /// `a=1&b=%E4%B8%AD` as fields (`+` is a space); later duplicates win.
    static func parse(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    /// The boundary of a `multipart/form-data` content type.
    static func boundary(of contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0].lowercased() == "boundary" {
                let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// The first part that carries a file name: the name and the bytes.
    static func firstFile(in buffer: ByteBuffer, boundary: String) throws -> (name: String, data: Data)? {
        let parser = MultipartParser(boundary: boundary)
        var parts: [(disposition: String, data: Data)] = []
        var disposition = "", data = Data()
        parser.onHeader = { name, value in if name.lowercased() == "content-disposition" { disposition = value } }
        parser.onBody = { body in data.append(contentsOf: body.readableBytesView) }
        parser.onPartComplete = {
            parts.append((disposition, data))
            (disposition, data) = ("", Data())
        }
        do { try parser.execute(buffer) } catch { throw HTTPError(.badRequest, message: "上传的表单无法读取") }
        for part in parts {
            if let name = fileName(in: part.disposition), !name.isEmpty { return (name, part.data) }
        }
        return nil
    }

    /// `filename="…"` of a Content-Disposition header.
    static func fileName(in disposition: String) -> String? {
        guard let range = disposition.range(of: "filename=") else { return nil }
        var value = disposition[range.upperBound...]
        if let end = value.firstIndex(of: ";"), !value.hasPrefix("\"") { value = value[..<end] }
        if value.hasPrefix("\""), let close = value.dropFirst().firstIndex(of: "\"") { value = value[value.index(after: value.startIndex)..<close] }
        return (String(value) as NSString).lastPathComponent
    }
}
