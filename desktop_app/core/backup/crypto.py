"""Encrypted backup files: AES-256-GCM in chunks, key from a passphrase by scrypt.

Layout of an encrypted file (all integers big-endian)::

    header   MAGIC(8) kdf(1)=1 log2n(1) r(1) p(1) salt(16) nonce_prefix(7) chunk_size(4)
    check    16-byte GCM tag over the header (empty plaintext, reserved nonce): tells a
             wrong passphrase (or an altered header) apart before any data is read
    chunks   ciphertext + 16-byte tag each; nonce = prefix(7) + counter(4) + last(1)

Every chunk authenticates the whole header as associated data, so changing a scrypt
parameter, the salt or the chunk size breaks every chunk. The counter in the nonce
stops chunks being reordered or dropped, and the "last" flag stops the file being cut
at a chunk boundary. Salt and nonce prefix are random per file, so the same passphrase
never reuses a (key, nonce) pair. Nothing is stored in clear except the header: the
manifest (counts, hash) travels inside the encrypted stream.
"""

from __future__ import annotations

import functools
import os
import struct
import unicodedata
from collections.abc import Callable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop_app.core.errors import UserError

MAGIC = b"SCDBENC\x01"
KDF_SCRYPT = 1
# scrypt cost: 2**17 x 8 x 128 bytes = 128 MB of memory, about half a second. Tests
# lower SCRYPT_LOG2N; the value used is written in each file's header.
SCRYPT_LOG2N = 17
SCRYPT_R = 8
SCRYPT_P = 1
MAX_LOG2N = 20               # refuse headers that would ask for more than 1 GB of memory
CHUNK_SIZE = 1 << 20
TAG = 16
_HEADER = struct.Struct(">8sBBBB16s7sI")
HEADER_SIZE = _HEADER.size + TAG
_CHECK_NONCE_TAIL = b"\xff\xff\xff\xff\x02"


class WrongPassphrase(UserError):
    """The passphrase does not open this file (or its header was altered)."""


class DamagedFile(UserError):
    """An encrypted file that fails authentication past its header."""


def is_encrypted(path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def normalise_passphrase(text: str) -> str:
    """The passphrase as the key is made from it. A passphrase is text, not bytes:
    Vietnamese keyboards type "ộ" precomposed on one PC and as "o" + two combining marks
    on another (NFC makes them one), Notepad saves a passphrase file with a byte-order
    mark, and a file's first line is the passphrase (a note may follow)."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    return unicodedata.normalize("NFC", lines[0] if lines else "")


@functools.lru_cache(maxsize=8)
def _scrypt(secret: bytes, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    """scrypt is deliberately slow (about half a second); writing a file and reading it
    back to check it derive the same key, so the last few are remembered."""
    kdf = Scrypt(salt=salt, length=32, n=1 << log2n, r=r, p=p)
    return kdf.derive(secret)


def _key(passphrase: str, salt: bytes, log2n: int, r: int, p: int) -> bytes:
    """The key of files written now: from the normalised passphrase."""
    clean = normalise_passphrase(passphrase)
    if not clean:
        raise UserError("backup.passphrase_empty")
    return _scrypt(clean.encode("utf-8"), salt, log2n, r, p)


def _legacy_secrets(passphrase: str) -> list[bytes]:
    """The bytes older versions made the key from, for files written before the
    passphrase was normalised: the text exactly as given (as typed, or the whole file
    with only its final line end taken off), and its first line in either Unicode form."""
    first = normalise_passphrase(passphrase)
    seen = {first.encode("utf-8")}
    out = []
    for text in (passphrase, passphrase.rstrip("\r\n"), unicodedata.normalize("NFD", first),
                 passphrase.lstrip("\ufeff").rstrip("\r\n")):
        raw = text.encode("utf-8")
        if text and raw not in seen:
            seen.add(raw)
            out.append(raw)
    return out


def _opening_key(passphrase: str, header: bytes, check: bytes, salt: bytes, log2n: int, r: int, p: int,
                 prefix: bytes) -> AESGCM:
    """The cipher whose key opens this file: the current derivation first, then the
    older ones (each costs one scrypt, only tried when the first fails)."""
    candidates = [lambda: _key(passphrase, salt, log2n, r, p)]
    candidates += [lambda raw=raw: _scrypt(raw, salt, log2n, r, p) for raw in _legacy_secrets(passphrase)]
    for make in candidates:
        aead = AESGCM(make())
        try:
            aead.decrypt(prefix + _CHECK_NONCE_TAIL, check, header)
            return aead
        except InvalidTag:
            continue
    raise WrongPassphrase("backup.wrong_passphrase")


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


class Encryptor:
    """Writes the header, then takes plaintext in any pieces and writes whole chunks."""

    def __init__(self, out: BinaryIO, passphrase: str, *, chunk_size: int = CHUNK_SIZE):
        salt, self.prefix = os.urandom(16), os.urandom(7)
        log2n = SCRYPT_LOG2N
        self.header = _HEADER.pack(MAGIC, KDF_SCRYPT, log2n, SCRYPT_R, SCRYPT_P, salt, self.prefix, chunk_size)
        self.aead = AESGCM(_key(passphrase, salt, log2n, SCRYPT_R, SCRYPT_P))
        check = self.aead.encrypt(self.prefix + _CHECK_NONCE_TAIL, b"", self.header)
        self.out, self.chunk_size = out, chunk_size
        self.buffer = bytearray()
        self.counter = 0
        self.written = 0
        out.write(self.header + check)
        self.written += HEADER_SIZE

    def write(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) > self.chunk_size:  # keep at least one byte for the last chunk
            self._emit(bytes(self.buffer[: self.chunk_size]), last=False)
            del self.buffer[: self.chunk_size]

    def close(self) -> None:
        """Write the final chunk (flagged last; may be empty)."""
        self._emit(bytes(self.buffer), last=True)
        self.buffer.clear()

    def _emit(self, chunk: bytes, last: bool) -> None:
        sealed = self.aead.encrypt(_nonce(self.prefix, self.counter, last), chunk, self.header)
        self.out.write(sealed)
        self.written += len(sealed)
        self.counter += 1


def decrypt_chunks(src: BinaryIO, passphrase: str) -> Iterator[bytes]:
    """Plaintext chunks of an encrypted file; raises WrongPassphrase or DamagedFile."""
    raw = src.read(HEADER_SIZE)
    if len(raw) < HEADER_SIZE or not raw.startswith(MAGIC):
        raise DamagedFile("backup.not_an_encrypted_backup")
    header, check = raw[: _HEADER.size], raw[_HEADER.size:]
    magic, kdf, log2n, r, p, salt, prefix, chunk_size = _HEADER.unpack(header)
    if kdf != KDF_SCRYPT or not (10 <= log2n <= MAX_LOG2N) or not (1 <= r <= 32) or not (1 <= p <= 16) \
            or not (1 <= chunk_size <= 64 << 20):
        raise DamagedFile("backup.encrypted_header_damaged")
    aead = _opening_key(passphrase, header, check, salt, log2n, r, p, prefix)
    step = chunk_size + TAG
    counter = 0
    current = src.read(step)
    offset = HEADER_SIZE
    while True:
        following = src.read(step) if len(current) == step else b""
        last = not following
        if len(current) < TAG:
            raise DamagedFile("backup.encrypted_cut_off", offset=offset)
        try:
            plain = aead.decrypt(_nonce(prefix, counter, last), current, header)
        except InvalidTag:
            raise DamagedFile("backup.encrypted_damaged", offset=offset) from None
        yield plain
        if last:
            return
        offset += len(current)
        counter += 1
        current = following


def encrypt_file(src_path, out: BinaryIO, passphrase: str, prefix_data: bytes,
                 progress: Callable[[int, int], None] | None = None) -> int:
    """Encrypt ``prefix_data`` followed by the file at ``src_path`` into ``out``;
    returns the number of bytes written."""
    total = os.path.getsize(src_path)
    enc = Encryptor(out, passphrase)
    enc.write(prefix_data)
    done = 0
    with open(src_path, "rb") as f:
        while block := f.read(4 << 20):
            enc.write(block)
            done += len(block)
            if progress:
                progress(done, total)
    enc.close()
    return enc.written
