"""A helpdesk sends its message under a line asking for the answer above it (Zendesk's "##- Please type your
reply above this line -##", in any language by its "##- ... -##" frame; "Please reply above this line" from
Freshdesk, Help Scout, Jira Service Management, Basecamp). The message under that line is older text."""

from __future__ import annotations

import pytest

OLD_TEXT = "Which tools do you use"


@pytest.mark.parametrize(
    "scenario",
    ["helpdesk_zendesk_reply_above_marker", "helpdesk_zendesk_reply_above_marker_german",
     "helpdesk_reply_above_this_line_dashes"],
)
def test_the_message_under_a_reply_above_this_line_marker_is_older(parsed, scenario):
    mail = parsed(scenario)
    assert mail.reply_text == "I use Metricool and Canva every day."
    assert OLD_TEXT not in mail.reply_text


def test_words_about_a_line_in_the_senders_prose_cut_nothing(parsed):
    mail = parsed("helpdesk_words_above_this_line_in_prose")
    assert "I watch reach, saves and reply time." in mail.reply_text
    assert "sits above this line in our weekly report" in mail.reply_text


@pytest.mark.parametrize(
    ("scenario", "last_words"),
    [
        # Issue 9 item 8, known leftover: the sender's own question that names a marker's words was read as the
        # marker, and everything under it (metrics and tip) as the helpdesk's older message.
        ("helpdesk_marker_words_in_the_senders_question", "before you answer."),
        # A marker's frame opens its line; a sentence that runs into a framed marker's words only names it.
        ("helpdesk_marker_words_framed_in_the_senders_sentence", "in your own words first."),
    ],
)
def test_a_markers_words_in_the_senders_own_sentence_cut_nothing(parsed, scenario, last_words):
    mail = parsed(scenario)
    assert mail.reply_text.endswith(last_words)
    assert "above this line" in mail.reply_text


@pytest.mark.parametrize(
    "scenario",
    ["helpdesk_reply_to_this_email_above_this_line", "helpdesk_reply_above_marker_danish",
     "helpdesk_reply_above_marker_russian"],
)
def test_the_line_that_names_the_mail_or_speaks_another_language(parsed, scenario):
    """Issue 9 item 8: the line named the mail between its words ("Reply to this email above this line") or spoke
    Danish or Russian outside Zendesk's "##- ... -##" frame: the older message under it stayed in the reply text."""
    mail = parsed(scenario)
    assert mail.reply_text == "I use Metricool and Canva every day."
