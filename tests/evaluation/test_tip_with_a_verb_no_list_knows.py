"""A tip told with a verb no list knows (issue 9 item 3: advice mood in the part that answers the tip question).

The instruction verbs of advice.toml [imperative] are a list; real people advise with any verb ("If a customer is
upset, match their urgency, not their tone"). A word in its base form opening its clause, with a person as its
object ("them", "their", "him", "her"), is an instruction whether or not the list knows it. The closed classes of
English that stand there without being one (prepositions, sentence adverbs, irregular past forms:
[not_open_imperatives]) and words with the endings of other forms ("-s", "-ed", "-ing", "-ly") are not.
"""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip

_BEFORE = ("I schedule with Buffer and design in Canva.\n\n"
           "I watch reach, engagement rate and follower growth every week.\n\n")


@pytest.mark.parametrize("tip", [
    "If a customer is upset, match their urgency, not their tone.",
    "When someone is furious in the comments, credit them for raising it publicly.",
    "With frustrated members: disarm them with a question about what outcome they want.",
])
def test_an_instruction_with_a_person_as_its_object_is_a_tip(tip: str) -> None:
    assert find_tip(Reading.of(_BEFORE + tip, "en")).count == 1


@pytest.mark.parametrize("tip", [
    # A preposition or a sentence adverb before the person is no instruction.
    "Despite their tone, angry customers usually just want the order to arrive.",
    "Given their history, upset customers on our page are mostly regulars.",
    # A past form tells what happened, not what to do.
    "Once a customer was upset about a late order, and I forgot them for a day.",
])
def test_a_word_before_a_person_that_is_no_instruction_gives_no_tip(tip: str) -> None:
    assert find_tip(Reading.of(_BEFORE + tip, "en")).count == 0
