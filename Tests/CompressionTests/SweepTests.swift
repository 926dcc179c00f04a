import XCTest
import Anatomy
import Clinical
import Compression
import Pathology

/// Sweeps that check the model against published thresholds (clinical reference §B1, §B2, §B4).
final class SweepTests: XCTestCase {
    /// Hasegawa 1995 (§B4): with posterior disc height ≤ 4 mm, foraminal height ≤ 15 mm compresses the root
    /// in 4 of 5 foramina. Sweeping the L5–S1 foramen down with a degenerated disc, L5 must first be touched
    /// near 15 mm and be flattened (Pfirrmann 3) before the foramen is down to 12 mm; never at 17 mm or more.
    func testForaminalHeightSweepMeetsHasegawa() {
        for loss in [25.0, 40.0] {
            var firstTouch: Double?, firstCompression: Double?
            var previous = RootGrade.normal
            for tenth in stride(from: 230, through: 90, by: -2) {
                let anatomy = AnatomyOptions(levels: [.L5S1: LevelOverrides(foramenHeight: Double(tenth) / 10)])
                let r = Make.run([Make.degeneration(.L5S1, loss: loss)], anatomy: anatomy)
                XCTAssertLessThanOrEqual(r.spine[.L5S1].discHeight, 4)
                let measured = r.segment(.L5S1).measurements.foramenHeight[.left] ?? 0
                let grade = r.grade(.L5, .left)
                XCTAssertGreaterThanOrEqual(grade, previous, "grades rise as the foramen closes")
                previous = grade
                if grade > .normal, firstTouch == nil { firstTouch = measured }
                if grade == .compression, firstCompression == nil { firstCompression = measured }
            }
            let touch = try! XCTUnwrap(firstTouch), compression = try! XCTUnwrap(firstCompression)
            XCTAssertEqual(touch, 15, accuracy: 1.5, "loss \(loss)%: first touched at \(touch) mm")
            XCTAssertGreaterThanOrEqual(compression, 12, "loss \(loss)%: flattened only at \(compression) mm")
            XCTAssertLessThan(compression, 17)
        }
    }

    /// Narrowing the L4–L5 canal from behind (ligamentum flavum) passes, in order: AP < 13 mm (relative,
    /// Verbiest), dural area < 130 then < 100 mm² (Bolender), AP < 10 mm (absolute), dural area < 75 mm²
    /// (Schönström); Schizas runs A → B → C → D without going back.
    func testCentralCanalSweepPassesThresholdsInOrder() {
        var previousSchizas = SchizasGrade.A
        var previousArea = Double.infinity, previousAP = Double.infinity
        var firstAt: [String: Double] = [:]
        for tenth in stride(from: 150, through: 30, by: -2) {
            let target = Double(tenth) / 10
            let r = Make.run([Make.stenosis(.L4L5, .central, cause: .ligamentumFlavum, .canalAP(target))])
            let seg = r.segment(.L4L5), m = seg.measurements
            XCTAssertEqual(m.canalAP, target, accuracy: 0.05)
            XCTAssertLessThanOrEqual(m.duralArea, previousArea + 1e-9)
            XCTAssertLessThanOrEqual(m.canalAP, previousAP + 1e-9)
            XCTAssertGreaterThanOrEqual(seg.schizas, previousSchizas)
            previousArea = m.duralArea; previousAP = m.canalAP; previousSchizas = seg.schizas
            func mark(_ key: String, _ hit: Bool) { if hit && firstAt[key] == nil { firstAt[key] = target } }
            mark("AP<13", m.canalAP < 13); mark("AP<10", m.canalAP < 10)
            mark("area<130", m.duralArea < 130); mark("area<100", m.duralArea < 100); mark("area<75", m.duralArea < 75)
            mark("B", seg.schizas >= .B); mark("C", seg.schizas >= .C); mark("D", seg.schizas == .D)
        }
        let order = ["AP<13", "area<130", "area<100", "B", "C", "D"]
        let at = order.map { firstAt[$0] ?? -1 }
        XCTAssertFalse(at.contains(-1), "\(firstAt)")
        XCTAssertEqual(at, at.sorted(by: >), "thresholds crossed out of order: \(firstAt)")
        XCTAssertGreaterThanOrEqual(firstAt["area<100"] ?? 0, (firstAt["AP<10"] ?? 0) - 1.5, "Bolender's 100 mm² comes about with Verbiest's 10 mm: \(firstAt)")
        XCTAssertGreaterThanOrEqual(firstAt["area<100"] ?? 0, firstAt["area<75"] ?? 0)
        XCTAssertEqual(firstAt["C"] ?? 0, firstAt["area<75"] ?? 0, accuracy: 1.0, "Schizas C arrives with absolute stenosis: \(firstAt)")
    }
}
