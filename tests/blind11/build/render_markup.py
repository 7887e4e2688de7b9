# -*- coding: utf-8 -*-
"""Markup and mail dumps: the Word 'filtered HTML' clippings file, the MHTML page, the Joomla page, the pipermail
message page, the Wix post, the Substack newsletter e-mail and the JSON Feed."""
import json
import quopri
import textwrap

from articles import ART
from common import (F_BV, F_EP, F_MC, F_PM, F_SN, F_SS, F_SW, P, T, attr, esc, mn, reg, straight, wrap,
                    write, write_bytes)


def file_mn(aids, strings):
    for aid in aids:
        mn(aid, strings)


# ================================================================ Word "Web Page, Filtered" clippings (cp1252)
MC_ITEMS = [
    # aid, header line (html), plain header strings for must_not, source note, remark, variant
    ("ep-staff-housing", "<b>Engadin Today</b> | Do, 12.11.2026 | Seite 3 | Autor: Gian Andri Caduff",
     ["Do, 12.11.2026 | Seite 3 | Autor: Gian Andri Caduff"],
     "Quelle: Engadin Today, 12.11.2026, S. 3 | Auflage: 8'400", "Bemerkung GRT: Thema Personalwohnungen, an "
     "Geschäftsleitung weitergeleitet.", None),
    ("ac-snowmaking-water", "Alpine Courier, Di, 10.11.2026, S. 7 – Lea Imboden",
     ["Alpine Courier, Di, 10.11.2026, S. 7 – Lea Imboden"],
     "Quelle: Alpine Courier, 10.11.2026, S. 7 | Auflage: 31'000", "Bemerkung GRT: betrifft auch Graubünden? "
     "Abklärung mit AWN läuft.", None),
    ("tt-no-snow", "Tyrol Times | Fr, 06.11.2026 | By MAGDALENA HOFER",
     ["Tyrol Times | Fr, 06.11.2026 | By MAGDALENA HOFER"],
     "Quelle: Tyrol Times, 06.11.2026, S. 11 | Auflage: 22'500", "Bemerkung GRT: Konkurrenzbeobachtung Tirol.",
     None),
    ("pp-no-snow", "Pyrenees Post (online) | 24.11.2026 | Laure Cazenave",
     ["Pyrenees Post (online) | 24.11.2026 | Laure Cazenave"],
     "Quelle: https://www.pyreneespost.com/news/resorts-brace-winter-without-natural-snow",
     "Bemerkung GRT: gleicher Titel wie Tyrol Times vom 6.11., anderer Artikel!", None),
    ("pp-font-romeu", "Pyrenees Post (online) | 11.11.2026 | Laure Cazenave",
     ["Pyrenees Post (online) | 11.11.2026 | Laure Cazenave"],
     "Quelle: https://www.pyreneespost.com/news/small-pyrenean-station-will-not-reopen",
     "Bemerkung GRT: Kleinskigebiete, vgl. Dossier Tiefenlagen.", None),
    ("dh-fassa", "Dolomiti Herald | Di, 17.11.2026 | Giulia Rossi",
     ["Dolomiti Herald | Di, 17.11.2026 | Giulia Rossi"],
     "Quelle: Dolomiti Herald, 17.11.2026, S. 5", "Bemerkung GRT: Solar auf Bergbahnen – Best Practice.", None),
    ("aw-glacier-study", "Dolomiti Herald | Do, 05.11.2026 | Chiara Santini (Alpenwire)",
     ["Dolomiti Herald | Do, 05.11.2026 | Chiara Santini (Alpenwire)"],
     "Quelle: Dolomiti Herald, 05.11.2026, S. 2", "Bemerkung GRT: Agenturmeldung.", "synd"),
    ("aw-heliski-ban", "Alpenwire | Do, 26.11.2026 | Chiara Santini",
     ["Alpenwire | Do, 26.11.2026 | Chiara Santini"],
     "Quelle: Alpenwire-Abo, Meldung vom 26.11.2026", "Bemerkung GRT: Heliskiing – Position GR prüfen.", None),
    ("tt-kitzbuehel", "Tyrol Times | Di, 24.11.2026 | Florian Gruber",
     ["Tyrol Times | Di, 24.11.2026 | Florian Gruber"],
     "Quelle: Tyrol Times, 24.11.2026, S. 20 | Auflage: 22'500", "Bemerkung GRT: Schneedepots, vgl. Davos.", None),
    ("tt-ischgl-gondola", "Tyrol Times | Mi, 25.11.2026 | By FLORIAN GRUBER",
     ["Tyrol Times | Mi, 25.11.2026 | By FLORIAN GRUBER"],
     "Quelle: Tyrol Times, 25.11.2026, S. 9 | Auflage: 22'500", "Bemerkung GRT: —", None),
]


def word_p(text, cls="MsoNormal", style=None):
    st = f" style='{style}'" if style else ""
    body = textwrap.fill(esc(text), 76, break_long_words=False, break_on_hyphens=False)
    return f"<p class={cls}{st}><span lang=EN-GB>{body}</span></p>"


def build_mc():
    H = ["<html>", "", "<head>",
         "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">",
         "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">",
         "<style>", "<!--", " /* Font Definitions */",
         " @font-face", "\t{font-family:\"Cambria Math\";", "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}",
         " @font-face", "\t{font-family:Calibri;", "\tpanose-1:2 15 5 2 2 2 4 3 2 4;}",
         " /* Style Definitions */",
         " p.MsoNormal, li.MsoNormal, div.MsoNormal", "\t{margin:0cm;", "\tfont-size:11.0pt;",
         "\tfont-family:\"Calibri\",sans-serif;}",
         "h2", "\t{mso-style-link:\"Überschrift 2 Zchn\";", "\tmargin-top:2.0pt;", "\tfont-size:13.0pt;}",
         "p.MsoTitle, li.MsoTitle, div.MsoTitle", "\t{font-size:28.0pt;}",
         "p.MsoToc1, li.MsoToc1, div.MsoToc1", "\t{margin-bottom:5.0pt;}",
         "@page WordSection1", "\t{size:595.3pt 841.9pt;", "\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}",
         "div.WordSection1", "\t{page:WordSection1;}", "-->", "</style>", "", "</head>", "",
         "<body lang=DE-CH link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>", "",
         "<div class=WordSection1>", "",
         "<p class=MsoTitle>Medienspiegel KW 47/48</p>", "",
         "<p class=MsoNormal>Graubünden Tourismus – Kommunikation | Media clippings, compiled 26.11.2026 by "
         "R. Casutt</p>", "",
         "<p class=MsoNormal><b>INTERN – nicht zur Weitergabe. Die Artikel sind urheberrechtlich geschützt.</b></p>",
         "", "<p class=MsoNormal>&nbsp;</p>", ""]
    for n, it in enumerate(MC_ITEMS, 1):
        aid = it[0]
        title = ART[aid]["synd_title"] if it[5] == "synd" else T(aid)
        H.append(f"<p class=MsoToc1><a href=\"#_Toc{n:03d}\">{n}.&nbsp;{esc(title)}<span "
                 f"style='color:windowtext;display:none;text-decoration:none'>&nbsp;</span></a></p>")
    H += ["", "<p class=MsoNormal>&nbsp;</p>", ""]
    for n, (aid, head, head_mn, src, remark, var) in enumerate(MC_ITEMS, 1):
        a = ART[aid]
        title = a["synd_title"] if var == "synd" else a["title"]
        ps = P(aid, credit=True) if var == "synd" else P(aid)
        H += [f"<h2><a name=\"_Toc{n:03d}\"></a><span lang=EN-GB>{esc(title)}</span></h2>", "",
              f"<p class=MsoNormal>{head}</p>", "", "<p class=MsoNormal>&nbsp;</p>", ""]
        for p in ps:
            H += [word_p(p), "", "<p class=MsoNormal>&nbsp;</p>", ""]
        H += [f"<p class=MsoNormal><i><span style='font-size:9.0pt'>{esc(src)}</span></i></p>", "",
              f"<p class=MsoNormal><span style='color:#C00000'>{esc(remark)}</span></p>", "",
              "<p class=MsoNormal style='page-break-before:always'>&nbsp;</p>", ""]
        reg(aid, F_MC, ps, head_mn + [src, remark])
    H += ["<p class=MsoNormal>Graubünden Tourismus · Medienstelle · Alexanderstrasse 24 · 7001 Chur</p>", "",
          "</div>", "", "</body>", "", "</html>", ""]
    file_mn([x[0] for x in MC_ITEMS], ["Medienspiegel KW 47/48", "Media clippings, compiled 26.11.2026 by R. Casutt",
                                       "INTERN – nicht zur Weitergabe.",
                                       "Die Artikel sind urheberrechtlich geschützt.",
                                       "Graubünden Tourismus · Medienstelle", "Alexanderstrasse 24 · 7001 Chur"])
    write(F_MC, "\n".join(H).replace("\n", "\r\n"), encoding="cp1252")


# ================================================================ MHTML (Chrome "Save page as… single file")
def build_bv():
    aid = "bvs-lake-louise-shuttle"
    a = ART[aid]
    ps = P(aid)
    url = a["url"]
    most = ["Canmore council freezes short-term rental licences", "Banff Avenue to go car-free on winter weekends",
            "Elk herd returns to Canmore golf course",
            "Sunshine Village expansion plan goes to public comment"]
    body_ps = "\n".join(f'<p class="story-text__paragraph">{esc(p)}</p>' for p in ps[:2])
    body_ps += ('\n<aside class="newsletter-inline"><h3>Get the Sentinel Morning Brief</h3><p>The Bow Valley\'s '
                'news in your inbox every weekday at 6am.</p><form><input type="email" placeholder="Your email '
                'address"><button>Sign up</button></form><p class="fine">By signing up you agree to our Terms of '
                'Use and Privacy Policy. You can unsubscribe at any time.</p></aside>\n')
    body_ps += "\n".join(f'<p class="story-text__paragraph">{esc(p)}</p>' for p in ps[2:])
    page = f"""<!DOCTYPE html><html lang="en-CA"><head><meta charset="utf-8">
<title>{esc(a['title'])} | Bow Valley Sentinel</title>
<meta name="description" content="A daily bus will take skiers from downtown Calgary to the Lake Louise ski area this winter.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Bow Valley Sentinel">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="2026-11-18T23:40:00-07:00">
<meta property="article:modified_time" content="2026-11-19T08:15:00-07:00">
<meta property="article:author" content="Tessa Whitford">
<meta name="author" content="Tessa Whitford">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="cid:css-0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0@mhtml.blink">
</head><body class="template-story">
<div id="cookie-consent" class="cookie-consent" role="dialog"><p>We use cookies to personalise content and ads and to analyse our traffic. See our <a href="/privacy">cookie policy</a>.</p><button>Accept all</button><button>Manage preferences</button></div>
<header class="site-header"><a class="site-header__logo" href="/"><img src="https://www.bowvalleysentinel.ca/static/logo.png" alt="Bow Valley Sentinel"></a>
<nav class="site-nav"><a href="/news">News</a><a href="/outdoors">Outdoors</a><a href="/business">Business</a><a href="/opinion">Opinion</a><a href="/obituaries">Obituaries</a><a href="/subscribe" class="btn">Subscribe</a></nav>
<div class="site-header__weather">Canmore −11°C · Light snow</div></header>
<main class="story"><article class="story-main">
<div class="story-kicker"><a href="/news">News</a></div>
<h1 class="story-headline">{esc(a['title'])}</h1>
<div class="story-byline"><div class="story-byline__author">Tessa Whitford</div>
<div class="story-byline__date">Published Nov. 18, 2026 11:40 PM · Updated Nov. 19, 2026 8:15 AM</div>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Email this story</a></div></div>
<figure class="story-image"><img src="https://www.bowvalleysentinel.ca/media/shuttle.jpg" alt=""><figcaption>Skiers wait for a bus at the Lake Louise base area. Photo: Tessa Whitford / Bow Valley Sentinel</figcaption></figure>
<div class="story-text">
{body_ps}
</div>
<div class="author-bio"><h4>About the author</h4><p>Tessa Whitford covers Banff National Park, transportation and the outdoors for the Sentinel. Reach her at twhitford@bowvalleysentinel.ca.</p></div>
<section class="comments"><h3>12 Comments</h3>
<div class="comment"><b>RidgeRunner88</b> <span>2 days ago</span><p>About time. The lot was full by 8:30 every Saturday in January.</p></div>
<div class="comment"><b>calgarymom3</b> <span>1 day ago</span><p>$50 return per person is still more than gas for a family of four.</p></div>
<p class="comments-note">Comments are moderated and must follow our community guidelines.</p></section>
</article>
<aside class="most-read"><h3>Most read</h3><ol>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in most)}</ol></aside>
</main>
<footer class="site-footer"><p>© 2026 Bow Valley Sentinel, a division of Rundle Media Inc. All rights reserved.</p><p><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/advertise">Advertise</a> · <a href="/privacy">Privacy</a></p></footer>
</body></html>
"""
    boundary = "----MultipartBoundary--Xk2vP0lqGm7rTzJc4w9YbH1sNfA8eUdQ----"
    qp = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    css = quopri.encodestring(b'@charset "utf-8";\n\n.story-headline { font-family: "Merriweather", serif; '
                              b'font-size: 2.4rem; }\n.cookie-consent { position: fixed; bottom: 0px; }\n'
                              ).decode("ascii")
    png = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    mime = f"""From: <Saved by Blink>
Snapshot-Content-Location: {url}
Subject: =?utf-8?Q?Lake_Louise_ski_shuttle_to_run_from_Calgary_every_morning_|_Bow_Valley_Sentinel?=
Date: Sat, 28 Nov 2026 17:04:51 -0000
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="{boundary}"


--{boundary}
Content-Type: text/html
Content-ID: <frame-7A1F3C20B4D95E68A0C1D2E3F4A5B6C7@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: {url}

{qp}
--{boundary}
Content-Type: text/css
Content-Transfer-Encoding: quoted-printable
Content-Location: cid:css-0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0@mhtml.blink

{css}
--{boundary}
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://www.bowvalleysentinel.ca/static/logo.png

{png}

--{boundary}--
"""
    reg(aid, F_BV, ps, [
        "We use cookies to personalise content and ads and to analyse our traffic.", "Accept all",
        "Manage preferences", "Canmore −11°C · Light snow", "Subscribe",
        "Published Nov. 18, 2026 11:40 PM · Updated Nov. 19, 2026 8:15 AM", "Share on Facebook", "Share on X",
        "Email this story", "Skiers wait for a bus at the Lake Louise base area.",
        "Photo: Tessa Whitford / Bow Valley Sentinel", "Get the Sentinel Morning Brief",
        "The Bow Valley's news in your inbox every weekday at 6am.",
        "By signing up you agree to our Terms of Use and Privacy Policy.", "You can unsubscribe at any time.",
        "About the author", "Tessa Whitford covers Banff National Park, transportation and the outdoors",
        "12 Comments", "RidgeRunner88", "About time. The lot was full by 8:30 every Saturday in January.",
        "calgarymom3", "$50 return per person is still more than gas for a family of four.",
        "Comments are moderated and must follow our community guidelines.", "Most read",
        "Canmore council freezes short-term rental licences", "Banff Avenue to go car-free on winter weekends",
        "Elk herd returns to Canmore golf course", "Sunshine Village expansion plan goes to public comment",
        "© 2026 Bow Valley Sentinel, a division of Rundle Media Inc. All rights reserved.", "About us",
        "Advertise", "Privacy"])
    write(F_BV, mime.replace("\n", "\r\n"))


# ================================================================ Joomla 4, German UI, English article
def build_ep():
    aid = "ep-staff-housing"
    a = ART[aid]
    ps = P(aid)
    url = a["url"]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in ps[:2])
    body += ('\n<p><strong>Lesen Sie auch:</strong> <a href="/de/pontresina-plant-personalhaeuser">Pontresina plant '
             'zwei Personalhäuser am Dorfrand</a></p>\n')
    body += "\n".join(f"<p>{esc(p)}</p>" for p in ps[2:])
    jopts = json.dumps({"joomla.jtext": {"JLIB_FORM_CONTAINS_INVALID_FIELDS": "Das Formular kann nicht abgeschickt "
                        "werden, da ihm erforderliche Daten fehlen.", "JCLOSE": "Schliessen"},
                        "system.paths": {"root": "", "base": ""}}, ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="author" content="Gian Andri Caduff">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Die Gemeinde St. Moritz kauft ein Hotel für Saisonniers. English edition.">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(a['title'])} - Engadin Today</title>
<link href="{url}" rel="canonical">
<link href="/media/templates/site/cassiopeia/css/template.min.css?4b7c1a" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{jopts}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-214">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">Engadin Today</a>
<div class="site-description">Die Zeitung für das Engadin und die Südtäler</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md">
<ul class="mod-menu mod-list nav"><li><a href="/de/">Startseite</a></li><li><a href="/de/region">Region</a></li><li><a href="/de/tourismus">Tourismus</a></li><li><a href="/de/sport">Sport</a></li><li><a href="/de/kultur">Kultur</a></li><li class="active"><a href="/en/">English</a></li></ul></nav>
<div class="mod-languages"><span>Sprache wählen:</span> <a href="/de/">DE</a> <a href="/en/">EN</a> <a href="/rm/">RM</a></div>
<form class="mod-finder"><label for="q">Suchen …</label><input id="q" type="search"></form></div>
</header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb">
<li class="mod-breadcrumbs__here float-start">Sie sind hier: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/de/">Startseite</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/en/">English</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(a['title'])}</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">{esc(a['title'])}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von: <span itemprop="name">Gian Andri Caduff</span></dd>
<dd class="category-name">Kategorie: <a href="/en/" itemprop="genre">English</a></dd>
<dd class="published"><time datetime="2026-11-12T09:30:00+01:00" itemprop="datePublished">Veröffentlicht: 12. November 2026</time></dd>
<dd class="modified"><time datetime="2026-11-14T16:05:00+01:00" itemprop="dateModified">Zuletzt aktualisiert: 14. November 2026</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:2317">Zugriffe: 2317</dd>
</dl>
<div class="btn-group float-end"><a href="?tmpl=component&amp;print=1">Drucken</a> <a href="/component/mailto/">E-Mail</a></div>
<div itemprop="articleBody" class="com-content-article__body">
{body}
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-12"><a href="/de/tags/wohnen" class="btn btn-sm btn-info">Wohnen</a></li><li class="list-inline-item tag-7"><a href="/de/tags/tourismus" class="btn btn-sm btn-info">Tourismus</a></li></ul>
<nav class="pagenavigation" aria-label="Seitennavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/en/celerina-ice-rink">Zurück</a><a class="btn btn-sm btn-secondary next" href="/en/bernina-pass-closure">Weiter</a></span></nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Meistgelesen</h3><ul class="mostread mod-list"><li><a href="#">Silvaplana: Neue Loipe am Seeufer</a></li><li><a href="#">Samedan erhält neuen Bahnhofplatz</a></li><li><a href="#">Engadine ski schools short of 120 instructors</a></li></ul></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>© 2026 Engadin Today · Silvaplana Verlag AG · Via Maistra 14 · 7500 St. Moritz</p><p><a href="/de/impressum">Impressum</a> | <a href="/de/datenschutz">Datenschutz</a> | <a href="/de/agb">AGB</a></p></div></footer>
<div id="cookie-hinweis" class="cookie-hinweis"><p>Diese Website verwendet Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.</p><button>Alle akzeptieren</button> <button>Nur notwendige</button></div>
</body>
</html>
"""
    reg(aid, F_EP, ps, ["Die Zeitung für das Engadin und die Südtäler", "Startseite", "Sprache wählen:",
                        "Suchen …", "Sie sind hier:", "Geschrieben von: Gian Andri Caduff", "Kategorie: English",
                        "Veröffentlicht: 12. November 2026", "Zuletzt aktualisiert: 14. November 2026",
                        "Zugriffe: 2317", "Drucken", "Lesen Sie auch:",
                        "Pontresina plant zwei Personalhäuser am Dorfrand", "Wohnen", "Tourismus", "Zurück",
                        "Weiter", "Meistgelesen", "Silvaplana: Neue Loipe am Seeufer",
                        "Samedan erhält neuen Bahnhofplatz", "Engadine ski schools short of 120 instructors",
                        "© 2026 Engadin Today · Silvaplana Verlag AG", "Via Maistra 14 · 7500 St. Moritz",
                        "Impressum", "Datenschutz",
                        "Diese Website verwendet Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.",
                        "Alle akzeptieren", "Nur notwendige"])
    write(F_EP, page)


# ================================================================ pipermail (Mailman 2 archive message page)
def build_pm():
    aid = "sah-mt-hutt"
    a = ART[aid]
    ps = [straight(p) for p in P(aid)]
    subj = "[Mountain-L] NZ: Mt Hutt record season"
    pre = ["Good news from the other hemisphere for once. From the Southern Alps",
           "Herald, Thursday 5 November 2026:", "", T(aid).upper(), "By Tama Rewiri", ""]
    for p in ps:
        pre += [esc(wrap(p, 70)), ""]
    pre += [f'<A HREF="{a["url"]}">{a["url"]}</A>', "", "Gareth", "-- ",
            "Gareth Pugh | Snowsports Consulting | Llandudno",
            "&quot;There is no such thing as bad snow, only bad wax.&quot;"]
    pre_s = "\n".join(pre)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
 <HEAD>
   <TITLE> {subj}
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made" HREF="mailto:mountain-l%40lists.mountainlist.org?Subject=Re%3A%20%5BMountain-L%5D%20NZ%3A%20Mt%20Hutt%20record%20season&In-Reply-To=%3C5f2a91c3%40snowsports-consult.co.uk%3E">
   <META NAME="robots" CONTENT="index,nofollow">
   <style type="text/css">
       pre {{
           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */
           }}
   </style>
   <META http-equiv="Content-Type" content="text/html; charset=utf-8">
   <LINK REL="Previous"  HREF="000411.html">
   <LINK REL="Next"  HREF="000413.html">
 </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>{subj}</H1>
    <B>Gareth Pugh</B> 
    <A HREF="mailto:mountain-l%40lists.mountainlist.org?Subject=Re%3A%20%5BMountain-L%5D%20NZ%3A%20Mt%20Hutt%20record%20season&In-Reply-To=%3C5f2a91c3%40snowsports-consult.co.uk%3E"
       TITLE="{subj}">gpugh at snowsports-consult.co.uk
       </A><BR>
    <I>Wed Nov  4 19:22:07 EST 2026</I>
    <P><UL>
        <LI>Previous message (by thread): <A HREF="000411.html">[Mountain-L] Glacier skiing - end of an era?
</A></li>
        <LI>Next message (by thread): <A HREF="000413.html">[Mountain-L] NZ: Mt Hutt record season
</A></li>
         <LI> <B>Messages sorted by:</B> 
              <a href="date.html#412">[ date ]</a>
              <a href="thread.html#412">[ thread ]</a>
              <a href="subject.html#412">[ subject ]</a>
              <a href="author.html#412">[ author ]</a>
         </LI>
       </UL>
    <HR>  
<!--beginarticle-->
<PRE>{pre_s}
</PRE>

<!--endarticle-->
    <HR>
    <P><UL>
        <!--threads-->
	<LI>Previous message (by thread): <A HREF="000411.html">[Mountain-L] Glacier skiing - end of an era?
</A></li>
	<LI>Next message (by thread): <A HREF="000413.html">[Mountain-L] NZ: Mt Hutt record season
</A></li>
         <LI> <B>Messages sorted by:</B> 
              <a href="date.html#412">[ date ]</a>
              <a href="thread.html#412">[ thread ]</a>
              <a href="subject.html#412">[ subject ]</a>
              <a href="author.html#412">[ author ]</a>
         </LI>
       </UL>

<hr>
<a href="https://lists.mountainlist.org/mailman/listinfo/mountain-l">More information about the Mountain-L
mailing list</a><br>
</body></html>
"""
    reg(aid, F_PM, ps, ["[Mountain-L] NZ: Mt Hutt record season", "gpugh at snowsports-consult.co.uk",
                        "Wed Nov 4 19:22:07 EST 2026", "Previous message (by thread):", "Next message (by thread):",
                        "[Mountain-L] Glacier skiing - end of an era?", "Messages sorted by:", "[ date ]",
                        "[ thread ]", "[ subject ]", "[ author ]",
                        "Good news from the other hemisphere for once.", "Herald, Thursday 5 November 2026:",
                        "By Tama Rewiri", "Gareth Pugh | Snowsports Consulting | Llandudno",
                        "There is no such thing as bad snow, only bad wax.",
                        "More information about the Mountain-L mailing list"])
    write(F_PM, page)


# ================================================================ Wix blog post
def build_sw():
    aid = "stsw-worker-bus"
    a = ART[aid]
    ps = P(aid)
    url = a["url"]
    pars = "".join(f'<p class="mm8Nw _1j-51 IbgbF" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">'
                   f'{esc(p)}</span></p>' for p in ps[:2])
    pars += ('<figure data-hook="figure-IMAGE" class="_3oX5B"><img src="https://static.wixstatic.com/media/'
             'a1b2c3_bus.jpg" alt=""><figcaption data-hook="imageViewerCaption">The 5:15am bus leaves Squamish '
             'Adventure Centre. Photo: Mateo Ruiz</figcaption></figure>')
    pars += "".join(f'<p class="mm8Nw _1j-51 IbgbF" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">'
                    f'{esc(p)}</span></p>' for p in ps[2:])
    page = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"/>
<title>{esc(a['title'])}</title>
<meta name="description" content="Four extra runs a day for resort workers who live in Squamish."/>
<link rel="canonical" href="{url}"/>
<meta property="og:title" content="{attr(a['title'])}"/>
<meta property="og:url" content="{url}"/>
<meta property="og:site_name" content="Sea to Sky Weekly"/>
<meta property="og:type" content="article"/>
<meta property="article:author" content="Carly Dunn"/>
<meta property="article:published_time" content="2026-11-09T14:02:31.118Z"/>
<meta property="article:modified_time" content="2026-11-10T17:45:09.004Z"/>
<script type="text/javascript">window.viewerModel = {{"siteFeatures":["blog","comments","siteMembers"],"language":"en","requestUrl":"{url}"}};</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF">
<header id="SITE_HEADER"><div data-testid="richTextElement"><h2 class="font_2">SEA TO SKY WEEKLY</h2><p class="font_8">Squamish · Whistler · Pemberton</p></div>
<nav aria-label="Site"><ul><li><a data-testid="linkElement" href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/blog">Stories</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/about">About</a></li></ul></nav>
<button data-hook="login-button">Log In</button></header>
<main id="PAGES_CONTAINER"><article data-hook="post">
<div data-hook="post-header"><div data-hook="avatar-image"><img alt="Writer's picture" src="https://static.wixstatic.com/media/avatar.png"></div>
<div data-hook="post-metadata"><span data-hook="user-name">Carly Dunn</span> <ul><li><span data-hook="time-ago">Nov 9, 2026</span></li><li><span data-hook="time-to-read">3 min read</span></li></ul>
<span data-hook="post-updated-date">Updated: Nov 10, 2026</span></div>
<button data-hook="more-button" aria-label="More actions"></button></div>
<h1 data-hook="post-title" class="blog-post-title-font">{esc(a['title'])}</h1>
<div data-hook="post-description"><div data-id="rich-content-viewer" class="_3sDEo">
<p class="mm8Nw _1j-51 IbgbF" dir="auto"><span class="_2PHJq"><em>Photos by Mateo Ruiz</em></span></p>
{pars}
</div></div>
<div data-hook="post-footer"><ul data-hook="post-tags"><li><a href="/blog/tags/transit">transit</a></li><li><a href="/blog/tags/housing">housing</a></li></ul>
<div data-hook="share-buttons"><button aria-label="Share via Facebook">Facebook</button><button aria-label="Share via X (Twitter)">X (Twitter)</button><button aria-label="Share via LinkedIn">LinkedIn</button><button aria-label="Share via Link">Link</button></div>
<div data-hook="post-stats"><span data-hook="view-count">412 views</span><span data-hook="comment-count">3 comments</span><button data-hook="like-button">Post not marked as liked</button><span>7</span></div></div>
</article>
<section data-hook="recent-posts"><h2>Recent Posts</h2><a href="/blog">See All</a>
<div data-hook="post-list-item"><h3>Pemberton council backs new rodeo grounds</h3></div>
<div data-hook="post-list-item"><h3>Whistler library extends winter hours</h3></div>
<div data-hook="post-list-item"><h3>Sea to Sky Gondola adds night rides</h3></div></section>
<section data-hook="comments-root"><h2>Comments</h2><div data-hook="comment-box">Write a comment...</div></section>
</main>
<footer id="SITE_FOOTER"><p class="font_9">© 2026 Sea to Sky Weekly. Proudly created with Wix.com</p><p>Got a tip? news@seatoskyweekly.com</p></footer>
</div></div>
</body></html>
"""
    reg(aid, F_SW, ps, ["SEA TO SKY WEEKLY", "Squamish · Whistler · Pemberton", "Log In",
                        "3 min read", "Updated: Nov 10, 2026", "Photos by Mateo Ruiz",
                        "The 5:15am bus leaves Squamish Adventure Centre. Photo: Mateo Ruiz", "transit", "housing",
                        "X (Twitter)", "LinkedIn", "412 views", "3 comments", "Post not marked as liked",
                        "Recent Posts", "See All", "Pemberton council backs new rodeo grounds",
                        "Whistler library extends winter hours", "Sea to Sky Gondola adds night rides",
                        "Write a comment...", "© 2026 Sea to Sky Weekly. Proudly created with Wix.com",
                        "Got a tip? news@seatoskyweekly.com"])
    write(F_SW, page)


# ================================================================ Substack newsletter e-mail
def flowed(p, width=72):
    lines = textwrap.wrap(p, width - 1, break_long_words=False, break_on_hyphens=False)
    return "\n".join([ln + " " for ln in lines[:-1]] + lines[-1:])


def build_ss():
    aid = "ll-toll-road"
    a = ART[aid]
    ps = P(aid)
    url = a["url"]
    sub = "Dynamic pricing turns a day on the mountain into a reservation"
    plain = [f"View this post on the web at {url}", "", sub, ""]
    for i, p in enumerate(ps):
        plain += [flowed(p), ""]
        if i == 1:
            plain += ["Thanks for reading The Lift Line! Subscribe for free to receive new posts and support my "
                      "work.", ""]
    plain += ["Unsubscribe https://theliftline.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4ODE",
              "", "© 2026 Maren Holt", "548 Market Street PMB 72296, San Francisco, CA 94104", ""]
    plain_s = "\n".join(plain)
    bq = 1
    h_ps = []
    for i, p in enumerate(ps):
        if i == bq:
            h_ps.append(f'<blockquote style="border-left:4px solid #2a6fdb;margin:20px 0;padding-left:16px;">'
                        f'<p style="margin:0 0 20px 0;">{esc(p)}</p></blockquote>')
            h_ps.append('<div class="subscription-widget-wrap" style="text-align:center;"><p style="margin:0 0 20px'
                        ' 0;">Thanks for reading The Lift Line! Subscribe for free to receive new posts and support'
                        ' my work.</p><a href="https://theliftline.substack.com/subscribe" style="background:'
                        '#2a6fdb;color:#fff;">Subscribe</a></div>')
        else:
            h_ps.append(f'<p style="margin:0 0 20px 0;line-height:26px;font-size:16px;">{esc(p)}</p>')
    html_s = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width"><title>{esc(a['title'])}</title></head>
<body style="margin:0;padding:0;background:#ffffff;">
<div class="preview" style="display:none;font-size:1px;color:#333333;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">{esc(sub)}&#847;&#8199;&#65279;&#847;&#8199;&#65279;&#847;&#8199;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="550" class="email-body-container"><tr><td>
<p class="forwarded" style="font-size:13px;color:#777;">Forwarded this email? <a href="https://theliftline.substack.com/subscribe?utm_source=email">Subscribe here</a> for more</p>
<h1 class="post-title" style="font-size:32px;"><a href="{url}?utm_source=substack&amp;utm_medium=email" style="color:#363737;text-decoration:none;">{esc(a['title'])}</a></h1>
<h3 class="subtitle" style="font-weight:normal;color:#777;">{esc(sub)}</h3>
<table role="presentation" class="post-meta"><tr><td><a href="https://substack.com/@marenholt">Maren Holt</a></td></tr><tr><td style="color:#777;font-size:13px;">Nov 22, 2026</td></tr></table>
<table role="presentation" class="post-ufi"><tr><td><a href="{url}?action=like">&#9825; Like</a></td><td><a href="{url}/comments">&#128172; Comment</a></td><td><a href="{url}?action=restack">&#8634; Restack</a></td><td><a href="{url}?action=share">Share</a></td></tr></table>
<div class="body markup" dir="auto">
{chr(10).join(h_ps)}
</div>
<table role="presentation" class="post-ufi"><tr><td><a href="{url}?action=like">&#9825; Like</a></td><td><a href="{url}/comments">&#128172; Comment</a></td><td><a href="{url}?action=restack">&#8634; Restack</a></td></tr></table>
<p style="font-size:13px;color:#777;">&copy; 2026 Maren Holt<br>548 Market Street PMB 72296, San Francisco, CA 94104<br><a href="https://theliftline.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4ODE">Unsubscribe</a></p>
<p style="font-size:13px;"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=email&amp;utm_content=footer">Start writing</a> &middot; <a href="https://substack.com/app-link/post?publication_id=2210&amp;post_id=151">Get the app</a></p>
</td></tr></table></td></tr></table></body></html>
"""
    boundary = "--==_mimepart_6740a81f3c2e1_8a3b2c4d5e6f7"

    def qp(s):
        return quopri.encodestring(s.encode("utf-8")).decode("ascii")

    msg = f"""Return-Path: <bounce-mc.us21_7782@substack.com>
Delivered-To: archive@graubuenden-tourism.ch
Date: Sun, 22 Nov 2026 13:02:11 +0000
From: Maren Holt from The Lift Line <theliftline@substack.com>
Reply-To: The Lift Line <reply+2k3j4h@substack.com>
To: archive@graubuenden-tourism.ch
Message-ID: <20261122130211.3.a1b2c3d4e5f60718@mg-d1.substack.com>
Subject: The chairlift is the new toll road
List-Unsubscribe: <https://theliftline.substack.com/action/disable_email?token=eyJ1c2VyX2lkIjo4ODE>
List-Id: <theliftline.substack.com>
X-Mailgun-Tag: post
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="{boundary}"
Content-Transfer-Encoding: 7bit


--{boundary}
Content-Type: text/plain;
 charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: quoted-printable

{qp(plain_s)}
--{boundary}
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp(html_s)}
--{boundary}--
"""
    reg(aid, F_SS, ps, ["View this post on the web at", sub,
                        "Thanks for reading The Lift Line! Subscribe for free to receive new posts and support my "
                        "work.", "Forwarded this email?", "Subscribe here", "Maren Holt from The Lift Line",
                        "Nov 22, 2026", "Like", "Comment", "Restack", "© 2026 Maren Holt",
                        "548 Market Street PMB 72296, San Francisco, CA 94104", "Unsubscribe", "Start writing",
                        "Get the app"])
    write(F_SS, msg.replace("\n", "\r\n"))


# ================================================================ JSON Feed 1.1 (WordPress plugin)
def build_sn():
    items = []
    for aid, pid, pub, mod, tags in [
            ("sn-weak-layer", 418, "2026-11-21T18:40:00+01:00", "2026-11-22T09:12:00+01:00", ["avalanche", "update"]),
            ("sn-early-season", 412, "2026-11-14T21:45:00+01:00", "2026-11-14T21:45:00+01:00", ["avalanche",
                                                                                               "early season"])]:
        a = ART[aid]
        ps = P(aid)
        content = "".join(f"<p>{esc(p)}</p>\n" for p in ps)
        content += ('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>'
                    '<li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-email" href="#">'
                    'Email</a></li><li><a class="share-print" href="#">Print</a></li></ul></div>'
                    '<div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3>'
                    '<span class="loading">Like Loading...</span></div>\n')
        content += (f'<p>The post <a href="{a["url"]}">{esc(a["title"])}</a> appeared first on '
                    f'<a href="https://snowpacknotes.net">Snowpack Notes</a>.</p>\n')
        items.append({
            "id": f"https://snowpacknotes.net/?p={pid}",
            "url": a["url"],
            "title": a["title"],
            "content_html": content,
            "summary": ps[0][:120].rsplit(" ", 1)[0] + " [&hellip;]",
            "date_published": pub,
            "date_modified": mod,
            "authors": [{"name": "Ivo Brandl", "url": "https://snowpacknotes.net/author/ivo/"}],
            "tags": tags,
        })
        reg(aid, F_SN, ps, ["Share this:", "Like this:", "Like Loading...", "appeared first on",
                            "The post " + a["title"] + " appeared first on Snowpack Notes.",
                            ps[0][:120].rsplit(" ", 1)[0] + " [&hellip;]"])
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "user_comment": "This feed allows you to read the posts from this site in any feed reader that supports "
                        "the JSON Feed format.",
        "title": "Snowpack Notes",
        "home_page_url": "https://snowpacknotes.net/",
        "feed_url": "https://snowpacknotes.net/feed/json",
        "language": "en-GB",
        "description": "An avalanche forecaster's field notes from the Bernese Oberland",
        "icon": "https://snowpacknotes.net/wp-content/uploads/icon-512.png",
        "authors": [{"name": "Ivo Brandl", "url": "https://snowpacknotes.net/about/"}],
        "items": items,
    }
    for aid in ("sn-weak-layer", "sn-early-season"):
        mn(aid, ["This feed allows you to read the posts from this site in any feed reader",
                 "An avalanche forecaster's field notes from the Bernese Oberland"])
    write(F_SN, json.dumps(feed, ensure_ascii=False, indent=2) + "\n")
