# -*- coding: utf-8 -*-
"""Saved web pages: Bootstrap local news (Bayou Bulletin), BBC-like (BNC News), Brightspot-like (Gulf Coast
Record), WordPress + Newspack (Kapiti Coast Leader); page builders reused by the WARC."""
import json

from common import (F_BB, F_BN, F_GC, F_KC, ART, P, T, attr, esc, paras_html, reg, write)


# ---------------------------------------------------------------- Bootstrap local news site, inline share bars
def build_bb():
    a = "bb-grand-isle-levee"
    A = ART[a]
    ps = P(a)
    share = ('<div class="share-inline d-flex gap-2 my-3"><span class="fw-bold">Share this:</span> '
             '<a class="btn btn-sm btn-primary" href="#">Facebook</a> <a class="btn btn-sm btn-dark" href="#">Twitter</a> '
             '<a class="btn btn-sm btn-secondary" href="#">Email</a> <a class="btn btn-sm btn-light" href="#">Copy link</a></div>')
    cap = "Water pours over Louisiana 1 near Grand Isle State Park early Thursday. (Bayou Bulletin photo/Jolie Thibodeaux)"
    bio = ("Jolie Thibodeaux covers Grand Isle, Lafitte and lower Jefferson Parish for the Bayou Bulletin. "
           "Send tips to jolie@bayoubulletin.com.")
    disc = ("Disclaimer: Comments posted below are the opinions of readers and not of the Bayou Bulletin. "
            "We reserve the right to remove any comment.")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(A['title'])} | Bayou Bulletin</title>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
<link rel="canonical" href="{A['url']}">
<meta property="og:title" content="{attr(A['title'])}">
<meta property="og:site_name" content="Bayou Bulletin">
<meta name="description" content="The sand-filled levee gave way as a late-season storm pushed a four-foot surge onto the island.">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-dark">
 <div class="container">
  <a class="navbar-brand" href="/">Bayou Bulletin</a>
  <ul class="navbar-nav me-auto">
   <li class="nav-item"><a class="nav-link" href="/news">News</a></li>
   <li class="nav-item"><a class="nav-link" href="/weather">Weather</a></li>
   <li class="nav-item"><a class="nav-link" href="/sports">Sports</a></li>
   <li class="nav-item"><a class="nav-link" href="/obituaries">Obituaries</a></li>
  </ul>
  <span class="navbar-text small">Friday, October 30, 2026 &middot; 78&deg;F Galliano</span>
 </div>
</nav>
<div class="container my-4">
 <div class="row">
  <main class="col-lg-8">
   <span class="badge bg-danger">Breaking</span>
   <h1 class="display-6">{esc(A['title'])}</h1>
   <p class="text-muted small">Story by <a href="/staff/jolie-thibodeaux">Jolie Thibodeaux</a> &middot; Oct. 30, 2026 5:42 AM CDT &middot; Updated Oct. 30, 2026 2:15 PM CDT</p>
   {share}
   <figure class="figure"><img src="/img/2026/10/grand-isle-breach.jpg" class="figure-img img-fluid" alt="">
    <figcaption class="figure-caption">{esc(cap)}</figcaption></figure>
   <div class="article-body">
{paras_html(ps[:2])}
   {share}
{paras_html(ps[2:])}
   </div>
   {share}
   <div class="card bg-light my-4"><div class="card-body small">{esc(bio)}</div></div>
   <p class="small text-muted">{esc(disc)}</p>
  </main>
  <aside class="col-lg-4">
   <h5>Most Read</h5>
   <ol class="small"><li><a href="#">Lafourche pump stations get backup generators before winter storms</a></li>
   <li><a href="#">Galliano High wins district title</a></li></ol>
   <div class="alert alert-warning small">Get breaking news alerts: text BAYOU to 55512</div>
  </aside>
 </div>
</div>
<footer class="bg-dark text-white-50 py-4"><div class="container small">&copy; 2026 Bayou Bulletin, Galliano, Louisiana. All rights reserved. <a href="/privacy">Privacy Policy</a></div></footer>
</body>
</html>
"""
    reg(a, F_BB, ps, ["Share this:", "Copy link", cap, bio, disc, "Story by Jolie Thibodeaux",
                      "Oct. 30, 2026 5:42 AM CDT", "Friday, October 30, 2026", "Most Read",
                      "Get breaking news alerts: text BAYOU to 55512", "© 2026 Bayou Bulletin, Galliano, Louisiana. All rights reserved."])
    write(F_BB, html)


# ---------------------------------------------------------------- BBC-like page with a Related Topics block
def build_bn():
    a = "bnc-hemsby-storm"
    A = ART[a]
    ps = P(a)
    cap = "The Marrams in Hemsby after Storm Corin. Image source, Save Hemsby Coastline"
    related = ["Coastal erosion", "Hemsby", "Great Yarmouth", "Storms"]
    body = []
    for i, p in enumerate(ps):
        body.append(f'<div data-component="text-block" class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">{esc(p)}</p></div>')
        if i == 2:
            body.append('<div data-component="links-block"><h2>Related internet links</h2><ul><li><a href="#">Great Yarmouth Borough Council</a></li></ul></div>')
    html = f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(A['title'])} - BNC News</title>
<link rel="canonical" href="{A['url']}">
<meta property="og:url" content="{A['url']}">
<meta name="description" content="Waves and northerly winds undercut the dunes on The Marrams overnight.">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": A['title'], "datePublished": "2026-11-03T07:14:22.000Z", "dateModified": "2026-11-03T11:40:05.000Z", "publisher": {"@type": "NewsMediaOrganization", "name": "BNC News"}, "author": {"@type": "NewsMediaOrganization", "name": "BNC News"}})}</script>
</head>
<body>
<header data-testid="header"><a href="https://www.bnc.co.uk">BNC Homepage</a><a href="#main-content">Skip to content</a><a href="/accessibility">Accessibility Help</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/iplayer">iPlayer</a></li></ul></nav>
<nav><ul><li><a href="/news/england">England</a></li><li><a href="/news/england/norfolk">Norfolk</a></li></ul></nav></header>
<div id="main-content">
<article>
<header><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">{esc(A['title'])}</h1></header>
<div data-component="byline-block"><time data-testid="timestamp" datetime="2026-11-03T07:14:22.000Z">3 November 2026</time>
<div class="ssrcss-68pt20-Text-TextContributorName">Tom Ashdown</div><div class="ssrcss-84ltp5-Text">BNC News, Norfolk</div></div>
<div data-component="image-block"><figure><img src="https://ichef.bnci.co.uk/news/976/hemsby.jpg" alt="Houses on the edge of a dune"><figcaption>{esc(cap)}</figcaption></figure></div>
{chr(10).join(body)}
<div data-component="tag-list"><h2>Related Topics</h2><ul>{''.join(f'<li><a href="/news/topics/{t.lower().replace(" ", "-")}">{esc(t)}</a></li>' for t in related)}</ul></div>
</article>
<section data-component="more-on-this-story"><h2>More on this story</h2><ul><li><a href="#">Hemsby residents told to leave as storm nears</a><time>2 November 2026</time></li><li><a href="#">Rock berm for Hemsby approved</a><time>14 May 2026</time></li></ul></section>
</div>
<footer><ul><li><a href="#">Terms of Use</a></li><li><a href="#">About the BNC</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">Cookies</a></li></ul>
<p>Copyright 2026 BNC. All rights reserved. The BNC is not responsible for the content of external sites. Read about our approach to external linking.</p></footer>
</body>
</html>
"""
    reg(a, F_BN, ps, ["BNC Homepage", "Accessibility Help", "3 November 2026", "BNC News, Norfolk", cap,
                      "Related internet links", "Related Topics", "Coastal erosion",
                      "More on this story", "Hemsby residents told to leave as storm nears", "Rock berm for Hemsby approved",
                      "Copyright 2026 BNC. All rights reserved.", "The BNC is not responsible for the content of external sites."])
    write(F_BN, html)


# ---------------------------------------------------------------- Brightspot-like page
def build_gc():
    a = "gcr-barataria"
    A = ART[a]
    ps = P(a)
    cap = "Water pours through the gates of the Mid-Barataria sediment diversion near Ironton."
    credit = "Gulf Coast Record photo / Marcus Leblanc"
    enh = "Read more: Flood insurance premiums jump 31% in Terrebonne Parish"
    bio1 = "Marcus Leblanc covers coastal restoration for the Gulf Coast Record. Reach him at mleblanc@gulfcoastrecord.com."
    bio2 = "Dana Okafor covers business and insurance for the Gulf Coast Record."
    legal = ("Copyright 2026 Gulf Coast Record. All rights reserved. This material may not be published, broadcast, "
             "rewritten or redistributed without permission.")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": A["title"],
          "datePublished": "2026-11-12T06:00:00-06:00", "dateModified": "2026-11-12T15:22:00-06:00",
          "author": [{"@type": "Person", "name": "Marcus Leblanc"}, {"@type": "Person", "name": "Dana Okafor"}],
          "publisher": {"@type": "Organization", "name": "Gulf Coast Record"}, "mainEntityOfPage": A["url"]}
    html = f"""<!DOCTYPE html>
<html class="ArticlePage" lang="en">
<head>
<meta charset="UTF-8">
<title>{esc(A['title'])} | Gulf Coast Record</title>
<link rel="canonical" href="{A['url']}">
<meta property="og:site_name" content="Gulf Coast Record">
<meta name="brightspot.contentId" content="0000018b-7c2e-d1f4-a5ff-fd7e2a6b0000">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head>
<body class="ArticlePage-body">
<div class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/">Gulf Coast Record</a>
<nav class="Page-header-navigation"><ul><li><a href="/news">News</a></li><li><a href="/environment">Environment</a></li><li><a href="/business">Business</a></li><li><a href="/hurricanes">Hurricanes</a></li></ul></nav>
<a class="Page-header-subscribe" href="/subscribe">Subscribe for $1</a><a class="Page-header-login" href="/login">Sign In</a></div></div>
<div class="Page-breadcrumbs"><a href="/environment">Environment</a></div>
<main class="ArticlePage-main">
<div class="ArticlePage-articleBody">
<h1 class="ArticlePage-headline">{esc(A['title'])}</h1>
<div class="ArticlePage-authors"><div class="ArticlePage-authorName">By <a href="/people/marcus-leblanc">Marcus Leblanc</a> and <a href="/people/dana-okafor">Dana Okafor</a></div></div>
<div class="ArticlePage-timestamp"><div class="ArticlePage-datePublished">Published Nov. 12, 2026, 6:00 a.m. CT</div><div class="ArticlePage-dateModified">Updated Nov. 12, 2026, 3:22 p.m. CT</div></div>
<div class="ActionBar"><ul><li><a class="ActionLink" data-social-service="facebook" href="#">Facebook</a></li><li><a class="ActionLink" data-social-service="twitter" href="#">X</a></li><li><a class="ActionLink" data-social-service="email" href="#">Email</a></li></ul></div>
<div class="ArticlePage-lede"><figure class="Figure"><img src="/dims4/default/barataria.jpg" alt=""><div class="Figure-content"><div class="Figure-caption">{esc(cap)}</div><div class="Figure-credit">{esc(credit)}</div></div></figure></div>
<div class="RichTextArticleBody RichTextBody">
<p>{esc(ps[0])}</p>
<p>{esc(ps[1])}</p>
<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="Promo-title"><a href="/business/terrebonne-flood-insurance-premiums">{esc(enh)}</a></div></div></div>
<p>{esc(ps[2])}</p>
<div class="Enhancement"><div class="GoogleDfpAd" data-slot="mid-article">ADVERTISEMENT</div></div>
<p>{esc(ps[3])}</p>
</div>
<div class="ArticlePage-authorBio"><div class="AuthorBio">{esc(bio1)}</div><div class="AuthorBio">{esc(bio2)}</div></div>
<div class="ArticlePage-tags"><span>Tags:</span> <a href="#">Coastal restoration</a> <a href="#">Plaquemines Parish</a></div>
</div>
</main>
<footer class="Page-footer"><div class="Page-footer-legal">{esc(legal)}</div><div class="Page-footer-disclaimer">Use of this site constitutes acceptance of our User Agreement and Privacy Policy.</div></footer>
</body>
</html>
"""
    reg(a, F_GC, ps, ["Subscribe for $1", "Published Nov. 12, 2026, 6:00 a.m. CT", "Updated Nov. 12, 2026, 3:22 p.m. CT",
                      cap, credit, enh, "ADVERTISEMENT", bio1, bio2, "Coastal restoration", legal,
                      "Use of this site constitutes acceptance of our User Agreement and Privacy Policy."])
    write(F_GC, html)


# ---------------------------------------------------------------- WordPress + Newspack theme
def kc_page(a):
    A = ART[a]
    ps = P(a)
    bio = ("Rangi Parata is the Leader's local democracy reporter, covering Kāpiti Coast District Council. "
           "He can be reached at rangi@kapiticoastleader.co.nz.")
    nl = "Get the Leader in your inbox. Our free newsletter lands every Tuesday and Friday morning."
    cookie = "We use cookies to understand how you use our site and to improve your experience. By continuing, you accept our use of cookies."
    donate = "Local news costs money to make. If you value the Leader, please consider becoming a supporter."
    html = f"""<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="UTF-8">
<title>{esc(A['title'])} &#8211; Kapiti Coast Leader</title>
<link rel="canonical" href="{A['url']}">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(A['title'])}">
<meta property="article:published_time" content="2026-11-18T05:30:00+13:00">
<meta property="article:modified_time" content="2026-11-19T09:02:41+13:00">
<link rel="stylesheet" id="newspack-theme-style-css" href="https://www.kapiticoastleader.co.nz/wp-content/themes/newspack-theme/style.css?ver=2.3.1">
</head>
<body class="post-template-default single single-post newspack-theme single-featured-image-default h-sub">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Kapiti Coast Leader</a></p><p class="site-description">Local news for Kāpiti since 1962</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="menu-primary" class="main-menu"><li><a href="/news/">News</a></li><li><a href="/council/">Council</a></li><li><a href="/environment/">Environment</a></li><li><a href="/support/">Support us</a></li></ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-18842" class="post-18842 post type-post status-publish category-council entry">
<header class="entry-header">
<span class="cat-links"><a href="/category/council/" rel="category tag">Council</a></span>
<h1 class="entry-title">{esc(A['title'])}</h1>
<div class="newspack-post-subtitle">Work on The Parade will take four years</div>
<div class="entry-meta"><span class="byline"><span class="author-avatar"></span><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/rangi-parata/">Rangi Parata</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-11-18T05:30:00+13:00">November 18, 2026</time><time class="updated" datetime="2026-11-19T09:02:41+13:00">November 19, 2026</time></span></div>
<div class="newspack-social-sharing"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share via Email</a></div>
</header>
<div class="entry-content">
{paras_html(ps[:2])}
<div class="wp-block-group newspack-inline-donate"><p>{esc(donate)}</p><p><a href="/support/">Donate</a></p></div>
{paras_html(ps[2:])}
<div class="wp-block-jetpack-mailchimp newspack-newsletters-subscribe"><p>{esc(nl)}</p><p>Sign up</p></div>
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span> <a href="/tag/seawall/">seawall</a>, <a href="/tag/paekakariki/">Paekākāriki</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Rangi Parata</h2></div><p>{esc(bio)}</p><a class="author-link" href="/author/rangi-parata/">More by Rangi Parata</a></div></div>
</article>
<div class="wp-block-newspack-blocks-homepage-articles"><h2 class="article-section-title">More Stories</h2><article><h3><a href="/news/council-maps-managed-retreat-kapiti">Council maps where Kāpiti homes may have to retreat from the sea</a></h3></article></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2026 Kapiti Coast Leader. <a href="/privacy-policy/">Privacy Policy</a> <span class="imprint">Proudly powered by Newspack by Automattic</span></div></footer>
<div id="cmplz-cookiebanner-container" class="cmplz-cookiebanner"><div class="cmplz-message"><p>{esc(cookie)}</p></div><button>Accept</button><button>Manage options</button></div>
</body>
</html>
"""
    mns = ["Local news for Kāpiti since 1962", "Work on The Parade will take four years", "November 18, 2026",
           "Share on Facebook", "Share via Email", donate, nl, bio, "More by Rangi Parata", "More Stories",
           "Council maps where Kāpiti homes may have to retreat from the sea", "© 2026 Kapiti Coast Leader.",
           "Proudly powered by Newspack by Automattic", cookie, "Manage options"]
    return html, ps, mns


def build_kc():
    html, ps, mns = kc_page("kcl-paekakariki")
    reg("kcl-paekakariki", F_KC, ps, mns)
    write(F_KC, html)


# ---------------------------------------------------------------- pages for the WARC
def cbt_page():
    a = "tns-galveston-dunes"
    A = ART[a]
    ps = P(a, credit=True)
    html = f"""<!doctype html>
<html lang="en-US">
<head><meta charset="utf-8"><title>{esc(A['synd_title'])} - Coastal Bend Times</title>
<link rel="canonical" href="{A['synd_url']}">
<meta property="article:published_time" content="2026-10-21T14:05:00-05:00">
</head>
<body class="single-post">
<div class="cookie-notice">This website uses cookies. Read our <a href="/privacy">Privacy Policy</a>. <button>OK</button></div>
<header class="site-header"><a class="logo" href="/">Coastal Bend Times</a><ul class="menu"><li><a href="/news">News</a></li><li><a href="/fishing">Fishing</a></li><li><a href="/events">Events</a></li></ul></header>
<main>
<article class="post">
<h1 class="post-title">{esc(A['synd_title'])}</h1>
<div class="post-meta">By Luis Ortega, Tidewater News Service | October 21, 2026</div>
<div class="post-content">
{paras_html(ps)}
</div>
<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Click to share on Facebook (Opens in new window)</a></li><li><a href="#">Click to email a link to a friend (Opens in new window)</a></li></ul></div>
</article>
</main>
<footer><p>&copy; 2026 Coastal Bend Times, Rockport, Texas. All rights reserved.</p></footer>
</body></html>
"""
    mns = ["This website uses cookies.", "By Luis Ortega, Tidewater News Service | October 21, 2026",
           "Click to share on Facebook (Opens in new window)", "Click to email a link to a friend (Opens in new window)",
           "© 2026 Coastal Bend Times, Rockport, Texas. All rights reserved."]
    return html, ps, mns


def ll_page():
    a = "ll-zandmotor"
    A = ART[a]
    ps = P(a)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{esc(A['title'])} | Lowlands Ledger</title>
<link rel="canonical" href="{A['url']}">
<meta property="article:published_time" content="2026-10-08T09:15:00+02:00">
</head>
<body>
<div class="topbar">Saturday 5 December 2026 | Amsterdam 6&deg;C</div>
<header><a href="/" class="brand">Lowlands Ledger</a><nav><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/water">Water</a> <a href="/expat">Expat life</a></nav></header>
<main>
<article>
<p class="kicker">WATER</p>
<h1>{esc(A['title'])}</h1>
<p class="byline">Pieter van Dam <span class="date">08-10-2026 09:15</span></p>
<section class="article-text">
{paras_html(ps)}
</section>
<aside class="support">The Lowlands Ledger is independent and free to read. Support us from &euro;3 a month.</aside>
<p class="correction">Have you spotted an error? Let us know at corrections@lowlandsledger.nl.</p>
</article>
</main>
<footer>&copy; Lowlands Ledger B.V. 2026 &ndash; KvK 81234567</footer>
</body></html>
"""
    mns = ["Saturday 5 December 2026 | Amsterdam 6°C", "08-10-2026 09:15",
           "The Lowlands Ledger is independent and free to read. Support us from €3 a month.",
           "Have you spotted an error? Let us know at corrections@lowlandsledger.nl.", "© Lowlands Ledger B.V. 2026 – KvK 81234567"]
    return html, ps, mns
