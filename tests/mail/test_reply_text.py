"""reply_text holds only the sender's new words, whatever the client did with the quote."""

from __future__ import annotations

import pytest

from bot.mail.message import MailKind
from bot.mail.parse import parse_mail
from tests.mail.conftest import FIXTURES


@pytest.mark.parametrize(
    ("scenario", "kept", "dropped"),
    [
        ("gmail_top_posted_reply", ["Later", "Agorapulse", "saves, reach"], ["Hootsuite", "wrote", "Which tools"]),
        ("outlook_unquoted_header_block", ["Sprinklr and Talkwalker"], ["Hootsuite", "From:", "____"]),
        ("outlook_german_header_block", ["Hootsuite und Canva für die Planung"], ["Buffer", "Von:", "Betreff"]),
        ("outlook_web_html_only", ["I use Buffer daily."], ["Hootsuite", "From:"]),
        ("thunderbird_bottom_posted", ["Metricool and edit video in CapCut."], ["Hootsuite", "wrote"]),
        ("inline_answers_between_quotes",
         ["Sprout Social and Brandwatch.", "Share of voice", "solve it in private messages."],
         ["Hootsuite", "engagement rate", "Which"]),
        ("forwarded_message", ["Forwarding my earlier notes."], ["Hootsuite", "Forwarded"]),
        ("iphone_signature", ["Canva and Later, mostly."], ["iPhone", "Hootsuite"]),
        ("signature_delimiter_and_disclaimer", ["Emplifi"], ["Best regards", "Head of Social", "Hootsuite"]),
        # A bare "Disclaimer:" label opens a legal notice only when its paragraph reads as one.
        ("disclaimer_label_opening_the_answer", ["these are my own picks", "Planable", "saves, reach"], ["Noor"]),
        ("disclaimer_label_opening_a_legal_notice", ["Planable and report in Looker Studio."],
         ["views expressed", "Hootsuite"]),
        ("signature_dash_dash", ["Emplifi"], ["Hootsuite", "Google Analytics"]),
        ("french_attribution", ["Agorapulse et Canva"], ["Hootsuite", "a écrit"]),
        ("apple_mail_text_around_image", ["Looker Studio", "what I track every week"], ["Hootsuite"]),
        ("postscript_after_signature", ["P.S. I use Hootsuite and Canva every day.", "I listen and apologise."],
         ["Social Media Manager", "Acme"]),
    ],
)
def test_reply_text_keeps_new_words_only(parsed, scenario, kept, dropped):
    mail = parsed(scenario)
    assert mail.kind is MailKind.REPLY
    for words in kept:
        assert words in mail.reply_text
    for words in dropped:
        assert words not in mail.reply_text


def test_text_still_holds_the_whole_visible_body(parsed):
    mail = parsed("outlook_unquoted_header_block")
    assert "Which tools do you use, for example Hootsuite?" in mail.text


def test_reply_text_of_bounces_and_auto_replies_is_empty(parsed):
    assert parsed("auto_reply_auto_submitted").reply_text == ""
    assert parsed("bounce_qmail_plain").reply_text == ""


def test_answers_between_quoted_questions_keep_their_question_as_context_only(parsed):
    mail = parsed("inline_answers_between_quotes")
    assert mail.answered_questions == (
        ("1. Which tools do you use, for example Hootsuite?", "Sprout Social and Brandwatch."),
        ("2. Which metrics do you watch, for example engagement rate?", "Share of voice, sentiment and response time."),
        ("3. One tip for angry customers?", "Acknowledge the problem publicly, then solve it in private messages."),
    )


def test_a_whole_request_quoted_above_or_below_an_answer_is_not_a_question_answered(parsed):
    assert parsed("gmail_top_posted_reply").answered_questions == ()
    whole_request_above = FIXTURES.parent / "evaluation" / "bottom_posted_action_without_anger_words.eml"
    assert parse_mail(whole_request_above.read_bytes()).answered_questions == ()


def test_one_quoted_question_above_a_bottom_posted_answer_is_a_question_answered(parsed):
    [(question, answer)] = parsed("thunderbird_bottom_posted").answered_questions
    assert question == "Which tools do you use, for example Hootsuite?"
    assert answer.startswith("I schedule everything in Metricool")
