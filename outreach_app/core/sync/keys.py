"""Keys: this installation's Ed25519 signing key, and age recipients / identities for encryption.

The private signing key lives in the database's `settings` table (key `sync_signing_key`), not in a
file next to it: the key then travels with the device id it vouches for. A backup restores both
together, a copied database keeps both, and there is no second file to lose or to mismatch.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

from outreach_app.core.store.connection import get_setting, set_setting, transaction
from ..errors import InvalidInput

SIGNING_SETTING = "sync_signing_key"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def fingerprint(public_key_b64: str) -> str:
    """Short, readable form of a public signing key (to compare by phone): 4 groups of 4 hex digits."""
    digest = hashlib.sha256(public_key_b64.encode("ascii")).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def fingerprint_digits(text: str) -> str:
    """A fingerprint as typed ('ABCD-ef01 2345 6789') reduced to its hex digits, for comparing."""
    return "".join(ch for ch in str(text).lower() if ch in "0123456789abcdef")


def _private_key(conn: sqlite3.Connection):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stored = get_setting(conn, SIGNING_SETTING)
    if stored:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    with transaction(conn):
        stored = get_setting(conn, SIGNING_SETTING)
        if stored:
            return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
        key = Ed25519PrivateKey.generate()
        set_setting(conn, SIGNING_SETTING, _b64(_raw_private(key)))
    return key


def _raw_private(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _raw_public(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def signing_public_key(conn: sqlite3.Connection) -> str:
    """This installation's public signing key (base64 of the 32 raw bytes), made on first use."""
    return _b64(_raw_public(_private_key(conn)))


def sign(conn: sqlite3.Connection, data: bytes) -> tuple[str, str]:
    """(public key, signature) over data, both base64."""
    key = _private_key(conn)
    return _b64(_raw_public(key)), _b64(key.sign(data))


def rotate_signing_key(conn: sqlite3.Connection) -> str:
    """Replace this installation's signing key (e.g. after the old one leaked). Returns the new public key.
    The office then refuses the next bundle until someone confirms it there (import --accept-new-key)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    set_setting(conn, SIGNING_SETTING, _b64(_raw_private(key)))
    return _b64(_raw_public(key))


def verify_signature(public_key_b64: str, signature_b64: str, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64, validate=True))
        public.verify(base64.b64decode(signature_b64, validate=True), data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


# --- age ---------------------------------------------------------------------------------------------

def make_identity_file(path: str | os.PathLike) -> str:
    """Write a new age identity file the way age-keygen does; never overwrite. Returns the recipient."""
    from pyrage import x25519

    path = Path(path).expanduser()
    if path.exists():
        raise InvalidInput("{path} already exists; an identity file is never overwritten (choose another name)",
                           path=path)
    identity = x25519.Identity.generate()
    recipient = str(identity.to_public())
    created = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    text = f"# created: {created}\n# public key: {recipient}\n{identity}\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # a new folder for keys: this user's only
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(text)
    except FileExistsError:
        raise InvalidInput("{path} already exists; an identity file is never overwritten", path=path) from None
    except OSError as exc:
        raise InvalidInput("cannot write {path} ({reason})", path=path, reason=exc.strerror) from None
    return recipient


def _key_lines(path: Path, what: str) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        if what == "identity":
            raise InvalidInput("cannot read the identity file {path} ({reason})", path=path, reason=reason) from None
        raise InvalidInput("cannot read the recipient file {path} ({reason})", path=path, reason=reason) from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


def parse_recipients(values: list[str]) -> list[str]:
    """age recipients from `age1…` strings or files (recipient lists, or identity files: their public keys)."""
    from pyrage import x25519

    found: list[str] = []
    for value in values:
        value = value.strip()
        candidates = [value] if value.startswith("age1") else None
        if candidates is None:
            path = Path(value).expanduser()
            if not path.is_file():
                raise InvalidInput("recipient '{value}' is neither an age1… recipient nor a readable file",
                                   value=value)
            candidates = _key_lines(path, "recipient")
        for text in candidates:
            try:
                if text.startswith("AGE-SECRET-KEY-"):
                    text = str(x25519.Identity.from_str(text).to_public())
                found.append(str(x25519.Recipient.from_str(text)))
            except Exception:
                raise InvalidInput("'{text}…' in {value} is not an age X25519 recipient", text=text[:20],
                                   value=value) from None
        if not candidates:
            raise InvalidInput("{value} holds no age recipient", value=value)
    return list(dict.fromkeys(found))


def load_identities(path: str | os.PathLike) -> list:
    """The age identities of an identity file (as age-keygen writes it)."""
    from pyrage import x25519

    path = Path(path).expanduser()
    identities = []
    for line in _key_lines(path, "identity"):
        try:
            identities.append(x25519.Identity.from_str(line))
        except Exception:
            raise InvalidInput("{path} is not an age identity file (a line is not AGE-SECRET-KEY-1…)",
                               path=path) from None
    if not identities:
        raise InvalidInput("{path} holds no age identity", path=path)
    return identities
