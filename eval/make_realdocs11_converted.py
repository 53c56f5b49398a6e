"""Make the eleventh set of real-tool documents: every Word file of the development sets
converted by LibreOffice into the three forms such a file is passed on in.

Each ``.docx`` of ``../shared/data/realdocs-dev`` and ``eval/data/realdocs-made*`` goes
through ``soffice --headless --convert-to`` as

- ``pdf``: "Save as PDF", how most reports are published;
- ``html``: "Save as web page", how Word files reach government and school sites;
- ``docx``: the file opened and saved again, a Word file written by another program.

The gold of each output is its source's gold, unchanged (the text, title and headings
are the same document's); a tracked-changes file (v01) is left out of the PDF and HTML
forms, which print the deleted text struck through. Pictures of the HTML form are not
kept (a page saved without its images). ``SOURCE.md`` lists what was made from what.

    python eval/make_realdocs11_converted.py [--out eval/data/realdocs-made11]

Needs LibreOffice (``apt-get install libreoffice-writer``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ZHBRIEF_SHARED", "/work/shared"))
MADE = sorted((ROOT / "eval" / "data").glob("realdocs-made*"))
SOURCES = [SHARED / "data" / "realdocs-dev", *MADE]
FORMS = {"pdf": "pdf", "html": "html", "docx": "docx:MS Word 2007 XML"}
# forms a source is not made in, with the reason (SOURCE.md says it too)
SKIP = {("v01_docx_tracked_changes", "pdf"), ("v01_docx_tracked_changes", "html")}


def sources(out: Path) -> list[tuple[Path, Path]]:
    """(the Word file, its gold) of every development set but the one being made."""
    found = []
    for folder in SOURCES:
        if folder.resolve() == out.resolve():
            continue
        for doc in sorted((folder / "docs").glob("*.docx")):
            gold = folder / "gold" / f"{doc.name}.json"
            if gold.is_file():
                found.append((doc, gold))
    return found


def convert(docs: list[Path], form: str, into: Path) -> None:
    """One ``soffice`` run per form (starting it is most of the time)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                FORMS[form],
                "--outdir",
                str(into),
                *map(str, docs),
            ],
            check=True,
            capture_output=True,
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "data" / "realdocs-made11")
    args = ap.parse_args(argv)
    pairs = sources(args.out)
    (args.out / "docs").mkdir(parents=True, exist_ok=True)
    (args.out / "gold").mkdir(parents=True, exist_ok=True)
    rows = []
    for form in FORMS:
        with tempfile.TemporaryDirectory() as tmp:
            convert([doc for doc, _ in pairs], form, Path(tmp))
            for doc, gold in pairs:
                if (doc.stem, form) in SKIP:
                    continue
                name = f"{doc.stem}_lo.{form}"
                shutil.copyfile(Path(tmp) / f"{doc.stem}.{form}", args.out / "docs" / name)
                shutil.copyfile(gold, args.out / "gold" / f"{name}.json")
                rows.append(f"| {name} | {doc.parent.parent.name}/docs/{doc.name} |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
