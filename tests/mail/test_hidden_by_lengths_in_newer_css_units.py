"""Attack (issue 10 item 11, red-team variant): an answer hidden by a length written in a CSS unit the hidden-text
reader did not know. CSS Values 4 and Containment 3 add units every mail client's engine draws: container query
units (``cqw``, ``cqh``, ``cqi``, ``cqb``, ``cqmin``, ``cqmax``), the small, large and dynamic viewport units
(``svh``, ``lvw``, ``dvh``...), the logical ones (``vi``, ``vb``), and units of the font and the line (``lh``,
``rlh``, ``cap``, ``rcap``, ``ic``, ``ric``, ``rex``, ``rch``). A length in any of them was read as no length at all,
so ``font-size:0.1cqw``, ``height:0dvh;overflow:hidden`` or ``margin-left:-900vi`` hid nothing and the full answer
under it passed. A unit no browser knows (``font-size:0.1foo``) is an invalid declaration a browser drops too: the
text under it stays visible.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation.offline import evaluate_bytes
from bot.mail.html import html_to_text
from bot.mail.parse import parse_mail
from bot.settings import Settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"


@pytest.mark.parametrize("fixture", [
    "answer_in_a_font_sized_by_its_container",  # font-size:0.1cqw
    "answer_in_a_font_sized_by_the_small_viewport",  # font-size:0.2svh
    "answer_in_a_font_sized_by_the_line_height",  # font-size:0.1lh
    "answer_in_a_font_sized_by_the_root_cap_height",  # font-size:0.2rcap
    "answer_in_a_box_of_no_dynamic_viewport_height",  # height:0dvh;overflow:hidden
    "answer_pushed_off_by_logical_viewport_units",  # margin-left:-900vi
    "answer_with_letters_piled_by_container_units",  # letter-spacing:-5cqi
])
def test_an_answer_hidden_by_a_newer_unit_never_counts(fixture: str) -> None:
    raw = (FIXTURES / f"{fixture}.eml").read_bytes()
    mail = parse_mail(raw)
    assert "Sprout Social" not in mail.reply_text and "Sprout Social" in mail.hidden_text
    assert evaluate_bytes(raw, Settings())["verdict"] != "pass"


@pytest.mark.parametrize("unit", ["cqw", "cqh", "cqi", "cqb", "cqmin", "cqmax", "svw", "svh", "lvw", "lvh", "dvw",
                                  "dvh", "vi", "vb", "svi", "svb", "lvi", "lvb", "dvi", "dvb", "svmin", "svmax",
                                  "lvmin", "lvmax", "dvmin", "dvmax", "lh", "rlh", "cap", "rcap", "ic", "ric", "rex",
                                  "rch", "CQW", "Dvh"])
def test_a_tiny_font_in_any_unit_hides_its_text(unit: str) -> None:
    text = html_to_text(f"<p>Visible words.</p><p style='font-size:0.05{unit}'>I use Sprout Social.</p>")
    assert "Sprout Social" not in text.text and "Sprout Social" in text.hidden


@pytest.mark.parametrize("html", [
    # Units of the parent's font, inside a small but readable font: 0.5ex of a 4 px font is a pixel or so.
    "<div style='font-size:4px'><p style='font-size:0.5ex'>I use Sprout Social.</p></div>",
    "<div style='font-size:4px'><p style='font-size:0.4cap'>I use Sprout Social.</p></div>",
    "<div style='font-size:4px'><p style='font-size:0.5lh'>I use Sprout Social.</p></div>",
])
def test_units_of_the_parents_font_multiply_down_the_tree(html: str) -> None:
    text = html_to_text(html)
    assert "Sprout Social" not in text.text and "Sprout Social" in text.hidden


@pytest.mark.parametrize("style", [
    "font-size:1.2cqw", "font-size:2svh", "font-size:1lh", "font-size:1cap", "font-size:1.5rcap",
    "height:40dvh;overflow:hidden", "letter-spacing:0.1cqi", "margin-left:2vi",
    "font-size:0.1foo",  # not a unit: the declaration is invalid, and a browser draws the text at its size
    "font-size:0.1x",  # a resolution, not a length
])
def test_readable_lengths_in_the_same_units_leave_the_answer_visible(style: str) -> None:
    text = html_to_text(f"<p style='{style}'>I use Sprout Social.</p>")
    assert "Sprout Social" in text.text
