/// Characters XML 1.0 forbids (control characters pasted from other programs). They are
/// dropped from input with a located warning, so no writer ever sees them.
enum XMLCharacters {
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
