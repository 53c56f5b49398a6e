"""API keys (stored hashed) and per-key / per-IP rate limits.

The key file holds one key a line as ``sha256:<hex digest>`` with an optional
requests-per-minute limit after a space (``sha256:ab12... 600``); blank lines and
``#`` comments are skipped. The server never sees or stores a key in clear text
except while hashing a request's key. ``python -m zhbrief.service.limits FILE`` makes a
new key, appends its hash to FILE and prints the key once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError, ZhbriefError

_PREFIX = "sha256:"


class AuthError(ZhbriefError):
    """A missing or unknown API key (HTTP 403)."""

    http_status = 403


class RateLimited(ZhbriefError):
    """Too many requests from one key or address (HTTP 429)."""

    http_status = 429


def hash_key(key: str) -> str:
    return _PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class KeyStore:
    """Hashes of the accepted keys, each with its own per-minute limit (None = default)."""

    limits: dict[str, int | None]

    @classmethod
    def load(cls, path: str | Path) -> KeyStore:
        p = Path(path)
        try:
            lines = p.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise ConfigError(
                f"cannot read the API key file {p}: {e.strerror or e}; make one with "
                f"`python -m zhbrief.service.limits {p}`."
            ) from e
        limits: dict[str, int | None] = {}
        for n, raw in enumerate(lines, 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            digest, _, limit = line.partition(" ")
            if not digest.startswith(_PREFIX) or len(digest) != len(_PREFIX) + 64:
                raise ConfigError(
                    f"{p}:{n}: expected 'sha256:<64 hex digits> [requests per minute]'; "
                    "keys are stored hashed, never in clear text."
                )
            limit = limit.strip()
            if limit and not limit.isdigit():
                raise ConfigError(f"{p}:{n}: the limit must be a whole number, got {limit!r}")
            limits[digest.lower()] = int(limit) if limit else None
        if not limits:
            raise ConfigError(f"{p} holds no API keys; add one with the command in its header.")
        return cls(limits)

    def check(self, key: str | None) -> str:
        """The key's hash when it is known; otherwise ``AuthError``."""
        if not key:
            raise AuthError("this server needs an API key (api_key field or X-API-Key header).")
        digest = hash_key(key)
        # Compare against every stored hash in constant time per comparison
        found = [d for d in self.limits if hmac.compare_digest(d, digest)]
        if not found:
            raise AuthError("Invalid API key")
        return found[0]


class RateLimiter:
    """Sliding one-minute windows per client (key hash or IP address), in memory.

    At most ``max_clients`` windows are kept; the stalest are dropped first, so a flood
    of addresses cannot grow memory without bound.
    """

    def __init__(self, per_minute: int, *, max_clients: int = 10_000) -> None:
        self.per_minute = per_minute
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._max_clients = max_clients

    def hit(self, client: str, limit: int | None = None) -> None:
        """Count a request; raise ``RateLimited`` when the client is over its limit."""
        allowed = self.per_minute if limit is None else limit
        if allowed <= 0:
            return
        now = time.monotonic()
        with self._lock:
            window = self._hits.pop(client, None) or deque()
            self._hits[client] = window  # re-inserted: dict order is least recently used
            while window and window[0] <= now - 60:
                window.popleft()
            if len(window) >= allowed:
                raise RateLimited(
                    f"Too many requests: the limit is {allowed} per minute; slow down."
                )
            window.append(now)
            while len(self._hits) > self._max_clients:
                del self._hits[next(iter(self._hits))]


def new_key(path: str | Path) -> str:
    """Make a key, append its hash to ``path`` and return the key (shown once)."""
    key = secrets.token_urlsafe(24)
    p = Path(path)
    header = "" if p.exists() else "# zhbrief API keys: sha256:<hash> [requests per minute]\n"
    with p.open("a", encoding="utf-8") as f:
        f.write(header + hash_key(key) + "\n")
    return key


if __name__ == "__main__":  # pragma: no cover - a two-line command
    if len(sys.argv) != 2:
        sys.exit("usage: python -m zhbrief.service.limits KEYFILE")
    print(new_key(sys.argv[1]))
