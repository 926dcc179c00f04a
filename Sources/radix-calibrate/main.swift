import Foundation
import Anatomy
import Calibration
import Clinical
import Compression
import Pathology

func g(_ r: SimulationResult, _ root: Root) -> Int { Probe.grade(r, root, .left).rawValue }
let args = CommandLine.arguments
if args.count == 1 || args[1] == "markdown" {
    let results = CalibrationTable.evaluate()
    print(CalibrationDocument.markdown(results), terminator: "")
    for r in results where !r.passes {
        FileHandle.standardError.write("radix-calibrate: \(r.row.id) out of tolerance: \(r.value.map { String($0) } ?? "never")\n".data(using: .utf8)!)
    }
}
if args.count > 1 && args[1] == "probe" {
    // Hasegawa by anatomy
    for level in DiscLevel.allCases {
        let ex = Probe.exiting(level)
        var line = "\(level.name) anat disc4: "
        for fh in stride(from: 22.0, through: 8, by: -1) {
            var o = AnatomyOptions(); o.levels[level] = LevelOverrides(discHeight: 4, foramenHeight: fh)
            let r = Probe.run([], anatomy: o)
            line += "\(Int(fh)):\(g(r, ex))/\(Describe.number(r.segment(level).measurements.foramenHeight[.left]!, decimals: 1)) "
        }
        print(line)
        line = "\(level.name) osteo disc4: "
        for fh in stride(from: 22.0, through: 8, by: -1) {
            var o = AnatomyOptions(); o.levels[level] = LevelOverrides(discHeight: 4)
            let r = Probe.run([.stenosis(level, .foraminal, side: .left, .foramenHeight(fh))], anatomy: o)
            line += "\(Int(fh)):\(g(r, ex))/\(Describe.number(r.segment(level).measurements.foramenHeight[.left]!, decimals: 1)) "
        }
        print(line)
    }
    for level in [DiscLevel.L3L4, .L4L5, .L5S1] {
        let tr = Probe.traversing(level)
        var line = "\(level.name) recess: "
        for d in stride(from: 7.0, through: 0.5, by: -0.5) {
            let r = Probe.run([.stenosis(level, .lateralRecess, side: .left, .recessDepth(d))])
            line += "\(d):\(g(r, tr))/\(Describe.number(r.segment(level).measurements.recessDepth[.left]!, decimals: 1)) "
        }
        print(line)
        for morph in [HerniationMorphology.protrusion, .extrusion] {
            for zone in HerniationZone.allCases {
                let root = zone == .foraminal || zone == .extraforaminal ? Probe.exiting(level) : tr
                line = "\(level.name) \(zone) \(morph): "
                for s in stride(from: 1.0, through: 10, by: 0.5) {
                    let r = Probe.run([.herniation(level, zone, zone == .central ? nil : .left, morph, size: s)])
                    line += "\(s):\(g(r, root)) "
                }
                print(line)
            }
        }
    }
    for level in [DiscLevel.L3L4, .L4L5] {
        var line = "\(level.name) dural: "
        for a in stride(from: 160.0, through: 40, by: -10) {
            let r = Probe.run([.stenosis(level, .central, .duralArea(a))])
            line += "\(Int(a)):\(g(r, Probe.traversing(level)))/\(Int(r.segment(level).measurements.duralArea.rounded()))/\(r.segment(level).schizas.rawValue) "
        }
        print(line)
        line = "\(level.name) canalAP: "
        for a in stride(from: 16.0, through: 5, by: -1) {
            let r = Probe.run([.stenosis(level, .central, .canalAP(a))])
            line += "\(Int(a)):\(g(r, Probe.traversing(level)))/\(Describe.number(r.segment(level).measurements.canalAP, decimals: 1))/\(Int(r.segment(level).measurements.duralArea)) "
        }
        print(line)
    }
    for (level, kind, dir) in [(DiscLevel.L4L5, SpondylolisthesisKind.degenerative, SlipDirection.anterior), (.L5S1, .isthmic, .anterior), (.L3L4, .degenerative, .posterior)] {
        var line = "\(level.name) \(kind) \(dir): "
        for p in stride(from: 0.0, through: 60, by: 5) {
            let r = Probe.run([.slip(level, kind, percent: p, direction: dir)])
            let m = r.segment(level).measurements
            line += "\(Int(p)):ex\(g(r, Probe.exiting(level)))tr\(g(r, Probe.traversing(level)))/AP\(Describe.number(m.canalAP, decimals: 1))/FH\(Describe.number(m.foramenHeight[.left]!, decimals: 1)) "
        }
        print(line)
    }
    for level in DiscLevel.allCases {
        var line = "\(level.name) degen: "
        for p in stride(from: 0.0, through: 80, by: 10) {
            let r = Probe.run([.degeneration(level, loss: p)])
            line += "\(Int(p)):\(g(r, Probe.exiting(level)))/FH\(Describe.number(r.segment(level).measurements.foramenHeight[.left]!, decimals: 1)) "
        }
        print(line)
        line = "\(level.name) posture: "
        for p in Posture.allCases {
            let r = Probe.run([], posture: p)
            let m = r.segment(level).measurements
            line += "\(p):AP\(Describe.number(m.canalAP, decimals: 2))/FH\(Describe.number(m.foramenHeight[.left]!, decimals: 2))/A\(Int(m.duralArea)) "
        }
        print(line)
    }
}
func first(_ r: (Double) -> SimulationResult, _ root: Root, _ grade: RootGrade, from: Double, to: Double, step: Double) -> String {
    guard let v = Probe.firstValue(from: from, to: to, step: step, resolution: 0.05, { Probe.grade(r($0), root, .left) >= grade }) else { return "-" }
    return Describe.number(v, decimals: 2)
}
if args.count > 1 && args[1] == "hern" {
    for level in [DiscLevel.L3L4, .L4L5, .L5S1] {
        for morph in [HerniationMorphology.protrusion, .extrusion] {
            var line = "\(level.name) \(morph): "
            for zone in HerniationZone.allCases {
                let root = zone == .foraminal || zone == .extraforaminal ? Probe.exiting(level) : Probe.traversing(level)
                let run = { (s: Double) in Probe.run([.herniation(level, zone, zone == .central ? nil : .left, morph, size: s)]) }
                line += "\(zone) c\(first(run, root, .contact, from: 0.5, to: 15, step: 0.5)) d\(first(run, root, .deviation, from: 0.5, to: 15, step: 0.5)) C\(first(run, root, .compression, from: 0.5, to: 15, step: 0.5)) | "
            }
            print(line)
        }
        let rec = { (d: Double) in Probe.run([.stenosis(level, .lateralRecess, side: .left, .recessDepth(d))]) }
        print("\(level.name) recess c\(first(rec, Probe.traversing(level), .contact, from: 8, to: 0.5, step: 0.5)) d\(first(rec, Probe.traversing(level), .deviation, from: 8, to: 0.5, step: 0.5)) C\(first(rec, Probe.traversing(level), .compression, from: 8, to: 0.5, step: 0.5))")
    }
}
if args.count > 2 && args[1] == "rooms" {
    let size = Double(args[2])!
    let r = Probe.run([.herniation(.L4L5, .subarticular, .left, .protrusion, size: size)])
    for st in r.spine.spine.stations where st.root == .L5 && st.side == .left {
        let room = r.spine.room(for: st)
        print(st.level.name, st.site.rawValue, st.position, "r", st.radius, "mob", st.mobility, "clear", Describe.number(room.clearance, decimals: 2), "fit", Describe.number(room.bestFit, decimals: 2), "touch", room.touching.map { r.spine.solids(for: st.level)[$0].structure.rawValue })
    }
}
if args.count > 1 && args[1] == "slips" {
    for (level, ex, tr) in [(DiscLevel.L4L5, Root.L4, Root.L5), (.L3L4, .L3, .L4)] {
        for p in [25.0, 30, 35, 40, 45, 50] {
            let r = Probe.run([.slip(level, .degenerative, percent: p)])
            print(level.name, p, "tr", Probe.grade(r, tr, .left).rawValue, "ex", Probe.grade(r, ex, .left).rawValue, "lee", r.segment(level).leeForaminal[.left]!)
        }
    }
    for s in ["18", "19"] { _ = s }
}
