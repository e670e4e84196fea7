"""Whose evidence is it? (issue 9: a careful grader reads who uses the tool and who watches the numbers.)

A tool or metric whose clause's subject is another person ("my manager", "our agency", "she") is not
the candidate's: the criterion is not met, and the reply, otherwise complete, fails (a clear gap).
Other people named near the candidate's own evidence change nothing: a manager who showed the tool to
the candidate, a supervisor working in it with them, a client asking them for reports.
"""

from __future__ import annotations

import pytest

from bot.evaluation import metrics, subjects, tools
from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.evaluation.subjects import someone_elses
from bot.settings import EvaluationSettings
from tests.evaluation.conftest import reply
from tests.evaluation.steps import steps

TIP = "angry_customer_tip"


@pytest.mark.parametrize(("scenario", "missing"), [
    ("tools_used_by_my_manager", "tools"),
    ("metrics_watched_by_my_boss", "metrics"),
    ("tools_run_by_our_agency", "tools"),
    ("herramientas_de_mi_jefa", "tools"),
    # The subject of a relative clause: "... by our data analyst, who follows reach".
    ("metrics_followed_by_an_analyst_who", "metrics"),
    # "I never open them" does not take the intern's tools up.
    ("tools_of_the_intern_not_taken_up", "tools"),
    # "The agency we hired runs ...": "we" opens a clause about the agency, which is the subject.
    ("tools_of_the_agency_we_hired", "tools"),
])
def test_evidence_that_belongs_to_someone_else_does_not_count(scenario: str, missing: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert not judgement.criteria[missing].met, judgement.criteria[missing]
    others = [name for name in ("tools", "metrics", TIP) if name != missing]
    assert all(judgement.criteria[name].met for name in others), judgement.criteria
    assert judgement.verdict == Verdict.FAIL


@pytest.mark.parametrize("scenario", [
    "tools_my_manager_showed_me",
    "evidence_shared_with_my_supervisor",
    "tools_our_agency_set_up_which_i_use",
    "tools_i_use_with_my_manager",
    # "Since our agency chose it, Agorapulse is where I plan": the subordinate clause ends at its comma.
    "tools_named_after_a_subordinate_clause_of_the_agency",
    # What clients ask of the candidate: the metrics the candidate reports.
    "metrics_my_clients_care_about",
    # Spanish "he usado" is "I have used": no other person.
    "herramientas_con_he_usado",
    # "... and so do I": the candidate uses it too.
    "tools_my_manager_uses_and_so_do_i",
    # "my supervisor included" sits inside the team's subject.
    "metrics_of_the_team_with_my_supervisor_included",
])
def test_other_people_beside_the_candidates_own_evidence_change_nothing(scenario: str) -> None:
    judgement = judge_rules(reply(scenario), EvaluationSettings())
    assert judgement.verdict == Verdict.PASS, judgement.criteria


def _whose(text: str, name: str, language: str = "en") -> str | None:
    reading = Reading.of(text, language)
    start = text.index(name)
    return someone_elses(reading, start, start + len(name))


@pytest.mark.parametrize(("text", "name", "owner"), [
    ("My manager uses Hootsuite; I write.", "Hootsuite", "My manager"),
    ("Numbers are her thing: she watches reach.", "reach", "she"),
    ("Our social media agency runs Sprinklr.", "Sprinklr", "Our social media agency"),
    ("Tools: Buffer, Canva.", "Canva", None),
    ("Day to day, Hootsuite and Canva.", "Canva", None),
    ("We use Hootsuite.", "Hootsuite", None),
    ("My team and I use Hootsuite.", "Hootsuite", None),
    ("My manager and I use Hootsuite.", "Hootsuite", None),
    ("My manager's Hootsuite login is what I use.", "Hootsuite", None),
    ("Hootsuite, the tool my manager set up, is what I use.", "Hootsuite", None),
    ("I work with my manager in Hootsuite.", "Hootsuite", None),
    ("My manager taught me Hootsuite.", "Hootsuite", None),
    ("My manager picked Hootsuite and I use it daily.", "Hootsuite", None),
    ("My manager prefers Hootsuite, but I use Buffer.", "Buffer", None),
    ("My clients always ask for reach.", "reach", None),
    ("The client mostly wants saves.", "saves", None),
    ("My manager uses Hootsuite too, and so do I.", "Hootsuite", None),
    ("My boss and the team use Asana with me.", "Asana", None),
    ("The team, my manager included, watches reach.", "reach", None),
])
def test_the_subject_of_the_mentions_clause_decides(text: str, name: str, owner: str | None) -> None:
    assert _whose(text, name) == owner


@pytest.mark.parametrize(("text", "name", "language", "owner"), [
    # Spanish "he" is "I have": an English pronoun is no person in another language.
    ("He usado Hootsuite durante años.", "Hootsuite", "es", None),
    ("Mi jefe usa Hootsuite; yo escribo.", "Hootsuite", "es", "Mi jefe"),
    ("Ella mira el alcance.", "alcance", "es", "Ella"),
    ("Mein Chef nutzt Hootsuite, ich schreibe.", "Hootsuite", "de", "Mein Chef"),
])
def test_person_words_are_read_in_the_replys_language(text: str, name: str, language: str, owner: str | None) -> None:
    assert _whose(text, name, language) == owner


_GROWTH_FILES = frozenset({tools.__file__, metrics.__file__, subjects.__file__})
# Linear work scales by 8 (plus fixed costs); quadratic by 64.
_MAX_GROWTH = 16


@pytest.mark.parametrize("line", [
    "My manager uses Hootsuite and she watches reach, ",
    "my manager my boss she he our agency the client ",
    "Hootsuite, Canva, reach, saves, clicks, ",
    "My boss uses Buffer and I use it too and ",
])
def test_reading_whose_evidence_is_linear(line: str) -> None:
    # Each mention reads a bounded window before and after it, however long its clause or sentence.
    def run(size: int) -> int:
        reading = Reading.of(line * size, "en")
        tools.find_tools(reading), metrics.find_metrics(reading)  # warm: lexicons load outside the count
        return steps(lambda: (tools.find_tools(reading), metrics.find_metrics(reading)), _GROWTH_FILES)

    assert run(8 * 40) / run(40) < _MAX_GROWTH


@pytest.mark.parametrize("text", [
    "With the agency we use Sprinklr and Canva.",
    "My manager and I use Sprinklr and Canva.",
    "The tool we use most is Sprinklr, and Canva for graphics.",
])
def test_the_candidate_beside_another_person_is_still_the_subject(text: str) -> None:
    assert tools.find_tools(Reading.of(text, "en")).evidence == ("Sprinklr", "Canva")
