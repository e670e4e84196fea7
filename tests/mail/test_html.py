"""HTML becomes visible text with quoted blocks marked as "> " lines."""

from __future__ import annotations

import pytest

from bot.mail.html import html_to_text
from bot.mail.newtext import extract_new_text


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param('<div class="gmail_quote">On Mon, Bot wrote:<blockquote>Hootsuite?</blockquote></div>',
                     id="gmail"),
        pytest.param('<div class="moz-cite-prefix">On 02/03/2026, Bot wrote:</div>'
                     '<blockquote type="cite">Hootsuite?</blockquote>', id="thunderbird"),
        pytest.param('<div class="yahoo_quoted"><div>On Monday, Bot wrote:</div><div>Hootsuite?</div></div>',
                     id="yahoo"),
        pytest.param('<div id="divRplyFwdMsg"><b>From:</b> Bot</div><div>Hootsuite?</div>', id="outlook-web"),
    ],
)
def test_quoted_html_never_reaches_the_new_text(markup):
    text = html_to_text(f"<div>I use Buffer.</div>{markup}").text
    assert "Hootsuite?" in text
    assert extract_new_text(text) == "I use Buffer."


def test_html_signature_block_is_dropped_from_new_text():
    text = html_to_text('<div>I use Buffer.</div><div class="gmail_signature">Jane | Hootsuite fan</div>').text
    assert extract_new_text(text) == "I use Buffer."


def test_blocks_become_lines_and_entities_are_decoded():
    text = html_to_text("<p>Tools&nbsp;&amp; apps</p><ul><li>Buffer</li><li>Canva</li></ul>line<br>break").text
    assert [line for line in text.split("\n") if line] == ["Tools & apps", "Buffer", "Canva", "line", "break"]


def test_white_text_on_dark_background_is_visible():
    rendered = html_to_text('<div style="background-color:#000"><span style="color:#fff">Visible</span></div>')
    assert "Visible" in rendered.text
    assert rendered.hidden == ""


def test_cells_of_a_table_row_stay_on_one_line_as_a_reader_sees_them():
    markup = ("<table><tr><td>Angry customers</td><td>I listen and apologise</td></tr>"
              "<tr><th>Tools</th><td>Hootsuite, Canva</td></tr></table><p>Dana</p>")
    lines = [line for line in html_to_text(markup).text.split("\n") if line]
    assert lines == ["Angry customers | I listen and apologise", "Tools | Hootsuite, Canva", "Dana"]
