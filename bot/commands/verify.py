"""`endorsebot verify FILE [--keys DIR]`: check an exported endorsement credential: an embedded Data
Integrity proof (eddsa-rdfc-2022, issuer did:key or did:web) or a VC-JWT, bare or enveloped.

Prints "valid: ..." and exits 0, or "INVALID: <reason>" and exits 1. Trusts only the public keys in
the key directory (the current one and any retired ones), never a key the file itself carries.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bot.settings import Settings


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="check a signed endorsement credential")
    p.add_argument("file", type=Path, metavar="FILE", help="a credential from `endorsebot export` (JSON or JWT)")
    p.add_argument("--keys", type=Path, default=None,
                   help="directory of trusted public keys (default [credentials] key_dir)")
    p.add_argument("--show", action="store_true", help="also print the verified credential as JSON")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.clock import SystemClock
    from bot.credentials.keys import KeyFileError, KeyRing
    from bot.credentials.verifier import verify

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"INVALID: cannot read {args.file}: {exc.strerror or exc}")
        return 1
    try:
        keyring = KeyRing.from_directory(args.keys or Path(settings.credentials.key_dir))
    except KeyFileError as exc:
        print(f"INVALID: no trusted keys: {exc}")
        return 1
    result = verify(data, keyring, now=SystemClock().now())
    if not result.ok:
        print(f"INVALID: {result.reason}")
        return 1
    print(f"valid: {result.reason}")
    if args.show:
        print(json.dumps(result.credential, indent=2, ensure_ascii=False))
    return 0
