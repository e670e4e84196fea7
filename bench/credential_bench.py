"""How long one endorsement credential takes to sign and to verify, in each form.

    .venv/bin/python bench/credential_bench.py [--rounds 50]

The Data Integrity form canonicalizes the credential and its proof options with RDFC-1.0 (pyld, pure
Python) on both sides; the VC-JWT form signs the JSON bytes. Prints milliseconds per credential.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.credentials import (
    EndorsementFacts,
    KeyRing,
    export_document,
    generate_keypair,
    load_jwt_key,
    load_signing_key,
    verify,
)
from bot.settings import CredentialSettings

FACTS = EndorsementFacts(
    request_id=1, endorser_email="erin@endorsers.example", endorser_name="Erin Endorser",
    candidate_email="cam@candidates.example", candidate_name="Cam Candidate",
    passed_at=datetime(2026, 1, 5, 9, tzinfo=UTC),
    evidence={"tools": ["Hootsuite", "Canva"], "metrics": ["reach", "CTR", "engagement rate"],
              "angry_customer_tip": ["listen first, then move it to DMs"]},
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        generate_keypair(Path(tmp))
        key, jwt_key = load_signing_key(Path(tmp)), load_jwt_key(Path(tmp))
        ring = KeyRing.from_directory(Path(tmp))
    now = datetime(2026, 2, 1, tzinfo=UTC)
    for fmt in ("ob3", "ob3-jwt"):
        document = export_document(FACTS, fmt, CredentialSettings(), key=key, jwt_key=jwt_key)  # warm caches (contexts)
        started = time.perf_counter()
        for _ in range(rounds):
            document = export_document(FACTS, fmt, CredentialSettings(), key=key, jwt_key=jwt_key)
        sign_ms = (time.perf_counter() - started) / rounds * 1000
        started = time.perf_counter()
        for _ in range(rounds):
            if not verify(document, ring, now=now).ok:
                print(f"{fmt}: did not verify", file=sys.stderr)
                return 1
        verify_ms = (time.perf_counter() - started) / rounds * 1000
        print(f"{fmt:8} sign {sign_ms:6.1f} ms   verify {verify_ms:6.1f} ms   per credential ({rounds} rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
