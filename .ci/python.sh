#!/usr/bin/env bash
# The Python package `sixfold` (crates/python): build the wheel, run its tests, and run the
# README's Ray Data pipeline on a local Ray instance over the bundled document and the UN
# Parallel Corpus folders, checking it gives `sixfold align --from`'s lines document for
# document (issue 12). Needs python3 (3.9 or newer) with pip.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --quiet --disable-pip-version-check "maturin>=1.5,<2" "pytest>=7" "ray[data]==2.60.0"
rm -rf target/wheels
python3 -m maturin build --release --quiet -m crates/python/Cargo.toml -o target/wheels
python3 -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/sixfold-*.whl
cargo build --release --quiet -p sixfold
export SIXFOLD_BIN="$PWD/target/release/sixfold"
python3 -m pytest -q crates/python/tests

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
realdocs="../shared/realdocs"
python3 "$realdocs/unv1_folders.py" build "$work/unv1" >/dev/null
python3 "$realdocs/unv1_folders.py" build "$work/unv1-damaged" --seed 1 >/dev/null
{
    echo "$PWD/translations/A-RES-51-60"
    ls -d "$work"/unv1/d* "$work"/unv1-damaged/d* | sort
} >"$work/folders.txt"
python3 crates/python/tests/ray_check.py "$SIXFOLD_BIN" "$work/folders.txt" "$work"
