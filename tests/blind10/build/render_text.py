# -*- coding: utf-8 -*-
"""Plain-text dumps: four mailing-list digests (Discourse summary, Majordomo, Sympa, Yahoo Groups) and two
saved-page text pastes."""
from common import (F_BP, F_DS, F_MJ, F_SP, F_SY, F_YG, ART, P, T, block, mn, reg, straight, wrap, write)

RULE70 = "-" * 70


# ---------------------------------------------------------------- Discourse "Summary" e-mail, saved as text
def build_ds():
    L = []
    def add(*xs):
        L.extend(xs)
    furn = ["[Coastal Resilience Forum] Summary", "Since your last visit", "New Topics", "New Posts",
            "Popular Topics", "Popular Posts", "Read More", "Unsubscribe"]
    add("[Coastal Resilience Forum] Summary", "",
        "Coastal Resilience Forum", "Summary of activity since Monday 12 October 2026", "",
        "Since your last visit", "",
        "14            63           9",
        "New Topics    New Posts    New Users", "",
        "Popular Topics", "",
        "  Happisburgh: three more homes on Beach Road to go", "  mudflat_mike  ·  11 replies  ·  214 views", "",
        "  Kāpiti managed retreat maps are out", "  tidewatcher  ·  7 replies  ·  160 views", "",
        "  Gravel instead of rock at Ōtaki?", "  hemi_r  ·  4 replies  ·  71 views", "",
        "  Funafuti platform finished (stage 1)", "  pacific_pete  ·  3 replies  ·  58 views", "",
        "  AOSIS on direct access to funds", "  kdeb  ·  2 replies  ·  40 views", "",
        "", "Popular Posts", "")
    # post 1: Happisburgh (first copy)
    a = "nsc-happisburgh-rollback"
    intro = "Sharing this from the North Sea Courier, 14 October 2026. Beach Road again:"
    add("mudflat_mike", "October 14", "", intro, "", T(a), "By Eleanor Pryce, Coastal Affairs Reporter", "")
    add(*block(P(a)))
    add("Grim reading. Anyone from the Norfolk group going to the council meeting on the 22nd?", "",
        "Read More", "", "❤ 12   💬 11", "", "-" * 40, "")
    reg(a, F_DS, P(a), furn + [intro, "By Eleanor Pryce, Coastal Affairs Reporter", "mudflat_mike",
                               "Anyone from the Norfolk group going to the council meeting on the 22nd?", "❤ 12"])
    # a reply quoting the Happisburgh background (not an article)
    add("coastal_kate", "October 15", "",
        "> “You watch the fence posts go one at a time and you know your turn is coming,”", "",
        "This is the line that stays with me. The SMP says no active intervention and the people living there find",
        "out when the fence goes. We had exactly this in Skipsea.", "",
        "Read More", "", "❤ 9   💬 2", "", "-" * 40, "")
    # post 2: Kapiti managed retreat (first copy)
    a = "kcl-managed-retreat"
    intro = "From the Kapiti Coast Leader (28 October 2026), for those of us on the Paekākāriki side:"
    add("tidewatcher", "October 28", "", intro, "", T(a), "Ellie Brandt", "")
    add(*block(P(a)))
    add("The maps themselves are on the council site. Our street is in the 'medium term' band. Fun times.", "",
        "— Gareth (Raumati South)", "", "Read More", "", "❤ 8   💬 7", "", "-" * 40, "")
    reg(a, F_DS, P(a), [intro, "tidewatcher", "Our street is in the 'medium term' band. Fun times.",
                        "— Gareth (Raumati South)", "Read More"])
    # post 3: Otaki gravel (first and only copy, no date anywhere)
    a = "kcl-otaki-gravel"
    intro = "Found this in my feed a while ago and can't find the date on it, but it's from the Kapiti Coast Leader:"
    add("hemi_r", "November 24", "", intro, "", T(a), "By Ellie Brandt", "")
    add(*block(P(a)))
    add("For the record I'm not the Hemi quoted, though I agree with him. Ngā mihi.", "",
        "Read More", "", "❤ 6   💬 4", "", "-" * 40, "")
    reg(a, F_DS, P(a), [intro, "hemi_r", "For the record I'm not the Hemi quoted, though I agree with him.",
                        "Ngā mihi.", "Read More"])
    # post 4: Funafuti (first copy)
    a = "pth-funafuti-reclamation"
    intro = "Pacific Tides Herald, Monday 12 October 2026 —"
    add("pacific_pete", "November 25", "", intro, "", T(a), "Sione Vakalahi | Regional Correspondent", "")
    add(*block(P(a)))
    add(ART[a]["url"], "", "Late posting this, sorry, but it is relevant to the COP thread.", "",
        "Read More", "", "❤ 5   💬 3", "", "-" * 40, "")
    reg(a, F_DS, P(a), [intro, "Sione Vakalahi | Regional Correspondent", "pacific_pete",
                        "Late posting this, sorry, but it is relevant to the COP thread."])
    # post 5: wire story (first copy)
    a = "tns-pacific-finance"
    stamp = "Tidewater News Service · Thu Nov 26, 2026 09:20 GMT"
    add("kdeb", "November 26", "", "Wire copy from this morning, via the newsroom feed:", "", T(a),
        "By Luis Ortega", stamp, "")
    add(*block(P(a)))
    add("(c) 2026 Tidewater News Service. All rights reserved.", "", "Read More", "", "❤ 4   💬 2", "", "")
    reg(a, F_DS, P(a), ["Wire copy from this morning, via the newsroom feed:", stamp,
                        "(c) 2026 Tidewater News Service. All rights reserved.", "kdeb"])
    add("", "View all activity in the Coastal Resilience Forum",
        "You are receiving this because you opted in to activity summaries when you were away.",
        "To unsubscribe from these emails, click here: https://forum.coastalresilience.net/email/unsubscribe/7f2c91",
        "Unsubscribe", "")
    write(F_DS, "\n".join(L))


# ---------------------------------------------------------------- Majordomo digest (cp1252)
def build_mj():
    L = ["From: owner-sea-defence-digest@lists.coastnet.org.uk",
         "To: sea-defence-digest@lists.coastnet.org.uk",
         "Subject: sea-defence-digest V3 #112",
         "Reply-To: sea-defence@lists.coastnet.org.uk",
         "Sender: owner-sea-defence-digest@lists.coastnet.org.uk",
         "Errors-To: owner-sea-defence-digest@lists.coastnet.org.uk",
         "Precedence: bulk", "", "",
         "sea-defence-digest        Friday, December 4 2026        Volume 03 : Number 112", "", "", "",
         "In this issue:", "",
         "        Skipsea caravans (Holderness Gazette)",
         "        Norfolk rollback fund",
         "        Hemsby after Corin",
         "        Re: Skipsea caravans (Holderness Gazette)",
         "        Spurn road cut again",
         "        Bangladesh salinity piece",
         "        Walcott wall", "",
         "See the end of the digest for information on subscribing to the sea-defence",
         "or sea-defence-digest mailing lists.", "",
         RULE70, ""]
    furn = ["sea-defence-digest V3 #112", "sea-defence-digest        Friday, December 4 2026        Volume 03 : Number 112",
            "End of sea-defence-digest V3 #112", "In this issue:"]

    def msg(date, frm, subj, lines):
        L.extend([f"Date: {date}", f"From: {frm}", f"Subject: {subj}", ""] + lines + ["", RULE70, ""])

    a = "hg-skipsea-caravans"
    body = ["Posting the Gazette's piece for those outside Yorkshire.", "",
            T(a), "Rachel Denby, Holderness Gazette", "Thursday 22 October 2026", ""] + block(P(a), 72) + [
            "--", "Alan Brough", "Hornsea & District Coastal Action", "\"The sea doesn't do consultations.\""]
    msg("Thu, 22 Oct 2026 18:05:31 +0100", "Alan Brough <alan.brough@hornseacoast.org.uk>",
        "Skipsea caravans (Holderness Gazette)", body)
    reg(a, F_MJ, P(a), furn + ["Posting the Gazette's piece for those outside Yorkshire.",
                               "Rachel Denby, Holderness Gazette", "Hornsea & District Coastal Action",
                               "\"The sea doesn't do consultations.\"", "Alan Brough"])
    a = "nsc-happisburgh-fund"
    body = ["From Monday's Courier. Published: 19/10/2026", "",
            T(a).upper(), "By ELEANOR PRYCE", ""] + block(P(a), 72) + [ART[a]["url"], "",
            "Worth reading alongside the demolition story the week before.", "", "Sue", "-- ",
            "Sue Marriner, Bacton Woods Residents' Association"]
    msg("Mon, 19 Oct 2026 12:40:02 +0100", "Sue Marriner <sue.marriner@btinternet.com>", "Norfolk rollback fund", body)
    reg(a, F_MJ, P(a), furn + ["From Monday's Courier. Published: 19/10/2026", "By ELEANOR PRYCE",
                               "Worth reading alongside the demolition story the week before.",
                               "Sue Marriner, Bacton Woods Residents' Association"])
    a = "bnc-hemsby-storm"
    body = ["BNC News website, published 3 November 2026:", "", T(a), "By Tom Ashdown, BNC News, Norfolk", ""] + \
        block(P(a), 72) + ["Image caption: The Marrams on Tuesday morning", "",
                           "--", "Keith (Save Hemsby Coastline)"]
    msg("Tue, 3 Nov 2026 09:12:44 +0000", "Keith Fenn <keith@savehemsby.org.uk>", "Hemsby after Corin", body)
    reg(a, F_MJ, P(a), furn + ["BNC News website, published 3 November 2026:", "By Tom Ashdown, BNC News, Norfolk",
                               "Image caption: The Marrams on Tuesday morning", "Keith (Save Hemsby Coastline)"])
    # a reply quoting the Skipsea story (not an article)
    body = ["Alan Brough wrote:", "> The Holderness coast is one of the fastest-eroding in Europe,",
            "> retreating by an average of two metres a year.", "",
            "Two metres is the average; we lost nine at Aldbrough in one winter. The",
            "averages hide the bad years.", "", "Pete"]
    msg("Fri, 23 Oct 2026 07:55:10 +0100", "Pete Caley <pcaley@aldbrough.net>", "Re: Skipsea caravans (Holderness Gazette)", body)
    a = "hg-spurn-breach"
    body = ["Holderness Gazette 24/11/2026", "", T(a), "Rachel Denby", ""] + block(P(a), 72) + [ART[a]["url"], "",
            "--", "Alan Brough", "Hornsea & District Coastal Action", "\"The sea doesn't do consultations.\""]
    msg("Tue, 24 Nov 2026 16:30:00 +0000", "Alan Brough <alan.brough@hornseacoast.org.uk>", "Spurn road cut again", body)
    reg(a, F_MJ, P(a), furn + ["Holderness Gazette 24/11/2026", "Hornsea & District Coastal Action"])
    a = "bc-saline-farms"
    body = ["Not our coast but the same story. The Bay Chronicle (Dhaka), 01/12/2026,", "by Farzana Akter:", "",
            T(a), ""] + block(P(a), 72) + ["Regards,", "Dr M. Haque", "School of Geography, University of Hull"]
    msg("Wed, 2 Dec 2026 10:02:19 +0000", "M Haque <m.haque@hull.ac.uk>", "Bangladesh salinity piece", body)
    reg(a, F_MJ, P(a), furn + ["Not our coast but the same story. The Bay Chronicle (Dhaka), 01/12/2026,",
                               "School of Geography, University of Hull", "Dr M. Haque"])
    a = "nsc-walcott-defences"
    body = ["North Sea Courier, Thursday 3 December 2026", "", T(a), "By Owen Griffiths", ""] + block(P(a), 72) + [
            "<" + ART[a]["url"] + ">", "",
            "--", "Keith (Save Hemsby Coastline)"]
    msg("Thu, 3 Dec 2026 21:14:51 +0000", "Keith Fenn <keith@savehemsby.org.uk>", "Walcott wall", body)
    reg(a, F_MJ, P(a), furn + ["North Sea Courier, Thursday 3 December 2026", "By Owen Griffiths",
                               "Keith (Save Hemsby Coastline)"])
    L.extend(["End of sea-defence-digest V3 #112", "*********************************", "",
              "To subscribe to sea-defence-digest, send the command:", "",
              "    subscribe sea-defence-digest", "",
              "in the body of a message to \"majordomo@lists.coastnet.org.uk\".  If you want",
              "to subscribe something other than the account the mail is coming from,",
              "such as a local redistribution list, then append that address to the",
              "\"subscribe\" command; for example, to subscribe \"local-sea-defence\":", "",
              "    subscribe sea-defence-digest local-sea-defence@your.domain.net", ""])
    write(F_MJ, "\n".join(L), encoding="cp1252")


# ---------------------------------------------------------------- Sympa digest (RFC 934)
def build_sy():
    items = [("ll-delta-plan", "Joost Verhagen <j.verhagen@deltares-alumni.nl>", "Tue, 17 Nov 2026 14:02:51 +0100"),
             ("bc-bhola-embankment", "Nazmul Hossain <nazmul.h@coastbd.org>", "Tue, 27 Oct 2026 19:44:08 +0600"),
             ("ll-zandmotor", "Joost Verhagen <j.verhagen@deltares-alumni.nl>", "Thu, 8 Oct 2026 11:20:37 +0200"),
             ("bc-bhola-embankment", "Karin Wells <kwells@floodnet.example.org>", "Wed, 28 Oct 2026 08:15:00 +0000"),
             ("bc-kutubdia", "Nazmul Hossain <nazmul.h@coastbd.org>", "Tue, 10 Nov 2026 21:05:44 +0600"),
             ("tns-dutch-dikes", "Mark Osei <m.osei@tidewater-subscriber.net>", "Tue, 17 Nov 2026 16:40:12 +0000")]
    L = ["coastwatch-l Digest - Tue 17 Nov 2026 (#2026-46)", "",
         "------- THIS IS A RFC934 COMPLIANT DIGEST, YOU CAN BURST IT -------", "",
         "Table of contents:", "",
         "1. Delta Commissioner: plan for two metres of sea-level rise - Joost Verhagen",
         "2. Bhola embankment breach - Nazmul Hossain",
         "3. Sand Motor successor (late post) - Joost Verhagen",
         "4. Fwd: Bhola embankment breach - Karin Wells",
         "5. Kutubdia after Jhilik - Nazmul Hossain",
         "6. Wire version of the Delta story - Mark Osei", "",
         RULE70, ""]
    furn = ["coastwatch-l Digest - Tue 17 Nov 2026 (#2026-46)",
            "------- THIS IS A RFC934 COMPLIANT DIGEST, YOU CAN BURST IT -------", "Table of contents:",
            "------- END OF DIGEST -------"]
    subj = {0: "Delta Commissioner: plan for two metres of sea-level rise", 1: "Bhola embankment breach",
            2: "Sand Motor successor (late post)", 3: "Fwd: Bhola embankment breach", 4: "Kutubdia after Jhilik",
            5: "Wire version of the Delta story"}
    for n, (a, frm, date) in enumerate(items):
        L += [f"Date:    {date}", f"From:    {frm}", f"Subject: {subj[n]}", ""]
        if n == 0:
            lines = ["Lowlands Ledger, 17 November 2026", "", T(a), "Pieter van Dam", ""] + block(P(a)) + [
                "Big news for anyone doing Dutch comparisons. KNMI report link to follow.", "", "Joost", "",
                "--", "Joost Verhagen | retired, still counting dikes"]
            mns = ["Lowlands Ledger, 17 November 2026", "Big news for anyone doing Dutch comparisons.",
                   "Joost Verhagen | retired, still counting dikes"]
        elif n == 1:
            lines = ["From today's Bay Chronicle:", "", T(a), "Farzana Akter, Bhola", "Dhaka, 27 October 2026",
                     ""] + block(P(a)) + ["https://www.baychronicle.com.bd/country/bhola-embankment-breach-floods-villages",
                                          "", "Nazmul Hossain", "Coastal Livelihoods Network, Barishal"]
            mns = ["From today's Bay Chronicle:", "Farzana Akter, Bhola", "Dhaka, 27 October 2026",
                   "Coastal Livelihoods Network, Barishal"]
        elif n == 2:
            lines = ["Sorry, this one sat in my drafts. Lowlands Ledger 08-10-2026:", "", T(a),
                     "By Pieter van Dam", ""] + block(P(a)) + ["--", "Joost Verhagen | retired, still counting dikes"]
            mns = ["Sorry, this one sat in my drafts. Lowlands Ledger 08-10-2026:", "By Pieter van Dam"]
        elif n == 3:
            lines = ["In case the first one didn't come through for people on the web archive:", "",
                     "---------- Forwarded message ---------", "From: Nazmul Hossain <nazmul.h@coastbd.org>",
                     "Date: Tue, 27 Oct 2026 at 19:44", "Subject: Bhola embankment breach", "",
                     "From today's Bay Chronicle:", "", T(a), "Farzana Akter, Bhola", "Dhaka, 27 October 2026", ""] + \
                block(P(a)) + ["Karin"]
            mns = ["---------- Forwarded message ---------",
                   "In case the first one didn't come through for people on the web archive:"]
        elif n == 4:
            lines = ["The Bay Chronicle, 10 November 2026. Rezaul Karim reporting from Cox's Bazar:", "", T(a), ""] + \
                block(P(a), 72) + ["Nazmul Hossain", "Coastal Livelihoods Network, Barishal"]
            mns = ["The Bay Chronicle, 10 November 2026. Rezaul Karim reporting from Cox's Bazar:",
                   "Coastal Livelihoods Network, Barishal"]
        else:
            lines = ["Here's the TNS wire take on the same announcement, for comparison. Note they quote",
                     "the full statement too.", "", T(a), "By Hannah Kroes", "Tidewater News Service", ""] + \
                block(P(a), 76) + ["(Editing by Paul Grady)", "", "Mark"]
            mns = ["Here's the TNS wire take on the same announcement, for comparison.", "(Editing by Paul Grady)"]
        L += lines + ["", "------------------------------", ""]
        reg(a, F_SY, P(a), furn + mns)
    L += ["------- END OF DIGEST -------", "",
          "To unsubscribe from coastwatch-l, send a message to sympa@lists.floodnet.example.org",
          "with the subject: signoff coastwatch-l", "",
          "List archive: https://lists.floodnet.example.org/sympa/arc/coastwatch-l", ""]
    write(F_SY, "\n".join(L))


# ---------------------------------------------------------------- Yahoo Groups digest (CRLF)
def build_yg():
    SEP = "_" * 72
    posts = [
        ("pth-funafuti-reclamation", "Funafuti land platform", "\"Ana Liufau\" ana_liufau@yahoo.com.au   analiufau",
         "Mon Oct 12, 2026 5:02 pm (PDT)"),
        ("vcm-fuvemeh", "Fuvemeh feature (Volta Coast Mirror)", "\"Kofi Dzameshie\" kofidz@yahoo.co.uk   kofi_dz",
         "Sat Oct 17, 2026 2:14 am (PDT)"),
        ("pth-tide-oct", "Suva tide gauge - October", "\"Ana Liufau\" ana_liufau@yahoo.com.au   analiufau",
         "Tue Nov 3, 2026 1:40 pm (PST)"),
        (None, "Re: Suva tide gauge - October", "\"Bill Harker\" bharker@gulfnet.us   billh_gulf",
         "Tue Nov 3, 2026 6:05 pm (PST)"),
        ("tns-lome-pact", "Lome erosion pact (TNS)", "\"Kofi Dzameshie\" kofidz@yahoo.co.uk   kofi_dz",
         "Wed Nov 11, 2026 10:12 am (PST)"),
        ("gcr-insurance", "Terrebonne premiums", "\"Bill Harker\" bharker@gulfnet.us   billh_gulf",
         "Fri Nov 20, 2026 7:31 am (PST)"),
        ("vcm-keta-seawall", "Keta phase two", "\"Kofi Dzameshie\" kofidz@yahoo.co.uk   kofi_dz",
         "Mon Nov 9, 2026 3:25 am (PST)"),
        ("vcm-ada-foah", "Ada Foah hotels", "\"Kofi Dzameshie\" kofidz@yahoo.co.uk   kofi_dz",
         "Thu Dec 3, 2026 4:50 am (PST)"),
    ]
    L = ["Messages In This Digest (8 Messages)", ""]
    for n, (a, subj, who, when) in enumerate(posts, 1):
        name = who.split('"')[1]
        L += [f"{n}a.", f"{subj} From: {name}"]
    L += ["", "View All Topics | Create New Topic", "", "Messages", SEP]
    furn = ["Messages In This Digest (8 Messages)", "View All Topics | Create New Topic", "Back to top",
            "Reply to sender | Reply to group | Reply via web post", "Messages in this topic (1)",
            "Recent Activity:", "Visit Your Group", "Switch to: Text-Only, Daily Digest • Unsubscribe • Terms of Use"]
    for n, (a, subj, who, when) in enumerate(posts, 1):
        L += [f"{n}a.", "", subj, f"    Posted by: {who}", f"    {when}", ""]
        if a == "pth-funafuti-reclamation":
            lines = ["Good news for once. From the Pacific Tides Herald, 12 October 2026:", "",
                     straight(T(a)), "By Sione Vakalahi", ""] + block([straight(p) for p in P(a)], 70) + [
                "Ana"]
            body = [straight(p) for p in P(a)]
            mns = ["Good news for once. From the Pacific Tides Herald, 12 October 2026:", "By Sione Vakalahi"]
        elif a == "vcm-fuvemeh":
            lines = ["A heartbreaking piece from yesterday's Mirror, by Akosua Agbeko. Please share.", "",
                     T(a), ""] + block(P(a), 70) + ["Kofi", "Keta, Volta Region", "",
                                                    "Sent from Yahoo Mail on Android"]
            body = P(a)
            mns = ["A heartbreaking piece from yesterday's Mirror, by Akosua Agbeko. Please share.",
                   "Sent from Yahoo Mail on Android", "Keta, Volta Region"]
        elif a == "pth-tide-oct":
            lines = ["This month's Herald gauge report (published 3 November 2026). Note the 18th.", "",
                     T(a), ""] + block(P(a), 70) + ["Ana"]
            body = P(a)
            mns = ["This month's Herald gauge report (published 3 November 2026). Note the 18th."]
        elif a is None:
            lines = ["> Mean sea level at Suva has risen by about 6 millimetres a year since", "> 1993",
                     "", "Twice the global average is about what we see at Grand Isle too, for the same",
                     "reason - the ground is going down as well as the water coming up.", "", "Bill"]
            body = None
        elif a == "tns-lome-pact":
            lines = ["Wire story, as it came over the TNS feed at work:", "", T(a).upper(), "By Ama Owusu",
                     "Tidewater News Service", ""] + block(P(a), 70) + ["(c) 2026 Tidewater News Service", "",
                                                                          "Kofi"]
            body = P(a)
            mns = ["Wire story, as it came over the TNS feed at work:", "(c) 2026 Tidewater News Service"]
        elif a == "gcr-insurance":
            lines = ["Gulf Coast Record, posted 11/20/2026. Dana Okafor again.", "", T(a), ""] + \
                block(P(a), 70) + ["Bill Harker", "Houma, La."]
            body = P(a)
            mns = ["Gulf Coast Record, posted 11/20/2026. Dana Okafor again.", "Houma, La."]
        elif a == "vcm-keta-seawall":
            lines = ["Mirror story from last Thursday. Same contractor problem as 2019.", "", T(a),
                     "Kwame Asante-Mensah", ""] + block(P(a, edited=True), 70) + [ART[a]["url"], "", "Kofi", "",
                                                                                "Sent from Yahoo Mail on Android"]
            body = P(a, edited=True)
            mns = ["Mirror story from last Thursday. Same contractor problem as 2019."]
        else:
            lines = ["Volta Coast Mirror, 3 December 2026 -- Akosua Agbeko", "", T(a), ""] + block(P(a), 70) + [
                "Kofi", "", "Sent from Yahoo Mail on Android"]
            body = P(a)
            mns = ["Volta Coast Mirror, 3 December 2026 -- Akosua Agbeko"]
        L += lines + ["", "Back to top", "Reply to sender | Reply to group | Reply via web post",
                      "Messages in this topic (1)", SEP]
        if body is not None:
            reg(a, F_YG, body, furn + mns)
    L += ["", "Recent Activity:", "    New Members 3", "", "Visit Your Group", "",
          "Yahoo! Groups", "Switch to: Text-Only, Daily Digest • Unsubscribe • Terms of Use", "", SEP, ""]
    write(F_YG, "\n".join(L), newline="\r\n")


# ---------------------------------------------------------------- saved page text (UTF-8 with BOM)
def build_sp():
    a = "vcm-keta-seawall"
    top = ["Skip to content", "Thursday, 26 November 2026", "Volta Coast Mirror", "Home", "News", "Features",
           "Business", "Sports", "Opinion", "Contact Us", "Search for:"]
    meta = ["NEWS", T(a), "Kwame Asante-Mensah", "Thursday, 05/11/2026", "Last updated: 14/11/2026",
            "Share on Facebook", "Share on X", "Share on WhatsApp"]
    cap = "Waves break against unfinished rock armour at Dzelukope. Photo: Volta Coast Mirror"
    ps = P(a)
    body = [ps[0], "", cap, "", ps[1], "", "Advertisement", "", ps[2], "",
            "READ ALSO: Fuvemeh: the village the sea is swallowing", "", ps[3], ""]
    tail = ["Kwame Asante-Mensah is the Mirror's Volta Region correspondent. He has covered the Keta coast since 2011.",
            "", "Tags: Keta Sea Defence   Coastal Erosion   Volta Region", "",
            "Related Posts", "Ada Foah hotels count losses after tidal wave season",
            "Fuvemeh: the village the sea is swallowing", "",
            "Subscribe to our newsletter", "Get the Mirror's top stories in your inbox every morning.",
            "Email Address", "Subscribe", "",
            "© 2026 Volta Coast Mirror. All Rights Reserved.",
            "Disclaimer: The Volta Coast Mirror is not responsible for the content of external sites. Views expressed "
            "by readers in the comments are their own.", "Privacy Policy | Terms of Use | Advertise With Us"]
    text = "\n".join(top + [""] + meta + [""] + body + tail) + "\n"
    reg(a, F_SP, ps, [top[0], top[1], top[2], top[9], top[10]] + meta + [cap, "Advertisement", "READ ALSO: Fuvemeh: the village the sea is swallowing",
                                   tail[0], "Tags: Keta Sea Defence", "Related Posts", "Subscribe to our newsletter",
                                   "Get the Mirror's top stories in your inbox every morning.",
                                   "© 2026 Volta Coast Mirror. All Rights Reserved.", tail[-2], tail[-1]])
    write(F_SP, text, bom=b"\xef\xbb\xbf")


# ---------------------------------------------------------------- three browser copy-pastes in one file
def build_bp():
    L = []
    # 1. Gulf Coast Record (Brightspot) page
    a = "gcr-barataria"
    ps = P(a)
    hdr = ["Skip to main content", "Gulf Coast Record", "Subscribe", "Sign In", "News", "Environment", "Business",
           "Politics", "Hurricanes", "Opinion", "ENVIRONMENT"]
    meta = ["By Marcus Leblanc and Dana Okafor", "11/12/2026 · Updated 3 hours ago", "Share on Facebook",
            "Share on X", "Email this article", "Print"]
    cap = "Water pours through the gates of the Mid-Barataria sediment diversion near Ironton. (Gulf Coast Record photo)"
    tail = ["Marcus Leblanc covers coastal restoration for the Gulf Coast Record. Reach him at mleblanc@gulfcoastrecord.com.",
            "Dana Okafor covers business and insurance.", "Most Popular", "© 2026 Gulf Coast Record. All rights reserved."]
    L += ["=== page 1 ===", ""] + hdr + [T(a)] + meta + [cap, "", ps[0], "", ps[1], "", "Advertisement", "",
                                                       "RELATED: Flood insurance premiums jump 31% in Terrebonne Parish",
                                                       "", ps[2], "", ps[3], ""] + tail + ["", ""]
    reg(a, F_BP, ps, hdr[:4] + meta + [cap, "Advertisement", "RELATED: Flood insurance premiums jump 31% in Terrebonne Parish",
                                       tail[0], tail[1], tail[3], "=== page 1 ==="])
    # 2. Pacific Tides Herald page
    a = "pth-kiribati-seawall"
    ps = P(a)
    hdr = ["Pacific Tides Herald", "Wednesday, 2 December 2026", "Fiji", "Regional", "Business", "Sport", "Weather",
           "Tide Tables", "Subscribe"]
    meta = ["REGIONAL", T(a), "Mere Tuilagi", "25 November 2026, 6:00 am", "SHARE", "Facebook", "Twitter",
            "WhatsApp"]
    cap = "Eita villagers fill sacks with coral rubble for the wall. Picture: MERE TUILAGI"
    tail = ["Mere Tuilagi is the Herald's Kiribati and Tuvalu correspondent.",
            "Follow the Pacific Tides Herald on Facebook and Instagram for the latest regional news.",
            "Copyright © 2026 Pacific Tides Herald Ltd. All rights reserved."]
    L += ["=== page 2 ===", ""] + hdr + [""] + meta + ["", cap, "", ps[0], "", ps[1], "", "ADVERTISEMENT", "", ps[2], "",
                                                      ps[3], ""] + tail + ["", ""]
    reg(a, F_BP, ps, hdr[:2] + meta[2:] + [cap, "ADVERTISEMENT"] + tail + ["=== page 2 ==="])
    # 3. BNC News page (relative date only)
    a = "bnc-thames-barrier"
    ps = P(a)
    hdr = ["BNC Homepage", "Skip to content", "Accessibility Help", "Home", "News", "Sport", "Weather", "iPlayer",
           "Sounds", "Menu", "England", "London"]
    meta = [T(a), "2 days ago", "Share", "Save"]
    cap = "The barrier's gates in the closed position on Tuesday. IMAGE SOURCE, ENVIRONMENT AGENCY"
    tail = ["Related Topics", "Thames Barrier", "Flooding", "London", "More on this story",
            "Why the Thames Barrier is closing more often", "Copyright 2026 BNC. All rights reserved.",
            "The BNC is not responsible for the content of external sites. Read about our approach to external linking."]
    L += ["=== page 3 ===", ""] + hdr + [""] + meta + ["", cap, "", ps[0], "", ps[1], "", ps[2], "", ps[3], ""] + \
        tail + [""]
    reg(a, F_BP, ps, ["BNC Homepage", "Accessibility Help", "2 days ago", cap, "Related Topics"] + tail[4:] + ["=== page 3 ==="])
    write(F_BP, "\n".join(L))
