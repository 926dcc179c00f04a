import Clinical
import XCTest

final class EnglishListTests: XCTestCase {
    func testListsReadAsEnglishWithoutTheSerialComma() {
        XCTAssertEqual([String]().joinedList, "")
        XCTAssertEqual(["L5"].joinedList, "L5")
        XCTAssertEqual(["L5", "S1"].joinedList, "L5 and S1")
        XCTAssertEqual(["L4", "L5", "S1"].joinedList, "L4, L5 and S1")
    }

    func testRegionPhrasesAreInVocabularyOrderWithoutRepeats() {
        let regions: [BodyRegion] = [.greatToe, .dorsumFoot, .greatToe]
        XCTAssertEqual(regions.phraseList, "the dorsum of the foot and the great toe")
        XCTAssertEqual([BodyRegion]().phraseList, "")
    }
}
