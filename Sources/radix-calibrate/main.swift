import Calibration
import Foundation

/// `radix-calibrate`: writes the calibration table (docs/calibration.md) to standard output and names every
/// row out of tolerance on standard error (exit 1 then). `make calibrate` runs it.
let results = CalibrationTable.evaluate()
print(CalibrationDocument.markdown(results), terminator: "")
let failing = results.filter { !$0.passes }
for r in failing {
    FileHandle.standardError.write(Data("radix-calibrate: \(r.row.id) out of tolerance: \(r.value.map { String($0) } ?? "never") (target \(r.row.target))\n".utf8))
}
exit(failing.isEmpty ? 0 : 1)
