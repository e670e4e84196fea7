"""Issue 10: an inline style repeated on every element is read once, not once per element.

Mail clients write the same ``style`` attribute on every element, and so does a hostile message of
40,000 styled elements (1.6 MB): reading each with tinycss2 was most of its parse time. Counted, not timed.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.mail import css
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail


def test_a_style_repeated_on_every_element_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = css.tinycss2.parse_declaration_list

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(css.tinycss2, "parse_declaration_list", counted)
    # A style no other test writes, so nothing read earlier in this process is remembered for it.
    element = '<p style="color:#fdfdfd; font-size:1px; margin-left:-7919px">I use Buffer</p>\n'
    raw = ("From: Dana <dana@mail.example>\r\nTo: bot@endorse.example\r\nSubject: Re: Skills check\r\n"
           "Content-Type: text/html; charset=utf-8\r\n\r\n" + element * 5_000 + "<p>Seen.</p>").encode()
    mail = parse_mail(raw)
    assert calls == 1
    assert mail.text.strip() == "Seen." and "I use Buffer" in mail.hidden_text


# ---- a stylesheet is tokenised once, and only up to its MAX_RULES-th rule (issue 10 item 2) -----------------


def _chars_tokenised(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Characters handed to tinycss2's tokeniser, whichever entry point reads them. The remembered
    declarations, selectors and colours are forgotten first: otherwise what an earlier test read with the
    same text is never tokenised again, and the count depends on the order the tests run in."""
    for remembered in (css._declarations, css._selector, css._color):
        remembered.cache_clear()
    counted = [0]
    real = css.tinycss2.parser.parse_component_value_list

    def counting(text: str, *args: object, **kwargs: object) -> object:
        counted[0] += len(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(css.tinycss2.parser, "parse_component_value_list", counting)
    monkeypatch.setattr(css.tinycss2, "parse_component_value_list", counting)
    return counted


def test_a_stylesheet_past_its_rule_cap_is_not_tokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = "".join(f".n{i} td.k{i}{{padding:{i % 9}px;color:#{i * 7919 % 4096:03x}}}\n"
                    for i in range(20 * css.MAX_RULES))
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("<style>" + rules + "</style>")
    assert len(sheet.rules) == css.MAX_RULES
    kept = len("".join(rules.splitlines(keepends=True)[: css.MAX_RULES]))
    # Read: the kept rules and the rest of the piece that holds the last of them (it was all 20x of it,
    # twice over; then one piece more, read before the cap was checked).
    assert counted[0] <= kept + css._CHUNK_CHARS + 100


def test_style_text_without_a_block_is_not_tokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("<style>.h{display:none}" + "a b c, " * 5_000 + "</style>")
    assert len(sheet.rules) == 1 and counted[0] < 100


def test_each_rule_block_is_tokenised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = "".join(f".w{i}{{color:#{i:03x};font-size:{i % 7}px;margin-left:-{i}px}}" for i in range(120))
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("<style>" + rules + "</style>")
    assert len(sheet.rules) == 120 and [d.name for d in sheet.rules[5].declarations] == ["color", "font-size",
                                                                                         "margin-left"]
    # Serialising each block and tokenising it again read the declarations twice.
    assert counted[0] <= len(rules) + 200


def test_one_rule_of_many_selectors_keeps_at_most_the_rule_cap() -> None:
    sheet = css.StyleSheet.from_markup("<style>.a{color:red}" + ".s," * (css.MAX_RULES - 2) + ".s{color:#fff}</style>")
    assert len(sheet.rules) == css.MAX_RULES
    # Each element with that class checked every selector (5,001 in 20 KB: 30 s per MB of such elements).
    assert len(sheet.matching("p", {"class": "s"})) == css.MAX_RULES - 1


def test_one_rule_of_thousands_of_selectors_is_not_tokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("<style>.a{color:red}" + ".s," * 1_500 + ".s{color:#fff}</style>")
    assert "selectors" in sheet.unchecked and len(sheet.rules) == 1
    assert counted[0] <= css._CHUNK_CHARS


TRICKY_CSS = [
    '.a{content:"}"}.b{display:none}',
    ".a{content:'{'}.b{font-size:0}",
    "/* .x{} } */ .b{visibility:hidden} /* never closed",
    ".a{background:url(x}y.png)}.b{color:#fff}",
    '.a{background:url( "}" )}.b{opacity:0}',
    ".a\\{{color:red}.b{left:-9999px}",
    "@media (max-width:600px){.m{display:none}.n{color:#fefefe}}.b{clip:rect(0 0 0 0)}",
    ".a{color:red;.c{display:none}}.b{transform:scale(0)}",
    "<!-- .b{display:none} -->",
    '.a{content:"broken\n}.b{display:none}',
    ".a{x:(}.b{display:none}",
    ".a{x:[}]}.b{display:none}}",
    "u\\rl(}).b{display:none}",
    # An escaped "url(" the scan takes for a bracket: its "{" is plain text to the tokeniser, not to the scan.
    ".a{background:\\55 rl({)}.b{display:none}",
    "@media screen{.a{background:\\55 rl({)}.b{display:none}}.c{color:#fff}",
    "@media screen{.a{content:'{}'}.b{display:none}" + ".d{color:red}" * 60 + "}",
    "@import url(x.css);@media screen{.b{display:none}}",
    "<!--@media x{.b{display:none}}-->",
]


@pytest.mark.parametrize("wrap", [("", ""), ("@media screen{", "}")])
def test_a_wrong_cut_falls_back_to_reading_the_rest_whole(monkeypatch: pytest.MonkeyPatch,
                                                           wrap: tuple[str, str]) -> None:
    """The scan is not known to be wrong anywhere; made wrong here, it only costs a second reading."""
    real = css._blocks

    def also_inside_the_string(text: str) -> Iterator[tuple[int, int]]:
        quote = text.find("'}")
        if quote != -1:
            yield quote - 3, quote + 2
        yield from real(text)

    monkeypatch.setattr(css, "_blocks", also_inside_the_string)
    monkeypatch.setattr(css, "_CHUNK_CHARS", 1)
    rules = wrap[0] + ".a{content:'}'}" + ".n{color:red}" * 50 + ".b{display:none}" + wrap[1] + ".c{color:#fff}"
    read = css.StyleSheet.from_markup("<style>" + rules + "</style>").rules
    assert [sorted(r.selector.classes) for r in read] == [["a"]] + [["n"]] * 50 + [["b"], ["c"]]


def test_a_large_media_block_is_read_only_up_to_the_rule_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    inner = "".join(f".m{i}{{width:100% !important;display:block}}" for i in range(10 * css.MAX_RULES))
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("<style>@media only screen and (max-width:600px){" + inner + "}</style>")
    assert len(sheet.rules) == css.MAX_RULES and sheet.rules[-1].selector.classes == {f"m{css.MAX_RULES - 1}"}
    assert counted[0] <= len(inner) // 10 + 2 * css._CHUNK_CHARS


@pytest.mark.parametrize("piece", TRICKY_CSS)
def test_reading_a_stylesheet_in_pieces_reads_what_the_whole_text_says(monkeypatch: pytest.MonkeyPatch,
                                                                         piece: str) -> None:
    markup = "<style>" + (piece + "\n.pad{color:#123}") * 40 + "</style>"

    def read(chunk_chars: int) -> list[tuple[object, ...]]:
        monkeypatch.setattr(css, "_CHUNK_CHARS", chunk_chars)
        return [(r.selector, r.order, [(d.name, d.value, d.important) for d in r.declarations])
                for r in css.StyleSheet.from_markup(markup).rules]

    assert read(1) == read(37) == read(10**9)


def test_rows_that_repeat_their_classes_are_cascaded_once_per_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = css.cascade

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(css, "cascade", counted)
    sheet = "".join(f".col-{i} td.cell-{i}, #block-{i} .inner{{padding:{i}px}}" for i in range(100))
    rows = "".join(f'<tr><td class="col-{n % 3} cell-{n % 3}"><p class="inner">Row {n}, I use Buffer.</p></td></tr>'
                   for n in range(1_000))
    text = html_to_text(f"<style>{sheet} .fine .print{{color:#fefefe}}</style><table>{rows}</table>"
                        '<p class="print">Small print.</p>')
    assert "Row 999, I use Buffer." in text.text and "Small print." in text.hidden
    # Each of the 3,001 elements cascaded the rules it matches (100 for every <p class="inner">).
    assert calls <= 12


def test_a_colour_that_may_only_hide_is_judged_on_each_background() -> None:
    text = html_to_text("<style>.box .t{color:#fdfdfd}</style>"
                        '<div class="box"><p class="t">White on white.</p></div>'
                        '<div class="box" style="background:#000"><p class="t">White on black.</p></div>'
                        '<div class="box"><p class="t">White on white again.</p></div>')
    assert text.text == "White on black."
    assert "White on white." in text.hidden and "White on white again." in text.hidden


def test_rules_that_may_only_hide_are_read_once_per_key_not_per_kind_of_element(
        monkeypatch: pytest.MonkeyPatch) -> None:
    checked = 0
    real = css._Selector.matches

    def counted(self: css._Selector, *args: object) -> bool:
        nonlocal checked
        checked += 1
        return real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(css._Selector, "matches", counted)
    sheet = ("".join(f".wrap-{i} .s{{color:#fefefe;padding:{i}px}}" for i in range(100))
             + "".join(f".c{i}{{margin:{i}px}}" for i in range(100)))
    # Each element its own combination of classes: no two share a cascade.
    rows = "".join(f'<p class="s c{i % 100} c{(i * 7 + 1) % 100}">Row {i}.</p>' for i in range(300))
    text = html_to_text(f"<style>{sheet}</style>{rows}<p>Seen.</p>")
    assert text.text == "Seen." and "Row 299." in text.hidden
    # Each kind of element checked all 100 ".wrap-N .s" rules: about 10,000 checks here.
    assert checked <= 300 * 3


def test_many_small_style_blocks_are_each_tokenised_once_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = [f"<style>.k{i}{{color:#{i:03x}}}</style><p class=k{i}>Line {i}.</p>" for i in range(200)]
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("".join(blocks))
    assert len(sheet.rules) == 200
    # Each block's text and no more (a block was cut in pieces and checked with a marker word after it).
    assert counted[0] == sum(len(f".k{i}{{color:#{i:03x}}}") for i in range(200))


def test_a_declaration_is_written_out_as_text_only_when_its_text_is_compared(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = css.tinycss2.serialize

    def counted(*args: object, **kwargs: object) -> str:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(css.tinycss2, "serialize", counted)
    rules = "".join(f".t{i}{{padding:{i}px;font-family:Arial,sans-serif;border:1px solid #{i:03x}}}"
                    for i in range(100))
    rows = "".join(f'<p class="t{i}">Row {i}.</p>' for i in range(100))
    html_to_text(f"<style>{rules}.h{{display:none}}</style>{rows}")
    # One per rule for its selectors, and "display" once; each of the 300 other declarations was written out too.
    assert calls <= 101 + 5


def test_rules_that_never_count_are_read_only_up_to_the_read_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """"a:hover{...}" hides nothing of the element's own text at rest, so it never reaches MAX_RULES; past
    MAX_READ_RULES rules read, the rest goes unread and the sheet says so (the reply goes to a person)."""
    rules = "".join(f'a.k{i}:hover{{color:"{i}"}}\n' for i in range(10 * css.MAX_READ_RULES))
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("<style>" + rules + "</style>")
    assert sheet.rules == [] and sheet.unchecked
    read = len("".join(rules.splitlines(keepends=True)[: css.MAX_READ_RULES]))
    assert counted[0] <= read + 2 * css._CHUNK_CHARS  # the piece that holds the last one, and its checks


def test_one_rule_longer_than_any_mail_client_writes_is_not_tokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("<style>.a{color:red}" + ".c " * 50_000 + "{display:none}</style>")
    assert "longer than" in sheet.unchecked and len(sheet.rules) == 1
    assert counted[0] <= css._CHUNK_CHARS
