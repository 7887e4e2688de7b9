# -*- coding: utf-8 -*-
"""Saved pages: a Drupal 7 news site (day-first numeric date, "Submitted by admin"), a Mailchimp newsletter
saved from its web archive (several stories in one page), a Ghost (Casper) post with Koenig cards inside the
content, and a Medium post in a publication."""
import json

from common import (ART, F_CK, F_GD, F_MD, F_RB, P, T, attr, esc, paras_html, reg, write)


# ================================================================== Drupal 7: Campus Kenya
def build_ck():
    a = "ck-funding-model-court"
    A = ART[a]
    ps = P(a)
    url = A["url"]
    read_also = "Loans board delays leave students locked out of exams"
    cap = "Parents and students outside the Milimani Law Courts in Nairobi on Tuesday. Photo: Campus Kenya"
    comments = [("Mwalimu Otieno", "Thu, 10/04/2025 - 08:03",
                 "Band 3 for a family that sells vegetables at Gikomba? The instrument is broken, the court should "
                 "say so."),
                ("Grace W.", "Thu, 10/04/2025 - 13:47",
                 "The old system was not fair either. Let us wait for the ministry's response before we judge.")]
    most_read = ["Lecturers issue seven-day strike notice over unpaid arrears",
                 "Maseno opens genomics lab with Danish grant",
                 "Private universities seek share of government capitation",
                 "Loans board releases Sh9.2 billion for continuing students"]
    body = (paras_html(ps[:2]) + "\n"
            f'<p><strong>READ ALSO:</strong> <a href="/news/loans-board-delays-students-locked-out">{esc(read_also)}</a></p>\n'
            + paras_html(ps[2:]))
    com_html = "\n".join(
        f'<div class="comment comment-by-anonymous clearfix"><div class="attribution"><div class="submitted">'
        f'<p class="commenter-name"><span class="username">{esc(n)}</span></p>'
        f'<p class="comment-time">{esc(t)}</p></div></div>'
        f'<div class="comment-text"><div class="content"><div class="field field-name-comment-body"><div class="field-items">'
        f'<div class="field-item even"><p>{esc(c)}</p></div></div></div></div>'
        f'<ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/18342">reply</a></li></ul></div></div>'
        for n, t, c in comments)
    settings = {"basePath": "/", "pathPrefix": "", "ajaxPageState": {"theme": "campuskenya", "theme_token": "q8Zr0mJc3"},
                "googleanalytics": {"trackOutbound": 1, "trackMailto": 1}, "nid": 18342}
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://www.campuskenya.co.ke/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="Petitioners say the means-testing instrument is opaque and want the model suspended for the 2025 intake." />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="{url}" />
<link rel="shortlink" href="https://www.campuskenya.co.ke/node/18342" />
<meta property="og:site_name" content="Campus Kenya" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{attr(T(a))}" />
<title>{esc(T(a))} | Campus Kenya</title>
<style type="text/css" media="all">@import url("https://www.campuskenya.co.ke/modules/system/system.base.css?sq1x2c");</style>
<script type="text/javascript" src="https://www.campuskenya.co.ke/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="https://www.campuskenya.co.ke/misc/drupal.js?sq1x2c"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {json.dumps(settings)});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-18342 node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="Home" rel="home" id="logo"><img src="https://www.campuskenya.co.ke/sites/all/themes/campuskenya/logo.png" alt="Home" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Campus Kenya</span></a></strong></div>
<div id="site-slogan">Universities, colleges and research across Kenya</div></div>
<div class="region region-header"><div id="block-search-form" class="block block-search"><div class="content">
<form action="/news/court-hears-challenge-banded-funding-model" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline">
<h2 class="element-invisible">Search form</h2><input title="Enter the terms you wish to search for." type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
<input type="submit" name="op" value="Search" class="form-submit" /></div></form></div></div></div>
</div></div>
<div id="navigation"><div class="section"><h2 class="element-invisible">Main menu</h2><ul id="main-menu" class="links inline clearfix">
<li class="menu-218 first"><a href="/">Home</a></li><li class="menu-401"><a href="/news">News</a></li><li class="menu-402"><a href="/universities">Universities</a></li>
<li class="menu-403"><a href="/research">Research</a></li><li class="menu-404"><a href="/opinion">Opinion</a></li><li class="menu-405 last"><a href="/jobs">Jobs</a></li></ul></div></div>
<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news">News</a> &raquo; Universities</div></div>
<div id="main-wrapper"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{esc(T(a))}</h1>
<div class="tabs"></div>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-18342" class="node node-article node-promoted clearfix">
<div class="meta submitted">
Submitted by <span class="username">admin</span> on Wed, 09/04/2025 - 11:20</div>
<div class="content clearfix">
<div class="field field-name-field-byline field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">By Wanjiru Kamau</div></div></div>
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even">
<img src="https://www.campuskenya.co.ke/sites/default/files/styles/large/public/milimani-court-parents.jpg?itok=Xk2p9QaB" width="640" height="400" alt="" />
<div class="image-caption">{esc(cap)}</div></div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">
{body}
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div>
<div class="field-items"><div class="field-item even"><a href="/tags/funding-model">Funding model</a></div><div class="field-item odd"><a href="/tags/high-court">High Court</a></div>
<div class="field-item even"><a href="/tags/student-finance">Student finance</a></div></div></div>
</div>
<div class="link-wrapper"><ul class="links inline"><li class="comment-add first"><a href="/comment/reply/18342#comment-form" title="Share your thoughts and opinions related to this posting.">Add new comment</a></li>
<li class="statistics_counter last"><span>1,204 reads</span></li></ul></div>
<div id="comments" class="comment-wrapper">
<h2 class="title">Comments</h2>
{com_html}
<h2 class="title comment-form">Add new comment</h2>
<form class="comment-form" action="/comment/reply/18342" method="post" id="comment-form" accept-charset="UTF-8"><div>
<div class="form-item form-type-textfield form-item-name"><label for="edit-name">Your name </label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" /></div>
<div class="form-item form-type-textfield form-item-subject"><label for="edit-subject">Subject </label><input type="text" id="edit-subject" name="subject" value="" size="60" maxlength="64" class="form-text" /></div>
<div class="form-item form-type-textarea form-item-comment-body-und-0-value"><label for="edit-comment-body-und-0-value">Comment <span class="form-required" title="This field is required.">*</span></label><textarea id="edit-comment-body-und-0-value" name="comment_body[und][0][value]" cols="60" rows="5" class="form-textarea required"></textarea></div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Save" class="form-submit" /><input type="submit" id="edit-preview" name="op" value="Preview" class="form-submit" /></div>
</div></form>
</div>
</div>
</div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-most-read-block" class="block block-views"><h2>Most read</h2><div class="content"><div class="item-list"><ul>
{"".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>' for i, t in enumerate(most_read))}
</ul></div></div></div>
<div id="block-block-7" class="block block-block"><h2>Newsletter</h2><div class="content"><p>Get the Campus Kenya weekly briefing in your inbox every Friday.</p><p><a href="/newsletter">Sign up</a></p></div></div>
</div></div></div>
</div></div>
<div id="footer"><div class="section"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content">
<p>Copyright &copy; 2013&ndash;2025 Campus Kenya. All rights reserved. | <a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/advertise">Advertise</a></p>
<p>Campus Kenya is an independent publication and is not affiliated with any university or government agency.</p>
</div></div></div></div></div>
</div></div>
</body>
</html>
"""
    mn = ["Submitted by admin on Wed, 09/04/2025 - 11:20", "Skip to main content", "Universities, colleges and "
          "research across Kenya", "Search form", "You are here", "By Wanjiru Kamau", cap, "READ ALSO:", read_also,
          "Tags:", "Funding model", "Student finance", "Add new comment", "1,204 reads", "Comments",
          "Your name", "Comment *", "Most read", "Get the Campus Kenya weekly briefing in your inbox every Friday.",
          "Copyright \u00a9 2013\u20132025 Campus Kenya. All rights reserved.", "About us", "Advertise",
          "Campus Kenya is an independent publication and is not affiliated with any university or government "
          "agency.", "Thu, 10/04/2025 - 08:03", "Mwalimu Otieno"] + [c for _, _, c in comments] + most_read
    reg(a, F_CK, ps, mn)
    write(F_CK, page)


# ================================================================== Mailchimp newsletter archive page
def build_rb():
    UTM = "?utm_source=The+Research+Brief&utm_campaign=9f3c1a2b7e-issue37&utm_medium=email&utm_term=0_5d8e"
    items = []   # (aid, ps, meta_lines, link_text or None, must_not)

    a = "orr-discovery-results"
    meta = ["Ottawa Research Review \u00b7 H\u00e9l\u00e8ne Tremblay \u00b7 April 8, 2025"]
    items.append((a, P(a), meta, ("Read the full story \u2192", ART[a]["url"] + UTM)))
    a = "orr-council-chair"
    meta = ["Ottawa Research Review \u00b7 April 24, 2025", "By H\u00e9l\u00e8ne Tremblay"]
    items.append((a, P(a), meta, ("Read the full story \u2192", ART[a]["url"] + UTM)))
    a = "sh-frontier-awards"
    meta = ["The Shannon Herald \u2014 16/04/2025 \u2014 Ciara Nolan"]
    items.append((a, P(a, edited=True), meta, None))
    a = "gco-fund-arrears"
    meta = ["By Kwame Asante | Gold Coast Observer | Mon, 31 Mar 2025"]
    items.append((a, P(a), meta, ("Read the full story \u2192", ART[a]["url"] + UTM)))
    a = "gco-book-allowance"
    meta = ["Gold Coast Observer, 24 April 2025, Kwame Asante"]
    items.append((a, P(a), meta, ("Read the full story \u2192", ART[a]["url"] + UTM)))
    a = "dep-fellowship-delays"
    meta = ["Deccan Education Post (25 Apr 2025) \u2014 Ramesh Iyer and Kavya Menon"]
    items.append((a, P(a, trim=1), meta,
                  ("This is an excerpt. Continue reading at Deccan Education Post \u2192", ART[a]["url"] + UTM)))

    preheader = "Canada\u2019s grant results, a new council chair, Irish frontier awards and Ghana\u2019s allowance row"
    editor = ["From the editor", "Three of this week\u2019s stories are about money that was promised and has not "
              "arrived: allowances in Ghana, fellowships in India, grants in Canada. If your institution has a "
              "story like these, hit reply \u2014 we read everything. \u2014 Nuala"]
    sponsor = ["SPONSORED", "GrantForge: the grant management platform built for research offices. Track every "
               "application, budget and report in one place. Book a demo at grantforge.example.com."]
    deadlines = ["Deadlines and events", "2 May \u2014 Kenya early-career awards: guidance webinar",
                 "30 May \u2014 Ghana tertiary admissions portal closes", "30 June \u2014 India lab mission equipment "
                 "plans due"]
    footer = ["Copyright \u00a9 2025 The Research Brief, All rights reserved.",
              "You are receiving this email because you signed up for The Research Brief at researchbrief.example.org.",
              "Our mailing address is:", "The Research Brief", "14 Pembroke Row", "Dublin 2, D02 X285", "Ireland",
              "Add us to your address book",
              "Want to change how you receive these emails?",
              "You can update your preferences or unsubscribe from this list."]
    toc = [T(x[0]) for x in items]
    GEN = [preheader, "View this email in your browser", "THE RESEARCH BRIEF", "Issue 37 \u00b7 Friday 25 April 2025",
           "Higher education and research funding, from Accra to Adelaide", "In this issue"] + editor + sponsor + \
        deadlines + footer[:3] + footer[4:6] + footer[7:] + ["Email Marketing Powered by Mailchimp"]

    def td(inner):
        return (f'<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter">'
                f'<tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" '
                f'cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer">'
                f'<tbody><tr><td valign="top" class="mcnTextContent" style="padding:0 18px 9px 18px;color:#222222;font-family:Georgia;'
                f'font-size:16px;line-height:150%;">\n{inner}\n</td></tr></tbody></table></td></tr></tbody></table>')

    blocks = []
    blocks.append(td(f'<h3 style="color:#8a2b06">{esc(editor[0])}</h3>\n<p><em>{esc(editor[1])}</em></p>'))
    for i, (a, ps, meta, link) in enumerate(items):
        inner = f'<h2 style="font-size:22px;">{esc(T(a))}</h2>\n'
        inner += "\n".join(f'<p class="meta" style="color:#777777;font-size:13px;">{esc(m)}</p>' for m in meta) + "\n"
        inner += paras_html(ps)
        if link:
            inner += f'\n<p><a href="{attr(link[1])}" target="_blank" style="color:#8a2b06;font-weight:bold;">{esc(link[0])}</a></p>'
        else:
            inner += '\n<p style="color:#777777;font-size:13px;">In print only.</p>'
        blocks.append(td(inner))
        if i == 1:
            blocks.append(td(f'<div style="background:#f4efe6;padding:12px;"><p style="font-size:11px;letter-spacing:2px;">'
                             f'{esc(sponsor[0])}</p><p>{esc(sponsor[1])}</p></div>'))
        mn = list(GEN) + meta + ["In print only."] + [t for t in toc if t != T(a)]
        if link:
            mn.append(link[0])
        reg(a, F_RB, ps, mn)
    blocks.append(td(f'<h3>{esc(deadlines[0])}</h3>\n<ul>' + "".join(f"<li>{esc(d)}</li>" for d in deadlines[1:]) + "</ul>"))

    page = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<!-- NAME: SIMPLE TEXT -->
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Research Brief \u2014 Issue 37: grant results, a new chair and the allowance row</title>
<meta property="og:title" content="The Research Brief \u2014 Issue 37">
<meta property="og:url" content="https://us21.campaign-archive.com/?u=5d8e61c0a9f2b7e3&amp;id=9f3c1a2b7e">
<style type="text/css">p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} h1,h2,h3{{display:block;margin:0;padding:0;}}</style>
<script type="text/javascript">var $mcGoal = {{'settings':{{'uuid':'5d8e61c0a9f2b7e3','dc':'us21'}}}};</script>
</head>
<body>
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{esc(preheader)}</span><!--<![endif]-->
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
<tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader">{td('<p style="text-align:right;font-size:11px;"><a href="https://us21.campaign-archive.com/?u=5d8e61c0a9f2b7e3&amp;id=9f3c1a2b7e" target="_blank">View this email in your browser</a></p>')}</td></tr>
<tr><td valign="top" id="templateHeader">{td('<h1 style="text-align:center;letter-spacing:3px;">THE RESEARCH BRIEF</h1>' + chr(10) + '<p style="text-align:center;">Issue 37 &middot; Friday 25 April 2025</p>' + chr(10) + '<p style="text-align:center;"><em>Higher education and research funding, from Accra to Adelaide</em></p>')}</td></tr>
<tr><td valign="top" id="templateUpperBody">{td('<h3>In this issue</h3>' + chr(10) + '<ul>' + ''.join(f'<li>{esc(t)}</li>' for t in toc) + '</ul>')}</td></tr>
<tr><td valign="top" id="templateBody">
{chr(10).join(blocks)}
</td></tr>
<tr><td valign="top" id="templateFooter">{td('<em>' + esc(footer[0]) + '</em><br>' + esc(footer[1]) + '<br><br><strong>' + esc(footer[2]) + '</strong><br>' + '<br>'.join(esc(x) for x in footer[3:7]) + '<br><br><a href="https://researchbrief.us21.list-manage.com/vcard?u=5d8e61c0a9f2b7e3">' + esc(footer[7]) + '</a><br><br>' + esc(footer[8]) + '<br>You can <a href="https://researchbrief.us21.list-manage.com/profile?u=5d8e61c0a9f2b7e3">update your preferences</a> or <a href="https://researchbrief.us21.list-manage.com/unsubscribe?u=5d8e61c0a9f2b7e3">unsubscribe from this list</a>.<br><br><a href="http://www.mailchimp.com/email-referral/?utm_source=freemium_newsletter" title="Mailchimp - email marketing made easy and fun">Email Marketing Powered by Mailchimp</a>')}</td></tr>
</table>
</td></tr>
</table>
</center>
</body>
</html>
"""
    # "You can update your preferences or unsubscribe from this list." is split by links in the page
    write(F_RB, page)


# ================================================================== Ghost (Casper)
def build_gd():
    a = "gd-freeze-early-career"
    A = ART[a]
    ps = P(a)
    url = A["url"]
    excerpt = "A contract that ends in June, a minister who has not signed, and three things to do while you wait."
    cap = "A laboratory at a Canberra university. Photo by Lab Archive / Unsplash"
    callout = ("Waiting on a grant outcome? Reply to this email and tell me your story \u2014 I read every one.")
    bm = ("Bridging funding, explained", "What your university can and cannot do when a grant is late.")
    signup = ("Get The Grant Desk in your inbox", "Funding news for researchers in Australia and New Zealand, "
              "every Saturday.", "No spam. Unsubscribe anytime.")
    more = [("Fellowship rules that trip people up", "Four clauses to read before you accept an offer.",
             "2025-03-29", "Mar 29, 2025"),
            ("The grants calendar for 2025", "Every major round, its opening date and its usual delays.",
             "2025-03-22", "Mar 22, 2025")]
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": "The Grant Desk", "url": "https://grantdesk.ghost.io/",
                        "logo": {"@type": "ImageObject", "url": "https://grantdesk.ghost.io/content/images/2024/08/logo.png"}},
          "author": {"@type": "Person", "name": "Megan Koh", "url": "https://grantdesk.ghost.io/author/megan/",
                     "sameAs": ["https://x.com/megankoh_grants"]},
          "headline": T(a), "url": url, "datePublished": "2025-04-04T21:30:00.000Z",
          "dateModified": "2025-04-06T02:10:00.000Z",
          "image": {"@type": "ImageObject", "url": "https://grantdesk.ghost.io/content/images/2025/04/lab-canberra.jpg",
                    "width": 2000, "height": 1333},
          "keywords": "Funding, Australia, Early career", "description": excerpt,
          "mainEntityOfPage": url}
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{esc(T(a))}</title>
    <meta name="HandheldFriendly" content="True">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="stylesheet" type="text/css" href="https://grantdesk.ghost.io/assets/built/screen.css?v=a1b2c3d4e5">
    <meta name="description" content="{attr(excerpt)}">
    <link rel="icon" href="https://grantdesk.ghost.io/content/images/size/w256h256/2024/08/favicon.png" type="image/png">
    <link rel="canonical" href="{url}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <link rel="amphtml" href="{url}amp/">
    <meta property="og:site_name" content="The Grant Desk">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{attr(T(a))}">
    <meta property="og:description" content="{attr(excerpt)}">
    <meta property="og:url" content="{url}">
    <meta property="article:published_time" content="2025-04-04T21:30:00.000Z">
    <meta property="article:modified_time" content="2025-04-06T02:10:00.000Z">
    <meta property="article:tag" content="Funding">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="Megan Koh">
    <meta name="twitter:label2" content="Filed under">
    <meta name="twitter:data2" content="Funding, Australia, Early career">
    <script type="application/ld+json">
{json.dumps(ld, indent=4, ensure_ascii=False)}
    </script>
    <meta name="generator" content="Ghost 5.82">
    <link rel="alternate" type="application/rss+xml" title="The Grant Desk" href="https://grantdesk.ghost.io/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://grantdesk.ghost.io/" data-key="3f1e0c2b9a8d7e6f5a4b3c2d1e" data-api="https://grantdesk.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
    <style id="gh-members-styles">.gh-post-upgrade-cta-content {{ border-radius: 3px; }}</style>
</head>
<body class="post-template tag-funding tag-australia tag-early-career is-head-left-logo has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://grantdesk.ghost.io">The Grant Desk</a></div>
            <nav class="gh-head-menu"><ul class="nav">
                <li class="nav-home"><a href="https://grantdesk.ghost.io/">Home</a></li>
                <li class="nav-archive"><a href="https://grantdesk.ghost.io/archive/">Archive</a></li>
                <li class="nav-about"><a href="https://grantdesk.ghost.io/about/">About</a></li>
                <li class="nav-sponsor"><a href="https://grantdesk.ghost.io/sponsor/">Sponsor</a></li>
            </ul></nav>
            <div class="gh-head-actions">
                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
            </div>
        </div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-funding tag-australia tag-early-career">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags">
            <span class="post-card-primary-tag"><a href="/tag/funding/">Funding</a></span>
        </div>
        <h1 class="article-title">{esc(T(a))}</h1>
        <p class="article-excerpt">{esc(excerpt)}</p>
        <div class="article-byline">
        <section class="article-byline-content">
            <ul class="author-list">
                <li class="author-list-item"><a href="/author/megan/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/08/megan.jpg" alt="Megan Koh" /></a></li>
            </ul>
            <div class="article-byline-meta">
                <h4 class="author-name"><a href="/author/megan/">Megan Koh</a></h4>
                <div class="byline-meta-content">
                    <time class="byline-meta-date" datetime="2025-04-05">5 Apr 2025</time>
                    <span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
                </div>
            </div>
        </section>
        </div>
        <figure class="article-image">
            <img srcset="/content/images/size/w300/2025/04/lab-canberra.jpg 300w, /content/images/size/w600/2025/04/lab-canberra.jpg 600w" src="/content/images/size/w2000/2025/04/lab-canberra.jpg" alt="{attr(T(a))}" />
            <figcaption>{esc(cap)}</figcaption>
        </figure>
    </header>
    <section class="gh-content gh-canvas">
        <p>{esc(ps[0])}</p><p>{esc(ps[1])}</p><div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">\U0001f4a1</div><div class="kg-callout-text">{esc(callout)}</div></div><p>{esc(ps[2])}</p><figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://grantdesk.ghost.io/bridging-funding-explained/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(bm[0])}</div><div class="kg-bookmark-description">{esc(bm[1])}</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://grantdesk.ghost.io/content/images/size/w256h256/2024/08/favicon.png" alt=""><span class="kg-bookmark-author">The Grant Desk</span><span class="kg-bookmark-publisher">Megan Koh</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://grantdesk.ghost.io/content/images/2025/03/bridging.jpg" alt=""></div></a></figure><p>{esc(ps[3])}</p><div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color: #F0F0F0;"><div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">{esc(signup[0])}</h2><p class="kg-signup-card-subheading">{esc(signup[1])}</p><form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" id="email" data-members-email type="email" required="true" placeholder="Your email" /><button class="kg-signup-card-button" type="submit"><span class="kg-signup-card-button-default">Subscribe</span><span class="kg-signup-card-button-loading">Loading</span></button></div><div class="kg-signup-card-success">Email sent! Check your inbox to complete your signup.</div></form><p class="kg-signup-card-disclaimer">{esc(signup[2])}</p></div></div></div>
    </section>
</article>
</main>
<section class="footer-cta outer">
    <div class="inner">
        <h2 class="footer-cta-title">Sign up for The Grant Desk</h2>
        <a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a>
    </div>
</section>
<aside class="read-more-wrap outer">
    <div class="read-more inner">
{"".join(f'''        <article class="post-card post">
            <a class="post-card-image-link" href="/{i}/"><img class="post-card-image" src="/content/images/2025/03/card{i}.jpg" alt="" loading="lazy" /></a>
            <div class="post-card-content"><a class="post-card-content-link" href="/{i}/"><header class="post-card-header"><h3 class="post-card-title">{esc(t)}</h3></header>
            <div class="post-card-excerpt">{esc(e)}</div></a>
            <footer class="post-card-meta"><time class="post-card-meta-date" datetime="{d}">{dd}</time><span class="post-card-meta-length">3 min read</span></footer></div>
        </article>
''' for i, (t, e, d, dd) in enumerate(more))}    </div>
</aside>
    </div>
    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="https://grantdesk.ghost.io">The Grant Desk</a> &copy; 2025</section>
            <nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>
</div>
<script src="https://grantdesk.ghost.io/assets/built/casper.js?v=a1b2c3d4e5"></script>
</body>
</html>
"""
    mn = [excerpt, cap, callout, bm[0], bm[1], signup[0], signup[1], signup[2], "Email sent! Check your inbox to "
          "complete your signup.", "Sign up for The Grant Desk", "Enter your email", "Powered by Ghost",
          "The Grant Desk \u00a9 2025", "4 min read", "5 Apr 2025", "Sign in", "Subscribe", "Archive", "Sponsor"] + [m[0] for m in more] + [m[1] for m in more]
    reg(a, F_GD, ps, mn)
    write(F_GD, page)


# ================================================================== Medium
def build_md():
    a = "md-postdoc-essay"
    A = ART[a]
    ps = P(a)
    url = A["url"]
    subtitle = "Agencies count grants. Nobody counts the people who quietly leave."
    cap = "A biofilm on a titanium implant under a confocal microscope. Image by the author."
    bio = ("Microbiologist turned diagnostics scientist in Vancouver. Writing about what happens to the people "
           "science trains.")
    resp = ("This is exactly my cohort too. Four of twelve still in academia, and two of those are on "
            "contracts that end this year.")
    more = ["The grant I didn\u2019t write", "What a lab manager actually does all day",
            "Why I stopped going to conferences", "Ten years of NSERC data in one chart"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "image": ["https://miro.medium.com/v2/resize:fit:1200/1*b1ofilm.jpeg"],
          "url": url, "dateCreated": "2025-04-20T14:10:33.512Z", "datePublished": "2025-04-20T14:10:33.512Z",
          "dateModified": "2025-04-22T03:55:12.004Z", "headline": T(a), "name": T(a), "description": subtitle,
          "identifier": "3f9a2c71b0de", "author": {"@type": "Person", "name": "Sabine Kowalczyk",
                                                  "url": "https://medium.com/@skowalczyk"},
          "creator": ["Sabine Kowalczyk"], "publisher": {"@type": "Organization", "name": "Lab Notes",
                                                        "url": "https://medium.com/lab-notes"},
          "isAccessibleForFree": False, "mainEntityOfPage": url}
    body = "\n".join(f'<p id="p{i:02d}" class="pw-post-body-paragraph lk ll hd lm b ln lo lp lq lr ls lt lu lv lw lx ly lz ma mb mc md me mf mg mh mi gn bk" data-selectable-paragraph="">{esc(p)}</p>'
                     for i, p in enumerate(ps))
    page = f"""<!doctype html><html lang="en"><head><title>{esc(T(a))} | by Sabine Kowalczyk | Lab Notes | Apr, 2025 | Medium</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="2025-04-20T14:10:33.512Z"/><meta data-rh="true" name="title" content="{attr(T(a))} | by Sabine Kowalczyk | Lab Notes | Apr, 2025 | Medium"/><meta data-rh="true" property="og:title" content="{attr(T(a))}"/><meta data-rh="true" property="og:site_name" content="Medium"/><meta data-rh="true" name="description" content="{attr(subtitle)}"/><meta data-rh="true" property="og:url" content="{url}"/><meta data-rh="true" name="author" content="Sabine Kowalczyk"/><meta data-rh="true" property="article:author" content="https://medium.com/@skowalczyk"/><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"/><meta data-rh="true" name="referrer" content="unsafe-url"/><meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="6 min read"/><link data-rh="true" rel="canonical" href="{url}"/><link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/3f9a2c71b0de"/><script data-rh="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><style type="text/css" data-fela-rehydration="512" data-fela-type="STATIC">html{{box-sizing:border-box;-webkit-text-size-adjust:100%}}</style></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x i d y z"><a class="du ah dv bf al b an ao ap aq ar as at au s v w i d q dw z" href="https://rsci.app.link/?%24canonical_url=https%3A%2F%2Fmedium.com%2Fp%2F3f9a2c71b0de&amp;%7Efeature=LoOpenInAppButton">Open in app</a><div class="ab q"><p class="be b dx dy dz ea eb ec ed ee ef eg du"><span><a class="be b dx dy eh dz ea ei eb ec ej ek ee el em eg fm en eo ep eq er es et eu ev ew ex ey ez fa" href="https://medium.com/m/signin?operation=register">Sign up</a></span></p><div class="ax l"><p class="be b dx dy dz ea eb ec ed ee ef eg du"><span><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/m/signin?operation=login">Sign in</a></span></p></div></div></div><div class="p q r fc fd fe ff fg fh"><a aria-label="Homepage" href="https://medium.com/"><svg viewBox="0 0 1043.63 592.71" class="ee fo"></svg></a><div class="ab q"><div class="fi fj fk fl fm fn fo fp fq"><input role="combobox" aria-controls="searchResults" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="ax fy fz ga z gb gc gd ge gf" placeholder="Search" value=""/></div></div></div><div class="ab q dq"><a data-testid="headerWriteButton" href="https://medium.com/m/signin?operation=register&amp;redirect=https%3A%2F%2Fmedium.com%2Fnew-story" rel="noopener follow"><div class="be b bf z du gi gj ab q gk gl"><span>Write</span></div></a></div></div><div class="l"><div class="gm gn go gp gq l"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="gr gs gt gu gv"></div><div class="gw gx gy gz ha"><div class="ab cb"><div class="ci bh ev ew ex ey"><div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="hb hc hd he hf ab"><p class="be b hg hh bk"><span class="hi">Member-only story</span></p></div></div></div><h1 id="0b7a" class="pw-post-title hj hk hl be hm hn ho hp hq hr hs ht hu hv hw hx hy hz ia ib ic id ie if ig ih bk" data-testid="storyTitle" data-selectable-paragraph="">{esc(T(a))}</h1><div class="ii ij ik il im in io ip iq ir is it iu iv iw ix iy"><h2 id="5e2f" class="pw-subtitle-paragraph iz hk hl be b ja jb jc jd je jf jg jh ji jj jk jl jm jn jo cp du">{esc(subtitle)}</h2></div><div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="jp jq jr js jt ab"><div><div class="ab ju"><div><div class="bm" aria-hidden="false"><a href="/@skowalczyk?source=post_page-----3f9a2c71b0de---------------------------------------" rel="noopener follow"><div class="l jv jw by jx jy"><img alt="Sabine Kowalczyk" class="l ep by dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*sk.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bk"><div class="kg ab q"><div class="ab q kh"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="be b bf z kj kk kl km kn ko kp kq bk"><a class="af ag ah ai aj ak al am an ao ap aq ar kr" data-testid="authorName" href="/@skowalczyk?source=post_page-----3f9a2c71b0de---------------------------------------" rel="noopener follow">Sabine Kowalczyk</a></p></div></div></div><span class="ks kt" aria-hidden="true"><span class="be b bf z du">\u00b7</span></span><p class="be b bf z du"><span><a class="ku kv ah ai aj ak al am an ao ap aq ar eo kw kx" href="/m/signin?actionUrl=%2F_%2Fsubscribe%2Fuser%2F8e1f" rel="noopener follow">Follow</a></span></p></div></div></span></div></div><div class="l ky"><span class="be b bf z du"><div class="ab cn kz la lb"><div class="lc ld ab"><div class="be b bf z du ab le"><span class="lf l ky">Published in</span><div><div class="l" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar kr ab q" data-testid="publicationName" href="https://medium.com/lab-notes?source=post_page-----3f9a2c71b0de---------------------------------------" rel="noopener follow"><p class="be b bf z lg lh li lj lk ll lm ln bk">Lab Notes</p></a></div></div></div><div class="h k"><span class="ks kt" aria-hidden="true"><span class="be b bf z du">\u00b7</span></span></div></div><span class="be b bf z du"><div class="ab ae"><span data-testid="storyReadTime">6 min read</span><div class="lo lp l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z du">\u00b7</span></span></div><span data-testid="storyPublishDate">Apr 20, 2025</span></div></span></div></span></div></div></div><div class="ab cp lq lr ls lt lu lv lw lx ly lz ma mb mc md me mf"><div class="h k w fg fh q"><div class="mv l"><div class="ab q mw mx"><div class="pw-multi-vote-icon ed lf my mz na"><div role="tooltip" aria-label="Clap"><button data-testid="headerClapButton" class="af fm ah ai aj ak al nb an ao ap eo nc nd ne nf" aria-label="clap"><svg width="24" height="24" viewBox="0 0 24 24"></svg></button></div></div><div class="pw-multi-vote-count l ng nh ni nj nk nl nm"><p class="be b dx z du"><span class="nn">1.2K</span></p></div></div></div><div><div class="bm" aria-hidden="false"><button class="ao nc nq nr ab q ee ns nt" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24" class="no"></svg><p class="be b dx z du"><span class="pw-responses-count np no">37</span></p></button></div></div></div><div class="ab q mg mh mi mj mk ml mm mn mo mp mq mr ms mt mu"><div class="oa k j i d"></div><div class="h k"><div><div class="bm" aria-hidden="false"><button aria-label="Add to list bookmark button" data-testid="headerBookmarkButton" class="af fm ah ai aj ak al oc an ao ap eo od oe of" disabled=""></button></div></div></div><div class="ep og cn"><div class="l ae"><div class="ab cb"><div class="oh oi oj ok ol om ci bh"><div class="ab"><div class="bm bh" aria-hidden="false"><div><div class="bm" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" class="af fm ah ai aj ak al oc an ao ap eo on oo of op oq or os ot s ou ov ow ox oy oz pa u pb pc pd"><div class="contents"><div class="ab q"><p class="be b bf z du">Listen</p></div></div></button></div></div></div></div></div></div></div></div><div class="bm" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af fm ah ai aj ak al oc an ao ap eo on oo of op oq or os ot s ou ov ow ox oy oz pa u pb pc pd"><div class="contents"><div class="ab q"><p class="be b bf z du">Share</p></div></div></button></div></div></div></div></div></div></div></div></div></div><figure class="pf pg ph pi pj pk pc pd paragraph-image"><div role="button" tabindex="0" class="pl pm ed pn bh po"><div class="pc pd pe"><picture><img alt="" class="bh kv pp c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/1*b1ofilm.jpeg"/></picture></div></div><figcaption class="pq fi pr pc pd ps pt be b bf z du" data-selectable-paragraph="">{esc(cap)}</figcaption></figure>
{body}
</div></div></div></div></section></div></div></article></div><div class="ab cb"><div class="ci bh ev ew ex ey"><div class="ry rz ab jv"><div class="sa ab"><a class="sb ay am ao" href="https://medium.com/tag/academia?source=post_page-----3f9a2c71b0de---------------------------------------" rel="noopener follow"><div class="sc ed cx sd ge se sf be b bf z bk sg">Academia</div></a></div><div class="sa ab"><a class="sb ay am ao" href="https://medium.com/tag/postdoc?source=post_page-----3f9a2c71b0de---------------------------------------" rel="noopener follow"><div class="sc ed cx sd ge se sf be b bf z bk sg">Postdoc</div></a></div><div class="sa ab"><a class="sb ay am ao" href="https://medium.com/tag/research-funding?source=post_page-----3f9a2c71b0de---------------------------------------" rel="noopener follow"><div class="sc ed cx sd ge se sf be b bf z bk sg">Research Funding</div></a></div><div class="sa ab"><a class="sb ay am ao" href="https://medium.com/tag/careers?source=post_page-----3f9a2c71b0de---------------------------------------" rel="noopener follow"><div class="sc ed cx sd ge se sf be b bf z bk sg">Careers</div></a></div></div></div></div><div class="l"></div><footer class="sh si sj sk sl ab q sm io c"><div class="l ae"><div class="ab cb"><div class="ci bh ev ew ex ey"><div class="ab cp sn"><div class="ab q kh"><div class="so l"><span class="l sp sq sr e d"><div class="ab q kh ki"><div class="pw-multi-vote-count l ng nh ni nj nk nl nm"><p class="be b dx z du"><span class="nn">1.2K</span></p></div></div></span></div><div class="ch ab"><p class="be b dx z du"><span class="pw-responses-count np no">37</span></p></div></div></div></div></div></div></footer><div class="ta tb tc td te l"><div class="ab cb"><div class="ci bh ev ew ex ey"><div class="tf bh r tg"></div><div class="th l"><div class="ab ti tj tk ja iz"><div class="tl tm tn to tp tq tr ts tt tu ab cp"><div class="h k"><a tabindex="0" href="/@skowalczyk?source=post_page---post_author_info--3f9a2c71b0de---------------------------------------" rel="noopener follow"><div class="l fj"><img alt="Sabine Kowalczyk" class="l fd by tv tw cx" src="https://miro.medium.com/v2/resize:fill:96:96/1*sk.jpeg" width="48" height="48" loading="lazy"/></div></a></div></div><div class="ab ug uh"><div class="ui uj uk ul um l"><a class="af ag ah aj ak al am an ao ap aq ar as at ab q" href="/@skowalczyk?source=post_page---post_author_info--3f9a2c71b0de---------------------------------------" rel="noopener follow"><h2 class="pw-author-name be ur us ut uu uv uw ux nl uy uz np va vb nu vc vd bk"><span class="gn uq">Written by Sabine Kowalczyk</span></h2></a><div class="se ab im"><div class="l ky"><span class="pw-follower-count be b bf z bk"><a class="af ag ah ai aj ak al am an ao ap aq ar ix" href="/@skowalczyk/followers?source=post_page---post_author_info--3f9a2c71b0de---------------------------------------" rel="noopener follow">412 Followers</a></span></div><div class="be b bf z du ab ve"><span class="ks l" aria-hidden="true"><span class="be b bf z du">\u00b7</span></span><a class="af ag ah ai aj ak al am an ao ap aq ar ix" href="/@skowalczyk/following?source=post_page---post_author_info--3f9a2c71b0de---------------------------------------" rel="noopener follow">Writer for Lab Notes</a></div></div><div class="vf l"><p class="be b bf z bk"><span class="gn">{esc(bio)}</span></p></div></div></div></div></div></div></div></div><div class="vg vh vi vj vk vl vm vn vo vp"><div class="ab cb"><div class="ci bh ev ew ex ey"><div class="ab q cp"><h2 class="be ur oi ok ol om gn bk">Responses (37)</h2></div><div class="vq l"><p class="be b bf z du">What are your thoughts?</p></div><div class="vr l"><div class="vs l"><p class="be b bf z bk">Kwabena Osei-Tutu</p><p class="be b dx z du">Apr 21, 2025</p><pre class="be b bf z bk">{esc(resp)}</pre><p class="be b dx z du">214</p><p class="be b dx z du">Reply</p></div></div></div></div></div><div class="l"><div class="ab cb"><div class="ci bh ev ew ex ey"><h2 class="be ur oi ok ol om gn bk">More from Sabine Kowalczyk and Lab Notes</h2>{"".join(f'<div class="vt l"><h2 class="be gn vu vv bk">{esc(t)}</h2></div>' for t in more[:2])}<h2 class="be ur oi ok ol om gn bk">Recommended from Medium</h2>{"".join(f'<div class="vt l"><h2 class="be gn vu vv bk">{esc(t)}</h2></div>' for t in more[2:])}</div></div></div><div class="vw vx vy vz wa wb"><div class="ab cb"><div class="wc wd ab we ci ev"><div class="ab q"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://help.medium.com/hc/en-us?source=post_page-----3f9a2c71b0de---------------------------------------" rel="noopener follow"><p class="be b dx z du">Help</p></a></div><div class="ab q"><a href="https://medium.statuspage.io/"><p class="be b dx z du">Status</p></a></div><div class="ab q"><a href="https://medium.com/about"><p class="be b dx z du">About</p></a></div><div class="ab q"><a href="https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e"><p class="be b dx z du">Careers</p></a></div><div class="ab q"><a href="mailto:pressinquiries@medium.com"><p class="be b dx z du">Press</p></a></div><div class="ab q"><a href="https://blog.medium.com/"><p class="be b dx z du">Blog</p></a></div><div class="ab q"><a href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9"><p class="be b dx z du">Privacy</p></a></div><div class="ab q"><a href="https://policy.medium.com/medium-rules-30e5502c4eb4"><p class="be b dx z du">Rules</p></a></div><div class="ab q"><a href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f"><p class="be b dx z du">Terms</p></a></div><div class="ab q"><a href="https://speechify.com/medium"><p class="be b dx z du">Text to speech</p></a></div></div></div></div></div></div></div><script>window.__BUILD_ID__="main-20250422-183011-4c1a2b3d4e"</script><script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script><script>window.__PRELOADED_STATE__ = {{"config":{{"nodeEnv":"production","version":"main-20250422-183011-4c1a2b3d4e","target":"production","productName":"Medium"}}}}</script></body></html>
"""
    mn = ["Member-only story", subtitle, cap, "Open in app", "Sign up", "Sign in", "Write", "Follow",
          "Published in", "6 min read", "Apr 20, 2025", "1.2K", "Listen", "Share", "Academia", "Postdoc",
          "Research Funding", "Written by Sabine Kowalczyk", "412 Followers", "Writer for Lab Notes", bio,
          "Responses (37)", "What are your thoughts?", resp, "Kwabena Osei-Tutu",
          "More from Sabine Kowalczyk and Lab Notes", "Recommended from Medium", "Text to speech"] + more
    reg(a, F_MD, ps, mn)
    write(F_MD, page)
