"""Exceptions raised by the library.

Each error carries how every entry point reports it: ``exit_code`` for the CLI
(``cli.main``: ``UsageError`` subclasses exit with 2, every other ``ZhbriefError`` with
1) and ``http_status`` for the service (its one exception handler answers it with
``{"error": message}``). A subclass overrides what differs, so no entry point keeps an
ordered table of classes. Each message says what broke and how to fix it.
"""

from __future__ import annotations


class ZhbriefError(Exception):
    """Base class: an expected failure with a message meant for the user."""

    exit_code = 1
    http_status = 500


class UsageError(ZhbriefError):
    """The user asked for something that cannot work as asked (exit 2)."""

    exit_code = 2
    http_status = 400


class ConfigError(UsageError):
    """A configuration key or value is unknown or invalid."""


class InputError(ZhbriefError):
    """An input file is missing, empty, binary, undecodable or too large."""

    http_status = 400


class ModelLoadError(ZhbriefError):
    """The translation model could not be loaded from the hub id or folder given."""

    http_status = 503


class TranslationError(ZhbriefError):
    """Translation failed at run time (out of memory, bad model output, ...)."""


class EvaluationError(ZhbriefError):
    """Evaluation inputs do not fit together (line counts, missing fields, ...)."""


class QualityError(ZhbriefError):
    """``--strict`` was given and quality checks flagged sentences."""


class CacheError(ZhbriefError):
    """The translation memory file cannot be used."""


class OutputError(ZhbriefError):
    """An output file or stream cannot be written (permissions, disk full, a folder)."""


class WorkerError(ZhbriefError):
    """A distributed worker died (out of memory, a crash) on the same input every retry."""


class ClusterError(ZhbriefError):
    """A Ray cluster cannot be started, found or reached (exit 1: try again, or fix it)."""
