"""Issue 10: tags with no attribute are read with one match each, and html.parser's events are unchanged.

html.parser's reading of a start tag (the whole-tag check, the name, the attribute loop, the tail) was about
half the time of wide tag soup ("<td>reach" x n, "<p><b>...</b></p>" x n): a 10 KB message of table cells
cost more than the 1 s per MB judging may take. _VisibleText.parse_starttag and parse_endtag read "<td>" and
"</td>" with one regex and hand the same event to the same handler; anything else is html.parser's.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from bot.mail import html
from bot.mail.css import StyleSheet

_PIECES = [
    "<td>", "</td>", "<TD>", "</TD>", "<td >", "</td >", "</ td>", "<p>", "</p>", "<b>", "</b>", "<br>", "<br/>",
    "<p/>",
    "<h1>", "</h1>", "<a1>", "<x-y>", "</x-y>", "<1>", "</1>", "<>", "</>", "<td", "</", "<", ">", "reach", " I use ",
    "Buffer", "&amp;", "&lt;td&gt;", "<!-- c -->", "<!--", "<!doctype html>", "<?pi?>", "<![CDATA[x]]>",
    "<script>", "</script>", "<style>", "</style>", ".a{color:red}", "<textarea>", "</textarea>", "<title>",
    "</title>", "<svg>", "</svg>", "<math>", "</math>", "<noscript>", "</noscript>", "<xmp>", "<plaintext>",
    "<iframe>", "</iframe>", '<p class="a">', "<span style=display:none>", "</span>", "<div hidden>", "</div>",
    "<blockquote>", "</blockquote>", "<details>", "</details>", "<summary>", "<pre>", "</pre>", "\n", "\t", "<td\n>",
    "<SCRIPT>", "</SCRIPT>", "<Style>", "</sTyle>", "<table>", "<tr>", "</tr>", "<li>", "<ul>", "<font>",
    '<td class="c">', "<td class=c>", "<td class='c d'>", '<td CLASS="C" id=x>', "<td hidden>", '<td a="">',
    "<td a=''>", '<td a="&amp;">', '<td a="x>y">', "<td a=x/>", "<a href=x/y>", "<td a = b>", "<td a==b>", "<td a=b=c>",
    '<td a"b">', "<td a=`b`>", "<td\ra=b>", "<td\fa=b>", "<td a=b\r>", "<td a=\"b\nc\">", "<p.x a=b>", "<td -a=b>",
    '<span style="color:#fff">', "<span style=display:none>", '<p class="gmail_quote">', '<div id="x_divRplyFwdMsg">',
    "<td a b c>", "<td a=1 a=2>", "<td\ta=b\n>", "<td a=\u00e9>", '<td a="\u00e9">', "<td \u00e9=b>",
    '<font color="#fefefe">', "<details open>", '<td a="x" />', "<script src=x>", "<style media=x>",
    "<textarea a=b>", "<svg a=b>", '<img src="x" alt="y">', "<td :a=b>", "<td _a=b>", "<td a.b=c>",
]


class _Recorder(html._VisibleText):
    def __init__(self) -> None:
        super().__init__(StyleSheet.from_markup(""))
        self.events: list[tuple[object, ...]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", tag, tuple(attrs), self.lasttag))
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag, self.cdata_elem))
        super().handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        self.events.append(("data", data))
        super().handle_data(data)

    def handle_comment(self, data: str) -> None:
        self.events.append(("comment", data))
        super().handle_comment(data)

    def handle_decl(self, decl: str) -> None:
        self.events.append(("decl", decl))

    def handle_pi(self, data: str) -> None:
        self.events.append(("pi", data))

    def unknown_decl(self, data: str) -> None:
        self.events.append(("unknown", data))


def _read(markup: str) -> tuple[object, ...]:
    parser = _Recorder()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError, IndexError) as error:
        parser.events.append(("gave up", type(error).__name__))
    return tuple(parser.events), parser.visible(), parser.hidden_text(), parser.cdata_elem


@pytest.mark.parametrize("seed", range(3))
def test_bare_tags_give_html_parsers_events(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(seed)
    documents = ["".join(rnd.choice(_PIECES) for _ in range(rnd.choice([5, 40, 300]))) for _ in range(400)]
    read = [_read(markup) for markup in documents]
    never = re.compile(r"(?!)")  # no tag is bare: html.parser reads every one
    monkeypatch.setattr(html, "_BARE_START_TAG", never)
    monkeypatch.setattr(html, "_PLAIN_START_TAG", never)
    monkeypatch.setattr(html, "_BARE_END_TAG", never)
    assert read == [_read(markup) for markup in documents]


def test_a_bare_tag_is_read_with_one_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted, not timed: html.parser's start-tag and end-tag readers are not called for "<td>reach</td>"
    nor for plain attributes."""
    called = []
    def counting(name: str) -> Callable[[html.HTMLParser, int], int]:
        real = getattr(html.HTMLParser, name)

        def read(self: html.HTMLParser, i: int) -> int:
            called.append(name)
            return int(real(self, i))
        return read

    for name in ("parse_starttag", "parse_endtag"):
        monkeypatch.setattr(html.HTMLParser, name, counting(name))
    text = html.html_to_text('<table class="t"><tr>' + "<td>reach</td>" * 250 + '<td class="c" id=x hidden>x</td>'
                             + "<td style='color:red'>reach</td>" * 250 + "</tr></table><style>p{}</style>")
    assert text.text.count("reach") == 500 and text.hidden == "x"
    assert called == ["parse_starttag", "parse_endtag"]  # the <style> element only
