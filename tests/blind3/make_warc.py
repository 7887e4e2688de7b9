# -*- coding: utf-8 -*-
"""Write dumps/crawl-20220513-seedlist-00000.warc.gz from the HTML pages in warc_src/.

usage: /work/main/.venv/bin/python tests/blind3/make_warc.py

A small Heritrix-style crawl of a monitoring seed list: one warcinfo record, a robots.txt
fetch, and request/response pairs for three news pages from three hosts. Crawl dates
(WARC-Date, HTTP Date) are 13 May 2022 and are NOT publication dates. The Rail Freight
Review page is served as windows-1252 with Content-Encoding: gzip, like the real server.
Record ids and gzip timestamps are fixed so the output is byte-for-byte reproducible.
"""
import gzip
import io
import os
import uuid

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "warc_src")
OUT_NAME = "crawl-20220513-seedlist-00000.warc.gz"
OUT = os.path.join(HERE, "dumps", OUT_NAME)
UA = "Mozilla/5.0 (compatible; hra-monitor/1.2; +https://harbourrail-alliance.org/bot)"

ROBOTS = b"""User-agent: *
Disallow: /ghost/
Disallow: /p/
Disallow: /email/
Disallow: /r/
Disallow: /webmentions/receive/

Sitemap: https://iww-news.eu/sitemap.xml
"""

PAGES = [
    # (uri, source file, charset, gzip on the wire, server, ip, warc date, http date, last-modified)
    ("https://iww-news.eu/robots.txt", None, None, False, "nginx", "185.41.22.19",
     "2022-05-13T02:11:04Z", "Fri, 13 May 2022 02:11:04 GMT", None),
    ("https://iww-news.eu/rhine/shippers-brace-for-early-low-water-season-kaub/", "iww-kaub.html", "utf-8", False,
     "nginx", "185.41.22.19", "2022-05-13T02:11:06Z", "Fri, 13 May 2022 02:11:06 GMT",
     "Wed, 11 May 2022 12:02:44 GMT"),
    ("https://www.railfreightreview.eu/analysis/europes-rail-freight-boom-running-out-of-drivers",
     "rfr-driver-shortage.html", "windows-1252", True, "Apache/2.4.29 (Ubuntu)", "94.130.18.227",
     "2022-05-13T02:13:41Z", "Fri, 13 May 2022 02:13:41 GMT", None),
    ("https://www.nsportnews.com/ports/ghent-grain-terminal-doubles-silo-capacity", "nspn-ghent-silo.html", "utf-8",
     False, "Vercel", "76.76.21.21", "2022-05-13T02:15:19Z", "Fri, 13 May 2022 02:15:19 GMT", None),
]


def rid(n):
    return "<urn:uuid:%s>" % uuid.UUID(int=(0x6d6f6e69746f72000000000000000000 + n))


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as fh:
        w = WARCWriter(fh, gzip=True, warc_version="WARC/1.0")
        info = w.create_warcinfo_record(OUT_NAME, {
            "software": "Heritrix/3.4.0-20220301 http://crawler.archive.org",
            "hostname": "crawl02.harbourrail-alliance.org",
            "ip": "10.4.0.12",
            "http-header-user-agent": UA,
            "robots": "obey",
            "isPartOf": "HRA-monitoring-seedlist",
            "description": "Weekly crawl of the monitoring seed list (news pages only)",
            "format": "WARC File Format 1.0",
            "conformsTo": "http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf",
        })
        info.rec_headers.replace_header("WARC-Record-ID", rid(0))
        info.rec_headers.replace_header("WARC-Date", "2022-05-13T02:11:02Z")
        w.write_record(info)
        n = 1
        for uri, src, charset, gz, server, ip, wdate, hdate, lastmod in PAGES:
            host = uri.split("/")[2]
            path = "/" + uri.split("/", 3)[3]
            if src is None:
                body, ctype = ROBOTS, "text/plain"
            else:
                with open(os.path.join(SRC, src), "rb") as f:
                    body = f.read()
                ctype = f"text/html; charset={charset}"
            headers = [("Date", hdate), ("Server", server), ("Content-Type", ctype)]
            if lastmod:
                headers.append(("Last-Modified", lastmod))
            if gz:
                buf = io.BytesIO()
                with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
                    g.write(body)
                body = buf.getvalue()
                headers += [("Vary", "Accept-Encoding"), ("Content-Encoding", "gzip")]
            headers += [("Content-Length", str(len(body))), ("Connection", "close")]
            resp = w.create_warc_record(
                uri, "response", payload=io.BytesIO(body),
                http_headers=StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1"),
                warc_headers_dict={"WARC-Date": wdate, "WARC-Record-ID": rid(n), "WARC-IP-Address": ip})
            req = w.create_warc_record(
                uri, "request",
                http_headers=StatusAndHeaders(f"GET {path} HTTP/1.1", [
                    ("User-Agent", UA), ("Connection", "close"),
                    ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
                    ("Accept-Encoding", "gzip, deflate"), ("Host", host)], is_http_request=True),
                warc_headers_dict={"WARC-Date": wdate, "WARC-Record-ID": rid(n + 1),
                                   "WARC-Concurrent-To": rid(n)})
            w.write_record(resp)
            w.write_record(req)
            n += 2
    print("wrote", OUT)


if __name__ == "__main__":
    main()
