# -*- coding: utf-8 -*-
"""Page templates of blind13. Each page_* function returns (html, must_not) for one article; the
callers in render_files.py register the copies. Markup follows, from memory, the real templates of
big news-site families (NYT-style, CNN-style, Reuters-style, AP-News-style, WordPress "Newspaper"
theme, AMP, SPIEGEL/SZ-style, RND-style, Le Monde-style, El País-style, Corriere-style, Público-style)."""
from articles import ART
from common import attr, esc, jsonld


# ------------------------------------------------------------------ The Hudson Ledger (NYT-style)
def page_ledger(aid, paras, pub_iso, mod_iso, dateline_text, updated_text, caption, credit, section="Europe"):
    a = ART[aid]
    auth = a["authors"]
    og_title = a["alt_titles"][0] if a["alt_titles"] else a["title"]
    dek = {"ledger-sleeper-shortage": "Operators from Vienna to Brussels have announced new routes, but a shortage of rolling stock and rising track fees are forcing cancellations.",
           "ledger-austria-subsidy": "The payment covers part of the track fees operators pay abroad. It does not fix the shortage of sleeping cars that caused most of the cancellations."}[aid]
    byline = "By " + " and ".join(auth)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": a["url"],
          "headline": og_title, "alternativeHeadline": a["title"], "description": dek,
          "datePublished": pub_iso, "dateModified": mod_iso,
          "author": [{"@type": "Person", "name": n, "url": "https://www.hudsonledger.com/by/" + n.lower().replace(" ", "-")} for n in auth],
          "publisher": {"@type": "NewsMediaOrganization", "name": "The Hudson Ledger", "logo": {"@type": "ImageObject", "url": "https://static01.hudsonledger.com/images/icons/t_logo_291_black.png"}},
          "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".meteredContent"}}
    half = len(paras) // 2 + 1
    body1 = "\n".join(f'<p class="css-at9mc1 evys1bk0">{esc(p)}</p>' for p in paras[:half])
    body2 = "\n".join(f'<p class="css-at9mc1 evys1bk0">{esc(p)}</p>' for p in paras[half:])
    related = "Read more: How Europe\u2019s Rail Operators Plan to Win Back Short-Haul Flyers"
    html = f"""<!DOCTYPE html>
<html lang="en" class=" story nytapp-vi-article"  xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta charset="utf-8">
<title>{esc(og_title)} - The Hudson Ledger</title>
<meta data-rh="true" name="robots" content="noarchive, max-image-preview:large"/>
<meta data-rh="true" name="description" content="{attr(dek)}"/>
<meta data-rh="true" property="og:url" content="{a['url']}"/>
<meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="og:title" content="{attr(og_title)}"/>
<meta data-rh="true" property="og:image" content="https://static01.hudsonledger.com/images/2026/12/03/multimedia/03europe-trains-1-bkfp/03europe-trains-1-bkfp-facebookJumbo.jpg"/>
<meta data-rh="true" property="og:description" content="{attr(dek)}"/>
<meta data-rh="true" name="twitter:card" content="summary_large_image"/>
<meta data-rh="true" name="twitter:title" content="{attr(og_title)}"/>
<meta data-rh="true" name="byl" content="{attr(byline)}"/>
<meta data-rh="true" name="pdate" content="{pub_iso[:10].replace('-', '')}"/>
<meta data-rh="true" property="article:published_time" content="{pub_iso}"/>
<meta data-rh="true" property="article:modified_time" content="{mod_iso}"/>
<meta data-rh="true" property="article:section" content="World"/>
<link data-rh="true" rel="canonical" href="{a['url']}"/>
<link data-rh="true" rel="alternate" href="hlapp://www.hudsonledger.com/{a['url'].split('.com/')[1]}"/>
<script data-rh="true" type="application/ld+json">{jsonld(ld)}</script>
<style data-lights-css="1hprg0h">.css-at9mc1{{margin-bottom:0.9375rem;font-family:hl-cheltenham,georgia,serif}}.css-1vkm6nb{{max-width:600px}}</style>
<script>window.__preloadedData = {{"initialState":{{"Article:nyt://article/6b0f1c55-2f6f-5a3e-9c1b-7d4c1a2e3b90":{{"__typename":"Article","sourceId":"100000010238847","typeOfMaterials":["News"],"wordCount":{sum(len(p.split()) for p in paras)}}}}},"config":{{"gqlUrlClient":"https://samizdat-graphql.hudsonledger.com/graphql/v2"}}}};</script>
</head>
<body>
<div id="app"><div><div class="css-1bymuyk e1m0pzr40">
<div id="gdpr-banner" class="css-1x3jhj0" data-testid="expanded-dock"><p class="css-1y6p0ty">We use cookies and similar methods to recognize visitors and remember their preferences. We also use them to measure ad campaign effectiveness, target ads and analyze site traffic. To learn more about these methods, including how to disable them, view our Cookie Policy.</p><button class="css-1fzhd9j" data-testid="GDPR-accept">Accept</button></div>
<header class="css-ahe4g0 e1m0pzr41"><a class="css-1dv1kvn" href="#site-content">Skip to content</a><a class="css-1dv1kvn" href="#site-index">Skip to site index</a>
<section class="css-10488qs"><a data-testid="masthead-section-label" class="css-nuvmzp" href="https://www.hudsonledger.com/section/world/europe">{section}</a></section>
<div class="css-1wr3we4"><a class="css-nhjhh0" href="https://www.hudsonledger.com/">The Hudson Ledger</a></div>
<div class="css-1w2f5ig"><a data-testid="login-button" class="css-1kj7lfb" href="https://myaccount.hudsonledger.com/auth/login">Log in</a><a class="css-1l4spti" href="https://www.hudsonledger.com/subscription">Subscribe for $1/week</a></div>
<div class="css-1ye6ut" data-testid="share-tools"><button aria-label="Share full article" class="css-1glv8ke">Share full article</button><span class="css-1dv1kvn">{8 + len(paras) * 7}</span></div>
</header>
<main id="site-content">
<div class="css-1vkm6nb ehdk2mb0"><article id="story" class="story theme-main">
<header class="css-1vm3qw5 e1e8aygd0">
<div class="css-1vkm6nb ehdk2mb0"><h1 data-testid="headline" class="css-1jkqd8g e1h9rw200" id="link-2d1c5f2b">{esc(a['title'])}</h1></div>
<p id="article-summary" class="css-1wt8w7b e1wiw3jv0">{esc(dek)}</p>
<div class="css-79elbk" data-testid="photoviewer-wrapper"><figure class="css-1ts8bmb e6u6cf0" aria-label="media" role="group"><div data-testid="imageblock-wrapper" class="css-1xdhyk6 erfvjey0"><picture><img alt="" class="css-rq4mmj" src="https://static01.hudsonledger.com/images/2026/12/03/multimedia/03europe-trains-1-bkfp/03europe-trains-1-bkfp-articleLarge.jpg?quality=75&amp;auto=webp" width="600" height="400"></picture></div>
<figcaption class="css-jevhma e13ogyst0"><span class="css-cnj6d5 e1z0qqy90">{esc(caption)}</span><span class="css-1u46b97 e1z0qqy90"><span class="css-1ly73wi e1tej78p0">Credit...</span><span>{esc(credit)}</span></span></figcaption></figure></div>
<div class="css-1x1jxeu"><div class="css-4anu6l e1jsehar1"><div class="css-1baulvz last-byline" data-testid="byline"><p class="css-aknsld e1jsehar1"><span class="byline-prefix">By </span>{' and '.join(f'<span class="css-1baulvz" itemprop="name"><a href="https://www.hudsonledger.com/by/{n.lower().replace(" ", "-")}" class="css-n8ff4n e1jsehar0">{esc(n)}</a></span>' for n in auth)}</p></div></div>
<ul class="css-1ko1fn6"><li><time class="css-x7rtpa e16638kd0" datetime="{pub_iso}"><span>{esc(dateline_text)}</span></time></li><li><time class="css-x7rtpa" datetime="{mod_iso}"><span class="css-wcxsge">{esc(updated_text)}</span></time></li></ul></div>
</header>
<section name="articleBody" class="meteredContent css-1r7ky0e">
<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-0"><div class="css-53u6y8">
{body1}
</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>
<div id="story-ad-1-wrapper" class="css-1ybjhc6"><div class="ad story-ad-1-wrapper"><p class="css-1t8cqmt">Advertisement</p><a href="#after-story-ad-1" class="css-1dv1kvn">SKIP ADVERTISEMENT</a><div id="story-ad-1" class="place-ad" data-position="mid1"></div></div></div>
<div class="css-s99gbd StoryBodyCompanionColumn" data-testid="companionColumn-1"><div class="css-53u6y8">
<p class="css-at9mc1 evys1bk0"><a class="css-yywogo" href="https://www.hudsonledger.com/2026/11/18/travel/europe-rail-short-haul.html"><em>{esc(related)}</em></a></p>
{body2}
</div><aside class="css-ew4tgv" aria-label="companion column"></aside></div>
</section>
<div class="bottom-of-article"><div class="css-1s9bm6g"><div class="css-1jgb3ap"><p class="css-kfxsdm">{esc(auth[0])} is the Central Europe correspondent for The Hudson Ledger, based in Vienna. She covers Austria, Hungary and the Western Balkans.</p></div>
<div class="css-1d7kzzd"><p class="css-1lhjmo5">A version of this article appears in print on Dec. 4, 2026, Section A, Page 9 of the New York edition with the headline: Night Trains Stall for Want of Cars. <a href="https://www.hudsonledger.com/reprints">Order Reprints</a> | <a href="https://www.hudsonledger.com/todays-paper">Today\u2019s Paper</a> | <a href="https://www.hudsonledger.com/subscription">Subscribe</a></p></div>
<div class="css-cf8l4i"><button class="css-8k8ukx">See more on: Alpenbahn</button></div></div></div>
</article></div>
<div class="css-1o2vcj0"><h2 class="css-1ycwfx3">More in Europe</h2><ul>
<li><a href="https://www.hudsonledger.com/2026/12/02/world/europe/vienna-housing-protest.html">Vienna Tenants Rally Against Rent Rises as Housing Costs Climb</a></li>
<li><a href="https://www.hudsonledger.com/2026/12/01/world/europe/brussels-budget-talks.html">E.U. Budget Talks Stall Over Farm Subsidies</a></li>
<li><a href="https://www.hudsonledger.com/2026/11/30/world/europe/prague-tram-strike.html">Prague Tram Drivers Vote to Strike Before Christmas</a></li></ul></div>
<div class="css-1o2vcj0" data-testid="trending"><h2 class="css-1ycwfx3">Trending in The Ledger</h2><ol>
<li><a href="https://www.hudsonledger.com/2026/12/02/dining/best-bagels.html">The 22 Best Bagels in New York, Ranked</a></li>
<li><a href="https://www.hudsonledger.com/2026/12/01/well/sleep-trackers.html">Is Your Sleep Tracker Making Your Sleep Worse?</a></li></ol></div>
</main>
<footer role="contentinfo" class="css-7cxc0w" id="site-index"><nav><h2 class="css-1dv1kvn">Site Index</h2><ul><li>News</li><li>Arts</li><li>Lifestyle</li><li>Opinion</li></ul></nav>
<div class="css-1wdxqtn"><span>\u00a9 2026 The Hudson Ledger Company</span><a href="https://www.hudsonledger.com/privacy">Privacy Policy</a><a href="https://www.hudsonledger.com/terms">Terms of Service</a></div></footer>
</div></div></div>
<script>window.__LEDGER_ANALYTICS__ = {{"page":"article","section":"world","sub":"europe"}};</script>
</body>
</html>
"""
    must = [dek, byline, dateline_text, updated_text, caption, related, "A version of this article appears in print on Dec. 4, 2026",
            "Subscribe for $1/week", "Share full article", "SKIP ADVERTISEMENT", "We use cookies and similar methods",
            f"{auth[0]} is the Central Europe correspondent for The Hudson Ledger", "Vienna Tenants Rally Against Rent Rises",
            "\u00a9 2026 The Hudson Ledger Company"]
    return html, must


# ------------------------------------------------------------------ Capital News Network (CNN-style)
def page_cnn(aid):
    a = ART[aid]
    paras = a["paras"]
    caption = "Refurbished sleeping cars at a rail yard in Memphis, Tennessee, in November. Crescent Line Rail has leased 14 of them."
    credit = "Karen Doss/Crescent Line Rail"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "url": a["url"],
          "datePublished": "2026-12-03T00:15:12.481Z", "dateModified": "2026-12-03T02:47:05.210Z",
          "author": [{"@type": "Person", "name": "Dana Whitfield", "url": "https://www.capitalnewsnet.com/profiles/dana-whitfield"}],
          "publisher": {"@type": "Organization", "name": "Capital News Network",
                        "logo": {"@type": "ImageObject", "url": "https://media.capitalnewsnet.com/api/v1/images/stellar/prod/cnn-logo.png"}},
          "image": [{"@type": "ImageObject", "url": "https://media.capitalnewsnet.com/api/v1/images/stellar/prod/crescent-sleeper-1202.jpg", "caption": caption}],
          "articleSection": ["travel"]}
    ps = []
    for i, p in enumerate(paras):
        ps.append(f'<p class="paragraph inline-placeholder vossi-paragraph" data-component-name="paragraph" data-editable="text" data-article-gutter="true">\n      {esc(p)}\n  </p>')
        if i == 2:
            ps.append('<div class="related-content related-content--article" data-component-name="related-content"><span class="related-content__label">Related article</span><a href="https://www.capitalnewsnet.com/travel/amtrak-style-long-distance-routes/index.html"><span class="related-content__headline-text">The slow comeback of America\u2019s long-distance trains</span></a></div>')
    html = f"""<!DOCTYPE html>
<html lang="en" data-uri="capitalnewsnet.com/_pages/cl4f0a2wq000b3b6k1yz4b0jd@published" data-layout-uri="capitalnewsnet.com/_layouts/layout-with-rail/instances/travel-article-v1@published">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | CNW Travel</title>
<meta name="description" content="A Memphis start-up plans overnight sleeper trains between Chicago and New Orleans from next fall.">
<meta property="og:title" content="{attr(a['title'])}">
<meta property="og:site_name" content="CNW">
<meta property="og:url" content="{a['url']}">
<meta property="og:type" content="article">
<meta name="author" content="Dana Whitfield">
<meta property="article:published_time" content="2026-12-03T00:15:12.481Z">
<meta property="article:modified_time" content="2026-12-03T02:47:05.210Z">
<meta name="twitter:site" content="@CNW">
<link rel="canonical" href="{a['url']}">
<script type="application/ld+json">{jsonld(ld)}</script>
<script>window.CNW = window.CNW || {{}}; CNW.contentModel = {{"pageType":"article","section":"travel","author":"Dana Whitfield","publishDate":"2026-12-03T00:15:12.481Z"}};</script>
</head>
<body class="layout layout-with-rail__body">
<div class="header__wrapper-outer"><header class="header" data-editable="header"><nav class="header__nav"><a class="brand-logo" href="https://www.capitalnewsnet.com" title="CNW logo">CNW</a>
<a class="header__nav-item-link" href="/us">US</a><a class="header__nav-item-link" href="/world">World</a><a class="header__nav-item-link" href="/politics">Politics</a><a class="header__nav-item-link" href="/business">Business</a><a class="header__nav-item-link" href="/travel">Travel</a>
<a class="header__nav-item-link" href="/audio">Audio</a><a class="header__nav-item-link" href="/live-tv">Live TV</a><a class="user-account-nav__text-link" href="/account/log-in">Log In</a></nav></header></div>
<section class="layout__wrapper"><div class="layout__content-wrapper layout-with-rail__content-wrapper">
<section class="layout__top layout-with-rail__top"><div class="headline headline--has-lowertext" data-editable="headline">
<div class="headline__wrapper"><h1 data-editable="headlineText" class="headline__text inline-placeholder" id="maincontent">
      {esc(a['title'])}
  </h1></div>
<div class="headline__footer"><div class="headline__sub-container"><div class="headline__byline-sub-text">
<div class="byline vossi-byline" data-editable="byline"><div class="byline__names vossi-byline__names">By <a href="https://www.capitalnewsnet.com/profiles/dana-whitfield" class="byline__link"><span class="byline__name">Dana Whitfield</span></a>, CNW</div></div>
<div class="timestamp vossi-timestamp" data-editable="timestamp">
      Updated 9:47 PM EST, Wed December 2, 2026
    </div></div>
<div class="headline__sub-description"><div class="social-share" data-component-name="social-share"><span class="social-share__title">Share</span><button class="social-share__button" data-type="facebook">Facebook</button><button class="social-share__button" data-type="twitter">Tweet</button><button class="social-share__button" data-type="email">Email</button><button class="social-share__button" data-type="link">Link Copied!</button></div></div>
</div></div></div></section>
<section class="layout__wrapper layout-with-rail__wrapper"><section class="layout__main layout-with-rail__main">
<article class="article" data-uri="capitalnewsnet.com/_components/article/instances/cl4f0a2wq000b3b6k1yz4b0jd@published" role="main">
<div class="article__content-container"><main class="article__main">
<div class="image image__hide-placeholder" data-component-name="image" data-editable="settings"><div class="image__container"><picture class="image__picture"><img src="https://media.capitalnewsnet.com/api/v1/images/stellar/prod/crescent-sleeper-1202.jpg?c=16x9&amp;q=h_438,w_780,c_fill" alt="Sleeping cars in a rail yard" class="image__dam-img"></picture></div>
<div class="image__metadata"><div itemprop="caption" class="image__caption attribution"><span data-editable="metaCaption" class="inline-placeholder">{esc(caption)}</span></div><figcaption class="image__credit">{esc(credit)}</figcaption></div></div>
<div class="article__content" data-editable="content" itemprop="articleBody" data-reorderable="content">
<div class="source inline-placeholder" data-editable="source"><cite class="source__cite"><span class="source__location" data-editable="location">Chicago</span><span data-editable="source" class="source__text"> CNW</span>\u00a0\u2014\u00a0</cite></div>
{chr(10).join(ps)}
</div>
<div class="footnote" data-editable="footnote"><p class="footnote__text">CNW\u2019s Marcus Lindgren contributed to this report.</p></div>
</main></div>
<div class="related-content--article-bottom"><h2 class="container__title-text">More from CNW</h2><ul>
<li><a href="/travel/best-train-trips-winter">The world\u2019s best winter train journeys</a></li>
<li><a href="/business/regional-airlines-fares">Regional airfares jump as carriers cut routes</a></li></ul></div>
</article></section>
<section class="layout__right layout-with-rail__right"><div class="zone__title"><h2>Most read</h2></div><ol class="container__field-links">
<li><a href="/us/winter-storm-midwest">Winter storm to bring heavy snow to the Midwest this weekend</a></li>
<li><a href="/travel/airport-security-lines-holiday">How long airport security lines will be this holiday season</a></li></ol></section>
</section></div></section>
<footer class="footer" data-editable="footer"><nav class="footer__nav">US World Politics Business Travel</nav><div class="footer__links"><a href="/terms">Terms of Use</a><a href="/privacy">Privacy Policy</a><a href="/adchoices">Ad Choices</a><a href="/accessibility">Accessibility &amp; CC</a></div>
<p class="footer__copyright-text">\u00a9 2026 Capital News Network. A Lakeside Media Company. All Rights Reserved.</p></footer>
</body>
</html>
"""
    must = ["Updated 9:47 PM EST, Wed December 2, 2026", caption, "The slow comeback of America\u2019s long-distance trains",
            "CNW\u2019s Marcus Lindgren contributed to this report.", "The world\u2019s best winter train journeys",
            "Winter storm to bring heavy snow to the Midwest this weekend", "\u00a9 2026 Capital News Network. A Lakeside Media Company."]
    return html, must


# ------------------------------------------------------------------ Meridian (Reuters-style)
def page_meridian(aid, pub_iso, mod_iso, date_text, updated_text, caption):
    a = ART[aid]
    paras = a["paras"]
    seo = a["alt_titles"][0] if a["alt_titles"] else a["title"]
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": seo, "url": a["url"],
          "datePublished": pub_iso, "dateModified": mod_iso, "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": n, "url": "https://www.meridiannews.com/authors/" + n.lower().replace(" ", "-") + "/"} for n in a["authors"]],
          "creator": a["authors"], "publisher": {"@type": "Organization", "name": "Meridian", "logo": {"@type": "ImageObject", "url": "https://www.meridiannews.com/pf/resources/images/meridian/logo-vertical-default-512x512.png"}},
          "keywords": ["AUT", "POL", "TRN", "RAIL", "Business"]}
    ps = []
    for i, p in enumerate(paras):
        ps.append(f'<div data-testid="paragraph-{i}" class="article-body__paragraph__2-BtD text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__small__1kGq2 body__full_width__ekUdw body__small_body__2vQyf article-body__paragraph__2-BtD">{esc(p)}</div>')
        if i == 1:
            ps.append('<div data-testid="promo-box" class="article-body__element__2p5pI"><p class="text__text__1FZLe"><a href="https://www.meridiannews.com/newsletters/sustainable-switch/">Sign up here.</a></p></div>')
    trust = "Our Standards: The Meridian Trust Principles."
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(seo)} | Meridian</title>
<meta name="description" content="{attr(paras[0][:150])}"/>
<meta property="og:title" content="{attr(seo)}"/><meta property="og:url" content="{a['url']}"/><meta property="og:site_name" content="Meridian"/><meta property="og:type" content="article"/>
<meta name="twitter:site" content="@Meridian"/><meta name="article:published_time" content="{pub_iso}"/><meta name="article:modified_time" content="{mod_iso}"/>
<meta name="analyticsAttributes.author" content="{attr(', '.join(a['authors']))}"/>
<link rel="canonical" href="{a['url']}"/>
<script type="application/ld+json">{jsonld(ld)}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="meridian";Fusion.contextPath="/pf";Fusion.deployment="3187";Fusion.globalContent={{"_id":"ZQ4K2HXJ5NLYTPM3AB7C","type":"story","canonical_url":"{a['url'].split('.com')[1]}","display_date":"{pub_iso}"}};</script>
</head><body>
<div id="fusion-app" class="fusion-app__app__1G3nk"><div class="consent-banner__container__2WfBd" data-testid="ConsentBanner"><p>We use cookies on this site to enhance your experience and to show you relevant advertising. By clicking \u201cAccept All Cookies\u201d you agree to the storing of cookies on your device.</p><button>Accept All Cookies</button><button>Cookie Settings</button></div>
<header class="site-header__container__3HqkU" data-testid="SiteHeader"><a href="#main-content" class="skip-link__link__2p9bJ">Skip to main content</a><a href="https://www.meridiannews.com/" aria-label="Meridian homepage">Meridian</a>
<nav data-testid="NavBar"><ul><li>World</li><li>Business</li><li>Markets</li><li>Sustainability</li><li>Legal</li><li>Breakingviews</li><li>Technology</li></ul></nav><a href="https://www.meridiannews.com/account/register/sign-up/">Register</a></header>
<main id="main-content" class="regular-article-layout__main__1tvFT"><article class="article__container__2ZBTq">
<header class="article-header__container__1fksg"><nav aria-label="Tags" data-testid="ArticleHeader:tags"><a href="/business/">Business</a><a href="/business/autos-transportation/">Autos &amp; Transportation</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh heading__base__2T28j heading__heading_2__1zj8D">{esc(a['title'])}</h1>
<div class="article-header__info__3EM9F"><div data-testid="AuthorByline" class="author-name__byline__2A2sn">By <a href="/authors/{a['authors'][0].lower().replace(' ', '-')}/" class="author-name__author__1gx5k">{esc(a['authors'][0])}</a></div>
<div class="info-content__date-line__2WzK0"><time datetime="{pub_iso}" class="date-line__date__23Ge-"><span class="date-line__date___kNbY">{esc(date_text)}</span></time><span class="date-line__date___kNbY">{esc(updated_text)}</span></div></div>
<div class="article-header__toolbar__3sJeX"><button data-testid="ShareButton">Share</button><button>X</button><button>Facebook</button><button>Linkedin</button><button>Email</button><button>Link</button><button data-testid="PurchaseLicensingRights">Purchase Licensing Rights</button></div>
</header>
<figure class="primary-image__figure__3fHhG"><img src="https://www.meridiannews.com/resizer/v2/ALPENBAHN-SLEEPER.jpg?auth=7d2c&amp;width=960" alt="{attr(caption)}"/><figcaption data-testid="primary-image-caption" class="primary-image__caption__3sW2M"><span>{esc(caption)}</span><span class="primary-image__credit__3dXKe">Meridian/Leonhard Foeger/File Photo</span><a href="/purchase-licensing-rights">Purchase Licensing Rights</a><span>, opens new tab</span></figcaption></figure>
<div class="article-body__container__3ypuX" data-testid="ArticleBody">
{chr(10).join(ps)}
</div>
<p class="trust-badge__text__3eX2r" data-testid="Body"><a href="https://www.meridiannews.com/info-pages/editorial-principles/">{esc(trust)}</a></p>
<div class="article-body__row__dFOPA article-body__element__2p5pI" data-testid="Body">Acquire Licensing Rights, opens new tab</div>
<div class="author-bio__container__2RUvs" data-testid="AuthorBio"><p>{esc(a['authors'][0])} covers transport and industry in Austria and Central Europe from Vienna. He previously reported on energy markets from Warsaw.</p></div>
</article>
<aside data-testid="MostRead"><h2>Most Read</h2><ol><li><a href="/markets/europe/euro-zone-bond-yields-2026-12-01/">Euro zone bond yields rise as traders trim ECB rate-cut bets</a></li><li><a href="/business/aerospace-defense/airbus-deliveries-november-2026-12-01/">Airbus November deliveries beat forecasts</a></li></ol></aside>
</main>
<footer class="site-footer__container__1kCqv"><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p><p>\u00a9 2026 Meridian. All rights reserved</p></footer></div>
</body></html>
"""
    must = [date_text, updated_text, caption, "Sign up here.", trust, "Purchase Licensing Rights", "Acquire Licensing Rights",
            f"{a['authors'][0]} covers transport and industry in Austria", "Euro zone bond yields rise as traders trim ECB rate-cut bets",
            "All quotes delayed a minimum of 15 minutes", "We use cookies on this site to enhance your experience"]
    if seo != a["title"]:
        must.append(seo)
    return html, must


# ------------------------------------------------------------------ Allied Press (AP-News-style)
def page_ap(aid, pub_iso, mod_iso, ts_text, caption):
    a = ART[aid]
    paras = a["paras"]
    name = a["authors"][0]
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "url": a["url"],
          "author": [{"@type": "Person", "name": name, "url": "https://alliedpressnews.com/author/" + name.lower().replace(" ", "-")}],
          "datePublished": pub_iso, "dateModified": mod_iso, "mainEntityOfPage": a["url"],
          "publisher": {"@type": "Organization", "name": "Allied Press", "logo": {"@type": "ImageObject", "url": "https://assets.alliedpressnews.com/logo.png"}},
          "image": [{"@type": "ImageObject", "url": "https://dims.alliedpressnews.com/dims4/default/8f2c1a0/2147483647/strip/true/crop/5000x3333+0+0/resize/980x653!/quality/90/", "caption": caption}],
          "articleSection": ["World News", "Business", "Travel"]}
    ps = []
    for i, p in enumerate(paras):
        ps.append(f"<p>{esc(p)}</p>")
        if i == 2:
            ps.append('<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="PagePromo" data-gtm-region="Related Stories"><div class="PagePromo-title"><a class="Link" href="https://alliedpressnews.com/article/eurostar-style-fares-christmas-rail"><span class="PagePromoContentIcons-text">Rail fares for Christmas travel hit record highs across Europe</span></a></div></div></div></div>')
    html = f"""<!DOCTYPE html>
<html class="ArticlePage" lang="en" data-gtm-pagetype="article">
<head><meta charset="UTF-8">
<title>{esc(a['title'])} | Allied Press News</title>
<meta name="description" content="{attr(paras[0][:160])}">
<meta property="og:title" content="{attr(a['title'])}"><meta property="og:url" content="{a['url']}"><meta property="og:type" content="article"><meta property="og:site_name" content="Allied Press News">
<meta property="article:published_time" content="{pub_iso}"><meta property="article:modified_time" content="{mod_iso}"><meta property="article:author" content="{attr(name)}">
<meta name="brightspot.contentId" content="00000193-9c4e-d7f1-a5bf-fdff1a2b0000">
<link rel="canonical" href="{a['url']}">
<script type="application/ld+json">{jsonld(ld)}</script>
<script>var dataLayer = window.dataLayer || []; dataLayer.push({{"pageType":"article","headline":{jsonld(a['title'])},"byline":{jsonld(name)},"publishedDate":"{pub_iso}"}});</script>
</head>
<body class="Page-body" data-page-type="article">
<div class="Page-above"><bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="https://alliedpressnews.com" aria-label="Allied Press News home">Allied Press News</a>
<nav class="Page-header-navigation"><ul class="Navigation-items"><li>World</li><li>U.S.</li><li>Politics</li><li>Sports</li><li>Entertainment</li><li>Business</li><li>Science</li><li>Fact Check</li></ul></nav>
<div class="Page-header-tickers"><span class="Page-header-ticker">BREAKING: Snowstorm closes Alpine passes as temperatures drop</span></div></div></bsp-header></div>
<main class="Page-main"><div class="Page-content"><div class="Page-lead"><div class="Page-storyHeader"><div class="Page-breadcrumbs"><a href="https://alliedpressnews.com/world-news">World News</a></div>
<h1 class="Page-headline">{esc(a['title'])}</h1>
<div class="Page-byline"><div class="Page-authors"><span class="Page-byline-info">By&nbsp;<a class="Link" href="https://alliedpressnews.com/author/{name.lower().replace(' ', '-')}">{esc(name.upper())}</a></span></div>
<div class="Page-dateModified"><bsp-timestamp data-timestamp="{pub_iso}"><span data-date>{esc(ts_text)}</span></bsp-timestamp></div></div>
<div class="Page-actions"><bsp-social-share class="ActionBar"><span class="ActionBar-label">Share</span><a class="ActionLink" data-social-service="facebook" href="#">Share</a><a class="ActionLink" data-social-service="copylink" href="#">Copy</a><span class="ActionLink-label">Link copied</span><a class="ActionLink" data-social-service="email" href="#">Email</a><a class="ActionLink" data-social-service="x" href="#">X</a><a class="ActionLink" data-social-service="print" href="#">Print</a></bsp-social-share></div></div>
<div class="Page-lead-media"><figure class="Figure"><div class="Carousel-slide"><img class="Image" alt="" src="https://dims.alliedpressnews.com/dims4/default/8f2c1a0/2147483647/strip/true/crop/5000x3333+0+0/resize/980x653!/quality/90/"></div>
<div class="CarouselSlide-info"><div class="CarouselSlide-infoDescription"><p>{esc(caption)}</p></div><span class="CarouselSlide-infoAttribution">(AP Photo/Sergio Mancuso)</span></div></figure></div></div>
<div class="Page-below"><bsp-story-page class="Page-storyBody"><div class="RichTextStoryBody RichTextBody">
{chr(10).join(ps)}
</div>
<div class="Page-content-bottom"><div class="Page-tags"><span>Topics:</span><a href="https://alliedpressnews.com/hub/strikes">Strikes</a><a href="https://alliedpressnews.com/hub/rail-transportation">Rail transportation</a><a href="https://alliedpressnews.com/hub/travel">Travel</a></div>
<div class="Page-author-bio"><div class="PageListBio"><a class="Link" href="https://alliedpressnews.com/author/{name.lower().replace(' ', '-')}">{esc(name.upper())}</a><p class="PageListBio-description">{esc(name)} covers transport, labor and consumer affairs for Allied Press in London.</p><a class="Link" href="mailto:hokafor@alliedpressnews.com">mailto</a></div></div></div>
</bsp-story-page></div></div>
<div class="Page-aside"><bsp-list-loadmore class="PageListRightRailA"><div class="PageList-header"><h2 class="PageList-header-title">Most Read</h2></div><ul class="PageList-items">
<li><a href="https://alliedpressnews.com/article/alps-snowstorm-passes-closed">Snowstorm closes Alpine passes as temperatures drop across central Europe</a></li>
<li><a href="https://alliedpressnews.com/article/paris-christmas-markets-security">Paris tightens security at Christmas markets after threats</a></li></ul></bsp-list-loadmore></div></div></main>
<footer class="Page-footer"><div class="Page-footer-disclaimer">Copyright 2026 Allied Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</div>
<ul class="Page-footer-links"><li>About</li><li>Contact Us</li><li>Accessibility Statement</li><li>Terms of Use</li><li>Privacy Policy</li><li>Do Not Sell or Share My Personal Information</li></ul></footer>
</body></html>
"""
    must = [ts_text, caption, "Rail fares for Christmas travel hit record highs across Europe", "BREAKING: Snowstorm closes Alpine passes",
            f"{name} covers transport, labor and consumer affairs for Allied Press in London.",
            "Paris tightens security at Christmas markets after threats",
            "Copyright 2026 Allied Press. All Rights Reserved.", "This material may not be published, broadcast, rewritten or redistributed without permission."]
    return html, must


# ------------------------------------------------------------------ Kent Coast Gazette (WordPress + tagDiv "Newspaper" theme)
def page_kcg(aid, paras):
    a = ART[aid]
    title, url = a["synd_titles"][0], a["synd_urls"][0]
    caption = "Passengers queue for information at St Pancras International on Friday morning. Photo: Kent Coast Gazette"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": "Harriet Okafor, Allied Press", "@id": "https://kentcoastgazette.co.uk/#/schema/person/7c1f"},
         "headline": title, "datePublished": "2026-12-04T13:22:41+00:00", "dateModified": "2026-12-04T16:05:10+00:00",
         "mainEntityOfPage": {"@id": url}, "wordCount": sum(len(p.split()) for p in paras),
         "publisher": {"@id": "https://kentcoastgazette.co.uk/#organization"}, "articleSection": ["Kent", "Transport"], "inLanguage": "en-GB"},
        {"@type": "WebPage", "@id": url, "url": url, "name": title + " - Kent Coast Gazette", "datePublished": "2026-12-04T13:22:41+00:00"},
        {"@type": "Organization", "@id": "https://kentcoastgazette.co.uk/#organization", "name": "Kent Coast Gazette", "url": "https://kentcoastgazette.co.uk/"},
        {"@type": "Person", "@id": "https://kentcoastgazette.co.uk/#/schema/person/7c1f", "name": "Harriet Okafor, Allied Press"}]}
    ps = []
    for i, p in enumerate(paras):
        ps.append(f"<p>{esc(p)}</p>")
        if i == 1:
            ps.append('<p><strong>READ MORE: <a href="https://kentcoastgazette.co.uk/2026/12/01/folkestone-harbour-arm-christmas-market/">Folkestone Harbour Arm Christmas market opens with record stalls</a></strong></p>')
        if i == 4:
            ps.append('<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><ins class="adsbygoogle" data-ad-slot="4471"></ins></div>')
    html = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<html lang="en-GB">
<head>
<title>{esc(title)} - Kent Coast Gazette</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Kent Coast Gazette" />
<meta property="article:published_time" content="2026-12-04T13:22:41+00:00" />
<meta property="article:modified_time" content="2026-12-04T16:05:10+00:00" />
<meta name="author" content="Harriet Okafor, Allied Press" />
<meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="Harriet Okafor, Allied Press" />
<script type="application/ld+json" class="yoast-schema-graph">{jsonld(graph)}</script>
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='td-theme-css' href='https://kentcoastgazette.co.uk/wp-content/themes/Newspaper/style.css?ver=12.6.8' type='text/css' media='all' />
<script type="text/javascript" id="td-generated-header-js">var tdBlocksArray = []; var tdLocalCache = {{}}; var td_ajax_url="https:\\/\\/kentcoastgazette.co.uk\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.8";</script>
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard td-standard-pack global-block-template-1 td-newspaper-pro single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time">Monday, December 7, 2026</div><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="/advertise/">Advertise</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-header-sp-logo"><a class="td-main-logo" href="https://kentcoastgazette.co.uk/"><span class="td-visual-hidden">Kent Coast Gazette</span></a></div></div>
<div class="td-header-menu-wrap-full"><div class="td-header-main-menu"><ul id="menu-main-menu" class="sf-menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="/category/news/">News</a></li><li class="menu-item"><a href="/category/transport/">Transport</a></li><li class="menu-item"><a href="/category/sport/">Sport</a></li><li class="menu-item"><a href="/category/whats-on/">What\u2019s On</a></li><li class="menu-item"><a href="/category/property/">Property</a></li></ul></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://kentcoastgazette.co.uk/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="https://kentcoastgazette.co.uk/category/transport/">Transport</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail category-transport tag-channel-tunnel tag-strike" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="https://kentcoastgazette.co.uk/category/transport/">Transport</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{esc(title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://kentcoastgazette.co.uk/author/alliedpress/">Harriet Okafor, Allied Press</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-12-04T13:22:41+00:00" >4 December 2026</time></span>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>3</a></div><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-48213">1,204</span></div></div>
</header></div>
<div class="td-post-sharing-top"><div class="td-post-sharing-classic"></div><div class="td-default-sharing"><div class="td-social-sharing-buttons"><span class="td-social-but-text">Share</span></div><a class="td-social-sharing-button td-social-facebook" href="#"><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-twitter" href="#"><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-whatsapp" href="#"><div class="td-social-but-text">WhatsApp</div></a></div></div>
<div class="td-post-featured-image"><figure><a href="https://kentcoastgazette.co.uk/wp-content/uploads/2026/12/st-pancras-queue.jpg" data-caption="{attr(caption)}"><img width="696" height="464" class="entry-thumb td-modal-image" src="https://kentcoastgazette.co.uk/wp-content/uploads/2026/12/st-pancras-queue-696x464.jpg" alt="" title="st-pancras-queue"/></a><figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure></div>
<div class="td-post-content tagdiv-type">
{chr(10).join(ps)}
<p><em>This article is published under licence from Allied Press.</em></p>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="/tag/channel-tunnel/">Channel Tunnel</a></li><li><a href="/tag/strike/">strike</a></li><li><a href="/tag/st-pancras/">St Pancras</a></li></ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="/2026/12/04/margate-lido-reopening/">Margate lido reopening pushed back to summer</a></div></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Next article</span><a href="/2026/12/04/dover-port-queues-weekend/">Dover braces for weekend queues as ferries fill up</a></div></div></div>
<div class="td-author-name vcard author"><a href="/author/alliedpress/">Harriet Okafor, Allied Press</a></div><div class="td-author-description">Stories from the Allied Press wire, published by the Kent Coast Gazette under our syndication agreement.</div></footer>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></h4>
<div class="td-module-title"><a href="/2026/11/28/ashford-international-eurostar-stop/">Campaigners renew call for Ashford International trains to stop again</a></div></div>
<div class="comments" id="comments"><h4 class="block-title"><span>3 COMMENTS</span></h4><ol class="comment-list"><li class="comment"><div class="comment-content"><p>Third time this year my daughter has been stuck in Brussels. Sort it out.</p></div></li></ol>
<div id="respond" class="comment-respond"><h4 class="block-title"><span>LEAVE A REPLY</span></h4><p class="comment-form-input-wrap td-form-comment">Please enter your comment!</p></div></div>
</article></div></div>
<div class="td-pb-span4 td-main-sidebar"><aside class="td_block_template_1 widget widget_mc4wp_form_widget"><h4 class="block-title"><span>Get the Gazette in your inbox</span></h4><p>Sign up for our free morning newsletter with the top stories from across the Kent coast.</p></aside>
<aside class="td_block_wrap td_block_popular"><h4 class="block-title"><span>MOST POPULAR</span></h4><div class="td-module-title"><a href="/2026/12/02/whitstable-oyster-beds/">Whitstable oyster beds closed after storm damage</a></div></aside></div></div></div></div>
<div class="td-footer-wrapper"><div class="td-footer-bottom-full"><div class="td-pb-row"><div class="footer-text-wrap">Kent Coast Gazette is your home for news, sport and what\u2019s on from Margate to Dungeness. Contact us: newsdesk@kentcoastgazette.co.uk</div></div></div>
<div class="td-sub-footer-container"><div class="td-pb-row"><div class="td-sub-footer-copy">\u00a9 Kent Coast Gazette 2026. All rights reserved.</div></div></div></div>
</div>
<script type="text/javascript" id="td-generated-footer-js">jQuery().ready(function(){{ tdPullDown.init(); }});</script>
</body>
</html>
"""
    must = [title, "Harriet Okafor, Allied Press", caption, "READ MORE: Folkestone Harbour Arm Christmas market",
            "- Advertisement -", "This article is published under licence from Allied Press.",
            "Margate lido reopening pushed back to summer", "Stories from the Allied Press wire",
            "Campaigners renew call for Ashford International trains", "Third time this year my daughter has been stuck in Brussels.",
            "Sign up for our free morning newsletter", "Whitstable oyster beds closed after storm damage",
            "\u00a9 Kent Coast Gazette 2026. All rights reserved."]
    return html, must


# ------------------------------------------------------------------ Medway Evening Post (AMP)
def page_amp(aid, paras):
    a = ART[aid]
    title, url = a["synd_titles"][1], a["synd_urls"][1]
    caption = "Passengers wait under the departure boards at St Pancras International in London (Image: Allied Press)"
    ld = {"@context": "http://schema.org", "@type": "ReportageNewsArticle", "headline": title, "url": url,
          "mainEntityOfPage": url, "datePublished": "2026-12-04T15:40:00Z", "dateModified": "2026-12-04T18:12:33Z",
          "author": "Harriet Okafor", "sourceOrganization": {"@type": "Organization", "name": "Allied Press"},
          "publisher": {"@type": "Organization", "name": "Medway Evening Post", "logo": {"@type": "ImageObject", "url": "https://www.medwayeveningpost.co.uk/amp-logo.png", "width": 600, "height": 60}},
          "image": {"@type": "ImageObject", "url": "https://i2-prod.medwayeveningpost.co.uk/incoming/article8841.ece/ALTERNATES/s1200/0_st-pancras.jpg", "width": 1200, "height": 800}}
    ps = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    html = f"""<!doctype html>
<html amp lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<title>{esc(title)} - Medway Evening Post</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="{attr(title)}"><meta property="og:site_name" content="Medway Evening Post"><meta property="og:url" content="{url}">
<script type="application/ld+json">{jsonld(ld)}</script>
<style amp-custom>body{{font-family:Georgia,serif}}.article-body p{{margin:0 0 16px}}.byline{{font-size:14px}}</style>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"mep-consent","consentRequired":true,"promptUI":"consent-ui"}}</script><div id="consent-ui" class="consent-ui"><p>We and our partners use cookies and similar technologies to personalise content and ads. You can change your choices at any time.</p><button on="tap:consent.accept">I Accept</button><button on="tap:consent.reject">Reject All</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="https://www.medwayeveningpost.co.uk/news/">News</a></li><li><a href="https://www.medwayeveningpost.co.uk/sport/">Sport</a></li><li><a href="https://www.medwayeveningpost.co.uk/whats-on/">What's On</a></li></ul></amp-sidebar>
<header class="mast"><button on="tap:sidebar.toggle" class="burger">Menu</button><a href="https://www.medwayeveningpost.co.uk/" class="logo">Medway Evening Post</a></header>
<main><article class="article">
<p class="kicker">Transport</p>
<h1 class="headline">{esc(title)}</h1>
<p class="standfirst">Only four of 38 scheduled services ran as crews walked out in a row over rest periods</p>
<div class="byline"><span class="author">Harriet Okafor</span> | <span class="agency">Allied Press</span><div class="time-info"><time datetime="2026-12-04T15:40:00Z">15:40, 4 DEC 2026</time><span class="updated">Updated 18:12, 4 DEC 2026</span></div></div>
<div class="share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>
<figure class="lead-image"><amp-img src="https://i2-prod.medwayeveningpost.co.uk/incoming/article8841.ece/ALTERNATES/s615/0_st-pancras.jpg" width="615" height="410" layout="responsive" alt="St Pancras departures board"></amp-img><figcaption>{esc(caption)}</figcaption></figure>
<div class="article-body">
{ps}
<div class="newsletter-promo"><p><strong>Get the latest Medway news straight to your inbox - sign up to our free newsletter here</strong></p></div>
</div>
</article>
<section class="most-read"><h2>Most Read</h2><ol><li><a href="https://www.medwayeveningpost.co.uk/news/chatham-dockyard-ice-rink-8832">Chatham Dockyard ice rink sells out opening weekend</a></li><li><a href="https://www.medwayeveningpost.co.uk/news/a2-roadworks-strood-8829">A2 roadworks near Strood to last until March</a></li></ol></section>
</main>
<footer><p>Medway Evening Post is part of Southern Coast Media Ltd. \u00a9 2026 Southern Coast Media Ltd</p><a href="{url}">View full site</a></footer>
<amp-analytics type="googleanalytics" id="analytics1"><script type="application/json">{{"vars":{{"account":"UA-000000-1"}},"triggers":{{"trackPageview":{{"on":"visible","request":"pageview"}}}}}}</script></amp-analytics>
</body>
</html>
"""
    must = [title, "Only four of 38 scheduled services ran as crews walked out", "15:40, 4 DEC 2026", "Updated 18:12, 4 DEC 2026",
            caption, "Get the latest Medway news straight to your inbox", "Chatham Dockyard ice rink sells out opening weekend",
            "Medway Evening Post is part of Southern Coast Media Ltd.", "We and our partners use cookies"]
    return html, must


# ------------------------------------------------------------------ Oberrhein-Kurier (SPIEGEL-style)
def page_obk(aid, paras):
    a = ART[aid]
    caption = "Ein Nachtzug der Alpenbahn im Hamburger Hauptbahnhof: Die Verbindung nach Wien endet am 30. Dezember"
    credit = "Foto: Jens Albrecht / dpa"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "url": a["url"],
          "datePublished": "2026-12-06T15:05:00+01:00", "dateModified": "2026-12-06T17:48:21+01:00",
          "author": [{"@type": "Person", "name": "Anna Schmidt"}], "isAccessibleForFree": "True", "inLanguage": "de",
          "publisher": {"@type": "Organization", "name": "Oberrhein-Kurier", "logo": {"@type": "ImageObject", "url": "https://cdn.oberrhein-kurier.de/static/logo.png"}}}
    ps = []
    for i, p in enumerate(paras):
        ps.append(f'<div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap"><p>{esc(p)}</p></div>')
        if i == 1:
            ps.append('<section class="relative" data-area="related_articles"><p class="font-sansUI text-s">Mehr zum Thema</p><ul><li><a href="https://www.oberrhein-kurier.de/panorama/nachtzug-test-schlafwagen-id4460113.html" title="Schlafwagen im Test"><span>Zwölf Stunden im Schlafwagen: Wie gut schläft man im Nachtzug?</span></a></li></ul></section>')
    html = f"""<!DOCTYPE html>
<html lang="de" class="no-js" data-theme="light">
<head>
<meta charset="utf-8">
<title>Nachtzug Hamburg\u2013Wien: Verbindung wird eingestellt - Oberrhein-Kurier</title>
<meta name="description" content="Die direkte Nachtzugverbindung zwischen Hamburg und Wien endet am 30. Dezember. Der Betreiber nennt fehlende Schlafwagen als Grund.">
<meta name="author" content="Oberrhein-Kurier, Hamburg, Germany">
<meta name="date" content="2026-12-06T15:05:00+01:00">
<meta name="last-modified" content="2026-12-06T17:48:21+01:00">
<meta property="og:title" content="Nachtzug Hamburg\u2013Wien: Verbindung wird eingestellt">
<meta property="og:site_name" content="Oberrhein-Kurier">
<meta property="og:url" content="{a['url']}">
<meta property="og:locale" content="de_DE">
<link rel="canonical" href="{a['url']}">
<script type="application/ld+json">[{jsonld(ld)},{{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{{"@type":"ListItem","position":1,"name":"Panorama","item":"https://www.oberrhein-kurier.de/panorama/"}}]}}]</script>
<script>window.OK_CONFIG = {{"contentId":"4471982","channel":"panorama","paywall":false,"consent":{{"vendor":"sourcepoint","propertyId":31337}}}};</script>
</head>
<body class="bg-white dark:bg-black">
<div id="sp_message_container_994621" class="sp_veil"><div class="message-container"><p>Wir und unsere Partner verwenden Cookies und \u00e4hnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe zu analysieren. Mit Klick auf \u201eAkzeptieren und weiter\u201c willigen Sie ein.</p><button title="Akzeptieren und weiter">Akzeptieren und weiter</button><button>Zum Pur-Abo</button></div></div>
<header data-area="masthead"><a href="https://www.oberrhein-kurier.de/" title="Oberrhein-Kurier Startseite">Oberrhein-Kurier</a>
<nav data-area="navigation_bar"><ul><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/panorama/">Panorama</a></li><li><a href="/sport/">Sport</a></li><li><a href="/region/">Region</a></li><li><a href="/kultur/">Kultur</a></li></ul></nav>
<a href="/abo/" data-area="subscribe">Abonnement</a><a href="/anmelden/">Anmelden</a></header>
<main id="Inhalt"><article aria-label="{attr(a['title'])}" data-area="article">
<header data-area="intro"><h2 class="font-serifUI"><span class="text-primary-base">Bahnverkehr</span><span class="sr-only">:</span>
<span class="align-middle">{esc(a['title'])}</span></h2>
<div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl sm:text-l"><strong>Die Nachtzugverbindung zwischen Hamburg und Wien endet nach nur drei Jahren. Fahrgastverb\u00e4nde sind entsetzt.</strong></div>
<div class="font-sansUI lg:text-base md:text-base sm:text-s text-shade-dark"><time datetime="2026-12-06 15:05:00" class="timeformat">06.12.2026, 15.05 Uhr</time></div>
<div class="font-sansUI" data-area="author">Von Anna Schmidt, dpa</div>
<div data-area="social_bar"><button>Zur Merkliste hinzuf\u00fcgen</button><button>Link kopieren</button><button>Weitere Optionen zum Teilen</button><span>X.com</span><span>Facebook</span><span>E-Mail</span></div>
</header>
<div data-area="top_element&gt;image"><figure><img src="https://cdn.oberrhein-kurier.de/images/4471982-nachtzug.jpg" alt="Nachtzug in Hamburg" width="920" height="518"><figcaption><p>{esc(caption)}</p><span>{esc(credit)}</span></figcaption></figure></div>
<section class="relative" data-area="body">
{chr(10).join(ps)}
<div class="RichText"><p><em>jas/dpa</em></p></div>
</section>
<div data-area="article_footer"><p>Dieser Artikel wurde automatisch aus dem dpa-Nachrichtendienst \u00fcbernommen und redaktionell bearbeitet.</p>
<div data-area="comments_info"><span>Diskutieren Sie mit</span><span>12 Kommentare</span></div></div>
</article>
<aside data-area="most_read"><h2>Meistgelesen</h2><ol><li><a href="/region/freiburg-weihnachtsmarkt-besucherrekord-id4470015.html">Freiburger Weihnachtsmarkt meldet Besucherrekord am ersten Wochenende</a></li><li><a href="/sport/sc-freiburg-pokal-id4469930.html">SC-Fans feiern Pokal-Coup bis in die Nacht</a></li></ol></aside>
<aside data-area="newsletter"><p>Der Morgen-Newsletter: Alles, was heute wichtig ist \u2013 jeden Werktag um 6 Uhr in Ihrem Postfach.</p><button>Jetzt kostenlos abonnieren</button></aside>
</main>
<footer><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/agb/">Nutzungsbedingungen</a></li><li>Cookies &amp; Tracking</li></ul><p>\u00a9 Oberrhein-Kurier Verlag GmbH &amp; Co. KG, Freiburg im Breisgau 2026. Alle Rechte vorbehalten.</p></footer>
</body>
</html>
"""
    must = ["Die Nachtzugverbindung zwischen Hamburg und Wien endet nach nur drei Jahren.", "06.12.2026, 15.05 Uhr", "Von Anna Schmidt, dpa",
            caption, "Zwölf Stunden im Schlafwagen", "Dieser Artikel wurde automatisch aus dem dpa-Nachrichtendienst",
            "Freiburger Weihnachtsmarkt meldet Besucherrekord", "Der Morgen-Newsletter: Alles, was heute wichtig ist",
            "Wir und unsere Partner verwenden Cookies", "Oberrhein-Kurier Verlag GmbH"]
    return html, must


# ------------------------------------------------------------------ Hessische Abendpost (SZ-style)
def page_hap(aid, paras, title, url, byline, pub_text, upd_text, pub_iso, mod_iso, teaser, caption, ld_author, dpa_id):
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": title, "mainEntityOfPage": url, "url": url,
         "datePublished": pub_iso, "dateModified": mod_iso, "author": ld_author, "inLanguage": "de-DE",
         "publisher": {"@id": "https://www.hessische-abendpost.de/#publisher"}, "isAccessibleForFree": True},
        {"@type": "NewsMediaOrganization", "@id": "https://www.hessische-abendpost.de/#publisher", "name": "Hessische Abendpost", "url": "https://www.hessische-abendpost.de/"}]}
    ps = []
    for i, p in enumerate(paras):
        ps.append(f'<p data-manual="paragraph" class="css-13wylk3">{esc(p)}</p>')
        if i == 2:
            ps.append('<aside class="css-1r5n6ss" data-manual="teaserlink"><span class="css-1bhnxuf">Lesen Sie auch</span><a href="https://www.hessische-abendpost.de/wirtschaft/bahn-fahrplanwechsel-2026-art-2229811" class="css-1d0hgvb"><span>Fahrplanwechsel: Was sich f\u00fcr Pendler in Hessen \u00e4ndert</span></a></aside>')
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="UTF-8">
<title>{esc(title)} | Hessische Abendpost</title>
<meta name="description" content="{attr(teaser)}">
<meta property="og:title" content="{attr(title)}"><meta property="og:type" content="article"><meta property="og:url" content="{url}"><meta property="og:site_name" content="Hessische Abendpost">
<meta property="article:published_time" content="{pub_iso}"><meta property="article:modified_time" content="{mod_iso}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{jsonld(ld)}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"page_type":"article","ressort":"wirtschaft","paid":false,"article_id":"{url.rsplit('-', 1)[1]}"}});</script>
</head>
<body class="css-1f2bgcn">
<div id="cmp-banner" class="css-cmp"><p>Wir verwenden Cookies und andere Technologien, um unser Angebot f\u00fcr Sie zu verbessern. Details finden Sie in unserer Datenschutzerkl\u00e4rung.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>
<header class="css-8fnqse"><a class="css-1xq1wda" href="https://www.hessische-abendpost.de/">Hessische Abendpost</a><nav class="css-1nkl8bl"><a href="/politik">Politik</a><a href="/wirtschaft">Wirtschaft</a><a href="/frankfurt">Frankfurt</a><a href="/region">Region</a><a href="/sport">Sport</a><a href="/kultur">Kultur</a></nav><a href="/plus/abo">HA+ testen</a></header>
<main class="css-1ixyefr"><article class="sz-article css-1jbthm7" data-manual="article">
<header class="sz-article-header css-9k4g2b" data-manual="article-header">
<ul class="css-1f5u9ed"><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/thema/bahn">Bahn</a></li></ul>
<h2 class="css-1tm5due" data-manual="title"><span class="css-1tm5due-kicker">Bahnverkehr</span><span class="css-1h4bn0t">{esc(title)}</span></h2>
<p class="css-1485smx" data-manual="teaserText">{esc(teaser)}</p>
<div class="css-1r5gb7q"><time class="css-1tw5tmf" datetime="{pub_iso}" data-manual="date-time">{esc(pub_text)}</time><span class="css-upd">{esc(upd_text)}</span></div>
<div class="css-1fbtapm" data-manual="author"><span class="css-auth">{esc(byline)}</span></div>
<div class="css-share"><button aria-label="Artikel teilen">Teilen</button><button>Feedback</button><span class="css-cc">5 Kommentare</span></div>
</header>
<figure class="css-1bmc0i0"><img src="https://www.hessische-abendpost.de/img/2231907/nachtzug.jpg" alt="Schlafwagen" width="1200" height="675"><figcaption class="css-1dhyk2b"><span>{esc(caption)}</span><span class="css-credit">(Foto: Christoph Wendt/dpa)</span></figcaption></figure>
<div itemprop="articleBody" class="sz-article-body css-1lh5mr2" data-manual="article-body">
{chr(10).join(ps)}
</div>
<div class="css-copy"><p class="css-dpa">\u00a9 dpa-infocom, {dpa_id}</p></div>
<div class="css-newsletter"><p>Newsletter Wirtschaft: Die wichtigsten Nachrichten aus der hessischen Wirtschaft \u2013 jeden Freitag kostenlos.</p><button>Jetzt anmelden</button></div>
</article>
<aside class="css-mostread"><h3>Meistgelesen</h3><ol><li><a href="/frankfurt/messe-besucherzahlen-art-2231102">Messe Frankfurt meldet bestes Jahr seit 2019</a></li><li><a href="/region/kassel-tram-neubaustrecke-art-2230950">Kassel: Neue Tramstrecke nach Baunatal genehmigt</a></li></ol></aside>
</main>
<footer class="css-footer"><p>\u00a9 Hessische Abendpost GmbH, Frankfurt am Main 2026</p><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a><a href="/kontakt">Kontakt</a></footer>
</body>
</html>
"""
    must = [teaser, pub_text, upd_text, caption, "Fahrplanwechsel: Was sich für Pendler in Hessen ändert",
            "Newsletter Wirtschaft: Die wichtigsten Nachrichten", "Messe Frankfurt meldet bestes Jahr seit 2019",
            "Wir verwenden Cookies und andere Technologien", "Hessische Abendpost GmbH, Frankfurt am Main 2026",
            "dpa-infocom, " + dpa_id]
    if len(byline) >= 10:
        must.append(byline)
    return html, must


# ------------------------------------------------------------------ Le Courrier rhodanien (Le Monde-style)
def page_courrier(aid, paras):
    a = ART[aid]
    desc = "L\u2019exploitant de la ligne juge \u00ab insoutenable \u00bb la hausse de 15 % des p\u00e9ages pr\u00e9vue en 2027 pour les trains circulant la nuit."
    caption = "Le train de nuit Paris-Nice en gare d\u2019Antibes, en juillet 2026."
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
          "headline": a["title"], "description": desc, "datePublished": "2026-12-03T08:15:03+01:00", "dateModified": "2026-12-03T17:40:22+01:00",
          "author": {"@type": "Person", "name": "Claire Martin", "url": "https://www.lecourrierrhodanien.fr/signataires/claire-martin/"},
          "publisher": {"@type": "Organization", "name": "Le Courrier rhodanien", "logo": {"@type": "ImageObject", "url": "https://www.lecourrierrhodanien.fr/img/lcr-logo.png"}},
          "isAccessibleForFree": False, "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article__content--restricted-media"}}
    ps = []
    for i, p in enumerate(paras):
        ps.append(f'<p class="article__paragraph ">{esc(p)}</p>')
        if i == 1:
            ps.append('<section class="catcher catcher--inline"><span class="catcher__title">Lire aussi | </span><a class="js-article-read-also" href="https://www.lecourrierrhodanien.fr/economie/article/2026/10/14/trains-de-nuit-la-grande-illusion_6119001_3234.html">Trains de nuit : le grand retour n\u2019a pas eu lieu</a></section>')
    html = f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])}</title>
<meta name="description" content="{attr(desc)}">
<meta property="og:title" content="{attr(a['title'])}"><meta property="og:description" content="{attr(desc)}"><meta property="og:url" content="{a['url']}"><meta property="og:site_name" content="Le Courrier rhodanien"><meta property="og:locale" content="fr_FR"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-12-03T08:15:03+01:00"><meta property="article:modified_time" content="2026-12-03T17:40:22+01:00"><meta property="article:author" content="Claire Martin">
<link rel="canonical" href="{a['url']}">
<script type="application/ld+json">{jsonld(ld)}</script>
<script>var lcr_ads_config = {{"page_type":"article","rubrique":"economie","premium":true,"article_id":6123456}};</script>
</head>
<body class="page--article">
<div class="gdpr-lcr-banner" id="cmp"><p>Le Courrier rhodanien et ses partenaires utilisent des cookies pour mesurer l\u2019audience, personnaliser les contenus et la publicit\u00e9. Vous pouvez accepter, refuser ou param\u00e9trer vos choix.</p><button class="gdpr-lcr-button">Accepter</button><button>Refuser et s\u2019abonner</button></div>
<header class="Header"><a class="Header__logo" href="https://www.lecourrierrhodanien.fr/">Le Courrier rhodanien</a><nav class="Nav"><ul class="Nav__list"><li>Actualit\u00e9s</li><li>International</li><li>Politique</li><li>Soci\u00e9t\u00e9</li><li>\u00c9conomie</li><li>R\u00e9gion</li><li>Culture</li></ul></nav><a class="Header__subscribe" href="/abonnement/">S\u2019abonner</a><a href="/connexion/">Se connecter</a></header>
<main id="habillagepub"><section class="zone zone--article old__zone">
<section class="article article--content"><header class="article__header article__header--content">
<ul class="breadcrumb"><li><a href="/economie/">\u00c9conomie</a></li><li><a href="/transports/">Transports</a></li></ul>
<h1 class="article__title">{esc(a['title'])}</h1>
<p class="article__desc">{esc(desc)}</p>
<div class="meta meta__publisher"><span class="meta__date meta__date--header">Publi\u00e9 le 3 d\u00e9cembre 2026 \u00e0 08h15, modifi\u00e9 le 3 d\u00e9cembre 2026 \u00e0 17h40</span><span class="meta__reading-time"><span class="icon__reading-time"></span>Temps de Lecture 3 min.</span></div>
<div class="meta__social"><button class="meta__social-link" data-share="facebook">Partager sur Facebook</button><button data-share="email">Envoyer par e-mail</button><button data-share="twitter">Partager sur X</button><button>Offrir cet article</button></div>
<span class="article__premium-label">Article r\u00e9serv\u00e9 aux abonn\u00e9s</span>
</header>
<article class="article__content old__article-content-single">
<figure class="article__media"><img src="https://img.lecourrierrhodanien.fr/2026/12/03/0/0/4000/2667/664/0/75/0/a1b2c3d_train-nuit.jpg" alt=""><figcaption class="article__legend">{esc(caption)} <span class="article__credit">VALENTIN ROUX / HANS LUCAS</span></figcaption></figure>
{chr(10).join(ps)}
</article>
<footer class="article__footer"><section class="author"><span class="author__name">Claire Martin</span><span class="author__desc">(Lyon, correspondante)</span></section>
<section class="article__siblings"><span class="article__siblings-title">Contribuer</span><p>R\u00e9utiliser ce contenu</p></section>
<p class="article__comments">Voir les 27 contributions</p></footer>
</section>
<aside class="aside__iso"><section class="services"><h3>Les plus lus</h3><ol><li><a href="/region/article/2026/12/02/lyon-fete-des-lumieres-programme_6123301_3236.html">F\u00eate des lumi\u00e8res : le programme complet de l\u2019\u00e9dition 2026</a></li><li><a href="/societe/article/2026/12/02/grenoble-neige-routes_6123288_3224.html">Neige : routes coup\u00e9es dans le massif de Belledonne</a></li></ol></section>
<section class="newsletter"><p>La lettre \u00c9co du Courrier : chaque matin, l\u2019essentiel de l\u2019actualit\u00e9 \u00e9conomique de la r\u00e9gion.</p><button>S\u2019inscrire</button></section></aside>
</section></main>
<footer class="Footer"><p>\u00a9 Le Courrier rhodanien - Reproduction interdite de tous les articles du site, sauf accord de la r\u00e9daction.</p><ul><li>Mentions l\u00e9gales</li><li>Conditions g\u00e9n\u00e9rales</li><li>Gestion des cookies</li></ul></footer>
</body>
</html>
"""
    must = [desc, "Publié le 3 décembre 2026 à 08h15, modifié le 3 décembre 2026 à 17h40", "Temps de Lecture 3 min.", caption,
            "Trains de nuit : le grand retour n’a pas eu lieu", "Article réservé aux abonnés", "Voir les 27 contributions",
            "Fête des lumières : le programme complet", "La lettre Éco du Courrier", "Reproduction interdite de tous les articles du site",
            "Partager sur Facebook"]
    return html, must


# ------------------------------------------------------------------ Diario Peninsular (El País-style)
def page_peninsular(aid, paras):
    a = ART[aid]
    sub = "Ferrocarriles Ib\u00e9ricos de Noche alquila doce coches cama a un operador austriaco y recibir\u00e1 18 millones de los dos Gobiernos"
    caption = "Un tren nocturno en la estaci\u00f3n de Chamart\u00edn, en Madrid, en una imagen de archivo."
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "alternativeHeadline": sub, "url": a["url"],
          "datePublished": "2026-12-02T10:45:32+01:00", "dateModified": "2026-12-02T13:02:10+01:00",
          "author": [{"@type": "Person", "name": "Luc\u00eda Ferrer", "url": "https://diariopeninsular.es/autor/lucia-ferrer/"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Diario Peninsular", "logo": {"@type": "ImageObject", "url": "https://static.diariopeninsular.es/dp/logo.png"}},
          "articleSection": "Econom\u00eda", "inLanguage": "es"}
    ps = []
    for i, p in enumerate(paras):
        ps.append(f"<p>{esc(p)}</p>")
        if i == 2:
            ps.append('<div class="a_ei"><span class="a_ei_t">M\u00e1s informaci\u00f3n</span><a href="https://diariopeninsular.es/economia/2026-10-20/los-trenes-de-noche-vuelven-a-europa.html">Los trenes de noche vuelven a Europa, pero no a Espa\u00f1a</a></div>')
    html = f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Econom\u00eda | Diario Peninsular</title>
<meta name="description" content="{attr(sub)}">
<meta property="og:title" content="{attr(a['title'])}"><meta property="og:url" content="{a['url']}"><meta property="og:site_name" content="Diario Peninsular"><meta property="og:locale" content="es_ES">
<meta name="date" content="2026-12-02T10:45:32+01:00"><meta name="author" content="Luc\u00eda Ferrer">
<link rel="canonical" href="{a['url']}">
<script type="application/ld+json">{jsonld(ld)}</script>
<script>window.DTM = {{"pageInfo":{{"pageType":"articulo","section":"economia","author":"Luc\u00eda Ferrer"}}}};</script>
</head>
<body>
<div id="didomi-host"><div class="didomi-popup"><p>Nosotros y nuestros socios utilizamos cookies para almacenar y acceder a informaci\u00f3n personal como su actividad de navegaci\u00f3n.</p><button>Aceptar y continuar</button><button>Configurar</button></div></div>
<header class="_g _g-h"><a class="_g-l" href="https://diariopeninsular.es/">DIARIO PENINSULAR</a><nav class="sm"><a href="/espana/">Espa\u00f1a</a><a href="/internacional/">Internacional</a><a href="/economia/">Econom\u00eda</a><a href="/sociedad/">Sociedad</a><a href="/cultura/">Cultura</a><a href="/deportes/">Deportes</a></nav><a class="_btn" href="/suscripciones/">SUSCR\u00cdBETE</a><a href="/login">INICIAR SESI\u00d3N</a></header>
<main id="main-content"><article id="main-content-article" class="a _g _g-lg _g-o">
<header class="a_e"><div class="a_k"><a href="/economia/transporte/" class="a_k_n">Transporte</a></div>
<h1 class="a_t">{esc(a['title'])}</h1>
<h2 class="a_st">{esc(sub)}</h2>
<figure class="a_m a_m-h"><span class="a_m_w"><img src="https://imagenes.diariopeninsular.es/resizer/v2/tren-nocturno.jpg?width=1960" alt="{attr(caption)}"></span><figcaption class="a_m_p"><span>{esc(caption)}</span><span class="a_m_m">SAMUEL ARCE</span></figcaption></figure>
</header>
<div class="a_md"><div class="a_md_txt"><div class="a_md_a"><a href="https://diariopeninsular.es/autor/lucia-ferrer/" class="a_md_a_n">Luc\u00eda Ferrer</a></div>
<div class="a_md_f"><span>Madrid - </span><a title="Ver todas las noticias de esta fecha" href="/hemeroteca/2026-12-02/"><span data-date="2026-12-02T10:45:32+01:00">02 dic 2026 - 10:45 CET</span></a></div></div>
<div class="a_md_sh"><button>Compartir en Whatsapp</button><button>Compartir en Facebook</button><button>Copiar enlace</button><span class="a_md_c">Comentarios (14)</span></div></div>
<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">
{chr(10).join(ps)}
</div>
<div class="w_rs"><p>Sigue toda la informaci\u00f3n de Econom\u00eda y Negocios en Facebook y X, o en nuestra newsletter semanal</p></div>
<div class="a_ad"><p>Archivado En</p><ul><li>Ferrocarril</li><li>Trenes nocturnos</li><li>Portugal</li></ul></div>
<div class="a_bio"><p>Luc\u00eda Ferrer es redactora de Econom\u00eda, especializada en transporte e infraestructuras. Licenciada en Periodismo por la Universidad de Valencia.</p></div>
</article>
<aside class="b b-mv"><h3>Lo m\u00e1s visto</h3><ol><li><a href="/espana/2026-12-01/temporal-galicia.html">El temporal deja sin luz a 40.000 hogares en Galicia</a></li><li><a href="/economia/2026-12-01/precio-alquiler-madrid.html">El alquiler en Madrid marca otro r\u00e9cord en noviembre</a></li></ol></aside>
</main>
<footer class="_g-f"><p>\u00a9 Ediciones Peninsulares S.L. Todos los derechos reservados. Aviso legal \u00b7 Pol\u00edtica de cookies \u00b7 Contacto</p></footer>
</body>
</html>
"""
    must = [sub, caption, "02 dic 2026 - 10:45 CET", "Los trenes de noche vuelven a Europa, pero no a España", "Comentarios (14)",
            "Sigue toda la información de Economía y Negocios", "Lucía Ferrer es redactora de Economía",
            "El temporal deja sin luz a 40.000 hogares", "Ediciones Peninsulares S.L. Todos los derechos reservados",
            "Nosotros y nuestros socios utilizamos cookies"]
    return html, must


# ------------------------------------------------------------------ Corriere Padano (Corriere-style)
def page_padano(aid, paras):
    a = ART[aid]
    sub = "Le carrozze letto spostate sulla Roma-Vienna. I sindaci della costa tirrenica: \u00abUn colpo per studenti e lavoratori fuori sede\u00bb"
    caption = "Un treno notturno in sosta alla stazione di Reggio Calabria Centrale (foto Archivio)"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": sub,
          "url": a["url"], "datePublished": "2026-12-05T19:20:00+01:00", "dateModified": "2026-12-06T08:14:00+01:00",
          "author": {"@type": "Person", "name": "Marco Bellandi"},
          "publisher": {"@type": "Organization", "name": "Corriere Padano", "logo": {"@type": "ImageObject", "url": "https://static.corrierepadano.it/images/logo-corriere-padano.png"}}}
    ps = []
    for i, p in enumerate(paras):
        ps.append(f'<p class="chapter-paragraph">{esc(p)}</p>')
        if i == 1:
            ps.append('<div class="box-correlati"><span class="box-correlati__title">LEGGI ANCHE</span><ul><li><a href="https://www.corrierepadano.it/cronache/26_novembre_20/intercity-notte-ritardi.shtml">Intercity Notte, ritardi record: un treno su tre arriva oltre i 30 minuti</a></li></ul></div>')
    html = f"""<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="UTF-8">
<title>{esc(a['title'])} - Corriere Padano</title>
<meta name="description" content="{attr(sub)}">
<meta property="og:title" content="{attr(a['title'])}"><meta property="og:url" content="{a['url']}"><meta property="og:site_name" content="Corriere Padano"><meta property="og:type" content="article">
<meta name="author" content="Marco Bellandi">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{a['url']}">
<link rel="amphtml" href="{a['url'].replace('.shtml', '_amp.html')}">
<script type="application/ld+json">{jsonld(ld)}</script>
<script>var utag_data = {{"page_type":"articolo","section":"cronache","author":"Marco Bellandi","pub_date":"2026-12-05"}};</script>
</head>
<body class="is-article">
<div id="privacy-cp-wall"><p>Questo sito utilizza cookie di profilazione, propri e di terze parti, per inviarti pubblicit\u00e0 in linea con le tue preferenze. Puoi accettare, rifiutare o abbonarti senza cookie.</p><button>Accetta</button><button>Abbonati</button></div>
<header class="header-main"><a class="logo" href="https://www.corrierepadano.it/">Corriere Padano</a><nav class="nav-main"><a href="/politica/">Politica</a><a href="/cronache/">Cronache</a><a href="/economia/">Economia</a><a href="/sport/">Sport</a><a href="/cultura/">Cultura</a><a href="/milano/">Milano</a></nav><a class="btn-abbonati" href="/abbonamenti/">Abbonati</a><a href="/login/">Accedi</a></header>
<main><div class="bck-main-content"><div class="content">
<div class="is-section-title"><span>Cronache</span></div>
<h1 class="title-art-hp is-xxlarge is-line-h-106">{esc(a['title'])}</h1>
<h2 class="summary-art is-medium">{esc(sub)}</h2>
<div class="is-info-author"><p class="writer">di <strong>Marco Bellandi</strong></p></div>
<p class="is-last-update" datetime="2026-12-05T19:20:00+01:00">5 dicembre 2026 (modifica il 6 dicembre 2026 | 08:14)</p>
<div class="social-share"><span>Condividi</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Mail</a></div>
<figure class="media-news"><img src="https://images2.corrierepadano.it/cronache/2026/12/05/treno-notte-reggio.jpg" alt="treno notturno"><figcaption class="media-news__caption">{esc(caption)}</figcaption></figure>
<div class="content-art" id="content-to-read">
<p class="chapter-paragraph"><strong>Ascolta l\u2019articolo</strong> 3 min</p>
{chr(10).join(ps)}
</div>
<div class="bck-newsletter"><p>La newsletter del Corriere Padano: iscriviti per ricevere ogni mattina le notizie pi\u00f9 importanti.</p></div>
<div class="comments-count"><span>42 commenti</span></div>
<p class="copyright-article">\u00a9 RIPRODUZIONE RISERVATA</p>
</div></div>
<aside class="most-viewed"><h3>I pi\u00f9 letti</h3><ol><li><a href="/milano/26_dicembre_05/sant-ambrogio-prima-scala.shtml">Prima della Scala, la lista degli ospiti</a></li><li><a href="/cronache/26_dicembre_04/nebbia-a4-incidenti.shtml">Nebbia sulla A4, tre incidenti tra Brescia e Verona</a></li></ol></aside>
</main>
<footer class="footer"><p>Copyright 2026 \u00a9 Editoriale Padana S.p.A. Tutti i diritti sono riservati | Per la pubblicit\u00e0: Padana Media S.r.l. | P.IVA 01234560153</p></footer>
</body>
</html>
"""
    must = [sub, "5 dicembre 2026 (modifica il 6 dicembre 2026 | 08:14)", caption, "Ascolta l’articolo",
            "Intercity Notte, ritardi record", "La newsletter del Corriere Padano", "RIPRODUZIONE RISERVATA",
            "Prima della Scala, la lista degli ospiti", "Editoriale Padana S.p.A.", "Questo sito utilizza cookie di profilazione"]
    return html, must


# ------------------------------------------------------------------ Diário do Tejo (Público-style)
def page_tejo(aid, paras):
    a = ART[aid]
    lead = "Ferrocarriles Ib\u00e9ricos de Noche vai usar carruagens-cama alugadas a um operador austr\u00edaco. Especialistas avisam que a solu\u00e7\u00e3o deixa o servi\u00e7o vulner\u00e1vel."
    caption = "A antiga liga\u00e7\u00e3o nocturna foi suspensa em 2022"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": lead,
          "url": a["url"], "datePublished": "2026-12-02T23:40:00Z", "dateModified": "2026-12-03T09:12:00Z",
          "author": [{"@type": "Person", "name": "Joana Teixeira"}], "inLanguage": "pt-PT",
          "publisher": {"@type": "Organization", "name": "Di\u00e1rio do Tejo"}}
    ps = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    html = f"""<!DOCTYPE html>
<html lang="pt-PT" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | Economia | Di\u00e1rio do Tejo</title>
<meta name="description" content="{attr(lead)}">
<meta property="og:title" content="{attr(a['title'])}"><meta property="og:url" content="{a['url']}"><meta property="og:site_name" content="Di\u00e1rio do Tejo"><meta property="og:locale" content="pt_PT">
<meta name="article:published_time" content="2026-12-02T23:40:00Z">
<link rel="canonical" href="{a['url']}">
<script type="application/ld+json">{jsonld(ld)}</script>
<script>window.DT = {{"story":{{"id":2103344,"paywall":"metered","section":"economia"}}}};</script>
</head>
<body class="story-page">
<div id="cookie-notice" class="cookie-notice"><p>Utilizamos cookies para melhorar a sua experi\u00eancia. Ao continuar a navegar, est\u00e1 a consentir a sua utiliza\u00e7\u00e3o.</p><button>Aceitar</button></div>
<header id="masthead" class="site-header"><a class="site-header__logo" href="https://www.diariodotejo.pt/">Di\u00e1rio do Tejo</a><nav class="site-nav"><a href="/politica">Pol\u00edtica</a><a href="/sociedade">Sociedade</a><a href="/local">Local</a><a href="/economia">Economia</a><a href="/mundo">Mundo</a><a href="/culturaipsilon">Cultura</a></nav><a class="button--subscribe" href="/assinaturas">Assinar</a><a href="/entrar">Entrar</a></header>
<main id="main"><article id="story" class="story" itemscope itemtype="http://schema.org/NewsArticle">
<header class="story__header"><div class="kicker"><a href="/economia/ferrovia" class="kicker__link">Ferrovia</a></div>
<h1 class="story__headline" itemprop="headline">{esc(a['title'])}</h1>
<div class="story__blurb lead" itemprop="description"><p>{esc(lead)}</p></div>
<div class="story__meta"><div class="byline"><span class="byline__name" itemprop="author">Joana Teixeira</span></div>
<time class="dateline" datetime="2026-12-02T23:40:00Z" itemprop="datePublished">2 de Dezembro de 2026, 23:40</time>
<div class="story__share"><span>Partilhar not\u00edcia</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Email</a><span class="comments-count">8 coment\u00e1rios</span></div></div>
</header>
<figure class="story__media"><img src="https://imagens.diariodotejo.pt/2026/12/02/comboio-nocturno.jpg" alt=""><figcaption class="media__caption">{esc(caption)} <span class="media__credit">Nuno Pires</span></figcaption></figure>
<div class="story__body" id="story-body" itemprop="articleBody">
{ps}
</div>
<div class="story__tags"><span>T\u00f3picos</span><a href="/topico/ferrovia">Ferrovia</a><a href="/topico/espanha">Espanha</a><a href="/topico/transportes">Transportes</a></div>
<aside class="support-box"><p>O jornalismo do Di\u00e1rio do Tejo depende dos seus leitores. Apoie o jornalismo independente: assine a partir de 1 euro por semana.</p></aside>
</article>
<aside class="most-read"><h3>Mais lidas</h3><ol><li><a href="/local/noticia/cheias-ribatejo-2103290">Cheias no Ribatejo: Almeirim e Salvaterra em alerta vermelho</a></li><li><a href="/economia/noticia/precos-habitacao-lisboa-2103275">Pre\u00e7os das casas em Lisboa voltam a subir</a></li></ol></aside>
</main>
<footer class="site-footer"><p>\u00a9 2026 Di\u00e1rio do Tejo, Comunica\u00e7\u00e3o Social S.A. Todos os direitos reservados.</p><a href="/estatuto-editorial">Estatuto Editorial</a><a href="/ficha-tecnica">Ficha T\u00e9cnica</a></footer>
</body>
</html>
"""
    must = [lead, "2 de Dezembro de 2026, 23:40", caption, "8 comentários", "O jornalismo do Diário do Tejo depende dos seus leitores.",
            "Cheias no Ribatejo: Almeirim e Salvaterra", "Comunicação Social S.A. Todos os direitos reservados.", "Utilizamos cookies para melhorar"]
    return html, must
