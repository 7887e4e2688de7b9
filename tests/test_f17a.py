"""General rules from blind17's first contact (web pages in non-Latin scripts, legacy charsets),
each on invented text: charset labels read as browsers read them, outlet names in scripts
beyond Latin, Korean / Japanese / Chinese / Arabic / Russian bylines, portal copies, and the
page furniture of these presses."""

from __future__ import annotations

import codecs

from ingest.charsets import declared_charset, decode_source, decode_with_charset
from ingest.decode import browser_codec, decode_bytes
from ingest.formats import html
from ingest.formats.meta_clean import site_name
from ingest.outlets import outlet_key
from ingest.records import Candidate, Source
from tests.test_clean_fast import CLEANER
from tests.test_plaintext import CTX


def _page(head: str, body: str, charset: str = "utf-8") -> bytes:
    doc = (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
           f"{head}</head><body>{body}</body></html>")
    return doc.encode(browser_codec(charset))


def _candidate(data: bytes, name: str = "page.html") -> Candidate:
    decoded = decode_source(Source(name, data, "0" * 64), None)
    found = [c for c in html.parse(decoded, CTX) if isinstance(c, Candidate)]
    assert len(found) == 1
    return found[0]


# -- charsets -------------------------------------------------------------------------------------
def test_legacy_labels_are_read_as_their_browser_supersets() -> None:
    # 'Shift_JIS' pages hold Windows-31J characters (circled digits, the 髙 variant), 'EUC-KR'
    # pages cp949 syllables, 'GB2312' pages GB18030's four-byte forms: the label's own table
    # fails on them, the browser's reads them.
    cases = [("Shift_JIS", "①　髙橋商店が新装開店", "cp932"), ("EUC-KR", "똠방각하 부둣가 산책", "cp949"),
             ("gb2312", "港口通知👉明日恢复作业", "gb18030"), ("ISO-8859-1", "caf\u00e9 \u2014 quai", "cp1252")]
    for label, text, codec in cases:
        data = _page("<title>t</title>", f"<p>{text}</p>", label)
        assert declared_charset(data) == codec
        decoded, encoding, lossy = decode_with_charset(data, declared_charset(data))
        assert text in decoded and encoding == codec and not lossy


def test_big5_label_reads_the_fullwidth_solidus_as_browsers_do() -> None:
    # Big5 0xA241 is U+FF0F in browsers (Big5-HKSCS) and U+2215 in cp950.
    data = "<html><head><meta charset=big5></head><body>〔記者王大同／台南報導〕</body></html>".encode("big5hkscs")
    text, encoding, _ = decode_with_charset(data, declared_charset(data))
    assert "王大同／台南" in text and encoding == "big5hkscs"


def test_undeclared_gb18030_text_keeps_its_four_byte_characters() -> None:
    text = ("【港航简报】第12期\r\n\r\n来源：北方港口报\r\n\r\n👉 受寒潮影响，渤海湾多个港区暂停作业，"
            "等待靠泊的船舶已超过三十艘。港口部门表示将延长作业时间。\r\n\r\n• 天津港夜间作业恢复\r\n") * 3
    decoded, encoding, lossy = decode_bytes(text.encode("gb18030"))
    assert encoding == "gb18030" and not lossy and "👉" in decoded and "•" in decoded
    assert codecs.lookup(browser_codec("GBK")).name == "gb18030"


# -- outlets --------------------------------------------------------------------------------------
def test_outlet_names_beyond_latin_keep_their_letters() -> None:
    # Before, every non-Latin name had the empty key: one paper's articles took another's name.
    keys = {outlet_key(n) for n in ["Северный курьер", "Южный вестник", "동해신문", "ساحل اليوم", "तटीय समाचार"]}
    assert len(keys) == 5 and "" not in keys
    assert outlet_key("Северный  Курьер") == outlet_key("северный курьер")
    assert outlet_key("The Harbour Gazette") == "harbourgazette"  # Latin keys unchanged


def test_a_site_name_with_its_latin_rendering_is_the_own_script_name() -> None:
    assert site_name("北港日報 The Northport Daily", None) == "北港日報"
    assert site_name("Северный курьер Severny Courier", None) == "Северный курьер"
    assert site_name("KNN 부산뉴스", None) == "KNN 부산뉴스"  # a Latin brand first is part of the name


# -- bylines --------------------------------------------------------------------------------------
def test_suffix_bylines_of_korean_japanese_and_chinese_papers() -> None:
    b = CTX.bylines
    assert b.byline("최다온 기자 daon@example.kr") == ["최다온"]
    assert b.byline("울산=문지호·배서연 기자") == ["문지호", "배서연"]
    assert b.byline("社会部\u3000宮里真央記者") == ["宮里真央"]
    assert b.byline("本社記者") == []  # 'our reporter': a byline crediting nobody
    assert b.byline("그는 평생 현장을 지킨 기자였다고 동료들은 회고했다.") is None


def test_the_reporter_frame_of_taiwanese_papers_is_a_byline() -> None:
    b = CTX.bylines
    framed = b.lead_frame("〔記者張雅婷／基隆報導〕寒流來襲，基隆港今晨暫停作業。")
    assert framed == (["張雅婷"], "寒流來襲，基隆港今晨暫停作業。")
    assert b.lead_frame("新港社基隆12月5日電 寒流來襲，基隆港暫停作業。") is None  # an agency dateline stays


def test_arabic_and_russian_byline_labels() -> None:
    b = CTX.bylines
    assert b.byline("كتب: نادر الحلبي") == ["نادر الحلبي"]
    assert b.byline("Автор: Кирилл Сомов") == ["Кирилл Сомов"]
    # without a colon, Arabic words after 'wrote' are prose, not a name
    assert b.byline("كتب الوزير رسالة إلى النواب") is None
    assert b.byline("Before the storm, ships waited") is None  # the ASCII fast path still answers


# -- pages ----------------------------------------------------------------------------------------
KO_PARAS = ["울산항 석유부두가 강풍으로 사흘째 하역을 멈췄다. 대기 중인 유조선은 12척에 이른다.",
            "항만공사는 바람이 잦아드는 주말께 작업을 재개할 계획이라고 밝혔다. 화주들은 납기 지연을 우려하고 있다.",
            "업계 관계자는 연말 물량이 몰리면서 정상화까지 열흘은 걸릴 것이라고 내다봤다."]


def test_a_korean_page_signs_off_with_the_reporter_and_e_mail() -> None:
    paras = "".join(f"<p>{p}</p>" for p in KO_PARAS)
    data = _page('<meta property="og:site_name" content="동해신문"><title>울산항 석유부두 사흘째 멈춤</title>',
                 f"<h1>울산항 석유부두 사흘째 멈춤</h1><article>{paras}<p>최다온 기자 daon@example.kr</p></article>"
                 "<div class=\"copyright\">저작권자 ⓒ 동해신문 무단전재 및 재배포 금지</div>", "euc-kr")
    cand = _candidate(data)
    assert cand.authors == ["최다온"] and cand.outlet == "동해신문"
    text = "\n".join(t for _, t in cand.body_lines)
    assert "daon@" not in text and KO_PARAS[-1] in text


def test_a_taiwanese_page_opens_its_text_with_the_reporter_frame() -> None:
    paras = ["〔記者張雅婷／基隆報導〕寒流來襲，基隆港今晨起暫停貨櫃裝卸作業，"
             "港外仍有二十艘船舶等候進港，港務單位預計明日恢復。",
             "港務公司表示，將加開夜間作業班次，並優先處理冷凍貨櫃與民生物資，預計一週內消化積壓船舶。",
             "下載北港日報APP，即時新聞不漏接！"]
    data = _page('<meta property="og:site_name" content="北港日報 The Northport Daily">'
                 "<title>寒流襲基隆港 - 北港日報</title>",
                 "<h1>寒流襲基隆港</h1><div class=\"text\">" + "".join(f"<p>{p}</p>" for p in paras) + "</div>", "big5")
    cand = _candidate(data)
    assert cand.authors == ["張雅婷"] and cand.outlet == "北港日報"
    assert cand.body_lines[0][1].startswith("寒流來襲")
    kept = CLEANER.clean(cand).paragraphs
    assert not any("APP" in line for line in kept) and len(kept) == 2


def test_a_portal_copy_names_the_paper_and_links_the_original() -> None:
    paras = "".join(f"<p>{p}</p>" for p in KO_PARAS)
    data = _page('<meta property="og:site_name" content="한빛포털"><meta property="og:url" content="https://news.hanbit.example/a/77">'
                 "<title>울산항 석유부두 사흘째 멈춤 : 한빛포털</title>",
                 '<a class="press_logo" href="https://www.donghae.example/"><img alt="동해신문"></a>'
                 '<h2>울산항 석유부두 사흘째 멈춤</h2><a class="origin" href="https://www.donghae.example/news/5512">기사원문</a>'
                 f"<article>{paras}</article>")
    cand = _candidate(data)
    assert cand.outlet == "동해신문" and cand.url == "https://www.donghae.example/news/5512"


def test_a_page_without_url_or_site_name_takes_the_logo_its_title_names() -> None:
    body = "".join(f"<p>{p}</p>" for p in [
        "أعلنت إدارة ميناء طرطوس تعليق عمليات التفريغ لمدة يومين بسبب العاصفة التي تضرب الساحل السوري منذ مساء الأحد.",
        "وقال مسؤول في الميناء إن السفن المنتظرة في المخطاف ستدخل تباعاً فور تحسن الأحوال الجوية خلال الأيام المقبلة."])
    data = _page("<title>تعليق التفريغ في ميناء طرطوس - موقع الشاطئ</title>",
                  '<a href="index.php"><img src="logo.gif" alt="الشاطئ"></a><h1>تعليق التفريغ في ميناء طرطوس</h1>'
                  f'<div class="info">كتب: نادر الحلبي</div><div class="text">{body}</div>', "windows-1256")
    cand = _candidate(data, "page.htm")
    assert cand.outlet == "الشاطئ" and cand.authors == ["نادر الحلبي"]


def test_rights_and_related_lines_in_other_scripts_are_cleaned() -> None:
    story = ["Порт Находка возобновил отгрузку угля после шторма, сообщили в администрации порта в среду утром.",
             "Читайте также: Паромная линия Ванино - Холмск возобновила рейсы",
             "По словам диспетчеров, очередь на рейде сократится к выходным, если погода позволит.",
             "© 2027 Восточный берег. Все права защищены."]
    lines: list[tuple[int, str]] = []
    for i, para in enumerate(story):
        lines += [(2 * i + 1, para), (2 * i + 2, "")]
    cand = Candidate(source_path="x.txt", position=0, start_line=1, end_line=8, raw_text="\n".join(story),
                     body_lines=lines[:-1])
    assert CLEANER.clean(cand).paragraphs == [story[0], story[2]]


def test_an_author_field_in_devanagari_or_arabic_keeps_its_vowel_signs() -> None:
    """Vowel signs and harakat are combining marks, not \\w: an author field's name in such a
    script is still one name (merged from two fixes that took these names in two ways)."""
    from ingest.formats.meta_clean import clean_authors

    assert clean_authors(["सुनीता वर्मा"], None, CTX.bylines) == ["सुनीता वर्मा"]
    assert clean_authors(["مُحَمَّد الكَاتِب"], None, CTX.bylines) == ["مُحَمَّد الكَاتِب"]
    assert clean_authors(["यह खबर एजेंसी की फीड से प्रकाशित की गई है और इसमें कोई बदलाव नहीं किया गया"], None,
                         CTX.bylines) == []
