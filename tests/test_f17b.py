"""Non-Latin digests, dates, names and near-duplicates (invented text, other names and wording)."""

from __future__ import annotations

import datetime as dt

from ingest.clean import paragraphs
from ingest.config import DedupConfig
from ingest.dates import parse_date
from ingest.fingerprint import Fingerprinter, jaccard, plain_token_hashes, words_of
from ingest.formats.labelled_items import labelled_item_layout, suffix_byline
from ingest.formats.lines import Lines
from ingest.outlets import outlet_key
from tests.test_parse_prechecks import CTX


def test_non_latin_dates() -> None:
    assert parse_date("（2025年7月9日 08時15分）") == dt.date(2025, 7, 9)
    assert parse_date("등록 2025년 7월 9일") == dt.date(2025, 7, 9)
    assert parse_date("17 марта 2025, 09:40") == dt.date(2025, 3, 17)
    assert parse_date("الأحد ١٦ مارس ٢٠٢٥") == dt.date(2025, 3, 16)
    assert parse_date("الأحد 16 آذار 2025") == dt.date(2025, 3, 16)
    assert parse_date("पटना, 16 मार्च 2025") == dt.date(2025, 3, 16)
    assert parse_date("2025年7月") is None  # no day: no date


def test_outlet_keys_keep_other_scripts_apart() -> None:
    assert outlet_key("北方日报") != outlet_key("남해신문") != ""
    assert outlet_key("The Daily Ledger") == "dailyledger"


def test_suffix_byline_drops_department_and_title_word() -> None:
    assert suffix_byline("社会部\u3000山田花子記者") == ["山田花子"]
    assert suffix_byline("김민준 기자 minjun@example.kr") == ["김민준"]
    assert suffix_byline("港口今日恢复作业。") is None


def test_labelled_item_digest_splits_and_reads_labels() -> None:
    raw = ["【港口周报】第12期", "", "【1】北港码头恢复夜间作业", "", "来源：北方日报", "作者：林小雨",
           "发布时间：2025-07-08 09:12", "", "北港码头八日起恢复夜间作业。", "责任编辑：王五", "",
           "------", "", "【2】南湾航线停航三天", "来源：南湾晚报", "", "南湾航线因大风停航三天。", "",
           "------", "", "以上内容仅供内部参考。"]
    layout = labelled_item_layout(Lines(raw, CTX))
    assert layout is not None and len(layout.headers) == 2
    first, second = layout.headers
    assert (first.title, first.outlet, first.authors) == ("北港码头恢复夜间作业", "北方日报", ["林小雨"])
    assert first.published_on == dt.date(2025, 7, 8)
    assert second.outlet == "南湾晚报" and second.published_on is None and not second.authors
    assert 20 in layout.breaks or 18 in layout.breaks  # the footer belongs to no item


def test_contents_list_alone_is_no_item_digest() -> None:
    raw = ["1. Первая новость", "2. Вторая новость", "", "Текст без меток."]
    assert labelled_item_layout(Lines(raw, CTX)) is None


def test_wrapped_cjk_lines_join_without_spaces() -> None:
    lines = [(1, "\u3000市役所は八日、新しい図書館の建設計画を発表した。完成は二〇二"),
             (2, "七年の春を予定しており、総工費は約四十億円になる見通しだ。市長は"),
             (3, "「読書の拠点にしたい」と話した。")]
    (para,) = paragraphs(lines, 100)
    assert "二〇二七年" in para.text and "市長は「" in para.text


def test_unspaced_scripts_shingle_by_character_latin_unchanged() -> None:
    assert words_of("the harbour reopened") == ["the", "harbour", "reopened"]
    assert words_of("港口今日恢复作业abc") == ["港", "口", "今", "日", "恢", "复", "作", "业", "abc"]
    fp = Fingerprinter(DedupConfig())
    a = "北港码头八日起恢复夜间作业，预计本周内清空积压集装箱，货主可正常提货。" * 3
    b = a.replace("本周内", "下周前")
    assert jaccard(fp.shingles(a), fp.shingles(b)) > 0.5
    assert (fp.token_hashes(a) == plain_token_hashes(a)).all()
