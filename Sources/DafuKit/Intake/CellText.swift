import Foundation

/// How a spreadsheet's stored values read as text, the way the office program shows them
/// (ECMA-376 Part 1, 18.8.30 numFmt; 18.17.4 dates as serial numbers).
enum CellText {
    /// Built-in number formats that show a date: 14–22, and 27–36 and 50–58, which Excel and
    /// WPS use for Chinese dates (2025年6月30日).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// What a number format does to a number: a date, zero-padding (`0000` → 0257), or nothing.
    enum Format: Equatable, Sendable {
        case general
        case date
        case padded(Int)

        /// The format of a format code: a date when it has a year or a day outside quotes,
        /// brackets and escapes; padded when it is only zeros.
        init(code: String) {
            var visible = "", quoted = false, bracket = false, escaped = false
            for character in code {
                if escaped { escaped = false; continue }
                switch character {
                case "\"": quoted.toggle()
                case "[" where !quoted: bracket = true
                case "]" where !quoted: bracket = false
                case "\\" where !quoted: escaped = true
                default: if !quoted, !bracket { visible.append(character) }
                }
            }
            let lowered = visible.lowercased()
            if lowered.contains("y") || lowered.contains("d") {
                self = .date
            } else if visible.count > 1, visible.allSatisfy({ $0 == "0" }) {
                self = .padded(visible.count)
            } else {
                self = .general
            }
        }
    }

    /// A stored number as shown: whole numbers without `.0`, dates as 2025-06-30.
    static func number(_ stored: String, format: Format, date1904: Bool) -> String {
        guard let value = Double(stored.trimmingCharacters(in: .whitespaces)), value.isFinite else { return stored }
        switch format {
        case .date:
            return date(serial: value, date1904: date1904) ?? stored
        case .padded(let width):
            let digits = plain(value)
            return digits.count < width && value >= 0 && value == value.rounded()
                ? String(repeating: "0", count: width - digits.count) + digits : digits
        case .general:
            return plain(value)
        }
    }

    /// A number in its shortest form: 257, 2.5.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A serial date as YYYY-MM-DD (the time of day is dropped). In the 1900 system serial 1
    /// is 1900-01-01 and serial 60 the 29 February 1900 that Lotus 1-2-3 invented, which Excel
    /// keeps: later serials count from 1899-12-30. In the 1904 system serial 0 is 1904-01-01.
    static func date(serial: Double, date1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }          // up to 9999-12-31
        let whole = Int(serial.rounded(.down))
        if !date1904, whole == 60 { return "1900-02-29" }
        // Days from 1970-01-01: 1899-12-30 is day −25569, 1899-12-31 day −25568, 1904-01-01 day −24107.
        let days = date1904 ? whole - 24107 : whole < 60 ? whole - 25568 : whole - 25569
        let (year, month, day) = civil(fromDays: days)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
