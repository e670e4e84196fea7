"""A "---" line is Markdown's horizontal rule as often as a signature delimiter. When a sentence opens the
text under it, the sender writes on (answers set apart by rules); when a name, a title or a heading does, the
signature or a forum's footer starts there. "-- " and "--" always start a signature (RFC 3676 §4.3)."""

from __future__ import annotations


def test_answers_set_apart_by_rules_are_all_kept(parsed):
    mail = parsed("answers_between_markdown_rules")
    for answer in ("I use Metricool and Canva every day.", "I watch reach, saves and reply time each week.",
                   "Thank angry customers first and fix the issue fast."):
        assert answer in mail.reply_text


def test_a_name_under_three_dashes_still_starts_the_signature(parsed):
    mail = parsed("signature_under_three_dashes")
    assert mail.reply_text == "I use Metricool and Canva every day, and I watch reach, saves and reply time."
