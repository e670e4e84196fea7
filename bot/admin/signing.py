"""Signed admin reply addresses: ``<bot-local>+adm-<kid>-<mac>@<domain>``.

An alert or digest carries, as its Reply-To, an address only the bot can make for that admin: an
HMAC-SHA256 (keyed by ``[bot] secret``) over the admin's address. A command mailed to it counts only
when it comes from that same admin, so a leaked address is useless to anyone else. ``kid`` names the
secret that signed it, so a rotated secret can keep accepting addresses handed out under the old one.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass

from bot import addresses
from bot.settings import Secret

PREFIX = "adm-"
_KID_CHARS = 4
_MAC_CHARS = 26  # 130 bits of base32: unguessable, and survives mail systems that lower-case addresses


class AddressCheck(enum.StrEnum):
    VALID = "valid"
    NOT_ADMIN_ADDRESS = "not_admin_address"  # not a +adm- address of ours at all
    UNKNOWN_KEY = "unknown_key"  # signed with a secret we no longer (or never) had
    BAD_SIGNATURE = "bad_signature"  # forged, mangled, or signed for another sender


@dataclass(frozen=True, slots=True)
class AdminAddress:
    kid: str
    mac: str


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=").lower()


def key_id(secret: Secret) -> str:
    """A short public name for a secret (not the secret: a separate hash with its own label)."""
    return _b32(hashlib.sha256(b"endorsebot-admin-kid\0" + secret.value.encode()).digest())[:_KID_CHARS]


def _mac(secret: Secret, admin: str) -> str:
    digest = hmac.new(secret.value.encode(), b"endorsebot-admin\0" + admin.encode(), hashlib.sha256).digest()
    return _b32(digest)[:_MAC_CHARS]


def admin_reply_address(bot_address: str, admin: str, secret: Secret) -> str:
    if not secret:
        raise ValueError("[bot] secret (ENDORSEBOT_BOT_SECRET) is needed to sign admin reply addresses")
    local, domain = addresses.split(bot_address)
    return f"{local}+{PREFIX}{key_id(secret)}-{_mac(secret, addresses.normalize(admin))}@{domain}"


def parse_admin_address(address: str, bot_address: str) -> AdminAddress | None:
    """The kid and mac of ``bot+adm-KID-MAC@domain``, or None if the address is not of that shape."""
    bot_local, bot_domain = addresses.split(bot_address)
    local, domain = addresses.split(address)
    base, _, tag = local.partition("+")
    if domain != bot_domain or base != bot_local or not tag.startswith(PREFIX):
        return None
    kid, _, mac = tag.removeprefix(PREFIX).partition("-")
    return AdminAddress(kid, mac) if kid and mac else None


def find_admin_address(recipients: Sequence[str], bot_address: str) -> AdminAddress | None:
    for recipient in recipients:
        found = parse_admin_address(recipient, bot_address)
        if found is not None:
            return found
    return None


def check_admin_address(found: AdminAddress, sender: str, secrets: Sequence[Secret]) -> AddressCheck:
    """Is ``found`` the address we signed for ``sender``? ``secrets``: current first, then retired ones."""
    for secret in secrets:
        if secret and key_id(secret) == found.kid:
            expected = _mac(secret, addresses.normalize(sender))
            ok = hmac.compare_digest(expected, found.mac.lower())
            return AddressCheck.VALID if ok else AddressCheck.BAD_SIGNATURE
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
