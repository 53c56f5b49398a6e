"""Translation memory: a SQLite table of source segment -> English, per model and settings.

An entry's key is the SHA-256 of (model id, model revision, decoding settings as sorted
JSON, exact source text); the four are also stored as columns so the database can be
inspected with ``sqlite3``. Everything in the key is known from the configuration,
before the model is loaded, so a fully cached run never loads the model.

The database runs in WAL mode with a busy timeout: several processes (two batch runs)
can read and write it at once; writes are short transactions. The translation memory
is an optimisation, so a write that still fails (disk full, lock held too long) is
logged and skipped rather than failing the run.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Config, TranslateConfig
from ..errors import CacheError
from .base import Progress, Translation, TranslationStats, Translator
from .models import local_model_fingerprint, resolve_model
from .settings import check_decoding_changes, resolved_settings

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "translation-memory.sqlite3"
ENV_PATH = "ZHBRIEF_CACHE"  # overrides the default location (tests, CI)
_BUSY_TIMEOUT_S = 60.0
_CHUNK = 500  # keys per SELECT ... IN (...), under SQLite's variable limit

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,      -- sha256 of [model, revision, settings, source]
    model TEXT NOT NULL,
    revision TEXT,
    settings TEXT NOT NULL,    -- JSON, sorted keys
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    pieces INTEGER NOT NULL,   -- model inputs the source was split into
    created REAL NOT NULL      -- unix time
);
"""


def default_cache_path() -> Path:
    """``$ZHBRIEF_CACHE`` if set, else the user's cache folder (platformdirs)."""
    env = os.environ.get(ENV_PATH)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("zhbrief")) / FILE_NAME


@dataclass(frozen=True)
class TranslatorIdentity:
    """Everything that decides a translation: the translation memory's key prefix."""

    model_id: str
    revision: str | None
    settings: dict[str, Any]

    @property
    def settings_json(self) -> str:
        return json.dumps(self.settings, sort_keys=True, ensure_ascii=False)

    def key(self, source: str) -> str:
        blob = json.dumps(
            [self.model_id, self.revision, self.settings_json, source], ensure_ascii=False
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Entry:
    target: str
    pieces: int


def _hub_commit(repo: str, revision: str | None) -> str | None:
    """The commit a hub revision points to in the local Hugging Face cache, if known."""
    if revision and len(revision) == 40 and all(c in "0123456789abcdef" for c in revision):
        return revision
    try:
        from huggingface_hub import constants
    except ImportError:  # pragma: no cover - transformers depends on it
        return None
    folder = Path(constants.HF_HUB_CACHE) / ("models--" + repo.replace("/", "--"))
    ref = folder / "refs" / (revision or "main")
    try:
        return ref.read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def model_revision_key(config: TranslateConfig) -> str | None:
    """The revision part of the key: a fingerprint for folders, the pinned revision
    (or ``None`` = main) for hub ids, as configured, so it is known before loading."""
    source = resolve_model(config.model, config.revision)
    if source.kind == "local":
        return local_model_fingerprint(Path(source.path))
    return source.revision


def identity_for(config: TranslateConfig) -> TranslatorIdentity:
    return TranslatorIdentity(
        model_id=config.model,
        revision=model_revision_key(config),
        settings=resolved_settings(config),
    )


class TranslationMemory:
    """A SQLite translation memory; safe to share between processes."""

    # sqlite3's guard against using a connection from a second thread; a subclass whose
    # calls come from another thread than its constructor, never two at once, drops it
    same_thread = True

    def __init__(self, path: str | Path | None = None, *, timeout: float = _BUSY_TIMEOUT_S):
        self.path = Path(path).expanduser() if path else default_cache_path()
        self.hits = 0
        self.misses = 0
        self._timeout = timeout
        self._warned = False
        self._conn = self._connect()

    def _warn(self, message: str, *args: object) -> None:
        # Once a run: a full disk or a held lock would otherwise repeat it every chunk
        log.log(logging.DEBUG if self._warned else logging.WARNING, message, *args)
        self._warned = True

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: transactions are opened explicitly below
            conn = sqlite3.connect(
                self.path,
                timeout=self._timeout,
                isolation_level=None,
                check_same_thread=self.same_thread,
            )
        except (OSError, sqlite3.Error) as e:
            raise CacheError(
                f"cannot open the translation memory {self.path}: {e}; give another file "
                "with --cache PATH or run without it (--no-cache)."
            ) from e
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self._timeout * 1000)}")
            self._retry(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())
            conn.execute("PRAGMA synchronous = NORMAL")
            self._retry(lambda: self._init_schema(conn))
        except sqlite3.DatabaseError as e:
            conn.close()
            raise CacheError(
                f"{self.path} is not a usable zhbrief translation memory ({e}); delete it, "
                "give another file with --cache PATH, or run with --no-cache."
            ) from e
        return conn

    def _retry(self, action: Callable[[], object]) -> None:
        # Switching to WAL and creating the schema take locks that a starting
        # neighbour may hold for a moment; the busy handler does not cover every case
        deadline = time.monotonic() + self._timeout
        while True:
            try:
                action()
                return
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _init_schema(self, conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            if row is None:
                conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
            elif row[0] != SCHEMA_VERSION:
                raise CacheError(
                    f"{self.path} is a translation memory of schema version {row[0]}; this "
                    f"zhbrief uses version {SCHEMA_VERSION}. Delete the file or give another "
                    "with --cache PATH."
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get_many(self, identity: TranslatorIdentity, texts: Iterable[str]) -> dict[str, Entry]:
        """Cached entries for those of ``texts`` in the memory (one read transaction)."""
        wanted = {identity.key(t): t for t in dict.fromkeys(texts)}
        found: dict[str, Entry] = {}
        keys = list(wanted)
        try:
            self._conn.execute("BEGIN")
            try:
                for i in range(0, len(keys), _CHUNK):
                    part = keys[i : i + _CHUNK]
                    marks = ",".join("?" * len(part))
                    rows = self._conn.execute(
                        f"SELECT key, target, pieces FROM translations WHERE key IN ({marks})",
                        part,
                    )
                    for key, target, pieces in rows:
                        found[wanted[key]] = Entry(target, pieces)
            finally:
                self._conn.execute("COMMIT")
        except sqlite3.Error as e:
            self._warn("translation memory %s: read failed (%s); translating anyway", self.path, e)
            found = {}
        self.hits += len(found)
        self.misses += len(wanted) - len(found)
        return found

    def put_many(self, identity: TranslatorIdentity, items: Iterable[tuple[str, Entry]]) -> int:
        """Store (source, entry) pairs in one transaction; returns the rows written."""
        now = time.time()
        rows = [
            (
                identity.key(source),
                identity.model_id,
                identity.revision,
                identity.settings_json,
                source,
                entry.target,
                entry.pieces,
                now,
            )
            for source, entry in items
        ]
        if not rows:
            return 0
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows
                )
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as e:
            self._warn("translation memory %s: write failed (%s); not cached", self.path, e)
            return 0
        return len(rows)

    def copy_model(self, target: str | Path, identity: TranslatorIdentity) -> int:
        """Copy the entries of ``identity``'s model and revision (every decoding setting)
        into a new memory at ``target``: the read-only snapshot a remote worker gets.
        Returns the entries copied."""
        rows = self._conn.execute(
            "SELECT * FROM translations WHERE model = ? AND revision IS ?",
            (identity.model_id, identity.revision),
        ).fetchall()
        with TranslationMemory(target) as snapshot:
            conn = snapshot._conn
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO translations VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            conn.execute("COMMIT")
            # One self-contained file: no WAL beside it
            conn.execute("PRAGMA journal_mode = DELETE")
        return len(rows)

    def count(self) -> int:
        row = self._conn.execute("SELECT COUNT(*) FROM translations").fetchone()
        return int(row[0])

    def entries(self) -> list[tuple[str, str, str, str | None]]:
        """(source, target, model, revision) rows, for inspection and tests."""
        rows = self._conn.execute("SELECT source, target, model, revision FROM translations")
        return [(str(a), str(b), str(c), d) for a, b, c, d in rows]

    def integrity_ok(self) -> bool:
        row = self._conn.execute("PRAGMA integrity_check").fetchone()
        return bool(row and row[0] == "ok")


@dataclass
class _Counts:
    hits: int = 0
    misses: int = 0
    by_model: int = 0  # texts answered by the model, repeats in a call included
    loaded: bool = False  # a model was loaded (by this translator or a variant)


class CachedTranslator:
    """A ``Translator`` that answers from the translation memory first.

    All texts of a call are looked up at once; only the misses (each distinct text
    once) go to the inner translator, in one call, so they still share batches. The
    inner translator is built by ``factory`` on the first miss: a fully cached run
    never loads the model.
    """

    def __init__(
        self,
        factory: Callable[[], Translator],
        memory: TranslationMemory,
        identity: TranslatorIdentity,
        *,
        provenance_revision: str | None = None,
    ) -> None:
        self._factory = factory
        self._inner: Translator | None = None
        self.memory = memory
        self.identity = identity
        self._provenance_revision = provenance_revision
        self.counts = _Counts()  # shared with variants, so retries are counted too

    @classmethod
    def from_config(cls, config: TranslateConfig, memory: TranslationMemory) -> CachedTranslator:
        from .loading import load_translator

        identity = identity_for(config)
        source = resolve_model(config.model, config.revision)
        shown = _hub_commit(source.path, source.revision) if source.kind == "hub" else None
        return cls(
            lambda: load_translator(config),
            memory,
            identity,
            provenance_revision=shown or source.revision,
        )

    @property
    def hits(self) -> int:
        """Texts answered from the memory."""
        return self.counts.hits

    @property
    def misses(self) -> int:
        """Distinct texts the model translated."""
        return self.counts.misses

    @property
    def by_model(self) -> int:
        """Non-blank texts the model answered, repeats included: ``hits + by_model`` is
        every non-blank text asked for."""
        return self.counts.by_model

    @property
    def loaded(self) -> bool:
        return self._inner is not None or self.counts.loaded

    @property
    def inner(self) -> Translator:
        if self._inner is None:
            self._inner = self._factory()
            self.counts.loaded = True
        return self._inner

    @property
    def model_id(self) -> str:
        return self._inner.model_id if self._inner is not None else self.identity.model_id

    @property
    def revision(self) -> str | None:
        return self._inner.revision if self._inner is not None else self._provenance_revision

    @property
    def stats(self) -> TranslationStats:
        """The inner model's statistics (what was really translated)."""
        return self._inner.stats if self._inner is not None else TranslationStats()

    def settings(self) -> dict[str, Any]:
        return {"model": self.model_id, "revision": self.revision, **self.identity.settings}

    def variant(self, **changes: Any) -> CachedTranslator:
        """Other decoding settings, same model (loaded once) and same memory."""

        check_decoding_changes(changes)

        def factory() -> Translator:
            return self.inner.variant(**changes)

        identity = dataclasses.replace(
            self.identity, settings={**self.identity.settings, **changes}
        )
        clone = CachedTranslator(
            factory, self.memory, identity, provenance_revision=self._provenance_revision
        )
        clone.counts = self.counts
        return clone

    def translate(
        self, texts: Sequence[str], *, on_progress: Progress | None = None
    ) -> list[Translation]:
        todo = [t for t in texts if t.strip()]
        found = self.memory.get_many(self.identity, todo)
        misses = [t for t in dict.fromkeys(todo) if t not in found]
        misses_set = set(misses)
        self.counts.hits += sum(1 for t in todo if t in found)
        if on_progress is not None and len(todo) > len(misses):
            on_progress(len(todo) - len(misses))
        if misses:
            found.update(self._translate_misses(misses, on_progress))
            self.counts.misses += len(misses)  # counted once translated
            self.counts.by_model += sum(1 for t in todo if t in misses_set)
        empty = Translation("", 0)
        return [Translation(e.target, e.pieces) if (e := found.get(t)) else empty for t in texts]

    def _translate_misses(
        self, misses: list[str], on_progress: Progress | None
    ) -> dict[str, Entry]:
        english = self.inner.translate(misses, on_progress=on_progress)
        new = {src: Entry(t.text, t.pieces) for src, t in zip(misses, english, strict=True)}
        self.memory.put_many(self.identity, new.items())
        return new

    def close(self) -> None:
        self.memory.close()


def open_cached_translator(config: Config) -> CachedTranslator:
    """The configured model behind the configured translation memory (model loads lazily)."""
    return CachedTranslator.from_config(config.translate, TranslationMemory(config.cache.path))
