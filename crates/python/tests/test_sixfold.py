"""The Python package answers exactly what the command line prints (issue 12).

Run after installing the wheel: ``pytest crates/python/tests``. The CLI compared against is
``$SIXFOLD_BIN``, else ``target/release/sixfold`` or ``target/debug/sixfold`` of this
checkout.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest
import sixfold

REPO = Path(__file__).resolve().parents[3]
BUNDLED = "translations/A-RES-51-60"


def cli() -> str:
    env = os.environ.get("SIXFOLD_BIN")
    if env:
        return env
    for profile in ("release", "debug"):
        candidate = REPO / "target" / profile / "sixfold"
        if candidate.is_file():
            return str(candidate)
    pytest.fail("no sixfold binary: build it (cargo build --release -p sixfold) or set SIXFOLD_BIN")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [cli(), *args], cwd=REPO, capture_output=True, env={**os.environ, "SIXFOLD_LANG": "en"}
    )


def folder(path: str):
    """The renderings and document.toml of a folder, as a data engine would hand them over."""
    texts = {}
    toml = None
    for f in sorted((REPO / path).iterdir()):
        if f.suffix == ".md" and f.stem in {"ar", "zh", "en", "fr", "ru", "es"}:
            texts[f.stem] = f.read_text(encoding="utf-8")
        elif f.name == "document.toml":
            toml = f.read_text(encoding="utf-8")
    return texts, toml


def test_review_toml_is_honoured_like_a_folders():
    texts = {"en": "1. Decides;\n\n2. Requests.\n", "fr": "1. Décide ;\n\n2. Prie.\n"}
    with pytest.raises(ValueError, match="review.toml"):
        sixfold.align(texts, review_toml="pins = [", path="d")


def test_align_is_the_cli_line_byte_for_byte():
    texts, toml = folder(BUNDLED)
    line = sixfold.align_json(texts, toml, path=BUNDLED)
    out = run("align", BUNDLED, "--format", "json")
    assert out.returncode == 0, out.stderr
    assert line.encode("utf-8") == out.stdout
    # The parsed object serialises back to the same bytes.
    value = sixfold.align(texts, toml, path=BUNDLED)
    assert json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n" == line
    assert value["document"] == "A/RES/51/60"
    assert value["languages"] == ["en", "ar", "zh", "fr", "ru", "es"]


def test_check_is_the_cli_line_byte_for_byte():
    texts, toml = folder(BUNDLED)
    out = run("check", BUNDLED, "--format", "json")
    assert sixfold.check_json(texts, toml, path=BUNDLED).encode("utf-8") == out.stdout
    report = sixfold.check(texts, toml, path=BUNDLED)
    assert report["path"] == BUNDLED and report["pivot"] == "en"


@pytest.mark.parametrize("fmt", ["tmx", "xliff", "tsv", "jsonl", "html"])
def test_export_is_what_the_cli_writes(fmt):
    texts, toml = folder(BUNDLED)
    langs = ["en", "fr"] if fmt == "xliff" else None
    args = ["export", BUNDLED, "--format", fmt] + (["--langs", "en,fr"] if langs else [])
    out = run(*args)
    assert out.returncode == 0, out.stderr
    assert sixfold.export(texts, fmt, toml, path=BUNDLED, langs=langs).encode("utf-8") == out.stdout


def test_moses_gives_one_text_per_language(tmp_path):
    texts, toml = folder(BUNDLED)
    parts = sixfold.export(texts, "moses", toml, path=BUNDLED, langs=["en", "ru"])
    assert set(parts) == {"en", "ru"}
    assert len(parts["en"].splitlines()) == len(parts["ru"].splitlines())
    out = run("export", BUNDLED, "--format", "moses", "--langs", "en,ru", "-o", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "A-RES-51-60.ru").read_text(encoding="utf-8") == parts["ru"]


def test_read_gives_the_segments_of_align():
    texts = {"en": "1. Decides;\n\n2. Requests.\n", "fr": "1. Décide ;\n\n2. Prie.\n"}
    read = sixfold.read(texts)
    assert read["segments"] == sixfold.align(texts)["segments"]
    assert [s["text"] for s in read["segments"]["fr"]] == ["1. Décide ;", "2. Prie."]


def test_bad_input_raises_value_error_with_the_reason():
    with pytest.raises(ValueError, match="xx"):
        sixfold.align({"en": "1. A.\n", "xx": "1. B.\n"})
    with pytest.raises(ValueError, match="at least two languages"):
        sixfold.align({"en": "1. A.\n"})
    with pytest.raises(ValueError, match="document.toml"):
        sixfold.align({"en": "1. A.\n", "fr": "1. B.\n"}, "symbol = [")
    with pytest.raises(ValueError, match="unknown export format"):
        sixfold.export({"en": "1. A.\n", "fr": "1. B.\n"}, "pdf")


@pytest.mark.parametrize(
    "fmt, kwargs, args",
    [
        ("xliff", {}, []),
        ("tsv", {"langs": ["en", "fr"], "source": "zh"}, ["--langs", "en,fr", "--source", "zh"]),
    ],
)
def test_export_refuses_what_the_cli_refuses_with_its_words(fmt, kwargs, args):
    texts, toml = folder(BUNDLED)
    with pytest.raises(ValueError) as raised:
        sixfold.export(texts, fmt, toml, path=BUNDLED, **kwargs)
    out = run("export", BUNDLED, "--format", fmt, *args)
    assert out.returncode == 2
    assert out.stderr.decode("utf-8") == f"error: {raised.value}\n"


def test_export_names_a_missing_rendering_as_the_cli_does():
    texts, toml = folder(BUNDLED)
    out = run("export", BUNDLED, "--format", "tmx", "--langs", "en,fr")
    assert out.returncode == 0
    del texts["fr"]
    with pytest.raises(ValueError) as raised:
        sixfold.export(texts, "tmx", toml, path=BUNDLED, langs=["en", "fr"])
    assert str(raised.value) == f"{BUNDLED} has no fr rendering: expected one of en, ar, zh, ru, es"


def test_pair_exports_follow_the_pair_links_on_a_merge():
    path = "crates/export/tests/fixtures/unv1-a-69-780"
    texts, toml = folder(path)
    tmx = sixfold.export(texts, "tmx", toml, path=path, langs=["en", "es"])
    out = run("export", path, "--format", "tmx", "--langs", "en,es")
    assert out.returncode == 0, out.stderr
    assert tmx.encode("utf-8") == out.stdout
    assert tmx.count("<tu ") == 6
    assert sixfold.export(texts, "tmx", toml, path=path, langs=["en", "zh"]).count("<tu ") == 4
