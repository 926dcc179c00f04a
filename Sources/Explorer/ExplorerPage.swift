/// The explorer page, embedded in the module (no resources to find at run time, no CDN, no build step).
enum ExplorerPage {
    static let html = "<!doctype html>\n"
    static let css = ""
    static let javascript = ""
}
