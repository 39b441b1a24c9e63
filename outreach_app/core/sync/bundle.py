"""The bundle file format (docs/bundle-format.md): a zip with a signed manifest and one JSON-lines part
per synced table, optionally encrypted as a whole with age.

`write_bundle` streams parts into the zip; `read_bundle` checks everything (size limits, zip bombs,
member names, checksums, signature, manifest fields) and returns the bundle, whose records are read
from the file again, batch by batch, when they are iterated (memory stays flat in the bundle's size;
each pass checks the record shape and the checksum again), or raises BundleRefused with one line naming
the file. Nothing here touches the database.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ...core import bounds
from ...core.errors import OutreachError
from .bundle_parts import _SHA, PART_PREFIX, PART_SUFFIX, Part, PartRows, _read_part  # noqa: F401 (re-exported)

FORMAT_NAME = "outreach-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
AGE_MAGIC = (b"age-encryption.org/v1", b"-----BEGIN AGE ENCRYPTED FILE-----")
ZIP_MAGIC = b"PK\x03\x04"

# Limits, checked before anything is decompressed or believed.
MAX_FILE_BYTES = 2 * 1024 ** 3
MAX_MANIFEST_BYTES = 4 * 1024 ** 2
MAX_TOTAL_BYTES = bounds.DEFAULT_MAX_EXPANDED_MB * 1024 ** 2  # the office may raise it per import
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MiB
MAX_MEMBERS = 200
_PART_NAME = re.compile(r"tables/([a-z][a-z0-9_]{0,62})\.jsonl")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


class BundleRefused(OutreachError):
    """A file that is not a sound bundle: refused whole, the database untouched."""


@dataclass
class VerifiedBundle:
    path: Path
    manifest: dict
    sha256: str  # of the (decrypted) zip bytes: what the next bundle's previous_sha256 names
    encrypted: bool
    parts: dict[str, Part] = field(default_factory=dict)
    scratch: object = None  # the temporary folder of a decrypted bundle: removed when the bundle is dropped

    @property
    def device_id(self) -> str:
        return self.manifest["device_id"]

    @property
    def sequence(self) -> int:
        return self.manifest["sequence"]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def write_bundle(target: Path, manifest: dict, parts, sign) -> dict:
    """Write the zip to target. parts: iterable of (table, kind, columns, rows); sign(bytes) -> base64
    signature by the key named in manifest["signing_key"]. Fills manifest["tables"]; returns the manifest.
    A manifest a reader would refuse (the same bounds: bounds.py, manifest_fault) is never written."""
    fault = manifest_fault({**manifest, "tables": {}})
    if fault is None and manifest["created_hlc"] > bounds.hlc_ceiling():
        fault = "created_hlc"
    if fault:
        raise OutreachError("this installation's {key} is out of the bounds every reader checks ({value}); the "
                            "bundle was not written", key=fault, value=str(manifest.get(fault.split(".")[0]))[:60])
    tables = {}
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6, allowZip64=True) as zf:
        for table, kind, columns, rows in parts:
            name = f"{PART_PREFIX}{table}{PART_SUFFIX}"
            digest, size, count = hashlib.sha256(), 0, 0
            dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
            with zf.open(_info(name), "w", force_zip64=True) as member:
                batch = []
                for row in rows:
                    batch.append(dumps(row))
                    if len(batch) >= 5000:
                        size += _write_lines(member, digest, batch)
                        count += len(batch)
                        batch = []
                size += _write_lines(member, digest, batch)
                count += len(batch)
            tables[table] = {"kind": kind, "columns": list(columns), "records": count, "file": name,
                             "bytes": size, "sha256": digest.hexdigest()}
        manifest = {**manifest, "tables": tables}
        body = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")
        signature = sign(body)
        zf.writestr(_info(MANIFEST), body)
        zf.writestr(_info(SIGNATURE), signature + "\n")
    return manifest


def _write_lines(member, digest, lines: list[str]) -> int:
    if not lines:
        return 0
    data = ("\n".join(lines) + "\n").encode("utf-8")
    digest.update(data)
    member.write(data)
    return len(data)


# --- reading -----------------------------------------------------------------------------------------

def read_bundle(path, identities=None, known_tables: dict | None = None, *,
                max_expanded_bytes: int | None = None) -> VerifiedBundle:
    """Verify the file at path and return it (records streamed on iteration); raise BundleRefused
    naming the file otherwise. known_tables: {table: (kind, columns[, older column lists still accepted])} this app can
    merge (from SYNCED_TABLES); a part's columns are the bundle's own (one of those lists). max_expanded_bytes: the largest total uncompressed size accepted (the default is
    MAX_TOTAL_BYTES; the office raises it for a very large bundle)."""
    path = Path(path)
    limit = MAX_TOTAL_BYTES if max_expanded_bytes is None else max_expanded_bytes

    def refuse(template: str, **values):
        raise BundleRefused(template, where=path, **values)

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        refuse("no such file")
    except OSError as exc:
        refuse("cannot be read ({reason})", reason=exc.strerror)
    if path.is_dir():
        refuse("is a folder, not a bundle file")
    if not path.is_file():
        refuse("is not a regular file (a device, pipe or socket): not a bundle")
    if size == 0:
        refuse("is empty (0 bytes): not a bundle; export it again")
    if size > MAX_FILE_BYTES:
        refuse("is {size:,} bytes, over the {limit:,}-byte limit for a bundle", size=size, limit=MAX_FILE_BYTES)
    try:
        with open(path, "rb") as handle:
            head = handle.read(64)
    except OSError as exc:
        refuse("cannot be read ({reason})", reason=exc.strerror)
    if head.startswith(AGE_MAGIC):
        if not identities:
            refuse("is encrypted; give the office identity file with --identity")
        scratch = tempfile.TemporaryDirectory(prefix="outreach-import-")
        try:
            plain = Path(scratch.name) / "bundle.zip"
            _decrypt(path, plain, identities, refuse)
            bundle = _read_zip(path, plain, True, known_tables, refuse, limit)
        except BaseException:
            scratch.cleanup()
            raise
        bundle.scratch = scratch  # the records are read from the decrypted copy when merged
        return bundle
    return _read_zip(path, path, False, known_tables, refuse, limit)


def _decrypt(path: Path, plain: Path, identities, refuse) -> None:
    import pyrage

    try:
        pyrage.decrypt_file(str(path), str(plain), identities)
    except pyrage.DecryptError as exc:
        text = str(exc).lower()
        if "no matching keys" in text or "no identity matched" in text:
            refuse("is encrypted to another key: the --identity given cannot open it (wrong key)")
        refuse("cannot be decrypted: damaged or truncated ({reason})", reason=str(exc))
    except Exception as exc:  # pyrage raises plain errors for some malformed headers
        refuse("cannot be decrypted: damaged or truncated ({reason})", reason=f"{type(exc).__name__}: {exc}")
    if plain.stat().st_size > MAX_FILE_BYTES:
        refuse("decrypts to more than the bundle size limit")


def _read_zip(path: Path, zip_path: Path, encrypted: bool, known_tables, refuse, limit: int) -> VerifiedBundle:
    with open(zip_path, "rb") as handle:
        head = handle.read(4)
    if head != ZIP_MAGIC:
        refuse("is not an Outreach bundle (neither a bundle zip nor an age-encrypted file)")
    sha = file_sha256(zip_path)
    try:
        with zipfile.ZipFile(zip_path) as zf:
            infos = _check_members(zf, refuse, limit)
            manifest_bytes = _read_member(zf, infos[MANIFEST], MAX_MANIFEST_BYTES, refuse)
            signature = _read_member(zf, infos[SIGNATURE], 1024, refuse)
            manifest = _parse_manifest(manifest_bytes, refuse)
            from .keys import verify_signature

            if not verify_signature(manifest["signing_key"], signature.decode("ascii", "replace").strip(), manifest_bytes):
                refuse("signature does not match its manifest: the file was altered (tampered)")
            bundle = VerifiedBundle(path, manifest, sha, encrypted)
            expected = {spec["file"] for spec in manifest["tables"].values()} | {MANIFEST, SIGNATURE}
            extra = sorted(set(infos) - expected)
            if extra:
                refuse("holds a member its manifest does not list ({name}): tampered", name=extra[0])
            for table, spec in manifest["tables"].items():
                bundle.parts[table] = _read_part(zf, zip_path, infos, table, spec, known_tables, refuse)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError, RuntimeError) as exc:
        refuse("is damaged or truncated ({reason})", reason=str(exc))
    return bundle


def _check_members(zf: zipfile.ZipFile, refuse, limit: int) -> dict:
    infos = {}
    entries = zf.infolist()
    if len(entries) > MAX_MEMBERS:
        refuse("has {count} members, more than a bundle ever holds", count=len(entries))
    total = 0
    for info in entries:
        name = info.filename
        if name in infos:
            refuse("holds two members named {name}: tampered", name=name)
        if name.startswith(("/", "\\")) or ".." in name or "\\" in name or ":" in name or "\x00" in name:
            refuse("has a member with an unsafe path ({name}): refused", name=repr(name))
        if name not in (MANIFEST, SIGNATURE) and not _PART_NAME.fullmatch(name):
            refuse("has an unexpected member {name}: not an Outreach bundle", name=repr(name))
        if info.flag_bits & 0x1:
            refuse("member {name} is zip-encrypted: not an Outreach bundle", name=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            refuse("member {name} uses an unsupported compression", name=name)
        if info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            refuse("member {name} would expand {ratio}-fold (zip bomb)", name=name,
                   ratio=info.file_size // max(info.compress_size, 1))
        total += info.file_size
        infos[name] = info
    if total > limit:  # from the headers, before anything is decompressed (they are checked while reading)
        refuse("would expand to more than {limit:,} MB (oversized; if it is a genuine bundle, import it with "
               "--max-expanded-mb {needed})", limit=limit // 1024 ** 2, needed=-(-total // 1024 ** 2))
    for required in (MANIFEST, SIGNATURE):
        if required not in infos:
            refuse("has no {name}: not an Outreach bundle", name=required)
    return infos


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, refuse) -> bytes:
    if info.file_size > limit:
        refuse("member {name} is {size:,} bytes, over its {limit:,}-byte limit", name=info.filename,
               size=info.file_size, limit=limit)
    with zf.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit or len(data) != info.file_size:
        refuse("member {name} is not the size its header says (tampered)", name=info.filename)
    return data


def _parse_manifest(data: bytes, refuse) -> dict:
    try:
        manifest = json.loads(data)
    except ValueError:
        refuse("manifest.json is not valid JSON: not an Outreach bundle")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        refuse("manifest does not name the outreach-bundle format: not an Outreach bundle")
    version = manifest.get("format_version")
    if type(version) is not int or version < 1:
        refuse("has an unknown bundle format version ({version})", version=repr(version))
    if version > FORMAT_VERSION:
        refuse("was written in bundle format {version}, newer than this app reads ({supported}); "
               "update Outreach to import it", version=version, supported=FORMAT_VERSION)
    fault = manifest_fault(manifest)
    if fault == "receipts.ranges":
        refuse("manifest receipts are malformed")
    if fault:
        refuse("manifest field {key} is missing or malformed", key=fault)
    ceiling = bounds.hlc_ceiling()
    if manifest["created_hlc"] > ceiling:
        refuse("comes from device '{device}' ({device_id}) whose clock is {days:,} days ahead of this computer's "
               "(hybrid clock {hlc}): refused, nothing adopted. Set that laptop's date right, or the file is forged",
               device=manifest["device_name"], device_id=manifest["device_id"][:8],
               days=max(1, (manifest["created_hlc"] - int(time.time() * 1000)) // 86_400_000),
               hlc=manifest["created_hlc"])
    return manifest


_MANIFEST_CHECKS = {
    "bundle_id": lambda v: isinstance(v, str) and _UUID.fullmatch(v),
    "device_id": lambda v: isinstance(v, str) and _UUID.fullmatch(v),
    "device_name": lambda v: isinstance(v, str) and 0 < len(v) <= bounds.MAX_DEVICE_NAME_LENGTH
    and bounds.unsafe_character(v) is None,
    "sequence": lambda v: type(v) is int and 1 <= v <= bounds.MAX_SEQUENCE,
    "previous_sha256": lambda v: v is None or (isinstance(v, str) and _SHA.fullmatch(v)),
    "created_at": lambda v: isinstance(v, str) and len(v) <= bounds.MAX_TIMESTAMP_LENGTH and _is_timestamp(v),
    "created_hlc": lambda v: type(v) is int and 0 <= v < bounds.MAX_HLC,
    "signing_key": lambda v: isinstance(v, str) and len(v) == 44,
    "tables": lambda v: isinstance(v, dict),
    "receipts": lambda v: isinstance(v, dict) and len(v) <= 100_000,
    "office_recipients": lambda v: isinstance(v, list) and len(v) <= 20
    and all(isinstance(r, str) and r.startswith("age1") and len(r) < 200 for r in v),
}


def manifest_fault(manifest: dict) -> str | None:
    """The first manifest field out of its bounds ("receipts.ranges" for a bad receipt range), or None.
    The writer checks its own manifest with this too: what it writes, a reader accepts."""
    for key, ok in _MANIFEST_CHECKS.items():
        if not ok(manifest.get(key)):
            return key
    for device, ranges in manifest["receipts"].items():
        if not (_UUID.fullmatch(device) and isinstance(ranges, list) and len(ranges) <= 10_000 and all(
                isinstance(r, list) and len(r) == 2 and all(type(x) is int for x in r)
                and 1 <= r[0] <= r[1] <= bounds.MAX_SEQUENCE for r in ranges)):
            return "receipts.ranges"
    return None


def _is_timestamp(text: str) -> bool:
    import datetime as dt

    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True
