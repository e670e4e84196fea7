"""A style whose last rule is left open and runs past the rule limit is a rule too long, as a closed one is: it and
the rest go unread and the reply goes to a person, without the CSS tokeniser reading it (bot/mail/css.py,
`_top_level_rules`). A style cut at MAX_STYLE_CHARS inside "{color:red}" after one selector of the whole size left
such a rule, and the tokeniser read all 200,000 characters of it (0.29 s for one message: 1.4 s per MB, where a
message a few bytes longer or shorter took 0.016 s)."""

from __future__ import annotations

import pytest
import tinycss2

from bot.mail import css


def _spy_on_the_tokeniser(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    lengths: list[int] = []
    parse = tinycss2.parse_stylesheet

    def counted(source: str | list[tinycss2.ast.Node], *args: object, **kwargs: object) -> list[tinycss2.ast.Node]:
        lengths.append(len(source) if isinstance(source, str) else -1)
        return parse(source, *args, **kwargs)

    monkeypatch.setattr(tinycss2, "parse_stylesheet", counted)
    return lengths


@pytest.mark.parametrize("style", [
    ".c " * (css.MAX_STYLE_CHARS // 3) + "{color:red}",  # cut by MAX_STYLE_CHARS inside the block
    "p{color:red}" + " .c" * (css.MAX_RULE_CHARS // 2) + "{display:none",  # never closed
])
def test_an_open_rule_longer_than_the_limit_is_too_long_and_not_tokenised(
        monkeypatch: pytest.MonkeyPatch, style: str) -> None:
    lengths = _spy_on_the_tokeniser(monkeypatch)
    sheet = css.StyleSheet.from_markup(f"<style>{style}</style><p class=c>I use Buffer.</p>")
    assert "rule longer than" in sheet.unchecked
    assert all(n <= css.MAX_RULE_CHARS + 1_000 for n in lengths), lengths


def test_a_short_open_rule_at_the_end_is_still_read() -> None:
    sheet = css.StyleSheet.from_markup("<style>" + "p{color:red}" * 200 + ".h{display:none</style><p class=h>x</p>")
    assert sheet.unchecked == ""
    assert any("display" in str(rule) for rule in sheet.rules)
