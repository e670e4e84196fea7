"""The Digital Credentials Consortium verifier, run in Node: installed once per test session (pinned, into a
cache outside the repo, by scripts/install-third-party-verifiers.sh) and called on a credential file.

Offline and repeatable: the verifier's fetches are answered from local files (the 1EdTech schema it checks
against, and any did.json a test publishes); any other URL fails at once.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
NPM_DIR = Path(os.environ.get("ENDORSEBOT_NPM_DIR", Path.home() / ".cache" / "endorsebot-npm"))
DccVerifier = Callable[..., dict[str, Any]]
# The verifier picks 1EdTech's schema from the credential's type and fetches it: served from our vendored copy.
OB3_SCHEMA_URL = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json"
OB3_SCHEMA = Path(__file__).parent / "schemas" / "1edtech-ob-v3p0" / "ob_v3p0_endorsementcredential_schema.json"


@cache
def dcc_verifier() -> DccVerifier:
    env = {**os.environ, "ENDORSEBOT_NPM_DIR": str(NPM_DIR)}
    subprocess.run(["sh", str(ROOT / "scripts" / "install-third-party-verifiers.sh")], check=True, env=env,
                   timeout=900, stdout=subprocess.DEVNULL)

    def verify(path: Path, served: Mapping[str, Path] | None = None) -> dict[str, Any]:
        offline = {url: str(file) for url, file in {OB3_SCHEMA_URL: OB3_SCHEMA, **(served or {})}.items()}
        done = subprocess.run(
            ["node", str(ROOT / "scripts" / "third-party-verifiers" / "dcc-verify.mjs"), str(path)],
            env={**env, "ENDORSEBOT_OFFLINE_URLS": json.dumps(offline)},
            capture_output=True, text=True, timeout=120, check=True,
        )
        result: dict[str, Any] = json.loads(done.stdout)
        return result

    return verify
