"""Hard-wrapped paragraphs (Outlook at 76 columns, mutt at 72, no format=flowed) are read as typed."""

from __future__ import annotations

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.evaluation.wrapping import unwrap
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_a_wrapped_reply_is_judged_as_if_it_were_not_wrapped(thresholds: EvaluationSettings) -> None:
    """A metric cut by the client's wrap ("the number of people who / click through") still counts."""
    judgement = judge_rules(reply("hard_wrapped_at_76_columns"), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    assert "number of people who click" in judgement.criteria["metrics"].evidence


def test_unwrapping_keeps_the_length_and_every_offset() -> None:
    text = reply("hard_wrapped_at_76_columns")
    unwrapped = unwrap(text)
    assert len(unwrapped) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, unwrapped, strict=True)) if a != b] == [
        i for i, c in enumerate(text) if c == "\n" and unwrapped[i] == " "]
    assert "Agorapulse, and the team" in unwrapped
    assert unwrapped.endswith("Best,\nSam\n")


def test_lists_labels_quotes_and_short_lines_keep_their_breaks() -> None:
    text = (
        "Tools I open every single morning before the first coffee of the day:\n"
        "- Hootsuite for the publishing calendar across every account we run\n"
        "- Brandwatch for listening, with alerts on the brand name and the CEO\n"
        "> 2. Which key metrics do you watch, and why (for example engagement rate,\n"
        "> reach or response time)?\n"
        "Reach.\n"
        "Saves.\n"
    )
    assert unwrap(text) == text


def test_crlf_wraps_become_two_spaces() -> None:
    text = ("We schedule every post of the week on Monday morning in Loomly, then the\r\n"
            "team reviews the drafts together before lunch.\r\n")
    assert unwrap(text) == text.replace("the\r\n", "the  ", 1)


def test_a_line_opening_with_a_label_keeps_its_break() -> None:
    """"Tip: ..." under a long "Metrics: ..." line starts the tip answer; joining it would put the tip in
    the metrics line."""
    text = (
        "Metrics: members active each week, retention after a month, and messages per member\n"
        "Tip: Offer people a way to appeal a decision so the answer never feels final to them.\n"
        "My advice - write like a person and keep the thread short and kind to everyone in it.\n"
    )
    assert unwrap(text) == text


def test_a_label_joined_by_a_mark_keeps_its_break() -> None:
    """A glossary of metrics, one a line: "Friends & followers – ..." and "DAU/MAU – ..." open with a label as
    "Mentions – ..." does, however long the line above them is."""
    text = (
        "Retweets – the number of times your tweets have been retweeted in a given time frame\n"
        "Mentions – the number of times your username was included in a tweet (but not a reply)\n"
        "Friends & followers – the number of people who engage with you on the page each week\n"
        "DAU/MAU – the share of the month's active members who were also active on a given day\n"
    )
    assert unwrap(text) == text


def test_a_glossary_of_metrics_one_a_line_names_each(thresholds: EvaluationSettings) -> None:
    text = (
        "Retweets – the number of times your tweets have been retweeted in a given time frame\n"
        "Mentions – the number of times your username was included in a tweet (but wasn’t considered a reply)\n"
        "Friends & followers – the number of people who engage with you\n"
    )
    assert judge_rules(text, thresholds).criteria["metrics"].met


def test_a_list_of_short_lines_under_a_sentence_keeps_its_breaks() -> None:
    """A wrapping client leaves only a paragraph's last line short: a short line that more lines follow, under a
    line ending a sentence, was typed so ("... voted with our dollars. Me?" then a tool a line)."""
    text = (
        "It's one thing to talk about what we prefer, it's another to have voted with our dollars. Me?\n"
        "Hindenburg Pro\n"
        "Zencastr (for recording podcasts)\n"
        "Zoom (for everything except recording podcasts)\n"
    )
    assert unwrap(text) == text


def test_a_paragraphs_short_last_line_after_a_sentence_still_joins() -> None:
    """Only a short line that more lines follow marks a list: a wrapped paragraph's last line is short too."""
    text = "I keep an eye on how many members come back each week and on how many post.\nReplies too.\n"
    assert unwrap(text) == text.replace("post.\n", "post. ")
