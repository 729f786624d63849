"""Bad, hostile and foreign input: clear errors or a correct pass-through."""

from __future__ import annotations

import pytest
from hypothesis import given
from strategies import cjk_text

from cnnews_clean import Article, Block, Config, LossError, Page, clean_page, clean_text, verify
from cnnews_clean.reading import InputError, decode_bytes


def test_verify_catches_a_lost_paragraph() -> None:
    text = "第一段落。\n\n第二段落。"
    lossy = Page(articles=(Article(blocks=(Block("paragraph", "第一段落。"),)),))
    with pytest.raises(LossError, match="lost"):
        verify(text, lossy)
    verify(text, clean_page(text))


@given(text=cjk_text(300))
def test_check_mode_holds_on_any_text(text: str) -> None:
    clean_page(text, check=True)


def test_english_page_keeps_its_spacing_and_punctuation() -> None:
    text = 'The mayor said, "We will open three parks (two in May)." Was it true? Yes!\n\nSecond paragraph here.'
    assert clean_text(text) == text


def test_english_page_keeps_its_typographic_punctuation() -> None:
    """Curly quotes, dashes and ellipses are English marks too: the spaces
    beside them stay, and an ellipsis stays one character."""
    text = (
        "The mayor said “we will open three parks” — two in May… The city’s plan, "
        "she added, is ‘modest’.\n\nSecond paragraph… here."
    )
    assert clean_text(text) == text


def test_english_quoted_in_chinese_keeps_its_spaces() -> None:
    text = "市长表示：“We are here — now.”记者了解到，该项目将于明年完工。"
    assert clean_text(text) == text


def test_mixed_page_keeps_english_sentences() -> None:
    out = clean_text('记者采访了市长。The mayor said, "We will open three parks."')
    assert 'The mayor said, "We will open three parks."' in out or "The mayor said" in out
    assert "We will open three parks" in out


def test_traditional_page_stays_traditional() -> None:
    text = "這是一個繁體中文頁面，講述社區的變化。居民們對此非常滿意。"
    assert clean_text(text) == text


def test_traditional_page_converted_on_request() -> None:
    from cnnews_clean import Config

    out = clean_text("這是一個繁體中文頁面。", Config(traditional="simplify"))
    assert out == "这是一个繁体中文页面。"


def test_japanese_kana_is_not_converted() -> None:
    text = "東京で會議が開かれた。"
    assert clean_text(text) == text


def test_empty_and_blank_input() -> None:
    assert clean_text("") == ""
    assert clean_text("\n \n\t\n") == ""
    assert clean_page("").articles == ()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\x02binary", "NUL byte"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
    ],
)
def test_binary_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(data, "x")


def test_encodings() -> None:
    text = "社区党委也成绩卓著。"
    assert decode_bytes(("\ufeff" + text).encode("utf-8"), "x") == text
    assert decode_bytes(text.encode("utf-16"), "x") == text
    assert decode_bytes(text.encode("gb18030"), "x", "gb18030") == text
    assert decode_bytes(text.encode("gb18030"), "x", "auto") == text
    assert decode_bytes("這是繁體。".encode("big5"), "x", "big5") == "這是繁體。"
    with pytest.raises(InputError, match="--encoding gb18030"):
        decode_bytes(text.encode("gb18030"), "x")


def test_pathological_inputs_finish() -> None:
    """Correctness on degenerate inputs (their speed is measured in benchmarks/)."""
    assert clean_text("，" * 10_000).count("，") == 1
    quotes = clean_text('他说"' * 1_000)
    assert quotes.count("“") + quotes.count("”") == 1_000
    assert '"' not in quotes
    nested = "（" * 500 + "中" + "）" * 500
    assert content(clean_text(nested)) == "中"
    assert clean_text("1" * 100_000) == "1" * 100_000


def content(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def test_advice_names_the_right_encoding() -> None:
    simplified = "社区党委也成绩卓著，居民们纷纷表示满意，生活越来越好。"
    traditional = "社區黨委也成績卓著，居民們紛紛表示滿意，生活越來越好。"
    with pytest.raises(InputError, match="--encoding gb18030"):
        decode_bytes(simplified.encode("gb18030"), "s.txt")
    with pytest.raises(InputError, match="--encoding big5"):
        decode_bytes(traditional.encode("big5"), "t.txt")


def test_markup_left_in_text_is_read_as_the_breaks_it_stood_for() -> None:
    page = "社区新风<br>本报讯&nbsp;近日，<b>城中区</b>举办&ldquo;邻里节&rdquo;活动。<br><br>下一步，社区将继续推进。"
    assert clean_text(page).split("\n\n") == [
        "社区新风",
        "本报讯 近日，城中区举办“邻里节”活动。",
        "下一步，社区将继续推进。",
    ]
    assert clean_text(page, Config(strip_markup=False)).count("<br>") == 3
