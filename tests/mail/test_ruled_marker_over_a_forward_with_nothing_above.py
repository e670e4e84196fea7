"""Issue 9 item 8, class "a forward with nothing written above, under a marker the lists lack": clients draw
their forward marker between rules in their own language (Thunderbird "-------- <words> --------", also with the
English words after the local ones; Gmail "---------- <words> ---------"; Yahoo "----- <words> -----" with the
header fields run on after the closing rule when its HTML is turned into text), and Outlook draws a bare rule of
underscores over its "From: / Sent: / To: / Subject:" block. With nothing written above, such a forward is read as
what the sender passes on, like one under a listed marker: only the marker and the header block are set aside.
Turkish "İ" (dotted capital I) lower-cases to "i" plus a combining dot, so "İLETİLEN İLETİ" matched no marker;
Gmail in Turkish writes its From field as "Gönderen:" while the other fields stay English."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.mail import quotes
from bot.mail.message import ParsedMail
from bot.mail.newtext import extract_new_text
from tests.growth import cpu_growth


@pytest.mark.parametrize(("fixture", "text"), [
    ("ruled_forward_marker_unlisted_nothing_above",
     "I plan posts in Planable and answer comments in Agorapulse; I watch saves and reply time."),
    ("outlook_rule_over_header_block_nothing_above",
     "We schedule in Sendible and track link clicks and follower growth every week."),
    ("gmail_turkish_forward_nothing_above",
     "Paylaşımları Later ile planlıyorum; kaydetme sayısını ve yanıt süresini izliyorum."),
])
def test_a_forward_with_nothing_above_is_what_the_sender_passes_on(
        parsed: Callable[[str], ParsedMail], fixture: str, text: str) -> None:
    assert parsed(fixture).reply_text == text


@pytest.mark.parametrize(("fixture", "text"), [
    ("ruled_marker_with_fields_run_on_unlisted", "Uso Metricool para programar e miro o alcance."),
    ("ruled_turkish_capital_i_marker_under_an_answer", "Later ile planlıyorum ve yanıt süresini izliyorum."),
])
def test_the_forward_under_an_answer_is_set_aside(parsed: Callable[[str], ParsedMail], fixture: str, text: str) -> None:
    assert parsed(fixture).reply_text == text


def test_turkish_dotted_capital_i_in_a_marker() -> None:
    assert quotes.is_forward_marker("-------- İLETİLEN İLETİ --------")
    assert quotes.is_forward_marker("İletilmiş İleti Başlangıcı:")


@pytest.mark.parametrize("shape", [
    "-------- a b --------\n", "----- x ----- From: a@b.c To: d Date: e Subject: f\n",
    "-" * 80 + " x " + "-" * 80 + "\n",
])
def test_ruled_markers_are_read_in_linear_time_and_only_over_a_header_block(shape: str) -> None:
    # The run-on marker with a sender and more fields is a forward: under an answer, it is set aside.
    run_on = "----- Mensaxe reenviada ----- De: a@b.example Para: c Asunto: d\nOld."
    assert extract_new_text(f"I use Buffer.\n\n{run_on}") == "I use Buffer."
    # Between rules over the sender's own paragraph, a heading is theirs; fields that name no sender make no marker.
    for own in ("-------- My tools --------\nI use Buffer and Canva, and I watch reach.",
                "----- Notes ----- Date: Monday Subject: tools\nI use Buffer and Canva, and I watch reach."):
        assert "I use Buffer and Canva, and I watch reach." in extract_new_text(own)
    assert cpu_growth(extract_new_text, shape * 400, shape * 3200) < 24
