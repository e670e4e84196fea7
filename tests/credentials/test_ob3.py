"""The Open Badges 3.0 EndorsementCredential: the endorser issues it, the candidate is its subject."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.credentials import EndorsementFacts, build_ob3
from bot.credentials.ob3 import OB_V3_CONTEXT, VC_V2_CONTEXT


def test_it_is_a_vc_2_endorsement_credential_under_the_ob_3_0_3_context(facts: EndorsementFacts) -> None:
    credential = build_ob3(facts)
    assert credential["@context"] == [VC_V2_CONTEXT, OB_V3_CONTEXT]
    assert OB_V3_CONTEXT.endswith("/context-3.0.3.json")
    assert credential["type"] == ["VerifiableCredential", "EndorsementCredential"]


def test_the_endorser_is_the_issuer_profile(facts: EndorsementFacts) -> None:
    issuer = build_ob3(facts)["issuer"]
    assert issuer == {"id": "mailto:erin@endorsers.example", "type": ["Profile"], "name": "Erin Endorser",
                      "email": "erin@endorsers.example"}


def test_the_candidate_is_the_endorsement_subject(facts: EndorsementFacts) -> None:
    subject = build_ob3(facts)["credentialSubject"]
    assert subject["id"] == "mailto:cam@candidates.example"
    assert subject["type"] == ["EndorsementSubject"]


def test_the_comment_quotes_the_evidence_for_every_criterion(facts: EndorsementFacts) -> None:
    comment = build_ob3(facts)["credentialSubject"]["endorsementComment"]
    assert comment.startswith("Erin Endorser endorses Cam Candidate")
    for quote in ("Sprout Social", "Brandwatch", "engagement rate", "reach", "response time",
                  "move the conversation to DMs and reply within the hour"):
        assert f"\u201c{quote}\u201d" in comment
    assert comment.index("Tools") < comment.index("Metrics") < comment.index("angry")


def test_long_evidence_is_cut_and_flattened_to_one_line(facts: EndorsementFacts) -> None:
    tip = "Acknowledge the problem first,\nthen " + "explain the fix step by step " * 20
    comment = build_ob3(dataclasses.replace(facts, evidence={"angry_customer_tip": [tip]}))[
        "credentialSubject"]["endorsementComment"]
    tip_line = comment.splitlines()[1]
    assert "first, then" in tip_line
    assert tip_line.endswith("…\u201d")
    assert len(tip_line) < 220


def test_a_criterion_without_evidence_is_left_out(facts: EndorsementFacts) -> None:
    comment = build_ob3(dataclasses.replace(facts, evidence={"tools": ["Canva", "Later"]}))[
        "credentialSubject"]["endorsementComment"]
    assert "Tools they use" in comment
    assert "Metrics" not in comment


def test_valid_from_is_when_the_request_passed_in_utc(facts: EndorsementFacts) -> None:
    assert build_ob3(facts)["validFrom"] == "2026-01-05T09:00:00Z"
    assert "validUntil" not in build_ob3(facts)


def test_valid_until_appears_only_when_the_facts_set_it(facts: EndorsementFacts) -> None:
    expiring = dataclasses.replace(facts, valid_until=datetime(2027, 1, 5, tzinfo=UTC))
    assert build_ob3(expiring)["validUntil"] == "2027-01-05T00:00:00Z"


def test_the_id_is_stable_per_request_and_differs_between_requests(facts: EndorsementFacts) -> None:
    assert build_ob3(facts)["id"] == build_ob3(facts)["id"]
    assert build_ob3(facts)["id"].startswith("urn:uuid:")
    assert build_ob3(dataclasses.replace(facts, request_id=43))["id"] != build_ob3(facts)["id"]


@pytest.mark.parametrize(("given", "expected"), [
    ("abc123", "https://bot.example/credentials/abc123"),
    ("urn:uuid:00000000-0000-4000-8000-000000000000", "urn:uuid:00000000-0000-4000-8000-000000000000"),
    ("https://elsewhere.example/c/1", "https://elsewhere.example/c/1"),
])
def test_an_explicit_credential_id_is_used_as_a_url(facts: EndorsementFacts, given: str, expected: str) -> None:
    assert build_ob3(facts, credential_id=given)["id"] == expected


@pytest.mark.parametrize(("field", "value", "message"), [
    ("endorser_email", "not-an-address", "endorser_email"),
    ("candidate_email", "", "candidate_email"),
    ("passed_at", datetime(2026, 1, 5, 9, 0), "aware"),
    ("valid_until", datetime(2025, 1, 1, tzinfo=UTC), "after passed_at"),
])
def test_facts_refuse_values_a_credential_cannot_carry(
    facts: EndorsementFacts, field: str, value: Any, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        dataclasses.replace(facts, **{field: value})
