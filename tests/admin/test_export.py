"""A passed request as a verifiable endorsement: attached to the endorser's outcome email, and exportable."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.credentials import KeyRing, verify
from tests.admin.cli_world import endorsebot, prepare
from tests.admin.helpers import admin_mail, body, needs_review, parse
from tests.credentials.dcc_verifier import DccVerifier, dcc_verifier
from tests.workflow.world import World


async def approved(world: World) -> int:
    request = await needs_review(world)
    await admin_mail(world, "admin_approves_from_gmail.eml", request)
    return request.id or 0


def tampered(document: dict) -> dict:
    """Change the comment under the Data Integrity proof, keeping the proof."""
    forged = copy.deepcopy(document)
    forged["credentialSubject"]["endorsementComment"] = "Gina is the best community manager ever."
    return forged


async def test_the_endorsers_outcome_email_carries_a_credential_that_verifies(world: World, tmp_path: Path) -> None:
    request_id = await approved(world)
    [outcome] = await world.outbound(kind="outcome", request_id=request_id)
    [attachment] = list(parse(outcome).iter_attachments())
    assert attachment.get_filename() == f"endorsement-{request_id}.ob3.json"
    document = json.loads(attachment.get_content())
    keys = KeyRing.from_directory(tmp_path / "keys")
    result = verify(document, keys, now=world.clock.now())
    assert result.ok, result.reason
    assert result.credential is not None
    assert result.credential["credentialSubject"]["id"].startswith("urn:uuid:")
    assert b"gina@cand.example" not in attachment.get_content()
    assert "Hootsuite" in result.credential["credentialSubject"]["endorsementComment"]
    assert "an administrator's review" in result.credential["description"]
    assert not verify(tampered(document), keys, now=world.clock.now()).ok
    assert "attached" in body(outcome)


async def test_the_candidate_receives_the_same_credential_with_a_line_on_adding_it_to_a_wallet(
    world: World, tmp_path: Path
) -> None:
    request_id = await approved(world)
    [outcome] = await world.outbound(kind="outcome", request_id=request_id)
    [receipt] = [m for m in await world.outbound(kind="receipt", request_id=request_id)
                 if list(parse(m).iter_attachments())]
    [theirs] = list(parse(receipt).iter_attachments())
    [endorsers] = list(parse(outcome).iter_attachments())
    assert theirs.get_content() == endorsers.get_content()
    assert verify(json.loads(theirs.get_content()), KeyRing.from_directory(tmp_path / "keys"),
                  now=world.clock.now()).ok
    assert "add it from the file" in " ".join(body(receipt).split())


async def test_without_a_signing_key_the_outcome_email_goes_anyway_and_says_so(tmp_path: Path) -> None:
    from tests.admin.helpers import admin_world

    world = await admin_world(tmp_path, with_key=False)
    try:
        request_id = await approved(world)
        [outcome] = await world.outbound(kind="outcome", request_id=request_id)
        assert list(parse(outcome).iter_attachments()) == []
        assert f"endorsebot export {request_id} --format ob3" in body(outcome)
    finally:
        await world.app.close()
        await world.front.stop()


def test_export_ob3_prints_a_credential_that_verifies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    request_id = prepare(tmp_path, approved)
    assert endorsebot(tmp_path, "export", str(request_id), "--format", "ob3", monkeypatch=monkeypatch) == 0
    document = json.loads(capsys.readouterr().out)
    result = verify(document, KeyRing.from_directory(tmp_path / "keys"), now=_far_future())
    assert result.ok, result.reason


def test_export_ob3_jwt_writes_a_bare_vc_jwt_to_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    request_id = prepare(tmp_path, approved)
    out = tmp_path / "endorsement.jwt"
    assert endorsebot(tmp_path, "export", str(request_id), "--format", "ob3-jwt", "--output", str(out),
                      monkeypatch=monkeypatch) == 0
    result = verify(out.read_text(), KeyRing.from_directory(tmp_path / "keys"), now=_far_future())
    assert result.ok, result.reason


def test_a_request_exports_the_same_credential_every_time_with_distinct_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    request_id = prepare(tmp_path, approved)
    assert endorsebot(tmp_path, "export", str(request_id), monkeypatch=monkeypatch) == 0
    first = json.loads(capsys.readouterr().out)
    assert endorsebot(tmp_path, "export", str(request_id), monkeypatch=monkeypatch) == 0
    again = json.loads(capsys.readouterr().out)
    assert again == first  # stored with the request: the same credential every time
    assert first["id"] != first["credentialSubject"]["id"]


def test_export_of_a_request_that_did_not_pass_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    request = prepare(tmp_path, needs_review)
    assert endorsebot(tmp_path, "export", str(request.id), monkeypatch=monkeypatch) == 1
    err = capsys.readouterr().err
    assert f"request #{request.id} is needs review, not passed" in err


def _far_future() -> datetime:
    return datetime(2030, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="session")
def dcc() -> DccVerifier:
    return dcc_verifier()


async def test_the_credential_the_candidate_receives_passes_the_dcc_verifier(
    world: World, tmp_path: Path, dcc: DccVerifier
) -> None:
    request_id = await approved(world)
    [receipt] = [m for m in await world.outbound(kind="receipt", request_id=request_id)
                 if list(parse(m).iter_attachments())]
    [attachment] = list(parse(receipt).iter_attachments())
    path = tmp_path / str(attachment.get_filename())
    path.write_bytes(attachment.get_content())
    result = dcc(path)
    assert "errors" not in result, result
    assert {e["id"]: e["valid"] for e in result["log"]}["valid_signature"] is True
