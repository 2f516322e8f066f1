import Foundation

/// Faults the tests make a worker suffer on a chosen file, to prove that the batch survives
/// them: `THIDUA_TEST_FAULT="crash=NAME;hang=NAME;alloc=NAME"` (NAME as users see it).
/// Read in debug builds only: a release build ignores the variable.
struct FaultInjection {
    enum Fault: String {
        /// A segmentation fault, as a broken C parser gives.
        case crash
        /// Never finishes the file.
        case hang
        /// Allocates and touches memory until the address-space limit stops it.
        case alloc
    }

    private var faults: [String: Fault] = [:]

    static func fromEnvironment() -> FaultInjection {
        var f = FaultInjection()
        #if DEBUG
        guard let spec = ProcessInfo.processInfo.environment["THIDUA_TEST_FAULT"] else { return f }
        for part in spec.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2, let fault = Fault(rawValue: pair[0]) { f.faults[pair[1]] = fault }
        }
        #endif
        return f
    }

    /// Suffers the fault planned for the file `name`, if any.
    func apply(to name: String) {
        #if DEBUG
        guard let fault = faults[name] else { return }
        switch fault {
        case .crash:
            raise(SIGSEGV)
        case .hang:
            while true { sleep(3600) }
        case .alloc:
            var blocks: [UnsafeMutableRawPointer] = []
            while true {
                guard let p = malloc(64 << 20) else { fatalError("out of memory") }
                memset(p, 1, 64 << 20)
                blocks.append(p)
            }
        }
        #endif
    }
}
