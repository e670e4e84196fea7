"""extract_new_text on plain text: one row per quoting or signature style."""

from __future__ import annotations

import pytest

from bot.mail.newtext import extract_new_text

ANSWER = "I use Buffer and Canva."


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(f"{ANSWER}\n\nOn Mon, 2 Mar 2026 at 09:00, Bot <bot@x.example> wrote:\n> Hootsuite?", id="en"),
        pytest.param(f"{ANSWER}\n\nOn Mon, 2 Mar 2026 at 09:00, Bot <bot@x.example>\nwrote:\n\n> Hootsuite?",
                     id="en-wrapped"),
        pytest.param(f"{ANSWER}\n\nAm 02.03.2026 um 09:00 schrieb Bot <bot@x.example>:\n> Hootsuite?", id="de"),
        pytest.param(f"{ANSWER}\n\nBot <bot@x.example> schrieb am Mo., 2.\nMärz 2026 um 09:00 Uhr:\n> Hootsuite?",
                     id="de-verb-first"),
        pytest.param(f"{ANSWER}\n\nLe 2 mars 2026 à 09:00, Bot <bot@x.example> a écrit :\n> Hootsuite?", id="fr"),
        pytest.param(f"{ANSWER}\n\nEl 2 mar 2026, a las 09:00, Bot <bot@x.example> escribió:\n> Hootsuite?",
                     id="es"),
        pytest.param(f"{ANSWER}\n\nEm 2 de mar. de 2026, Bot <\nbot@x.example> escreveu:\n> Hootsuite?", id="pt"),
        pytest.param(f"{ANSWER}\n\nIl giorno 2 mar 2026, Bot <bot@x.example> ha scritto:\n> Hootsuite?", id="it"),
        pytest.param(f"{ANSWER}\n\nOp 2 mrt. 2026 om 09:00 schreef Bot <bot@x.example>:\n> Hootsuite?", id="nl"),
        pytest.param(f"{ANSWER}\n\nDen 2 mars 2026 kl. 09:00 skrev Bot <bot@x.example>:\n> Hootsuite?", id="sv"),
        pytest.param(f"{ANSWER}\n\n2.3.2026 klo 9.00 Bot <bot@x.example> kirjoitti:\n> Hootsuite?", id="fi"),
        pytest.param(f"{ANSWER}\n\npon., 2 mar 2026 o 09:00 Bot <bot@x.example> napisał(a):\n> Hootsuite?",
                     id="pl"),
        pytest.param(f"{ANSWER}\n\n2 марта 2026 г., в 09:00, Bot <bot@x.example> написал:\n> Hootsuite?", id="ru"),
        pytest.param(f"{ANSWER}\n\n2026年3月2日(月) 9:00 Bot <bot@x.example>:\n> Hootsuite?", id="ja"),
        pytest.param(f"{ANSWER}\n\n在 2026年3月2日 09:00，Bot <bot@x.example> 写道：\n> Hootsuite?", id="zh"),
        pytest.param(f"{ANSWER}\n\n2026-03-02 9:00 GMT+01:00 Bot <bot@x.example>:\n\n> Hootsuite?",
                     id="gmail-dated"),
        pytest.param(f"{ANSWER}\n\n-----Original Message-----\nFrom: Bot\nSent: Monday\nTo: me\nSubject: x\n\n"
                     "Hootsuite?", id="original-message"),
        pytest.param(f"{ANSWER}\n\nDe : Bot <bot@x.example>\nEnvoyé : lundi 2 mars 2026 09:00\nÀ : moi\n"
                     "Objet : x\n\nHootsuite?", id="outlook-fr"),
        pytest.param(f"{ANSWER}\n\nDe: Bot <bot@x.example>\nEnviado: lunes\nPara: yo\nAsunto: x\n\nHootsuite?",
                     id="outlook-es"),
        pytest.param(f"{ANSWER}\n\nBegin forwarded message:\n\nFrom: Bot\nSubject: x\n\nHootsuite?",
                     id="apple-forward"),
        pytest.param(f"{ANSWER}\nOn Mon, 2 Mar 2026 at 09:00, Bot <bot@x.example> wrote:\nHootsuite? (unquoted)",
                     id="attribution-then-unquoted-original"),
    ],
)
def test_older_message_is_removed(body):
    assert extract_new_text(body) == ANSWER


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(f"{ANSWER}\n\n-- \nJane | Hootsuite expert", id="rfc3676-delimiter"),
        pytest.param(f"{ANSWER}\n\nSent from my iPhone\n\nHootsuite?", id="iphone"),
        pytest.param(f"{ANSWER}\n\nGet Outlook for Android", id="outlook-mobile"),
        pytest.param(f"{ANSWER}\n\nVon meinem iPhone gesendet", id="iphone-de"),
        pytest.param(f"{ANSWER}\n\nEnvoyé de mon iPhone", id="iphone-fr"),
        pytest.param(f"{ANSWER}\n\nBest regards,\nJane", id="sign-off"),
        pytest.param(f"{ANSWER}\n\nMit freundlichen Grüßen\nJane Doe\nACME GmbH", id="sign-off-de"),
        pytest.param(f"{ANSWER}\n\nThis email and any attachments are confidential. Hootsuite.", id="disclaimer"),
        pytest.param(f"{ANSWER}\n\n----------\nJane Doe\nwww.jane.example\n+1 555 123 4567", id="rule-and-card"),
    ],
)
def test_signature_is_removed(body):
    assert extract_new_text(body) == ANSWER


@pytest.mark.parametrize(
    "note", ["via mobile", "Typed on my phone.", "Please excuse my brevity", "Von unterwegs gesendet"]
)
def test_a_phone_note_on_a_line_of_its_own_ends_the_answer(note):
    assert extract_new_text(f"{ANSWER}\n\n{note}\n\n> Which tools do you use?") == ANSWER


def test_a_sentence_that_starts_like_a_phone_note_is_an_answer():
    body = f"{ANSWER}\nFrom my phone I check the Instagram insights every morning."
    assert extract_new_text(body) == body


def test_signature_starting_with_the_senders_name_is_removed():
    body = f"{ANSWER}\n\nDana Reyes | Social Media Lead\nCertified in Hootsuite"
    assert extract_new_text(body, "Dana Reyes") == ANSWER


def test_signature_starting_with_the_senders_first_name_and_a_title_is_removed():
    # "Dana | Community Lead" then a tagline: the tagline's tools are the signature's, not the answer's.
    body = f"{ANSWER}\n\nDana | Community Lead\nScheduled with Later, designed with Figma"
    assert extract_new_text(body, "Dana Reyes") == ANSWER


def test_a_sentence_opening_with_the_first_name_is_no_signature():
    body = f"{ANSWER}\n\nDana here again: I also use Later for the calendar."
    assert extract_new_text(body, "Dana Reyes") == body


def test_thanks_is_part_of_what_the_sender_says():
    assert extract_new_text(f"{ANSWER}\n\nThanks,\nAlex") == f"{ANSWER}\n\nThanks,\nAlex"


def test_bottom_posted_answer_is_kept():
    body = "On Mon, 2 Mar 2026, Bot <bot@x.example> wrote:\n> Which tools?\n\nBuffer and Canva."
    assert extract_new_text(body) == "Buffer and Canva."


def test_answers_between_quoted_questions_are_kept():
    body = "> Which tools?\nBuffer.\n> Which metrics?\nReach, saves, CTR.\n> A tip?\nListen first."
    assert extract_new_text(body) == "Buffer.\nReach, saves, CTR.\nListen first."


@pytest.mark.parametrize(
    "body",
    [
        "Here is what I wrote:\nBuffer, Canva and Later.",
        "Tools: Buffer\nMetrics: reach\nTip: listen",
        "Best practice is to reply within the hour.",
        "Thanks for asking!\nI use Buffer.",
        "Reach\n----------\nSaves\nClicks",
    ],
)
def test_ordinary_prose_is_not_mistaken_for_a_quote_or_signature(body):
    assert extract_new_text(body) == body


def test_quote_only_reply_has_no_new_text():
    assert extract_new_text("> Which tools do you use?\n> Hootsuite?") == ""
