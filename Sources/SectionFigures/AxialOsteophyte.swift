import Clinical
import Foundation
import Geometry
import Pathology

/// A foraminal osteophyte in the axial view (issue 11). The model's osteophyte is a shelf rising from the lower
/// endplate's posterior margin and the superior articular process's tip under the exiting root, across the foramen's
/// whole depth; at mid-disc most of it lies inside the process already drawn. What the plane adds is bone on the
/// posterolateral rim of the body: spurs growing back from the disc's corner into the foramen, with the ganglion
/// (seen from above, over the process's tip) flattened between their tips and the back of the foramen (the process's
/// front above its tip, the model's box back). In-plane mm.
extension AxialSection {
    /// True when `rect` (a lesion piece's) is an osteophyte in the foramen: lateral to the medial pedicle wall.
    static func isForaminalOsteophyte(_ structure: Structure, _ rect: RoundedRect, pedicleWallX: Double) -> Bool {
        structure == .osteophyte && min(abs(rect.minX), abs(rect.maxX)) >= pedicleWallX - 1e-6 && rect.minX * rect.maxX > 0
    }

    /// The ganglion as drawn where a foraminal osteophyte reaches it (`rest` its model centre, `r` its radius): against
    /// the back of the foramen (`back`, the process's front above its tip), as thick as its grade leaves it — half its
    /// radius when compressed, three quarters when deviated, round when only touched or free (the thicknesses are a
    /// drawing convention; the grade is the model's) — and as much wider as it is thinner (at most 1.7 times).
    static func ganglionOnSpur(rest: Vec2, radius r: Double, grade: RootGrade, back: Double) -> RootSqueeze.Placement {
        let k = RootSqueeze.thickness(grade)
        let ry = k * r, rx = min(1.7 * r, r / k)
        let y = min(rest.y, back - ry - 0.05 * r)
        return RootSqueeze.Placement(centre: Vec2(rest.x, y), rx: rx, ry: ry, towardsLesion: k < 1 ? Vec2(0, -1) : nil)
    }

    /// The y the spurs' tips reach (`rect` the model's box): 0.35 mm in front of the drawn ganglion of that foramen,
    /// wherever it lies over them; else two fifths of the way from the disc's margin to the back of the foramen.
    func spurTip(_ rect: RoundedRect) -> Double {
        let rim = foraminalRim(rect)
        let g = rect.center.x >= 0 ? 1.0 : -1.0
        let fallback = rim + 0.4 * (rect.maxY - rim)
        guard let root = roots.first(where: { $0.station.site == .foramen && ($0.centre.x >= 0 ? 1.0 : -1.0) == g }),
              root.centre.x + root.rx > rect.minX, root.centre.x - root.rx < rect.maxX else { return fallback }
        return max(rim + 0.8 * scale, min(fallback + 1 * scale, root.centre.y - root.ry - 0.35 * scale))
    }

    /// The disc's model margin beside the foramen (its back there), mm.
    private func foraminalRim(_ rect: RoundedRect) -> Double {
        discBack(rect.center.x) ?? discBackMidline
    }

    /// The disc's drawn back at `x` (`discOutline`: the model's margin, rounded at the posterolateral corners), mm.
    func drawnDiscBack(_ x: Double) -> Double {
        let xp = exactDiscEdge, cr = discCornerRadius, u = abs(x)
        guard u > xp else { return discBack(x) ?? discBackMidline }
        let yEdge = discBack(x >= 0 ? xp : -xp) ?? discBackMidline
        let yc = min(discBack(xp) ?? discBackMidline, discBack(-xp) ?? discBackMidline) - cr
        let d = min(1, (u - xp) / max(cr, 1e-6))
        return min(yEdge, yc + (yEdge - yc) * (1 - d * d).squareRoot())
    }

    /// The spurs of a foraminal osteophyte (one piece, `rect` the model's box) as drawn: bone growing back from the
    /// disc's posterolateral rim (its base 1 mm inside the drawn disc, never more than 1.5 mm in front of the model's
    /// margin: lateral to the disc's rounded corner it stands on the process's tip) from the medial pedicle wall out to 2 mm short of
    /// the foramen's lateral edge, its free edge two pointed spurs (power 0.45, tips reaching `spurTip`, hollow 40 % of
    /// the depth between them), rounded onto the rim at its medial end and tapering onto it laterally. The first half
    /// of the points is the free edge (medial to lateral), the second the base. Spur count and shape are a drawing choice.
    func foraminalSpurOutline(_ rect: RoundedRect) -> [Vec2] {
        let s = scale, g = rect.center.x >= 0 ? 1.0 : -1.0
        let inner = min(abs(rect.minX), abs(rect.maxX)), outer = min(max(abs(rect.minX), abs(rect.maxX)), lateralEdge) - 2 * s
        guard outer - inner > 2 * s else { return rect.outline(steps: 8) }
        let tip = spurTip(rect), width = outer - inner, rim = foraminalRim(rect)
        let n = 64
        var free: [Vec2] = [], base: [Vec2] = []
        for i in 0...n {
            let u = Double(i) / Double(n), x = g * (inner + width * u)
            let b = max(drawnDiscBack(x) - 1 * s, rim - 1.5 * s)
            // Envelope: rounded up from the medial end over the first 14 %, down onto the rim over the last 35 %.
            let up = u < 0.14 ? (1 - pow(1 - u / 0.14, 2)).squareRoot() : 1
            let down = u > 0.65 ? 1 - pow((u - 0.65) / 0.35, 1.5) : 1
            // Two tips, at 30 % and 62 % of the width (on the sample grid), pointed, hollows at 14 % and 46 %.
            let dip = 0.4 * pow(0.5 * (1 - cos(2 * Double.pi * (max(0.14, u) - 0.3) / 0.32)), 0.45)
            let reach = max(0, tip - b) * up * down * (1 - dip)
            free.append(Vec2(x, b + max(0.3 * s, reach)))
            base.append(Vec2(x, b))
        }
        return free + base.reversed()
    }
}
