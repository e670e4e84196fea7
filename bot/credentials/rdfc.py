"""RDF Dataset Canonicalization (RDFC-1.0, the algorithm pyld calls URDNA2015) of a JSON-LD document.

The contexts a credential names are served from copies shipped in ``bot/credentials/contexts``: a verifier
must canonicalize exactly what the signer did, and fetching at run time would let a network failure, or
whoever serves the URL, change that.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from pyld import jsonld

VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_V3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"

# URL -> shipped file (see contexts/README.md for where each came from).
SHIPPED_CONTEXTS: Mapping[str, str] = {
    VC_V2_CONTEXT: "credentials-v2.json",
    OB_V3_CONTEXT: "ob-v3p0-context-3.0.3.json",
}


class UnknownContextError(ValueError):
    """The document names a context that is not shipped with endorsebot; nothing is fetched."""


class UndefinedTermError(ValueError):
    """Properties no context defines: JSON-LD expansion drops them, so no signature over the RDF covers
    them. Refused, as the DCC verifier's "safe mode" does, so that text a proof does not protect is never
    issued nor accepted."""

    def __init__(self, terms: list[str]) -> None:
        super().__init__("properties that no context defines, so no proof covers them: " + ", ".join(terms))
        self.terms = terms


@cache
def _shipped(filename: str) -> dict[str, Any]:
    text = resources.files("bot.credentials").joinpath("contexts", filename).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def document_loader(extra: Mapping[str, Mapping[str, Any]] | None = None) -> Any:
    """A pyld document loader over the shipped contexts (plus ``extra``, for tests' example contexts)."""

    def load(url: str, options: Any = None) -> dict[str, Any]:
        if extra is not None and url in extra:
            document: Any = extra[url]
        elif url in SHIPPED_CONTEXTS:
            document = _shipped(SHIPPED_CONTEXTS[url])
        else:
            raise UnknownContextError(f"the JSON-LD context {url} is not one endorsebot ships; it is never fetched")
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url, "document": document}

    return load


def canonize(document: Mapping[str, Any], *, extra_contexts: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    """The canonical N-Quads of ``document``; UnknownContextError for a context not shipped,
    UndefinedTermError for properties no context defines."""
    options = {"algorithm": "URDNA2015", "format": "application/n-quads",
               "documentLoader": document_loader(extra_contexts)}
    dropped: list[str] = []
    processor = jsonld.JsonLdProcessor(on_property_dropped=lambda term: dropped.append(str(term)))
    try:
        nquads: str = processor.normalize(dict(document), options)
    except jsonld.JsonLdError as exc:
        cause = _root_cause(exc)
        if isinstance(cause, UnknownContextError):
            raise cause from None
        raise
    if dropped:
        raise UndefinedTermError(sorted(set(dropped)))
    return nquads


def _root_cause(exc: BaseException) -> BaseException:
    # pyld wraps a loader's error in JsonLdError(s); the innermost one says which context.
    seen = exc
    while True:
        nxt = getattr(seen, "cause", None) or seen.__cause__
        if nxt is None or nxt is seen:
            return seen
        seen = nxt
