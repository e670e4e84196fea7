"""Attack (issue 10 item 11, red-team variant): a rule whose selector holds a pseudo-class (``:nth-child(9)``,
``:not(.x)``, ``:first-child``, ``:root``) was read as matching every element, since pseudo-classes are not
checked here. So ``:nth-child(9){color:#111}`` painted black, in the reader's view, an answer a browser paints in
its parent's white (the paragraph is no ninth child): hidden text passed as seen. Such a rule may now only hide,
never reveal, as a selector with combinators may; ``:root`` (and ``:scope``) is the document's ``<html>``, which
also keeps ``:root{font-size:62.5%}`` from shrinking every nested element again.
"""

from __future__ import annotations

import pytest

from bot.mail.html import html_to_text
from tests.mail.conftest import assert_answer_hidden


def test_the_answer_a_pseudo_class_rule_seemed_to_repaint_never_counts() -> None:
    assert_answer_hidden("answer_in_white_repainted_by_a_pseudo_class_rule", "next week")


@pytest.mark.parametrize("rule", [
    ":root{color:#000}", ":not(.nothing){color:#000}", "p:first-child{color:#000}", ":is(p){color:#000}",
    "p:last-of-type{visibility:visible}", ":nth-child(2){opacity:1;color:#000}",
])
def test_no_pseudo_class_rule_reveals_what_a_parent_hides(rule: str) -> None:
    text = html_to_text(f"<style>{rule}</style><p>Thanks.</p>"
                        "<div style='color:#fff'><p>I use Later.</p></div>")
    assert "Later" not in text.text and "Later" in text.hidden


@pytest.mark.parametrize(("style", "markup"), [
    (":root{font-size:62.5%}", "<div><div><table><tr><td><p>I use Later.</p></td></tr></table></div></div>"),
    (":root{color:#222}", "<p>I use Later.</p>"),
    ("p:first-child{margin-top:0}", "<div><p>I use Later.</p></div>"),
    (".dark{background:#000}p:first-child{color:#fff}", "<div class=dark><p>I use Later.</p></div>"),
])
def test_ordinary_pseudo_class_rules_leave_the_answer_visible(style: str, markup: str) -> None:
    assert "I use Later." in html_to_text(f"<style>{style}</style>{markup}").text


@pytest.mark.parametrize("rule", [":root{display:none}", "p:nth-child(n){display:none}", ":scope{color:#fff}"])
def test_a_pseudo_class_rule_still_hides(rule: str) -> None:
    assert "Later" not in html_to_text(f"<style>{rule}</style><p>I use Later.</p>").text
