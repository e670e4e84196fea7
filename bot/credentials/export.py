"""One call for `endorsebot export ID --format ob3|ob2` and for the outcome email's attachment."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bot.credentials.facts import EndorsementFacts
from bot.credentials.keys import SigningKey, load_signing_key
from bot.credentials.ob2 import build_ob2
from bot.credentials.ob3 import build_ob3
from bot.credentials.vcjwt import sign
from bot.settings import CredentialSettings

ExportFormat = Literal["ob3", "ob2"]


@dataclass(frozen=True, slots=True)
class CredentialFile:
    filename: str
    content_type: str
    data: bytes


def export_document(
    facts: EndorsementFacts,
    fmt: ExportFormat,
    settings: CredentialSettings,
    *,
    key: SigningKey | None = None,
    credential_id: str | None = None,
) -> dict[str, Any]:
    """OB 3.0: the signed credential (key from ``settings.key_dir`` unless given; raises
    KeyFileError if there is none). OB 2.0: the hosted Endorsement, which has no signature."""
    facts = dataclasses.replace(facts, issuer_base_url=settings.issuer_base_url)
    if fmt == "ob2":
        return build_ob2(facts)
    signing_key = key if key is not None else load_signing_key(Path(settings.key_dir))
    return sign(build_ob3(facts, credential_id=credential_id), signing_key)


def render_document(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def credential_file(document: dict[str, Any], fmt: ExportFormat, request_id: int | str) -> CredentialFile:
    """The exported document as an email attachment."""
    # OB 3.0 files are JSON too (an EnvelopedVerifiableCredential), so any viewer can open them.
    return CredentialFile(
        filename=f"endorsement-{request_id}.{fmt}.json",
        content_type="application/json",
        data=render_document(document).encode("utf-8"),
    )
