"""`endorsebot verify FILE [--keys DIR | --issuer DID | --did-document FILE]`: check an exported endorsement
credential: an embedded Data Integrity proof (eddsa-rdfc-2022, issuer did:key or did:web) or a VC-JWT, bare or
enveloped. By default the installation's own keys are trusted; a third party names the issuer instead: its
did:key (or did:jwk), or, for did:web, a copy of the did.json served at https://<domain>/.well-known/.

Prints "valid: ..." and exits 0, or "INVALID: <reason>" and exits 1. It never trusts a key only because the
file names it: the key must be the installation's (current or retired) or the named issuer's.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.settings import Settings

# This command never opens the database, so its URL is not checked (that check imports SQLAlchemy).
USES_DATABASE = False


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="check a signed endorsement credential")
    p.add_argument("file", type=Path, metavar="FILE", help="a credential from `endorsebot export` (JSON or JWT)")
    trust = p.add_mutually_exclusive_group()
    trust.add_argument("--keys", type=Path, default=None,
                       help="directory of trusted public keys (default [credentials] key_dir)")
    trust.add_argument("--issuer", metavar="DID", default=None,
                       help="trust only this did:key or did:jwk issuer (the key is in the DID)")
    trust.add_argument("--did-document", type=Path, metavar="FILE", default=None,
                       help="trust only the issuer this DID document describes (a did:web's did.json)")
    p.add_argument("--show", action="store_true", help="also print the verified credential as JSON")
    return p


def run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.clock import SystemClock
    from bot.console.terminal import json_text, out  # the file is anyone's: never print its control sequences
    from bot.credentials.keys import KeyFileError
    from bot.credentials.verifier import verify

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        out(f"INVALID: cannot read {args.file}: {exc.strerror or exc}")
        return 1
    try:
        keyring, issuer = _trusted(args, settings)
    except (KeyFileError, OSError) as exc:
        out(f"INVALID: no trusted keys: {exc}")
        return 1
    result = verify(data, keyring, now=SystemClock().now())
    if result.ok and issuer is not None and _issuer_of(result.credential) != issuer:
        out(f"INVALID: issued by {_issuer_of(result.credential)}, not by the trusted issuer {issuer}")
        return 1
    if not result.ok:
        out(f"INVALID: {result.reason}")
        return 1
    out(f"valid: {result.reason}")
    if args.show:
        out(json_text(result.credential, indent=2))
    return 0


def _trusted(args: argparse.Namespace, settings: Settings) -> tuple[Any, str | None]:
    """The keys to trust and, when an issuer was named, the DID the credential must be issued by."""
    from bot.credentials.keys import KeyRing
    from bot.credentials.trust import issuer_from_did, issuer_from_did_document

    if args.issuer:
        named = issuer_from_did(args.issuer)
        return named.keyring, named.did
    if args.did_document:
        described = issuer_from_did_document(args.did_document.read_text(encoding="utf-8"))
        return described.keyring, described.did
    return KeyRing.from_directory(args.keys or Path(settings.credentials.key_dir)), None


def _issuer_of(credential: Any) -> str:
    issuer = credential.get("issuer") if isinstance(credential, dict) else None
    return str(issuer.get("id") if isinstance(issuer, dict) else issuer)
