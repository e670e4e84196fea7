"""The Open Badges 3.0 EndorsementCredential: the platform issues it, the candidate (under a urn:uuid) is
its subject, and the words say what was checked, when, by which check, and that it was automated."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from bot.credentials import EndorsementFacts, SigningKey, Thresholds, build_ob3, platform_issuer
from bot.credentials.multikey import did_key
from bot.credentials.ob3 import OB_V3_CONTEXT, VC_V2_CONTEXT
from bot.credentials.wording import whole_phrase
from bot.settings import CredentialSettings
from tests.credentials.conftest import CREDENTIAL_URN, ISSUER, SUBJECT_URN


def test_it_is_a_vc_2_endorsement_credential_under_the_ob_3_0_3_context(facts: EndorsementFacts) -> None:
    credential = build_ob3(facts, ISSUER)
    assert credential["@context"] == [VC_V2_CONTEXT, OB_V3_CONTEXT]
    assert OB_V3_CONTEXT.endswith("/context-3.0.3.json")
    assert credential["type"] == ["VerifiableCredential", "EndorsementCredential"]


def test_the_platform_is_the_issuer_profile_and_says_it_assesses_no_one(facts: EndorsementFacts) -> None:
    issuer = build_ob3(facts, ISSUER)["issuer"]
    assert issuer["id"] == "did:web:bot.example"
    assert issuer["type"] == ["Profile"] and issuer["name"] == "Bot Example skills check"
    assert issuer["url"] == "https://bot.example/"
    assert "does not assess people personally" in issuer["description"]


def test_without_a_domain_the_issuer_is_the_did_key_of_the_signing_key(
    facts: EndorsementFacts, key: SigningKey
) -> None:
    issuer = platform_issuer(CredentialSettings(), key.public)
    assert issuer.did == did_key(key.public) and issuer.did.startswith("did:key:z6Mk")
    assert "url" not in build_ob3(facts, issuer)["issuer"]


def test_with_a_domain_the_issuer_is_did_web_on_it(key: SigningKey) -> None:
    issuer = platform_issuer(CredentialSettings(issuer_domain="badges.acme.test:8443"), key.public)
    assert issuer.did == "did:web:badges.acme.test%3A8443"


def test_the_candidate_is_the_subject_under_a_uuid_never_their_address(facts: EndorsementFacts) -> None:
    credential = build_ob3(facts, ISSUER)
    assert credential["credentialSubject"]["id"] == SUBJECT_URN
    assert credential["credentialSubject"]["type"] == ["EndorsementSubject"]
    assert "cam@candidates.example" not in str(credential)


def test_the_endorsers_address_appears_only_when_the_operator_publishes_it(facts: EndorsementFacts) -> None:
    assert "erin@endorsers.example" not in str(build_ob3(facts, ISSUER))
    published = build_ob3(dataclasses.replace(facts, show_endorser_email=True), ISSUER)
    assert "Erin Endorser (erin@endorsers.example)" in published["description"]


def test_the_ids_are_the_uuids_stored_with_the_request(facts: EndorsementFacts) -> None:
    assert build_ob3(facts, ISSUER)["id"] == CREDENTIAL_URN
    bare = dataclasses.replace(facts, credential_id="0b5a3c1e-2f4d-4e6a-8b9c-1d2e3f4a5b6c")
    assert build_ob3(bare, ISSUER)["id"] == "urn:uuid:0b5a3c1e-2f4d-4e6a-8b9c-1d2e3f4a5b6c"


def test_a_request_without_stored_ids_gets_fresh_random_ones(facts: EndorsementFacts) -> None:
    old = dataclasses.replace(facts, credential_id=None, subject_id=None)
    first, second = build_ob3(old, ISSUER), build_ob3(old, ISSUER)
    assert first["id"] != second["id"] and first["id"].startswith("urn:uuid:")


def test_the_description_says_what_was_asked_when_and_which_thresholds_an_automated_check_applied(
    facts: EndorsementFacts,
) -> None:
    description = build_ob3(dataclasses.replace(facts, thresholds=Thresholds(3, 4, 2)), ISSUER)["description"]
    for words in ("At the request of Erin Endorser", "emailed Cam Candidate three questions on 2026-01-04",
                  "passed an automated check on 2026-01-05", "keyword rules",
                  "at least 3 tools", "at least 4 metrics", "at least 2 tip",
                  "not a personal assessment by Erin Endorser"):
        assert words in description


def test_the_check_that_decided_is_named(facts: EndorsementFacts) -> None:
    both = dataclasses.replace(facts, checked_by=("rules", "llm", "admin"))
    assert "keyword rules, an AI classifier and an administrator's review" in build_ob3(both, ISSUER)["description"]


def test_the_comment_quotes_the_evidence_for_every_criterion(facts: EndorsementFacts) -> None:
    comment = build_ob3(facts, ISSUER)["credentialSubject"]["endorsementComment"]
    assert comment.startswith("Cam Candidate answered three emailed questions in their own words")
    for quote in ("Sprout Social", "Brandwatch", "engagement rate", "reach", "response time",
                  "move the conversation to DMs and reply within the hour"):
        assert f"\u201c{quote}\u201d" in comment
    assert comment.index("Tools") < comment.index("Metrics") < comment.index("angry")


def test_a_quote_cut_at_a_line_wrap_is_completed_to_its_whole_phrase(facts: EndorsementFacts) -> None:
    reply = ("My tip: thank them, apologise for the\ntrouble and move it to DMs. Then follow up.\n\n"
             "Tools: Hootsuite.")
    cut = dataclasses.replace(facts, evidence={"angry_customer_tip": ["thank them, apologise for the"]},
                              reply_text=reply)
    comment = build_ob3(cut, ISSUER)["credentialSubject"]["endorsementComment"]
    assert "\u201cthank them, apologise for the trouble and move it to DMs\u201d" in comment


def test_a_whole_phrase_never_runs_past_its_paragraph() -> None:
    reply = "Angry customers: listen\nfirst\n\nSecond paragraph goes on."
    assert whole_phrase("listen", reply, 200) == "listen first"


def test_a_long_quote_ends_at_a_clause_boundary_never_inside_a_phrase(facts: EndorsementFacts) -> None:
    tip = "Acknowledge the problem first, then " + "explain the fix step by step " * 20
    comment = build_ob3(dataclasses.replace(facts, evidence={"angry_customer_tip": [tip]}), ISSUER)[
        "credentialSubject"]["endorsementComment"]
    assert "\u201cAcknowledge the problem first …\u201d" in comment


def test_a_criterion_without_evidence_is_left_out(facts: EndorsementFacts) -> None:
    comment = build_ob3(dataclasses.replace(facts, evidence={"tools": ["Canva", "Later"]}), ISSUER)[
        "credentialSubject"]["endorsementComment"]
    assert "Tools they use" in comment
    assert "Metrics" not in comment


def test_valid_from_is_when_the_request_passed_in_utc(facts: EndorsementFacts) -> None:
    assert build_ob3(facts, ISSUER)["validFrom"] == "2026-01-05T09:00:00Z"
    assert "validUntil" not in build_ob3(facts, ISSUER)


def test_valid_until_appears_only_when_the_facts_set_it(facts: EndorsementFacts) -> None:
    expiring = dataclasses.replace(facts, valid_until=datetime(2027, 1, 5, tzinfo=UTC))
    assert build_ob3(expiring, ISSUER)["validUntil"] == "2027-01-05T00:00:00Z"


def test_a_quote_the_writer_ended_is_not_extended_even_mid_sentence() -> None:
    reply = "I schedule in Hootsuite and design posts in Canva.\nI track reach."
    assert whole_phrase("Hootsuite", reply, 200) == "Hootsuite"
    assert whole_phrase("design posts in Canva", reply, 200) == "design posts in Canva"


def test_quotes_already_inside_a_longer_quote_are_not_repeated(facts: EndorsementFacts) -> None:
    nested = dataclasses.replace(facts, evidence={"metrics": [
        "engagement rate, reach and response time", "reach and response time", "response time"]})
    comment = build_ob3(nested, ISSUER)["credentialSubject"]["endorsementComment"]
    assert comment.splitlines()[1] == "- Metrics they watch: \u201cengagement rate, reach and response time\u201d"


def test_quotes_the_reply_writes_as_one_list_are_quoted_as_that_phrase(facts: EndorsementFacts) -> None:
    reply = "Metrics: engagement rate, reach and response time.\nTip: reply quickly, apologise and take it to DMs."
    listed = dataclasses.replace(facts, reply_text=reply, evidence={
        "metrics": ["engagement rate", "reach", "response time"],
        "angry_customer_tip": ["reply quickly", "apologise", "take it to DMs"],
        "tools": ["Hootsuite", "Canva"]})
    lines = build_ob3(listed, ISSUER)["credentialSubject"]["endorsementComment"].splitlines()
    assert lines[1] == "- Tools they use: \u201cHootsuite\u201d; \u201cCanva\u201d"  # not in the reply: as given
    assert lines[2] == "- Metrics they watch: \u201cengagement rate, reach and response time\u201d"
    assert lines[3] == ("- Their tip for angry or frustrated customers: "
                        "\u201creply quickly, apologise and take it to DMs\u201d")
