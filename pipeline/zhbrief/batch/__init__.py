"""Batch translation: many reports, one brief and one translation each.

Inputs are read, segmented and summarised one by one; a bad input is recorded as
``failed`` and the batch goes on. Documents are translated in chunks (up to
``chunk_docs`` documents or ``chunk_sentences`` spans): all spans of a chunk go to the
translator in one call, so short reports share length-sorted batches. After each
chunk every document's outputs are written atomically and its manifest line appended,
so a kill loses at most the chunk in flight.

Output naming (``out`` = the output folder, ``<rel>`` = the input's path relative to
the common folder of the inputs, without its suffix)::

    out/<rel>.brief.<fmt>     the brief (``--full`` appends the whole translation)
    out/<rel>.en.<fmt>        the full translation
    out/manifest.jsonl        one JSON line per processed input (see ``ManifestEntry``)

Subfolders are mirrored, so ``a/x.txt`` and ``b/x.txt`` do not collide; when two
inputs differ only in suffix (``x.txt``, ``x.md``) both keep it (``x.txt.brief.md``).

The manifest is append-only; for each input the last line counts. A rerun skips an
input whose content hash and settings digest match its last ``done`` line and whose
outputs still exist; ``force`` redoes it (translations still come from the translation
memory unless it is disabled).
"""

from .dataset import (
    dataset_output_path,
    parse_formats,
    plain_summary,
    plain_translation,
    run_dataset,
)
from .discover import discover
from .manifest import manifest_path, read_manifest, settings_digest
from .options import DEFAULT_GLOBS, FORMATS, BatchOptions, BatchSummary, InputItem
from .runner import run_batch

__all__ = [
    "DEFAULT_GLOBS",
    "FORMATS",
    "BatchOptions",
    "BatchSummary",
    "InputItem",
    "dataset_output_path",
    "discover",
    "manifest_path",
    "parse_formats",
    "plain_summary",
    "plain_translation",
    "read_manifest",
    "run_batch",
    "run_dataset",
    "settings_digest",
]
