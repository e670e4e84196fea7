"""A name written like a product (CamelCase such as "TrendKlatch", a domain such as "Plumquix.com") that no list knows
and no usage frame counts is doubt for the tools criterion, never a count (issue 9 item 5: partial evidence from a
genuine attempt goes to a person). Real replies name products without saying they use them ("Another service,
Plumquix.com, shows ..."); when such names would make up the two tools and the rest of the reply is complete, a
person decides (bot/evaluation/unframed_names.py). Networks, persons' names, metrics' acronyms, everyday devices
and shops, and names already read (negated, recommended) add no doubt; doubt never makes a pass.

A preference told before the name ("my current favourite, Plomberly", "my favorite is Zorblax") is a usage frame
(tool_frames.toml [before]): the name counts. So does one the writer owns ("a quick glance at my TweetGrid", "our
SnapTrail"; bot/evaluation/tools.py, `_OWNED_BY_THE_WRITER`), except one written as devices are ("my iMac"), which
stays doubt."""

from __future__ import annotations

import pytest

from bot.evaluation.reading import Reading
from bot.evaluation.result import Verdict
from bot.evaluation.rules import judge_rules
from bot.evaluation.tools import find_tools
from bot.settings import EvaluationSettings

METRICS = "As for metrics, I watch reach, engagement rate and follower growth every week."
TIP = "My tip for an angry customer: stay calm, apologise and take the conversation to private messages."


def _reply(tools: str, metrics: str = METRICS) -> str:
    return f"Hi,\n\n{tools}\n\n{metrics}\n\n{TIP}\n\nBest,\nSam"


@pytest.mark.parametrize(("tools", "doubts"), [
    # Two names written like products, neither in a usage frame.
    ("Zorvette.com offers a free service that charts followers. Another service, Plumquix.com, maps where they live.",
     ("Zorvette.com", "Plumquix.com")),
    ("For example, TrendKlatch draws the follower graph, and FollowMapr shows a map of the fans.",
     ("TrendKlatch", "FollowMapr")),
    # One tool a list knows, and one name written like a product.
    ("Posts are queued in Hootsuite every Monday. Enter SnapTrail, which charts the replies.", ("SnapTrail",)),
])
def test_names_written_like_products_that_make_up_the_tools_go_to_a_person(tools: str,
                                                                            doubts: tuple[str, ...]) -> None:
    judgement = judge_rules(_reply(tools), EvaluationSettings())
    assert judgement.verdict == Verdict.NEEDS_REVIEW, judgement
    assert "unsure:tools" in judgement.reasons
    assert not judgement.criteria["tools"].met
    notes = judgement.criteria["tools"].notes
    for name in doubts:
        assert f"a name written like a product, no frame says it is used: {name}" in notes, notes


def test_the_finding_holds_the_names_as_doubt_never_as_a_count() -> None:
    found = find_tools(Reading.of("Mentions show up in Hootsuite. Another service, Plumquix.com, maps the fans.", "en"))
    assert found.count == 1
    assert found.doubtful == ("Plumquix.com",)


def test_a_rare_capitalised_name_in_one_list_with_such_a_name_is_doubt_too() -> None:
    found = find_tools(Reading.of("I have feeds set up in Facebook, SnapTrail, and Vornity for the brand.", "en"))
    assert found.count == 0
    assert found.doubtful == ("SnapTrail", "Vornity")


def test_a_reply_with_enough_tools_reads_no_unframed_name() -> None:
    found = find_tools(Reading.of("I use Hootsuite and Canva. SnapTrail charts the replies.", "en"))
    assert found.count == 2
    assert found.doubtful == ()


def test_doubt_alone_never_makes_a_pass() -> None:
    judgement = judge_rules(_reply("TrendKlatch and Plumquix.com chart the followers for me."), EvaluationSettings())
    assert judgement.verdict == Verdict.NEEDS_REVIEW


def test_doubt_does_not_save_a_reply_that_misses_another_criterion() -> None:
    judgement = judge_rules(_reply("TrendKlatch and Plumquix.com chart the followers.", metrics="I just post."),
                            EvaluationSettings())
    assert judgement.verdict == Verdict.FAIL


@pytest.mark.parametrize("tools", [
    # Networks only, written in CamelCase or not: channels, never tools.
    "We post on Instagram, Facebook, Bebo, Twitter and Tumblr.",
    "We post on YouTube, LinkedIn and TikTok every week, and on Hootsuite's blog.",
    # Persons' names, listed or written in CamelCase.
    "Posts are queued in Hootsuite; Anna, Ben and Chris write them.",
    "Posts are queued in Hootsuite, and my colleague Sarah McKenzie checks them.",
    # Metrics' acronyms, everyday devices and shops, words written in a style.
    "Posts are queued in Hootsuite, and I report CSAT and NPS every month.",
    "Posts are queued in Hootsuite from my iPhone, and we sell on eBay.",
    "Posts are queued in Hootsuite. Our eCommerce shop sells the new eBook.",
    # A name set aside, or recommended to the reader: read already.
    "Posts are queued in Hootsuite. I don't use SnapTrail anymore.",
    "Posts are queued in Hootsuite. You should try SnapTrail someday.",
])
def test_what_is_no_product_of_the_candidates_stays_a_gap(tools: str) -> None:
    judgement = judge_rules(_reply(tools), EvaluationSettings())
    assert judgement.verdict == Verdict.FAIL, (tools, judgement)
    assert judgement.reasons == ("missing:tools",), judgement.reasons


def test_a_name_in_the_quoted_request_adds_no_doubt() -> None:
    text = "I queue posts in Hootsuite.\n\n> Do you use tools such as SnapTrail or Plumquix.com?\n"
    assert find_tools(Reading.of(text, "en")).doubtful == ()


@pytest.mark.parametrize("tools", [
    "I schedule in Buffer. Enter my current favourite, Plomberly, which turns the numbers into a wall display.",
    "I schedule in Buffer, but my favorite is Zorblax.",
])
def test_a_preference_before_the_name_is_a_usage_frame(tools: str) -> None:
    judgement = judge_rules(_reply(tools), EvaluationSettings())
    assert judgement.criteria["tools"].met, judgement
    assert judgement.verdict == Verdict.PASS, judgement


@pytest.mark.parametrize(("tools", "evidence", "doubts"), [
    ("Every morning I take a quick glance at my TweetGrid. Posts are queued in Hootsuite.",
     ("TweetGrid", "Hootsuite"), ()),
    ("Posts are queued in Hootsuite, and our SnapTrail charts the replies.", ("Hootsuite", "SnapTrail"), ()),
    ("Posts are queued in Hootsuite from my iMac.", ("Hootsuite",), ("iMac",)),
])
def test_a_name_the_writer_owns_is_theirs_to_use(tools: str, evidence: tuple[str, ...],
                                                 doubts: tuple[str, ...]) -> None:
    found = find_tools(Reading.of(_reply(tools), "en"))
    assert (found.evidence, found.doubtful) == (evidence, doubts), found
