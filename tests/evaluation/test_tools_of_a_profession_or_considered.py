"""Tools that are not the candidate's (issue 9 item 1): what a profession uses in general ("Community managers
use tools like Hootsuite and Buffer"), what is only weighed ("only two providers will be considered here"),
and, in German, where every noun is capitalised, a rare noun in the tools answer ("Arbeitsaufkommen") is no
product; a type followed by the brand found there ("ein Social Media Management Tool wie Kontentino.io") is
that one brand."""

from __future__ import annotations

import pytest

from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply


def test_tools_only_considered_are_not_used(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_only_considered"), thresholds)
    assert judgement.criteria["tools"].evidence == ()
    assert judgement.verdict == Verdict.FAIL


def test_a_professions_tools_alone_go_to_a_person(thresholds: EvaluationSettings) -> None:
    """Graders differ on "Community managers use tools like Hootsuite and Buffer" as the candidate's answer:
    the tools are not counted, and as the only tools named they are in doubt (negation.toml [profession])."""
    judgement = judge_rules(reply("tools_a_profession_uses"), thresholds)
    assert judgement.criteria["tools"].evidence == ()
    assert judgement.verdict == Verdict.NEEDS_REVIEW
    assert "unsure:tools" in judgement.reasons


@pytest.mark.parametrize("scenario", ["tools_most_agencies_use", "tools_a_profession_uses_but_i_use"])
def test_people_in_general_or_the_candidates_own_tools_beside_them_decide(scenario: str,
                                                                          thresholds: EvaluationSettings) -> None:
    """Not the profession ("Most agencies use Sprinklr") is no doubt; the candidate's own tools beside the
    profession's ("..., but I use Later and Canva") are counted, and the profession's do not add doubt."""
    judgement = judge_rules(reply(scenario), thresholds)
    want = {"tools_most_agencies_use": (Verdict.FAIL, ()),
            "tools_a_profession_uses_but_i_use": (Verdict.PASS, ("Later", "Canva"))}[scenario]
    assert (judgement.verdict, judgement.criteria["tools"].evidence) == want


def test_german_nouns_in_the_tools_answer_are_no_products(thresholds: EvaluationSettings) -> None:
    judgement = judge_rules(reply("tools_answer_in_german_nouns"), thresholds)
    assert judgement.criteria["tools"].evidence == ("Kontentino.io",)
    assert judgement.verdict != Verdict.PASS


@pytest.mark.parametrize(("scenario", "verdict", "tools"), [
    ("tools_options_weighed", Verdict.FAIL, ()),
    ("tools_options_weighed_then_used", Verdict.PASS, ("Carl-bot", "MEE6")),
    # Recommended to others: "If you are new to this, Sendible and Canva are great places to start".
    ("tools_recommended_to_beginners", Verdict.FAIL, ()),
    # Recommended to the mail's reader: "P.S. Alex, you should really try Canva for your own account!"
    ("tools_recommended_to_the_reader", Verdict.FAIL, ("Sendible",)),
    # Judged unfit ("Canva was overkill for a team our size") or only wished for ("I'm hoping to get a Canva
    # licence"); "Canva is too expensive but we still use it" takes it up.
    ("tools_judged_unfit", Verdict.FAIL, ("Sendible",)),
    ("tools_wished_for", Verdict.FAIL, ("Sendible",)),
    ("tools_judged_unfit_but_kept", Verdict.PASS, ("Sendible", "Canva")),
    ("tools_a_place_to_start_and_used", Verdict.PASS, ("Sendible", "Canva")),
])
def test_options_weighed_are_not_used_unless_taken_up(scenario: str, verdict: Verdict, tools: tuple[str, ...],
                                                      thresholds: EvaluationSettings) -> None:
    """"Carl-bot, MEE6, Dyno: they all have their strengths" weighs options (negation.toml [soft_after]); "...,
    and I run both on our server every day" takes them up."""
    judgement = judge_rules(reply(scenario), thresholds)
    assert (judgement.verdict, judgement.criteria["tools"].evidence) == (verdict, tools)


@pytest.mark.parametrize(("scenario", "verdict", "tools"), [
    ("tools_the_employer_and_its_blog", Verdict.FAIL, ()),
    ("tools_work_in_and_reports_of_a_tool", Verdict.PASS, ("Sendible", "Later")),
])
def test_the_maker_as_employer_or_publisher_is_no_tool_used(scenario: str, verdict: Verdict, tools: tuple[str, ...],
                                                            thresholds: EvaluationSettings) -> None:
    """"I work at Sendible", "the Later blog": the company as an employer, or its content, is no product used
    (tool_frames.toml [employer_before], [its_content]); "I work in Sendible", "Later reports" are use."""
    judgement = judge_rules(reply(scenario), thresholds)
    assert (judgement.verdict, judgement.criteria["tools"].evidence) == (verdict, tools)
