"""The key of an encrypted database, and the two places it is kept.

Design (KeePassXC / BitLocker model: a random key, wrapped twice):

- **The database key** is 32 random bytes. With it goes a 16-byte **key id**, also
  random, given to SQLCipher as the file's salt (``PRAGMA key = "x'<key><salt>'"``, a
  raw key, so no PBKDF2 at every open). SQLCipher writes the salt as the first 16 bytes
  of the file, in clear; every copy made with the same key (a backup, an encrypted
  export) starts with the same 16 bytes. So the key id names the key without opening
  the file, and a backup restored on the same PC finds its key.
- **The OS key store** keeps the key for the user, so nobody types a password every
  morning: DPAPI on Windows (``CryptProtectData``: only this Windows user on this PC can
  unwrap it; the wrapped bytes are a file in the config folder), the ``keyring`` library
  where it has a real backend (macOS Keychain, Secret Service), else a file in the
  config folder that only the user can read (0600). That last one protects only against
  a copied database or backup, not against someone who can read the user's files: the
  program says so (``KeyStore.protected``).
- **The recovery passphrase** wraps the same key (scrypt with the costs of the backup
  encryption, then AES-256-GCM) in a small JSON **key file beside the database**
  (``socongdoan.sqlite3.key``). Beside, not in the config folder: it must travel with
  the database when the folder is copied to another PC, and it goes into every backup;
  without the passphrase it reveals nothing. On another PC, or when the key store lost
  its entry, the passphrase opens the key file and the entry is restored.
"""

from __future__ import annotations

import base64
import ctypes
import json
import os
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import UserError

KEY_BYTES = 32
ID_BYTES = 16
KEY_FILE_SUFFIX = ".key"
KEY_FILE_FORMAT = "socongdoan-database-key"
SQLITE_HEADER = b"SQLite format 3\x00"
KEYRING_SERVICE = "socongdoan-database"
# scrypt as the encrypted backups use it (core/backup/crypto.py: 128 MB, about half a
# second); tests lower SCRYPT_LOG2N. The value used is written in the key file.
SCRYPT_LOG2N = 17
SCRYPT_R = 8
SCRYPT_P = 1
MAX_LOG2N = 20


@dataclass(frozen=True)
class DatabaseKey:
    key_id: bytes
    secret: bytes

    @property
    def pragma_value(self) -> str:
        """The value for ``PRAGMA key = ...`` / ``ATTACH ... KEY ...`` (a raw key and salt)."""
        return f"\"x'{self.secret.hex()}{self.key_id.hex()}'\""

    @property
    def id_hex(self) -> str:
        return self.key_id.hex()


def new_key() -> DatabaseKey:
    return DatabaseKey(os.urandom(ID_BYTES), os.urandom(KEY_BYTES))


def key_id_of(path: Path | str) -> bytes | None:
    """The key id of an encrypted database file; None for a plain, empty or missing one."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError:
        return None
    if len(head) < 100 or head.startswith(SQLITE_HEADER):
        return None
    return head[:ID_BYTES]


def is_encrypted(path: Path | str) -> bool:
    return key_id_of(path) is not None


def key_file_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + KEY_FILE_SUFFIX)


# --- the recovery passphrase ------------------------------------------------------

def normalise_passphrase(text: str) -> str:
    """The same passphrase whatever the editor that saved it: NFC, no BOM, no line end."""
    text = text.lstrip("\ufeff").rstrip("\r\n")
    return unicodedata.normalize("NFC", text)


def read_passphrase_file(path: Path | str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as e:
        raise UserError("encryption.cannot_read_passphrase", path=path, error=e.strerror) from None
    except UnicodeDecodeError:
        raise UserError("encryption.passphrase_not_utf8", path=path) from None
    passphrase = normalise_passphrase(text)
    if not passphrase:
        raise UserError("encryption.empty_passphrase", path=path)
    return passphrase


# cryptography is imported where a passphrase is used: every start opens the database
# (this module) but only a recovery needs scrypt and AES-GCM.

def _kek(passphrase: str, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    return Scrypt(salt=salt, length=32, n=1 << log2n, r=r, p=p).derive(
        normalise_passphrase(passphrase).encode("utf-8"))


def wrap_with_passphrase(key: DatabaseKey, passphrase: str) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    salt, nonce = os.urandom(16), os.urandom(12)
    log2n, r, p = SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P
    wrapped = AESGCM(_kek(passphrase, salt, log2n, r, p)).encrypt(nonce, key.secret, key.key_id)
    return {
        "format": KEY_FILE_FORMAT, "version": 1, "key_id": key.id_hex,
        "kdf": {"name": "scrypt", "log2n": log2n, "r": r, "p": p, "salt": salt.hex()},
        "cipher": "AES-256-GCM", "nonce": nonce.hex(), "wrapped_key": wrapped.hex(),
    }


def unwrap_with_passphrase(document: dict, passphrase: str) -> DatabaseKey:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    try:
        if document.get("format") != KEY_FILE_FORMAT:
            raise ValueError
        kdf = document["kdf"]
        log2n = int(kdf["log2n"])
        if kdf["name"] != "scrypt" or not 10 <= log2n <= MAX_LOG2N:
            raise ValueError
        key_id = bytes.fromhex(document["key_id"])
        kek = _kek(passphrase, bytes.fromhex(kdf["salt"]), log2n, int(kdf["r"]), int(kdf["p"]))
        nonce, wrapped = bytes.fromhex(document["nonce"]), bytes.fromhex(document["wrapped_key"])
    except (KeyError, ValueError, TypeError, AttributeError):
        raise UserError("encryption.damaged_key_file") from None
    try:
        secret = AESGCM(kek).decrypt(nonce, wrapped, key_id)
    except InvalidTag:
        raise UserError("encryption.wrong_recovery_passphrase") from None
    return DatabaseKey(key_id, secret)


def write_key_file(db_path: Path | str, key: DatabaseKey, passphrase: str) -> Path:
    target = key_file_path(db_path)
    _write_atomically(target, json.dumps(wrap_with_passphrase(key, passphrase), indent=2).encode())
    return target


def write_key_document(db_path: Path | str, document: dict) -> Path:
    """Put a key file (as a backup's manifest carries it) beside ``db_path``."""
    target = key_file_path(db_path)
    _write_atomically(target, json.dumps(document, indent=2).encode())
    return target


def read_key_file(path: Path | str) -> dict | None:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise UserError("encryption.damaged_key_file") from None


# --- the OS key store --------------------------------------------------------------

def _keys_folder() -> Path:
    from desktop_app.core.storage.config import config_path
    return config_path().parent / "keys"


def _write_atomically(target: Path, data: bytes, private: bool = False) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".key-", suffix=".tmp")
    try:
        if private:
            os.chmod(tmp, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class FileKeyStore:
    """Keys in files of the config folder that only the user can read."""

    name = "file"
    protected = False
    suffix = ".key"

    def _path(self, key_id: bytes) -> Path:
        return _keys_folder() / f"{key_id.hex()}{self.suffix}"

    def _seal(self, secret: bytes) -> bytes:
        return secret.hex().encode()

    def _open(self, data: bytes) -> bytes:
        return bytes.fromhex(data.decode())

    def load(self, key_id: bytes) -> bytes | None:
        try:
            data = self._path(key_id).read_bytes()
        except FileNotFoundError:
            return None
        try:
            return self._open(data)
        except (ValueError, OSError):
            return None   # damaged or sealed for another user: ask for the recovery passphrase

    def save(self, key_id: bytes, secret: bytes) -> None:
        _write_atomically(self._path(key_id), self._seal(secret), private=True)

    def delete(self, key_id: bytes) -> None:
        self._path(key_id).unlink(missing_ok=True)


class _Blob(ctypes.Structure):
    _fields_ = [("cbData", ctypes.c_uint32), ("pbData", ctypes.POINTER(ctypes.c_char))]


def _dpapi(data: bytes, protect: bool) -> bytes:
    """CryptProtectData / CryptUnprotectData for the current Windows user."""
    crypt32 = ctypes.windll.crypt32          # type: ignore[attr-defined]
    kernel32 = ctypes.windll.kernel32        # type: ignore[attr-defined]
    buffer = ctypes.create_string_buffer(data, len(data))
    blob_in = _Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
    blob_out = _Blob()
    flags = 0x01  # CRYPTPROTECT_UI_FORBIDDEN: never show a dialog
    call = crypt32.CryptProtectData if protect else crypt32.CryptUnprotectData
    if not call(ctypes.byref(blob_in), None, None, None, None, flags, ctypes.byref(blob_out)):
        raise OSError(ctypes.GetLastError(), "DPAPI refused")   # type: ignore[attr-defined]
    try:
        return ctypes.string_at(blob_out.pbData, blob_out.cbData)
    finally:
        kernel32.LocalFree(blob_out.pbData)


class DpapiKeyStore(FileKeyStore):
    """Keys wrapped by Windows DPAPI for this user, kept as files in the config folder."""

    name = "dpapi"
    protected = True
    suffix = ".dpapi"
    protect = staticmethod(lambda data: _dpapi(data, True))
    unprotect = staticmethod(lambda data: _dpapi(data, False))

    def _seal(self, secret: bytes) -> bytes:
        return base64.b64encode(self.protect(secret))

    def _open(self, data: bytes) -> bytes:
        return self.unprotect(base64.b64decode(data))


class KeyringKeyStore:
    """Keys in the desktop's key store through the ``keyring`` library."""

    name = "keyring"
    protected = True

    def __init__(self, backend) -> None:
        self.backend = backend

    def load(self, key_id: bytes) -> bytes | None:
        value = self.backend.get_password(KEYRING_SERVICE, key_id.hex())
        try:
            return bytes.fromhex(value) if value else None
        except ValueError:
            return None

    def save(self, key_id: bytes, secret: bytes) -> None:
        self.backend.set_password(KEYRING_SERVICE, key_id.hex(), secret.hex())

    def delete(self, key_id: bytes) -> None:
        try:
            self.backend.delete_password(KEYRING_SERVICE, key_id.hex())
        except Exception:  # noqa: BLE001 -- keyring raises its own PasswordDeleteError when absent
            pass


def _usable_keyring():
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 -- a broken keyring configuration: fall back to the file
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) < 1:
        return None
    if type(backend).__module__.startswith(("keyring.backends.chainer", "keyrings.alt")):
        # the chainer with nothing behind it, or plain-text "alternative" stores
        if not getattr(backend, "backends", None):
            return None
    return backend


def default_store():
    """DPAPI on Windows, else a real keyring backend, else the user-only file.

    ``SOCONGDOAN_KEY_STORE=file`` forces the file (tests, and machines whose desktop
    keyring would prompt)."""
    if os.environ.get("SOCONGDOAN_KEY_STORE") == "file":
        return FileKeyStore()
    if sys.platform == "win32":
        return DpapiKeyStore()
    backend = _usable_keyring()
    return KeyringKeyStore(backend) if backend is not None else FileKeyStore()


# --- finding the key of a file -----------------------------------------------------

# A recovery passphrase given for this process (the ``--recovery-passphrase-file``
# option of the command line, or what the window asked for).
_offered: list[str] = []


def offer_recovery_passphrase(passphrase: str | None) -> None:
    _offered.clear()
    if passphrase:
        _offered.append(normalise_passphrase(passphrase))


def key_for(db_path: Path | str, passphrase: str | None = None, store=None,
            document: dict | None = None) -> DatabaseKey:
    """The key of an encrypted database: from the key store, else from its key file (or
    ``document``, the key file's content a backup's manifest carries) and the recovery
    passphrase (given here or offered for the process), which then restores the key
    store's entry."""
    key_id = key_id_of(db_path)
    if key_id is None:
        raise UserError("encryption.not_encrypted", path=db_path)
    store = store or default_store()
    secret = store.load(key_id)
    if secret is not None:
        return DatabaseKey(key_id, secret)
    passphrase = passphrase or (_offered[0] if _offered else None)
    document = document or read_key_file(key_file_path(db_path))
    if document is None:
        raise UserError("encryption.no_key", path=db_path, key_file=key_file_path(db_path))
    if passphrase is None:
        raise UserError("encryption.recovery_passphrase_needed", path=db_path)
    key = unwrap_with_passphrase(document, passphrase)
    if key.key_id != key_id:
        raise UserError("encryption.key_file_of_other_database", path=db_path)
    store.save(key.key_id, key.secret)
    return key


def looks_encrypted(db_path: Path | str, store=None) -> bool:
    """Whether a file that is not plain SQLite is one of our encrypted databases: its
    key file is beside it or the key store knows its key id. A Word document or a zip
    is neither, and is refused as "not a database" without asking for a passphrase."""
    key_id = key_id_of(db_path)
    if key_id is None or os.path.getsize(db_path) % 512:
        return False
    if key_file_path(db_path).exists():
        return True
    return (store or default_store()).load(key_id) is not None
