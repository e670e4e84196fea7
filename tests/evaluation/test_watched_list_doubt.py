"""Calibrated doubt for metrics (issue 9 items 2 and 5): a reply names what it watches as the object list of a watching
verb ("I track GitHub stars, Twitter followers, Meetup attendees and blog posts published"), most items in words no
list holds. A careful grader counts each item as a metric; the rules cannot be sure what an unknown noun phrase is,
so when the known metrics fall short and the unknown items would make up the shortfall, a person decides
(needs_review), not a fail (bot/evaluation/metrics.py, `_watched_list_items`; metric_frames.toml [watched_lists]).

Not doubt: a list whose items are all known metrics, tools or channels ("I monitor Twitter, Facebook and
Instagram"), one taken back ("I don't track ..."), someone else's, our own question quoted back, or a list too long or
made of clauses. A reply that already names enough metrics is unchanged."""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

_TOOLS = "For scheduling I use Hootsuite and Canva."
_TIP = "My tip: when a customer is angry, apologise first and move the conversation to a private message."


def _reply(metrics: str) -> str:
    """A whole short reply whose tools and tip are met, so only the metrics sentence decides."""
    return f"Hi,\n\n{_TOOLS} {metrics}\n\n{_TIP}\n\nBest,\nSam\n"


@pytest.mark.parametrize(("sentence", "doubtful"), [
    ("I track Discord joins, Twitter followers, podcast downloads and newsletter subscribers.",
     ("Discord joins",)),
    ("We keep an eye on docs page views, forum threads opened and stars.", ("forum threads opened", "stars")),
    ("I monitor trial starts, demo bookings and webinar attendees.",
     ("trial starts", "demo bookings", "webinar attendees")),
    ("Every week I also closely watch trial starts, demo bookings & webinar attendees.",
     ("trial starts", "demo bookings", "webinar attendees")),
    ("The numbers I look at most are trial starts, demo bookings and webinar attendees.",
     ("trial starts", "demo bookings", "webinar attendees")),
    ("Keep tabs on trial starts, demo bookings and webinar attendees.",
     ("trial starts", "demo bookings", "webinar attendees")),
    ("I'm tracking trial starts, demo bookings and webinar attendees every Monday.",
     ("trial starts", "demo bookings", "webinar attendees")),
    # A word after which an item says where or when ends that item, not the list.
    ("I track trial starts for the app, demo bookings and webinar attendees.",
     ("trial starts", "demo bookings", "webinar attendees")),
    # In the part answering the metrics question, what is watched answers it whoever the subject is.
    ("\n\nMetrics:\nUsually you would keep an eye on trial starts, demo bookings and webinar attendees.",
     ("trial starts", "demo bookings", "webinar attendees")),
])
def test_unknown_items_the_candidate_watches_send_the_reply_to_a_person(
        sentence: str, doubtful: tuple[str, ...], thresholds: EvaluationSettings) -> None:
    text = _reply(sentence)
    finding = find_metrics(Reading.of(text, "en"), doubt_below=thresholds.min_metrics)
    assert finding.doubtful == doubtful, finding
    assert finding.count < thresholds.min_metrics  # never counted: doubt is no evidence
    judgement = judge_rules(text, thresholds)
    assert not judgement.criteria["metrics"].met
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
    assert "unsure:metrics" in judgement.reasons
    note = f"an item of a list of things the candidate watches, unconfirmed: {doubtful[0]}"
    assert note in judgement.criteria["metrics"].notes, judgement.criteria["metrics"].notes


@pytest.mark.parametrize(("text", "language", "doubtful"), [
    ("Herramientas: Hootsuite. Mido altas de prueba, reservas de demos y asistentes al webinar.", "es",
     ("altas de prueba", "reservas de demos", "asistentes al webinar")),
    ("Outils : Hootsuite. Je surveille les inscriptions à l'essai, les démos réservées et les participants aux "
     "webinaires.", "fr", ("inscriptions à l'essai", "démos réservées", "participants aux webinaires")),
    ("Ferramentas: Hootsuite. Acompanho inscrições no teste, demos agendadas e participantes do webinar.", "pt",
     ("inscrições no teste", "demos agendadas", "participantes do webinar")),
    ("Tools: Hootsuite. Ich verfolge Testanmeldungen, gebuchte Demos und Webinar-Teilnehmer.", "de",
     ("Testanmeldungen", "gebuchte Demos", "Webinar-Teilnehmer")),
])
def test_the_same_list_in_other_languages(text: str, language: str, doubtful: tuple[str, ...]) -> None:
    finding = find_metrics(Reading.of(text, language), doubt_below=3)
    assert finding.doubtful == doubtful, finding


@pytest.mark.parametrize("sentence", [
    # Two known metrics and no unknown item: the shortfall stands.
    "I track replies and retweets.",
    # Channels, not metrics.
    "I monitor Twitter, Facebook and Instagram.",
    # Taken back.
    "I don't track followers, likes or shares.",
    "I don't track trial starts, demo bookings or webinar attendees.",
    # Someone else's list, and what people in general are told to watch.
    "My manager tracks trial starts, demo bookings and webinar attendees.",
    "You should track trial starts, demo bookings and webinar attendees.",
    # Clauses, not a list of things: "I check in with them, listen and apologise".
    "I check in with them, listen carefully and then apologise.",
    "I watch how they respond, what they complain about and when they post.",
    # The case of an angry customer, and the candidate's own manner: no counts.
    "When a customer is angry, I look at the order, the delivery date and the refund policy.",
    "I watch my tone, my words and my timing.",
    "Look at their complaint, their history and their tone.",
    # One unknown item is no list.
    "I track trial starts.",
    # Taken back in the part answering the metrics question.
    "\n\nMetrics:\nWe don't keep an eye on trial starts, demo bookings or webinar attendees.",
])
def test_no_doubt_where_nothing_unknown_is_watched_by_the_candidate(
        sentence: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_reply(sentence), thresholds)
    assert judgement.verdict == Verdict.FAIL, judgement
    assert "missing:metrics" in judgement.reasons
    assert not any("things the candidate watches" in n for n in judgement.criteria["metrics"].notes)


def test_our_own_question_quoted_back_adds_no_doubt(thresholds: EvaluationSettings) -> None:
    text = (f"{_TOOLS} I track followers.\n\n{_TIP}\n\nOn Monday, Jobs wrote:\n"
            "> Which key metrics do you watch, for example engagement rate, reach or response time?\n")
    judgement = judge_rules(text, thresholds)
    assert judgement.verdict == Verdict.FAIL, judgement
    assert not any("things the candidate watches" in n for n in judgement.criteria["metrics"].notes)


def test_a_reply_with_enough_known_metrics_is_unchanged(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_reply("I track reach, engagement rate, CTR and webinar attendees."), thresholds)
    assert judgement.verdict == Verdict.PASS, judgement
    assert judgement.criteria["metrics"].met
    assert not any("things the candidate watches" in n for n in judgement.criteria["metrics"].notes)


def test_a_list_too_long_to_be_one_of_metrics_raises_no_doubt(thresholds: EvaluationSettings) -> None:
    sentence = ("I track trial starts, demo bookings, webinar attendees, ebook grabs, quiz plays, coupon claims, "
                "wishlist adds, gift cards and bundle picks.")
    judgement = judge_rules(_reply(sentence), thresholds)
    assert not any("things the candidate watches" in n for n in judgement.criteria["metrics"].notes)
