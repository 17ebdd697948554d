import Hummingbird

/// A page for a request that could not be answered, saying what to do next.
struct ErrorPage {
    var status: HTTPResponse.Status
    var message: String

    func render() -> HTML {
        let heading: String
        switch status.code {
        case 404: heading = "Not found"
        case 400: heading = "Bad request"
        case 413: heading = "Request too large"
        default: heading = status.reasonPhrase.isEmpty ? "Error \(status.code)" : status.reasonPhrase
        }
        return PageShell.render(
            title: heading,
            body: """
                <h1>\(heading)</h1><p>\(message)</p><p><a href="/">Back to the stories</a> or <a href="/search">search the documents</a>.</p>
                """)
    }
}
