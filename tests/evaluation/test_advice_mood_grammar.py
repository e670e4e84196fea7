"""Advice mood is read by its grammar, not only by fixed phrases (issue 9 item 3; advice.toml [mood_grammar]).

- A duty or advice modal after a short subject of any kind is advice, as "you need to" is: "your moderators need to
  resist the urge to reply in kind", "frontline agents should never argue", "the night shift must stay calm".
- An evaluative frame is advice with an adverb inside it, as without one: "it's best SIMPLY to hear people out",
  "it is USUALLY wiser to sleep on it", "it's GENERALLY best not to reply straight away".

Guards: the writer's own obligations ("I need to pay rent", "I had to leave"), what someone must be ("they must be
furious"), what the other party must do ("people need to chill out online"), a question, a description, anti advice
and a duty about something else stay no tip.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings

TIP = "angry_customer_tip"
# Tools and metrics answered above; the last paragraph is where replies answer the tip question.
_ABOVE = "Hi,\n\nI use Buffer and Figma most days.\n\nI watch reach, saves and click-through rate.\n\n"


def _in_the_tips_place(paragraph: str) -> str:
    return f"{_ABOVE}{paragraph}\n\nThanks"


@pytest.mark.parametrize("paragraph", [
    # A duty modal after a subject of one to three words other than "you".
    "Either way, our reps need to resist the urge to reply in kind. Snarky answers only make it worse.",
    "Frontline agents should never argue with an upset caller.",
    "Support people have to stay calm with them.",
    "The night shift must stay calm with them.",
    # After an opinion lead-in ("I think that"), the subject is read from the words after it.
    "I think that support teams should answer them within the hour.",
    # An evaluative frame with an adverb inside.
    "It's best simply to hear people out before replying.",
    "It is usually wiser to sleep on it before replying.",
])
def test_advice_mood_told_by_its_grammar_in_the_tips_place_is_a_tip(
        paragraph: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_in_the_tips_place(paragraph), thresholds)
    assert judgement.criteria[TIP].met, judgement
    assert judgement.verdict == Verdict.PASS, judgement


@pytest.mark.parametrize("paragraph", [
    # Already advice by a fixed phrase: unchanged.
    "Either way, you need to resist the urge to reply in kind. Snarky answers only make it worse.",
    "You should never argue with an upset caller.",
    "It's best to hear people out before replying.",
])
def test_the_fixed_phrases_stay_tips(paragraph: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_in_the_tips_place(paragraph), thresholds)
    assert judgement.criteria[TIP].met, judgement


@pytest.mark.parametrize("paragraph", [
    # The writer's own obligations, now or past: no advice.
    "I need to pay rent, so I take weekend shifts.",
    "I had to leave early on Friday.",
    # What someone must be is a guess, no duty.
    "They must be furious by the time they write in.",
    # A question asks.
    "Should agents apologise first?",
    # A description.
    "Angry customers are the worst part of the job.",
    # Anti advice told with a duty modal.
    "Your moderators should ignore them and delete their comments, never apologize.",
    # A duty about something else.
    "Your team needs to post three times a week.",
    # What the other party must do is no advice to whoever handles them.
    "Honestly people need to chill out online.",
    "They need to fix their website first.",
    "Our clients have to approve every post before it goes live.",
])
def test_no_tip_where_the_grammar_gives_no_handling_advice(paragraph: str, thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(_in_the_tips_place(paragraph), thresholds)
    assert not judgement.criteria[TIP].met, judgement


def test_a_duty_about_something_else_outside_the_tips_answer_is_no_tip(thresholds: EvaluationSettings) -> None:
    text = ("Hi,\n\nI use Buffer, and your reps need to schedule posts early.\n\n"
            "I track reach and saves.\n\nThanks")
    judgement = judge_rules(text, thresholds)
    assert not judgement.criteria[TIP].met, judgement


def test_the_word_index_precheck_skips_only_scans_that_find_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each grammar scan is made only when the reply's word index holds a word every match needs; on random texts of
    the grammar's own words in mixed case and with curly apostrophes, the places found are those of the full scans."""
    import random

    from bot.evaluation import advice
    from bot.evaluation.reading import Reading

    grammar = advice.mood_grammar()
    vocabulary = ("you", "your reps", "agents", "it's", "it is", "always", "simply", "best", "wiser", "to", "let",
                  "need", "to", "should", "never", "must", "have", "to", "ought", "you’ve", "got", "to", "calmly",
                  "telling", "users", "goes", "a", "long", "way", "helps", "works", "wonders", "is", "key", "not",
                  "Should", "NEED", "Best", ",", ".", "them", "vent", "argue", "stay", "calm", "suggest", "recommends",
                  "staying", "answering", "Suggest")
    rng = random.Random(7)
    for _ in range(400):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(3, 18)))
        with_precheck = list(advice._mood_by_grammar(Reading.of(text, "en")))
        monkeypatch.setattr(advice, "mood_grammar", lambda: replace(grammar, needs=(None, None, None)))
        assert list(advice._mood_by_grammar(Reading.of(text, "en"))) == with_precheck, text
        monkeypatch.undo()
