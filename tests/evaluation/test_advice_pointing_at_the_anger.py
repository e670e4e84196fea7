"""Advice in the tip's place whose words point with a pronoun at the anger the sentence beside it names is for the
angry people: "3. Above all, don't get drawn into it. A shouting war won't help anyone." Advice with no action word
there must take the people as its target; a pronoun pointing at the anger beside it does so. Advice with a thing of its
own ("Our followers get hostile at night. Post your updates in the morning.") stays a doubt."""

from __future__ import annotations

from bot.evaluation.reading import Reading
from bot.evaluation.tips import find_tip

_BEFORE = "1. We use Hootsuite and Sprout Social.\n\n2. Growth in fanbase, engagement and response times.\n\n"


def test_advice_pointing_at_the_anger_beside_it_is_the_tip() -> None:
    # "get drawn into" is no action word a list knows ("rise to it" and "take offence" are): only the pointing tells.
    found = find_tip(Reading.of(_BEFORE + "3. Above all, don't get drawn into it. A shouting war won't help anyone. "
                                "The customer is projecting their anger on everyone around them.", "en"))
    assert found.count == 1 and not found.unsure and "pointing at the anger" in found.why[0]


def test_the_anger_may_come_first() -> None:
    found = find_tip(Reading.of(_BEFORE + "3. Some customers will be furious with you. Never take it home with "
                                "you.", "en"))
    assert found.count == 1


def test_advice_with_a_thing_of_its_own_stays_a_doubt() -> None:
    found = find_tip(Reading.of(_BEFORE + "3. Our followers get hostile at night. Post your updates in the morning.",
                                "en"))
    assert (found.count, found.unsure) == (0, True)
