# -*- coding: utf-8 -*-
"""Build tests/blind5/dumps/* and tests/blind5/gold.json from articles.py.

usage: /work/main/.venv/bin/python tests/blind5/build/build_set.py
"""
import html
import json
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402

META, COPIES, MUSTNOT, POS = {}, {}, {}, {}


def meta(aid, titles, outlets, date, authors, url=None):
    assert aid in ART, aid
    META[aid] = dict(title=titles, outlet=outlets, date=date, authors=authors, url=url)


def reg(aid, source, paras, must_not=()):
    assert aid in ART, aid
    body = "\n\n".join(" ".join(p.split()) for p in paras if p.strip())
    pos = POS.get(source, 0)
    POS[source] = pos + 1
    COPIES.setdefault(aid, []).append((source, pos, body))
    lst = MUSTNOT.setdefault(aid, [])
    for s in must_not:
        if s not in lst:
            lst.append(s)


def P(aid, standfirst=True):
    a = ART[aid]
    out = []
    for p in a["paras"]:
        if p == "STANDFIRST":
            if standfirst:
                out.append(a["standfirst"])
        else:
            out.append(p)
    return out


def T(aid):
    return ART[aid]["title"]


def straight(s, dash="--"):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u201e", '"')
    s = s.replace(" \u2014 ", f" {dash} ").replace("\u2014", dash).replace("\u2013", "-")
    return s


def wrap(p, width, indent=""):
    return textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def write(name, data, encoding="utf-8", newline="\n"):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data.replace("\n", newline).encode(encoding))


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def paras_html(ps, cls=""):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{esc(p)}</p>" for p in ps)


# ================================================================== gold metadata
def dom(d):
    return d

meta("dl-lead-lines", [T("dl-lead-lines")], ["Dubuque Ledger", "dubuqueledger.com"], "2025-03-11",
     [["Kayla Brandt", "Tom Reyes"]],
     "https://www.dubuqueledger.com/news/local/dubuque-council-backs-38-million-lead-line-plan/article_4f1c2a9e-fe11-11ef-9b1a-0b7c3d2e5a61.html")
meta("dl-rates-budget", [T("dl-rates-budget")], ["Dubuque Ledger", "dubuqueledger.com"], "2025-03-11", [["Tom Reyes"]],
     "https://www.dubuqueledger.com/news/local/dubuque-water-bills-to-rise-4-percent/article_9a0b7c11-fe12-11ef-8f2e-3b1d6a4c2e07.html")
meta("tt-toledo-lead", [T("tt-toledo-lead")], ["Toledo Harbor Herald", "toledoharborherald.com"], "2025-03-12",
     [["Darnell Pierce"]], "https://www.toledoharborherald.com/news/2025/03/12/toledo-lead-pipe-count-jumps/")
meta("pbn-leeds-burst", [T("pbn-leeds-burst")], ["PBN News", "PBN"], "2025-03-12", [["Ellie Stroud", "Marcus Obi"]],
     "https://www.pbn.co.uk/news/articles/c0l4kq7xw2ro")
meta("ud-pfas-grants", [T("ud-pfas-grants")], ["Utility Desk"], "2025-03-10", [["Hannah Lindqvist"]],
     "https://utilitydesk.news/pfas-small-towns-grants/")
meta("jm-rates", [T("jm-rates")], ["Medium", None], "2025-03-09", [["Jorge Medina"]],
     "https://medium.com/@jorgemedina.jvl/why-our-water-rates-are-going-up-18-percent-3b9f1c2d7e4a")
meta("cvww-flushing", [T("cvww-flushing")], ["Cedar Valley Water Watch"], "2025-03-08",
     [[], ["Cedar Valley Water Watch"]], "https://www.cedarvalleywaterwatch.org/blog/spring-hydrant-flushing-2025")
meta("qc-boil-day2", [T("qc-boil-day2")], ["Quad-City Current", "qccurrent.com"], "2025-03-11", [[]],
     "https://qccurrent.com/2025/03/11/rock-island-boil-order-day-2-update/")
meta("qc-boil-day3", [T("qc-boil-day3")], ["Quad-City Current", "qccurrent.com"], "2025-03-12", [[]],
     "https://qccurrent.com/2025/03/12/rock-island-boil-order-day-3-update/")
meta("qc-boil-lifted", [T("qc-boil-lifted")], ["Quad-City Current", "qccurrent.com"], "2025-03-13", [["Nadia Ferreira"]],
     "https://qccurrent.com/2025/03/13/rock-island-lifts-boil-order/")
meta("ewj-nrw-tariffs", [T("ewj-nrw-tariffs")], ["Euro Water Journal", "eurowaterjournal.eu"], "2025-03-07",
     [["Lena Hoffmann"]], "https://eurowaterjournal.eu/markets/nrw-utilities-raise-water-prices-2025")
meta("glwd-lead-inventory", [T("glwd-lead-inventory"), ART["glwd-lead-inventory"]["synd_title"]],
     ["Great Lakes Water Desk", "greatlakeswaterdesk.org", "Milwaukee Lakefront Press"], "2025-03-10",
     [["Rosa Delgado"]], "https://greatlakeswaterdesk.org/2025/03/10/lead-inventories-unknown-lines/")
meta("ia-marion-tower", [T("ia-marion-tower")], ["Linn County Leader", "linncountyleader.com"], None, [["Lisa Hartwig"]],
     "https://www.linncountyleader.com/news/marion-water-tower-repaint")
meta("wi-lacrosse-pfas", [T("wi-lacrosse-pfas")], ["Coulee Region News", "couleeregionnews.com"], "2025-03-05", [[]],
     "https://couleeregionnews.com/local/la-crosse-third-pfas-test-site/")
meta("mn-duluth-freeze", [T("mn-duluth-freeze")], ["Duluth Harbor Times", "duluthharbortimes.com"], "2025-03-06",
     [["Mei Chen", "Paul Ortiz"]], "https://www.duluthharbortimes.com/news/duluth-keep-taps-running-frost")
meta("ks-hays-drought", [T("ks-hays-drought")], ["High Plains Ledger", "highplainsledger.com"], "2025-03-04",
     [["Brett Kohler"]], "https://www.highplainsledger.com/news/hays-extends-watering-limits")
meta("cvc-cedarfalls-rates", [T("cvc-cedarfalls-rates")], ["Cedar Valley Courier", "cedarvalleycourier.com"],
     "2025-03-06", [["Amy Sorensen"]], "https://www.cedarvalleycourier.com/news/cfu-water-rate-increase-proposal")
meta("il-bloomington-bond", [T("il-bloomington-bond")], ["McLean County Messenger"], "2025-03-11", [["Quentin Hale"]])
meta("ss-springfield-meters", [T("ss-springfield-meters")], ["Sangamon Sentinel"], "2025-03-12",
     [["Ruth Adeyemi", "Colin Marsh"]])
meta("ppw-operator-shortage", [T("ppw-operator-shortage")], ["Prairie Public Works Review"], "2025-03-05",
     [["Gail Thurston"]])
meta("ia-waterloo-softening", [T("ia-waterloo-softening")], ["Cedar Valley Courier"], "2025-03-06", [[]])
meta("ia-iowacity-wells", [T("ia-iowacity-wells")], ["Johnson County Herald"], "2025-03-07", [["Marcus Bell"]])
meta("ia-ames-billing", [T("ia-ames-billing")], ["Story County Sentinel"], "2025-03-10", [["Erin Walsh"]])
meta("fcd-appleton-breaks", [T("fcd-appleton-breaks")], ["Fox Cities Dispatch", "foxcitiesdispatch.com"], "2025-03-07",
     [["Jenna Koenig"]], "https://www.foxcitiesdispatch.com/news/appleton-97-main-breaks-february")
meta("gr-stormwater-fee", [T("gr-stormwater-fee")], ["Grand River Gazette", "grandrivergazette.com"], "2025-03-10",
     [["Tessa Morgan"]], "https://www.grandrivergazette.com/news/grand-rapids-stormwater-fee-paved-area")
meta("op-mansfield-sale", [T("op-mansfield-sale")], ["Richland Courier-Ledger", "richlandcourierledger.com"],
     "2025-03-13", [["Harold Stein"]], "https://www.richlandcourierledger.com/opinion/selling-water-system-one-way-door")
meta("mi-kalamazoo-pfas", [T("mi-kalamazoo-pfas")], ["Kalamazoo River Post", "kalamazooriverpost.com"], "2025-03-11",
     [["Aaron Whitley"]], "https://www.kalamazooriverpost.com/news/station-5-pfas-plant-opens")
meta("in-fortwayne-kits", [T("in-fortwayne-kits")], ["Three Rivers Tribune"], "2025-03-12", [["Owen Fischer"]])
meta("mo-stl-intake", [T("mo-stl-intake")], ["Gateway City Journal", "gatewaycityjournal.com"], "2025-03-13",
     [["Monica Hale", "Jerome Pratt"]], "https://www.gatewaycityjournal.com/news/chain-of-rocks-intake-upgrade")
meta("dve-sheffield-leaks", [T("dve-sheffield-leaks")], ["Don Valley Echo"], "2025-03-05", [["Harriet Lowe"]])
meta("ne-lincoln-pipeline", [T("ne-lincoln-pipeline")], ["Lincoln Prairie Star", "lincolnprairiestar.com"], "2025-03-04",
     [["Samuel Ortega"]], "https://www.lincolnprairiestar.com/news/lincoln-missouri-river-pipeline-route")
meta("mn-rochester-chloramine", [T("mn-rochester-chloramine")], ["Med City Register"], "2025-03-11", [["Naomi Fritz"]])
meta("wi-eauclaire-solar", [T("wi-eauclaire-solar")], ["Chippewa Valley Star"], "2025-03-06", [["Rob Lindahl"]])
meta("kc-shutoff-scam", [T("kc-shutoff-scam")], ["KC Metro Ledger"], "2025-03-13", [["Tara Jennings"]])
meta("kst-koeln-netz", [T("kst-koeln-netz")], ["Kölner Stadtbote"], "2025-03-12", [["Katrin Albers", "Jonas Weber"]])
meta("rk-talsperren-kw10", [T("rk-talsperren-kw10")], ["Ruhr-Kurier"], "2025-03-07", [[]])
meta("rk-talsperren-kw11", [T("rk-talsperren-kw11")], ["Ruhr-Kurier"], "2025-03-14", [[]])
meta("wap-muenster-preis", [T("wap-muenster-preis")], ["Westfälische Abendpost", "westfaelische-abendpost.de"],
     "2025-03-13", [["Sebastian Krüger"]], "https://www.westfaelische-abendpost.de/muenster/wasserpreis-steigt-juli")
meta("nwn-emsland-nitrat", [T("nwn-emsland-nitrat")], ["Nordwest-Nachrichtendienst", "nwn"], "2025-03-10", [[]])
meta("btk-bonn-hochbehaelter", [T("btk-bonn-hochbehaelter")], ["Bonner Tageskurier"], "2025-03-11", [["Anja Lindner"]])


# ================================================================== BLOX / TownNews page: Dubuque Ledger
F_BLOX = "Dubuque council backs $38 million plan to replace lead service lines _ Local News _ dubuqueledger.com.html"


def build_blox():
    aid = "dl-lead-lines"
    url = META[aid]["url"]
    ps = P(aid)
    body = "\n".join(f"<p>{esc(p)}</p>" for p in ps[:3])
    rel = """<div class="tncms-inline-relcontent-wrapper"><div class="tncms-inline-relcontent">
<h4 class="related-title">Related to this story</h4>
<ul><li><a href="/news/local/lead-inventory-finds-more-lines/">Lead inventory finds 1,100 more lines than expected</a></li>
<li><a href="/news/local/north-end-residents-ask-about-water/">North End residents pack meeting on water safety</a></li></ul>
</div></div>"""
    body2 = "\n".join(f"<p>{esc(p)}</p>" for p in ps[3:])
    ld = json.dumps({"@context": "http://schema.org", "@type": "NewsArticle", "headline": T(aid),
                     "url": url, "datePublished": "2025-03-11T18:30:00-05:00",
                     "dateModified": "2025-03-12T09:14:00-05:00",
                     "author": [{"@type": "Person", "name": "Kayla Brandt"}, {"@type": "Person", "name": "Tom Reyes"}],
                     "publisher": {"@type": "Organization", "name": "Dubuque Ledger",
                                   "logo": {"@type": "ImageObject", "url": "https://bloximages.example/dubuqueledger/logo.png"}},
                     "isAccessibleForFree": "False"}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>{esc(T(aid))} | Local News | dubuqueledger.com</title>
<meta name="description" content="{attr(ps[0])}">
<meta name="author" content="Kayla Brandt and Tom Reyes">
<meta name="keywords" content="Dubuque, lead service lines, water, city council">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(T(aid))}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Dubuque Ledger">
<meta property="article:published_time" content="2025-03-11T18:30:00-05:00">
<meta property="article:modified_time" content="2025-03-12T09:14:00-05:00">
<meta property="article:section" content="Local News">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{ld}</script>
<script>var TNCMS = {{ "config": {{"site":"dubuqueledger.com","asset":"4f1c2a9e-fe11-11ef-9b1a-0b7c3d2e5a61"}} }};</script>
</head>
<body class="asset-article">
<div id="tncms-consent" class="cookie-consent">We use cookies to personalize content and ads and to analyze our traffic. By continuing to use this site you agree to our use of cookies. <button>Accept</button> <a href="/privacy/">Learn more</a></div>
<header id="site-header">
<div class="navbar-top"><a href="/subscribe/">Subscribe for $1</a> <a href="/users/login/">Log In</a> <a href="/e-edition/">e-Edition</a></div>
<nav class="navbar"><ul><li>News</li><li>Local News</li><li>Sports</li><li>Obituaries</li><li>Opinion</li><li>Classifieds</li><li>Jobs</li></ul></nav>
<div class="weather-widget">Dubuque, IA 41°F Partly Cloudy</div>
</header>
<main id="main-page-container">
<article class="asset" itemscope itemtype="http://schema.org/NewsArticle">
<header class="asset-header">
<div class="asset-section"><a href="/news/local/">Local News</a></div>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">{esc(T(aid))}</span></h1>
<div class="meta">
<ul class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/kbrandt/" rel="author">Kayla Brandt</a> and <a href="/users/profile/treyes/" rel="author">Tom Reyes</a></span></li>
<li class="visible-print">kbrandt@dubuqueledger.com</li></ul>
<ul class="list-inline"><li><time datetime="2025-03-11T18:30:00-05:00" class="tnt-date asset-date text-muted">Mar 11, 2025</time></li>
<li><span class="tnt-update-recent">Updated <time datetime="2025-03-12T09:14:00-05:00">Mar 12, 2025</time></span></li></ul>
</div>
<div class="share-container"><ul class="social-share-links"><li>Facebook</li><li>Twitter</li><li>WhatsApp</li><li>SMS</li><li>Email</li><li>Print</li><li>Copy article link</li><li>Save</li></ul></div>
</header>
<div class="asset-content subscriber-premium" itemprop="articleBody" id="article-body">
{body}
{rel}
{body2}
</div>
<div class="asset-tags"><span>Tags</span> <a href="/tags/dubuque">Dubuque</a> <a href="/tags/lead-service-lines">Lead Service Lines</a> <a href="/tags/water">Water</a></div>
<div class="asset-author card">
<h5>Kayla Brandt</h5><p>Reporter</p>
<p class="author-bio">Kayla Brandt covers Dubuque city hall, the school board and the riverfront. She joined the Ledger in 2021.</p>
<p><a href="mailto:kbrandt@dubuqueledger.com">Author email</a> <a href="https://twitter.com/kbrandt_dl">Follow Kayla Brandt</a></p>
</div>
<div class="newsletter-signup"><h3>Be the first to know</h3><p>Get local news delivered to your inbox!</p><button>Sign up</button></div>
<section id="comments">
<div class="tncms-comments-policy"><h4>Welcome to the discussion.</h4>
<p>Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language. PLEASE TURN OFF YOUR CAPS LOCK. Don't Threaten. Threats of harming another person will not be tolerated. Be Truthful. Don't knowingly lie about anyone or anything. Be Nice. No racism, sexism or any sort of -ism that is degrading to another person. Be Proactive. Use the 'Report' link on each comment to let us know of abusive posts. Share with Us. We'd love to hear eyewitness accounts, the history behind an article.</p></div>
</section>
</article>
<aside class="sidebar">
<h3>Most Popular</h3>
<ol><li><a href="/news/local/bridge-closure/">Julien Dubuque Bridge lane closures start Monday</a></li>
<li><a href="/sports/loras-advances/">Loras advances to national quarterfinals</a></li>
<li><a href="/news/local/restaurant-inspections/">Restaurant inspections: 4 violations at downtown diner</a></li></ol>
<h3>Trending Video</h3><p>Ice breaks up on the Mississippi at the Port of Dubuque</p>
</aside>
</main>
<footer id="site-footer">
<p>© Copyright 2025 Dubuque Ledger, 801 Bluff St Dubuque, IA 52001 | <a href="/terms/">Terms of Use</a> | <a href="/privacy/">Privacy Policy</a></p>
<p>Powered by BLOX Content Management System from TownNews.com.</p>
</footer>
</body>
</html>
"""
    write(F_BLOX, page)
    reg(aid, F_BLOX, ps, ["Subscribe for $1", "e-Edition", "Partly Cloudy", "We use cookies", "By Kayla Brandt",
                          "kbrandt@dubuqueledger.com", "Updated", "Copy article link", "WhatsApp",
                          "Related to this story", "Lead inventory finds 1,100 more lines than expected",
                          "North End residents pack meeting", "Lead Service Lines", "covers Dubuque city hall",
                          "Follow Kayla Brandt", "Be the first to know", "Get local news delivered",
                          "Welcome to the discussion", "Keep it Clean", "PLEASE TURN OFF YOUR CAPS LOCK",
                          "Most Popular", "Julien Dubuque Bridge", "Trending Video", "Copyright 2025 Dubuque Ledger",
                          "Terms of Use", "Powered by BLOX", "TownNews.com", "Local News"])


# ================================================================== BBC-like page: PBN News
F_PBN = "Leeds burst main leaves 9,000 homes without water - PBN News.html"


def build_pbn():
    aid = "pbn-leeds-burst"
    url = META[aid]["url"]
    ps = P(aid)
    blocks = "\n".join(f'<div data-component="text-block" class="ssrcss-text-block"><p class="ssrcss-paragraph">{esc(p)}</p></div>'
                       for p in ps[:3])
    video = """<div data-component="video-block" class="ssrcss-video-block"><figure><div class="media-player">Watch: Water gushes from burst main on Kirkstall Road</div>
<figcaption><span class="visually-hidden">Media caption, </span>Watch: Water gushes from burst main on Kirkstall Road</figcaption>
<p>This video can not be played</p><p>To play this video you need to enable JavaScript in your browser.</p></figure></div>"""
    blocks2 = "\n".join(f'<div data-component="text-block" class="ssrcss-text-block"><p class="ssrcss-paragraph">{esc(p)}</p></div>'
                        for p in ps[3:])
    ld = json.dumps({"@context": "http://schema.org", "@type": "ReportageNewsArticle", "url": url,
                     "headline": T(aid), "datePublished": "2025-03-12T09:41:22.000Z",
                     "dateModified": "2025-03-12T16:05:40.000Z",
                     "author": {"@type": "Organization", "name": "PBN News"},
                     "publisher": {"@type": "NewsMediaOrganization", "name": "PBN News",
                                   "publishingPrinciples": "https://www.pbn.co.uk/editorialguidelines"}},
                    ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(T(aid))} - PBN News</title>
<meta name="description" content="Airedale Water says a 1938 trunk main split beneath Kirkstall Road.">
<meta property="og:title" content="{attr(T(aid))}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="PBN News">
<meta name="twitter:site" content="@PBNNews">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{ld}</script>
</head>
<body>
<div id="pbn-cookie-banner"><h2>Let us know you agree to cookies</h2><p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p><button>Yes, I agree</button><a href="/usingthepbn/cookies/">No, take me to settings</a></div>
<header><a href="#main-content">Skip to content</a><nav><ul><li>Home</li><li>News</li><li>Sport</li><li>Weather</li><li>iPlayer</li><li>Sounds</li></ul></nav>
<nav><ul><li>Home</li><li>UK</li><li>World</li><li>Business</li><li>Politics</li><li>Local</li></ul></nav></header>
<main id="main-content">
<article>
<header><h1 id="main-heading" class="ssrcss-heading">{esc(T(aid))}</h1></header>
<div data-component="byline-block"><div class="ssrcss-byline"><time datetime="2025-03-12T09:41:22.000Z">12 March 2025</time>
<div class="ssrcss-share"><button>Share</button><button>Save</button></div>
<div class="ssrcss-contributor"><span>Ellie Stroud &amp; Marcus Obi</span><span>PBN News, Leeds</span></div></div></div>
{blocks}
{video}
{blocks2}
<div data-component="tag-list"><h2>Related topics</h2><ul><li><a href="/news/topics/leeds">Leeds</a></li><li><a href="/news/topics/water-supply">Water supply</a></li><li><a href="/news/topics/airedale-water">Airedale Water</a></li></ul></div>
<div data-component="links-block"><h2>More on this story</h2><ul><li><a href="/news/articles/c9x1">Airedale Water fined over Aire pollution</a><time>14 February</time></li><li><a href="/news/articles/c7q2">Kirkstall Road to close for sewer works</a><time>3 January</time></li></ul></div>
</article>
<section><h2>Top stories</h2><ul><li>Chancellor sets out spending plans ahead of statement</li><li>Flood warnings issued for River Ouse in York</li></ul>
<h2>Features</h2><ul><li>The Bradford mill turned into a vertical farm</li></ul>
<h2>Elsewhere on PBN</h2><ul><li>Look North: the week in pictures</li></ul></section>
</main>
<footer><p>Copyright © 2025 PBN. The PBN is not responsible for the content of external sites. <a href="/editorialguidelines/external-linking">Read about our approach to external linking.</a></p>
<ul><li>Terms of Use</li><li>About the PBN</li><li>Privacy Policy</li><li>Cookies</li><li>Accessibility Help</li><li>Contact the PBN</li></ul></footer>
</body>
</html>
"""
    write(F_PBN, page)
    reg(aid, F_PBN, ps, ["Let us know you agree to cookies", "Yes, I agree", "No, take me to settings", "Skip to content",
                         "iPlayer", "Ellie Stroud & Marcus Obi", "PBN News, Leeds", "12 March 2025",
                         "Watch: Water gushes from burst main", "This video can not be played", "enable JavaScript",
                         "Media caption", "Related topics", "Water supply", "More on this story",
                         "Airedale Water fined over Aire pollution", "Kirkstall Road to close for sewer works",
                         "Top stories", "Chancellor sets out spending plans", "Features", "vertical farm",
                         "Elsewhere on PBN", "Look North", "Copyright © 2025 PBN",
                         "not responsible for the content of external sites", "approach to external linking",
                         "Accessibility Help", "Contact the PBN"])


# ================================================================== Ghost (Casper-like): Utility Desk
F_GHOST = "Small towns face a PFAS bill the grants won't cover.html"


def build_ghost():
    aid = "ud-pfas-grants"
    a = ART[aid]
    url = META[aid]["url"]
    ps = P(aid, standfirst=False)
    signup = """<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form>
<div class="kg-signup-card-content"><h2 class="kg-signup-card-heading">Get Utility Desk in your inbox</h2>
<p class="kg-signup-card-subheading">Independent reporting on the pipes, plants and people behind your tap. Free, every Thursday.</p>
<form class="kg-signup-card-form"><input type="email" placeholder="Your email"><button class="kg-signup-card-button">Subscribe</button></form>
<p class="kg-signup-card-success">Email sent! Check your inbox to complete your signup.</p>
<p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div></div>"""
    content = paras_html(ps[:3]) + "\n" + signup + "\n" + paras_html(ps[3:])
    ld = json.dumps({"@context": "https://schema.org", "@type": "Article",
                     "publisher": {"@type": "Organization", "name": "Utility Desk", "url": "https://utilitydesk.news/"},
                     "author": {"@type": "Person", "name": "Hannah Lindqvist",
                                "url": "https://utilitydesk.news/author/hannah/", "sameAs": []},
                     "headline": a["title"], "url": url, "datePublished": "2025-03-10T11:00:00.000Z",
                     "dateModified": "2025-03-11T08:22:13.000Z", "keywords": "PFAS, Wisconsin, Funding",
                     "description": a["standfirst"], "mainEntityOfPage": url}, ensure_ascii=False, indent=4)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{esc(a["title"])}</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7c1d2e9f3a">
    <meta name="description" content="{attr(a["standfirst"])}">
    <link rel="canonical" href="{url}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="Utility Desk">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(a["title"])}">
    <meta property="og:description" content="{attr(a["standfirst"])}">
    <meta property="og:url" content="{url}">
    <meta property="article:published_time" content="2025-03-10T11:00:00.000Z">
    <meta property="article:modified_time" content="2025-03-11T08:22:13.000Z">
    <meta property="article:tag" content="PFAS">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="Hannah Lindqvist">
    <meta name="twitter:label2" content="Filed under">
    <meta name="twitter:data2" content="PFAS, Wisconsin, Funding">
    <script type="application/ld+json">
{ld}
    </script>
    <meta name="generator" content="Ghost 5.101">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.46/umd/portal.min.js" data-i18n="true" data-ghost="https://utilitydesk.news/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-pfas tag-wisconsin tag-funding has-sans-title has-serif-body">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo" href="https://utilitydesk.news">Utility Desk</a></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://utilitydesk.news/">Home</a></li><li class="nav-investigations"><a href="/tag/investigations/">Investigations</a></li><li class="nav-data"><a href="/tag/data/">Data</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav>
            <div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a> <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-pfas tag-wisconsin featured">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/pfas/">PFAS</a></span> <span class="post-card-featured">Featured</span></div>
        <h1 class="article-title">{esc(a["title"])}</h1>
        <p class="article-excerpt">{esc(a["standfirst"])}</p>
        <div class="article-byline">
        <section class="article-byline-content">
            <ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/hannah/" class="author-avatar"><img class="author-profile-image" src="/content/images/2024/01/hannah.jpg" alt="Hannah Lindqvist"></a></li></ul>
            <div class="article-byline-meta">
                <h4 class="author-name"><a href="/author/hannah/">Hannah Lindqvist</a></h4>
                <div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-03-10">Mar 10, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div>
            </div>
        </section>
        </div>
    </header>
    <section class="gh-content gh-canvas">
{content}
    </section>
    <section class="article-author-card gh-canvas">
        <h3>About the author</h3>
        <p><strong>Hannah Lindqvist</strong> reports on drinking water and infrastructure from Madison. She previously covered energy for the Wisconsin State Wire.</p>
    </section>
</article>
</main>
<aside class="read-more-wrap outer">
    <div class="read-more inner">
        <div class="post-card read-more-card"><h2 class="post-card-title">Read more</h2></div>
        <article class="post-card post"><a class="post-card-content-link" href="/lead-line-loans/"><header class="post-card-header"><h2 class="post-card-title">The lead line loan money nobody is applying for</h2></header><div class="post-card-excerpt">Only 38 percent of the state revolving fund set aside for lead has been claimed.</div></a></article>
        <article class="post-card post"><a class="post-card-content-link" href="/operator-wages/"><header class="post-card-header"><h2 class="post-card-title">What a water operator earns in 2025</h2></header></a></article>
    </div>
</aside>
    </div>
    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="https://utilitydesk.news">Utility Desk</a> &copy; 2025</section>
            <nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>
</div>
</body>
</html>
"""
    write(F_GHOST, page)
    reg(aid, F_GHOST, P(aid), ["Sign in", "Investigations", "Featured", "5 min read", "Mar 10, 2025",
                               "Get Utility Desk in your inbox", "Independent reporting on the pipes",
                               "Email sent!", "No spam. Unsubscribe anytime.", "About the author",
                               "reports on drinking water and infrastructure from Madison", "Wisconsin State Wire",
                               "Read more", "The lead line loan money nobody is applying for",
                               "What a water operator earns", "Powered by Ghost", "Privacy"])


# ================================================================== Medium: Jorge Medina
F_MEDIUM = "Why our water rates are going up 18 percent _ by Jorge Medina _ Mar, 2025 _ Medium.html"


def build_medium():
    aid = "jm-rates"
    url = META[aid]["url"]
    ps = P(aid)
    cls = 'class="pw-post-body-paragraph mo mp gu mq b mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh ni nj nk nl gn bk"'
    body = "\n".join(f'<p id="{i:04x}" {cls} data-selectable-paragraph="">{esc(p)}</p>' for i, p in enumerate(ps, 0x3a1f))
    ld = json.dumps({"@context": "http://schema.org", "@type": "NewsArticle", "image": ["https://miro.medium.com/v2/1*water.jpeg"],
                     "url": url, "dateCreated": "2025-03-09T14:02:11.365Z", "datePublished": "2025-03-09T14:02:11.365Z",
                     "dateModified": "2025-03-10T03:17:45.102Z", "headline": T(aid), "name": T(aid),
                     "description": "Next month the water bill for a typical Janesville household will rise…",
                     "identifier": "3b9f1c2d7e4a", "author": {"@type": "Person", "name": "Jorge Medina",
                                                          "url": "https://medium.com/@jorgemedina.jvl"},
                     "creator": ["Jorge Medina"],
                     "publisher": {"@type": "Organization", "name": "Medium", "url": "https://medium.com/"},
                     "mainEntityOfPage": url, "isAccessibleForFree": True}, ensure_ascii=False)
    page = f"""<!doctype html><html lang="en"><head><title>{esc(T(aid))} | by Jorge Medina | Mar, 2025 | Medium</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" property="og:site_name" content="Medium"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="2025-03-09T14:02:11.365Z"/><meta data-rh="true" name="title" content="{attr(T(aid))} | by Jorge Medina | Mar, 2025 | Medium"/><meta data-rh="true" property="og:title" content="{attr(T(aid))}"/><meta data-rh="true" property="og:url" content="{url}"/><meta data-rh="true" name="description" content="Next month the water bill for a typical Janesville household will rise…"/><meta data-rh="true" name="author" content="Jorge Medina"/><meta data-rh="true" property="article:author" content="https://medium.com/@jorgemedina.jvl"/><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"/><meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="6 min read"/><link data-rh="true" rel="canonical" href="{url}"/><script data-rh="true" type="application/ld+json">{ld}</script></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l bx by bz"><nav class="ca cb"><a aria-label="Homepage" href="/">Medium</a><div class="ce"><span>Sign up</span><span>Sign in</span></div><div class="cf"><span>Write</span><span>Search</span></div></nav></div></div>
<div class="l"><article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg fz ga gb gc">
<div><h1 id="9d2e" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bk" data-testid="storyTitle" data-selectable-paragraph="">{esc(T(aid))}</h1></div>
<div class="speechify-ignore ab cp"><div class="hr hs ht hu hv"><div class="ab ig"><div><a href="/@jorgemedina.jvl" rel="noopener follow"><img alt="Jorge Medina" class="l fd by ih ii cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*jm.jpeg" width="44" height="44"/></a></div>
<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ij ab q"><a class="af ag ah ai aj ak al am an ao ap aq ar ik" data-testid="authorName" href="/@jorgemedina.jvl" rel="noopener follow">Jorge Medina</a></div></span></div><div class="il"><button class="bf b bg z">Follow</button></div></div>
<div class="l im"><span class="bf b bg z dx"><div class="ab cn in io ip"><span data-testid="storyReadTime">6 min read</span><div class="iq ir l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">·</span></span></div><span data-testid="storyPublishDate">Mar 9, 2025</span></div></span></div></div></div>
<div class="ab cp is it iu iv iw ix iy iz ja jb jc jd je jf jg jh"><div class="h k w fh fi q"><div class="jx l"><div class="ab q jy jz"><div class="pw-multi-vote-icon fe ka kb kc kd"><span>214</span></div><div class="pw-multi-vote-count l ki kj kk kl km kn ko"><span>Responses (3)</span></div></div></div></div><div class="ab q"><button aria-label="Listen">Listen</button><button aria-label="Share">Share</button></div></div></div></div></div></div></div></div>
<div class="ab ca"><div class="ch bg fz ga gb gc">
{body}
</div></div></section></div></div></article></div>
<div class="ab ca"><div class="ch bg fz ga gb gc"><div class="lh li lj lk ll lm ln lo"><a href="/tag/water-rates">Water Rates</a><a href="/tag/local-government">Local Government</a><a href="/tag/infrastructure">Infrastructure</a></div>
<div class="ab cn"><span>214</span><span>3</span></div></div></div>
<div class="ab ca"><div class="ch bg fz ga gb gc"><div class="ab cn"><h2 class="bf gv qf qg qh qi qj qk ql qm qn qo qp qq qr qs qt qu bk">Written by Jorge Medina</h2><span>58 Followers</span></div>
<p class="bf b hh z bk"><span class="ak">Janesville Water Utility board member. Civil engineer, retired. Writes about pipes so you don’t have to.</span></p><button>Follow</button></div></div>
<div class="ab ca"><div class="ch bg fz ga gb gc"><h2>Responses (3)</h2><div class="ry"><p>Marta K.</p><p>Mar 10, 2025</p><p>Thank you for explaining this. Most of us had no idea the filters were that old.</p></div></div></div>
<div class="ab ca"><div class="ch bg fz ga gb gc"><h2>More from Jorge Medina</h2><div><h2>What a water main break actually costs the city</h2><h2>Reading your water bill, line by line</h2></div><a href="/@jorgemedina.jvl">See all from Jorge Medina</a>
<h2>Recommended from Medium</h2><div><h2>The Hidden Cost of Cheap Water</h2><h2>I Spent a Week With a Water Plant Operator</h2></div><a href="/">See more recommendations</a></div></div>
<div class="ab ca"><div class="ch bg fz ga gb gc"><a href="https://help.medium.com">Help</a><a href="https://medium.statuspage.io">Status</a><a href="/about">About</a><a href="/jobs-at-medium">Careers</a><a href="/press">Press</a><a href="/blog">Blog</a><a href="/policy/privacy">Privacy</a><a href="/rules">Rules</a><a href="/policy/terms">Terms</a><a href="https://speechify.com/medium">Text to speech</a></div></div>
</div></div><script>window.__APOLLO_STATE__ = {{"ROOT_QUERY":{{"postResult({{\\"id\\":\\"3b9f1c2d7e4a\\"}})":{{"__ref":"Post:3b9f1c2d7e4a"}}}}}}</script></body></html>
"""
    write(F_MEDIUM, page)
    reg(aid, F_MEDIUM, ps, ["Sign up", "Sign in", "Write", "Follow", "6 min read", "Mar 9, 2025", "Responses (3)",
                            "Listen", "Water Rates", "Local Government", "Written by Jorge Medina", "58 Followers",
                            "Civil engineer, retired", "Writes about pipes", "Marta K.",
                            "Most of us had no idea the filters were that old", "More from Jorge Medina",
                            "What a water main break actually costs the city", "Recommended from Medium",
                            "The Hidden Cost of Cheap Water", "See more recommendations", "Text to speech", "Careers"])


# ================================================================== Squarespace blog: Cedar Valley Water Watch
F_SQ = "What spring hydrant flushing means for your tap — Cedar Valley Water Watch.html"


def build_squarespace():
    aid = "cvww-flushing"
    url = META[aid]["url"]
    ps = P(aid)
    blocks = "\n".join(f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_{1741400000000 + i}"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">{esc(p)}</p></div></div></div>'
                       for i, p in enumerate(ps))
    ld1 = json.dumps({"url": "https://www.cedarvalleywaterwatch.org", "name": "Cedar Valley Water Watch",
                      "@context": "http://schema.org", "@type": "WebSite"})
    ld2 = json.dumps({"url": url, "name": T(aid), "description": "", "datePublished": "2025-03-08T10:15:00-0600",
                      "dateModified": "2025-03-08T10:21:44-0600", "headline": T(aid),
                      "author": "Cedar Valley Water Watch",
                      "publisher": {"name": "Cedar Valley Water Watch", "@context": "http://schema.org",
                                    "@type": "Organization"},
                      "@context": "http://schema.org", "@type": "Article"}, ensure_ascii=False)
    page = f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- cedarvalleywaterwatch -->
<base href="">
<meta charset="utf-8" />
<title>{esc(T(aid))} &mdash; Cedar Valley Water Watch</title>
<link rel="canonical" href="{url}"/>
<meta property="og:site_name" content="Cedar Valley Water Watch"/>
<meta property="og:title" content="{attr(T(aid))} &mdash; Cedar Valley Water Watch"/>
<meta property="og:url" content="{url}"/>
<meta property="og:type" content="article"/>
<meta itemprop="name" content="{attr(T(aid))} &mdash; Cedar Valley Water Watch"/>
<meta itemprop="url" content="{url}"/>
<meta itemprop="author" content="Cedar Valley Water Watch"/>
<meta itemprop="datePublished" content="2025-03-08T10:15:00-0600"/>
<meta itemprop="dateModified" content="2025-03-08T10:21:44-0600"/>
<meta itemprop="headline" content="{attr(T(aid))}"/>
<meta itemprop="publisher" content="Cedar Valley Water Watch"/>
<script type="application/ld+json">{ld1}</script><script type="application/ld+json">{ld2}</script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {{"website":{{"siteTitle":"Cedar Valley Water Watch"}}}};</script>
</head>
<body id="item-67cc6a1f3b" class="collection-type-blog view-item">
<div class="sqs-cookie-banner-v2"><p>This website uses cookies to improve your experience. By using this site you accept our use of cookies.</p><button>Accept</button><button>Decline</button></div>
<header id="header" class="header theme-col--primary"><div class="header-title-text"><a href="/">Cedar Valley Water Watch</a></div>
<nav class="header-nav-list"><div class="header-nav-item"><a href="/about">About Us</a></div><div class="header-nav-item header-nav-item--active"><a href="/blog">Blog</a></div><div class="header-nav-item"><a href="/get-involved">Get Involved</a></div><div class="header-nav-item"><a href="/donate">Donate</a></div></nav></header>
<main id="page" class="container" role="main">
<article class="entry h-entry hentry author-cedar-valley-water-watch post-type-text article-index-1" data-item-id="67cc6a1f3b" id="article-67cc6a1f3b">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><a href="/blog?category=Utilities" class="blog-item-category">Utilities</a> <time class="dt-published blog-meta-item blog-meta-item--date" datetime="2025-03-08" pubdate data-content-field="published-on">March 8, 2025</time></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{esc(T(aid))}</h1></div>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-67cc6a1f3b"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
{blocks}
</div></div></div></div></div>
<div class="blog-item-bottom-wrapper"><div class="blog-share-like"><div class="blog-item-share"><span>Share</span><a>Facebook0</a><a>Twitter</a><a>LinkedIn0</a><a>Reddit</a><a>Tumblr</a><a>Pinterest0</a></div><div class="blog-item-like">0 Likes</div></div>
<section class="item-pagination item-pagination--prev-next"><a href="/blog/lead-inventory-letters" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Got a lead inventory letter? Here is what it means</h2></a>
<a href="/blog/council-meeting-march-3" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Notes from the March 3 water board meeting</h2></a></section></div></div>
</article>
<div class="sqs-block newsletter-block"><div class="newsletter-form-header"><h2>Stay in the loop</h2><p>Sign up with your email address to receive news and updates.</p></div><button>Sign Up</button><p>We respect your privacy.</p><p>Thank you!</p></div>
</main>
<footer class="sections" id="footer-sections"><p>Cedar Valley Water Watch is a volunteer group. We are not affiliated with Waterloo Water Works. Nothing on this site is legal, engineering or medical advice.</p>
<p>© 2025 Cedar Valley Water Watch · Waterloo, Iowa</p><p>Powered by Squarespace</p></footer>
</body>
</html>
"""
    write(F_SQ, page)
    reg(aid, F_SQ, ps, ["This website uses cookies", "Decline", "About Us", "Get Involved", "Donate",
                        "March 8, 2025", "Facebook0", "LinkedIn0", "Pinterest0", "0 Likes", "Previous",
                        "Got a lead inventory letter", "Notes from the March 3 water board meeting",
                        "Stay in the loop", "Sign up with your email address", "We respect your privacy",
                        "Thank you!", "is a volunteer group", "not affiliated with Waterloo Water Works",
                        "legal, engineering or medical advice", "© 2025 Cedar Valley Water Watch",
                        "Powered by Squarespace"])


# ================================================================== JSON array (Newscatcher-style API export)
F_JSON = "newscatcher_export_water_2025-03-14.json"
JSON_ITEMS = [
    # aid, name_source, domain, authors list, published_date, paragraph joiner, extra
    ("dl-lead-lines", "Dubuque Ledger", "dubuqueledger.com", ["Kayla Brandt", "Tom Reyes"], "2025-03-11 23:30:00", "\n\n"),
    ("dl-rates-budget", "Dubuque Ledger", "dubuqueledger.com", ["Tom Reyes"], "2025-03-11 23:55:00", "\n\n"),
    ("ne-lincoln-pipeline", "Lincoln Prairie Star", "lincolnprairiestar.com", ["Samuel Ortega"], "2025-03-04 16:20:00", "\n"),
    ("ks-hays-drought", "High Plains Ledger", "highplainsledger.com", ["Brett Kohler"], "2025-03-04 19:02:00", "\n\n"),
    ("wi-lacrosse-pfas", "Coulee Region News", "couleeregionnews.com", [], "2025-03-05 14:45:00", "\n\n"),
    ("cvc-cedarfalls-rates", "Cedar Valley Courier", "cedarvalleycourier.com", ["Amy Sorensen"], "2025-03-06 11:10:00", "\n\n"),
    ("mn-duluth-freeze", "Duluth Harbor Times", "duluthharbortimes.com", ["Mei Chen", "Paul Ortiz"], "2025-03-06 13:30:00", "\n\n"),
    ("fcd-appleton-breaks", "Fox Cities Dispatch", "foxcitiesdispatch.com", ["Jenna Koenig"], "2025-03-07 15:00:00", "\n"),
    ("ewj-nrw-tariffs", "Euro Water Journal", "eurowaterjournal.eu", ["Lena Hoffmann"], "2025-03-07 09:30:00", "\n\n"),
    ("glwd-lead-inventory", "Great Lakes Water Desk", "greatlakeswaterdesk.org", ["Rosa Delgado"], "2025-03-10 10:00:00", "\n\n"),
    ("gr-stormwater-fee", "Grand River Gazette", "grandrivergazette.com", ["Tessa Morgan"], "2025-03-10 21:40:00", "\n\n"),
    ("qc-boil-day2", "Quad-City Current", "qccurrent.com", [], "2025-03-11 12:00:00", "\n\n"),
    ("mi-kalamazoo-pfas", "Kalamazoo River Post", "kalamazooriverpost.com", ["Aaron Whitley"], "2025-03-11 20:15:00", "\n\n"),
    ("qc-boil-day3", "Quad-City Current", "qccurrent.com", [], "2025-03-12 12:00:00", "\n\n"),
    ("tt-toledo-lead", "Toledo Harbor Herald", "toledoharborherald.com", ["Darnell Pierce"], "2025-03-12 10:25:00", "\n\n"),
    ("qc-boil-lifted", "Quad-City Current", "qccurrent.com", ["Nadia Ferreira"], "2025-03-13 14:50:00", "\n\n"),
    ("op-mansfield-sale", "Richland Courier-Ledger", "richlandcourierledger.com", ["Harold Stein"], "2025-03-13 09:00:00", "\n\n"),
    ("mo-stl-intake", "Gateway City Journal", "gatewaycityjournal.com", ["Monica Hale", "Jerome Pratt"], "2025-03-13 17:35:00", "\n\n"),
    ("wap-muenster-preis", "Westfälische Abendpost", "westfaelische-abendpost.de", ["Sebastian Krüger"], "2025-03-13 05:00:00", "\n\n"),
    ("ia-marion-tower", "Linn County Leader", "linncountyleader.com", ["Lisa Hartwig"], None, "\n\n"),
]


def build_json():
    recs = []
    mn_all = ["All rights reserved", "Copyright 2025"]
    for n, (aid, name, domain, authors, pdate, joiner) in enumerate(JSON_ITEMS):
        ps = P(aid)
        mn = list(mn_all)
        text_ps = list(ps)
        if aid == "op-mansfield-sale":
            text_ps = ps + [ART[aid]["bio"]]
            mn += ["The views expressed are his own", "former member of the Ohio Public Utilities Commission"]
        excerpt = " ".join(ps[0].split()[:22]) + "…"
        if len(authors) == 0:
            author = None
        elif len(authors) == 1:
            author = authors[0]
        else:
            author = ", ".join(authors)
        rec = {
            "title": T(aid),
            "author": author,
            "authors": authors,
            "published_date": pdate,
            "published_date_precision": "full" if pdate else None,
            "updated_date": None if not pdate else pdate[:11] + "23:59:00",
            "link": META[aid]["url"],
            "domain_url": domain,
            "full_domain_url": "www." + domain,
            "name_source": name,
            "is_headline": False,
            "paid_content": aid in ("dl-lead-lines", "dl-rates-budget"),
            "extraction_data": {"parent_url": f"https://www.{domain}/news/", "word_count": len(" ".join(text_ps).split())},
            "rights": f"Copyright 2025 {name}. All rights reserved.",
            "rank": 4000 + 137 * n,
            "is_opinion": aid == "op-mansfield-sale",
            "language": "de" if aid == "wap-muenster-preis" else "en",
            "description": excerpt,
            "content": joiner.join(text_ps),
            "word_count": len(" ".join(text_ps).split()),
            "_id": f"{n:02d}c1f7a9e3b2d4c6e8a0f1b3d5c7e9a{n:02d}",
            "_score": round(11.8 - n * 0.31, 3),
        }
        if aid == "dl-rates-budget":
            mn.append("Copyright 2025 Dubuque Ledger")
        recs.append(rec)
        reg(aid, F_JSON, ps, mn)
    write(F_JSON, json.dumps(recs, ensure_ascii=False, indent=2) + "\n")


# ================================================================== LISTSERV digest: MUNIWATER
F_LSV = "LISTSERV_MUNIWATER_digest_2025-03-14.txt"
LSV_MN = ["MUNIWATER Digest", "There are 8 messages", "Topics of the day", "Date:", "From:", "Subject:",
          "End of MUNIWATER Digest", "To unsubscribe"]


def build_listserv():
    L = []
    msgs = []

    def msg(date, frm, subj, lines):
        msgs.append((date, frm, subj, lines))

    # 1 Medium post pasted from the browser (curly quotes, long lines, Medium furniture)
    jm = P("jm-rates")
    msg("Mon, 10 Mar 2025 09:12:44 -0500", "Dana Whitfield <DWHITFIELD@CFUTILITIES.ORG>",
        "Janesville rate explainer from a board member",
        ["Worth reading before your own rate hearings. A Janesville board member wrote this on Medium:", "",
         T("jm-rates"), "", "Jorge Medina", "", "Follow", "", "6 min read", "·", "Mar 9, 2025", "", "Listen", "",
         "Share", ""] + sum([[p, ""] for p in jm], []) +
        ["Dana Whitfield", "Cedar Falls Utilities | Water Operations", "(319) 555-0117"])
    # 2 Toledo: outlet + date line first, then title
    tt = P("tt-toledo-lead")
    msg("Tue, 11 Mar 2025 22:40:02 -0400", "Rick Alvarado <ralvarado@NWOHIOWATER.ORG>", "Toledo lead count",
        ["Toledo Harbor Herald, March 12, 2025", "", T("tt-toledo-lead"), "By Darnell Pierce", ""] +
        sum([[p, ""] for p in tt], []) + ["Rick"])
    # 3 Bloomington, first paste: curly quotes, one line per paragraph
    bl = P("il-bloomington-bond")
    msg("Wed, 12 Mar 2025 07:05:19 -0500", "Karen Oyelaran <koyelaran@ILRURALWATER.ORG>",
        "Bloomington bond referendum",
        ["From this morning's paper:", "", T("il-bloomington-bond"), "McLean County Messenger", "Quentin Hale",
         "March 11, 2025", ""] + sum([[p, ""] for p in bl], []) + ["Karen Oyelaran, Illinois Rural Water"])
    # 4 Duluth: multi-author byline with outlet
    du = P("mn-duluth-freeze")
    msg("Wed, 12 Mar 2025 08:31:50 -0500", "Sven Aakre <saakre@NEMNUTIL.ORG>", "Frozen services - Duluth",
        ["Anyone else dealing with this? We are at 40 frozen services and counting.", "",
         T("mn-duluth-freeze").upper(), "By Mei Chen and Paul Ortiz, Duluth Harbor Times", "Published March 6, 2025",
         ""] + sum([[p, ""] for p in du], []) + ["Sven"])
    # 5 operator shortage: trade journal header with em dash
    op = P("ppw-operator-shortage")
    msg("Wed, 12 Mar 2025 11:58:07 -0500", "Wendy Haugland <whaugland@SDRWS.ORG>", "Operator survey results",
        ["Prairie Public Works Review \u2014 March 5, 2025", T("ppw-operator-shortage"), "Gail Thurston", ""] +
        sum([[p, ""] for p in op], []) + ["-- ", "Wendy Haugland", "Training Coordinator"])
    # 6 Bloomington again: straight quotes, wrapped at 70, pipe header with US numeric date
    msg("Thu, 13 Mar 2025 06:44:31 -0500", "Tom Greeley <tgreeley@NORMALIL.GOV>",
        "Re: Bloomington bond referendum",
        ["[Apologies if this is a duplicate -- my first post bounced.]", "", straight(T("il-bloomington-bond")),
         "McLean County Messenger | Quentin Hale | 3/11/2025", ""] +
        sum([[wrap(straight(p), 70), ""] for p in bl], []) + ["Tom Greeley", "Town of Normal Water Department"])
    # 7 Grand Rapids: ALL CAPS headline, outlet dateline style
    gr = P("gr-stormwater-fee")
    msg("Thu, 13 Mar 2025 09:20:12 -0400", "Lisa Verbeek <lverbeek@MIWATERASSN.ORG>", "Stormwater fee by impervious area",
        [T("gr-stormwater-fee").upper(), "Tessa Morgan | Grand River Gazette", "March 10, 2025", ""] +
        sum([[p, ""] for p in gr], []) + ["Lisa"])
    # 8 Fort Wayne
    fw = P("in-fortwayne-kits")
    msg("Thu, 13 Mar 2025 14:02:55 -0400", "Greg Nwosu <gnwosu@INAWWA.ORG>", "Free lead kits - Fort Wayne",
        ["Three Rivers Tribune", T("in-fortwayne-kits"), "Owen Fischer | March 12, 2025", ""] +
        sum([[p, ""] for p in fw], []) + ["Greg"])

    L += ["MUNIWATER Digest - 9 Mar 2025 to 13 Mar 2025 (#2025-44)",
          "", "There are 8 messages totaling 214 lines in this issue.", "", "Topics of the day:", ""]
    topics = ["Janesville rate explainer from a board member", "Toledo lead count",
              "Bloomington bond referendum (2)", "Frozen services - Duluth", "Operator survey results",
              "Stormwater fee by impervious area", "Free lead kits - Fort Wayne"]
    for i, t in enumerate(topics, 1):
        L.append(f"  {i}. {t}")
    L += ["", "----------------------------------------------------------------------", ""]
    for i, (date, frm, subj, lines) in enumerate(msgs):
        L += [f"Date:    {date}", f"From:    {frm}", f"Subject: {subj}", ""] + lines + ["", "------------------------------", ""]
    L += ["End of MUNIWATER Digest - 9 Mar 2025 to 13 Mar 2025 (#2025-44)",
          "**************************************************************", "",
          "To unsubscribe from the MUNIWATER list, click the following link:",
          "https://lists.plainswater.org/cgi-bin/wa?SUBED1=MUNIWATER&A=1", ""]
    write(F_LSV, "\n".join(L))
    reg("jm-rates", F_LSV, jm, LSV_MN + ["Worth reading before your own rate hearings", "Follow", "6 min read",
                                         "Listen", "Dana Whitfield", "Water Operations", "(319) 555-0117"])
    reg("tt-toledo-lead", F_LSV, tt, LSV_MN + ["Toledo Harbor Herald, March 12, 2025", "By Darnell Pierce"])
    reg("il-bloomington-bond", F_LSV, bl, LSV_MN + ["From this morning's paper", "Illinois Rural Water",
                                                     "Apologies if this is a duplicate", "Quentin Hale | 3/11/2025",
                                                     "Town of Normal Water Department"])
    reg("mn-duluth-freeze", F_LSV, du, LSV_MN + ["Anyone else dealing with this?", "By Mei Chen and Paul Ortiz",
                                                 "Published March 6, 2025"])
    reg("ppw-operator-shortage", F_LSV, op, LSV_MN + ["Wendy Haugland", "Training Coordinator"])
    reg("il-bloomington-bond", F_LSV, [straight(p) for p in bl], [])
    reg("gr-stormwater-fee", F_LSV, gr, LSV_MN + ["Tessa Morgan | Grand River Gazette", "Lisa Verbeek"])
    reg("in-fortwayne-kits", F_LSV, fw, LSV_MN + ["Owen Fischer | March 12, 2025", "Greg Nwosu", "Free lead kits"])


# ================================================================== Mailman digest: Water-L
F_MM = "water-l-digest_vol12_issue7.txt"
MM_MN = ["Send Water-L mailing list submissions to", "listinfo", "Today's Topics", "Message:", "Message-ID:",
         "Content-Type:", "Water-L mailing list", "End of Water-L Digest", "When replying, please edit your Subject",
         "[Water-L]"]


def build_mailman():
    msgs = []
    dl = [straight(p) for p in P("dl-lead-lines")]
    msgs.append(("Wed, 12 Mar 2025 07:41:18 -0500", "Mark Ruiz <mruiz@plainfieldwater.org>",
                 "Dubuque lead line vote", "<b7e2f1@plainfieldwater.org>",
                 ["All -- Dubuque went big on lead lines Monday. Article below, pasted", "from the Ledger site.", "",
                  straight(T("dl-lead-lines")), "Kayla Brandt and Tom Reyes, Dubuque Ledger", "March 11, 2025", ""] +
                 sum([[wrap(p, 72), ""] for p in dl], []) +
                 ["--", "Mark Ruiz", "Distribution Superintendent", "Plainfield Water Utility"]))
    am = [straight(p) for p in P("ia-ames-billing")]
    msgs.append(("Wed, 12 Mar 2025 09:02:40 -0500", "Sue Halvorsen <shalvorsen@storycountywater.org>",
                 "Ames going to monthly billing", "<4410.ames@storycountywater.org>",
                 ["Story County Sentinel, 3/10/2025", "", T("ia-ames-billing"), "By Erin Walsh", ""] +
                 sum([[wrap(p, 72), ""] for p in am], []) + ["Sue"]))
    msgs.append(("Wed, 12 Mar 2025 10:15:03 -0500", "Pete Dvorak <pdvorak@tamaia.gov>",
                 "Re: Ames going to monthly billing", "<aa91.re@tamaia.gov>",
                 ["Sue, the article came through chopped up in my reader. Can you resend?",
                  "Also curious whether they kept the base charge split evenly.", "", "Pete"]))
    msgs.append(("Wed, 12 Mar 2025 10:48:27 -0500", "Sue Halvorsen <shalvorsen@storycountywater.org>",
                 "Ames article again, formatting fixed", "<4411.ames@storycountywater.org>",
                 ["Trying again at a narrower width.", "", T("ia-ames-billing"),
                  "Erin Walsh | Story County Sentinel | March 10, 2025", ""] +
                 sum([[wrap(p, 60), ""] for p in am], []) + ["Sue"]))
    qc = [straight(p) for p in P("qc-boil-day2")]
    msgs.append(("Wed, 12 Mar 2025 13:30:55 -0500", "Jim Kowalczyk <jkowalczyk@moline-il.gov>",
                 "Rock Island boil order", "<qc.boil@moline-il.gov>",
                 ["Our neighbors across the line. Yesterday's update from the Current:", "",
                  T("qc-boil-day2"), "Quad-City Current, March 11, 2025", ""] +
                 sum([[wrap(p, 72), ""] for p in qc], []) + ["Jim"]))
    ap = [straight(p) for p in P("fcd-appleton-breaks")]
    kz = [straight(p) for p in P("mi-kalamazoo-pfas")]
    msgs.append(("Thu, 13 Mar 2025 08:12:09 -0400", "Ann Baptiste <abaptiste@glwater.org>",
                 "Appleton main breaks / Kalamazoo PFAS plant", "<ab.two@glwater.org>",
                 ["Two from the Great Lakes side this week.", "", "(1)", "", T("fcd-appleton-breaks"),
                  "Jenna Koenig, Fox Cities Dispatch -- March 7, 2025", ""] +
                 sum([[wrap(p, 72), ""] for p in ap], []) +
                 ["(2)", "", T("mi-kalamazoo-pfas"), "Aaron Whitley, Kalamazoo River Post -- March 11, 2025", ""] +
                 sum([[wrap(p, 72), ""] for p in kz], []) + ["Ann Baptiste", "Great Lakes Water Network"]))
    sh = [straight(p) for p in P("dve-sheffield-leaks")]
    msgs.append(("Thu, 13 Mar 2025 11:40:33 +0000", "Rhys Morgan <rhys.morgan@wateruk-exchange.org>",
                 "Sheffield leakage - UK comparison", "<rm.uk@wateruk-exchange.org>",
                 ["For the leakage discussion last month, a UK data point:", "", T("dve-sheffield-leaks"),
                  "Harriet Lowe, Don Valley Echo, 5 March 2025", ""] +
                 sum([[wrap(p, 72), ""] for p in sh], []) + ["Rhys"]))
    ec = [straight(p) for p in P("wi-eauclaire-solar")]
    msgs.append(("Thu, 13 Mar 2025 15:05:48 -0500", "Rob Tiedemann <rtiedemann@menomoniewater.org>",
                 "Eau Claire solar", "<rt.solar@menomoniewater.org>",
                 [T("wi-eauclaire-solar"), "Chippewa Valley Star | Rob Lindahl | March 6, 2025", ""] +
                 sum([[wrap(p, 72), ""] for p in ec], []) + ["Rob T."]))
    L = ["Send Water-L mailing list submissions to", "\twater-l@lists.plainswater.org", "",
         "To subscribe or unsubscribe via the World Wide Web, visit",
         "\thttps://lists.plainswater.org/mailman/listinfo/water-l",
         "or, via email, send a message with subject or body 'help' to", "\twater-l-request@lists.plainswater.org", "",
         "You can reach the person managing the list at", "\twater-l-owner@lists.plainswater.org", "",
         "When replying, please edit your Subject line so it is more specific",
         'than "Re: Contents of Water-L digest..."', "", "", "Today's Topics:", ""]
    for i, m in enumerate(msgs, 1):
        L.append(f"   {i}. {m[2]} ({m[1].split(' <')[0]})")
    L += ["", "", "----------------------------------------------------------------------", ""]
    for i, (date, frm, subj, mid, lines) in enumerate(msgs, 1):
        L += [f"Message: {i}", f"Date: {date}", f"From: {frm}", "To: water-l@lists.plainswater.org",
              f"Subject: [Water-L] {subj}", f"Message-ID: {mid}",
              'Content-Type: text/plain; charset="us-ascii"', ""] + lines + ["", "", "------------------------------", ""]
    L += ["_______________________________________________", "Water-L mailing list", "water-l@lists.plainswater.org",
          "https://lists.plainswater.org/mailman/listinfo/water-l", "", "",
          "End of Water-L Digest, Vol 12, Issue 7", "**************************************", ""]
    write(F_MM, "\n".join(L))
    reg("dl-lead-lines", F_MM, dl, MM_MN + ["Dubuque went big on lead lines", "Mark Ruiz", "Distribution Superintendent",
                                            "Plainfield Water Utility", "Kayla Brandt and Tom Reyes, Dubuque Ledger"])
    reg("ia-ames-billing", F_MM, am, MM_MN + ["Story County Sentinel, 3/10/2025", "By Erin Walsh",
                                              "chopped up in my reader", "base charge split evenly",
                                              "Trying again at a narrower width"])
    reg("ia-ames-billing", F_MM, am, [])
    reg("qc-boil-day2", F_MM, qc, MM_MN + ["Our neighbors across the line", "Quad-City Current, March 11, 2025",
                                           "Jim Kowalczyk"])
    reg("fcd-appleton-breaks", F_MM, ap, MM_MN + ["Two from the Great Lakes side", "Jenna Koenig, Fox Cities Dispatch",
                                                  "Great Lakes Water Network"])
    reg("mi-kalamazoo-pfas", F_MM, kz, MM_MN + ["Aaron Whitley, Kalamazoo River Post", "Ann Baptiste",
                                                "Great Lakes Water Network"])
    reg("dve-sheffield-leaks", F_MM, sh, MM_MN + ["For the leakage discussion last month",
                                                  "Harriet Lowe, Don Valley Echo, 5 March 2025"])
    reg("wi-eauclaire-solar", F_MM, ec, MM_MN + ["Chippewa Valley Star | Rob Lindahl", "Rob T."])


# ================================================================== newsletter with numbered headlines: Water Weekly
F_WW = "Water Weekly Roundup - March 17, 2025.txt"
WW_MN = ["WATER WEEKLY", "Your Monday roundup of municipal water news", "Issue 112", "View this email in your browser",
         "In this issue", "SPONSORED", "AquaTrace", "Book a demo", "JOBS BOARD", "Water Plant Operator II",
         "You're receiving Water Weekly", "Forward to a colleague", "Update preferences", "Unsubscribe",
         "1200 Locust St"]


def build_ww():
    rule = "-" * 40
    L = ["WATER WEEKLY", "Your Monday roundup of municipal water news", "Issue 112 | March 17, 2025", "",
         "View this email in your browser", "",
         "In this issue: PFAS costs for small towns, lead line inventories, Springfield's meter shock, the operator "
         "shortage, Waterloo softening, the St. Louis intake, Rochester's chloramine switch", "", rule, ""]
    # 1 Ghost post, trimmed, with a read-more link
    ud = P("ud-pfas-grants", standfirst=False)[:4]
    L += ["1. " + T("ud-pfas-grants").upper(), "Utility Desk | Hannah Lindqvist | March 10, 2025", ""]
    L += sum([[p, ""] for p in ud], [])
    L += ["Read the full piece at Utility Desk: https://utilitydesk.news/pfas-small-towns-grants/", "", ""]
    # 2 syndicated under another outlet and headline
    g = ART["glwd-lead-inventory"]
    gl = P("glwd-lead-inventory") + [g["credit"]]
    L += ["2. " + g["synd_title"].upper(), "Milwaukee Lakefront Press | Rosa Delgado | March 10, 2025", ""]
    L += sum([[p, ""] for p in gl], [])
    L += ["", rule, "SPONSORED", "AquaTrace smart hydrants find leaks before your customers do. Book a demo at",
          "aquatrace.example/demo and get your first district survey free.", rule, ""]
    # 3 Springfield (two authors)
    sp = P("ss-springfield-meters")
    L += ["3. " + T("ss-springfield-meters").upper(), "Sangamon Sentinel | Ruth Adeyemi and Colin Marsh | March 12, 2025", ""]
    L += sum([[p, ""] for p in sp], []) + [""]
    # 4 operator shortage (also on the LISTSERV digest)
    op = P("ppw-operator-shortage")
    L += ["4. " + T("ppw-operator-shortage").upper(), "Prairie Public Works Review | Gail Thurston | March 5, 2025", ""]
    L += sum([[p, ""] for p in op], []) + [""]
    # 5 Waterloo, no byline
    wl = P("ia-waterloo-softening")
    L += ["5. " + T("ia-waterloo-softening").upper(), "Cedar Valley Courier | March 6, 2025", ""]
    L += sum([[p, ""] for p in wl], []) + [""]
    # 6 St. Louis
    sl = P("mo-stl-intake")
    L += ["6. " + T("mo-stl-intake").upper(), "Gateway City Journal | Monica Hale & Jerome Pratt | March 13, 2025", ""]
    L += sum([[p, ""] for p in sl], []) + [""]
    # 7 Rochester
    rc = P("mn-rochester-chloramine")
    L += ["7. " + T("mn-rochester-chloramine").upper(), "Med City Register | Naomi Fritz | March 11, 2025", ""]
    L += sum([[p, ""] for p in rc], []) + [""]
    L += [rule, "JOBS BOARD",
          "- Water Plant Operator II, City of Mason City, IA. $27.40-$33.10/hr. Apply by March 28.",
          "- Utility Engineer, Lincoln Water System, NE. Apply by April 4.",
          "- Lead Service Line Program Manager, City of Dubuque, IA. Apply by April 11.", rule, "",
          "You're receiving Water Weekly because you subscribed at waterweekly.news.",
          "Forward to a colleague | Update preferences | Unsubscribe",
          "Water Weekly, 1200 Locust St, Des Moines, IA 50309", ""]
    write(F_WW, "\n".join(L))
    reg("ud-pfas-grants", F_WW, ud, WW_MN + ["Read the full piece at Utility Desk",
                                             "Utility Desk | Hannah Lindqvist | March 10, 2025"])
    reg("glwd-lead-inventory", F_WW, gl, WW_MN + ["Milwaukee Lakefront Press | Rosa Delgado"])
    reg("ss-springfield-meters", F_WW, sp, WW_MN + ["Sangamon Sentinel | Ruth Adeyemi and Colin Marsh"])
    reg("ppw-operator-shortage", F_WW, op, WW_MN + ["Prairie Public Works Review | Gail Thurston"])
    reg("ia-waterloo-softening", F_WW, wl, WW_MN + ["Cedar Valley Courier | March 6, 2025"])
    reg("mo-stl-intake", F_WW, sl, WW_MN + ["Monica Hale & Jerome Pratt", "Lead Service Line Program Manager"])
    reg("mn-rochester-chloramine", F_WW, rc, WW_MN + ["Med City Register | Naomi Fritz"])


# ================================================================== plain paste: blank lines + "By X | Outlet | date"
F_PASTE = "pasted_stories_for_board_packet.txt"


def build_paste():
    L = []
    out = []

    def story(title, credit, ps, width=None):
        L.extend([title, "", credit, ""])
        for p in ps:
            L.extend([wrap(p, width) if width else p, ""])
        L.append("")

    pb = [straight(p) for p in P("pbn-leeds-burst")[:-1]]  # trimmed: last paragraph cut
    story(T("pbn-leeds-burst"), "By Ellie Stroud and Marcus Obi | PBN News | 12 March 2025", pb)
    out.append(("pbn-leeds-burst", pb, ["By Ellie Stroud and Marcus Obi | PBN News | 12 March 2025"]))
    cv = P("cvc-cedarfalls-rates")[:-1]
    cv[1] = ("The typical home would pay about $2.10 more each month. Rates for large industrial users would rise by "
             "8 percent, reflecting a new cost-of-service study.")
    story(T("cvc-cedarfalls-rates"), "By Amy Sorensen | Cedar Valley Courier | March 6, 2025", cv)
    out.append(("cvc-cedarfalls-rates", cv, ["By Amy Sorensen | Cedar Valley Courier | March 6, 2025"]))
    hy = [straight(p) for p in P("ks-hays-drought")]
    story(T("ks-hays-drought"), "By Brett Kohler | High Plains Ledger | March 4, 2025", hy)
    out.append(("ks-hays-drought", hy, ["By Brett Kohler | High Plains Ledger | March 4, 2025"]))
    wl = P("ia-waterloo-softening")
    story(T("ia-waterloo-softening"), "Cedar Valley Courier | March 6, 2025", wl)
    out.append(("ia-waterloo-softening", wl, ["Cedar Valley Courier | March 6, 2025"]))
    ic = P("ia-iowacity-wells")
    story(T("ia-iowacity-wells"), "By Marcus Bell | Johnson County Herald | March 7, 2025", ic)
    out.append(("ia-iowacity-wells", ic, ["By Marcus Bell | Johnson County Herald | March 7, 2025"]))
    sh = P("dve-sheffield-leaks")
    story(T("dve-sheffield-leaks"), "By Harriet Lowe | Don Valley Echo | 5 March 2025", sh)
    out.append(("dve-sheffield-leaks", sh, ["By Harriet Lowe | Don Valley Echo | 5 March 2025"]))
    ln = [straight(p) for p in P("ne-lincoln-pipeline")]
    story(T("ne-lincoln-pipeline"), "By Samuel Ortega | Lincoln Prairie Star | March 4, 2025", ln)
    out.append(("ne-lincoln-pipeline", ln, ["By Samuel Ortega | Lincoln Prairie Star | March 4, 2025"]))
    ic2 = [straight(p) for p in P("ia-iowacity-wells")]
    story(straight(T("ia-iowacity-wells")), "By Marcus Bell | Johnson County Herald | March 7, 2025", ic2, width=80)
    out.append(("ia-iowacity-wells", ic2, []))
    kc = P("kc-shutoff-scam")
    story(T("kc-shutoff-scam"), "By Tara Jennings | KC Metro Ledger | March 13, 2025", kc)
    out.append(("kc-shutoff-scam", kc, ["By Tara Jennings | KC Metro Ledger | March 13, 2025"]))
    write(F_PASTE, "\n".join(L))
    for aid, ps, mn in out:
        reg(aid, F_PASTE, ps, mn)


# ================================================================== German press review (Pressespiegel)
F_DE = "Pressespiegel_Wasserwirtschaft_KW11_2025.txt"
DE_MN = ["PRESSESPIEGEL WASSERWIRTSCHAFT", "Kalenderwoche 11", "zusammengestellt von der Pressestelle",
         "Nur für den internen Gebrauch", "INHALT", "Quelle:", "Titel:", "Datum:", "Nr. ", "TOP-THEMA",
         "AUS DEN REGIONEN", "Die Rechte an den Artikeln liegen bei den jeweiligen Verlagen", "presse@lvw-nrw.example"]


def build_presse():
    rule = "-" * 70
    dbl = "=" * 70
    L = ["PRESSESPIEGEL WASSERWIRTSCHAFT",
         "Kalenderwoche 11 / 2025 \u2013 zusammengestellt von der Pressestelle des Landesverbands der Wasserwirtschaft NRW",
         "Stand: 14. März 2025, 16:00 Uhr",
         "Nur für den internen Gebrauch. Weitergabe an Dritte nicht gestattet.", "", "INHALT",
         " 1. Rheinwasser will 400 Kilometer Wasserleitungen erneuern (Kölner Stadtbote)",
         " 2. North Rhine-Westphalia utilities raise water prices ... (Euro Water Journal)",
         " 3. Münster: Wasser wird ab Juli sechs Prozent teurer (Westfälische Abendpost)",
         " 4. Hochbehälter am Venusberg wird saniert (Bonner Tageskurier)",
         " 5. Nitrat im Emsland (nwn)",
         " 6./7. Talsperren-Füllstände KW 10 und KW 11 (Ruhr-Kurier)",
         " 8. Köln: Leitungserneuerung (Printfassung)", "", dbl, "TOP-THEMA", dbl, ""]
    kn = P("kst-koeln-netz")
    L += ["Nr. 1", "Quelle: Kölner Stadtbote, 12. März 2025, S. 21 (Lokalteil)",
          "Titel: " + T("kst-koeln-netz"), "Autoren: Katrin Albers und Jonas Weber", ""]
    L += sum([[p, ""] for p in kn], [])
    L += [dbl, "LANDESPOLITIK UND VERBÄNDE", dbl, ""]
    ew = P("ewj-nrw-tariffs")
    L += ["Nr. 2", "Quelle: Euro Water Journal (englischsprachig), Online-Ausgabe", "Datum: 07/03/2025",
          "Titel: " + T("ewj-nrw-tariffs"), "Autorin: Lena Hoffmann", ""]
    L += sum([[p, ""] for p in ew], [])
    L += [rule, ""]
    ms = P("wap-muenster-preis")
    L += ["Nr. 3", "Quelle: Westfälische Abendpost, Lokalausgabe Münster", "Datum: 13/03/2025",
          "Titel: " + T("wap-muenster-preis"), "Von Sebastian Krüger", ""]
    L += sum([[p, ""] for p in ms], [])
    L += [dbl, "AUS DEN REGIONEN", dbl, ""]
    bn = P("btk-bonn-hochbehaelter")
    L += ["Nr. 4", "Quelle: Bonner Tageskurier vom 11. März 2025", "Titel: " + T("btk-bonn-hochbehaelter"),
          "Von Anja Lindner", ""]
    L += sum([[p, ""] for p in bn], [])
    L += [rule, ""]
    nn = P("nwn-emsland-nitrat")
    L += ["Nr. 5", "Quelle: Nordwest-Nachrichtendienst (nwn), 10.03.2025", "Titel: " + T("nwn-emsland-nitrat"), ""]
    L += sum([[p, ""] for p in nn], [])
    L += [rule, ""]
    k10 = P("rk-talsperren-kw10")
    L += ["Nr. 6", "Quelle: Ruhr-Kurier, 7. März 2025", "Titel: " + T("rk-talsperren-kw10"), ""]
    L += sum([[p, ""] for p in k10], [])
    L += [rule, ""]
    k11 = P("rk-talsperren-kw11")
    L += ["Nr. 7", "Quelle: Ruhr-Kurier", "Datum: 14/03/2025", "Titel: " + T("rk-talsperren-kw11"), ""]
    L += sum([[p, ""] for p in k11], [])
    L += [rule, ""]
    kn2 = [straight(p) for p in kn]
    L += ["Nr. 8 (Printfassung von Nr. 1)", "Kölner Stadtbote vom 12.03.2025",
          '"' + T("kst-koeln-netz") + '"', "Von Katrin Albers und Jonas Weber", ""]
    L += sum([[wrap(p, 66), ""] for p in kn2], [])
    L += [dbl, "\u00a9 Die Rechte an den Artikeln liegen bei den jeweiligen Verlagen. Vervielfältigung nur für den "
          "internen Gebrauch.", "Pressestelle \u00b7 Tel. 0211 555 0190 \u00b7 presse@lvw-nrw.example", ""]
    write(F_DE, "\n".join(L))
    reg("kst-koeln-netz", F_DE, kn, DE_MN + ["Autoren: Katrin Albers und Jonas Weber", "Lokalteil", "Printfassung"])
    reg("ewj-nrw-tariffs", F_DE, ew, DE_MN + ["englischsprachig", "Autorin: Lena Hoffmann", "07/03/2025"])
    reg("wap-muenster-preis", F_DE, ms, DE_MN + ["Von Sebastian Krüger", "Lokalausgabe Münster", "13/03/2025"])
    reg("btk-bonn-hochbehaelter", F_DE, bn, DE_MN + ["Von Anja Lindner", "11. März 2025"])
    reg("nwn-emsland-nitrat", F_DE, nn, DE_MN + ["Nordwest-Nachrichtendienst (nwn)", "10.03.2025"])
    reg("rk-talsperren-kw10", F_DE, k10, DE_MN + ["Ruhr-Kurier, 7. März 2025"])
    reg("rk-talsperren-kw11", F_DE, k11, DE_MN + ["14/03/2025"])
    reg("kst-koeln-netz", F_DE, kn2, ["Von Katrin Albers und Jonas Weber", "Kölner Stadtbote vom 12.03.2025"])


# ================================================================== main
def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_blox()
    build_pbn()
    build_ghost()
    build_medium()
    build_squarespace()
    build_json()
    build_listserv()
    build_mailman()
    build_ww()
    build_paste()
    build_presse()
    missing = set(ART) - set(COPIES)
    assert not missing, missing
    assert set(ART) == set(META), set(ART) ^ set(META)
    gold = []
    for aid in ART:
        m = META[aid]
        cps = sorted(COPIES[aid], key=lambda c: (c[0], c[1]))
        g = {"id": aid, "title": m["title"], "outlet": m["outlet"], "date": m["date"], "authors": m["authors"],
             "must_not": MUSTNOT.get(aid, [])}
        if m.get("url"):
            g["url"] = m["url"]
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        gold.append(g)
    gold.sort(key=lambda g: (g["copies"][0]["source"],
                             [p for s, p, _ in COPIES[g["id"]] if s == g["copies"][0]["source"]][0]))
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies, "
          f"{sum(1 for g in gold if len(g['copies']) > 1)} duplicate groups, {len(os.listdir(DUMPS))} files")


if __name__ == "__main__":
    main()
