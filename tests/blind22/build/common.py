# -*- coding: utf-8 -*-
"""Helpers shared by the blind22 page templates: the copy / must_not registry, escaping, dates, and deterministic
filler (CSS, navigation, hashes) that makes the pages as heavy as the real ones."""
import collections
import datetime
import hashlib
import html
import json
import os
import random

from articles import ART, POSTS

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")

COPIES = collections.defaultdict(list)     # aid -> [(src, pos, body)]
MUSTNOT = collections.defaultdict(list)    # aid -> [furniture strings around its copies]
FILE_MN = collections.defaultdict(list)    # src -> [furniture strings of the whole page]
IN_FILE = collections.defaultdict(list)    # src -> [aid in page order]
TITLES = collections.defaultdict(list)     # aid -> headlines as stated by the copies

EST = datetime.timezone(datetime.timedelta(hours=-5))
UTC = datetime.timezone.utc
MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ---------------------------------------------------------------- registry
def paras(aid, variant=None):
    a = ART[aid]
    out = [p[1] if isinstance(p, tuple) else p for p in a["paras"]]
    if variant == "updated":
        out.append(a["update"])
    return out


def reg(aid, src, body_paras, mn=()):
    pos = len(IN_FILE[src])
    IN_FILE[src].append(aid)
    COPIES[aid].append((src, pos, "\n\n".join(" ".join(p.split()) for p in body_paras)))
    addmn(aid, mn)


def addmn(aid, strings):
    for s in strings:
        s = " ".join(s.split())
        if s and s not in MUSTNOT[aid]:
            MUSTNOT[aid].append(s)


def fmn(src, strings):
    for s in strings:
        s = " ".join(s.split())
        if s and s not in FILE_MN[src]:
            FILE_MN[src].append(s)


def title_seen(aid, t):
    if t not in TITLES[aid]:
        TITLES[aid].append(t)


def write(name, data):
    os.makedirs(DUMPS, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(DUMPS, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- text helpers
def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def straight(s):
    return (s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2014", "--").replace("\u2013", "-"))


def by_names(names, sep_last=" and "):
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + sep_last + names[-1]


def slugify(name):
    return "-".join("".join(c for c in name.lower() if c.isalnum() or c == " ").split())


def h(seed, n=8):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def rnd(seed):
    return random.Random(h(seed, 16))


def next_json(obj):
    """JSON as Next.js writes it into __NEXT_DATA__ (htmlEscapeJsonString)."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace(">", "\\u003e").replace("<", "\\u003c")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def ld(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


# ---------------------------------------------------------------- dates
def dt(aid, time=None, date=None, plus_min=0):
    a = ART[aid]
    d = datetime.date.fromisoformat(date or a["date"])
    hh, mm = map(int, (time or a["time"]).split(":"))
    return datetime.datetime(d.year, d.month, d.day, hh, mm, tzinfo=EST) + datetime.timedelta(minutes=plus_min)


def iso_z(x, ms=True):
    u = x.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def iso_local(x):
    return x.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"


def clock(x, style="ap"):
    hr = x.hour % 12 or 12
    if style == "ap":        # 10:12 p.m.
        return f"{hr}:{x.minute:02d} {'a.m.' if x.hour < 12 else 'p.m.'}"
    return f"{hr}:{x.minute:02d} {'AM' if x.hour < 12 else 'PM'}"


def ap_date(x):
    return f"{MON[x.month - 1]} {x.day}, {x.year}"


def long_date(x):
    return f"{MONTH[x.month - 1]} {x.day}, {x.year}"


# ---------------------------------------------------------------- filler that real pages carry
CSS_PROPS = ["display:flex", "display:block", "display:grid", "position:relative", "margin:0 auto", "padding:0",
             "box-sizing:border-box", "font-size:{}px", "line-height:1.{}", "color:#{}", "background:#{}",
             "border-bottom:1px solid #{}", "max-width:{}px", "gap:{}px", "align-items:center",
             "justify-content:space-between", "text-transform:uppercase", "letter-spacing:.0{}em",
             "font-weight:{}00", "overflow:hidden", "white-space:nowrap", "text-overflow:ellipsis",
             "transition:opacity .{}s ease", "z-index:{}", "width:100%", "height:{}px", "border-radius:{}px"]


def css(seed, selectors, n_rules=60):
    r = rnd("css" + seed)
    out = []
    for i in range(n_rules):
        sel = selectors[i % len(selectors)]
        if i >= len(selectors):
            sel += r.choice([":hover", "::before", ">a", " svg", ":focus-visible", "--active", "[aria-expanded=true]",
                             " .is-sticky", ":not(:last-child)"])
        props = []
        for p in r.sample(CSS_PROPS, r.randint(3, 7)):
            if "{}" in p:
                if "#" in p:
                    p = p.format("".join(r.choice("0123456789abcdef") for _ in range(6)))
                else:
                    p = p.format(r.randint(1, 9) * (12 if "px" in p and "font" not in p else 1) + 1)
            props.append(p)
        out.append(f"{sel}{{{';'.join(props)}}}")
        if i % 17 == 16:
            out.append(f"@media (min-width:{r.choice([600, 768, 1024, 1280])}px){{{sel}{{{r.choice(CSS_PROPS[:6])}}}}}")
    return "".join(out)


def font_face(family, base, weights=(400, 700)):
    out = []
    for w in weights:
        for style in ("normal", "italic"):
            out.append(f"@font-face{{font-family:'{family}';font-style:{style};font-weight:{w};font-display:swap;"
                       f"src:url({base}/{slugify(family)}-{w}{'i' if style == 'italic' else ''}.woff2) "
                       f"format('woff2');unicode-range:U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,"
                       f"U+02DC,U+2000-206F,U+2074,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD}}")
    return "".join(out)


TOWNS_ME = ["Portland", "South Portland", "Westbrook", "Falmouth", "Cape Elizabeth", "Scarborough", "Gorham",
            "Yarmouth", "Freeport", "Brunswick", "Windham", "Saco", "Biddeford", "Islands"]
TOWNS_MA = ["Boston", "Cambridge", "Somerville", "Quincy", "Lynn", "Salem", "Gloucester", "Newton", "Brookline",
            "Worcester", "Lowell", "Cape Cod", "South Shore", "North Shore"]


def menu(sections, href, seed):
    """A megamenu: (section, [subsections])."""
    out = []
    for sec, subs in sections:
        items = "".join(f'<li><a href="{href(sec, s)}">{esc(s)}</a></li>' for s in subs)
        out.append(f'<li class="menu__item"><a class="menu__link" href="{href(sec, None)}">{esc(sec)}</a>'
                   f'<ul class="menu__sub">{items}</ul></li>')
    return "".join(out)
