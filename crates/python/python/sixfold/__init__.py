"""Read, align, check and export six-language UN documents held in memory.

Each function takes the renderings of one document as ``{"en": "...", "fr": "...", ...}``
and optionally the text of its ``document.toml`` (and ``review_toml=``, its
``review.toml``: pinned rows and accepted findings). ``path`` names the folder the texts came
from (its last part is the document's slug); with the path the command line was given,
the answers are exactly what ``sixfold align|check --format json`` prints for that folder.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Optional, Union

from . import _sixfold

__all__ = ["read", "align", "align_json", "check", "check_json", "export"]


def _texts(texts: Mapping[str, str]) -> Dict[str, str]:
    return dict(texts)


def read(
    texts: Mapping[str, str], document_toml: Optional[str] = None, *, path: str = "document"
) -> Dict[str, Any]:
    """The segments the reader finds in each rendering: ``{"document", "segments"}``."""
    return json.loads(_sixfold.read_json(_texts(texts), document_toml, path))


def align_json(
    texts: Mapping[str, str],
    document_toml: Optional[str] = None,
    *,
    path: str = "document",
    pivot: str = "en",
    review_toml: Optional[str] = None,
) -> str:
    """The line (newline included) ``sixfold align --format json PATH`` prints."""
    return _sixfold.align_json(_texts(texts), document_toml, path, pivot, review_toml)


def align(
    texts: Mapping[str, str],
    document_toml: Optional[str] = None,
    *,
    path: str = "document",
    pivot: str = "en",
    review_toml: Optional[str] = None,
) -> Dict[str, Any]:
    """The six-way alignment: ``{"document", "path", "languages", "segments", "rows"}``.

    ``json.dumps(result, ensure_ascii=False, separators=(",", ":"))`` gives back the
    CLI's line byte for byte.
    """
    return json.loads(
        align_json(texts, document_toml, path=path, pivot=pivot, review_toml=review_toml)
    )


def check_json(
    texts: Mapping[str, str],
    document_toml: Optional[str] = None,
    *,
    path: str = "document",
    pivot: str = "en",
    review_toml: Optional[str] = None,
) -> str:
    """The line (newline included) ``sixfold check --format json PATH`` prints."""
    return _sixfold.check_json(_texts(texts), document_toml, path, pivot, review_toml)


def check(
    texts: Mapping[str, str],
    document_toml: Optional[str] = None,
    *,
    path: str = "document",
    pivot: str = "en",
    review_toml: Optional[str] = None,
) -> Dict[str, Any]:
    """The translator findings: ``{"document", "path", "pivot", "findings"}``."""
    return json.loads(
        check_json(texts, document_toml, path=path, pivot=pivot, review_toml=review_toml)
    )


def export(
    texts: Mapping[str, str],
    format: str,
    document_toml: Optional[str] = None,
    *,
    path: str = "document",
    langs: Optional[List[str]] = None,
    source: Optional[str] = None,
    review_toml: Optional[str] = None,
) -> Union[str, Dict[str, str]]:
    """What ``sixfold export PATH --format FORMAT`` writes.

    ``format`` is one of tmx, xliff, tsv, jsonl, moses, html. Moses gives one text per
    language (``{"en": ..., "fr": ...}``); every other format one text.
    """
    parts = _sixfold.export(
        _texts(texts), format, document_toml, path, langs, source, review_toml
    )
    if len(parts) == 1 and parts[0][0] is None:
        return parts[0][1]
    return {lang: text for lang, text in parts}
