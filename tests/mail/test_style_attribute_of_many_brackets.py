"""Attack (issue 10 item 2, red-team variant): a style attribute of nothing but opening brackets. The CSS tokeniser
(tinycss2, pure Python) reads each "(", "[" or "{" as a block of its own, about five times the cost of any other
character: 500 KB of "(" in one attribute of a 1 MB reply took 2.2 s of CPU to parse, against the 1 s per MB
issue 10 asks. Real inline styles open a few brackets (rgb(), url(), calc()); an attribute that opens more than
MAX_STYLE_ATTRIBUTE_BRACKETS is not read, and the reply goes to review as style_unchecked when the element shows
text (what the attribute would do is not worked out). Measured: bench figures in the commit and README, not here
(no timed assertions): the test checks that such an attribute never reaches the tokeniser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import tinycss2

from bot.evaluation.offline import evaluate_bytes
from bot.mail import css
from bot.mail.html import html_to_text
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.fixture
def tokenised(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = tinycss2.parse_declaration_list

    def counting(source: object, *args: Any, **kwargs: Any) -> Any:
        if isinstance(source, str):
            seen.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(tinycss2, "parse_declaration_list", counting)
    css._declarations.cache_clear()
    return seen


@pytest.mark.parametrize("bracket", ["(", "[", "{", "a("])
def test_an_attribute_of_many_brackets_is_never_tokenised_and_goes_to_review(
        tokenised: list[str], bracket: str) -> None:
    style = "color:#222;x:" + bracket * 201  # html.MAX_STYLE_ATTRIBUTE_BRACKETS + 1
    text = html_to_text(f"<p style='{style}'>I use Hootsuite.</p>")
    assert "Hootsuite" in text.text
    assert "brackets" in text.style_unchecked
    assert not any(bracket * 50 in source for source in tokenised)


def test_the_whole_reply_goes_to_review() -> None:
    raw = (FIXTURES / "answer_under_a_style_attribute_of_many_brackets.eml").read_bytes()
    verdict = evaluate_bytes(raw, Settings())
    assert verdict["verdict"] == "needs_review" and "style_unchecked" in verdict["reasons"]


@pytest.mark.parametrize("style", [
    "color:rgb(20,20,20);background:url(x.png) no-repeat;width:calc(100% - (2 * 8px))",
    "display:none;font-family:a,b,c;" + "margin:calc(1px + 1px);" * 10,
])
def test_an_ordinary_style_attribute_is_still_read(tokenised: list[str], style: str) -> None:
    text = html_to_text(f"<p style='{style}'>I use Hootsuite.</p>")
    assert ("Hootsuite" in text.hidden) == style.startswith("display:none")
    assert not text.style_unchecked and any(style in source for source in tokenised)
