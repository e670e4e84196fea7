"""Signed admin reply addresses: ``<bot-local>+adm-<kid>-<request>-<expiry>-<mac>@<domain>``.

An alert or digest carries, as its Reply-To, an address only the bot can make for that admin: an
HMAC-SHA256 (keyed by ``[bot] secret``) over the admin's address, the one request it is about (0 for a
digest or a confirmation, which list several) and the hour it expires. A command mailed to it counts
only when it comes from that same admin, before that hour, and (when the address names a request) for
that request: a leaked or forwarded address is useless to anyone else, and stops working by itself.
``kid`` names the secret that signed it, so a rotated secret can keep accepting addresses handed out
under the old one.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.outbound import addresses
from bot.settings import Secret

PREFIX = "adm-"
_KID_CHARS = 4
# 100 bits of base32: unguessable, survives mail systems that lower-case addresses, and keeps the local
# part under RFC 5321's 64 characters with the request number and expiry beside it.
_MAC_CHARS = 20


class AddressCheck(enum.StrEnum):
    VALID = "valid"
    NOT_ADMIN_ADDRESS = "not_admin_address"  # not a +adm- address of ours at all
    UNKNOWN_KEY = "unknown_key"  # signed with a secret we no longer (or never) had
    BAD_SIGNATURE = "bad_signature"  # forged, mangled, or signed for another sender
    EXPIRED = "expired"  # genuine, but handed out too long ago


@dataclass(frozen=True, slots=True)
class AdminAddress:
    kid: str
    request_id: int  # 0: not bound to one request
    expires_hour: int  # hours since the Unix epoch, UTC
    mac: str

    @property
    def tag(self) -> str:
        """A name for this address that is safe to store (replay checks): not the mac itself."""
        return hashlib.sha256(f"{self.kid}-{self.request_id}-{self.expires_hour}-{self.mac}".encode()).hexdigest()[:16]


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=").lower()


def key_id(secret: Secret) -> str:
    """A short public name for a secret (not the secret: a separate hash with its own label)."""
    return _b32(hashlib.sha256(b"endorsebot-admin-kid\0" + secret.value.encode()).digest())[:_KID_CHARS]


def _mac(secret: Secret, admin: str, request_id: int, expires_hour: int) -> str:
    message = f"endorsebot-admin\0{admin}\0{request_id}\0{expires_hour}".encode()
    return _b32(hmac.new(secret.value.encode(), message, hashlib.sha256).digest())[:_MAC_CHARS]


def _hour(when: datetime) -> int:
    return int(when.astimezone(UTC).timestamp() // 3600)


def admin_reply_address(bot_address: str, admin: str, secret: Secret, *, expires_at: datetime,
                        request_id: int = 0) -> str:
    if not secret:
        raise ValueError("[bot] secret (ENDORSEBOT_BOT_SECRET) is needed to sign admin reply addresses")
    local, domain = addresses.split(bot_address)
    hour = _hour(expires_at) + 1  # rounded up: an address is never valid for less than it promised
    mac = _mac(secret, addresses.normalize(admin), request_id, hour)
    return f"{local}+{PREFIX}{key_id(secret)}-{request_id}-{hour}-{mac}@{domain}"


def parse_admin_address(address: str, bot_address: str) -> AdminAddress | None:
    """The parts of ``bot+adm-KID-REQUEST-EXPIRY-MAC@domain``, or None if the address is not of that shape."""
    bot_local, bot_domain = addresses.split(bot_address)
    local, domain = addresses.split(address)
    base, _, tag = local.partition("+")
    if domain != bot_domain or base != bot_local or not tag.startswith(PREFIX):
        return None
    parts = tag.removeprefix(PREFIX).split("-")
    if (len(parts) != 4 or not all(parts) or not (parts[1].isdigit() and parts[2].isdigit())
            or len(parts[1]) > 12 or len(parts[2]) > 12):
        # Ours in shape but mangled, forged or from an older format: an address that verifies for nobody.
        return AdminAddress("", 0, 0, "")
    kid, request_id, hour, mac = parts
    return AdminAddress(kid, int(request_id), int(hour), mac)


def find_admin_address(recipients: Sequence[str], bot_address: str) -> AdminAddress | None:
    for recipient in recipients:
        found = parse_admin_address(recipient, bot_address)
        if found is not None:
            return found
    return None


def check_admin_address(found: AdminAddress, sender: str, secrets: Sequence[Secret], now: datetime) -> AddressCheck:
    """Is ``found`` an address we signed for ``sender``, still valid at ``now``? ``secrets``: current first."""
    for secret in secrets:
        if secret and key_id(secret) == found.kid:
            expected = _mac(secret, addresses.normalize(sender), found.request_id, found.expires_hour)
            if not hmac.compare_digest(expected, found.mac.lower()):
                return AddressCheck.BAD_SIGNATURE
            return AddressCheck.VALID if _hour(now) < found.expires_hour else AddressCheck.EXPIRED
    return AddressCheck.UNKNOWN_KEY


# ---- confirming an unauthenticated admin email -------------------------------------------------------
# Commands in mail nothing authenticated wait; the admin's own mailbox gets ``bot+acf-<inbound id>-<mac>``,
# and only an answer to it applies them. The mac binds the waiting message and the admin.
CONFIRM_PREFIX = "acf-"


@dataclass(frozen=True, slots=True)
class AdminConfirmation:
    inbound_id: int
    mac: str


def _confirm_mac(secret: Secret, inbound_id: int, admin: str) -> str:
    message = f"endorsebot-admin-confirm\0{inbound_id}\0{addresses.normalize(admin)}".encode()
    return _b32(hmac.new(secret.value.encode(), message, hashlib.sha256).digest())[:_MAC_CHARS]


def admin_confirmation_address(bot_address: str, inbound_id: int, admin: str, secret: Secret) -> str:
    local, domain = addresses.split(bot_address)
    return f"{local}+{CONFIRM_PREFIX}{inbound_id}-{_confirm_mac(secret, inbound_id, admin)}@{domain}"


def find_admin_confirmation(recipients: Sequence[str], bot_address: str) -> AdminConfirmation | None:
    bot_local, bot_domain = addresses.split(bot_address)
    for recipient in recipients:
        local, domain = addresses.split(recipient)
        base, _, tag = local.partition("+")
        if domain != bot_domain or base != bot_local or not tag.startswith(CONFIRM_PREFIX):
            continue
        number, _, mac = tag.removeprefix(CONFIRM_PREFIX).partition("-")
        if number.isdigit() and len(number) <= 12 and mac:
            return AdminConfirmation(int(number), mac)
    return None


def check_admin_confirmation(found: AdminConfirmation, sender: str, secret: Secret) -> bool:
    return bool(secret) and hmac.compare_digest(_confirm_mac(secret, found.inbound_id, sender), found.mac.lower())
