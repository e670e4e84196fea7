"""Attack (issue 10 item 11, red-team variant of the hidden-text CSS): a style rule whose selector names the type
with a namespace prefix ("*|section { display: none }": any namespace, so every section of the page) was never
read, as its selector did not parse; the answer it hides counted as visible and passed. A namespace prefix is now
read as none ("*|", "|", a declared prefix): a rule read as applying where it would not can only hide more.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings
from tests.growth import cpu_growth

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


def test_an_answer_hidden_by_a_namespaced_selector_never_counts() -> None:
    raw = (FIXTURES / "answer_hidden_by_a_namespaced_selector.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Hootsuite" not in mail.reply_text and "Hootsuite" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize("selector", ["*|div", "|div", "x|div", "body > *|div", "*|*.note", "p ~ *|div"])
def test_a_namespaced_selector_hides(selector: str) -> None:
    read = html_to_text(f"<style>{selector} {{ display: none }}</style><p>Hi</p><div class=note>I use Buffer</div>")
    assert "I use Buffer" not in read.text


@pytest.mark.parametrize("html", [
    "<style>[lang|=en] { color: red }</style><div lang=en-GB>I use Buffer</div>",
    "<style>div[class|=x] { display: none }</style><div class=note>I use Buffer</div>",
    "<style>*|span { display: none }</style><div>I use Buffer</div>",
])
def test_what_a_reader_sees_stays_visible(html: str) -> None:
    assert "I use Buffer" in html_to_text(html).text


def test_namespaced_selectors_are_read_in_linear_time() -> None:
    def page(n: int) -> str:
        return "<style>" + "a|b ||c, *|" * n + "div{color:red}</style><p>I use Buffer</p>"

    assert cpu_growth(html_to_text, page(500), page(4_000)) < 24
