"""Attack (issue 10 item 11, red-team variant): the answer after an element written as if it closed itself,
'<div style="display:none"/>I use Hootsuite...'. In HTML the slash of a start tag closes nothing but a void
element (<br/>, <img/>) or one in SVG or MathML: a browser opens the <div> and draws nothing of what follows until
its parent ends. html.parser reads "<div/>" as a start and an end tag, so the answer was read as shown text and
passed. A non-void HTML element's slash is ignored now, as a browser ignores it."""

from __future__ import annotations

import pytest

from bot.mail.html import html_to_text
from tests.mail.conftest import assert_answer_hidden


@pytest.mark.parametrize("name", [
    "answer_after_a_self_closed_hidden_div",
    "answer_after_a_self_closed_span_in_white",
    "answer_after_a_self_closed_hidden_paragraph",
])
def test_the_answer_after_a_self_closed_hiding_element_never_counts(name: str) -> None:
    assert_answer_hidden(name, "Thanks, I'll answer properly next week.")


def test_void_and_foreign_elements_still_close_themselves() -> None:
    rendered = html_to_text('<p>I use <br/>Buffer<img src="x.png"/> and <math><mi/><mn>2</mn></math> Canva</p>'
                            '<p>and Hootsuite<svg/> daily</p>')
    assert "Buffer" in rendered.text and "Canva" in rendered.text and "daily" in rendered.text


def test_a_self_closed_element_that_hides_nothing_keeps_the_text_after_it() -> None:
    assert "I use Buffer" in html_to_text('<div><span class="x"/>I use Buffer</div>').text
