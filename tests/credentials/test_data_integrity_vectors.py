"""Our eddsa-rdfc-2022 proof, step by step, against the W3C vc-di-eddsa published test vectors."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.credentials.dataintegrity import add_proof, hash_data, proof_options, verify_proof
from bot.credentials.multikey import decode_private, encode_public, resolve_did_key
from bot.credentials.rdfc import UnknownContextError, canonize
from bot.credentials.verdict import Failure, Invalid

VECTORS = Path(__file__).parent / "vectors" / "eddsa-rdfc-2022"
EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2"
EXAMPLES = {EXAMPLES_V2: json.loads((VECTORS / "examples-v2-context.json").read_text(encoding="utf-8"))}


def _json(name: str) -> Any:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def _text(name: str) -> str:
    return (VECTORS / name).read_text(encoding="utf-8")


KEYS = _json("keyPair.json")
PRIVATE = decode_private(KEYS["privateKeyMultibase"])
CONFIG = _json("proofConfigDataInt.json")
CREATED = datetime(2023, 2, 24, 23, 36, 38, tzinfo=UTC)


def test_the_published_private_key_is_the_published_public_key() -> None:
    assert encode_public(PRIVATE.public_key()) == KEYS["publicKeyMultibase"]


def test_canonical_credential_matches_the_published_n_quads() -> None:
    assert canonize(_json("unsigned.json"), extra_contexts=EXAMPLES) == _text("canonDocDataInt.txt")


def test_canonical_proof_configuration_matches_the_published_n_quads() -> None:
    assert canonize(CONFIG, extra_contexts=EXAMPLES) == _text("proofCanonDataInt.txt")


def test_our_proof_options_are_the_published_configuration() -> None:
    ours = proof_options(CONFIG["verificationMethod"], CREATED)
    assert {**ours, "@context": CONFIG["@context"]} == CONFIG


def test_combined_hash_matches_the_published_hash() -> None:
    unsigned = _json("unsigned.json")
    digest = hash_data(unsigned, proof_options(CONFIG["verificationMethod"], CREATED), extra_contexts=EXAMPLES)
    assert digest.hex() == _text("combinedHashDataInt.txt").strip()


def test_signing_the_unsigned_vector_yields_the_published_signed_credential() -> None:
    signed = add_proof(_json("unsigned.json"), PRIVATE, CONFIG["verificationMethod"], CREATED,
                       extra_contexts=EXAMPLES)
    assert signed["proof"]["proofValue"] == _text("sigBTC58DataInt.txt").strip()
    assert signed == _json("signedDataInt.json")


def test_the_published_signed_credential_verifies_with_its_did_key() -> None:
    check = verify_proof(_json("signedDataInt.json"), resolve_did_key, extra_contexts=EXAMPLES)
    assert check.verification_method == CONFIG["verificationMethod"]


@pytest.mark.parametrize("path, value", [
    (("credentialSubject", "alumniOf"), "The School of Forgery"),
    (("validFrom",), "2020-01-01T00:00:00Z"),
    (("proof", "created"), "2024-02-24T23:36:38Z"),
])
def test_a_changed_credential_or_proof_option_is_tampered(path: tuple[str, ...], value: str) -> None:
    signed = copy.deepcopy(_json("signedDataInt.json"))
    target = signed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(Invalid) as caught:
        verify_proof(signed, resolve_did_key, extra_contexts=EXAMPLES)
    assert caught.value.failure is Failure.TAMPERED


def test_a_context_not_shipped_is_never_fetched() -> None:
    with pytest.raises(UnknownContextError, match="examples/v2"):
        canonize(_json("unsigned.json"))
