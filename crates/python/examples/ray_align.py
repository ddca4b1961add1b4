"""Align a corpus of document folders with Ray Data: the same script on a laptop and on a
cluster (``ray.init()`` joins the cluster ``RAY_ADDRESS`` names, else starts a local one).

    python3 ray_align.py FOLDERS.txt OUT_DIR

FOLDERS.txt lists document folders, one per line, on storage every node can read, read as
``sixfold align --from`` reads it (blanks around a path dropped; blank lines and ``#``
comments skipped). OUT_DIR receives JSON Lines files whose records are ``{"path",
"alignment", "error"}``: ``alignment`` is the exact line ``sixfold align --format json PATH``
prints (a string, so no engine rewrites its numbers; it names ``path`` too), ``error`` the
reason a folder could not be aligned.
"""

import sys
from pathlib import Path
from typing import Dict, Optional

import numpy as np
import ray
import sixfold

LANGS = ("ar", "zh", "en", "fr", "ru", "es")


def list_entry(line: str) -> Optional[str]:
    """The folder a line of the list names, or None for a blank line or a comment: the rule
    of ``sixfold align --from``, so that both name a folder alike."""
    path = line.strip(" \t\r")
    return path if path and not path.startswith("#") else None


def align_folders(batch: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
    """One batch of folder paths in, their alignments out; a bad folder gives an error."""
    alignments, errors = [], []
    for path in batch["text"]:
        folder = Path(path)
        try:
            texts = {
                lang: (folder / f"{lang}.md").read_text(encoding="utf-8")
                for lang in LANGS
                if (folder / f"{lang}.md").is_file()
            }
            toml, review = (
                (folder / name).read_text(encoding="utf-8") if (folder / name).is_file() else None
                for name in ("document.toml", "review.toml")
            )
            alignments.append(sixfold.align_json(texts, toml, path=str(path), review_toml=review))
            errors.append("")
        except (OSError, ValueError) as err:
            alignments.append("")
            errors.append(f"{path}: {err}")
    return {
        "path": batch["text"],
        "alignment": np.array(alignments, dtype=object),
        "error": np.array(errors, dtype=object),
    }


def main(folders: str, out: str) -> None:
    ray.init()
    (
        ray.data.read_text(str(Path(folders).resolve()))
        .filter(lambda row: list_entry(row["text"]) is not None)
        .map(lambda row: {"text": list_entry(row["text"])})
        .map_batches(align_folders, batch_size=64)
        .write_json(str(Path(out).resolve()))
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
