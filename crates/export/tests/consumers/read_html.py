"""Parses a sixfold review page with html5lib (the WHATWG parsing algorithm, as browsers
run it) in strict mode, which raises on any parse error, and prints what it found as JSON
on stdout: the element names, and per body row of the table its id and the cells with
their language and rowspan.

Usage: python3 read_html.py FILE
"""

import json
import sys

import html5lib

NS = "{http://www.w3.org/1999/xhtml}"


def main():
    with open(sys.argv[1], "rb") as handle:
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
        tree = parser.parse(handle)
    tags = sorted({el.tag[len(NS):] for el in tree.iter() if isinstance(el.tag, str)})
    rows = []
    for tr in tree.iter(NS + "tr"):
        if tr.get("id") is None:
            continue
        cells = [
            {"lang": td.get("lang"), "rowspan": int(td.get("rowspan", "1"))}
            for td in tr.findall(NS + "td")
            if td.get("lang")
        ]
        rows.append({"id": tr.get("id"), "cells": cells})
    json.dump({"tags": tags, "rows": rows}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
