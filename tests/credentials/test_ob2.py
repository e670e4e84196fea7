"""The Open Badges 2.0 Endorsement: same claim, older shape, hosted verification."""

from __future__ import annotations

from bot.credentials import EndorsementFacts, build_ob2, build_ob3


def test_it_has_the_ob2_endorsement_shape(facts: EndorsementFacts) -> None:
    endorsement = build_ob2(facts)
    assert endorsement["@context"] == "https://w3id.org/openbadges/v2"
    assert endorsement["type"] == "Endorsement"
    assert set(endorsement) == {"@context", "type", "id", "claim", "issuer", "issuedOn", "verification"}


def test_the_claim_is_about_the_candidate_with_the_same_comment_as_ob3(facts: EndorsementFacts) -> None:
    claim = build_ob2(facts)["claim"]
    assert claim["id"] == "mailto:cam@candidates.example"
    assert claim["endorsementComment"] == build_ob3(facts)["credentialSubject"]["endorsementComment"]


def test_the_endorser_issues_it_when_the_request_passed(facts: EndorsementFacts) -> None:
    endorsement = build_ob2(facts)
    assert endorsement["issuer"]["id"] == "mailto:erin@endorsers.example"
    assert endorsement["issuer"]["type"] == "Profile"
    assert endorsement["issuedOn"] == "2026-01-05T09:00:00Z"


def test_it_is_verified_by_hosting_under_the_issuer_base_url(facts: EndorsementFacts) -> None:
    endorsement = build_ob2(facts)
    assert endorsement["verification"] == {"type": "hosted"}
    assert endorsement["id"].startswith("https://bot.example/endorsements/")
    # the same request keeps the same id in both formats
    assert endorsement["id"].rsplit("/", 1)[1] == build_ob3(facts)["id"].removeprefix("urn:uuid:")
