import Foundation
import StorylineCore

/// The frame every page shares: head, header with search box, main, footer. The style
/// sheet is inline (no external assets) and allowed by its hash in the Content-Security-Policy,
/// so a `<style>` smuggled in by a document could never apply.
enum PageShell {
    static let styleSheet = """
        :root{--ink:#1d232b;--muted:#5b6673;--line:#d9dee4;--bg:#fbfbf9;--card:#fff;--accent:#0b5cad;--mark:#ffe58a;--warn:#a4420d;--bad:#fde8e4}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
        a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
        header.site{background:#14202e;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
        header.site a.brand{color:#fff;font-weight:700;font-size:1.15rem;letter-spacing:.02em}
        header.site nav{display:flex;gap:.9rem}header.site nav a{color:#c9d7e6;font-size:.92rem}
        header.site form{margin-left:auto;display:flex;gap:.3rem}
        input[type=search]{font:inherit;padding:.3rem .55rem;border:1px solid #8aa0b6;border-radius:4px;min-width:16rem}
        button{font:inherit;padding:.3rem .8rem;border:0;border-radius:4px;background:var(--accent);color:#fff;cursor:pointer}
        main{max-width:62rem;margin:0 auto;padding:1.2rem 1.2rem 3rem}
        h1{font-size:1.65rem;line-height:1.25;margin:.3rem 0 .4rem}h2{font-size:1.2rem;margin:1.8rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
        h3{font-size:1.02rem;margin:1rem 0 .3rem}
        .meta{color:var(--muted);font-size:.9rem}.meta span+span:not(.badge):before{content:" · "}
        .badge{display:inline-block;font-size:.72rem;padding:.05rem .45rem;border-radius:99px;background:#e8eef5;color:#33475b;vertical-align:middle;margin-left:.3rem;text-transform:uppercase;letter-spacing:.03em}
        .chip{display:inline-block;font-size:.85rem;padding:.1rem .55rem;border-radius:99px;background:#e8eef5;margin:.15rem .1rem}
        .badge.nobrief{background:#f3ead9;color:#7a5410}.badge.dup{background:#eee;color:#666}.badge.low{background:var(--bad);color:var(--warn)}
        .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin:.7rem 0}
        .storyline{border-left:4px solid #9bb7d4;padding-left:.8rem;margin:1.4rem 0}
        .storyline>.meta{margin-bottom:.2rem}
        .story h3{margin:.1rem 0 .2rem;font-size:1.08rem}
        .outlets{font-size:.88rem;color:var(--muted)}
        .notice{background:#fff7e0;border:1px solid #ecd58f;border-radius:8px;padding:.7rem 1rem;margin:1rem 0}
        .cites{font-size:.78rem;white-space:nowrap}.cites a{display:inline-block;background:#eef3f9;border-radius:3px;padding:0 .3rem;margin-left:.2rem}
        ul.sentences{padding-left:1.2rem}ul.sentences li{margin:.35rem 0}
        .outlet{margin:.8rem 0}.outlet h3{display:flex;gap:.3rem;align-items:baseline;margin-top:0}
        .claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.6rem}
        .claim{background:var(--bad);border-radius:6px;padding:.5rem .7rem}.claim .value{font-size:1.25rem;font-weight:700}
        ol.timeline{list-style:none;padding:0;border-left:2px solid var(--line);margin-left:.4rem}
        ol.timeline li{padding:.15rem 0 .55rem .9rem;position:relative}ol.timeline time{font-weight:600;margin-right:.4rem}
        .topics{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.6rem}
        .topics .card{margin:0}
        table{border-collapse:collapse;width:100%;font-size:.92rem;background:var(--card)}
        th,td{border:1px solid var(--line);padding:.4rem .55rem;text-align:left;vertical-align:top}
        th{background:#f0f3f6}tr.disagree td,tr.disagree th{background:var(--bad)}td.empty{color:#aab}
        .tablewrap{overflow-x:auto}.tablewrap td{min-width:9rem}
        article.doc p,article.doc blockquote,article.doc li{max-width:44rem}
        article.doc blockquote{border-left:3px solid var(--line);margin-left:0;padding-left:1rem;color:#39434e}
        mark{background:var(--mark);padding:0 .1rem;border-radius:2px}
        .comments .comment{border-left:3px solid var(--line);padding:.3rem .8rem;margin:.5rem 0}
        .comment.d1{margin-left:1.5rem}.comment.d2{margin-left:3rem}.comment.d3{margin-left:4.5rem}.comment.d4{margin-left:6rem}
        .hits li{margin:.8rem 0}.hits .snippet{color:#333}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;font-size:.92rem}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
        .pager{margin:1.5rem 0}
        svg.chart{width:100%;height:auto;background:var(--card);border:1px solid var(--line);border-radius:8px}
        svg.chart text{font:12px system-ui,sans-serif;fill:var(--ink)}svg.chart .axis{stroke:#aab4bf}svg.chart .grid{stroke:#eef0f2}
        svg.chart .bar{fill:#6d9acb}svg.chart a:hover .bar{fill:var(--accent)}svg.chart .dot{fill:#14202e}
        footer{color:var(--muted);font-size:.82rem;text-align:center;padding:1rem}
        .muted{color:var(--muted)}
        """

    /// `'sha256-…'` source expression for the style sheet.
    static let styleHash: String = "'sha256-\(Data(SHA256.digest(Array(styleSheet.utf8))).base64EncodedString())'"

    static let contentSecurityPolicy =
        "default-src 'none'; style-src \(styleHash); img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static func render(title: String, query: String = "", body: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · Storyline</title>
        <link rel="alternate" type="application/atom+xml" title="Storyline briefs" href="/feed.atom">
        <style>\(HTML(raw: styleSheet))</style>
        </head><body>
        <header class="site"><a class="brand" href="/">Storyline</a>
        <nav><a href="/">Stories</a><a href="/search">Search</a><a href="/feed.atom">Feed</a><a href="/openapi.json">API</a></nav>
        <form action="/search" method="get" role="search"><input type="search" name="q" value="\(query)" placeholder="Search documents" aria-label="Search documents"><button type="submit">Search</button></form>
        </header>
        <main>
        \(body)
        </main>
        <footer>Storyline · every brief sentence links to the source sentence it comes from</footer>
        </body></html>
        """
    }
}
