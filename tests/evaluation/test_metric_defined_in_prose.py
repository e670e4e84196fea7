"""A measure told as what a named metric is defines that metric; it is no metric of its own (issue 9 item 2:
synonyms count once; "prose definitions of a metric count each part" left by stop 26).

"Reach refers to the number of unique users who see your content" names reach, once: "the number of unique
users" is its definition. In every judged language ("O alcance é a métrica que mostra quantas contas
visualizaram"). A sentence that turns to the candidate's own watching ("Engagement rate is important, but I also
watch how many people reply") still names two.
"""

from __future__ import annotations

import pytest

from bot.evaluation.metrics import find_metrics
from bot.evaluation.reading import Reading


@pytest.mark.parametrize(("language", "text", "named"), [
    ("en", "Reach refers to the number of unique users who see your content. Impressions counts the total number "
           "of times your content is displayed.", ("Reach", "Impressions")),
    ("pt", "O alcance é a métrica que mostra quantas contas viram a publicação. Impressões mostram quantas vezes "
           "o conteúdo foi exibido.", ("alcance", "Impressões")),
    ("en", "Click-through rate is how many times people clicked a link in the post.", ("Click-through rate",)),
])
def test_a_measure_defining_a_named_metric_is_that_metric(language: str, text: str, named: tuple[str, ...]) -> None:
    assert find_metrics(Reading.of(text, language)).evidence == named


@pytest.mark.parametrize(("text", "count"), [
    ("Engagement rate is important, but I also watch how many people reply.", 2),
    ("We track reach, the number of comments per post and how many people share.", 3),
])
def test_a_measure_of_its_own_still_counts(text: str, count: int) -> None:
    assert find_metrics(Reading.of(text, "en")).count == count


# Headed by a noun naming it a metric, and a place: "The unique chatters metric on Twitch counts the number of ...";
# the subject may be a metric a frame found ("unique chatters") as well as one a list names.
@pytest.mark.parametrize(("text", "named"), [
    ("The unique lurkers metric on Twitch counts the number of individual accounts that watch without chatting.",
     ("unique lurkers",)),
    ("The reach KPI in Meta measures the number of accounts that saw a post at least once.", ("reach",)),
])
def test_a_metric_headed_by_a_metric_noun_is_defined_once(text: str, named: tuple[str, ...]) -> None:
    assert find_metrics(Reading.of(text, "en")).evidence == named
