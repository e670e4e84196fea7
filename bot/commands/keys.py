"""`endorsebot keys generate [--dir DIR] [--force]`: make the Ed25519 key that signs endorsements.

`endorsebot keys show [--dir DIR]` prints the public JWK and the issuer's DID.
`endorsebot keys publish --out DIR` writes did.json and jwks.json to host at https://DOMAIN/.well-known/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot.settings import Settings

# This command never opens the database, so its URL is not checked (that check imports SQLAlchemy).
USES_DATABASE = False


def add_parser(sub: Any, name: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help="manage the key that signs endorsements")
    actions = p.add_subparsers(dest="keys_action", required=True, metavar="ACTION")
    generate = actions.add_parser("generate", help="write a new Ed25519 signing key")
    generate.add_argument("--dir", type=Path, default=None, help="key directory (default [credentials] key_dir)")
    generate.add_argument("--force", action="store_true",
                          help="replace an existing key (its public half is kept so old credentials verify)")
    show = actions.add_parser("show", help="print the public key (JWK) and the issuer DID")
    show.add_argument("--dir", type=Path, default=None, help="key directory (default [credentials] key_dir)")
    publish = actions.add_parser("publish", help="write did.json and jwks.json for https://DOMAIN/.well-known/")
    publish.add_argument("--out", type=Path, required=True, help="directory to write the two files to")
    publish.add_argument("--dir", type=Path, default=None, help="key directory (default [credentials] key_dir)")
    return p


def _generate(directory: Path, force: bool) -> int:
    from bot.credentials.keys import KeyExistsError, generate_keypair

    try:
        files = generate_keypair(directory, force=force)
    except KeyExistsError as exc:
        print(f"endorsebot: {exc}", file=sys.stderr)
        return 1
    print(f"wrote private key {files.private_key} (mode 0600; keep it secret, back it up)")
    print(f"wrote public key {files.public_jwk} (kid {files.kid})")
    if files.jwt_kid is not None:
        print(f"wrote the ES256 key of the VC-JWT form beside it (kid {files.jwt_kid})")
    if files.retired is not None:
        print(f"kept the replaced public key as {files.retired} so earlier credentials still verify")
    return 0


def _show(directory: Path, settings: Settings) -> int:
    from bot.credentials.issuer import platform_issuer
    from bot.credentials.keys import PUBLIC_KEY_FILE, KeyFileError, load_public_jwk

    path = directory / PUBLIC_KEY_FILE
    try:
        public = load_public_jwk(path)
    except KeyFileError as exc:
        print(f"endorsebot: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(path.read_text(encoding="utf-8"))
    print(f"issuer DID: {platform_issuer(settings.credentials, public).did}", file=sys.stderr)
    return 0


def _publish(directory: Path, out: Path, settings: Settings) -> int:
    from bot.credentials.keys import KeyFileError, KeyRing
    from bot.credentials.publish import NoDomainError, publish

    try:
        files = publish(settings.credentials, KeyRing.from_directory(directory), out)
    except (KeyFileError, NoDomainError) as exc:
        print(f"endorsebot: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {files.did_document} and {files.jwks} for {files.did}")
    print(f"serve them at {files.url} and {files.url.removesuffix('did.json')}jwks.json")
    return 0


def run(args: argparse.Namespace, settings: Settings) -> int:
    directory = args.dir if args.dir is not None else Path(settings.credentials.key_dir)
    if args.keys_action == "generate":
        return _generate(directory, args.force)
    if args.keys_action == "publish":
        return _publish(directory, args.out, settings)
    return _show(directory, settings)
