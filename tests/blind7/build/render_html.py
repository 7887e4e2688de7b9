# -*- coding: utf-8 -*-
"""Saved web pages: Blogger post, Guardian-style (data-gu-name) page, regional page with microdata and the date
only in its URL, Substack post, Next.js page with __NEXT_DATA__."""
import json

from common import ART, F_AB, F_AO, F_CV, F_PL, F_PR, P, T, attr, esc, paras_html, reg, write


# ================================================================== Blogger / Blogspot
def build_ab():
    aid = "ab-cassava-rules"
    a = ART[aid]
    url = a["url"]
    ps = P(aid)
    post_id = "7231843310923847562"
    cap = "Cassava flour being bagged at a processing plant in Ogun State. Photo: AgroBeat Naija"
    also = "Ogun farmers get improved cassava stems under new out-grower deal"
    wa = "Follow AgroBeat Naija on WhatsApp for daily farm news and market prices."
    body = (f"<b>By Adaeze Nwosu</b><br /><br />\n"
            f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: '
            f'auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh3kQ/s1600/cassava-flour-bagging.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="900" data-original-width="1600" height="360" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh3kQ/w640-h360/cassava-flour-bagging.jpg" width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">{esc(cap)}</td></tr></tbody></table><br />\n')
    body += "<br /><br />\n".join(esc(p) for p in ps[:2]) + "<br /><br />\n"
    body += (f'<b>ALSO READ:</b> <a href="https://agrobeatnaija.blogspot.com/2024/10/ogun-farmers-get-improved-cassava.html">'
             f'{esc(also)}</a><br /><br />\n')
    body += "<br /><br />\n".join(esc(p) for p in ps[2:]) + "<br /><br />\n"
    body += f"<i>{esc(wa)}</i>\n"
    page = f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://agrobeatnaija.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{url}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="AgroBeat Naija - Atom" href="https://agrobeatnaija.blogspot.com/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="AgroBeat Naija - RSS" href="https://agrobeatnaija.blogspot.com/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="AgroBeat Naija - Atom" href="https://www.blogger.com/feeds/4418230917750312846/posts/default" />
<meta content='{url}' property='og:url'/>
<meta content='{attr(T(aid))}' property='og:title'/>
<meta content='{attr(ps[0][:150])}' property='og:description'/>
<title>AgroBeat Naija: {esc(T(aid))}</title>
<style type="text/css">body {{ font: normal normal 13px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; }}</style>
<script type="text/javascript">(function() {{ var b = window, f = "chrome"; }})();</script>
</head>
<body class='loading'>
<div class='navbar no-items section' id='navbar' name='Navbar'></div>
<div class='body-fauxcolumns'></div>
<div class='content'>
<div class='content-outer'>
<header>
<div class='header-outer'>
<div class='header-inner'>
<div class='Header widget' data-version='1' id='Header1'>
<div id='header-inner'>
<div class='titlewrapper'>
<h1 class='title'><a href='https://agrobeatnaija.blogspot.com/'>AgroBeat Naija</a></h1>
</div>
<div class='descriptionwrapper'>
<p class='description'><span>Farm news, market prices and agribusiness from across Nigeria</span></p>
</div>
</div>
</div>
</div>
</div>
</header>
<div class='tabs-outer'><div class='PageList widget' id='PageList1'><ul><li><a href='https://agrobeatnaija.blogspot.com/'>Home</a></li><li><a href='https://agrobeatnaija.blogspot.com/p/market-prices.html'>Market Prices</a></li><li><a href='https://agrobeatnaija.blogspot.com/p/advertise.html'>Advertise With Us</a></li><li><a href='https://agrobeatnaija.blogspot.com/p/contact.html'>Contact</a></li></ul></div></div>
<div class='main-outer'>
<div class='main-inner columns-fix-2'>
<div class='column-center-outer'>
<div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>Sunday, November 3, 2024</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh3kQ/s1600/cassava-flour-bagging.jpg' itemprop='image_url'/>
<meta content='4418230917750312846' itemprop='blogId'/>
<meta content='{post_id}' itemprop='postId'/>
<a name='{post_id}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{esc(T(aid))}
</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{post_id}' itemprop='description articleBody'>
{body}<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
Posted by
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='https://www.blogger.com/profile/01823345120965321770' itemprop='url'/>
<a class='g-profile' href='https://www.blogger.com/profile/01823345120965321770' rel='author' title='author profile'>
<span itemprop='name'>Webmaster</span>
</a>
</span>
</span>
<span class='post-timestamp'>
at
<meta content='{url}' itemprop='url'/>
<a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2024-11-03T10:42:00+01:00'>10:42 AM</abbr></a>
</span>
<span class='post-comment-link'>
</span>
<span class='post-icons'>
<span class='item-control blog-admin pid-1488218237'>
<a href='https://www.blogger.com/post-edit.g?blogID=4418230917750312846&amp;postID={post_id}&amp;from=pencil' title='Edit Post'>
<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/>
</a>
</span>
</span>
<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=4418230917750312846&amp;postID={post_id}&amp;target=email' target='_blank' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID=4418230917750312846&amp;postID={post_id}&amp;target=blog' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID=4418230917750312846&amp;postID={post_id}&amp;target=twitter' target='_blank' title='Share to X'><span class='share-button-link-text'>Share to X</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID=4418230917750312846&amp;postID={post_id}&amp;target=facebook' target='_blank' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='https://www.blogger.com/share-post.g?blogID=4418230917750312846&amp;postID={post_id}&amp;target=pinterest' target='_blank' title='Share to Pinterest'><span class='share-button-link-text'>Share to Pinterest</span></a>
</div>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='post-labels'>
Labels:
<a href='https://agrobeatnaija.blogspot.com/search/label/cassava' rel='tag'>cassava</a>,
<a href='https://agrobeatnaija.blogspot.com/search/label/exports' rel='tag'>exports</a>,
<a href='https://agrobeatnaija.blogspot.com/search/label/regulation' rel='tag'>regulation</a>
</span>
</div>
<div class='post-footer-line post-footer-line-3'>
<span class='post-location'>
</span>
</div>
</div>
</div>
<div class='comments' id='comments'>
<a name='comments'></a>
<h4>2 comments:</h4>
<div class='comments-content'>
<div class='comment-thread'>
<ol>
<li class='comment' id='c3318240571'><div class='comment-block'><div class='comment-header'><cite class='user'>Tunde Alabi</cite><span class='icon user'></span><span class='datetime secondary-text'><a rel='nofollow' href='{url}?showComment=1730709900000#c3318240571'>November 4, 2024 at 9:45 AM</a></span></div><p class='comment-content'>Three weeks for a lab result is killing our margins. We have two containers waiting at Apapa since October.</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self'>Reply</a><span class='item-control blog-admin blog-admin pid-1488218237'><a target='_self' href='https://www.blogger.com/comment/delete/4418230917750312846/3318240571'>Delete</a></span></span></div></li>
<li class='comment' id='c8820014763'><div class='comment-block'><div class='comment-header'><cite class='user'>Anonymous</cite><span class='datetime secondary-text'><a rel='nofollow' href='{url}?showComment=1730830320000#c8820014763'>November 5, 2024 at 7:12 PM</a></span></div><p class='comment-content'>Good rules but they should have accredited the new labs first.</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self'>Reply</a></span></div></li>
</ol>
</div>
</div>
<p class='comment-footer'>
<a href='https://www.blogger.com/comment/fullpage/post/4418230917750312846/{post_id}' onclick=''>Post a Comment</a>
</p>
</div>
</div>
</div></div>
</div>
<div class='blog-pager' id='blog-pager'>
<span id='blog-pager-newer-link'>
<a class='blog-pager-newer-link' href='https://agrobeatnaija.blogspot.com/2024/11/kano-rice-millers-cut-prices.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a>
</span>
<span id='blog-pager-older-link'>
<a class='blog-pager-older-link' href='https://agrobeatnaija.blogspot.com/2024/11/nigeria-sesame-japan.html' id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a>
</span>
<a class='home-link' href='https://agrobeatnaija.blogspot.com/'>Home</a>
</div>
<div class='clear'></div>
<div class='post-feeds'>
<div class='feed-links'>
Subscribe to:
<a class='feed-link' href='https://agrobeatnaija.blogspot.com/feeds/{post_id}/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a>
</div>
</div>
</div></div>
</div>
<div class='column-right-outer'>
<div class='sidebar section' id='sidebar-right-1'>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'>
<h2>Popular Posts</h2>
<div class='widget-content popular-posts'>
<ul>
<li><div class='item-title'><a href='https://agrobeatnaija.blogspot.com/2024/10/fertilizer-prices-october.html'>Fertilizer prices: what a bag of NPK costs in your state this October</a></div></li>
<li><div class='item-title'><a href='https://agrobeatnaija.blogspot.com/2024/10/ogun-farmers-get-improved-cassava.html'>{esc(also)}</a></div></li>
<li><div class='item-title'><a href='https://agrobeatnaija.blogspot.com/2024/09/how-to-register-export-business.html'>How to register an agro-export business, step by step</a></div></li>
</ul>
</div>
</div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'>
<h2>Blog Archive</h2>
<div class='widget-content'>
<div id='ArchiveList'>
<ul class='hierarchy'>
<li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&nbsp;</span></a><a class='post-count-link' href='https://agrobeatnaija.blogspot.com/2024/'>2024</a><span class='post-count' dir='ltr'>(187)</span>
<ul class='hierarchy'>
<li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&nbsp;</span></a><a class='post-count-link' href='https://agrobeatnaija.blogspot.com/2024/11/'>November</a><span class='post-count' dir='ltr'>(6)</span>
<ul class='posts'>
<li><a href='https://agrobeatnaija.blogspot.com/2024/11/kano-rice-millers-cut-prices.html'>Kano rice millers cut prices as new paddy arrives</a></li>
<li><a href='{url}'>{esc(T(aid))}</a></li>
<li><a href='https://agrobeatnaija.blogspot.com/2024/11/nigeria-sesame-japan.html'>Sesame: Japan is buying again</a></li>
</ul>
</li>
</ul>
<ul class='hierarchy'>
<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>►&nbsp;</span></a><a class='post-count-link' href='https://agrobeatnaija.blogspot.com/2024/10/'>October</a><span class='post-count' dir='ltr'>(21)</span></li>
</ul>
</li>
</ul>
</div>
</div>
</div>
<div class='widget Profile' data-version='1' id='Profile1'>
<h2>About Me</h2>
<div class='widget-content'>
<dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/01823345120965321770' rel='author'>Webmaster</a></dt></dl>
<a class='profile-link' href='https://www.blogger.com/profile/01823345120965321770' rel='author'>View my complete profile</a>
</div>
</div>
</div>
</div>
</div>
</div>
<footer>
<div class='footer-outer'>
<div class='Attribution widget' data-version='1' id='Attribution1'>
<div class='widget-content' style='text-align: center;'>
Simple theme. Theme images by <a href='http://www.istockphoto.com/portfolio/luoman' target='_blank'>luoman</a>. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.
</div>
</div>
</div>
</footer>
</div>
</div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350028-widgets.js"></script>
</body>
</html>
"""
    write(F_AB, page)
    reg(aid, F_AB, ps, [
        "By Adaeze Nwosu", cap, "ALSO READ:", also, wa, "Posted by", "Webmaster", "10:42 AM", "Email This",
        "BlogThis!", "Share to X", "Share to Facebook", "Share to Pinterest", "Labels:", "2 comments:",
        "Three weeks for a lab result is killing our margins.", "Good rules but they should have accredited",
        "Tunde Alabi", "November 4, 2024 at 9:45 AM", "Post a Comment", "Newer Post", "Older Post",
        "Subscribe to:", "Post Comments (Atom)", "Popular Posts", "Blog Archive", "View my complete profile",
        "Simple theme. Theme images by", "Powered by Blogger", "Sunday, November 3, 2024",
        "Farm news, market prices and agribusiness from across Nigeria", "Advertise With Us",
        "Fertilizer prices: what a bag of NPK costs in your state this October",
        "Kano rice millers cut prices as new paddy arrives"])


# ================================================================== Guardian-style page (data-gu-name)
def build_ao():
    aid = "ao-pate-salmonella"
    a = ART[aid]
    url = a["url"]
    ps = P(aid)
    sf = a["standfirst"]
    cap1 = "Several supermarkets have cleared chilled pâté from their shelves."
    cred1 = "Photograph: Maya Bryant/The Albion Observer"
    cap2 = "Chicken liver must reach 70C for at least two minutes to kill Salmonella."
    cred2 = "Photograph: Oleksandr Kovalenko/Alamy"
    rel = "Why chicken liver pâté keeps making people ill"
    epic = ("I hope you appreciated this article. Before you move on, I was hoping you would consider taking the "
            "step of supporting the Observer’s journalism.")
    epic2 = ("We are independent of shareholders and billionaire owners, which means we can report without fear or "
             "favour. Support us from just £2 a month.")
    ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "@id": url,
           "publisher": {"@type": "Organization", "name": "The Albion Observer",
                         "logo": {"@type": "ImageObject", "url": "https://uploads.albionobserver.co.uk/logo.png",
                                  "width": 300, "height": 60}},
           "isAccessibleForFree": True, "image": ["https://i.albionobserver.co.uk/img/media/8c21f0/master/3000.jpg"],
           "author": [{"@type": "Person", "name": "Harriet Lowe",
                       "sameAs": "https://www.albionobserver.co.uk/profile/harriet-lowe"}],
           "datePublished": "2024-11-06T16:42:11.000Z", "headline": T(aid),
           "dateModified": "2024-11-07T09:10:03.000Z", "mainEntityOfPage": url},
          {"@context": "https://schema.org", "@type": "WebPage", "@id": url,
           "potentialAction": {"@type": "ViewAction", "target": "android-app://com.albionobserver/https/" + url[8:]}}]
    body = paras_html(ps[:2], "dcr-16w5gq9")
    body += (f'\n<aside data-spacefinder-role="richLink" class="dcr-1d2xbjd"><div data-print-layout="hide" '
             f'class="dcr-11h4zm7"><span class="dcr-1bnuq8x">Related: </span><a href="https://www.albionobserver.co.uk/food/2024/oct/02/chicken-liver-pate-salmonella-explainer" '
             f'data-link-name="in body link">{esc(rel)}</a></div></aside>\n')
    body += paras_html(ps[2:4], "dcr-16w5gq9")
    body += (f'\n<figure data-spacefinder-role="inline" class="dcr-1g8jy8a"><picture><img alt="Chicken liver pâté" '
             f'src="https://i.albionobserver.co.uk/img/media/1f0c77/master/2000.jpg?width=445"></picture>'
             f'<figcaption class="dcr-1gv0ynj"><span class="dcr-1inf02i">{esc(cap2)}</span> <span>{esc(cred2)}</span>'
             f'</figcaption></figure>\n')
    body += ('<div id="dfp-ad--inline1" class="ad-slot-container dcr-5y3hnu"><div class="ad-slot ad-slot--inline" '
             'data-label-show="true" aria-hidden="true"><div class="ad-slot__label">Advertisement</div></div></div>\n')
    body += paras_html(ps[4:], "dcr-16w5gq9")
    most = ["Stourbridge factory at centre of pâté recall had passed inspection in July",
            "Heavy rain warning as Storm Ashley’s remnants cross the Pennines",
            "Budget 2024: what it means for your pension",
            "The 10 best winter walks in the Peak District",
            "Ministers under pressure over hospital waiting lists"]
    page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(T(aid))} | Food safety | The Albion Observer</title>
<meta name="description" content="{attr(sf)}">
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{attr(T(aid))}">
<meta property="og:description" content="{attr(sf)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-11-06T16:42:11.000Z">
<meta property="article:modified_time" content="2024-11-07T09:10:03.000Z">
<meta property="article:section" content="Food safety">
<meta property="article:author" content="https://www.albionobserver.co.uk/profile/harriet-lowe">
<meta name="author" content="Harriet Lowe">
<meta name="twitter:site" content="@albionobserver">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.albion = {{"config":{{"page":{{"section":"food","contentType":"Article","pageId":"food/2024/nov/06/salmonella-recall-chicken-pate-14-brands","isPaidContent":false,"commentable":true,"webPublicationDate":1730911331000}}}}}};</script>
<style>.dcr-16w5gq9{{padding:0;margin-bottom:14px}}</style>
</head>
<body>
<div id="sp_message_container_1012" class="sp-message-open"><div class="message-component">
<h2>It’s your choice</h2>
<p>We use cookies to improve your experience on our site and to show you personalised advertising. To find out more, read our privacy policy and cookie policy.</p>
<button title="Yes, I’m happy">Yes, I’m happy</button> <button title="Manage or reject cookies">Manage or reject cookies</button>
</div></div>
<a href="#maincontent" class="dcr-skip">Skip to main content</a>
<header data-component="header">
<div class="dcr-top-bar"><a href="https://support.albionobserver.co.uk/contribute">Support us</a> <a href="https://www.albionobserver.co.uk/print-subscriptions">Print subscriptions</a> <a href="https://profile.albionobserver.co.uk/signin">Sign in</a> <a href="https://jobs.albionobserver.co.uk">Search jobs</a></div>
<a href="https://www.albionobserver.co.uk/" data-link-name="nav3 : logo"><span class="dcr-visually-hidden">The Albion Observer - Back to home</span></a>
<nav aria-label="Albion Observer sections"><ul>
<li><a href="/uk">News</a></li><li><a href="/commentisfree">Opinion</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/lifeandstyle">Lifestyle</a></li>
</ul></nav>
<nav aria-label="News sub-sections"><ul><li><a href="/uk-news">UK</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/food">Food safety</a></li><li><a href="/environment">Environment</a></li></ul></nav>
</header>
<main data-layout="StandardLayout">
<article class="dcr-1e6l3fl">
<div data-gu-name="title" class="dcr-1nguwbq"><div class="dcr-1x8uxtv"><a href="https://www.albionobserver.co.uk/food" class="dcr-1a4p1rq"><span>Food safety</span></a></div></div>
<div data-gu-name="headline" class="dcr-1eahbk5"><div class="dcr-1w6uej7"><h1 class="dcr-u0152o">{esc(T(aid))}</h1></div></div>
<div data-gu-name="standfirst" class="dcr-1r1q8xl"><div class="dcr-1o6fncz"><p>{esc(sf)}</p></div></div>
<div data-gu-name="media" class="dcr-1d6lr0c"><figure id="img-1" data-component="image" class="dcr-1oxjhae"><picture class="dcr-evn1e9"><img alt="Empty chilled shelves in a supermarket" src="https://i.albionobserver.co.uk/img/media/8c21f0/master/3000.jpg?width=620" width="620" height="372"></picture>
<figcaption class="dcr-1f4oevd"><span class="dcr-vhofs6">{esc(cap1)}</span> <span>{esc(cred1)}</span></figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1sxtn1p">
<address aria-label="Contributor info"><div class="dcr-1s4ehj2"><a rel="author" href="https://www.albionobserver.co.uk/profile/harriet-lowe" data-link-name="auto tag link">Harriet Lowe</a> Food correspondent</div></address>
<div class="dcr-1b15l7v"><details class="dcr-1ud0z2a"><summary class="dcr-1lfunbd"><span class="dcr-u0h1qy">Wed 6 Nov 2024 16.42 GMT</span></summary>Last modified on Thu 7 Nov 2024 09.10 GMT</details></div>
<div class="dcr-share"><span>Share</span></div>
<div class="dcr-comment-count"><a href="#comments" data-link-name="comment count">124</a></div>
</div>
<div data-gu-name="body" class="dcr-1t9ndy6">
<div id="maincontent" class="dcr-1v5o3pm"><div class="article-body-commercial-selector article-body-viewer-selector dcr-11jq3zt">
{body}
</div></div>
<div class="dcr-epic" data-component="epic">
<h2>… before you move on</h2>
<p>{esc(epic)}</p>
<p>{esc(epic2)}</p>
<a href="https://support.albionobserver.co.uk/contribute?acquisitionData=epic">Support us</a> <button>Remind me in December</button>
</div>
<div class="dcr-keywords"><h2>Explore more on these topics</h2><ul><li><a href="/food/food-safety">Food safety</a></li><li><a href="/society/salmonella">Salmonella</a></li><li><a href="/business/supermarkets">Supermarkets</a></li><li><a href="/uk/news">news</a></li></ul></div>
<div class="dcr-share-bottom"><span>Share</span> <a href="https://syndication.albionobserver.co.uk/content/food/2024/nov/06/salmonella-recall">Reuse this content</a></div>
</div>
</article>
<section data-component="most-viewed"><h2>Most viewed</h2><ol>
{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in most)}
</ol></section>
<section id="comments" data-component="discussion"><h2>Comments (124)</h2>
<p>This discussion is now closed for comments but you can still sign in or create your Albion Observer account to join the discussion next time.</p>
<div class="comment"><span class="dcr-comment-author">PateLover63</span> <time>6 Nov 2024 17:21</time><p>Bought one of these on Saturday. Straight in the bin.</p></div>
<div class="comment"><span class="dcr-comment-author">Brumgirl</span> <time>6 Nov 2024 18:03</time><p>Third time in five years and nobody learns.</p></div>
</section>
</main>
<footer data-component="footer">
<ul><li><a href="/about">About us</a></li><li><a href="/help/contact-us">Contact us</a></li><li><a href="/info/complaints-and-corrections">Complaints &amp; corrections</a></li><li><a href="/help/terms-of-service">Terms &amp; conditions</a></li><li><a href="/info/privacy">Privacy policy</a></li><li><a href="/info/cookies">Cookie policy</a></li></ul>
<p>© 2024 Albion Observer Media Group. All rights reserved.</p>
</footer>
</body>
</html>
"""
    write(F_AO, page)
    reg(aid, F_AO, ps, [
        sf, cap1, cred1, cap2, cred2, "Related:", rel, "Advertisement", epic, epic2, "… before you move on",
        "Remind me in December", "Explore more on these topics", "Reuse this content", "Most viewed",
        "Comments (124)", "This discussion is now closed for comments", "Bought one of these on Saturday.",
        "Third time in five years and nobody learns.", "PateLover63", "It’s your choice",
        "We use cookies to improve your experience on our site", "Yes, I’m happy", "Manage or reject cookies",
        "Skip to main content", "Print subscriptions", "Search jobs", "The Albion Observer - Back to home",
        "Harriet Lowe Food correspondent", "Wed 6 Nov 2024 16.42 GMT", "Last modified on Thu 7 Nov 2024 09.10 GMT",
        "© 2024 Albion Observer Media Group. All rights reserved.", "Complaints & corrections",
        "Stourbridge factory at centre of pâté recall had passed inspection in July",
        "Heavy rain warning as Storm Ashley’s remnants cross the Pennines"])


# ================================================================== regional page, schema.org microdata, date only in the URL
def build_cv():
    aid = "cvc-walnut-ecoli"
    a = ART[aid]
    url = a["url"]
    ps = P(aid)
    cap = "Walnuts dry on racks at a huller near Visalia. (Courier file photo / Dan Ochoa)"
    rel = "Walnut growers see prices firm after three losing years"
    bio = ("Rosa Delgado covers agriculture and water for the Courier. Contact her at rdelgado@cvcourier.com or "
           "559-555-0134.")
    meter = "You have 2 free articles left this month. Subscribe for unlimited access."
    news = "Get the Courier's Ag Report in your inbox every Tuesday and Friday."
    body = paras_html(ps[:2])
    body += (f'\n<div class="inline-promo"><strong>RELATED:</strong> <a href="https://www.cvcourier.com/agriculture/'
             f'walnut-growers-prices-firm/">{esc(rel)}</a></div>\n')
    body += paras_html(ps[2:4])
    body += '\n<div class="ad-container" data-ad-slot="inline1"><span class="ad-label">ADVERTISEMENT</span></div>\n'
    body += paras_html(ps[4:])
    most = [("Tulare County supervisors approve groundwater fee", "Oct. 29, 2024"),
            ("Visalia council delays vote on downtown parking", "Nov. 1, 2024"),
            ("High school football: Mt. Whitney rallies past Redwood", "Nov. 2, 2024"),
            ("Citrus packers brace for labor shortage this winter", "Oct. 31, 2024")]
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(T(aid))} | Central Valley Courier</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{attr(ps[0])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Central Valley Courier">
<meta property="og:title" content="{attr(T(aid))}">
<meta property="og:url" content="{url}">
<link rel="stylesheet" href="/static/css/cvc-2024.10.css">
<script src="/static/js/meter.js" defer></script>
</head>
<body class="story-page section-agriculture">
<div class="cc-window cc-banner" role="dialog" aria-label="cookieconsent"><span class="cc-message">This website uses cookies to ensure you get the best experience on our website. <a class="cc-link" href="/privacy">Learn more</a></span><div class="cc-compliance"><a class="cc-btn cc-dismiss" role="button">Got it!</a></div></div>
<header class="site-header">
<div class="masthead"><a href="/" class="logo">Central Valley Courier</a><span class="tagline">Serving Fresno, Tulare and Kings counties since 1911</span></div>
<div class="header-actions"><a href="/subscribe" class="btn-subscribe">Subscribe</a> <a href="/login">Log in</a> <a href="/e-edition">e-Edition</a></div>
<div class="weather-widget">Visalia 68° Partly cloudy</div>
<nav class="main-nav"><ul><li><a href="/news/">News</a></li><li><a href="/agriculture/">Agriculture</a></li><li><a href="/sports/">Sports</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/classifieds/">Classifieds</a></li></ul></nav>
</header>
<main id="main">
<div class="paywall-meter" role="status">{esc(meter)}</div>
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="{url}">
<div class="kicker"><a href="/agriculture/">Agriculture</a></div>
<h1 class="headline" itemprop="headline">{esc(T(aid))}</h1>
<div class="byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/staff/rosa-delgado/"><span itemprop="name">Rosa Delgado</span></a></span> and <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/staff/kevin-tran/"><span itemprop="name">Kevin Tran</span></a></span>, <span class="byline-title">Courier staff</span></div>
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Central Valley Courier"><div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="https://www.cvcourier.com/static/img/logo.png"></div></div>
<div class="share-tools"><a href="#" class="share-fb">Share on Facebook</a> <a href="#" class="share-x">Post on X</a> <a href="#" class="share-mail">Email</a> <a href="#" class="share-print">Print</a></div>
<figure class="lead-art" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img itemprop="url" src="https://www.cvcourier.com/uploads/walnut-racks.jpg" alt=""><figcaption itemprop="caption">{esc(cap)}</figcaption></figure>
<div class="article-body" itemprop="articleBody">
{body}
</div>
<div class="story-tags">Tags: <a href="/tag/food-safety/">Food safety</a> · <a href="/tag/walnuts/">Walnuts</a> · <a href="/tag/tulare-county/">Tulare County</a></div>
<div class="author-bio">{esc(bio)}</div>
</article>
<div class="newsletter-signup"><p>{esc(news)}</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>
<section class="comments"><h3>3 Comments</h3>
<div class="comment"><span class="comment-author">Gary M.</span> <span class="comment-date">Nov 6, 2024 at 7:14 am</span><p>Praying for the folks at Sierra Orchard. They have always run a clean shop.</p><a class="reply">Reply</a></div>
<div class="comment"><span class="comment-author">ValleyMom</span> <span class="comment-date">Nov 6, 2024 at 9:02 am</span><p>Checked my pantry, ours came from the co-op in Fresno. Returned them.</p><a class="reply">Reply</a></div>
<div class="comment"><span class="comment-author">Dave K</span> <span class="comment-date">Nov 7, 2024 at 4:40 pm</span><p>Six sick in Oregon and we find out from the Oregon side. Figures.</p><a class="reply">Reply</a></div>
</section>
<aside class="most-read"><h3>Most Read</h3><ol>
{''.join(f'<li><a href="#">{esc(t)}</a> <span class="date">{d}</span></li>' for t, d in most)}
</ol></aside>
</main>
<footer class="site-footer">
<p>© 2024 Central Valley Courier, a division of Valley Press Group. All rights reserved.</p>
<ul><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/do-not-sell">Do Not Sell or Share My Personal Information</a></li><li><a href="/contact">Contact Us</a></li></ul>
</footer>
</body>
</html>
"""
    write(F_CV, page)
    reg(aid, F_CV, ps, [
        cap, "RELATED:", rel, "ADVERTISEMENT", bio, meter, news, "Courier staff",
        "This website uses cookies to ensure you get the best experience on our website.", "Got it!",
        "Serving Fresno, Tulare and Kings counties since 1911", "e-Edition", "Visalia 68° Partly cloudy",
        "Share on Facebook", "Post on X", "Tags:", "3 Comments", "Nov 6, 2024 at 7:14 am",
        "Praying for the folks at Sierra Orchard.", "Checked my pantry, ours came from the co-op in Fresno.",
        "Six sick in Oregon and we find out from the Oregon side.", "Most Read",
        "Tulare County supervisors approve groundwater fee", "Citrus packers brace for labor shortage this winter",
        "© 2024 Central Valley Courier, a division of Valley Press Group. All rights reserved.",
        "Do Not Sell or Share My Personal Information"])


# ================================================================== Substack post
def build_pr():
    aid = "pr-kiwifruit-paperwork"
    a = ART[aid]
    url = a["url"]
    ps = P(aid)
    sub = a["subtitle"]
    cta = "Thanks for reading The Paddock Report! Subscribe for free to receive new posts and support my work."
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "mainEntityOfPage": url,
          "headline": T(aid), "description": sub,
          "image": [{"@type": "ImageObject", "url": "https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/kiwi.jpg"}],
          "datePublished": "2024-11-04T18:31:12+00:00", "dateModified": "2024-11-04T18:31:12+00:00",
          "isAccessibleForFree": True,
          "author": [{"@type": "Person", "name": "Mere Tait", "url": "https://substack.com/@meretait",
                      "description": "Rural affairs writer in Hawke’s Bay. Twenty years covering farming, food and "
                                     "the people who grow it.", "identifier": "user:48213377"}],
          "publisher": {"@type": "Organization", "name": "The Paddock Report",
                        "url": "https://thepaddockreport.substack.com",
                        "description": "Farming, food and rural politics from Aotearoa, every Tuesday."}}
    preload = {"isEU": False, "language": "en", "pub": {"name": "The Paddock Report", "subdomain": "thepaddockreport",
                                                        "author_name": "Mere Tait"},
               "post": {"id": 151338201, "title": T(aid), "subtitle": sub, "slug": "kiwifruit-recall-paperwork-failure",
                        "post_date": "2024-11-04T18:31:12.000Z", "audience": "everyone", "reaction_count": 12,
                        "comment_count": 4, "restacks": 2}}
    body = paras_html(ps[:3])
    body += (f'\n<div class="subscription-widget-wrap-editor" data-attrs="{{&quot;url&quot;:&quot;https://thepaddockreport.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}}" data-component-name="SubscribeWidgetToDOM">'
             f'<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">{esc(cta)}</p></div>'
             f'<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">'
             f'<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>\n')
    body += paras_html(ps[3:])
    body += ('\n<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://thepaddockreport.substack.com/p/kiwifruit-recall-paperwork-failure?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}" data-component-name="ButtonCreateButton">'
             '<a class="button primary" href="https://thepaddockreport.substack.com/p/kiwifruit-recall-paperwork-failure?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>')
    preload_js = json.dumps(json.dumps(preload, ensure_ascii=False), ensure_ascii=False)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<meta name="theme-color" content="#ffffff">
<title data-rh="true">{esc(T(aid))}</title>
<meta data-rh="true" name="author" content="Mere Tait">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="{attr(T(aid))}">
<meta data-rh="true" name="twitter:title" content="{attr(T(aid))}">
<meta data-rh="true" name="description" content="{attr(sub)}">
<meta data-rh="true" property="og:description" content="{attr(sub)}">
<meta data-rh="true" property="og:url" content="{url}">
<link data-rh="true" rel="canonical" href="{url}">
<link data-rh="true" rel="alternate" type="application/rss+xml" href="https://thepaddockreport.substack.com/feed" title="The Paddock Report">
<script data-rh="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.5b1c2a.css">
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content">
<a class="navbar-title-link" href="https://thepaddockreport.substack.com">The Paddock Report</a>
<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button> <button class="button sign-in-link">Sign in</button></div>
</div></div>
<div class="container"><div class="single-post-container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header" role="region" aria-label="Post header">
<h1 class="post-title published title-X77sOw" dir="auto">{esc(T(aid))}</h1>
<h3 class="subtitle subtitle-HEEcLo" dir="auto">{esc(sub)}</h3>
<div class="post-meta"><div class="pencraft pc-display-flex pc-gap-12"><div class="profile-hover-card-target"><a href="https://substack.com/@meretait" class="pencraft pc-reset">Mere Tait</a></div>
<div class="pencraft pc-reset color-pub-secondary-text meta-EgzBVA">Nov 05, 2024</div></div>
<div class="post-ufi"><div class="like-button-container"><a class="post-ufi-button"><div class="label">12</div></a></div><a class="post-ufi-button post-ufi-comment-button" href="{url}/comments"><div class="label">4</div></a><div class="post-ufi-button restack-button"><div class="label">2</div></div><div class="post-ufi-button"><div class="label">Share</div></div></div>
</div>
</div>
<div class="available-content"><div class="body markup" dir="auto">
{body}
</div></div>
<div class="post-footer"><div class="post-ufi"><div class="label">12 Likes</div><div>∙</div><div class="label">2 Restacks</div></div>
<div class="post-footer-cta"><h3>Subscribe to The Paddock Report</h3><div class="pub-meta">By Mere Tait · Launched 2 years ago</div><p>Farming, food and rural politics from Aotearoa, every Tuesday.</p><button class="button primary">Subscribe</button></div></div>
</article>
<div class="comments-section" id="discussion"><h4>Discussion about this post</h4>
<div class="comments-tabs"><span>Comments</span> <span>Restacks</span></div>
<div class="comment"><div class="comment-meta"><a>Tom Ngata</a> <span>Nov 5</span></div><div class="comment-body"><p>Spray diaries on paper in 2024 is wild. Our packhouse went digital three years ago and the auditors love it.</p></div><div class="comment-actions"><span>Reply</span> <span>Share</span></div></div>
<div class="comment"><div class="comment-meta"><a>Sue Prendergast</a> <span>Nov 6</span></div><div class="comment-body"><p>The growers I know would welcome it if the software was free.</p></div><div class="comment-actions"><span>Reply</span> <span>Share</span></div></div>
</div>
<div class="ready-for-more"><h3>Ready for more?</h3><button class="button primary">Subscribe</button></div>
</div></div></div>
<div class="footer-wrap"><div class="footer">
<div class="copyright">© 2024 Mere Tait</div>
<div class="footer-terms"><a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div>
<div class="footer-buttons"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="button">Start Writing</a><a href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button" class="button">Get the app</a></div>
<div class="footer-substack-cta"><a href="https://substack.com">Substack</a> is the home for great culture</div>
</div></div>
</div></div>
<script>window._preloads = JSON.parse({preload_js})</script>
<script src="https://substackcdn.com/bundle/static/js/main.3a9c1d.js" charset="utf-8"></script>
</body>
</html>
"""
    write(F_PR, page)
    reg(aid, F_PR, ps, [
        sub, cta, "Nov 05, 2024", "12 Likes", "2 Restacks", "Subscribe to The Paddock Report",
        "By Mere Tait · Launched 2 years ago", "Farming, food and rural politics from Aotearoa, every Tuesday.",
        "Discussion about this post", "Spray diaries on paper in 2024 is wild.",
        "The growers I know would welcome it if the software was free.", "Tom Ngata", "Ready for more?",
        "© 2024 Mere Tait", "Collection notice", "Start Writing", "Get the app", "is the home for great culture",
        "Sign in"])


# ================================================================== Next.js page (__NEXT_DATA__)
def build_pl():
    aid = "pl-soy-china"
    a = ART[aid]
    url = a["url"]
    ps = P(aid)
    dek = "Export inspections for China hit a six-year low for early November."
    cap = "A barge is loaded with soybeans at a terminal on the Mississippi River near Davenport. (Prairie Ledger file photo)"
    rel = ART["pl-pork-philippines"]["title"]
    bio = ("Dana Whitcomb is the Ledger’s markets editor. She has covered grain and oilseed markets since 2009. "
           "Reach her at dwhitcomb@prairieledger.com.")
    nl1 = "Ledger Markets Daily"
    nl2 = "Closing prices, cash bids and the stories that moved them, every weekday at 5 p.m. Central."
    ticker = ["Corn Dec 24 4.21 ▲0.03", "Soybeans Jan 25 9.98 ▼0.07", "Wheat Dec 24 5.64 ▲0.05",
              "Live Cattle Dec 24 186.40 ▲1.15"]
    most = ["Iowa land values dip for first time since 2020", "Farm bill extension: what’s in, what’s out",
            "Cash rents hold steady across northern Iowa", "Hog futures climb on strong export data"]
    nd_body = []
    for i, p in enumerate(ps):
        nd_body.append({"type": "paragraph", "text": p})
        if i == 1:
            nd_body.append({"type": "related", "headline": rel,
                            "href": ART["pl-pork-philippines"]["url"].replace("https://www.prairieledger.com", "")})
        if i == 3:
            nd_body.append({"type": "ad", "slot": "in-article-1"})
    nd = {"props": {"pageProps": {"article": {
        "id": "a1c9e0f2-5b7d-4e3a-9f21-08d4c6b7e213", "headline": T(aid), "dek": dek, "section": "markets",
        "byline": [{"name": "Dana Whitcomb", "slug": "dana-whitcomb", "title": "Markets Editor"}],
        "publishedAt": "2024-11-04T15:30:00.000Z", "updatedAt": "2024-11-05T13:02:00.000Z",
        "canonicalUrl": url, "leadImage": {"src": "/images/2024/11/barge-davenport.jpg", "caption": cap},
        "body": nd_body, "tags": ["Soybeans", "China", "Exports", "Brazil"], "wordCount": sum(len(p.split()) for p in ps),
        "paywall": {"metered": True}}, "mostPopular": most},
        "__N_SSP": True}, "page": "/[section]/[...slug]",
        "query": {"section": "markets", "slug": ["2024", "11", "04", "soybean-shipments-china-slow"]},
        "buildId": "kq3mX0_2Ztq1oA9sWc-Jb", "isFallback": False, "gssp": True, "scriptLoader": []}
    bp = []
    for i, p in enumerate(ps):
        bp.append(f'<p class="ArticleBody_paragraph__Jw2cT">{esc(p)}</p>')
        if i == 1:
            bp.append(f'<aside class="RelatedInline_related__9xQ1m"><span class="RelatedInline_label__Hc6tR">Related:</span> '
                      f'<a href="{ART["pl-pork-philippines"]["url"].replace("https://www.prairieledger.com", "")}">{esc(rel)}</a></aside>')
        if i == 3:
            bp.append('<div class="AdSlot_slot__Lk29s" data-slot="in-article-1"><span class="AdSlot_label__Yh32t">ADVERTISEMENT</span><div id="gpt-in-article-1"></div></div>')
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(T(aid))} | Prairie Ledger</title><meta name="description" content="{attr(dek)}"/><link rel="canonical" href="{url}"/><meta property="og:title" content="{attr(T(aid))}"/><meta property="og:site_name" content="Prairie Ledger"/><meta property="og:url" content="{url}"/><meta property="og:type" content="article"/><meta name="parsely-title" content="{attr(T(aid))}"/><meta name="parsely-author" content="Dana Whitcomb"/><meta name="parsely-pub-date" content="2024-11-04T15:30:00Z"/><meta name="next-head-count" content="12"/><link rel="preload" href="/_next/static/css/8f1b2c3d4e5f6a7b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f1b2c3d4e5f6a7b.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0e2a5c8d1f3b9a47.js" defer=""></script><script src="/_next/static/chunks/pages/_app-7d1e0b4f2a9c3e58.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5B...slug%5D-3f8a2b1c0d9e7f64.js" defer=""></script><script src="/_next/static/kq3mX0_2Ztq1oA9sWc-Jb/_buildManifest.js" defer=""></script><script src="/_next/static/kq3mX0_2Ztq1oA9sWc-Jb/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="Layout_wrapper__x1Y2z">
<header class="SiteHeader_header__3kd9Q"><a class="SiteHeader_logo__Pq8mZ" href="/">Prairie Ledger</a><nav class="SiteHeader_nav__Tz4Lw"><a href="/markets">Markets</a><a href="/crops">Crops</a><a href="/livestock">Livestock</a><a href="/policy">Policy</a><a href="/weather">Weather</a><a href="/opinion">Opinion</a></nav><div class="SiteHeader_actions__b7Rk1"><a href="/subscribe" class="Button_primary__kZ2dQ">Subscribe</a><a href="/account/sign-in">Sign In</a></div></header>
<div class="TickerBar_bar__a9f2K">{''.join(f'<span class="TickerBar_item__c3Vd0">{esc(t)}</span>' for t in ticker)}<span class="TickerBar_delay__Q0s8e">Prices delayed 10 minutes</span></div>
<main class="Layout_main__Fj3xA"><article class="Article_article__Qm2xP">
<div class="Article_kicker__p0w3e"><a href="/markets">Markets</a></div>
<h1 class="Article_headline__Zx81c">{esc(T(aid))}</h1>
<p class="Article_dek__H7v1s">{esc(dek)}</p>
<div class="Byline_byline__u8Tq2"><span class="Byline_authors__w2LxE">By <a href="/authors/dana-whitcomb">Dana Whitcomb</a></span><span class="Byline_dates__r5Nn7"><time dateTime="2024-11-04T15:30:00.000Z">Nov. 4, 2024 9:30 a.m. CT</time><span class="Byline_updated__Mm1pB">Updated <time dateTime="2024-11-05T13:02:00.000Z">Nov. 5, 2024 7:02 a.m. CT</time></span></span></div>
<div class="ShareBar_bar__X8b2n"><button>Share</button><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a><button>Copy link</button></div>
<figure class="LeadImage_figure__U1kqS"><img alt="" src="/_next/image?url=%2Fimages%2F2024%2F11%2Fbarge-davenport.jpg&amp;w=1200&amp;q=75" width="1200" height="675"/><figcaption class="LeadImage_caption__e0Wv5">{esc(cap)}</figcaption></figure>
<div class="ArticleBody_body__k2L9s">
{chr(10).join(bp)}
</div>
<div class="AuthorCard_card__Ys0q2"><p>{esc(bio)}</p></div>
</article>
<aside class="Newsletter_box__Nw6hd"><h2>{nl1}</h2><p>{esc(nl2)}</p><form><input type="email" placeholder="Email address"/><button type="submit">Sign up</button></form></aside>
<aside class="MostPopular_list__Vb1mQ"><h2>Most Popular</h2><ol>{''.join(f'<li><a href="#">{esc(t)}</a></li>' for t in most)}</ol></aside>
</main>
<footer class="SiteFooter_footer__H2xk9"><p>© 2024 Prairie Ledger Media LLC</p><nav><a href="/terms">Terms of Service</a><a href="/privacy">Privacy Policy</a><a href="/contact">Contact</a><a href="/advertise">Advertise</a></nav></footer>
</div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><div id="onetrust-policy-text">We and our partners use cookies and similar technologies to improve your experience, measure traffic and personalise ads.</div></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
</div><script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script></body></html>
"""
    write(F_PL, page)
    reg(aid, F_PL, ps, [
        dek, cap, "Related:", rel, "ADVERTISEMENT", bio, nl1, nl2, "Most Popular", "We value your privacy",
        "We and our partners use cookies and similar technologies", "Accept All Cookies", "Cookie Settings",
        "Prices delayed 10 minutes", ticker[0], ticker[1], "Nov. 4, 2024 9:30 a.m. CT", "Updated",
        "Nov. 5, 2024 7:02 a.m. CT", "Copy link", "© 2024 Prairie Ledger Media LLC", "Terms of Service",
        most[0], most[1]])
