# -*- coding: utf-8 -*-
"""Build tests/blind17/dumps/* and tests/blind17/gold.json from build/articles.py (stdlib only, deterministic).

usage: /work/main/.venv/bin/python tests/blind17/build/build_set.py
"""
import base64
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DUMPS = os.path.join(ROOT, "dumps")
sys.path.insert(0, HERE)
from articles import ART  # noqa: E402

F_AR1 = "alkhaleej-albahri_news_2026-12-03_typhoon.html"
F_AR2 = "almarfaa_article_88412.htm"
F_KO1 = "bpdaily_articleView_idxno98213.html"
F_TW = "haigang-times_article_hg-48213.html"
F_JA1 = "nansei-shimpo_articles_20261203-0042.html"
F_JA2 = "nansei-shimpo_newsletter_20261203.eml"
F_HI = "newspulse-india_export_shipping_2026-12-04.jsonl"
F_KO2 = "nurinews_article_0881_0000098213.html"
F_RU1 = "primmeridian_news_2026-12-03_tayfun.html"
F_RU2 = "rassylka_morskoy-vestnik_2026-12-03.eml"
F_ZH = "航运资讯汇编_20261203.txt"
ALL = [F_AR1, F_AR2, F_KO1, F_TW, F_JA1, F_JA2, F_HI, F_KO2, F_RU1, F_RU2, F_ZH]
assert ALL == sorted(ALL), sorted(ALL)

COPIES, MUSTNOT, POS, SEEN_TITLES, SEEN_OUTLETS = {}, {}, {}, {}, {}
E = html.escape


def reg(aid, src, paras, mn=(), title=None, outlet=None):
    body = "\n\n".join(" ".join(p.split()) for p in paras)
    pos = POS.get(src, 0)
    POS[src] = pos + 1
    COPIES.setdefault(aid, []).append((src, pos, body))
    SEEN_TITLES.setdefault(aid, [])
    SEEN_OUTLETS.setdefault(aid, [])
    if title and title not in SEEN_TITLES[aid]:
        SEEN_TITLES[aid].append(title)
    if outlet and outlet not in SEEN_OUTLETS[aid]:
        SEEN_OUTLETS[aid].append(outlet)
    addmn(aid, mn)
    if title:
        addmn(aid, [title])


def addmn(aid, strings):
    lst = MUSTNOT.setdefault(aid, [])
    for s in strings:
        s = " ".join(s.split())
        if len(s) >= 4 and s not in lst:
            lst.append(s)


def P(aid):
    return list(ART[aid]["paras"])


def P2(aid):
    a = ART[aid]
    return [p for i, p in enumerate(a["paras"]) if i != a["trim"]] + [a["local"]]


def write(fn, data):
    with open(os.path.join(DUMPS, fn), "wb") as f:
        f.write(data)


def ps_html(paras, indent="    "):
    return "\n".join(f"{indent}<p>{E(p, quote=False)}</p>" for p in paras)


# ================================================================ 1. Arabic, UTF-8, rtl
def build_ar1():
    aid = "ar-khaleej-jadawil"
    a = ART[aid]
    ps = P(aid)
    read_more = ['اقرأ أيضاً: موانئ دبي تمدد ساعات العمل في محطة الحاويات الثالثة',
                 'اقرأ أيضاً: ارتفاع أسعار الشحن البحري للأسبوع الثالث على التوالي']
    body = ps_html(ps[:2]) + f'\n    <div class="related-inline"><a href="/news/2026/12/01/dp-terminal-hours">{E(read_more[0])}</a></div>\n' + ps_html(ps[2:])
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | الخليج البحري</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Al Khaleej Al Bahri">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:type" content="article">
<link rel="canonical" href="{a['url']}">
<link rel="alternate" hreflang="en" href="https://en.alkhaleej-albahri.ae/">
</head>
<body class="rtl">
<header class="site-header">
  <a class="logo" href="/"><img src="/static/logo.svg" alt="الخليج البحري"></a>
  <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li><li><a href="/ports">موانئ</a></li><li><a href="/shipping">شحن</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/opinion">آراء</a></li></ul></nav>
  <div class="lang-switch"><a href="https://en.alkhaleej-albahri.ae/">English</a></div>
</header>
<main>
  <div class="breadcrumb"><a href="/">الرئيسية</a> › <a href="/shipping">شحن</a></div>
  <article>
    <h1 class="article-title">{E(a['title'])}</h1>
    <div class="article-meta">
      <span class="author">كتب: سامي العبدالله</span>
      <time datetime="2026-12-03T10:45:00+04:00">الخميس ٣ ديسمبر ٢٠٢٦ - ١٠:٤٥ ص</time>
      <span class="updated">آخر تحديث: الخميس ٣ ديسمبر ٢٠٢٦ - ١٢:١٠ م</span>
    </div>
    <div class="share">شارك: <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">واتساب</a> <a href="#">نسخ الرابط</a></div>
    <figure><img src="/media/2026/12/kaohsiung-ships.jpg" alt=""><figcaption>سفن حاويات تنتظر خارج ميناء كاوشيونغ في تايوان (أرشيفية)</figcaption></figure>
    <div class="article-body">
{body}
    </div>
    <div class="tags">الوسوم: <a href="#">شحن</a> <a href="#">جبل علي</a> <a href="#">إعصار</a></div>
    <div class="related"><h3>أخبار ذات صلة</h3><ul><li><a href="/news/2026/12/02/freight-rates">{E(read_more[1][len('اقرأ أيضاً: '):])}</a></li><li><a href="/news/2026/11/29/khor-fakkan">ميناء خورفكان يستقبل أول سفينة تعمل بالميثانول</a></li></ul></div>
  </article>
  <aside class="most-read"><h3>الأكثر قراءة</h3><ol><li>الإمارات تطلق منصة موحدة للتخليص الجمركي</li><li>ناقلة نفط عملاقة ترسو في الفجيرة بعد عطل فني</li></ol></aside>
  <div class="newsletter">اشترك في النشرة البريدية اليومية للخليج البحري</div>
</main>
<footer>
  <p>جميع الحقوق محفوظة © ٢٠٢٦ الخليج البحري</p>
  <p><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a> | <a href="/privacy">سياسة الخصوصية</a></p>
</footer>
</body>
</html>
"""
    write(F_AR1, page.encode("utf-8"))
    reg(aid, F_AR1, ps, ["كتب: سامي العبدالله", "الخميس ٣ ديسمبر ٢٠٢٦ - ١٠:٤٥ ص", "آخر تحديث: الخميس ٣ ديسمبر ٢٠٢٦",
                         "سفن حاويات تنتظر خارج ميناء كاوشيونغ في تايوان (أرشيفية)", read_more[0],
                         "الوسوم:", "أخبار ذات صلة", "الأكثر قراءة", "اشترك في النشرة البريدية اليومية للخليج البحري",
                         "جميع الحقوق محفوظة © ٢٠٢٦ الخليج البحري", "نسخ الرابط", "الإمارات تطلق منصة موحدة للتخليص الجمركي"],
        title=a["title"], outlet="الخليج البحري")


# ================================================================ 2. Arabic, windows-1256 (Lebanese site)
def build_ar2():
    aid = "ar-khaleej-jadawil"
    a = ART[aid]
    ps = P2(aid)
    t2 = a["title2"]
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>{E(t2)} - موقع المرفأ</title>
<meta name="keywords" content="مرفأ بيروت, شحن, إعصار, جبل علي">
</head>
<body bgcolor="#ffffff">
<table width="980" align="center" border="0">
<tr><td class="top"><a href="index.php"><img src="images/logo.gif" alt="المرفأ" border="0"></a>
<div class="menu"><a href="index.php">الصفحة الرئيسية</a> | <a href="cat.php?id=2">لبنان</a> | <a href="cat.php?id=3">اقتصاد</a> | <a href="cat.php?id=4">مرافئ ونقل</a> | <a href="cat.php?id=9">اتصل بنا</a></div>
<div class="date">الخميس 3 كانون الأول 2026</div>
</td></tr>
<tr><td class="content">
<div class="cat">مرافئ ونقل</div>
<h1 class="title">{E(t2)}</h1>
<div class="info">كتب: سامي العبدالله | الخميس 3 كانون الأول 2026 - 14:20 | عدد القراءات: 412</div>
<div class="text">
{ps_html(ps, '')}
<p class="source">نقلاً عن صحيفة "الخليج البحري"</p>
</div>
<div class="tools"><a href="print.php?id=88412">طباعة</a> | <a href="send.php?id=88412">أرسل لصديق</a> | <a href="#comments">التعليقات (0)</a></div>
<div class="more"><b>أخبار أخرى</b><br>
<a href="article.php?id=88409">وزير الأشغال يتفقد أعمال توسعة محطة الحاويات</a><br>
<a href="article.php?id=88401">ارتفاع كلفة التأمين على الشحنات المتجهة إلى البحر الأحمر</a></div>
</td></tr>
<tr><td class="footer">© جميع الحقوق محفوظة لموقع المرفأ 2026 - تابعونا على فيسبوك وتويتر</td></tr>
</table>
</body>
</html>
"""
    page = page.replace("\n", "\r\n")
    write(F_AR2, page.encode("cp1256"))
    reg(aid, F_AR2, ps, ['نقلاً عن صحيفة "الخليج البحري"', "الخميس 3 كانون الأول 2026", "عدد القراءات: 412",
                         "أرسل لصديق", "التعليقات (0)", "أخبار أخرى", "© جميع الحقوق محفوظة لموقع المرفأ 2026",
                         "تابعونا على فيسبوك وتويتر", "وزير الأشغال يتفقد أعمال توسعة محطة الحاويات",
                         "مرافئ ونقل"],
        title=t2, outlet="المرفأ")


# ================================================================ 3. Korean, declared euc-kr, bytes cp949
def build_ko1():
    aid = "ko-bpdaily-busan"
    a = ART[aid]
    ps = P(aid)
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{E(a['title'])} - 부산항만일보</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="부산항만일보">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:url" content="{E(a['url'])}">
<meta property="article:published_time" content="2026-12-02T17:42:00+09:00">
</head>
<body>
<div id="user-wrap">
<header class="user-header">
  <div class="top-util"><a href="/member/login.html">로그인</a> <a href="/member/join.html">회원가입</a> <a href="/com/subscribe.html">구독신청</a></div>
  <h1 class="logo"><a href="/"><img src="/image/logo.png" alt="부산항만일보"></a></h1>
  <nav><ul><li>전체기사</li><li>해운·항만</li><li>물류</li><li>조선</li><li>수산</li><li>오피니언</li></ul></nav>
</header>
<section class="article-view">
  <div class="breadcrumbs">홈 &gt; 해운·항만</div>
  <header class="article-view-header">
    <h3 class="heading">{E(a['title'])}</h3>
    <ul class="infomation">
      <li>정하윤 기자</li>
      <li>입력 2026.12.02 17:42</li>
      <li>수정 2026.12.03 09:10</li>
      <li>댓글 0</li>
    </ul>
    <div class="share-btns">기사공유하기 <a>페이스북</a> <a>트위터</a> <a>카카오톡</a> <a>URL복사</a> <a>본문 글씨 키우기</a> <a>본문 글씨 줄이기</a></div>
  </header>
  <article id="article-view-content-div">
    <figure><img src="/news/photo/202612/98213_1_1742.jpg" alt=""><figcaption>2일 부산항 신항 앞바다에 입항을 기다리는 컨테이너선들이 줄지어 정박해 있다. /부산항만일보 DB</figcaption></figure>
{ps_html(ps)}
    <p>정하윤 기자 hayoon@bpdaily.co.kr</p>
  </article>
  <div class="view-copyright">저작권자 ⓒ 부산항만일보 무단전재 및 재배포 금지</div>
  <div class="view-editors"><strong>정하윤 기자</strong> 다른기사 보기</div>
  <section class="relation"><h4>관련기사</h4><ul><li>부산항 신항 2-6단계 부두 개장 연기</li><li>대만해협 통항 제한…동남아 항로 운임 들썩</li></ul></section>
</section>
<aside class="side"><h4>많이 본 뉴스</h4><ol><li>부산 수산물 시장 '똠얌꿍 축제' 주말 개막</li><li>HMM, 유럽 노선 신규 서비스 개시</li><li>해수부, 항만 자동화 로드맵 발표</li></ol></aside>
<footer class="user-footer">
  <p>부산광역시 중구 중앙대로 123 해양빌딩 7층 | 대표전화 051-000-1234 | 등록번호 부산 아 00123 | 발행·편집인 박성호 | 청소년보호책임자 김은지</p>
  <p>Copyright ⓒ 2026 부산항만일보. All rights reserved. mail to bpdaily@bpdaily.co.kr</p>
</footer>
</div>
</body>
</html>
"""
    write(F_KO1, page.encode("cp949"))
    reg(aid, F_KO1, ps, ["정하윤 기자 hayoon@bpdaily.co.kr", "hayoon@bpdaily.co.kr", "입력 2026.12.02 17:42",
                         "수정 2026.12.03 09:10", "기사공유하기", "카카오톡", "URL복사", "본문 글씨 키우기",
                         "/부산항만일보 DB", "저작권자 ⓒ 부산항만일보 무단전재 및 재배포 금지", "다른기사 보기", "관련기사",
                         "많이 본 뉴스", "똠얌꿍 축제", "청소년보호책임자", "Copyright ⓒ 2026 부산항만일보",
                         "부산항 신항 2-6단계 부두 개장 연기"],
        title=a["title"], outlet="부산항만일보")


# ================================================================ 4. Traditional Chinese, Big5
def build_tw():
    aid = "tw-haigang-kaohsiung"
    a = ART[aid]
    ps = P(aid)
    shown = ["〔記者林佳蓉／高雄報導〕" + ps[0]] + ps[1:]
    page = f"""<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{E(a['title'])} - 海港時報</title>
<meta property="og:site_name" content="海港時報 The Harbour Times">
<meta property="og:title" content="{E(a['title'])}">
<link rel="canonical" href="{a['url']}">
</head>
<body>
<div class="header"><a href="/"><img src="/img/logo.png" alt="海港時報"></a>
<ul class="nav"><li>即時</li><li>港務</li><li>航運</li><li>物流</li><li>財經</li><li>地方</li></ul></div>
<div class="whitecon articlebody">
  <h1>{E(a['title'])}</h1>
  <div class="text">
    <span class="time">2026/12/02 05:30</span>
    <div class="share">分享 <a>Facebook</a> <a>LINE</a> <a>加入好友</a> <a>列印</a> <a>字級</a></div>
    <div class="photo"><img src="/photo/2026/12/02/hg48213.jpg"><p class="caption">高雄港外海錨泊等候進港的貨櫃船。（記者林佳蓉攝）</p></div>
{ps_html(shown)}
    <p class="appE1121">下載海港時報APP，即時新聞不漏接！</p>
  </div>
  <div class="related"><h4>相關新聞</h4><ul><li>台灣海峽南部航行限制　航港局：2日晚間解除</li><li>颱風過境　旗津漁港清出20噸漂流木</li></ul></div>
</div>
<div class="hot"><h4>熱門新聞</h4><ol><li>貨櫃三雄11月營收出爐　長榮年增12%</li><li>高雄港第七貨櫃中心明年全面啟用</li></ol></div>
<div class="footer"><p>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p><p>&copy; 2026 海港時報 版權所有</p></div>
</body>
</html>
"""
    write(F_TW, page.encode("big5"))
    reg(aid, F_TW, ps, ["〔記者林佳蓉／高雄報導〕", "2026/12/02 05:30", "加入好友", "（記者林佳蓉攝）",
                        "高雄港外海錨泊等候進港的貨櫃船。", "下載海港時報APP，即時新聞不漏接！", "相關新聞", "熱門新聞",
                        "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。", "© 2026 海港時報 版權所有",
                        "貨櫃三雄11月營收出爐"],
        title=a["title"], outlet="海港時報")


# ================================================================ 5. Japanese page, Shift_JIS declared, cp932 bytes
def build_ja1():
    aid = "ja-nansei-naha"
    a = ART[aid]
    ps = P(aid)
    page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>{E(a['title'])}｜南西新報デジタル</title>
<meta property="og:site_name" content="Nansei Shimpo">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:url" content="{a['url']}">
<link rel="canonical" href="{a['url']}">
</head>
<body>
<header id="gh"><a href="/" class="logo"><img src="/img/logo.svg" alt="南西新報"></a>
<nav><ul><li>トップ</li><li>沖縄ニュース</li><li>政治</li><li>経済</li><li>社会</li><li>離島</li><li>スポーツ</li></ul></nav>
<a class="btn-member" href="/member/">会員登録（無料）</a></header>
<div class="breadcrumb"><a href="/">ホーム</a> ＞ <a href="/list/economy">経済</a> ＞ 記事</div>
<main>
<article class="article">
  <h1 class="article-title">{E(a['title'])}</h1>
  <div class="article-info">
    <time datetime="2026-12-03T18:05">2026年12月3日 18時05分</time>
    <span class="updated">（最終更新 12月3日 19時12分）</span>
    <p class="byline">経済部　比嘉理沙記者</p>
  </div>
  <div class="sns-share">この記事をシェア <a>ポスト</a> <a>LINEで送る</a> <a>はてなブックマーク</a> <a>URLをコピー</a></div>
  <figure><img src="/images/2026/12/03/naha-port.jpg" alt=""><figcaption>欠航が相次ぎ、コンテナが積み上がった那覇港の岸壁＝3日午後、那覇市（比嘉理沙撮影）</figcaption></figure>
  <div class="article-body">
{ps_html(ps)}
  </div>
  <div class="member-pr">会員登録（無料）で、夕方のニュースレターを毎日お届けします。</div>
  <section class="related"><h2>関連記事</h2><ul>
    <li><a href="/articles/-/20261203-0031">泡盛の台湾向け出荷を見合わせ　高雄港閉鎖で県酒造組合</a></li>
    <li><a href="/articles/-/20261202-0077">石垣・宮古航路が全便欠航　離島で生鮮品不足の恐れ</a></li>
  </ul></section>
</article>
<aside class="ranking"><h2>アクセスランキング</h2><ol>
  <li>① 国際通りに新たな大型商業施設　来年春開業へ</li>
  <li>② 台風27号、那覇で最大瞬間風速38メートル</li>
  <li>③ 県内の有効求人倍率、3カ月ぶり改善</li>
</ol></aside>
</main>
<footer><p>本サイトに掲載の記事・写真の無断転載を禁じます。すべての著作権は南西新報社またはその情報提供者に帰属します。</p>
<p>Copyright &copy; The Nansei Shimpo. All rights reserved.</p></footer>
</body>
</html>
"""
    write(F_JA1, page.encode("cp932"))
    reg(aid, F_JA1, ps, ["2026年12月3日 18時05分", "（最終更新 12月3日 19時12分）", "経済部　比嘉理沙記者",
                         "この記事をシェア", "LINEで送る", "はてなブックマーク", "（比嘉理沙撮影）",
                         "欠航が相次ぎ、コンテナが積み上がった那覇港の岸壁", "会員登録（無料）で、夕方のニュースレターを毎日お届けします。",
                         "関連記事", "アクセスランキング", "国際通りに新たな大型商業施設", "本サイトに掲載の記事・写真の無断転載を禁じます。",
                         "すべての著作権は南西新報社またはその情報提供者に帰属します。", "Copyright © The Nansei Shimpo. All rights reserved."],
        title=a["title"], outlet="南西新報")


# ================================================================ 6. Japanese mail magazine, ISO-2022-JP, hard-wrapped
NOSTART = set("、。，．」』）】〕！？ー々ゃゅょっャュョッァィゥェォ・：")


def jwrap(text, width=35):
    lines, cur = [], "　"
    for ch in text:
        if len(cur) >= width and ch not in NOSTART:
            lines.append(cur)
            cur = ""
        cur += ch
    lines.append(cur)
    return lines


def mime_word(s, cs):
    return f"=?{cs.upper()}?B?{base64.b64encode(s.encode(cs)).decode('ascii')}?="


def build_ja2():
    rule = "━" * 30
    items = [("ja-nansei-naha", "2026年12月3日 18時05分", "経済部　比嘉理沙記者"),
             ("ja-nansei-awamori", "2026年12月3日 11時20分", None),
             ("ja-nansei-ritou", "2026年12月2日 21時40分", "八重山支局　宮城翔太記者")]
    urls = {"ja-nansei-naha": ART["ja-nansei-naha"]["url"],
            "ja-nansei-awamori": "https://www.nansei-shimpo.jp/articles/-/20261203-0031",
            "ja-nansei-ritou": "https://www.nansei-shimpo.jp/articles/-/20261202-0077"}
    out = [rule, "　南西新報　夕方のニュースレター", "　2026年12月3日（木）", rule, "",
           "いつも南西新報デジタルをご利用いただき、ありがとうございます。", "本日の主なニュースをお届けします。", "",
           "■本日のラインナップ"]
    out += [f"・{ART[aid]['title']}" for aid, _, _ in items]
    out += ["", rule]
    common_mn = ["南西新報　夕方のニュースレター", "いつも南西新報デジタルをご利用いただき、ありがとうございます。",
                 "■本日のラインナップ", "▼記事をウェブで読む", "このメールは送信専用アドレスから配信しています。",
                 "配信停止・配信先の変更はこちら", "発行：南西新報社　デジタル編集部", "Copyright (C) The Nansei Shimpo. 無断転載を禁じます。"]
    for aid, ts, by in items:
        a = ART[aid]
        ps = [p.replace("髙", "高") for p in P(aid)]   # ISO-2022-JP (JIS X 0208) has no 髙
        out += ["", f"■{a['title']}", f"（{ts}）"]
        if by:
            out.append(by)
        out.append("")
        for p in ps:
            out += jwrap(p) + [""]
        out += ["▼記事をウェブで読む", urls[aid], "", rule]
        reg(aid, F_JA2, ps, common_mn + [f"（{ts}）"] + ([by] if by else []), title=a["title"], outlet="南西新報")
    out += ["", "※このメールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。",
            "※配信停止・配信先の変更はこちら", "https://www.nansei-shimpo.jp/member/newsletter/",
            "", "発行：南西新報社　デジタル編集部", "〒900-0000　沖縄県那覇市泉崎1-2-3",
            "Copyright (C) The Nansei Shimpo. 無断転載を禁じます。", rule, ""]
    body = "\r\n".join(out).encode("iso2022_jp")
    hdr = ("Return-Path: <newsletter@mail.nansei-shimpo.jp>\r\n"
           "Received: from mo12.nansei-shimpo.jp (mo12.nansei-shimpo.jp [203.0.113.18])\r\n"
           "\tby mx.example.net with ESMTP id 4Qh7Zx2kLmz9; Thu, 03 Dec 2026 19:00:14 +0900\r\n"
           f"From: {mime_word('南西新報デジタル', 'iso2022_jp').replace('ISO2022_JP', 'ISO-2022-JP')} <newsletter@mail.nansei-shimpo.jp>\r\n"
           "To: archive-desk@example.net\r\n"
           f"Subject: {mime_word('【南西新報】夕方のニュースレター　12月3日（木）', 'iso2022_jp').replace('ISO2022_JP', 'ISO-2022-JP')}\r\n"
           "Date: Thu, 03 Dec 2026 19:00:12 +0900\r\n"
           "Message-ID: <20261203190012.nl-evening.4471@mail.nansei-shimpo.jp>\r\n"
           "List-Unsubscribe: <https://www.nansei-shimpo.jp/member/newsletter/>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=\"ISO-2022-JP\"\r\n"
           "Content-Transfer-Encoding: 7bit\r\n\r\n").encode("ascii")
    write(F_JA2, hdr + body)


# ================================================================ 7. Monitoring-tool JSON lines (Hindi + English)
def build_hi():
    recs = []

    def rec(rid, aid, paras_shown, paras_gold, title, outlet, domain, url, author, published, lang, mn, section):
        r = {"id": rid, "source": {"name": outlet, "domain": domain, "country": "IN", "media_type": "online"},
             "url": url, "title": title, "author": author, "published_at": published,
             "crawled_at": "2026-12-04T02:%02d:11Z" % (len(recs) * 7), "language": lang, "section": section,
             "content": "\n\n".join(paras_shown), "sentiment": "negative", "reach": 120000 + 13331 * len(recs),
             "keywords": ["typhoon", "shipping", "port"]}
        recs.append(r)
        reg(aid, F_HI, paras_gold, mn, title=title, outlet=outlet)

    a = ART["hi-sagar-chennai"]
    ps = P("hi-sagar-chennai")
    ym = "यह भी पढ़ें: विशाखापत्तनम पोर्ट पर नया कंटेनर टर्मिनल अगले साल से शुरू होगा"
    rec("np-20261203-004417", "hi-sagar-chennai", ps[:2] + [ym] + ps[2:] + ["हमें फॉलो करें: फेसबुक | एक्स | व्हाट्सऐप चैनल"],
        ps, a["title"], "सागर संदेश", "sagarsandesh.in", a["url"], "रोहित त्रिपाठी", "2026-12-03T01:15:00+05:30", "hi",
        [ym, "हमें फॉलो करें: फेसबुक | एक्स | व्हाट्सऐप चैनल"], "बिज़नेस")

    a = ART["hi-bvs-jnpt"]
    ps = P("hi-bvs-jnpt")
    disc = "(डिस्क्लेमर: यह खबर सीधे भावास की फीड से प्रकाशित की गई है। इसे दैनिक जनवाणी की टीम ने संपादित नहीं किया है।)"
    rec("np-20261203-006120", "hi-bvs-jnpt", ps + [disc], ps, a["title"], "दैनिक जनवाणी", "dainikjanvani.com", a["url"],
        "भावास", "2026-12-03T14:30:00+05:30", "hi", [disc], "देश")

    a = ART["en-pmw-typhoon"]
    ps = P("en-pmw-typhoon")
    rep = "(Reporting by Daniel Reyes in Taipei; Editing by Sarah Okafor)"
    disc_en = ("(This story has not been edited by Western Coast Times staff and is auto-generated from a "
               "syndicated feed.)")
    rec("np-20261202-009981", "en-pmw-typhoon", ps + [rep, disc_en], ps, a["title"], "Western Coast Times",
        "westerncoasttimes.in", a["url"], "PMW", "2026-12-02T19:05:00+05:30", "en", [rep, disc_en], "Business")

    a = ART["hi-bvs-jnpt"]
    ps2 = P2("hi-bvs-jnpt")
    disc2 = "(डिस्क्लेमर: यह खबर सीधे भावास की फीड से प्रकाशित की गई है। इसे गुजरात दर्पण की टीम ने संपादित नहीं किया है।)"
    rec("np-20261203-006388", "hi-bvs-jnpt", ps2 + [disc2], ps2, a["title2"], "गुजरात दर्पण", "gujaratdarpan.com",
        "https://www.gujaratdarpan.com/vyapar/mundra-jnpt-ships-late-east-asia-typhoon-30417", "भावास",
        "2026-12-03T16:10:00+05:30", "hi", [disc2], "व्यापार")

    a = ART["hi-sagar-blank"]
    ps = P("hi-sagar-blank")
    ym2 = "यह भी पढ़ें: पूर्वी एशिया के तूफान से चेन्नई पोर्ट पर कंटेनरों की किल्लत"
    rec("np-20261204-000912", "hi-sagar-blank", [ps[0], ym2] + ps[1:], ps, a["title"], "सागर संदेश", "sagarsandesh.in",
        a["url"], "नेहा जोशी", "2026-12-04T09:40:00+05:30", "hi", [ym2], "बिज़नेस")
    recs.sort(key=lambda r: 0)  # keep insertion order
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    write(F_HI, data.encode("utf-8"))


# ================================================================ 8. Korean portal copy, UTF-8
def build_ko2():
    aid = "ko-bpdaily-busan"
    a = ART[aid]
    ps = P(aid)
    page = f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} : 누리뉴스</title>
<meta property="og:site_name" content="누리뉴스">
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:url" content="https://n.nurinews.kr/article/0881/0000098213">
<meta property="og:article:author" content="부산항만일보 | 정하윤 기자">
</head>
<body>
<div id="ct">
  <div class="media_end_head">
    <a class="press_logo" href="https://www.bpdaily.co.kr/"><img src="https://static.nurinews.kr/press/0881.png" alt="부산항만일보"></a>
    <h2 id="title_area"><span>{E(a['title'])}</span></h2>
    <div class="info">
      <span class="journalist">정하윤 기자</span>
      <span class="date">입력2026.12.02. 오후 5:42</span>
      <span class="date">수정2026.12.03. 오전 9:10</span>
      <a class="origin" href="{E(a['url'])}">기사원문</a>
    </div>
    <div class="tools">공감 댓글 요약봇 본문 듣기 글자 크기 변경 공유하기</div>
  </div>
  <article id="dic_area">
{ps_html(ps)}
    <p>정하윤 기자 hayoon@bpdaily.co.kr</p>
  </article>
  <p class="copyright">Copyright ⓒ 부산항만일보. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.</p>
  <div class="categorize">이 기사는 언론사에서 경제 섹션으로 분류했습니다.</div>
  <div class="reaction">좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0 후속기사 원해요 0</div>
  <div class="press_subscribe">부산항만일보 구독하기 · 부산항만일보 주요뉴스 해당 언론사에서 선정하며 언론사 페이지로 이동해 볼 수 있습니다.</div>
  <div class="ranking"><h4>부산항만일보 랭킹 뉴스</h4><ol><li>부산항 신항 2-6단계 부두 개장 연기</li><li>해수부, 항만 자동화 로드맵 발표</li></ol></div>
</div>
<footer>누리뉴스는 뉴스 편집에 관여하지 않으며, 기사의 모든 책임은 언론사에 있습니다. ⓒ NURI Corp.</footer>
</body>
</html>
"""
    write(F_KO2, page.encode("utf-8"))
    reg(aid, F_KO2, ps, ["입력2026.12.02. 오후 5:42", "수정2026.12.03. 오전 9:10", "기사원문", "요약봇", "본문 듣기",
                         "Copyright ⓒ 부산항만일보. All rights reserved. 무단 전재 및 재배포, AI 학습 이용 금지.",
                         "이 기사는 언론사에서 경제 섹션으로 분류했습니다.", "좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0 후속기사 원해요 0",
                         "부산항만일보 구독하기", "랭킹 뉴스", "누리뉴스는 뉴스 편집에 관여하지 않으며"],
        title=a["title"], outlet="부산항만일보")


# ================================================================ 9. Russian page, windows-1251
def build_ru1():
    aid = "ru-prim-konteinery"
    a = ART[aid]
    ps = P(aid)
    also = "Читайте также: Порт Восточный увеличил перевалку контейнеров на 14%"
    page = f"""<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{E(a['title'])} — Приморский меридиан</title>
<meta property="og:site_name" content="Приморский меридиан">
<meta property="og:title" content="{E(a['title'])}">
<link rel="canonical" href="{a['url']}">
</head>
<body>
<div class="header"><a href="/" class="logo">Приморский меридиан</a>
<ul class="menu"><li>Новости</li><li>Экономика</li><li>Общество</li><li>Происшествия</li><li>Спорт</li></ul>
<div class="weather">Владивосток &minus;4°</div></div>
<div class="content">
 <div class="crumbs"><a href="/">Главная</a> / <a href="/news/ekonomika/">Экономика</a></div>
 <h1>{E(a['title'])}</h1>
 <div class="meta"><span class="date">3 декабря 2026, 14:20</span> <span class="views">Просмотров: 1 284</span></div>
 <div class="author">Автор: Ольга Кравец</div>
 <div class="photo"><img src="/upload/2026/12/port.jpg" alt=""><div class="photo-caption">Контейнерный терминал во Владивостоке. Фото: архив «Приморского меридиана»</div></div>
 <div class="text">
{ps_html(ps[:2], '  ')}
  <div class="also"><b>{E(also.split(': ', 1)[0])}:</b> <a href="/news/ekonomika/2026/12/01/vostochny/">{E(also.split(': ', 1)[1])}</a></div>
{ps_html(ps[2:], '  ')}
 </div>
 <div class="share">Поделиться: ВКонтакте · Одноклассники · Telegram</div>
 <div class="tags">Теги: тайфун, порт, контейнеры, Владивосток</div>
 <div class="errors">Нашли ошибку? Выделите текст и нажмите Ctrl+Enter</div>
</div>
<div class="footer"><p>© 2026 Приморский меридиан. Все права защищены. При полном или частичном использовании материалов ссылка на «Приморский меридиан» обязательна.</p><p>18+</p></div>
</body>
</html>
"""
    write(F_RU1, page.encode("cp1251"))
    reg(aid, F_RU1, ps, ["3 декабря 2026, 14:20", "Просмотров: 1 284", "Автор: Ольга Кравец", also,
                         "Фото: архив «Приморского меридиана»", "Поделиться: ВКонтакте", "Теги: тайфун, порт, контейнеры",
                         "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "© 2026 Приморский меридиан. Все права защищены.",
                         "При полном или частичном использовании материалов ссылка на «Приморский меридиан» обязательна."],
        title=a["title"], outlet="Приморский меридиан")


# ================================================================ 10. Russian e-mail digest, KOI8-R
def koi(s):
    return (s.replace("«", '"').replace("»", '"').replace("—", "-").replace("–", "-").replace("№", "N"))


def build_ru2():
    items = [("ru-vi-liniya", 1, "Транспорт Востока", "2 декабря 2026, 18:05", "Восток-Информ",
              "Читайте также: Морской порт Ванино нарастил отгрузку угля - https://transvostok.ru/news/44102"),
             ("ru-prim-konteinery", 1, "Приморский меридиан", "3 декабря 2026, 14:20", "Ольга Кравец",
              "Читайте также: Порт Восточный увеличил перевалку контейнеров на 14% - https://primmeridian.ru/news/ekonomika/2026/12/01/vostochny/"),
             ("ru-vi-liniya", 2, "Сахалинский курьер", "2 декабря 2026, 21:30", "Восток-Информ",
              "Читайте также: Паром Ванино - Холмск вернулся на линию после ремонта - https://sakhkurier.ru/news/9921"),
             ("ru-biz-importery", 1, "Бизнес-Приморье", "3 декабря 2026, 09:15", "Денис Ляхов",
              "Читайте также: Ритейлеры Приморья готовятся к новогоднему сезону - https://biz-primorye.ru/retail/5120"),
             ("en-pmw-typhoon", 1, "Pacific Maritime Wire", "2 декабря 2026, 13:40 (мск)", "Daniel Reyes", None)]
    out = ["МОРСКОЙ ВЕСТНИК - ежедневная подборка новостей транспорта и логистики Дальнего Востока",
           "Выпуск N 236 от 3 декабря 2026 г.", "", "=" * 64, "СОДЕРЖАНИЕ ВЫПУСКА:"]
    titles = []
    for aid, v, *_ in items:
        titles.append(ART[aid]["title"] if v == 1 else ART[aid]["title2"])
    for n, t in enumerate(titles, 1):
        out.append(f"{n}. {koi(t)}")
    out += ["=" * 64, ""]
    common = ["МОРСКОЙ ВЕСТНИК - ежедневная подборка новостей", "Выпуск N 236 от 3 декабря 2026 г.", "СОДЕРЖАНИЕ ВЫПУСКА:",
              "Вы получили это письмо, потому что подписаны на рассылку", "Отписаться от рассылки:"]
    for n, (aid, v, outlet, ts, author, also) in enumerate(items, 1):
        ps = P(aid) if v == 1 else P2(aid)
        ps = [koi(p) for p in ps]
        t = koi(titles[n - 1])
        if aid == "en-pmw-typhoon":
            out += ["ЗАРУБЕЖНАЯ ПРЕССА / FOREIGN PRESS", ""]
        out += [f"{n}. {t}", f"Источник: {outlet}", f"Дата: {ts}", f"Автор: {author}", ""]
        for p in ps:
            out += [p, ""]
        mn = common + [f"Источник: {outlet}", f"Дата: {ts}", f"Автор: {author}"]
        if aid == "en-pmw-typhoon":
            rep = "(Reporting by Daniel Reyes in Taipei; Editing by Sarah Okafor)"
            out += [rep, "", "(c) Pacific Maritime Wire 2026. Republication only under licence.", ""]
            mn += [rep, "(c) Pacific Maritime Wire 2026. Republication only under licence.", "ЗАРУБЕЖНАЯ ПРЕССА / FOREIGN PRESS"]
        else:
            out += [koi(also), f"(c) {koi(outlet)}. Все права защищены", ""]
            mn += [koi(also), f"(c) {koi(outlet)}. Все права защищены"]
        out += ["-" * 64, ""]
        reg(aid, F_RU2, ps, mn, title=t, outlet=outlet)
    out += ["Вы получили это письмо, потому что подписаны на рассылку \"Морской вестник\".",
            "Отписаться от рассылки: https://morvestnik.ru/unsubscribe?u=a71f09",
            "Редакция рассылки: info@morvestnik.ru", ""]
    body = "\n".join(out).encode("koi8_r")
    hdr = ("From: =?koi8-r?B?" + base64.b64encode("Морской вестник".encode("koi8_r")).decode() + "?= <digest@morvestnik.ru>\n"
           "To: archive-desk@example.net\n"
           "Subject: =?koi8-r?B?" + base64.b64encode("Морской вестник N 236: тайфун Ланьин и задержки грузов".encode("koi8_r")).decode() + "?=\n"
           "Date: Thu, 3 Dec 2026 19:30:05 +1000\n"
           "Message-ID: <236.20261203193005@morvestnik.ru>\n"
           "MIME-Version: 1.0\n"
           "Content-Type: text/plain; charset=koi8-r\n"
           "Content-Transfer-Encoding: 8bit\n"
           "X-Mailer: Rassylka 2.4\n\n").encode("ascii")
    write(F_RU2, hdr + body)


# ================================================================ 11. Simplified Chinese WeChat digest, GB18030 text
def build_zh():
    items = [("zh-hhs-yangshan", 1), ("zh-hhs-yangshan", 2), ("zh-hg-maidan", 1), ("zh-hyy-yunjia", 1),
             ("zh-dfcx-jiechu", 1)]
    meta = {
        ("zh-hhs-yangshan", 1): ["来源：东海航运报", "作者：华海社", "发布时间：2026-12-02 10:31"],
        ("zh-hhs-yangshan", 2): ["来源：甬城晚报", "作者：华海社", "发布时间：2026-12-02 15:06"],
        ("zh-hg-maidan", 1): ["来源：沪港经济报", "作者：周启明", "发布时间：2026-12-02 20:15",
                              "原标题：台风过后，谁来为延误买单？"],
        ("zh-hyy-yunjia", 1): ["来源：航运研究", "作者：陈立华", "发布时间：2026-12-03 09:00"],
        ("zh-dfcx-jiechu", 1): ["来源：东方财讯"],
    }
    editors = {("zh-hhs-yangshan", 1): "责任编辑：王婷", ("zh-hhs-yangshan", 2): "责任编辑：余海波",
               ("zh-hg-maidan", 1): "责任编辑：李想", ("zh-hyy-yunjia", 1): "责任编辑：赵一凡", ("zh-dfcx-jiechu", 1): None}
    outlet_of = {("zh-hhs-yangshan", 2): "甬城晚报"}
    out = ["【航运资讯汇编】2026年12月3日（第231期）", "整理：市场部 张敏", "内部资料 仅供参考 请勿外传", "",
           "本期目录"]
    titles = [ART[a]["title"] if v == 1 else ART[a]["title2"] for a, v in items]
    out += [f"{n}. {t}" for n, t in enumerate(titles, 1)]
    out += ["", "=" * 60, ""]
    common = ["【航运资讯汇编】2026年12月3日（第231期）", "整理：市场部 张敏", "内部资料 仅供参考 请勿外传", "本期目录",
              "👆点击上方蓝字关注我们", "阅读原文", "以上资讯由市场部整理"]
    for n, (aid, v) in enumerate(items, 1):
        ps = P(aid) if v == 1 else P2(aid)
        t = titles[n - 1]
        outlet = outlet_of.get((aid, v), ART[aid]["outlets"][0])
        m = meta[(aid, v)]
        out += [f"【{n}】{t}", ""] + m + ["", "👆点击上方蓝字关注我们", ""]
        for p in ps:
            out += [p, ""]
        ed = editors[(aid, v)]
        mn = common + m
        if ed:
            out.append(ed)
            mn.append(ed)
        stmt = f"声明：本文转载自{outlet}，版权归原作者所有，如有侵权请联系删除。"
        if aid == "zh-dfcx-jiechu":
            out += ["—— END ——", "• 分享 • 收藏 • 点赞 • 在看"]
            mn += ["—— END ——", "• 分享 • 收藏 • 点赞 • 在看"]
        else:
            out += [stmt, "▼长按识别二维码关注▼", "分享 收藏 点赞 在看"]
            mn += [stmt, "▼长按识别二维码关注▼", "分享 收藏 点赞 在看"]
        out += ["阅读原文", "", "-" * 60, ""]
        reg(aid, F_ZH, ps, mn, title=t, outlet=outlet)
        if aid == "zh-hg-maidan":
            addmn(aid, [ART[aid]["title_orig"]])
            SEEN_TITLES[aid].append(ART[aid]["title_orig"])
    out += ["以上资讯由市场部整理，仅供内部学习交流。如需原文请联系张敏（分机 8231）。", ""]
    write(F_ZH, "\r\n".join(out).encode("gb18030"))


def main():
    os.makedirs(DUMPS, exist_ok=True)
    for fn in os.listdir(DUMPS):
        os.remove(os.path.join(DUMPS, fn))
    for b in (build_ar1, build_ar2, build_ko1, build_tw, build_ja1, build_ja2, build_hi, build_ko2, build_ru1,
              build_ru2, build_zh):
        b()
    assert sorted(os.listdir(DUMPS)) == ALL
    gold = []
    for aid, a in ART.items():
        cps = sorted(COPIES[aid], key=lambda c: (ALL.index(c[0]), c[1]))
        titles = list(SEEN_TITLES[aid])
        outs = list(SEEN_OUTLETS[aid])
        for o in a["outlets"]:
            if o not in outs:
                outs.append(o)
        g = {"id": aid, "title": titles, "outlet": outs, "date": a["date"],
             "authors": [list(x) for x in a["authors"]]}
        if a.get("url"):
            g["url"] = a["url"]
        g["must_not"] = list(MUSTNOT.get(aid, []))
        g["copies"] = [{"source": s, "body": b} for s, _, b in cps]
        g["_first"] = (ALL.index(cps[0][0]), cps[0][1])
        gold.append(g)
    gold.sort(key=lambda g: g.pop("_first"))
    with open(os.path.join(ROOT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(gold)} articles, {sum(len(g['copies']) for g in gold)} copies, "
          f"{sum(1 for g in gold if len(g['copies']) > 1)} groups, {sum(len(g['must_not']) for g in gold)} must_not")


if __name__ == "__main__":
    main()
