"""CI check (issue 12): the Ray Data pipeline of ``examples/ray_align.py``, run on a local
Ray instance, gives document for document the lines ``sixfold align --from`` prints.

    python3 crates/python/tests/ray_check.py SIXFOLD_BIN FOLDERS.txt WORK_DIR

Folder paths in FOLDERS.txt are taken as written, relative to the current directory.
"""

import json
import runpy
import subprocess
import sys
from pathlib import Path


def main(binary: str, folders: str, work: str) -> int:
    pipeline = runpy.run_path(str(Path(__file__).parents[1] / "examples" / "ray_align.py"))
    lines = Path(folders).read_text(encoding="utf-8").splitlines()
    paths = [p for p in map(pipeline["list_entry"], lines) if p is not None]
    cli = subprocess.run(
        [binary, "align", "--from", folders, "--quiet"], capture_output=True, check=False
    )
    if cli.returncode != 0:
        print(cli.stderr.decode(), file=sys.stderr)
        return 1
    expected = cli.stdout.decode("utf-8").splitlines(keepends=True)
    assert len(expected) == len(paths), (len(expected), len(paths))

    out = Path(work) / "ray-out"
    pipeline["main"](folders, str(out))

    got = {}
    for f in sorted(out.glob("*.json")):
        for line in f.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert record["error"] == "", record["error"]
            assert record["path"] not in got, f"{record['path']} twice"
            got[record["path"]] = record["alignment"]
            assert json.loads(record["alignment"])["path"] == record["path"], record["path"]
    missing = [p for p in paths if p not in got]
    assert not missing, f"{len(missing)} folders missing from the Ray output: {missing[:3]}"
    differ = [p for p, line in zip(paths, expected) if got[p] != line]
    assert not differ, f"{len(differ)} documents differ from the CLI, first {differ[0]}"
    print(f"ray pipeline: {len(paths)} documents, byte for byte the CLI's alignments")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
