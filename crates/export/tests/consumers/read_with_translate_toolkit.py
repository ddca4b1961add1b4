"""Reads a sixfold TMX or XLIFF 2 export with translate-toolkit and prints what it found
as JSON on stdout, so the Rust test can compare it with the aligned rows.

Usage: python3 read_with_translate_toolkit.py tmx|xliff FILE
"""

import json
import sys

from translate.storage import lisa, tmx, xliff2


def read_tmx(path):
    store = tmx.tmxfile.parsefile(path)
    units = []
    for unit in store.units:
        variants = {}
        for node in unit.getlanguageNodes():
            variants[lisa.getXMLlang(node)] = unit.getNodeText(node)
        units.append(
            {
                "id": unit.getid(),
                "source": unit.source,
                "target": unit.target,
                "variants": variants,
            }
        )
    return {"units": units}


def unit_notes(unit):
    """The notes of a unit. translate-toolkit 3.x's XLIFF 2 units are the <segment>
    elements and its getnotes() looks for <notes> inside them, where XLIFF 2 never puts
    them (they belong to the enclosing <unit>): read them there, from the tree it parsed."""
    notes = unit.getnotes()
    parent = unit.xmlelement.getparent()
    if notes or parent is None:
        return notes
    container = parent.find(unit.namespaced("notes"))
    if container is None:
        return ""
    return "\n".join(n.text for n in container.iterchildren(unit.namespaced("note")) if n.text)


def read_xliff(path):
    with open(path, "rb") as handle:
        store = xliff2.Xliff2File.parsefile(handle)
    units = []
    for unit in store.units:
        units.append(
            {
                "id": unit.getid(),
                "source": unit.source,
                "target": unit.target,
                "notes": unit_notes(unit),
                "translated": unit.istranslated(),
            }
        )
    return {
        "srcLang": store.getsourcelanguage(),
        "trgLang": store.gettargetlanguage(),
        "units": units,
    }


def main():
    kind, path = sys.argv[1], sys.argv[2]
    result = read_tmx(path) if kind == "tmx" else read_xliff(path)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
