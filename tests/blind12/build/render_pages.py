# -*- coding: utf-8 -*-
"""The three saved pages: an Escenic-style Irish paper behind a paywall, a Gannett/Presto-style local paper and a
Vox Media/Chorus-style culture site."""
import json

from articles import ART
from common import F_CE, F_DE, F_LH, F_TC, P, T, attr, esc, mn, reg, write


def jsonld(d):
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"


# ================================================================ Dublin Evening Record (Escenic-like, paywall)
def build_de():
    aid = "de-liffey-gallery"
    a = ART[aid]
    ps = P(aid, keep=3)
    url = a["url"]
    deck = "Board blames €2.6m shortfall as free admission ends in March"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": T(aid), "description": deck,
          "datePublished": "2026-11-18T02:30:00+00:00", "dateModified": "2026-11-18T09:12:44+00:00",
          "author": [{"@type": "Person", "name": "Ciara Nolan",
                      "url": "https://www.dublinevening.ie/authors/ciara-nolan"}],
          "publisher": {"@type": "Organization", "name": "Dublin Evening Record",
                        "logo": {"@type": "ImageObject", "url": "https://www.dublinevening.ie/img/logo.png"}},
          "articleSection": "Irish News", "mainEntityOfPage": url, "isAccessibleForFree": "False",
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".paywalled"}}
    more = ["Ceiling collapse shuts Dublin’s Georgian house museum",
            "Temple Bar traders fear ‘lost Christmas’ as Dame Street works overrun",
            "Dublin Bus to cut four night routes from January"]
    mega = {"News": ["Irish News", "World News", "Courts", "Politics", "Health", "Education"],
            "Sport": ["GAA", "Soccer", "Rugby", "Racing", "Golf"], "Business": ["Markets", "Property", "Tech"],
            "Opinion": ["Editorial", "Letters"], "Life": ["Food & Drink", "Travel", "Arts", "Books"]}
    nav = "".join(f'<li class="mega-item"><a href="/{k.lower()}/">{esc(k)}</a><ul class="mega-sub">'
                  + "".join(f'<li><a href="/{k.lower()}/{v.lower().replace(" ", "-")}/">{esc(v)}</a></li>'
                            for v in vs) + "</ul></li>" for k, vs in mega.items())
    body = [f'<p>{esc(ps[0])}</p>',
            '<p class="inline-related"><strong>Read more</strong> <a href="/news/georgian-house-museums-storm-'
            'damage/a1918273645.html">Dublin’s Georgian house museums count cost of storm season</a></p>',
            f'<p>{esc(ps[1])}</p>', f'<p>{esc(ps[2])}</p>']
    page = f"""<!DOCTYPE html>
<html lang="en-IE"><head>
<meta charset="utf-8">
<title>{esc(T(aid))} | Dublin Evening Record</title>
<meta name="description" content="{attr(deck)}">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Dublin Evening Record">
<meta property="og:title" content="{attr(T(aid))}">
<meta property="og:description" content="{attr(deck)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://cdn.dublinevening.ie/images/liffey-gallery-1200.jpg">
<meta property="article:published_time" content="2026-11-18T02:30:00Z">
<meta property="article:modified_time" content="2026-11-18T09:12:44Z">
<meta property="article:section" content="Irish News">
<meta property="article:content_tier" content="locked">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@DubEveningRec">
<meta name="twitter:title" content="{attr(T(aid))}">
<meta name="author" content="Ciara Nolan">
<meta name="generator" content="Escenic Content Engine">
{jsonld(ld)}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"articleId":"41928374651","paywall":"metered","wordCount":212}});</script>
</head>
<body class="article-page section-irish-news">
<div id="didomi-host"><div class="didomi-popup" role="dialog"><h2>We value your privacy</h2>
<p>We and our 212 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, and audience research.</p>
<button>Accept all</button> <button>Manage options</button> <button>Continue without accepting</button></div></div>
<header class="site-header"><a class="logo" href="/">Dublin Evening Record</a>
<span class="header-date">Friday 27 November 2026</span>
<a class="btn-subscribe" href="/subscribe/">Subscribe</a> <a href="/login/">Sign in</a>
<nav class="mega-menu"><ul>{nav}</ul></nav></header>
<div class="breaking-ticker"><span class="label">BREAKING</span> <a href="/news/m50-lorry-fire/a1928399001.html">Gardaí close M50 northbound after lorry fire near Blanchardstown</a></div>
<main><article class="article">
<div class="kicker"><a href="/news/irish-news/">Irish News</a></div>
<h1 class="headline">{esc(T(aid))}</h1>
<p class="standfirst">{esc(deck)}</p>
<div class="byline"><span class="author">By CIARA NOLAN</span> <span class="role">Arts Correspondent</span></div>
<div class="timestamps"><time datetime="2026-11-18T02:30:00Z">November 18 2026 02:30 AM</time> <span class="updated">Updated: November 18 2026 09:12 AM</span></div>
<div class="share-tools"><a>Share on Facebook</a> <a>Share on X</a> <a>Share by email</a> <a class="comments-link" href="#comments">Comments (48)</a></div>
<figure class="lead-image"><img src="https://cdn.dublinevening.ie/images/liffey-gallery-800.jpg" alt=""><figcaption>The Liffey Gallery of Modern Art on Parnell Square. Photo: Niall Carson</figcaption></figure>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="paywalled paywall-prompt"><h3>Subscribe to continue reading</h3>
<p>This article is available to subscribers. Get unlimited access to the Dublin Evening Record for €1 for the first three months, then €4.99 a week. Cancel anytime.</p>
<a class="btn" href="/subscribe/?source=paywall">Subscribe now</a>
<p>Already a subscriber? <a href="/login/">Sign in</a></p></div>
<div class="topics">Topics: <a>Arts</a> <a>Dublin</a> <a>Museums</a></div>
</article>
<section id="comments"><h3>Comments (48)</h3><p>Join the conversation. Comments are open to subscribers and are moderated.</p></section>
<aside class="more-from"><h3>More from Irish News</h3><ul>{"".join(f"<li><a>{esc(m)}</a></li>" for m in more)}</ul></aside>
</main>
<footer class="site-footer"><p>Dublin Evening Record is a member of the Press Council of Ireland and adheres to the Code of Practice of the Press Council. If you wish to make a complaint, visit www.presscouncil.ie.</p>
<p>© Dublin Evening Record Media Ltd 2026. Registered in Ireland No. 482113. Registered office: 40 Abbey Street Lower, Dublin 1.</p>
<p><a>Terms &amp; Conditions</a> · <a>Privacy Statement</a> · <a>Cookie Policy</a> · <a>Manage cookie preferences</a></p></footer>
</body></html>
"""
    write(F_DE, page)
    reg(aid, F_DE, ps, [deck, "We value your privacy", "We and our 212 partners store and/or access information",
                        "Continue without accepting", "Friday 27 November 2026",
                        "Gardaí close M50 northbound after lorry fire near Blanchardstown", "Arts Correspondent",
                        "November 18 2026 02:30 AM", "Updated: November 18 2026 09:12 AM", "Share on Facebook",
                        "Comments (48)", "The Liffey Gallery of Modern Art on Parnell Square. Photo: Niall Carson",
                        "Read more Dublin’s Georgian house museums count cost of storm season",
                        "Subscribe to continue reading", "This article is available to subscribers.",
                        "Already a subscriber? Sign in", "Join the conversation. Comments are open to subscribers",
                        "More from Irish News", "Temple Bar traders fear ‘lost Christmas’ as Dame Street works overrun",
                        "Dublin Bus to cut four night routes from January", "Ceiling collapse shuts Dublin’s Georgian house museum",
                        "member of the Press Council of Ireland", "© Dublin Evening Record Media Ltd 2026",
                        "Registered office: 40 Abbey Street Lower, Dublin 1.", "Manage cookie preferences",
                        "By CIARA NOLAN"])


# ================================================================ Lakeshore Herald (Gannett/Presto-like)
def build_lh():
    aid = "lh-dino-hall"
    a = ART[aid]
    ps = P(aid)
    url = a["url"]
    seo = "Prairie Museum to close dinosaur hall, dismantle Big Hattie for $48M rebuild"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": T(aid),
          "alternativeHeadline": seo, "url": url, "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "datePublished": "2026-11-09T05:00:00-06:00", "dateModified": "2026-11-10T11:26:03-06:00",
          "author": [{"@type": "Person", "name": "Marcus Delaney", "jobTitle": "Culture reporter",
                      "url": "https://www.lakeshoreherald.com/staff/2671029001/marcus-delaney/"},
                     {"@type": "Person", "name": "Rosa Quintero", "jobTitle": "City Hall reporter",
                      "url": "https://www.lakeshoreherald.com/staff/2671033002/rosa-quintero/"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Lakeshore Herald",
                        "logo": {"@type": "ImageObject", "url": "https://www.lakeshoreherald.com/logo.png"}},
          "image": {"@type": "ImageObject", "url": "https://www.lakeshoreherald.com/gcdn/big-hattie.jpg",
                    "caption": "Big Hattie, the Allosaurus at the Prairie Museum."},
          "articleSection": "local", "isAccessibleForFree": True}
    tweet = ("Big Hattie is going on a two-year vacation. Our dinosaur hall closes Jan. 4 and reopens in 2029 "
             "with a whole new story to tell. pic.twitter.com/Hx7bQ2mLkP")
    mid = {
        1: '<p class="gnt_ar_b_p"><strong>Read more:</strong> <a href="https://www.lakeshoreherald.com/story/news/'
           'local/2026/10/22/chicago-museum-attendance-record/81011223007/">Chicago museums set attendance record '
           'as tourists return</a></p>',
        2: f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{esc(tweet)}</p>&mdash; Prairie Museum '
           '(@PrairieMuseum) <a href="https://twitter.com/PrairieMuseum/status/1855700112233">November 9, 2026</a>'
           '</blockquote>',
        3: '<figure class="gnt_em_vp"><div class="gnt_em_vp_v" data-video-id="81234999"></div><figcaption '
           'class="gnt_em_vp_c">Video: A last look inside the Prairie Museum’s dinosaur hall before it closes. '
           'Marcus Delaney, Lakeshore Herald</figcaption></figure>',
        4: '<aside class="gnt_em_nl"><h4>Get the Daily Briefing</h4><p>The day’s top Chicago stories, in your '
           'inbox every morning.</p><form><input type="email" placeholder="Email address"><button>Sign Up'
           '</button></form><p class="gnt_em_nl_l">By signing up you agree to our Terms of Service and Privacy '
           'Policy.</p></aside>',
    }
    paras = []
    for i, p in enumerate(ps):
        if i in mid:
            paras.append(mid[i])
        paras.append(f'<p class="gnt_ar_b_p">{esc(p)}</p>')
    menu = {"News": ["Local", "Illinois", "Crime", "Education", "Nation", "World"],
            "Sports": ["Bears", "Bulls", "Cubs", "White Sox", "High School"],
            "Entertainment": ["Things to Do", "Dining", "Museums", "Music"], "Life": [], "Money": [],
            "Opinion": [], "Obituaries": [], "e-Edition": [], "Legals": []}
    nav = "".join(f'<li class="gnt_n_mn_i"><a>{esc(k)}</a>' + (
        '<div class="gnt_n_mn_sub">' + "".join(f"<a>{esc(v)}</a>" for v in vs) + "</div>" if vs else "") + "</li>"
        for k, vs in menu.items())
    page = f"""<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(seo)}</title>
<link rel="canonical" href="{url}">
<meta name="description" content="The hall, home to the Allosaurus known as Big Hattie, will close in January for a two-year rebuild funded by a $30 million gift.">
<meta property="og:title" content="{attr(seo)}"><meta property="og:url" content="{url}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Lakeshore Herald">
<meta property="og:image" content="https://www.lakeshoreherald.com/gcdn/big-hattie.jpg">
<meta property="article:published_time" content="2026-11-09T11:00:00Z">
<meta property="article:modified_time" content="2026-11-10T17:26:03Z">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@lakeshoreherald">
<meta name="twitter:creator" content="@mdelaney"><meta name="twitter:title" content="{attr(seo)}">
<meta name="parsely-metadata" content='{{"byline":"Marcus Delaney, Rosa Quintero","contentid":"81234567007"}}'>
{jsonld(ld)}
<script>window.gnt_config={{"ssts":"news/local","topic":"museums","presto":true,"paywall":"soft"}};</script>
</head><body class="gnt_pr">
<div id="onetrust-banner-sdk" role="region"><p>We and our partners use cookies and similar technologies to understand how you use our site and to improve your experience. By continuing to use the site you accept our use of cookies as described in our Privacy Notice.</p><button>Accept Cookies</button> <button>Your Privacy Choices</button></div>
<header class="gnt_n"><a class="gnt_n_logo" href="/">Lakeshore Herald</a><nav class="gnt_n_mn"><ul>{nav}</ul></nav>
<a class="gnt_n_sub" href="/subscribe/">Subscribe for $1</a> <a href="/login/">Sign In</a></header>
<div class="gnt_brk"><span class="gnt_brk_l">BREAKING</span> <a href="/story/news/local/2026/11/27/lake-shore-drive-water-main/81301777007/">Lake Shore Drive reopens after overnight water main break</a></div>
<main class="gnt_cw"><article class="gnt_pr">
<div class="gnt_ar_lbl"><a href="/news/local/">LOCAL</a></div>
<h1 class="gnt_ar_hl" elementtiming="ar-headline">{esc(T(aid))}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/2671029001/marcus-delaney/">Marcus Delaney</a> and <a class="gnt_ar_by_a" href="/staff/2671033002/rosa-quintero/">Rosa Quintero</a><div class="gnt_ar_pb">Lakeshore Herald</div></div>
<div class="gnt_ar_dt" aria-label="Published 5:00 a.m. CT Nov. 9, 2026 Updated 11:26 a.m. CT Nov. 10, 2026">Published 5:00 a.m. CT Nov. 9, 2026 | Updated 11:26 a.m. CT Nov. 10, 2026</div>
<div class="gnt_ss"><a>Facebook</a> <a>X</a> <a>Email</a> <a class="gnt_ss_cmt">126 Comments</a></div>
<figure class="gnt_em_img"><img src="https://www.lakeshoreherald.com/gcdn/big-hattie.jpg" alt=""><figcaption class="gnt_em_img_c">Big Hattie, the Allosaurus at the Prairie Museum, will be taken apart in January. <span class="gnt_em_img_cr">Rosa Quintero/Lakeshore Herald</span></figcaption></figure>
<div class="gnt_ar_b">
{chr(10).join(paras)}
</div>
<div class="gnt_ar_bios">
<div class="gnt_ar_bio"><strong>Marcus Delaney</strong> covers culture and the arts for the Lakeshore Herald. Reach him at mdelaney@lakeshoreherald.com. <a href="https://twitter.com/mdelaney">Follow on X @mdelaney</a> <a href="https://instagram.com/marcusdelaney">Instagram</a></div>
<div class="gnt_ar_bio"><strong>Rosa Quintero</strong> covers City Hall and neighborhoods. <a href="https://twitter.com/rosaquintero">Follow on X @rosaquintero</a> <a href="https://www.linkedin.com/in/rosaquintero">LinkedIn</a></div>
</div>
<div class="gnt_cmt"><button>View Comments (126)</button></div>
</article>
<aside class="gnt_mf"><h3>More from News</h3><ul>
<li><a>Neighborhood museums split $4 million from city arts fund</a></li>
<li><a>CTA adds late-night Blue Line trains for holiday shoppers</a></li>
<li><a>Evanston approves lakefront bike path extension</a></li></ul></aside>
</main>
<footer class="gnt_f"><p>© 2026 www.lakeshoreherald.com. All rights reserved.</p>
<p><a>Terms of Service</a> <a>Privacy Policy</a> <a>Your Privacy Choices</a> <a>Accessibility</a> <a>Site Map</a></p>
<p>Lakeshore Herald is part of the Great Lakes Network of local newspapers. Use of and/or registration on any portion of this site constitutes acceptance of our Terms of Service and Privacy Policy.</p></footer>
</body></html>
"""
    write(F_LH, page)
    reg(aid, F_LH, ps, [
        "We and our partners use cookies and similar technologies", "Your Privacy Choices", "Subscribe for $1",
        "Lake Shore Drive reopens after overnight water main break",
        "Published 5:00 a.m. CT Nov. 9, 2026 | Updated 11:26 a.m. CT Nov. 10, 2026", "126 Comments",
        "Big Hattie, the Allosaurus at the Prairie Museum, will be taken apart in January.",
        "Read more: Chicago museums set attendance record as tourists return", tweet,
        "Prairie Museum (@PrairieMuseum) November 9, 2026",
        "Video: A last look inside the Prairie Museum’s dinosaur hall before it closes.", "Get the Daily Briefing",
        "The day’s top Chicago stories, in your inbox every morning.",
        "By signing up you agree to our Terms of Service and Privacy Policy.",
        "covers culture and the arts for the Lakeshore Herald.", "Reach him at mdelaney@lakeshoreherald.com.",
        "Follow on X @mdelaney", "covers City Hall and neighborhoods.", "View Comments (126)", "More from News",
        "Neighborhood museums split $4 million from city arts fund",
        "CTA adds late-night Blue Line trains for holiday shoppers", "© 2026 www.lakeshoreherald.com. All rights reserved.",
        "Lakeshore Herald is part of the Great Lakes Network of local newspapers.",
        "constitutes acceptance of our Terms of Service and Privacy Policy."])


# ================================================================ The Curator (Vox Media/Chorus-like)
def build_tc():
    aid = "tc-chatbot-guides"
    a = ART[aid]
    ps = P(aid)
    url = a["url"]
    deck = "Nine museums have ditched the handset. Curators and visitors are still arguing about the replacement."
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "url": url,
          "headline": T(aid), "description": deck, "speakable": {"@type": "SpeakableSpecification",
                                                                "xpath": ["/html/head/title"]},
          "datePublished": "2026-11-12T08:00:00-05:00", "dateModified": "2026-11-13T14:32:11-05:00",
          "author": [{"@type": "Person", "name": "Hannah Osei", "url": "https://www.thecurator.com/authors/hannah-osei"}],
          "publisher": {"@type": "Organization", "name": "The Curator", "logo": {"@type": "ImageObject",
                        "url": "https://cdn.thecurator.com/uploads/chorus_asset/curator-logo.png"}},
          "articleSection": "Museums", "keywords": ["Museums", "Technology", "Culture"]}
    mid = {
        2: '<div class="c-video-embed"><div class="volume-video" data-uuid="a81f"></div><p class="c-video-embed__caption">'
           'Watch: how the Hollis Art Museum trained its chatbot on 4,000 wall labels</p></div>',
        3: '<p><strong>Read more:</strong> <a href="https://www.thecurator.com/2026/10/2/museum-apps">Nobody downloads '
           'museum apps any more</a></p>',
    }
    paras = []
    for i, p in enumerate(ps):
        if i in mid:
            paras.append(mid[i])
        if i == len(ps) - 1:
            paras.append(f'<p><em>{esc(p)}</em></p>')
        else:
            paras.append(f"<p id=\"p{i}\">{esc(p)}</p>")
    menu = ["Art", "Museums", "Market", "Design", "Architecture", "Film", "Books", "Video", "Podcasts",
            "Newsletters"]
    page = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{esc(T(aid))}. - The Curator</title>
<meta name="description" content="{attr(deck)}">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{attr(T(aid))}"><meta property="og:description" content="{attr(deck)}">
<meta property="og:url" content="{url}"><meta property="og:site_name" content="The Curator">
<meta property="og:type" content="article"><meta property="og:image" content="https://cdn.thecurator.com/thumbor/hollis-chatbot.jpg">
<meta property="article:published_time" content="2026-11-12T08:00:00-05:00">
<meta property="article:modified_time" content="2026-11-13T14:32:11-05:00">
<meta property="article:author" content="https://www.thecurator.com/authors/hannah-osei">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@thecurator">
<meta name="twitter:creator" content="@hannahosei"><meta name="twitter:title" content="{attr(T(aid))}">
<meta name="parsely-title" content="{attr(T(aid))}"><meta name="parsely-author" content="Hannah Osei">
<meta name="parsely-pub-date" content="2026-11-12T13:00:00Z">
{jsonld(ld)}
<script>var Chorus = {{"Context": {{"entry_id": 24019871, "community": "thecurator", "comments_count": 37}}}};</script>
</head>
<body class="entry-template chorus">
<div class="c-consent-banner" role="dialog"><p>We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized content and targeted ads, analyze site traffic, and understand where our audiences come from. To learn more or opt-out, read our Cookie Policy.</p><button>I Accept</button> <button>Do Not Sell or Share My Personal Info</button></div>
<header class="c-global-header"><a class="c-global-header__logo" href="/">The Curator</a>
<nav class="c-global-header__menu">{"".join(f'<a class="c-global-header__link">{m}</a>' for m in menu)}</nav>
<div class="c-global-header__mega"><h4>Sections</h4><ul><li>Art</li><li>Museums</li><li>Market</li><li>Design</li></ul><h4>Follow The Curator</h4><ul><li>Newsletters</li><li>Podcasts</li><li>Events</li></ul></div>
<a class="c-global-header__subscribe" href="/newsletters">Subscribe</a></header>
<main><article class="l-main-content">
<div class="c-entry-hero"><ul class="c-entry-group-labels"><li><a href="/museums">Museums</a></li><li><a href="/technology">Technology</a></li></ul>
<h1 class="c-page-title">{esc(T(aid))}</h1>
<p class="c-entry-summary p-dek">{esc(deck)}</p>
<div class="c-byline"><span class="c-byline__item"><span class="c-byline__author-name">By Hannah Osei</span> <a class="c-byline__twitter-handle" href="https://twitter.com/hannahosei">@hannahosei</a></span>
<span class="c-byline__item"><time class="c-byline__item" datetime="2026-11-12T13:00:00+00:00">Nov 12, 2026, 8:00am EST</time></span></div>
<div class="c-byline"><span class="c-byline__item">Updated Nov 13, 2026, 2:32pm EST</span></div>
<div class="c-social-buttons"><a>Share this story</a> <a>Share this on Facebook</a> <a>Share this on Twitter</a> <a class="c-entry-stat--comment" href="#comments">37 comments</a></div>
</div>
<figure class="e-image e-image--hero"><img src="https://cdn.thecurator.com/thumbor/hollis-chatbot.jpg" alt=""><figcaption><span class="e-image__meta">The Hollis Art Museum’s chatbot runs on visitors’ own phones. <cite>Photo: Ryan Cho for The Curator</cite></span></figcaption></figure>
<div class="c-entry-content">
{chr(10).join(paras)}
</div>
<div class="c-newsletter_signup_box"><h3>Sign up for the newsletter The Curator Weekly</h3><p>A weekly guide to what’s on, what’s sold and what’s wrong in the art world.</p><input type="email" placeholder="Email (required)"><button>Sign Up</button><p>By submitting your email, you agree to our Terms and Privacy Notice. You can opt out at any time.</p></div>
<div class="c-author-bio"><img src="https://cdn.thecurator.com/authors/hannah-osei.jpg" alt=""><p><a href="/authors/hannah-osei">Hannah Osei</a> is a staff writer at The Curator covering museums, technology and the people who visit both.</p><p><a href="https://twitter.com/hannahosei">Twitter</a> <a href="https://instagram.com/hannahosei">Instagram</a> <a href="mailto:hannah.osei@thecurator.com">Email</a></p></div>
<div class="c-related-list"><h2>More from Museums</h2><ul>
<li><a href="/2026/11/6/glasgow-museum-strike-collections-care">What Glasgow’s museum strike says about who really keeps collections safe</a></li>
<li><a href="/2026/11/3/louvre-timed-tickets">Why every big museum now wants you to book a time slot</a></li>
<li><a href="/2026/10/29/museum-guards-artists">The museum guards who became artists</a></li></ul></div>
<div id="comments" class="c-comments"><button>37 comments</button> <span>Log in or sign up to join the conversation.</span></div>
</article></main>
<footer class="c-footer"><p>© 2026 Curator Media, Inc. All Rights Reserved.</p><p><a>Terms of Use</a> • <a>Privacy Notice</a> • <a>Cookie Policy</a> • <a>Do Not Sell or Share My Personal Info</a> • <a>Licensing FAQ</a> • <a>Accessibility</a> • <a>Platform Status</a></p><p>The Curator is part of Curator Media. Product prices and availability are accurate as of the time of publishing.</p></footer>
</body></html>
"""
    write(F_TC, page)
    reg(aid, F_TC, ps, [
        deck, "We use cookies and other tracking technologies to improve your browsing experience",
        "Do Not Sell or Share My Personal Info", "Nov 12, 2026, 8:00am EST", "Updated Nov 13, 2026, 2:32pm EST",
        "Share this story", "37 comments", "The Hollis Art Museum’s chatbot runs on visitors’ own phones.",
        "Photo: Ryan Cho for The Curator",
        "Watch: how the Hollis Art Museum trained its chatbot on 4,000 wall labels",
        "Read more: Nobody downloads museum apps any more", "Sign up for the newsletter The Curator Weekly",
        "A weekly guide to what’s on, what’s sold and what’s wrong in the art world.",
        "By submitting your email, you agree to our Terms and Privacy Notice.",
        "is a staff writer at The Curator covering museums, technology and the people who visit both.",
        "More from Museums", "What Glasgow’s museum strike says about who really keeps collections safe",
        "Why every big museum now wants you to book a time slot", "The museum guards who became artists",
        "Log in or sign up to join the conversation.", "© 2026 Curator Media, Inc. All Rights Reserved.",
        "Product prices and availability are accurate as of the time of publishing."])


# ================================================================ The Clyde Examiner (Reach plc-style regional page)
def build_ce():
    aid = "ce-tenement-lift"
    a = ART[aid]
    ps = P(aid)
    url = a["url"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url,
          "headline": "Glasgow tenement museum finally installs lift after 20-year access campaign",
          "datePublished": "2026-11-26T06:00:00Z", "dateModified": "2026-11-26T10:41:17Z",
          "author": {"@type": "Person", "name": "Donald McIver", "jobTitle": "Reporter",
                     "url": "https://www.clydeexaminer.co.uk/authors/donald-mciver/"},
          "publisher": {"@type": "Organization", "name": "Clyde Examiner",
                        "logo": {"@type": "ImageObject", "url": "https://www.clydeexaminer.co.uk/logo.png"}},
          "articleSection": "Glasgow News", "isAccessibleForFree": True, "wordCount": 140}
    readmore = [
        ("Glasgow museum staff vote to accept winter pay offer", "/news/glasgow-news/museum-pay-offer-29377120"),
        ("Burrell Collection named Scotland's favourite museum for third year",
         "/news/glasgow-news/burrell-favourite-museum-29301188"),
    ]
    mid = {
        1: f'<aside class="read-more-links"><span class="label">Read More</span><span>Related Articles</span>'
           f'<a href="{readmore[0][1]}">{esc(readmore[0][0])}</a></aside>',
        2: '<figure class="video-embed"><div class="vjs" data-id="6312"></div><figcaption>WATCH: Elspeth Garvie '
           'takes the new lift for the first time (Image: Clyde Examiner)</figcaption></figure>',
        3: f'<aside class="read-more-links"><span class="label">Read More</span><span>Related Articles</span>'
           f'<a href="{readmore[1][1]}">{esc(readmore[1][0])}</a></aside>'
           '<div class="newsletter-signup"><p>Get the latest Glasgow news sent straight to your inbox with our '
           'free daily newsletter.</p><input type="email"><button>Subscribe</button><p>We use your sign-up to '
           'provide content in ways you\'ve consented to and to improve our understanding of you. This may '
           'include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. '
           'More info</p></div>',
    }
    paras = []
    for i, p in enumerate(ps):
        if i in mid:
            paras.append(mid[i])
        paras.append(f"<p>{esc(p)}</p>")
    page = f"""<!DOCTYPE html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Glasgow tenement museum finally installs lift after 20-year access campaign - Clyde Examiner</title>
<link rel="canonical" href="{url}">
<meta name="description" content="Campaigners hail the end of a twenty-year wait as a glass lift opens at the Garnethill Tenement House.">
<meta property="og:title" content="Glasgow tenement museum finally installs lift after 20-year access campaign">
<meta property="og:url" content="{url}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Clyde Examiner"><meta property="og:image" content="https://i2-prod.clydeexaminer.co.uk/incoming/article29384756.ece/ALTERNATES/s1200/tenement-lift.jpg">
<meta property="article:published_time" content="2026-11-26T06:00:00Z">
<meta property="article:modified_time" content="2026-11-26T10:41:17Z">
<meta property="article:section" content="Glasgow News">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@ClydeExaminer">
{jsonld(ld)}
<script>window.reachTemplate={{"articleId":29384756,"pageType":"article","section":"glasgow-news","commentsCount":14}};</script>
</head><body class="article">
<div class="consent-overlay"><h2>Your privacy</h2><p>We and our partners use technology such as cookies on our site to personalise content and ads, provide social media features, and analyse our traffic. Click below to consent to the use of this technology across the web.</p><button>I Accept</button> <button>Show Purposes</button></div>
<header class="mod-header"><a class="publication-logo" href="/">Clyde Examiner</a>
<nav class="primary-nav"><ul><li><a>News</a><ul><li>Glasgow News</li><li>Scottish News</li><li>UK &amp; World</li><li>Crime</li><li>Politics</li></ul></li><li><a>Sport</a><ul><li>Celtic</li><li>Rangers</li><li>Partick Thistle</li></ul></li><li><a>What's On</a></li><li><a>Family</a></li><li><a>Property</a></li><li><a>Jobs</a></li><li><a>Announcements</a></li></ul></nav></header>
<div class="breaking-news-strip"><span>BREAKING</span> <a href="/news/glasgow-news/m8-closure-kingston-bridge-29384990">M8 Kingston Bridge closed westbound after crash</a></div>
<main><article class="article-main" data-article-id="29384756">
<h1 class="section-theme-background-indicator publication-font">{esc(T(aid))}</h1>
<p class="sub-title">Campaigners hail the end of a twenty-year wait as a glass lift opens at the Garnethill Tenement House</p>
<div class="article-information"><div class="author-information"><span class="author"><a href="/authors/donald-mciver/">Donald McIver</a></span> <span class="job-title">Reporter</span></div>
<ul class="time-info"><li><span class="time-container">06:00, 26 NOV 2026</span></li><li>Updated<span class="time-container">10:41, 26 NOV 2026</span></li></ul>
<div class="social-bar"><a>Bookmark</a> <a>Share</a> <a class="comment-count" href="#comments">Comments (14)</a> <a>News</a></div></div>
<figure class="article-lead"><img src="https://i2-prod.clydeexaminer.co.uk/incoming/article29384756.ece/tenement-lift.jpg" alt=""><figcaption>The glass lift shaft in the back court of the Garnethill Tenement House (Image: Clyde Examiner)</figcaption></figure>
<div class="article-body">
{chr(10).join(paras)}
</div>
<div class="tag-list"><a>Glasgow City Council</a> <a>Museums</a> <a>Disability</a></div>
<section id="comments"><h3>Comments (14)</h3><p>Join the debate. Comments are subject to our community guidelines.</p></section>
</article>
<aside class="most-read"><h3>Most Read</h3><ol><li>Museum staff in Glasgow vote to accept winter pay offer</li><li>M8 Kingston Bridge closed westbound after crash</li><li>Christmas market opening times for George Square confirmed</li></ol></aside>
</main>
<footer class="mod-footer"><p>Follow Clyde Examiner: Facebook · X · Instagram</p><p>© 2026 a Clyde Examiner Media Ltd company. Registered in Scotland SC102934. 200 Renfield Street, Glasgow G2 3QB.</p><p><a>Privacy Notice</a> <a>Cookie Notice</a> <a>Terms &amp; Conditions</a> <a>Corrections and clarifications</a> <a>Complaints</a></p><p>This site is regulated by IPSO.</p></footer>
</body></html>
"""
    write(F_CE, page)
    reg(aid, F_CE, ps, [
        "Glasgow tenement museum finally installs lift after 20-year access campaign",
        "Campaigners hail the end of a twenty-year wait as a glass lift opens at the Garnethill Tenement House",
        "We and our partners use technology such as cookies on our site", "M8 Kingston Bridge closed westbound after crash",
        "06:00, 26 NOV 2026", "10:41, 26 NOV 2026", "Comments (14)",
        "The glass lift shaft in the back court of the Garnethill Tenement House (Image: Clyde Examiner)",
        "Glasgow museum staff vote to accept winter pay offer", "Related Articles",
        "Museum staff in Glasgow vote to accept winter pay offer",
        "Burrell Collection named Scotland's favourite museum for third year",
        "WATCH: Elspeth Garvie takes the new lift for the first time (Image: Clyde Examiner)",
        "Get the latest Glasgow news sent straight to your inbox with our free daily newsletter.",
        "We use your sign-up to provide content in ways you've consented to",
        "Join the debate. Comments are subject to our community guidelines.", "Most Read",
        "Christmas market opening times for George Square confirmed",
        "© 2026 a Clyde Examiner Media Ltd company.", "Registered in Scotland SC102934.",
        "This site is regulated by IPSO.", "Corrections and clarifications"])
