"""Issue 10: plain style rules are read without tinycss2's tokeniser, and read as it would read them.

tinycss2 tokenises in pure Python, about a microsecond a character: a 6 KB style sheet cost more than
the 1 s per MB that judging a message may take. A rule of plain selectors (names, classes, ids, pseudo
classes, combinators) whose block holds no brace, comment, escape or bracket is found with one regex
(css._PLAIN_RULE); its block is tokenised only when one of its selectors is kept. These tests say the
reading is the same as tokenising every rule, and count the characters that reach the tokeniser.
"""

from __future__ import annotations

import dataclasses
import random
import re

import pytest
import tinycss2

from bot.mail import css
from tests.mail.test_style_reading import _chars_tokenised

_PRELUDE_PIECES = [*"abAZ019_.#:,*>+~ \t\n-", "td", "p", ".c", "#x", "::before", ":hover", "-1", "--", "e3",
                   "1e", ".5", "-a", "_", ":", "::", "#", "e", "E"]


def test_a_plain_prelude_serialises_back_to_its_own_text() -> None:
    """What the reading relies on: for every prelude of the plain grammar, the selectors tinycss2's
    serialisation gives are those of the text itself (numbers after a name, "1e" units and "-->" are not
    plain: tinycss2 writes them back otherwise)."""
    prelude = re.compile(css._PLAIN_RULE.pattern.split(r"\{")[0])
    rnd = random.Random(10)
    checked = 0
    for _ in range(30_000):
        text = "".join(rnd.choice(_PRELUDE_PIECES) for _ in range(rnd.randint(1, 12)))
        match = prelude.fullmatch(text)
        if match is None or not text.strip():
            continue
        checked += 1
        (node,) = tinycss2.parse_stylesheet(text + "{x:y}", skip_comments=True, skip_whitespace=True)
        assert node.type == "qualified-rule"
        written = tinycss2.serialize(node.prelude)
        assert written.strip() == match.group("prelude").strip() == text.strip(), text
    assert checked > 5_000


_FRAGMENTS = [
    ".a{color:red}", "td.c, #x .y{display:none}", "p{font:0/0 a}", "a::before{content:'x'}", ".b:hover{color:#fff}",
    "/* } */", "/*", '"}"', "'{'", "\\}", "\\7d", "@media (max-width:600px){.m{display:none}}", "@media screen{",
    "}", "{", "(", ")", "[", "]", ".u{background:url(x}y.png)}", ".u{background:url( a b )}", '.q{content:"a\nb"}',
    "div{.n{display:none}}", ";", " ", "\n", "\t", "-->", "<!--", ".k{color:rgb(1,2,3);}", ".e{}", ".f{x}",
    ".g{--v:1}", ".h{a:b;;c:d !important}", "#1{x:y}", ".5{color:red}", "a,b,c{color:white}", "*{opacity:0}",
    ".s,.s,.s{visibility:hidden}", ".z{color:red", ".w{ (;} ) }", "@import url(x);", "@font-face{src:url(a)}",
    ".p{width:0;overflow:hidden}", "span.x > b ~ i + u{mso-hide:all}", "\u00e9{color:red}", ".x\u00e9{color:red}",
    "x{y:\u00e9}", "\r\n", "\f", "\0", '[class~="q"]{display:none}', "p[hidden]{color:red}",
    "@MEDIA print{.a{color:red} .b::before{x:y}}", "@supports (display:grid){td.x{display:none}}", "@media x{.a{x:y}",
    "@media x and (a:b){}", "@layer x{ .q{visibility:hidden} }", "@media_x y{.a{color:red}}", "@page{.a{color:red}}",
    "@media(max-width:1px){@media y{.n{font-size:0}}}", "@-moz-document x{.a{color:red}}", "@media a{b}",
]


def _read(markup: str) -> tuple[object, ...]:
    sheet = css.StyleSheet.from_markup(markup)
    return (sheet.unchecked, sheet.read, [(dataclasses.astuple(r.selector), r.order,
                                           [(d.name, tinycss2.serialize(d.tokens), d.important)
                                            for d in r.declarations]) for r in sheet.rules])


@pytest.mark.parametrize("seed", range(4))
def test_plain_rules_are_read_as_the_tokeniser_reads_them(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Style sheets of plain and other rules (comments, strings and url() holding braces, escapes, @media,
    nesting, junk, rules never closed), short and past the chunk size: the same rules, in the same order,
    with the same declarations, bounds and counts as when every rule goes through the tokeniser."""
    rnd = random.Random(seed)
    sheets = []
    for _ in range(60):
        count = rnd.choice([3, 30, 120, 400])
        pool = _FRAGMENTS if rnd.random() < 0.5 else _FRAGMENTS[:5] + _FRAGMENTS[33:] + _FRAGMENTS[-10:] * 3
        sheets.append("<style>" + "".join(rnd.choice(pool) for _ in range(count)) + "</style><p class=a>x</p>")
    plain_read = [_read(markup) for markup in sheets]
    monkeypatch.setattr(css, "_plain_node", lambda text, pos: None)  # no rule is plain: all are tokenised
    assert plain_read == [_read(markup) for markup in sheets]


def test_plain_rules_that_keep_no_selector_are_not_tokenised(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passing states never hide the element's own text at rest: their rules cost a regex match, not the
    tokeniser (a 10 KB sheet of them cost 1.7 s per MB on main). A pseudo-element's rule is kept apart (it may
    only make doubt): only its own block is tokenised."""
    rules = "".join(f'a.n{i}::before{{content:"{i}"}} .b{i}:hover{{color:#fff}}\n' for i in range(200))
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("<style>" + rules + ".h{display:none}</style>")
    kept = [r.selector for r in sheet.rules]
    assert [s.classes for s in kept if not s.pseudo] == [{"h"}] and sheet.read == 401
    assert [s.classes for s in kept if s.pseudo] == [{f"n{i}"} for i in range(200)]
    assert counted[0] <= len("display:none") + sum(len(f'content:"{i}"') for i in range(200))


def test_a_kept_plain_rule_tokenises_its_block_only(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = "".join(f".col-{i} td.cell-{i}, #block-{i} .inner{{padding:{i % 9}px;color:#{i * 7919 % 4096:03x}}}\n"
                    for i in range(150))
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("<style>" + rules + "</style>")
    assert len(sheet.rules) == 300 and sheet.rules[1].selector.ident is None
    assert counted[0] == sum(len(rule[rule.index("{") + 1 : rule.index("}")]) for rule in rules.splitlines())


def test_a_plain_media_rule_is_read_without_the_tokeniser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Templates wrap their mobile overrides in many small @media rules: read as the rules in them."""
    rules = "".join(f"@media only screen and (max-width:{480 + i}px){{.m{i}{{display:none;order:{i}}}"
                    f" .h{i}:hover{{color:red}}}}\n" for i in range(120))
    counted = _chars_tokenised(monkeypatch)
    sheet = css.StyleSheet.from_markup("<style>" + rules + "</style>")
    assert [r.selector.classes for r in sheet.rules] == [{f"m{i}"} for i in range(120)] and sheet.read == 360
    assert counted[0] == sum(len(f"display:none;order:{i}") for i in range(120))
