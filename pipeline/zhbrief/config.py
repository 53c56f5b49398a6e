"""One configuration object for the whole pipeline.

Defaults live in code (these frozen dataclasses), a YAML profile overrides them, and
CLI flags override the profile. Each stage is built from its own slice. Unknown keys,
duplicate keys, values of the wrong type or range and non-finite numbers (``.nan``,
``.inf``) are rejected with a ``ConfigError`` naming the key, so a typo in a profile
never passes silently.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from .errors import ConfigError

DEFAULT_MODEL = "Helsinki-NLP/opus-mt-zh-en"
PROFILE_NAMES = ("default", "fast", "quality", "gpu")


@dataclass(frozen=True)
class ReadConfig:
    # Larger inputs are refused (batch records them as failed). At 10 MB reading,
    # segmenting and summarising take under 0.6 GiB for text, HTML and DOCX (0.85 GiB
    # for random characters, the summariser's worst case); eval/LARGE_INPUTS.md
    max_bytes: int = 10_000_000
    # A .docx (or any ZIP-based input) is refused before parsing when its members
    # would unpack to more than this in all (bytes), or when a member over 1 MiB
    # unpacks to more than max_zip_ratio times its packed size: a zip bomb. Real
    # Word files pack their XML about 8 to 15 times; eval/LARGE_INPUTS.md
    max_unpacked_bytes: int = 200_000_000
    max_zip_ratio: float = 100.0

    def check(self) -> None:
        _positive("read.max_bytes", self.max_bytes)
        _positive("read.max_unpacked_bytes", self.max_unpacked_bytes)
        if not self.max_zip_ratio >= 1:
            raise ConfigError(f"read.max_zip_ratio must be at least 1, got {self.max_zip_ratio}")


@dataclass(frozen=True)
class SegmentConfig:
    # A sentence longer than this (characters) is also split at ；
    long_sentence_chars: int = 120
    # A line up to this long, without sentence-final punctuation, followed by body
    # text, is a heading
    max_heading_chars: int = 40
    detect_inline_headings: bool = True

    def check(self) -> None:
        _positive("segment.long_sentence_chars", self.long_sentence_chars)
        _positive("segment.max_heading_chars", self.max_heading_chars)


@dataclass(frozen=True)
class TranslateConfig:
    model: str = DEFAULT_MODEL  # hub id or local folder
    revision: str | None = None  # hub revision (branch, tag or commit); None = main
    device: Literal["auto", "cpu", "cuda"] = "auto"
    # auto: int8 on CPU, fp16 on CUDA; int8_float16: CUDA through CTranslate2 only
    precision: Literal["auto", "fp32", "int8", "fp16", "int8_float16"] = "auto"
    # auto: CTranslate2 for int8 on a CPU when the extra is installed, else torch
    backend: Literal["auto", "torch", "ctranslate2"] = "auto"
    num_beams: int = 4
    # torch backend: "static" = static key/value cache, CUDA graphs on CUDA (greedy only,
    # translate/static_decode.py); "generate" = transformers; auto: static for greedy on CUDA
    decoder: Literal["auto", "generate", "static"] = "auto"
    batch_tokens: int = 4096  # token budget of one batch (longest source x batch size)
    max_batch_size: int = 64
    max_input_tokens: int = 200  # longer sentences are split at clause boundaries
    max_length_ratio: float = 2.0  # max output tokens = ratio x source tokens + 10
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0
    # Benchmarks only: every output exactly ratio x source tokens, so runs do equal work
    fixed_output_ratio: float | None = None
    threads: int | None = None  # CPU threads; None = every usable core
    # Opt-in: zhbrief processes on one machine share its cores (lock files, threads.py);
    # off, a process never changes its threads because another one runs
    share_threads: bool = False

    def check(self) -> None:
        _positive("translate.num_beams", self.num_beams)
        _positive("translate.batch_tokens", self.batch_tokens)
        _positive("translate.max_batch_size", self.max_batch_size)
        _positive("translate.max_input_tokens", self.max_input_tokens)
        _positive("translate.max_length_ratio", self.max_length_ratio)
        if self.max_input_tokens > 510:
            raise ConfigError(
                "translate.max_input_tokens must be at most 510 (the model's 512 positions "
                f"less BOS/EOS), got {self.max_input_tokens}"
            )
        if self.batch_tokens < self.max_input_tokens:
            raise ConfigError(
                f"translate.batch_tokens ({self.batch_tokens}) must be at least "
                f"translate.max_input_tokens ({self.max_input_tokens}) so every sentence fits"
            )
        if self.threads is not None:
            _positive("translate.threads", self.threads)
        if self.fixed_output_ratio is not None:
            _positive("translate.fixed_output_ratio", self.fixed_output_ratio)
        _positive("translate.repetition_penalty", self.repetition_penalty)
        if self.decoder == "static" and (
            self.num_beams > 1 or self.no_repeat_ngram_size or self.repetition_penalty != 1.0
        ):
            raise ConfigError(
                "translate.decoder 'static' decodes greedily without n-gram or repetition "
                "rules: set num_beams 1 (and no such rule) or use decoder 'generate' or 'auto'"
            )


@dataclass(frozen=True)
class SummariseConfig:
    sentences_per_section: int = 3  # ceiling per section
    ratio: float = 0.25  # share of a section's sentences kept ...
    section_min: int = 1  # ... at least this many (capped by the ceiling and the section)
    key_points: int = 7  # ceiling on key points (0: none)
    key_points_ratio: float = 0.1  # share of the document's sentences ...
    key_points_min: int = 2  # ... at least this many (capped by the ceiling and the document)
    redundancy: float = 0.5  # similarity above which a candidate counts as redundant
    # The n-gram size and the damping are not settings: the fitted coefficients hold only
    # for the values they were fitted with (zhbrief.summarisation.vectors)

    def check(self) -> None:
        _positive("summarise.sentences_per_section", self.sentences_per_section)
        _positive("summarise.section_min", self.section_min)
        for name, value in (("ratio", self.ratio), ("key_points_ratio", self.key_points_ratio)):
            if not 0 < value <= 1:
                raise ConfigError(f"summarise.{name} must be in (0, 1], got {value}")
        if self.key_points < 0:
            raise ConfigError(f"summarise.key_points must be >= 0, got {self.key_points}")
        _positive("summarise.key_points_min", self.key_points_min)
        if not 0 < self.redundancy <= 1:
            raise ConfigError(f"summarise.redundancy must be in (0, 1], got {self.redundancy}")


@dataclass(frozen=True)
class RenderConfig:
    format: Literal["md", "json", "html", "docx", "pdf"] = "md"
    full: bool = False  # append the whole translation
    # PDF output: the LibreOffice program that renders the Word file, and how long one
    # document may take (its first start on a machine makes a profile: seconds)
    soffice: str = "soffice"
    pdf_timeout_s: float = 300.0

    def check(self) -> None:
        _positive("render.pdf_timeout_s", self.pdf_timeout_s)
        if not self.soffice.strip():
            raise ConfigError("render.soffice must name the LibreOffice program, e.g. soffice")


@dataclass(frozen=True)
class QAConfig:
    glossary: str | None = None  # path to a zh,en CSV/TSV
    strict: bool = False  # any flag makes the command exit 1
    retry: bool = True  # retry degenerate output once with safer decoding
    # rewrite an unambiguously wrong English number (checks.repair); shown in the brief
    repair_numbers: bool = True

    def check(self) -> None:
        return None


@dataclass(frozen=True)
class CacheConfig:
    enabled: bool = True
    path: str | None = None  # None = the user's cache directory

    def check(self) -> None:
        return None


@dataclass(frozen=True)
class ServeConfig:
    """``zhbrief serve``: bind address, limits and cross-request batching."""

    host: str = "127.0.0.1"  # loopback by default; another host without API keys warns
    port: int = 5000
    api_keys: str | None = None  # file of SHA-256 key hashes; None = no keys required
    char_limit: int = 5000  # characters per text of /translate and /detect (each q item)
    batch_limit: int = 100  # texts in one /translate or /detect q list
    brief_char_limit: int = 1_000_000  # characters per /brief or /summarise text
    upload_limit: int = 20_000_000  # bytes per uploaded file
    req_limit: int = 120  # requests per minute per API key and per client IP; 0 = none
    # With API keys: failed key attempts per minute per client IP before 429; 0 = none
    auth_fail_limit: int = 30
    # With API keys, /metrics needs "Authorization: Bearer <token>"; None = closed
    metrics_token: str | None = None
    batch_wait_ms: float = 5.0  # how long the batcher collects requests into one batch
    batch_max_texts: int = 64  # texts in one model call
    queue_size: int = 64  # requests waiting for the model; more get 429 at once
    # Run the model threads this much nicer than the HTTP loop (Linux): on a machine of
    # its own, 429s and health checks then never wait for the model's threads
    worker_nice: int = 0
    sync_chars: int = 20_000  # longer /brief texts run as a job with a status URL
    max_jobs: int = 32  # jobs kept (queued, running or finished) at once
    job_workers: int = 2  # jobs run at once
    file_ttl_s: int = 3600  # translated files and finished jobs are kept this long
    # Jobs (requests and results) survive a restart here; None = beside the memory
    jobs_path: str | None = None

    def check(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"serve.port must be in 0..65535, got {self.port}")
        for key in (
            "char_limit",
            "batch_limit",
            "brief_char_limit",
            "upload_limit",
            "batch_max_texts",
            "queue_size",
            "sync_chars",
            "max_jobs",
            "job_workers",
            "file_ttl_s",
        ):
            _positive(f"serve.{key}", getattr(self, key))
        if not 0 <= self.worker_nice <= 19:
            raise ConfigError(f"serve.worker_nice must be in 0..19, got {self.worker_nice}")
        if self.req_limit < 0 or self.auth_fail_limit < 0 or self.batch_wait_ms < 0:
            raise ConfigError(
                "serve.req_limit, serve.auth_fail_limit and serve.batch_wait_ms must be >= 0, "
                f"got {self.req_limit}, {self.auth_fail_limit} and {self.batch_wait_ms}"
            )


@dataclass(frozen=True)
class Config:
    read: ReadConfig = field(default_factory=ReadConfig)
    segment: SegmentConfig = field(default_factory=SegmentConfig)
    translate: TranslateConfig = field(default_factory=TranslateConfig)
    summarise: SummariseConfig = field(default_factory=SummariseConfig)
    render: RenderConfig = field(default_factory=RenderConfig)
    qa: QAConfig = field(default_factory=QAConfig)
    cache: CacheConfig = field(default_factory=CacheConfig)
    serve: ServeConfig = field(default_factory=ServeConfig)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def digest(self) -> str:
        """Short, stable hash of the settings (for reports and cache keys)."""
        blob = json.dumps(self.to_dict(), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:12]


def _positive(key: str, value: float) -> None:
    if not math.isfinite(value) or value <= 0:
        raise ConfigError(f"{key} must be positive, got {value!r}")


def _coerce(key: str, value: Any, tp: Any) -> Any:
    """Check ``value`` against the annotation ``tp``; convert int to float only."""
    origin = get_origin(tp)
    if origin is Literal:
        allowed = get_args(tp)
        if value not in allowed:
            choices = ", ".join(repr(a) for a in allowed)
            raise ConfigError(f"{key}: {value!r} is not one of {choices}")
        return value
    if origin in (typing.Union, types.UnionType):
        args = get_args(tp)
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _coerce(key, value, arg)
            except ConfigError as e:
                errors.append(str(e))
        raise ConfigError(errors[0] if errors else f"{key}: invalid value {value!r}")
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key} must be true or false, got {value!r}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key} must be an integer, got {value!r}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{key} must be a number, got {value!r}")
        if not math.isfinite(value):  # YAML .nan / .inf: every comparison would pass
            raise ConfigError(f"{key} must be a finite number, got {value!r}")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise ConfigError(f"{key} must be a string, got {value!r}")
        return value
    raise ConfigError(f"{key}: unsupported setting type {tp!r}")  # pragma: no cover


def _section_types() -> dict[str, type[Any]]:
    hints = typing.get_type_hints(Config)
    return {f.name: hints[f.name] for f in dataclasses.fields(Config)}


def _replace_section(section: Any, name: str, values: Mapping[str, Any]) -> Any:
    if not isinstance(values, Mapping):
        raise ConfigError(f"{name} must be a mapping of settings, got {values!r}")
    hints = typing.get_type_hints(type(section))
    known = {f.name for f in dataclasses.fields(section)}
    changes = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(
                f"unknown setting {name}.{key}; known {name} settings: {', '.join(sorted(known))}"
            )
        changes[key] = _coerce(f"{name}.{key}", value, hints[key])
    return dataclasses.replace(section, **changes)


def merge(config: Config, overrides: Mapping[str, Any]) -> Config:
    """Apply nested ``{"translate": {"num_beams": 1}}`` overrides, validated."""
    sections = _section_types()
    changes = {}
    for name, values in overrides.items():
        if name not in sections:
            raise ConfigError(
                f"unknown config section {name!r}; known sections: {', '.join(sections)}"
            )
        changes[name] = _replace_section(getattr(config, name), name, values)
    merged = dataclasses.replace(config, **changes)
    for name in sections:
        getattr(merged, name).check()
    return merged


def merge_flat(config: Config, flat: Mapping[str, Any]) -> Config:
    """Apply ``{"translate.num_beams": 1}`` overrides; ``None`` values are skipped."""
    nested: dict[str, dict[str, Any]] = {}
    for dotted, value in flat.items():
        if value is None:
            continue
        section, _, key = dotted.partition(".")
        nested.setdefault(section, {})[key] = value
    return merge(config, nested)


def _profile_text(name_or_path: str) -> tuple[str, str]:
    path = Path(name_or_path)
    if path.is_file():
        try:
            return path.read_bytes().decode("utf-8"), str(path)
        except UnicodeDecodeError as e:
            raise ConfigError(
                f"{path} is not UTF-8 text (invalid byte at offset {e.start}); save it as UTF-8"
            ) from e
        except OSError as e:
            raise ConfigError(f"{path}: cannot read the file: {e.strerror or e}") from e
    if name_or_path in PROFILE_NAMES:
        res = resources.files("zhbrief").joinpath("profiles", f"{name_or_path}.yaml")
        return res.read_text(encoding="utf-8"), f"profile {name_or_path!r}"
    raise ConfigError(
        f"config profile {name_or_path!r} is neither a file nor one of the built-in "
        f"profiles ({', '.join(PROFILE_NAMES)})"
    )


def _duplicate_key(node: Any, path: str = "") -> str | None:
    """The first key given twice in one mapping of a composed YAML tree, as
    ``section.key (lines 3 and 5)``; ``None`` when there is none."""
    import yaml

    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found = _duplicate_key(item, path)
            if found:
                return found
    if not isinstance(node, yaml.MappingNode):
        return None
    lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        name = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else None
        if name is not None:
            line = key_node.start_mark.line + 1
            if name in lines:
                return f"{path}{name} (lines {lines[name]} and {line})"
            lines[name] = line
        found = _duplicate_key(value_node, f"{path}{name}." if name is not None else path)
        if found:
            return found
    return None


def _yaml_load(text: str, where: str) -> Any:
    """``yaml.safe_load`` that refuses a key given twice (PyYAML keeps the last silently)."""
    import yaml

    class StrictLoader(yaml.SafeLoader):
        def construct_document(self, node: yaml.Node) -> Any:
            duplicate = _duplicate_key(node)
            if duplicate:
                raise ConfigError(f"{where}: the key {duplicate} is given twice; keep one")
            return super().construct_document(node)

    return yaml.load(text, Loader=StrictLoader)  # a SafeLoader subclass: safe


def load_profile(name_or_path: str) -> dict[str, Any]:
    import yaml

    text, where = _profile_text(name_or_path)
    try:
        data = _yaml_load(text, where)
    except yaml.YAMLError as e:
        raise ConfigError(f"{where} is not valid YAML: {e}") from e
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where} must be a mapping of sections, got {type(data).__name__}")
    return data


def load_config(profile: str | None = None, flags: Mapping[str, Any] | None = None) -> Config:
    """Defaults, then the YAML profile (name or path), then flat ``section.key`` flags."""
    config = Config()
    if profile:
        config = merge(config, load_profile(profile))
    if flags:
        config = merge_flat(config, flags)
    return config
