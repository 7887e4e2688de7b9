# -*- coding: utf-8 -*-
"""Saved web pages: WordPress + Yoast + Jetpack, a live blog, Arc XP / Fusion, AMP."""
import json

from articles import GARLAND_Q
from common import ART, F_AMP, F_ARC, F_LB, F_WP, P, T, attr, esc, paras_html, reg, write


# ================================================================== WordPress (Yoast JSON-LD graph, Jetpack)
def build_wp():
    aid = "wcn-athenry-doubling"
    a = ART[aid]
    url = a["url"]
    ps = P(aid)
    site = "https://westerncorridornews.ie/"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": "Siobhán Kearney", "@id": site + "#/schema/person/5c1e0a7d"},
         "headline": T(aid), "datePublished": "2025-04-24T08:15:32+00:00", "dateModified": "2025-04-24T17:02:10+00:00",
         "mainEntityOfPage": {"@id": url}, "wordCount": sum(len(p.split()) for p in ps),
         "publisher": {"@id": site + "#organization"}, "image": {"@id": url + "#primaryimage"},
         "thumbnailUrl": site + "wp-content/uploads/2025/04/athenry-station-1024x683.jpg",
         "keywords": ["Athenry", "Galway", "rail", "planning"], "articleSection": ["Rail", "Galway"],
         "inLanguage": "en-IE"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{T(aid)} - Western Corridor News",
         "isPartOf": {"@id": site + "#website"}, "datePublished": "2025-04-24T08:15:32+00:00",
         "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "en-IE"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": site},
            {"@type": "ListItem", "position": 2, "name": "Rail", "item": site + "category/rail/"},
            {"@type": "ListItem", "position": 3, "name": T(aid)}]},
        {"@type": "WebSite", "@id": site + "#website", "url": site, "name": "Western Corridor News",
         "description": "Transport news for the west of Ireland", "publisher": {"@id": site + "#organization"}},
        {"@type": "Organization", "@id": site + "#organization", "name": "Western Corridor News", "url": site,
         "logo": {"@type": "ImageObject", "url": site + "wp-content/uploads/2023/02/wcn-logo.png"}},
        {"@type": "Person", "@id": site + "#/schema/person/5c1e0a7d", "name": "Siobhán Kearney",
         "description": "Siobhán Kearney is Western Corridor News’s rail correspondent. She has covered transport "
                        "in Connacht since 2016.", "url": site + "author/skearney/"}]}
    body = paras_html(ps[:3])
    body += """
<p><strong>Read more:</strong> <a href="https://westerncorridornews.ie/2025/03/11/parkmore-park-and-ride-council-vote/">Parkmore park-and-ride plan goes to council vote</a></p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://westerncorridornews.ie/wp-content/uploads/2025/04/athenry-station-1024x683.jpg" alt="" class="wp-image-18842"/><figcaption class="wp-element-caption">A Galway-bound train at Athenry station. Photo: Western Corridor News/Ciarán Moloney</figcaption></figure>
"""
    body += paras_html(ps[3:])
    jetpack = """
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li><li class="share-x"><a class="share-x sd-button share-icon" href="?share=x" title="Click to share on X"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button share-icon" href="mailto:?subject=Galway%E2%80%93Athenry" title="Click to email a link to a friend"><span>Email</span></a></li><li class="share-print"><a class="share-print sd-button share-icon" href="#print" title="Click to print"><span>Print</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-201884213-18840"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2025/04/02/athenry-junction-signalling/">Athenry junction signalling contract awarded</a></h4><p class="jp-relatedposts-post-date">April 2, 2025</p><p class="jp-relatedposts-post-context">In "Rail"</p></div>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2025/03/18/oranmore-station-footfall/">Oranmore station footfall up 40% in a year</a></h4><p class="jp-relatedposts-post-date">March 18, 2025</p><p class="jp-relatedposts-post-context">In "Galway"</p></div></div></div>
"""
    page = f"""<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(T(aid))} - Western Corridor News</title>
<meta name="description" content="{attr(ps[0])}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="article">
<meta property="og:title" content="{attr(T(aid))} - Western Corridor News">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Western Corridor News">
<meta property="article:published_time" content="2025-04-24T08:15:32+00:00">
<meta property="article:modified_time" content="2025-04-24T17:02:10+00:00">
<meta name="author" content="Siobhán Kearney">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Siobhán Kearney">
<meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="2 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<!-- / Yoast SEO plugin. -->
<meta name="generator" content="WordPress 6.7.2">
<link rel='stylesheet' id='jetpack_css-css' href='https://westerncorridornews.ie/wp-content/plugins/jetpack/css/jetpack.css?ver=14.4' media='all'>
<script type="text/javascript">var jetpack_likes = {{"postID":18840,"blogID":201884213}};</script>
</head>
<body class="post-template-default single single-post postid-18840 single-format-standard">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div>
<div class="cmplz-message">We use cookies to optimise our website and our service. You can withdraw consent at any time from the Cookie Policy page.</div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="https://westerncorridornews.ie/" rel="home">Western Corridor News</a></p><p class="site-description">Transport news for the west of Ireland</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/category/rail/">Rail</a></li><li><a href="/category/bus/">Bus</a></li><li><a href="/category/roads/">Roads</a></li><li><a href="/category/galway/">Galway</a></li><li><a href="/category/mayo/">Mayo</a></li><li><a href="/subscribe/">Subscribe</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<nav class="yoast-breadcrumbs"><span><span><a href="https://westerncorridornews.ie/">Home</a></span> » <span><a href="https://westerncorridornews.ie/category/rail/">Rail</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(T(aid))}</span></span></nav>
<article id="post-18840" class="post-18840 post type-post status-publish format-standard has-post-thumbnail hentry category-rail category-galway">
<header class="entry-header">
<h1 class="entry-title">{esc(T(aid))}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="2025-04-24T08:15:32+00:00">24/04/2025</time><time class="updated" datetime="2025-04-24T17:02:10+00:00">24/04/2025</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://westerncorridornews.ie/author/skearney/">Siobhán Kearney</a></span></span> <span class="reading-time">2 min read</span></div>
</header>
<div class="entry-content">
{body}
{jetpack}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/galway/" rel="category tag">Galway</a>, <a href="/category/rail/" rel="category tag">Rail</a></span><span class="tags-links">Tagged <a href="/tag/athenry/" rel="tag">Athenry</a>, <a href="/tag/double-tracking/" rel="tag">double-tracking</a>, <a href="/tag/planning-appeals/" rel="tag">planning appeals</a></span></footer>
</article>
<div class="author-box"><img alt="" src="https://secure.gravatar.com/avatar/5c1e0a7d?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo" height="96" width="96">
<div class="author-box-text"><h4 class="author-name">About Siobhán Kearney</h4><p>Siobhán Kearney is Western Corridor News’s rail correspondent. She has covered transport in Connacht since 2016 and previously worked at a regional radio station in Castlebar.</p><p><a href="https://westerncorridornews.ie/author/skearney/">View all posts by Siobhán Kearney</a></p></div></div>
<div class="wcn-newsletter"><h3>Get the Western Corridor briefing</h3><p>Rail, bus and road news from Galway to Donegal, in your inbox every Friday morning. Free, no spam, unsubscribe any time.</p><form><input type="email" placeholder="Your email address"><button type="submit">Sign me up</button></form></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2025/04/23/westport-bus-shelters/" rel="prev"><span class="nav-subtitle">Previous:</span> <span class="nav-title">Westport to get 12 new bus shelters</span></a></div><div class="nav-next"><a href="/2025/04/25/ballina-rail-freight/" rel="next"><span class="nav-subtitle">Next:</span> <span class="nav-title">Ballina freight terminal hits record month</span></a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-policy">Comments are moderated. Please keep it civil and on topic; we remove personal attacks and anything that could be defamatory.</p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Latest</h2><ul><li><a href="/2025/04/25/ballina-rail-freight/">Ballina freight terminal hits record month</a></li><li><a href="/2025/04/23/westport-bus-shelters/">Westport to get 12 new bus shelters</a></li><li><a href="/2025/04/22/n17-bus-lane/">N17 bus lane consultation opens</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">
<p>© 2025 Western Corridor News. All rights reserved. Registered in Ireland, company no. 702331.</p>
<p class="legal">Western Corridor News is an independent publication. Content on this site is provided for general information only and does not constitute legal, planning or financial advice.</p>
<p><a href="/corrections/">Spotted an error? Read our corrections policy</a> | <a href="/privacy-policy/">Privacy Policy</a> | <a href="/cookie-policy/">Cookie Policy</a></p>
<p>Proudly powered by WordPress | Theme: Newsup by Themeansar.</p></div></footer>
<script src="https://stats.wp.com/e-202517.js" defer></script>
</body>
</html>
"""
    write(F_WP, page)
    reg(aid, F_WP, ps, [
        "Manage Cookie Consent", "We use cookies to optimise our website and our service.",
        "Transport news for the west of Ireland", "Posted on 24/04/2025",
        "Parkmore park-and-ride plan goes to council vote", "Read more:",
        "A Galway-bound train at Athenry station. Photo: Western Corridor News/Ciarán Moloney",
        "Share this:", "Athenry junction signalling contract awarded",
        'In "Rail"',
        "Tagged Athenry, double-tracking, planning appeals", "About Siobhán Kearney",
        "previously worked at a regional radio station in Castlebar",
        "Get the Western Corridor briefing", "in your inbox every Friday morning",
        "Westport to get 12 new bus shelters",
        "Leave a Reply", "Your email address will not be published.",
        "Comments are moderated. Please keep it civil",
        "© 2025 Western Corridor News. All rights reserved.",
        "does not constitute legal, planning or financial advice", "Read our corrections policy",
        "Proudly powered by WordPress"])


# ================================================================== live blog
def build_lb():
    aid = "bmw-live-strike"
    a = ART[aid]
    url = a["url"]
    ps = P(aid)
    # posts, newest first: (post id, time, relative, author, paragraphs, key event label)
    posts = [
        ("p5", "2025-05-01T14:40:00+10:00", "2:40pm", "2 hours ago", "Aisha Patel", ps[0:1], None),
        ("p4", "2025-05-01T13:15:00+10:00", "1:15pm", "3 hours ago", "Sam Nguyen", ps[1:3], "Union releases statement"),
        ("p3", "2025-05-01T11:50:00+10:00", "11:50am", "5 hours ago", "Aisha Patel", ps[3:4], None),
        ("p2", "2025-05-01T10:05:00+10:00", "10:05am", "6 hours ago", "Sam Nguyen", ps[4:5],
         "Tilt Train and Westlander cancelled"),
        ("p1", "2025-05-01T09:30:00+10:00", "9:30am", "7 hours ago", "Sam Nguyen", ps[5:6], None),
    ]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": T(aid), "url": url,
          "datePublished": "2025-05-01T09:30:00+10:00", "dateModified": "2025-05-01T14:40:00+10:00",
          "coverageStartTime": "2025-05-01T09:30:00+10:00", "coverageEndTime": "2025-05-01T14:40:00+10:00",
          "author": [{"@type": "Person", "name": "Sam Nguyen"}, {"@type": "Person", "name": "Aisha Patel"}],
          "publisher": {"@type": "Organization", "name": "Brisbane Morning Wire"},
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": (p[6] or "Update"), "datePublished": p[1],
                              "articleBody": " ".join(p[5])} for p in posts]}
    html_posts = []
    for pid, iso, hm, rel, who, pps, key in posts:
        badge = f'<span class="key-event-badge">Key event</span>' if key else ""
        inner = []
        for p in pps:
            if p == GARLAND_Q:
                inner.append(f"<blockquote><p>{esc(p)}</p></blockquote>")
            else:
                inner.append(f"<p>{esc(p)}</p>")
        html_posts.append(f"""<article class="lb-post" id="{pid}" data-key="{bool(key)}">
<div class="lb-post__meta">{badge}<time datetime="{iso}">{hm}</time> <span class="lb-post__relative">{rel}</span> <span class="lb-post__author">Posted by {who}</span></div>
<div class="lb-post__body">{"".join(inner)}</div>
<div class="lb-post__share"><button>Share this post</button> <button>Copy link</button></div>
</article>""")
    page = f"""<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<title>{esc(a['og_title'])} | Brisbane Morning Wire</title>
<meta property="og:title" content="{attr(a['og_title'])}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Brisbane Morning Wire">
<meta property="article:published_time" content="2025-05-01T09:30:00+10:00">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.__BMW_LIVE__ = {{"pollInterval": 30000, "lastPostId": "p5"}};</script>
</head>
<body class="page-live">
<div class="privacy-banner" role="dialog">We use cookies and similar technologies to personalise ads and measure audiences. Read our privacy collection statement for details. <button>OK, got it</button></div>
<header class="masthead"><a class="logo" href="/">Brisbane Morning Wire</a>
<nav><a href="/news/">News</a> <a href="/news/queensland/">Queensland</a> <a href="/business/">Business</a> <a href="/sport/">Sport</a> <a href="/subscribe/">Subscribe</a> <a href="/login/">Log in</a></nav>
<div class="header-date">Thursday, 1 May 2025</div></header>
<main>
<div class="live-label">LIVE</div>
<h1 class="headline">{esc(T(aid))}</h1>
<div class="byline">By <a href="/by/sam-nguyen">Sam Nguyen</a> and <a href="/by/aisha-patel">Aisha Patel</a></div>
<div class="timestamps">Updated <span class="relative">2 hours ago</span> · First published Thursday 1 May 2025, 9:30am AEST</div>
<section class="key-events"><h2>Key events</h2><ul>
<li><a href="#p4">1:15pm · Union releases statement</a></li>
<li><a href="#p2">10:05am · Tilt Train and Westlander cancelled</a></li></ul></section>
<div class="live-status">Live updates have ended.</div>
<div class="lb-feed">
{chr(10).join(html_posts)}
</div>
<button class="lb-more">Load earlier posts</button>
<section class="related"><h2>More on this story</h2><ul><li><a href="/news/queensland/why-regional-train-crews-are-striking">Explainer: why regional train crews are striking</a></li><li><a href="/news/queensland/coach-replacements-strike-day">Coach replacements: what passengers need to know</a></li></ul></section>
</main>
<footer><p>Brisbane Morning Wire acknowledges the Traditional Custodians of the lands on which we work.</p>
<p>© 2025 Brisbane Morning Wire Pty Ltd. All rights reserved. Our Standards · Complaints · Terms of use</p></footer>
</body>
</html>
"""
    write(F_LB, page)
    reg(aid, F_LB, ps, [
        "We use cookies and similar technologies to personalise ads", "Thursday, 1 May 2025",
        "First published Thursday 1 May 2025, 9:30am AEST", "2 hours ago", "3 hours ago", "7 hours ago",
        "Key events", "1:15pm · Union releases statement", "10:05am · Tilt Train and Westlander cancelled",
        "Live updates have ended.", "Posted by Aisha Patel", "Posted by Sam Nguyen",
        "Share this post", "Load earlier posts", "More on this story",
        "Explainer: why regional train crews are striking",
        "acknowledges the Traditional Custodians of the lands on which we work",
        "© 2025 Brisbane Morning Wire Pty Ltd. All rights reserved.", "Our Standards · Complaints · Terms of use"])


# ================================================================== Arc XP / Fusion page
def build_arc():
    aid = "fvh-valley-rail"
    a = ART[aid]
    url = a["url"]
    path = url.split(".ca", 1)[1]
    ps = P(aid)
    elems = []
    for i, p in enumerate(ps):
        elems.append({"_id": f"T{i:02d}QX7PLM", "type": "text", "content": esc(p)})
        if i == 1:
            elems.append({"_id": "IL01QX7PLM", "type": "interstitial_link",
                          "content": "Abbotsford council backs rail study funding request",
                          "url": "/news/2025/02/11/abbotsford-council-rail-study-funding/"})
        if i == 3:
            elems.append({"_id": "IM01QX7PLM", "type": "image", "caption":
                          "The former interurban line crosses Vedder Road in Chilliwack.",
                          "credits": {"by": [{"name": "Megan Olafson / Fraser Valley Herald"}]}})
    gc = {"_id": "KQ4XN7Y2ZBFRHDT3EJW5M6LCAU", "type": "story", "version": "0.10.9", "canonical_url": path,
          "canonical_website": "fraservalleyherald", "headlines": {"basic": T(aid)},
          "subheadlines": {"basic": ""}, "description": {"basic": ps[0][:140]},
          "credits": {"by": [{"type": "author", "name": "Harpreet Dhillon", "_id": "harpreet-dhillon",
                              "additional_properties": {"original": {"byline": "Harpreet Dhillon", "bio":
                               "Harpreet Dhillon covers transportation and infrastructure for the Herald."}}},
                             {"type": "author", "name": "Megan Olafson", "_id": "megan-olafson"}]},
          "first_publish_date": "2025-04-25T13:02:11.482Z", "display_date": "2025-04-25T13:02:11.482Z",
          "last_updated_date": "2025-04-25T16:47:03.129Z",
          "taxonomy": {"primary_section": {"_id": "/news", "name": "News"},
                       "tags": [{"text": "Valley rail"}, {"text": "Transit"}]},
          "content_elements": elems}
    art_html = []
    for e in elems:
        if e["type"] == "text":
            art_html.append(f'<p class="c-paragraph" data-el="text">{e["content"]}</p>')
        elif e["type"] == "interstitial_link":
            art_html.append(f'<p class="c-interstitial" data-el="interstitial_link"><strong>Read more:</strong> '
                            f'<a href="{e["url"]}">{esc(e["content"])}</a></p>')
        else:
            art_html.append(f'<figure class="c-media"><img src="https://cloudfront.example/fvh/vedder.jpg" alt="">'
                            f'<figcaption>{esc(e["caption"])} <span class="c-credit">(Megan Olafson / Fraser Valley Herald)</span></figcaption></figure>')
        if e["_id"] == "T02QX7PLM":
            art_html.append('<div class="arc-ad ad-inline"><span class="ad-label">ADVERTISEMENT</span><div id="arcad-inline-1"></div></div>')
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(T(aid))} | Fraser Valley Herald</title>
<meta name="description" content="{attr(ps[0][:140])}">
<meta property="og:title" content="{attr(T(aid))}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Fraser Valley Herald">
<meta property="article:published_time" content="2025-04-25T13:02:11.482Z">
<meta name="author" content="Harpreet Dhillon, Megan Olafson">
<link rel="canonical" href="{url}">
<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.arcSite="fraservalleyherald";Fusion.contextPath="/pf";Fusion.deployment="412";Fusion.globalContent={json.dumps(gc, ensure_ascii=False)};Fusion.globalContentConfig={{"source":"content-api","query":{{"website_url":"{path}"}}}};Fusion.lastModified=1745600000000;</script>
</head>
<body>
<div id="fusion-app" class="b-app">
<div class="c-cookie-notice">This website uses cookies to improve your experience and to show you relevant advertising. By continuing, you accept our use of cookies. <a href="/privacy/">Privacy Policy</a></div>
<header class="b-header-nav"><a class="c-logo" href="/">Fraser Valley Herald</a>
<nav><span>Sections</span> <a href="/news/">News</a> <a href="/opinion/">Opinion</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a></nav>
<div class="b-header-nav__cta"><a href="/subscribe/">Subscribe now $1/week</a> <a href="/account/login/">Sign In</a></div></header>
<main class="b-article">
<div class="c-overline"><a href="/news/">News</a></div>
<h1 class="b-headline c-heading">{esc(T(aid))}</h1>
<div class="b-byline">By <a href="/people/harpreet-dhillon/">Harpreet Dhillon</a> and <a href="/people/megan-olafson/">Megan Olafson</a></div>
<div class="b-date">Published <time datetime="2025-04-25T13:02:11.482Z">3 hours ago</time> · Updated April 25, 2025 at 9:47 a.m. PDT</div>
<div class="b-share"><button>Share this article in your social network</button> <button>Gift this article</button></div>
<article class="b-article-body">
{chr(10).join(art_html)}
</article>
<div class="b-author-bios">
<div class="c-author-bio"><h3>Harpreet Dhillon</h3><p>Harpreet Dhillon covers transportation and infrastructure for the Herald. Reach her at hdhillon@fraservalleyherald.ca.</p></div>
<div class="c-author-bio"><h3>Megan Olafson</h3><p>Megan Olafson is a photojournalist and reporter based in Chilliwack.</p></div></div>
<div class="b-newsletter"><h3>Valley Briefing</h3><p>Sign up for Valley Briefing, our free morning newsletter with the day’s top stories from Hope to Langley.</p><button>Sign up</button></div>
<div class="b-article-tools"><a href="/report-an-error/">Report an error</a> <a href="/standards/">Journalistic Standards and Practices</a> <a href="/reprints/">Reprints &amp; Permissions</a></div>
<section class="b-comments"><h2>Conversation</h2><p>We welcome respectful discussion. Comments are reviewed against our Community Guidelines and may take up to 24 hours to appear.</p></section>
<section class="b-more"><h2>More from News</h2><ul><li><a href="/news/2025/04/24/chilliwack-bus-exchange/">Chilliwack bus exchange to move to Spadina Avenue</a></li><li><a href="/news/2025/04/23/hope-highway-closure/">Overnight closures on Highway 1 near Hope</a></li></ul></section>
</main>
<footer class="b-footer"><p>© 2025 Fraser Valley Herald, a division of Valley Media Group Inc. All rights reserved.</p>
<p>This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></footer>
</div>
</body>
</html>
"""
    write(F_ARC, page)
    reg(aid, F_ARC, ps, [
        "This website uses cookies to improve your experience", "Subscribe now $1/week",
        "Published 3 hours ago", "Updated April 25, 2025 at 9:47 a.m. PDT",
        "Share this article in your social network", "Read more:",
        "Abbotsford council backs rail study funding request", "ADVERTISEMENT",
        "The former interurban line crosses Vedder Road in Chilliwack.", "(Megan Olafson / Fraser Valley Herald)",
        "covers transportation and infrastructure for the Herald", "Reach her at hdhillon@fraservalleyherald.ca.",
        "Valley Briefing",
        "our free morning newsletter with the day’s top stories from Hope to Langley", "Report an error",
        "Journalistic Standards and Practices", "We welcome respectful discussion.",
        "Comments are reviewed against our Community Guidelines", "More from News",
        "Chilliwack bus exchange to move to Spadina Avenue",
        "© 2025 Fraser Valley Herald, a division of Valley Media Group Inc. All rights reserved.",
        "This site is protected by reCAPTCHA"])


# ================================================================== AMP page
def build_amp():
    aid = "dc-pune-nashik-land"
    a = ART[aid]
    url = a["url"]
    amp = url.replace("deccancourier.in/", "deccancourier.in/amp/")
    ps = P(aid)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": T(aid),
          "datePublished": "2025-04-24T22:45:00+05:30", "dateModified": "2025-04-25T08:10:00+05:30",
          "author": {"@type": "Person", "name": "Ramesh Kulkarni", "url": "https://www.deccancourier.in/author/ramesh-kulkarni"},
          "publisher": {"@type": "Organization", "name": "Deccan Courier",
                        "logo": {"@type": "ImageObject", "url": "https://www.deccancourier.in/static/dc-logo-600x60.png"}},
          "articleSection": "Maharashtra", "inLanguage": "en-IN"}
    body = paras_html(ps[:2])
    body += """
<amp-ad width="300" height="250" type="doubleclick" data-slot="/2118/dc_amp/maharashtra_mid1" layout="responsive"><div placeholder>Advertisement</div></amp-ad>
<p class="also-read"><strong>Also Read:</strong> <a href="https://www.deccancourier.in/amp/maharashtra/nashik-road-station-redevelopment-tender-1183990">Nashik Road station redevelopment tender floated</a></p>
<figure><amp-img src="https://img.deccancourier.in/2025/04/sinnar-survey.jpg" width="1200" height="675" layout="responsive" alt="Survey markers"></amp-img><figcaption>Survey markers along the proposed alignment near Sinnar. (File photo: Deccan Courier)</figcaption></figure>
"""
    body += paras_html(ps[2:])
    page = f"""<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<title>{esc(T(aid))} - Deccan Courier</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="{attr(T(aid))}">
<meta property="og:url" content="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.story-title{{font-size:1.6rem}}.also-read{{border-left:3px solid #c00;padding-left:8px}}</style>
</head>
<body>
<amp-consent id="dc-consent" layout="nodisplay"><div class="consent-ui">We use cookies and similar technologies to improve your experience. By clicking Accept you agree to our Privacy Policy. <button on="tap:dc-consent.accept">Accept</button> <button on="tap:dc-consent.reject">Reject</button></div></amp-consent>
<header class="amp-header"><a href="https://www.deccancourier.in/">Deccan Courier</a> <a href="https://www.deccancourier.in/e-paper/">E-Paper</a></header>
<nav class="breadcrumb"><a href="https://www.deccancourier.in/">Home</a> / <a href="https://www.deccancourier.in/maharashtra/">Maharashtra</a> / <span>Pune</span></nav>
<article>
<h1 class="story-title">{esc(T(aid))}</h1>
<div class="story-meta"><span class="author">Ramesh Kulkarni</span> <span class="city">Pune</span>
<div class="dates">Published: 24-Apr-2025, 10:45 PM IST | Updated: 25-Apr-2025, 08:10 AM IST</div></div>
<div class="share-top">Share: <amp-social-share type="whatsapp" width="32" height="32"></amp-social-share> <amp-social-share type="twitter" width="32" height="32"></amp-social-share> <amp-social-share type="email" width="32" height="32"></amp-social-share></div>
<div class="story-body">
{body}
</div>
<div class="story-tags">Topics: <a href="/tag/pune-nashik-rail">Pune Nashik rail</a> <a href="/tag/srdc">SRDC</a> <a href="/tag/land-acquisition">land acquisition</a></div>
<div class="follow-box">Follow Deccan Courier on Google News for the latest updates from Maharashtra.</div>
<div class="read-in">Click here to read this story in Marathi</div>
</article>
<section class="trending"><h3>Trending Now</h3><ol><li><a href="/pune/metro-line-3-trial">Pune metro line 3 trial run next week</a></li><li><a href="/mumbai/harbour-line-block">Mega block on Harbour line on Sunday</a></li></ol></section>
<footer class="amp-footer"><p>Disclaimer: Deccan Courier is not responsible for the content of external websites.</p>
<p>Copyright © 2025 Deccan Courier Publications Pvt Ltd. All rights reserved.</p><p><a href="{url}">View non-AMP version</a></p></footer>
</body>
</html>
"""
    write(F_AMP, page)
    reg(aid, F_AMP, ps, [
        "We use cookies and similar technologies to improve your experience.",
        "Published: 24-Apr-2025, 10:45 PM IST | Updated: 25-Apr-2025, 08:10 AM IST", "Advertisement",
        "Also Read:", "Nashik Road station redevelopment tender floated",
        "Survey markers along the proposed alignment near Sinnar. (File photo: Deccan Courier)",
        "Topics: Pune Nashik rail SRDC land acquisition", "Follow Deccan Courier on Google News",
        "Click here to read this story in Marathi", "Trending Now", "Pune metro line 3 trial run next week",
        "Disclaimer: Deccan Courier is not responsible for the content",
        "Copyright © 2025 Deccan Courier Publications Pvt Ltd. All rights reserved."])
