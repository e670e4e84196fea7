"""Attack (issue 10 item 13, red-team variant): `endorsebot verify FILE` is run on a file someone else handed over
("is my badge real?"), and it printed the file's own text raw. A proof whose verification method holds an escape
sequence set the terminal's title, cleared the screen and wrote in red ("INVALID: ... did:key:z6Mk<ESC>[2J..."); a
credential its own issuer signed (`verify --issuer did:key:... --show`) printed its names and comment with their
8-bit controls, which `json.dumps(ensure_ascii=False)` leaves as they are. Now the reasons, the summary and the
credential go through the command line's cleaning (bot/console/terminal.py): no control sequence, the same words.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import cli
from bot.credentials import EndorsementFacts, export_document, generate_keypair, load_signing_key
from bot.credentials.dataintegrity import add_proof
from bot.settings import CredentialSettings

ESCAPES = "\x1b]0;PWNED\x07\x1b[2J\x1b[31m\x9b2J\u202e"
CONTROLS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))] + ["\u202e"]
# 64 bytes of 0x01 in base58btc: a proof value of an Ed25519 signature's length, so the verifier reads on to the
# verification method.
SIGNATURE_64 = "z" + "".join(
    "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"[d] for d in (
        lambda n: [(n // 58 ** i) % 58 for i in range(87, -1, -1)])(int.from_bytes(b"\x01" * 64, "big"))).lstrip("1")


@pytest.fixture(autouse=True)
def _commands(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(cli.COMMANDS, "verify", "verify")
    monkeypatch.chdir(tmp_path)


def _has_controls(text: str) -> bool:
    return any(c in text for c in CONTROLS)


def test_a_proof_naming_an_escape_sequence_prints_no_control_sequence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    generate_keypair(tmp_path / "keys")
    credential = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential", "EndorsementCredential"],
        "issuer": {"id": f"did:key:z6Mk{ESCAPES}"},
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {"id": "urn:uuid:1", "type": "EndorsementSubject", "endorsementComment": "ok"},
        "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofPurpose": "assertionMethod",
                  "verificationMethod": f"did:key:z6Mk{ESCAPES}#key", "proofValue": SIGNATURE_64},
    }
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(credential), encoding="utf-8")
    capsys.readouterr()

    assert cli.main(["verify", str(path)]) == 1

    printed = capsys.readouterr()
    assert printed.out.startswith("INVALID: the proof's verification method did:key:z6Mk")
    assert not _has_controls(printed.out) and not _has_controls(printed.err)


def test_a_credential_its_own_issuer_signed_is_shown_without_its_control_characters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], facts: EndorsementFacts) -> None:
    generate_keypair(tmp_path / "mallory")
    mallory = load_signing_key(tmp_path / "mallory")
    document = export_document(facts, "ob3", CredentialSettings(), key=mallory)
    assert isinstance(document, dict)
    # Mallory writes what she likes into her own credential and signs it again with her key.
    document["credentialSubject"]["endorsementComment"] += ESCAPES
    document = add_proof(document, mallory.private, document["proof"]["verificationMethod"],
                         datetime(2026, 1, 5, tzinfo=UTC))
    path = tmp_path / "badge.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    capsys.readouterr()

    assert cli.main(["verify", "--issuer", document["issuer"]["id"], "--show", str(path)]) == 0

    printed = capsys.readouterr().out
    assert printed.startswith("valid: ") and not _has_controls(printed)
    shown = json.loads(printed.split("\n", 1)[1])
    assert shown["credentialSubject"]["endorsementComment"].endswith(ESCAPES)  # the data is kept, escaped in JSON
