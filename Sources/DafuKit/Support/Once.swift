import Synchronization

/// A value made on first use, once, whichever thread asks first: what a layout builds for a
/// renderer (the .docx's compressed fixed parts, the HTML style sheet) costs nothing for the
/// layouts a run never uses, which matters to a single `dafu render`.
final class Once<Value: Sendable>: Sendable {
    private let state = Mutex<Value?>(nil)

    /// The value, made by `make` the first time.
    func value(_ make: () -> Value) -> Value {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
