# -*- coding: utf-8 -*-
"""Build tests/blind27/dumps/* and tests/blind27/gold.json from articles.py (deterministic, byte-identical reruns).

usage: /work/main/.venv/bin/python tests/blind27/build/build_set.py

Theme: news saved in read-later, feed-reader and research tools, and exported from them (a Wallabag JSON export,
an Omnivore note synced to Obsidian, an Instapaper read page, a Zotero CSL-JSON export and a Zotero SingleFile
snapshot, a Joplin RAW note, a Notion page export, an Apple News share e-mail, a Feedly "Saved for later" stream,
a Miniflux API dump, a Raindrop.io CSV export and a FreshRSS starred-articles export).
"""
import collections
import datetime
import hashlib
import html
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
sys.path.insert(0, HERE)
from articles import ART, BC, CS, FFW, GL, HD, HO, KT, LS, NT  # noqa: E402

F_JOP = "0f3c9a5e21b84d7c9e6a2b1d4c8f7e30.md"
F_OMN = "2026-11-27 Aalto Line crews to strike from Monday as pay talks collapse.md"
F_INS = "Aalto Line crews to strike from Monday as pay talks collapse.html"
F_WB = "All articles.json"
F_CSL = "Exported Items.json"
F_ZS = "Ferry strike_ talks resume as Aalto Line cancels Stockholm sailings _ Helsinki Observer.html"
F_EML = "Sound Link strike leaves Bremerton commuters scrambling.eml"
F_NOT = "Why the Aalto Line strike is a stress test for Baltic ferry economics 2b8f0e1c4d7a4b6e9c2d1f3a5b7c9e0d.md"
F_FD = "feedly-saved-for-later-2026-12-08.json"
F_MF = "miniflux-starred-2026-12-09.json"
F_RD = "raindrop-export-2026-12-09.csv"
F_FR = "starred_2026-12-08.json"
ALL = [F_JOP, F_OMN, F_INS, F_WB, F_CSL, F_ZS, F_EML, F_NOT, F_FD, F_MF, F_RD, F_FR]
assert ALL == sorted(ALL), sorted(ALL)

COPIES, MUSTNOT, POS, IN_FILE = {}, {}, {}, collections.defaultdict(list)
TITLES = collections.defaultdict(list)

EET = datetime.timezone(datetime.timedelta(hours=2))
PST = datetime.timezone(datetime.timedelta(hours=-8))
GMT = datetime.timezone.utc


def dt(s, tz):
    """'2026-11-27 14:05' in tz -> aware datetime"""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M").replace(
        tzinfo=tz)


# publication instants (local time of the outlet); the gold date is the outlet's local date
PUB = {
    "bc-strike-called": dt("2026-11-27 14:05", EET), "bc-strike-day1": dt("2026-11-30 09:10", EET),
    "ho-strike-live": dt("2026-12-01 07:05", EET), "npa-freight": dt("2026-12-01 13:20", EET),
    "bc-deal": dt("2026-12-03 07:30", EET), "ho-deal": dt("2026-12-03 08:15", EET),
    "ffw-analysis": dt("2026-12-02 11:00", GMT), "ho-editorial": dt("2026-12-02 06:00", EET),
    "bc-hotels": dt("2026-12-02 16:45", EET), "ffw-november": dt("2026-12-07 09:30", GMT),
    "ffw-october": dt("2026-11-06 09:30", GMT), "npa-port-forecast": dt("2026-11-24 11:10", EET),
    "kt-cuts": dt("2026-11-18 06:30", PST), "hd-strike-vote": dt("2026-12-01 11:20", PST),
    "hd-strike-begins": dt("2026-12-04 15:10", PST), "kt-stopgaps": dt("2026-12-05 09:00", PST),
    "hd-deal": dt("2026-12-08 10:05", PST), "kt-opinion": dt("2026-12-06 07:00", PST),
    "nt-bakery": dt("2026-11-22 08:00", PST), "cs-ice-algae": dt("2026-11-25 12:00", GMT),
    "gl-ereaders": dt("2026-11-28 07:00", GMT), "hd-compost": dt("2026-12-02 12:40", PST),
    "bc-tram": dt("2026-11-26 15:30", EET), "nt-salmon": dt("2026-11-29 09:00", PST),
    "cs-herring": dt("2026-12-01 08:00", EET), "gl-heatpumps": dt("2026-12-03 07:00", GMT),
    "nt-cardamom": dt("2026-11-30 08:30", PST), "cs-eelgrass": dt("2026-11-24 10:15", PST),
}
for _aid, _d in PUB.items():
    assert ART[_aid]["date"] == _d.date().isoformat(), (_aid, ART[_aid]["date"], _d)

# the Helsinki Observer's copy of the NPA story and the Seattle republication of the Kitsap story have their own URLs
HO_NPA_URL = "https://www.helsinkiobserver.fi/news/a/ho-20261201-0021/lorry-queues-lengthen-at-vuosaari-as-strike-hits-ferry-freight"
BC_NPA_URL = "https://www.balticcourier.ee/business/2026/12/01/freight-backs-up-at-vuosaari-and-muuga-as-ferry-strike-bites/"
HD_KT_URL = "https://www.harbordispatch.org/transportation/2026/12/05/kitsap-agencies-patch-together-stopgaps-for-stranded-ferry-riders/"
NO_URL = {"npa-freight", "kt-stopgaps"}     # syndicated under two addresses, no shared canonical


def straight(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2013", "-").replace("\u2014", "-"))


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def hx(*parts, n=32):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def reg(aid, src, ps, mn=(), titles=()):
    assert aid in ART, aid
    body = "\n\n".join(" ".join(p.split()) for p in ps)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    IN_FILE[src].append(aid)
    addmn(aid, mn)
    for t in titles:
        if t not in TITLES[aid]:
            TITLES[aid].append(t)
        addmn(aid, [t])


def addmn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = " ".join(s.split())
        if s and s not in lst:
            lst.append(s)


def write(name, data):
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def paras(aid, variant="full"):
    a = ART[aid]
    ps = list(a["paras"])
    if variant == "instapaper":
        ps = ps[:a["instapaper_keep"]]
    elif variant == "omnivore":
        i, j = a["omnivore_join"]
        ps = [straight(p) for p in ps]
        ps = ps[:i] + [ps[i] + " " + ps[j]] + ps[j + 1:]
    elif variant == "v1":
        ps = list(a["v1_paras"])
    elif variant == "ho":
        for i, p in a["ho_edit"].items():
            ps[i] = p
        ps = [p for i, p in enumerate(ps) if i not in a["ho_drop"]]
    elif variant == "hd":
        ps = [p for i, p in enumerate(ps) if i not in a["hd_drop"]]
    elif variant == "teaser":
        ps = ps[:3]
    return ps


def html_paras(ps, extra=None):
    """<p> per paragraph; extra = {index: html inserted before paragraph index}"""
    out = []
    for i, p in enumerate(ps):
        if extra and i in extra:
            out.append(extra[i])
        out.append(f"<p>{esc(p)}</p>")
    return out


def words(ps):
    return sum(len(p.split()) for p in ps)


def epoch(d):
    return int(d.timestamp())


def iso(d, tz):
    return d.astimezone(tz).isoformat(timespec="seconds")


# ====================================================================== 1. Joplin RAW note (a clipped page)
def build_joplin():
    aid = "npa-freight"
    a = ART[aid]
    ps = paras(aid, "ho")
    title = a["ho_title"]
    caption = "Lorries wait to board a ferry at Vuosaari harbour on Tuesday."
    photo = "Photo: Ville Rantala / NPA"
    credit = "Text: Nordic Press Agency (NPA) | 1.12.2026 13:45"
    also_t = ART["ho-strike-live"]["v1_title"]
    also_u = ART["ho-strike-live"]["url"]
    body = [title, "", f"![Lorries queuing at Vuosaari](:/7a0e4c2b9d1f46e3a8c5b0d2e6f9a1c4)", "",
            f"*{caption} {photo}*", "", credit, ""]
    for i, p in enumerate(ps):
        if i == 3:
            body += [f"**Read also:** [{also_t}]({also_u})", ""]
        body += [p, ""]
    body += ["[Aalto Line](https://www.helsinkiobserver.fi/tag/aalto-line) [Strikes](https://www.helsinkiobserver.fi/tag/strikes)"
             " [Shipping](https://www.helsinkiobserver.fi/tag/shipping)", ""]
    meta = [
        "id: 0f3c9a5e21b84d7c9e6a2b1d4c8f7e30",
        "parent_id: 5d2b8e6f0a3c47b19e4d2c8a6f1b3e90",
        "created_time: 2026-12-03T07:48:12.551Z",
        "updated_time: 2026-12-03T07:48:13.020Z",
        "is_conflict: 0",
        "latitude: 60.16985570",
        "longitude: 24.93837910",
        "altitude: 0.0000",
        "author: ",
        f"source_url: {HO_NPA_URL}",
        "is_todo: 0",
        "todo_due: 0",
        "todo_completed: 0",
        "source: joplin-desktop",
        "source_application: net.cozic.joplin-desktop",
        "application_data: ",
        "order: 0",
        "user_created_time: 2026-12-03T07:48:12.551Z",
        "user_updated_time: 2026-12-03T07:48:13.020Z",
        "encryption_cipher_text: ",
        "encryption_applied: 0",
        "markup_language: 1",
        "is_shared: 0",
        "share_id: ",
        "conflict_original_id: ",
        "master_key_id: ",
        "user_data: ",
        "deleted_time: 0",
        "type_: 1",
    ]
    write(F_JOP, "\n".join(body + meta))
    reg(aid, F_JOP, ps, titles=[title],
        mn=[caption, photo, credit, "Text: Nordic Press Agency (NPA)", "Read also:", also_t,
            "created_time: 2026-12-03T07:48:12.551Z", "source_application: net.cozic.joplin-desktop",
            "markup_language: 1", "encryption_applied: 0", "is_conflict: 0", "type_: 1", "deleted_time: 0",
            "parent_id: 5d2b8e6f0a3c47b19e4d2c8a6f1b3e90", "Aalto Line Strikes Shipping"])


# ====================================================================== 2. Omnivore note (Obsidian plugin, custom template)
def build_omnivore():
    aid = "bc-strike-called"
    a = ART[aid]
    ps = paras(aid, "omnivore")
    slug = "aalto-line-crews-to-strike-from-monday-as-pay-talks-collapse-18c1f0a2b3d"
    hl1 = straight(a["paras"][3])
    hl2 = straight(a["paras"][7])
    note1 = "Check against the EMTU statement - they said 5.5% for the Estonian crews?"
    note2 = "Sunday meeting -> follow up Monday"
    lines = [
        "---",
        "id: 8e4f0b1c-6a2d-11ef-9c3a-4b7e2d1f0a55",
        f"title: {a['title']}",
        "author: Kadri Lepp",
        "site_name: The Baltic Courier",
        f"original_url: {a['url']}",
        "tags:",
        "  - ferries",
        "  - strike-file",
        "date_saved: 2026-11-27 18:40:12",
        "date_published: 2026-11-27 14:05:00",
        "---",
        "",
        f"# {a['title']}",
        "#Omnivore",
        "",
        f"[Read on Omnivore](https://omnivore.app/me/{slug})",
        f"[Read Original]({a['url']})",
        "",
        "## Content",
        "",
    ]
    for p in ps:
        lines += [p, ""]
    lines += [
        "## Highlights",
        "",
        f"> {hl1} [⤴️](https://omnivore.app/me/{slug}#3b9c41f7-2e6a-4d18-b0c5-9a7e1f2d8c46)  #pay ",
        "",
        note1,
        "",
        f"> {hl2} [⤴️](https://omnivore.app/me/{slug}#c2e7a9d0-54b1-4f3e-8a6d-0b1c9e7f2a33) ",
        "",
        note2,
        "",
    ]
    write(F_OMN, "\n".join(lines))
    reg(aid, F_OMN, ps, titles=[a["title"]],
        mn=["#Omnivore", "Read on Omnivore", "Read Original", "## Content", "## Highlights", note1, note2,
            "date_saved: 2026-11-27 18:40:12", "date_published: 2026-11-27 14:05:00", "site_name: The Baltic Courier",
            "strike-file", "⤴️"])


# ====================================================================== 3. Instapaper read page saved from the browser
def build_instapaper():
    aid = "bc-strike-called"
    a = ART[aid]
    ps = paras(aid, "instapaper")
    pw1 = "Subscribe to continue reading"
    pw2 = "You have reached your limit of free articles this month. Already a subscriber? Log in"
    pw3 = "Unlock unlimited access from €1 for the first month."
    body_ps = "\n".join(f"<p>{esc(p)}</p>" for p in ps)
    page = f"""<!DOCTYPE html>
<html lang="en" class="instapaper">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])}</title>
<link rel="stylesheet" href="https://staticinstapaper.s3.dualstack.us-west-2.amazonaws.com/css/read.css?v=6f1b2e">
<link rel="icon" href="https://www.instapaper.com/favicon.ico">
<meta name="robots" content="noindex">
</head>
<body class="read_page article_mode serif light">
<div id="controlbar_container">
  <nav class="controlbar top" role="navigation">
    <a class="home_link" href="/u" title="Home">Instapaper</a>
    <div class="controls">
      <a class="control archive_button" href="/archive/1839204772" title="Archive">Archive</a>
      <a class="control like_button" href="/like/1839204772" title="Like">Like</a>
      <a class="control move_button" href="#" title="Move to folder">Move</a>
      <a class="control share_button" href="#" title="Share">Share</a>
      <a class="control text_settings" href="#" title="Text settings">Aa</a>
    </div>
  </nav>
</div>
<main id="main" class="article_main">
  <div id="titlebar" class="titlebar">
    <h1 class="title">{esc(a['title'])}</h1>
    <div class="origin_line">
      <a class="original" href="{attr(a['url'])}" target="_blank" rel="noopener">balticcourier.ee</a>
      <span class="origin_dot">&middot;</span>
      <span class="author">Kadri Lepp</span>
      <span class="origin_dot">&middot;</span>
      <span class="time_estimate">5 min read</span>
    </div>
  </div>
  <div id="story" class="story" data-bookmark-id="1839204772">
{body_ps}
<div class="paywall-prompt"><h3>{esc(pw1)}</h3>
<p>{esc(pw2)}</p>
<p>{esc(pw3)}</p></div>
  </div>
  <div class="bar bottom">
    <a class="view_original" href="{attr(a['url'])}" target="_blank" rel="noopener">View Original</a>
    <span class="separator">|</span>
    <span class="saved_date">Saved Nov 28</span>
    <span class="separator">|</span>
    <a class="highlight_count" href="/notebook">0 highlights</a>
  </div>
</main>
<footer id="footer" class="footer">
  <a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="https://help.instapaper.com">Help</a>
  <span class="copyright">&copy; 2026 Instapaper</span>
</footer>
</body>
</html>
"""
    write(F_INS, page)
    reg(aid, F_INS, ps, titles=[a["title"]],
        mn=[pw1, pw2, pw3, "View Original", "balticcourier.ee", "5 min read", "Saved Nov 28", "0 highlights",
            "© 2026 Instapaper"])


# ====================================================================== 4. Wallabag JSON export ("All articles.json")
def php_json(obj):
    """PHP json_encode() defaults as JMS Serializer emits them: compact, \\/ and \\uXXXX escapes"""
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


BC_NEWSLETTER = "Get The Baltic Courier Morning Briefing in your inbox every weekday at 7.00."
BC_RIGHTS = "© The Baltic Courier 2026. All rights reserved."
HO_WHATSAPP = "Follow Helsinki Observer on WhatsApp for the day’s main stories."
HD_MEMBER = "Seattle Harbor Dispatch is a nonprofit newsroom. Support local journalism: become a member today."
CS_LICENCE = ("This article is published under a Creative Commons Attribution-NoDerivatives licence. You may republish "
              "it free of charge, online or in print, with credit to Coldwater Science.")
GL_AFFILIATE = "We may earn a commission when you buy through links on our site."


def wb_headers(ct="text/html; charset=UTF-8", server="nginx"):
    return {"server": server, "content-type": ct, "cache-control": "max-age=300, public", "vary": "Accept-Encoding"}


def build_wallabag():
    E = []   # (entry dict, aid or None, paras registered, must_not, titles)
    user_tz = EET

    def entry(eid, aid, title, url, given, content, created, published, by, domain, lang="en", tags=(), starred=0,
              archived=0, annotations=(), status="200", preview=None, rt=None, ps=None, mn=(), titles=(),
              updated=None):
        created_d = dt(created, user_tz)
        upd = dt(updated, user_tz) if updated else created_d + datetime.timedelta(seconds=2)
        e = {
            "is_archived": archived, "is_starred": starred, "tags": list(tags), "is_public": False, "id": eid,
            "uid": None, "title": title, "url": url, "given_url": given, "origin_url": None,
            "archived_at": iso(upd + datetime.timedelta(days=1), user_tz) if archived else None,
            "content": content, "created_at": iso(created_d, user_tz), "updated_at": iso(upd, user_tz),
            "published_at": iso(published, user_tz) if published else None, "published_by": list(by) if by else None,
            "starred_at": iso(created_d + datetime.timedelta(minutes=7), user_tz) if starred else None,
            "annotations": list(annotations), "mimetype": "text/html", "language": lang,
            "reading_time": rt if rt is not None else (max(1, round(words(ps) / 200)) if ps else 0),
            "domain_name": domain, "preview_picture": preview, "http_status": status,
            "headers": wb_headers() if status == "200" else {"server": "cloudflare", "content-type": "text/html; charset=UTF-8"},
        }
        E.append((eid, e, aid, ps, mn, titles))

    # --- The Baltic Courier: canonical save and a later save of the newsletter link (same article twice)
    a = ART["bc-strike-called"]
    ps = paras("bc-strike-called")
    also = ART["bc-tram"]["title"]
    bio = "Kadri Lepp covers transport and labour for The Baltic Courier."
    content = "\n".join(
        ['<div class="entry-content">']
        + html_paras(ps, {6: f'<p><strong>Read also:</strong> <a href="{attr(ART["bc-tram"]["url"])}">{esc(also)}</a></p>'})
        + [f'<div class="newsletter-box"><p>{esc(BC_NEWSLETTER)}</p><p><a href="https://www.balticcourier.ee/newsletters/">Sign up</a></p></div>',
           f"<p><em>{esc(bio)}</em></p>", f"<p>{esc(BC_RIGHTS)}</p>", "</div>"])
    note = "Compare with the EMTU's own figure (1,200?) before quoting."
    ann = [{"user": "mkoivisto", "annotator_schema_version": "v1.0", "id": 311, "text": note,
            "created_at": "2026-11-27T18:09:51+02:00", "updated_at": "2026-11-27T18:09:51+02:00",
            "quote": "covers about 1,150 deck, engine and catering staff",
            "ranges": [{"start": "/div[1]/p[2]", "startOffset": "97", "end": "/div[1]/p[2]", "endOffset": "147"}]}]
    mn_bc = ["Read also:", also, BC_NEWSLETTER, "Sign up", bio, BC_RIGHTS]
    entry(1268, "bc-strike-called", a["title"], a["url"], a["url"], content, "2026-11-27 18:02:44",
          PUB["bc-strike-called"], ["Kadri Lepp"], "www.balticcourier.ee", tags=["ferries", "aalto-strike"], starred=1,
          annotations=ann, preview="https://www.balticcourier.ee/wp-content/uploads/2026/11/aalto-star-quay-1200x630.jpg",
          ps=ps, mn=mn_bc + [note], titles=[a["title"]])
    utm = a["url"] + "?utm_source=morning-briefing&utm_medium=email&utm_campaign=2026-11-30"
    entry(1273, "bc-strike-called", a["title"], utm, utm, content, "2026-11-30 07:55:03", PUB["bc-strike-called"],
          ["Kadri Lepp"], "www.balticcourier.ee", tags=["aalto-strike"],
          preview="https://www.balticcourier.ee/wp-content/uploads/2026/11/aalto-star-quay-1200x630.jpg",
          ps=ps, mn=mn_bc, titles=[a["title"]])

    a = ART["bc-strike-day1"]
    ps = paras("bc-strike-day1")
    bio2 = "Kadri Lepp covers transport and labour and Mart Kask covers business for The Baltic Courier."
    content = "\n".join(['<div class="entry-content">'] + html_paras(ps)
                        + [f'<div class="newsletter-box"><p>{esc(BC_NEWSLETTER)}</p><p><a href="https://www.balticcourier.ee/newsletters/">Sign up</a></p></div>',
                           f"<p><em>{esc(bio2)}</em></p>", f"<p>{esc(BC_RIGHTS)}</p>", "</div>"])
    entry(1275, "bc-strike-day1", a["title"], a["url"], a["url"], content, "2026-11-30 19:40:18",
          PUB["bc-strike-day1"], ["Kadri Lepp", "Mart Kask"], "www.balticcourier.ee", tags=["aalto-strike"],
          ps=ps, mn=[BC_NEWSLETTER, "Sign up", bio2, BC_RIGHTS], titles=[a["title"]])

    # --- Helsinki Observer: the live story as updated in the evening
    a = ART["ho-strike-live"]
    ps = paras("ho-strike-live")
    upd = "Article updated 1.12.2026 18:35. Adds that talks were continuing in the evening."
    cap = "Aalto Line’s overnight ships at Helsinki’s West Harbour on Tuesday. Photo: Ville Rantala / HO"
    content = "\n".join([f'<p class="updated"><em>{esc(upd)}</em></p>',
                         f'<figure><img src="https://img.helsinkiobserver.fi/2026/12/01/west-harbour-aalto.jpg" alt=""><figcaption>{esc(cap)}</figcaption></figure>']
                        + html_paras(ps) + [f"<p>{esc(HO_WHATSAPP)}</p>"])
    entry(1278, "ho-strike-live", a["title"], a["url"], a["url"], content, "2026-12-01 21:12:37",
          PUB["ho-strike-live"], ["Aino Virtanen"], "www.helsinkiobserver.fi", tags=["aalto-strike"],
          ps=ps, mn=[upd, cap, HO_WHATSAPP], titles=[a["title"]])

    a = ART["ho-editorial"]
    ps = paras("ho-editorial")
    ed = "This is the Helsinki Observer’s editorial. It represents the view of the editorial board."
    content = "\n".join([f'<p class="kicker">Editorial</p>'] + html_paras(ps) + [f"<p><em>{esc(ed)}</em></p>",
                                                                             f"<p>{esc(HO_WHATSAPP)}</p>"])
    entry(1280, "ho-editorial", a["title"], a["url"], a["url"], content, "2026-12-02 08:20:55", PUB["ho-editorial"],
          ["Helsinki Observer Editorial Board"], "www.helsinkiobserver.fi", tags=["aalto-strike", "opinion"],
          archived=1, ps=ps, mn=[ed, HO_WHATSAPP], titles=[a["title"]])

    # --- a save whose fetch failed (paywall): Wallabag's own error text, no article
    fail = ("wallabag can't retrieve contents for this article. Please <a href=\"https://doc.wallabag.org/en/user/"
            "errors_during_fetching.html#how-can-i-help-to-fix-that\">troubleshoot this issue</a>.")
    entry(1284, None, "Sound Link winter schedule: what changes on Dec. 14",
          "https://www.kitsaptidings.com/news/transportation/sound-link-winter-schedule-what-changes-on-dec-14/article_2f6e0c91.html",
          "https://www.kitsaptidings.com/news/transportation/sound-link-winter-schedule-what-changes-on-dec-14/article_2f6e0c91.html",
          fail, "2026-12-05 13:02:10", None, None, "www.kitsaptidings.com", lang=None, tags=["sound-link"],
          status="403", rt=0)

    # --- Seattle Harbor Dispatch's republication of the Kitsap Tidings story (another outlet, another headline)
    a = ART["kt-stopgaps"]
    ps = paras("kt-stopgaps", "hd")
    rep = ("This story was originally published by the Kitsap Tidings and is republished here under a "
           "content-sharing agreement.")
    byl = "By Dana Whitcomb, Kitsap Tidings"
    content = "\n".join([f"<p><em>{esc(rep)}</em></p>", f'<p class="byline">{esc(byl)}</p>'] + html_paras(ps)
                        + [f"<p>{esc(HD_MEMBER)}</p>"])
    entry(1286, "kt-stopgaps", a["hd_title"], HD_KT_URL, HD_KT_URL, content, "2026-12-06 10:15:29",
          dt("2026-12-05 11:40", PST), ["Dana Whitcomb"], "www.harbordispatch.org", tags=["sound-link"],
          ps=ps, mn=[rep, byl, HD_MEMBER], titles=[a["hd_title"]])

    # --- unrelated saved reads
    a = ART["nt-bakery"]
    ps = paras("nt-bakery")
    cap = "Signe Aalberg shapes rye loaves at Fjordkorn Bakery in Ballard. Photo by Jun Park for Northwest Table"
    rs = "Northwest Table is reader-supported. Become a member to get our weekly recipe letter."
    cr = "© 2026 Northwest Table Media LLC"
    content = "\n".join([f'<figure><img src="https://www.northwesttable.com/images/fjordkorn-1.jpg"><figcaption>{esc(cap)}</figcaption></figure>']
                        + html_paras(ps) + [f'<aside class="support"><p>{esc(rs)}</p></aside>', f"<p>{esc(cr)}</p>"])
    entry(1262, "nt-bakery", a["title"], a["url"], a["url"], content, "2026-11-23 20:15:02", PUB["nt-bakery"],
          ["Hannah Lindqvist"], "www.northwesttable.com", tags=["food"], archived=1, ps=ps, mn=[cap, rs, cr],
          titles=[a["title"]])

    a = ART["cs-ice-algae"]
    ps = paras("cs-ice-algae")
    bio = "Dr. Peter Holm is Coldwater Science’s Nordic correspondent, based in Vaasa."
    content = "\n".join(html_paras(ps) + [f"<p><em>{esc(bio)}</em></p>",
                                          f'<div class="republish"><h4>Republish this article</h4><p>{esc(CS_LICENCE)}</p></div>'])
    entry(1270, "cs-ice-algae", a["title"], a["url"], a["url"], content, "2026-11-28 09:30:41", PUB["cs-ice-algae"],
          ["Dr. Peter Holm"], "www.coldwaterscience.org", tags=["science", "baltic"], ps=ps,
          mn=[bio, "Republish this article", CS_LICENCE], titles=[a["title"]])

    a = ART["ho-review"]
    ps = paras("ho-review")
    content = "\n".join(['<p class="kicker">Book review</p>'] + html_paras(ps) + [f"<p>{esc(HO_WHATSAPP)}</p>"])
    entry(1271, "ho-review", a["title"], a["url"], a["url"], content, "2026-11-29 11:05:12", None, ["Juho Lampinen"],
          "www.helsinkiobserver.fi", tags=["books"], ps=ps, mn=[HO_WHATSAPP, "Book review"], titles=[a["title"]])

    a = ART["gl-ereaders"]
    ps = paras("gl-ereaders")
    bio = "Sam Okafor is Gadget Ledger’s senior reviews editor."
    content = "\n".join([f'<p class="disclaimer"><small>{esc(GL_AFFILIATE)}</small></p>'] + html_paras(ps)
                        + [f"<p><em>{esc(bio)}</em></p>"])
    entry(1276, "gl-ereaders", a["title"], a["url"], a["url"], content, "2026-12-01 07:12:09", PUB["gl-ereaders"],
          ["Sam Okafor"], "www.gadgetledger.co.uk", tags=["gear"], ps=ps, mn=[GL_AFFILIATE, bio],
          titles=[a["title"]])

    E.sort(key=lambda x: -x[0])         # the export lists the newest entry first
    for eid, e, aid, ps, mn, titles in E:
        if aid:
            reg(aid, F_WB, ps, mn=list(mn), titles=titles)
    write(F_WB, php_json([e for _, e, _, _, _, _ in E]))


# ====================================================================== 5. Zotero CSL-JSON export (metadata only)
HO_LIVE_DEK = ("Overnight ships between Helsinki and Stockholm stay in port until at least Thursday as the crews’ "
               "strike enters its second day.")


def build_csl():
    def item(key, typ, fields, authors, issued, accessed):
        d = {"id": f"http://zotero.org/users/9047731/items/{key}", "type": typ}
        d.update(fields)
        if authors:
            d["author"] = [{"family": f, "given": g} for g, f in authors]
        d["accessed"] = {"date-parts": [[accessed[0], accessed[1], accessed[2]]]}
        if issued:
            d["issued"] = {"date-parts": [[issued[0], issued[1], issued[2]]]}
        return d

    a1, a2, a3 = ART["ho-strike-live"], ART["ffw-analysis"], ART["cs-ice-algae"]
    items = [
        item("Q7ZK3M2D", "article-newspaper", {
            "abstract": HO_LIVE_DEK, "container-title": "Helsinki Observer", "language": "en-GB",
            "section": "News", "source": "www.helsinkiobserver.fi", "title": a1["v1_title"], "URL": a1["url"]},
            [("Aino", "Virtanen")], ("2026", 12, 1), ("2026", 12, 1)),
        item("8WJX4T9P", "article-magazine", {
            "abstract": "A dispute over pay and galley jobs exposes how thin the margins on the Helsinki–Tallinn "
                        "corridor have become.",
            "container-title": "Ferry & Freight Weekly", "language": "en", "source": "www.ferryfreightweekly.com",
            "title": a2["title"], "URL": a2["url"]},
            [("Mikael", "Strand"), ("Liis", "Tamm")], ("2026", 12, 2), ("2026", 12, 4)),
        item("F2N6RB8C", "article-magazine", {
            "abstract": "Twenty-two years of under-ice buoy measurements in the Gulf of Bothnia point to an earlier "
                        "spring bloom, with consequences for the herring food web.",
            "container-title": "Coldwater Science", "language": "en", "source": "Coldwater Science",
            "title": a3["title"], "URL": a3["url"]},
            [("Peter", "Holm")], ("2026", 11, 25), ("2026", 11, 28)),
        item("K3PD9V5A", "report", {
            "abstract": "Capacity, pricing and utilisation on 31 Baltic ro-pax routes in 2025, with an outlook for "
                        "2026–2027.",
            "language": "en", "number": "NMA-2026-04", "publisher": "NordMar Analytics", "publisher-place": "Helsinki",
            "title": "Baltic Sea ro-pax market review 2025"},
            [], ("2026", 4, 15), ("2026", 12, 2)),
        item("ZB7H2Q4E", "article-newspaper", {
            "abstract": "Deckhands and engineers walked off the job at midnight; the authority is adding express "
                        "buses and looking for a water shuttle.",
            "container-title": "Seattle Harbor Dispatch", "language": "en-US", "section": "Transportation",
            "source": "www.harbordispatch.org", "title": ART["hd-strike-begins"]["title"],
            "URL": ART["hd-strike-begins"]["url"]},
            [("Marisol", "Ortega")], ("2026", 12, 4), ("2026", 12, 5)),
    ]
    write(F_CSL, json.dumps(items, ensure_ascii=False, indent="\t") + "\n")


# ====================================================================== 6. Zotero snapshot (SingleFile) of the live story, 09:20 version
def build_zotero_snapshot():
    aid = "ho-strike-live"
    a = ART[aid]
    ps = paras(aid, "v1")
    title = a["v1_title"]
    cap = "Passengers at the Aalto Line terminal at Helsinki’s West Harbour on Tuesday morning. Photo: Ville Rantala / HO"
    pub = "Published 1.12.2026 7:05 | Updated 1.12.2026 9:20"
    also_t = ART["bc-strike-day1"]["title"]
    cookie = ("We use cookies to measure our audience and to show you relevant advertising. You can change your "
              "choices at any time in Privacy settings.")
    nl = "The Observer Morning: the day’s news from Finland in English, every weekday at 6.30."
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2026-12-01T07:05:00+02:00", "dateModified": "2026-12-01T09:20:00+02:00",
          "author": [{"@type": "Person", "name": "Aino Virtanen"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Helsinki Observer",
                        "logo": {"@type": "ImageObject", "url": "https://www.helsinkiobserver.fi/static/logo-600.png"}},
          "mainEntityOfPage": a["url"], "description": HO_LIVE_DEK, "isAccessibleForFree": True}
    body = "\n".join(html_paras(ps, {3: f'<aside class=read-also><span class=label>Read also:</span> <a href="https://www.balticcourier.ee/">{esc(also_t)}</a></aside>'}))
    page = f"""<!DOCTYPE html> <html lang=en-GB><!--
 Page saved with SingleFile 
 url: {a['url']} 
 saved date: Tue Dec 01 2026 09:41:27 GMT+0200 (Eastern European Standard Time)
--><meta charset=utf-8>
<meta name=viewport content="width=device-width,initial-scale=1">
<title>{esc(title)} | Helsinki Observer</title>
<meta name=description content="{attr(HO_LIVE_DEK)}">
<meta property=og:site_name content="Helsinki Observer">
<meta property=og:type content=article>
<meta property=og:title content="{attr(title)}">
<meta property=og:url content="{attr(a['url'])}">
<meta property=article:published_time content=2026-12-01T07:05:00+02:00>
<meta property=article:modified_time content=2026-12-01T09:20:00+02:00>
<link rel=canonical href="{attr(a['url'])}">
<script type=application/ld+json>{json.dumps(ld, ensure_ascii=False)}</script>
<style>body{{margin:0;font-family:Georgia,serif;color:#1b1b1b}}.site-header{{border-bottom:1px solid #ddd}}.article-body p{{font-size:1.1rem;line-height:1.6}}.read-also{{border-left:4px solid #0a5;padding:.5rem 1rem}}</style>
<meta name=referrer content=no-referrer><link rel=icon href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAFklEQVR4nGNgGAWjYBSMglEwCgYJAAAEEAABbYLjRQAAAABJRU5ErkJggg==">
<body class="article-page">
<div class=cookie-banner role=dialog><p>{esc(cookie)}</p><button>Accept all</button> <button>Privacy settings</button></div>
<header class=site-header><a class=logo href=https://www.helsinkiobserver.fi/>Helsinki Observer</a>
<nav><ul><li><a href=https://www.helsinkiobserver.fi/news>News</a><li><a href=https://www.helsinkiobserver.fi/business>Business</a><li><a href=https://www.helsinkiobserver.fi/culture>Culture</a><li><a href=https://www.helsinkiobserver.fi/opinion>Opinion</a><li><a href=https://www.helsinkiobserver.fi/sport>Sport</a></ul></nav>
<div class=ticker><span class=ticker-label>Latest</span> <a href=https://www.helsinkiobserver.fi/news>Snow warning for Uusimaa on Wednesday night</a></div></header>
<main><article class=article>
<div class=article-section><a href=https://www.helsinkiobserver.fi/news>News</a></div>
<h1 class=article-title>{esc(title)}</h1>
<p class=article-lead>{esc(HO_LIVE_DEK)}</p>
<div class=article-meta><span class=byline>Aino Virtanen</span> <span class=article-dates>{esc(pub)}</span></div>
<figure class=article-image><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1200' height='675'/%3E" alt=""><figcaption>{esc(cap)}</figcaption></figure>
<div class=share-tools><a>Share on Facebook</a> <a>Share on X</a> <a>Copy link</a></div>
<div class=article-body>
{body}
</div>
<div class=article-tags>Topics: <a href=https://www.helsinkiobserver.fi/tag/aalto-line>Aalto Line</a>, <a href=https://www.helsinkiobserver.fi/tag/strikes>Strikes</a>, <a href=https://www.helsinkiobserver.fi/tag/ferries>Ferries</a></div>
<div class=newsletter-box><p>{esc(nl)}</p><form><input type=email placeholder="Your e-mail address"><button>Subscribe</button></form></div>
</article>
<aside class=most-read><h2>Most read</h2><ol><li><a href=https://www.helsinkiobserver.fi/news>Helsinki raises public transport fares from January</a><li><a href=https://www.helsinkiobserver.fi/news>Snow warning for Uusimaa on Wednesday night</a><li><a href=https://www.helsinkiobserver.fi/sport>HIFK sign Swedish defenceman on two-year deal</a></ol></aside>
</main>
<footer class=site-footer><p>© Helsinki Observer 2026</p><p>Editor-in-chief: Laura Heikkilä</p><p><a href=https://www.helsinkiobserver.fi/about>About us</a> <a href=https://www.helsinkiobserver.fi/privacy>Privacy</a> <a href=https://www.helsinkiobserver.fi/contact>Contact</a></p></footer>
</body></html>"""
    write(F_ZS, page)
    reg(aid, F_ZS, ps, titles=[title],
        mn=[HO_LIVE_DEK, pub, cap, "Read also:", also_t, cookie, "Accept all", "Privacy settings",
            "Snow warning for Uusimaa on Wednesday night", "Share on Facebook", "Copy link", "Topics: Aalto Line, Strikes, Ferries",
            nl, "Most read", "Helsinki raises public transport fares from January", "© Helsinki Observer 2026",
            "Editor-in-chief: Laura Heikkilä"])


# ====================================================================== 7. Notion page export (web clipper database)
def build_notion():
    aid = "ffw-analysis"
    a = ART[aid]
    ps = paras(aid)
    byl = "By Mikael Strand and Liis Tamm"
    cap = "Ro-pax ships laid up at Helsinki’s West Harbour during the strike. Photo: FFW"
    prem = "Ferry & Freight Weekly Premium: get the Baltic Ro-Pax Monitor data tables every month."
    rel_t = ART["ffw-october"]["title"]
    lines = [
        f"# {a['title']}", "",
        "Created: December 4, 2026 8:47 AM",
        "Tags: Baltic, ferries, strike",
        f"URL: {a['url']}", "",
        "ANALYSIS", "",
        byl, "",
        "2 December 2026", "",
        f"![{cap}](https://cdn.ferryfreightweekly.com/images/2026/12/west-harbour-layup.jpg)", "",
        cap, "",
    ]
    for p in ps:
        lines += [p, ""]
    lines += ["---", "",
              f"**{prem}** [Subscribe](https://www.ferryfreightweekly.com/subscribe)", "",
              f"Related: [{rel_t}]({ART['ffw-october']['url']})", ""]
    write(F_NOT, "\n".join(lines))
    reg(aid, F_NOT, ps, titles=[a["title"]],
        mn=["Created: December 4, 2026 8:47 AM", "Tags: Baltic, ferries, strike", "URL: https://", "ANALYSIS", byl,
            "2 December 2026", cap, prem, "Related:", rel_t])


# ====================================================================== 8. Apple News share e-mail (iPhone Mail)
def build_apple_news():
    aid = "hd-strike-begins"
    a = ART[aid]
    ps = paras(aid)
    news = "https://apple.news/AqW3xU8nFRoKz2c9bLhT1wA"
    intro1 = "Thought you’d want this one for the strike file."
    intro2 = "Pasted the whole thing because their site wants a subscription now."
    text = "\n".join([intro1, intro2, "", a["title"], "Seattle Harbor Dispatch", news, "", "Shared from Apple News",
                      "", a["title"], "", "By Marisol Ortega", "December 4, 2026", ""]
                     + [x for p in ps for x in (p, "")] + ["Sent from my iPhone"]) + "\n"
    h = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body dir="auto">',
         f"<div dir=\"ltr\">{esc(intro1)}</div><div dir=\"ltr\">{esc(intro2)}</div><div dir=\"ltr\"><br></div>",
         '<div dir="ltr"><blockquote type="cite"><div dir="ltr">'
         '<table cellpadding="0" cellspacing="0" style="border-radius:10px;border:1px solid #e3e3e3"><tr><td>'
         f'<a href="{news}" style="color:#000;text-decoration:none"><div style="font:600 17px -apple-system">{esc(a["title"])}</div>'
         '<div style="font:13px -apple-system;color:#8a8a8e">Seattle Harbor Dispatch</div></a></td></tr></table>'
         '<div style="font:12px -apple-system;color:#8a8a8e">Shared from <a href="https://www.apple.com/apple-news/">Apple News</a></div>'
         "</div></blockquote></div><div dir=\"ltr\"><br></div>",
         f"<div dir=\"ltr\"><b>{esc(a['title'])}</b></div><div dir=\"ltr\"><br></div>",
         '<div dir="ltr">By Marisol Ortega</div><div dir="ltr">December 4, 2026</div><div dir="ltr"><br></div>']
    for p in ps:
        h.append(f'<div dir="ltr">{esc(p)}</div><div dir="ltr"><br></div>')
    h.append('<div dir="ltr">Sent from my iPhone</div></body></html>')
    import quopri
    bnd = "Apple-Mail-5E0C1F43-8B2A-4D0E-9C61-2F7A3B9D1E04"

    def qp(t):
        return quopri.encodestring(t.replace("\r\n", "\n").encode("utf-8")).decode("ascii")

    head = ["Return-Path: <kaisa.holt@icloud.example>",
            "Received: from smtpclient.apple ([2a02:1406:8b:41::3c7]) by mx.archive.example with ESMTPSA id 4Nq2Xc1mZbz9vQ",
            "\tfor <mari.koivisto@archive.example>; Sat, 5 Dec 2026 05:37:14 +0000 (UTC)",
            f"Content-Type: multipart/alternative; boundary={bnd}",
            "Content-Transfer-Encoding: 7bit",
            "From: Kaisa Holt <kaisa.holt@icloud.example>",
            "Mime-Version: 1.0 (1.0)",
            "Date: Fri, 4 Dec 2026 21:37:12 -0800",
            f"Subject: {a['title']}",
            "Message-Id: <3C1D9F0E-7B44-4A2C-9E15-6D0A8B2F4C71@icloud.example>",
            "To: Mari Koivisto <mari.koivisto@archive.example>",
            "X-Mailer: iPhone Mail (23C71)", ""]
    parts = []
    for sub, payload in (("plain", text), ("html", "".join(h))):
        parts += [f"--{bnd}", f"Content-Type: text/{sub};", "\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable",
                  "", qp(payload).rstrip("\n"), ""]
    parts += [f"--{bnd}--", ""]
    raw = "\r\n".join(head + parts).replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")
    write(F_EML, raw)
    reg(aid, F_EML, ps, titles=[a["title"]],
        mn=[intro1, intro2, "Shared from Apple News", "Sent from my iPhone", "By Marisol Ortega", "December 4, 2026",
            news])


# ====================================================================== feed contents shared by the three feed readers
FEEDS = {
    BC: dict(title="The Baltic Courier", html="https://www.balticcourier.ee", feed="https://www.balticcourier.ee/feed/"),
    HO: dict(title="Helsinki Observer – News", html="https://www.helsinkiobserver.fi",
             feed="https://www.helsinkiobserver.fi/rss/news.xml"),
    FFW: dict(title="Ferry & Freight Weekly", html="https://www.ferryfreightweekly.com",
              feed="https://www.ferryfreightweekly.com/feed.xml"),
    CS: dict(title="Coldwater Science", html="https://www.coldwaterscience.org",
             feed="https://www.coldwaterscience.org/feed/"),
    HD: dict(title="Seattle Harbor Dispatch", html="https://www.harbordispatch.org",
             feed="https://www.harbordispatch.org/feed/"),
    KT: dict(title="Kitsap Tidings | News", html="https://www.kitsaptidings.com",
             feed="https://www.kitsaptidings.com/search/?f=rss&t=article&c=news&l=50&s=start_time&sd=desc"),
    GL: dict(title="Gadget Ledger", html="https://www.gadgetledger.co.uk", feed="https://www.gadgetledger.co.uk/feeds/all.rss"),
    NT: dict(title="Northwest Table", html="https://www.northwesttable.com", feed="https://www.northwesttable.com/feed/"),
}
KT_SUB = "Kitsap Tidings subscribers get unlimited digital access. Subscribe for $1 for your first month."
KT_BIO = "Gwen Harlow is a retired nurse who lives in Manette. She rode the Bremerton fast ferry from 2004 to 2023."
KT_OPED = "Opinions expressed are the author’s own. To submit a column, email opinion@kitsaptidings.com."
FFW_COPY = "Copyright © 2026 Ferry & Freight Weekly. Redistribution prohibited."
HO_MORE = "Read the full article on helsinkiobserver.fi"


def feed_item(aid, outlet, title=None, url=None, variant="full"):
    """(html content, paragraphs, must_not) of a feed entry as the outlet's feed delivers it"""
    a = ART[aid]
    title = title or a["title"]
    url = url or a["url"]
    ps = paras(aid, variant)
    if outlet in (BC, NT):
        tail = f'appeared first on {outlet}.'
        foot = [f'<p>The post <a href="{attr(url)}" rel="nofollow">{esc(title)}</a> appeared first on '
                f'<a href="{FEEDS[outlet]["html"]}" rel="nofollow">{esc(outlet)}</a>.</p>']
        return "\n".join(html_paras(ps) + foot), ps, [tail, f"The post {title} appeared first on {outlet}."]
    if outlet == HO:
        return "\n".join(html_paras(ps) + [f'<p><a href="{attr(url)}">{HO_MORE} »</a></p>']), ps, [HO_MORE]
    if outlet == FFW:
        return "\n".join(html_paras(ps) + [f"<p><small>{esc(FFW_COPY)}</small></p>"]), ps, [FFW_COPY]
    if outlet == CS:
        return "\n".join(html_paras(ps) + [f"<p><em>{esc(CS_LICENCE)}</em></p>"]), ps, [CS_LICENCE]
    if outlet == HD:
        return "\n".join(html_paras(ps) + [f"<p><strong>{esc(HD_MEMBER)}</strong></p>"]), ps, [HD_MEMBER]
    if outlet == KT:
        extra = []
        mn = [KT_SUB]
        if aid == "kt-opinion":
            extra = [f"<p><em>{esc(KT_BIO)}</em></p>", f"<p><em>{esc(KT_OPED)}</em></p>"]
            mn += [KT_BIO, KT_OPED]
        return "\n".join(html_paras(ps) + extra + [f"<p>{esc(KT_SUB)}</p>"]), ps, mn
    if outlet == GL:
        return "\n".join([f"<p><em>{esc(GL_AFFILIATE)}</em></p>"] + html_paras(ps)), ps, [GL_AFFILIATE]
    raise ValueError(outlet)


# ====================================================================== 9. Feedly "Saved for later" stream (API response)
FEEDLY_USER = "user/4c6f2a1e-9b3d-4e57-a0c8-1f2e3d4c5b6a"


def build_feedly():
    # (aid, outlet, author as the feed gives it, saved at (UTC), variant)
    rows = [
        ("bc-strike-day1", BC, "Kadri Lepp and Mart Kask", "2026-11-30 12:02", "full"),
        ("npa-port-forecast", BC, "NPA", "2026-11-24 16:40", "full"),
        ("hd-strike-vote", HD, "Harbor Dispatch Staff", "2026-12-01 22:15", "full"),
        ("ffw-analysis", FFW, "Mikael Strand, Liis Tamm", "2026-12-02 14:31", "full"),
        ("bc-hotels", BC, "Triin Saar", "2026-12-02 17:20", "full"),
        ("bc-deal", BC, "Mart Kask", "2026-12-03 06:10", "full"),
        ("ho-deal", HO, "Juho Lampinen", "2026-12-03 06:55", "teaser"),
        ("gl-heatpumps", GL, "Sam Okafor and Priya Nandakumar", "2026-12-03 09:40", "full"),
        ("nt-cardamom", NT, "Oskar Berg", "2026-12-05 18:02", "full"),
        ("ffw-november", FFW, "Mikael Strand", "2026-12-07 10:05", "full"),
    ]
    rows.sort(key=lambda r: r[3], reverse=True)       # the stream lists the most recently saved first
    items = []
    for aid, outlet, author, saved, variant in rows:
        a = ART[aid]
        content, ps, mn = feed_item(aid, outlet, variant=variant)
        pub = PUB[aid]
        crawled = pub + datetime.timedelta(minutes=4, seconds=17)
        fid = FEEDS[outlet]["feed"]
        saved_ms = int(dt(saved, GMT).timestamp() * 1000)
        item = {
            "id": f"{hx(fid, n=16)}=_{int(crawled.timestamp() * 1000):x}:{hx(aid, n=6)}:{hx(aid, 'x', n=8)}",
            "originId": a["url"],
            "fingerprint": hx(aid, "fp", n=8),
            "content": {"content": content, "direction": "ltr"},
            "title": a["title"],
            "crawled": int(crawled.timestamp() * 1000),
            "origin": {"streamId": f"feed/{fid}", "title": FEEDS[outlet]["title"], "htmlUrl": FEEDS[outlet]["html"]},
            "published": int(pub.timestamp() * 1000),
            "author": author,
            "alternate": [{"href": a["url"], "type": "text/html"}],
            "canonicalUrl": a["url"],
            "unread": False,
            "categories": [{"id": f"{FEEDLY_USER}/category/{'puget-sound' if outlet in (HD, KT) else 'baltic' if outlet in (BC, HO, FFW) else 'reading'}",
                            "label": "Puget Sound" if outlet in (HD, KT) else "Baltic" if outlet in (BC, HO, FFW) else "Reading"}],
            "tags": [{"id": f"{FEEDLY_USER}/tag/global.saved", "label": ""}],
            "actionTimestamp": saved_ms,
            "engagement": int(hx(aid, "e", n=2), 16) % 40 + 2,
        }
        items.append(item)
        reg(aid, F_FD, ps, mn=mn, titles=[a["title"]])
    doc = {"id": f"{FEEDLY_USER}/tag/global.saved", "title": "Saved For Later", "direction": "ltr",
           "updated": items[0]["actionTimestamp"], "items": items}
    write(F_FD, json.dumps(doc, ensure_ascii=False, separators=(",", ":")))


# ====================================================================== 10. Miniflux API dump (GET /v1/entries?starred=true)
def go_json(obj):
    """Go encoding/json: compact, HTML-escaped <, >, & and U+2028/2029, UTF-8 otherwise"""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def go_time(d, tz):
    """Go time.Time JSON (RFC 3339 with nanoseconds, trailing zeros trimmed)"""
    s = d.astimezone(tz).isoformat(timespec="microseconds")
    head, off = s[:-6], s[-6:]
    if "." in head:
        head = head.rstrip("0").rstrip(".")
    return head + off


def build_miniflux():
    tz = EET            # the user's Miniflux timezone setting is Europe/Helsinki
    feeds = {HD: 14, KT: 15, GL: 9, CS: 11}
    cats = {HD: (4, "Puget Sound"), KT: (4, "Puget Sound"), GL: (6, "Tech"), CS: (5, "Science")}
    rows = [
        ("hd-deal", HD, "Marisol Ortega and Ray Tanaka"),
        ("kt-opinion", KT, "gharlow@kitsaptidings.com (Gwen Harlow)"),
        ("kt-stopgaps", KT, "dwhitcomb@kitsaptidings.com (Dana Whitcomb)"),
        ("hd-strike-begins", HD, "Marisol Ortega"),
        ("hd-compost", HD, "Ray Tanaka"),
        ("hd-strike-vote", HD, "Harbor Dispatch Staff"),
        ("gl-ereaders", GL, "Sam Okafor"),
        ("cs-eelgrass", CS, "Peter Holm"),
        ("kt-cuts", KT, "dwhitcomb@kitsaptidings.com (Dana Whitcomb)"),
    ]
    rows.sort(key=lambda r: PUB[r[0]], reverse=True)
    entries = []
    for n, (aid, outlet, author) in enumerate(rows):
        a = ART[aid]
        content, ps, mn = feed_item(aid, outlet)
        pub = PUB[aid]
        created = pub + datetime.timedelta(minutes=11, seconds=40)
        fid = feeds[outlet]
        cid, ctitle = cats[outlet]
        e = {
            "id": 48210 + 37 * (len(rows) - n),
            "user_id": 1,
            "feed_id": fid,
            "status": "read",
            "hash": hashlib.sha256(a["url"].encode()).hexdigest(),
            "title": a["title"],
            "url": a["url"],
            "comments_url": "",
            "published_at": iso(pub, tz),
            "created_at": go_time(created + datetime.timedelta(microseconds=int(hx(aid, "c", n=5), 16) % 999983), tz),
            "changed_at": go_time(created + datetime.timedelta(hours=3, minutes=2,
                                                               microseconds=int(hx(aid, "u", n=5), 16) % 999983), tz),
            "content": content,
            "author": author,
            "share_code": "",
            "starred": True,
            "reading_time": max(1, round(words(ps) / 265)),
            "enclosures": None,
            "feed": {
                "id": fid, "user_id": 1, "feed_url": FEEDS[outlet]["feed"], "site_url": FEEDS[outlet]["html"] + "/",
                "title": FEEDS[outlet]["title"], "checked_at": "2026-12-09T06:48:03.219551+02:00",
                "next_check_at": "0001-01-01T00:00:00Z", "etag_header": "", "last_modified_header": "",
                "parsing_error_message": "", "parsing_error_count": 0, "scraper_rules": "", "rewrite_rules": "",
                "crawler": False, "blocklist_rules": "", "keeplist_rules": "", "urlrewrite_rules": "", "user_agent": "",
                "cookie": "", "username": "", "password": "", "disabled": False, "no_media_player": False,
                "ignore_http_cache": False, "allow_self_signed_certificates": False, "fetch_via_proxy": False,
                "hide_globally": False, "disable_http2": False, "apprise_service_urls": "",
                "category": {"id": cid, "title": ctitle, "user_id": 1, "hide_globally": False},
                "icon": {"feed_id": fid, "icon_id": fid + 20},
            },
            "tags": ["Transportation"] if outlet in (HD, KT) and aid != "hd-compost" else [],
        }
        entries.append(e)
        reg(aid, F_MF, ps, mn=mn, titles=[a["title"]])
    write(F_MF, go_json({"total": len(entries), "entries": entries}) + "\n")


# ====================================================================== 11. Raindrop.io CSV export (only two rows carry a text)
def build_raindrop():
    import csv
    rd_lh_note1 = ("Print edition, Winter 2026 issue, pp. 34-41. Typed up from the magazine - the web version is "
                   "members-only.")
    rd_lh_credit = "Words: Elin Nyberg · Photographs: Jonas Ek"
    lh = ART["ls-lighthouse"]
    lh_ps = paras("ls-lighthouse")
    lh_note = "\n\n".join([rd_lh_note1, rd_lh_credit] + lh_ps)
    sa = ART["nt-salmon"]
    sa_ps = paras("nt-salmon")
    rd_sa_note1 = "for the Christmas market piece - full text pasted below (paywall)"
    rd_sa_by = "By Hannah Lindqvist | November 29, 2026"
    sa_note = "\n\n".join([rd_sa_note1, sa["title"], rd_sa_by] + sa_ps)
    deal = ART["bc-deal"]
    rows = [
        # id, title, note, excerpt, url, folder, tags, created, cover, highlights, favorite
        ("1048213377", "Sound Link Ferries | Service alerts", "",
         "Real-time service alerts for the Bremerton and Kingston fast ferries.",
         "https://www.soundlinkferries.com/alerts", "Ferry strike", "puget sound, ferries", "2026-12-05T06:12:40.311Z",
         "https://www.soundlinkferries.com/img/og-default.png", "", "false"),
        ("1047980211", f"{deal['title']} | The Baltic Courier", "",
         "Crew pay will rise 5.2% over two years under the settlement; the Stockholm route restarts on Saturday.",
         deal["url"], "Ferry strike", "aalto line, ferries", "2026-12-03T07:58:21.902Z",
         "https://www.balticcourier.ee/wp-content/uploads/2026/12/aalto-deal-1200x630.jpg",
         "Highlight:Galley staff now employed through a manning agency will be offered direct contracts with Aalto "
         "Line from April.\nNote:the real win for the unions", "true"),
        ("1047702645", f"{sa['title']} - Northwest Table", sa_note,
         "Blame a poor Bristol Bay sockeye run, pricier alder wood and labor.", sa["url"], "Reading",
         "food, for later", "2026-11-30T17:44:09.118Z", "https://www.northwesttable.com/images/sockeye-og.jpg", "",
         "false"),
        ("1047377018", "Aalto Line | Timetables and fares", "",
         "Book ferry tickets between Helsinki, Tallinn and Stockholm.", "https://www.aaltoline.com/en/timetables",
         "Ferry strike", "aalto line", "2026-11-27T16:20:55.640Z", "https://www.aaltoline.com/static/og.jpg", "",
         "false"),
        ("1046851733", f"{lh['title']} | The Long Sound", lh_note,
         "On the world’s fastest-rising coast, a dwindling band of volunteers keeps the old lights company.",
         lh["url"], "Longreads", "kvarken, lighthouses", "2026-11-24T20:31:47.005Z",
         "https://www.thelongsound.se/media/valsorarna-cover.jpg", "", "true"),
        ("1046420980", "Sound Link to trim Bremerton fast-ferry sailings through winter | Kitsap Tidings", "",
         "Four daily round trips will be cut from Dec. 14 through February, the company says.",
         ART["kt-cuts"]["url"], "Ferry strike", "puget sound, ferries", "2026-11-19T03:05:12.777Z",
         "https://bloximages.kitsaptidings.com/sound-link-cuts.jpg", "", "false"),
        ("1046103322", "Vuosaari harbour, 24 hours in two minutes - YouTube", "",
         "A timelapse of trailers, cranes and ferries at Helsinki's main cargo harbour.",
         "https://www.youtube.com/watch?v=Qm3tV8nLr2E", "Ferry strike", "video", "2026-11-16T11:09:33.260Z",
         "https://i.ytimg.com/vi/Qm3tV8nLr2E/maxresdefault.jpg", "", "false"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "title", "note", "excerpt", "url", "folder", "tags", "created", "cover", "highlights", "favorite"])
    for r in rows:
        w.writerow(r)
    write(F_RD, buf.getvalue())
    # file order: the salmon row comes before the lighthouse row
    reg("nt-salmon", F_RD, sa_ps, titles=[sa["title"], f"{sa['title']} - Northwest Table"],
        mn=[rd_sa_note1, rd_sa_by, "Blame a poor Bristol Bay sockeye run, pricier alder wood and labor.",
            "for later"])
    reg("ls-lighthouse", F_RD, lh_ps, titles=[lh["title"], f"{lh['title']} | The Long Sound"],
        mn=[rd_lh_note1, rd_lh_credit, "Photographs: Jonas Ek",
            "On the world’s fastest-rising coast, a dwindling band of volunteers keeps the old lights company.",
            "kvarken, lighthouses", "Longreads"])


# ====================================================================== 12. FreshRSS starred-articles export
def build_freshrss():
    user = "mkoivisto"
    opts = dict(ensure_ascii=False, indent=4)
    head = json.dumps({"id": f"user/{user}/state/org.freshrss/starred", "title": "List of favourite articles",
                       "author": user, "items": []}, **opts)
    out = head.rstrip(" ]}\n\r\t") + "\n"
    feed_ids = {BC: 3, HO: 4, FFW: 7, CS: 11}
    rows = [
        # aid, outlet, author, fetched (minutes after publication), user labels, entry tags
        ("ffw-october", FFW, "Mikael Strand", 6, [], ["Ro-pax", "Statistics"]),
        ("bc-tram", BC, "Baltic Courier staff", 9, [], ["News", "Tallinn"]),
        ("bc-strike-day1", BC, "Kadri Lepp; Mart Kask", 9, ["Aalto strike"], ["News", "Aalto Line", "Strikes"]),
        ("cs-herring", CS, "Coldwater Science News Desk", 14, [], ["Fisheries"]),
        ("npa-freight", BC, "NPA", 9, ["Aalto strike"], ["Business", "Aalto Line", "Freight"]),
        ("ffw-analysis", FFW, "Mikael Strand; Liis Tamm", 6, ["Aalto strike"], ["Analysis", "Ro-pax"]),
        ("bc-hotels", BC, "Triin Saar", 9, ["Aalto strike"], ["News", "Tourism"]),
        ("bc-deal", BC, "Mart Kask", 9, ["Aalto strike"], ["Business", "Aalto Line", "Strikes"]),
        ("ho-deal", HO, "Juho Lampinen", 20, ["Aalto strike"], []),
    ]
    first = True
    for aid, outlet, author, lag, labels, tags in rows:
        a = ART[aid]
        title = a["title"]
        url = a["url"] if aid != "npa-freight" else BC_NPA_URL
        variant = "teaser" if outlet == HO else "full"
        content, ps, mn = feed_item(aid, outlet, title=title, url=url, variant=variant)
        pub = PUB[aid]
        added = pub + datetime.timedelta(minutes=lag, seconds=31)
        usec = int(added.timestamp()) * 1000000 + int(hx(aid, n=5), 16) % 1000000
        fid = feed_ids[outlet]
        item = {
            "id": f"tag:google.com,2005:reader/item/{usec:016x}",
            "crawlTimeMsec": str(usec)[:-3],
            "timestampUsec": str(usec),
            "published": epoch(pub),
            "title": title,
            "canonical": [{"href": url}],
            "alternate": [{"href": url, "type": "text/html"}],
            "categories": ["user/-/state/com.google/reading-list"],
            "origin": {"streamId": f"feed/{fid}"},
            "content": {"content": content},
            "guid": url if outlet != BC else f"https://www.balticcourier.ee/?p={20000 + int(hx(aid, n=4), 16) % 9000}",
        }
        item["origin"]["htmlUrl"] = FEEDS[outlet]["html"] + "/"
        item["origin"]["title"] = FEEDS[outlet]["title"]
        item["origin"]["feedUrl"] = FEEDS[outlet]["feed"]
        item["author"] = author
        item["categories"] += ["user/-/state/com.google/read", "user/-/state/com.google/starred"]
        item["categories"] += [f"user/-/label/{lb}" for lb in labels] + list(tags)
        out += ("" if first else ",\n") + json.dumps(item, **opts)
        first = False
        reg(aid, F_FR, ps, mn=mn, titles=[title])
    out += "\n]}\n"
    write(F_FR, out)


# ====================================================================== gold
OUTLET_ALTS = {
    BC: ["The Baltic Courier", "Baltic Courier"],
    HO: ["Helsinki Observer", "Helsinki Observer – News"],
    FFW: ["Ferry & Freight Weekly"],
    KT: ["Kitsap Tidings", "Kitsap Tidings | News"],
    HD: ["Seattle Harbor Dispatch", "Harbor Dispatch"],
    NT: ["Northwest Table"],
    CS: ["Coldwater Science"],
    GL: ["Gadget Ledger"],
    LS: ["The Long Sound", "Long Sound"],
}
# Wallabag gives no publication name, only domain_name: the name found in the saved text's furniture, the domain,
# or null are accepted for articles whose only copy is a Wallabag entry
WB_ONLY_DOMAIN = {"ho-editorial": "www.helsinkiobserver.fi", "nt-bakery": "www.northwesttable.com",
                  "cs-ice-algae": "www.coldwaterscience.org", "ho-review": "www.helsinkiobserver.fi"}
# Raindrop rows state the publication only as a suffix of the page title
RD_ONLY = {"ls-lighthouse", "nt-salmon"}
AUTHOR_ALTS = {
    "npa-freight": [[], ["NPA"], ["Nordic Press Agency"]],
    "npa-port-forecast": [[], ["NPA"]],
    "cs-ice-algae": [["Peter Holm"], ["Dr. Peter Holm"]],
}


def outlets_for(aid):
    a = ART[aid]
    if aid == "npa-freight":        # the Helsinki Observer copy is a Joplin clip that names no outlet but its URL's
        return OUTLET_ALTS[BC] + ["Helsinki Observer"]
    if aid == "kt-stopgaps":
        return OUTLET_ALTS[KT] + OUTLET_ALTS[HD]
    alts = list(OUTLET_ALTS[a["outlet"]])
    if aid in WB_ONLY_DOMAIN:
        alts += [None, WB_ONLY_DOMAIN[aid]]
    if aid in RD_ONLY:
        alts += [None]
    return alts


def decoded_views(fn):
    """the dump's text as a reader sees it (JSON strings unescaped, MIME parts decoded, entities resolved)"""
    b = open(os.path.join(DUMPS, fn), "rb").read()
    if fn.endswith(".json"):
        strings = []

        def walk(v):
            if isinstance(v, str):
                strings.append(v)
            elif isinstance(v, dict):
                for x in v.values():
                    walk(x)
            elif isinstance(v, list):
                for x in v:
                    walk(x)
        walk(json.loads(b.decode("utf-8")))
        raw = "\n".join(strings)
    elif fn.endswith(".eml"):
        import email as _email
        msg = _email.message_from_bytes(b)
        raw = "\n".join([str(msg["Subject"])] + [p.get_payload(decode=True).decode("utf-8") for p in msg.walk()
                                                 if p.get_content_maintype() == "text"])
    else:
        raw = b.decode("utf-8")
    if fn.endswith(".md"):
        raw = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", raw).replace("**", "")
    raw = html.unescape(raw)
    flat = " ".join(re.sub(r"<[^>]+>", " ", raw).split()) + " || " + " ".join(re.sub(r"<[^>]+>", "", raw).split())
    return raw, flat


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    build_joplin()
    build_omnivore()
    build_instapaper()
    build_wallabag()
    build_csl()
    build_zotero_snapshot()
    build_notion()
    build_apple_news()
    build_feedly()
    build_miniflux()
    build_raindrop()
    build_freshrss()
    assert sorted(os.listdir(DUMPS)) == ALL, sorted(os.listdir(DUMPS))
    assert set(ART) == set(COPIES), set(ART) ^ set(COPIES)
    views = {fn: decoded_views(fn) for fn in ALL}
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        g = {"id": aid, "title": list(TITLES[aid]), "outlet": outlets_for(aid), "date": a["date"],
             "authors": AUTHOR_ALTS.get(aid, [list(a["authors"])])}
        if aid not in NO_URL:
            g["url"] = a["url"]
        g["must_not"] = list(MUSTNOT.get(aid, []))
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    for g in gold:
        hay = " ".join(views[c["source"]][0] for c in g["copies"]).lower()
        keep = [o for o in g["outlet"] if o is None or o.lower() in hay]
        assert any(o for o in keep), g["id"]
        g["outlet"] = keep
    bodies = [c["body"] for g in gold for c in g["copies"]]
    for g in gold:
        bad = [m for m in g["must_not"] if any(m in b for b in bodies)]
        assert not bad, (g["id"], bad)
        srcs = {c["source"] for c in g["copies"]}
        missing = [m for m in g["must_not"] if not any(m in views[s][0] or m in views[s][1] for s in srcs)]
        assert not missing, (g["id"], missing)
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {len(bodies)} copies, {sum(1 for g in gold if len(g['copies']) > 1)} duplicate "
          f"groups, {len(ALL)} files, {sum(len(g['must_not']) for g in gold)} must_not, "
          f"{sum(os.path.getsize(os.path.join(DUMPS, f)) for f in ALL)} bytes")


if __name__ == "__main__":
    main()
