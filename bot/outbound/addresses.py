"""Reply tokens, plus-addresses and our Message-IDs.

A request's token rides in the reply address (``bot+TOKEN@domain``) and in every Message-ID we
send for it, so a reply still matches through In-Reply-To/References where a provider drops the
plus part.
"""

from __future__ import annotations

import base64
import re
import secrets
import unicodedata
from email.utils import getaddresses, parseaddr

TOKEN_LEN = 20  # 100 bits of base32: unguessable, and survives case-folding mail systems.
_TOKEN_RE = re.compile(rf"^[a-z2-7]{{{TOKEN_LEN}}}$")
_MID_RE = re.compile(rf"^<?[a-z]+\.([a-z2-7]{{{TOKEN_LEN}}})\.[a-z2-7]+@([^>]+)>?$")


def new_token() -> str:
    return base64.b32encode(secrets.token_bytes(15)).decode("ascii").lower()[:TOKEN_LEN]


def normalize(address: str) -> str:
    """Bare lower-cased address from a header value or an address; a domain's trailing root dot
    ("gina@cand.example.") names the same domain and is dropped."""
    return parseaddr(address)[1].strip().lower().rstrip(".")


def one_mailbox(value: str) -> bool:
    """``value`` names exactly one mailbox: "a@x, b@y" or "a@x; b@y" is several, and ``normalize`` would
    quietly take the first (issue 10, a request from the command line)."""
    return len([a for _, a in getaddresses([value]) if a]) == 1 and value.count(";") == 0


def split(address: str) -> tuple[str, str]:
    local, _, domain = normalize(address).rpartition("@")
    return local, domain


def reply_address(bot_address: str, token: str) -> str:
    local, domain = split(bot_address)
    return f"{local}+{token}@{domain}"


def token_from_address(address: str, bot_address: str) -> str | None:
    """The token in ``bot+TOKEN@domain`` if the address is ours, else None."""
    bot_local, bot_domain = split(bot_address)
    local, domain = split(address)
    base, plus, tag = local.partition("+")
    if domain != bot_domain or base != bot_local or not plus:
        return None
    return tag if _TOKEN_RE.match(tag) else None


def new_message_id(kind: str, token: str, domain: str) -> str:
    nonce = base64.b32encode(secrets.token_bytes(5)).decode("ascii").lower()
    return f"<{kind}.{token}.{nonce}@{domain}>"


def untokened_message_id(kind: str, request_id: int, domain: str) -> str:
    """A Message-ID for mail to anyone but the candidate: it names the request, never its token (the
    hyphen keeps it from ever matching a tokened id)."""
    nonce = base64.b32encode(secrets.token_bytes(5)).decode("ascii").lower()
    return f"<{kind}-{request_id}.{nonce}@{domain}>"


def token_from_message_id(message_id: str, domain: str) -> str | None:
    match = _MID_RE.match(message_id.strip().lower())
    if not match or match.group(2) != domain.lower():
        return None
    return match.group(1)


def is_bot_address(address: str, bot_address: str) -> bool:
    bot_local, bot_domain = split(bot_address)
    local, domain = split(address)
    return domain == bot_domain and local.partition("+")[0] == bot_local


# ---- one person, many spellings (issue 10 item 15) ----------------------------------------------------

# Providers known to ignore dots in the local part; elsewhere "a.b" and "ab" may be different people.
_DOTLESS_DOMAINS = frozenset({"gmail.com", "googlemail.com"})
_DOMAIN_ALIASES = {"googlemail.com": "gmail.com"}
# Letters that look like Latin ones (the common Cyrillic and Greek confusables, Unicode TR39's idea).
# Lisu letters, which have no case and are drawn as Latin capitals ("ꓮꓡꓲꓚꓰ"), too.
_LOOK_ALIKES = str.maketrans("асеһіјӏорԛѕԝхуАВСЕНІЈКМОРЅТХΑΒΕΖΗΙΚΜΝΟΡΤΥΧονꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜ",
                             "acehijlopqswxyABCEHIJKMOPSTXABEZHIKMNOPTYXovabcdefghijklmnoprstuvwxyz")


def skeleton(address: str) -> str:
    """What a reader sees: NFKC, case-folded, look-alike letters mapped to Latin, no trailing root dot."""
    text = unicodedata.normalize("NFKC", address).casefold().translate(_LOOK_ALIKES)
    return text.rstrip(".")


_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


def unquoted(address: str) -> str:
    """``"gina"@x`` -> ``gina@x``: a quoted local part that needs no quotes is the same mailbox written
    another way (RFC 5321 section 4.1.2); any other address is returned as it is."""
    local, at, domain = address.rpartition("@")
    if not at or len(local) < 2 or not (local[0] == local[-1] == '"'):
        return address
    inner = re.sub(r"\\(.)", r"\1", local[1:-1])
    return f"{inner}@{domain}" if _DOT_ATOM.fullmatch(inner) else address


def spellings(address: str) -> tuple[str, ...]:
    """The ways one mailbox may have been stored: as written, without the quotes of its local part, and with
    them (issue 10 item 14, red team: `forget gina@x` left what was held under '"gina"@x'); each with its domain
    in Unicode and in its ``xn--`` form (`forget gina@bücher.example` left 'gina@xn--bcher-kva.example')."""
    bare = unquoted(address)
    local, _, domain = bare.rpartition("@")
    quoted = f'"{local}"@{domain}' if _DOT_ATOM.fullmatch(local) else bare
    forms = [address, bare, quoted]
    other = _unicode_domain(domain) if domain == _ascii_domain(domain) else _ascii_domain(domain)
    if other != domain:
        forms += [f.rpartition("@")[0] + "@" + other for f in (address, bare, quoted)]
    return tuple(dict.fromkeys(forms))


def mailbox_key(address: str) -> str:
    """One key for every spelling of a mailbox that reaches the same person: case, root dot, quotes a local part
    does not need, a ``+tag`` (RFC 5233 subaddress), the domain in Unicode or ``xn--``. Unlike ``canonical`` it folds
    no look-alike letters and no provider's dots, which would join different people's addresses."""
    local, _, domain = unquoted(address.strip().lower().rstrip(".")).rpartition("@")
    return f"{local.split('+', 1)[0]}@{_ascii_domain(domain)}"


def canonical(address: str) -> str:
    """The mailbox an address reaches: no +tag, no trailing dot, provider-aware dots, look-alikes folded, no
    quotes a local part does not need."""
    local, _, domain = skeleton(unquoted(normalize(address) or address)).rpartition("@")
    local, domain = _delivered_to(local, domain)
    domain = _DOMAIN_ALIASES.get(_ascii_domain(domain), _ascii_domain(domain))
    local = local.split("+", 1)[0]
    if domain in _DOTLESS_DOMAINS:
        local = local.replace(".", "")
    return f"{local}@{domain}"


def _delivered_to(local: str, domain: str) -> tuple[str, str]:
    """The local part and domain a mail server may deliver ``local@domain`` to (issue 10 item 15, red-team
    variants): a backslash outside quotes, which no standard allows but Postfix reads as an escape ('alic\\e@x' is
    alice@x), and the "percent hack" of RFC 1123 section 5.2.16 ('alice%members.example@relay' is relayed to
    alice@members.example; only a host with a dot is read so)."""
    if "\\" in local and not local.startswith('"'):
        local = re.sub(r"\\(.)", r"\1", local)
    while "%" in local:
        user, _, host = local.rpartition("%")
        if "." not in host or not user:
            break
        local, domain = user, host
    return local, domain


def _ascii_domain(domain: str) -> str:
    """An internationalised domain as DNS reads it: "bücher.example" is "xn--bcher-kva.example" (issue 10 item 15,
    red-team variant: the Unicode and the ASCII spelling of one domain were two mailboxes)."""
    if domain.isascii():
        return domain
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return domain


def _unicode_domain(domain: str) -> str:
    """"xn--bcher-kva.example" -> "bücher.example"; a domain that does not decode stays as it is."""
    try:
        return domain.encode("ascii").decode("idna") if "xn--" in domain else domain
    except UnicodeError:
        return domain


# A host name as DNS resolves it for mail (RFC 5321 section 4.1.2 Domain, in its xn-- form): dot-separated labels of
# letters, digits and inner hyphens, under a top-level label that is no number. Not an address literal ("[127.0.0.1]"
# sends the mail to whatever host the requester names, past DNS and MX: an internal one) nor anything else.
_HOST_NAME = re.compile(r"(?=.{1,253}\Z)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
                        r"(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})\Z")


def routable_domain(address: str) -> bool:
    """Whether the address's domain is a host name mail is routed to by DNS (never an address literal)."""
    domain = address.rpartition("@")[2].strip().lower().rstrip(".")
    return _HOST_NAME.match(_ascii_domain(domain)) is not None


def same_mailbox(a: str, b: str) -> bool:
    return canonical(a) == canonical(b)


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if char.isalpha() else ""


def invisible_in_address(address: str) -> str | None:
    """None, or the first character of ``address`` no reader sees or that spaces it (a control, zero-width, soft
    hyphen, bidi or tag character, a space of any width), as "U+XXXX": "alice\u00ad@members.example" is drawn as
    the endorser's own address yet reads as another mailbox (issue 10 item 15, red-team variant)."""
    for char in address:
        category = unicodedata.category(char)
        if category[0] in "CZ":
            return f"U+{ord(char):04X}"
    return None


def mixes_scripts(address: str) -> bool:
    """A label mixing Latin with Cyrillic or Greek letters ("pаypal" with a Cyrillic a) is a spoof, not a name."""
    for label in re.split(r"[@.+]", address):
        scripts = {_script(c) for c in label} - {""}
        if len(scripts) > 1:
            return True
    return False
