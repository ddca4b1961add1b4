#!/usr/bin/env bash
# Installs the programs the export consumer tests (crates/export/tests/it/consumers.rs) load
# our files with: xmllint, headless Chromium with fonts for all six scripts,
# translate-toolkit and html5lib. Idempotent and quiet: prints one line per thing it installs, and the
# installer's log only when an install fails.
set -euo pipefail

log=$(mktemp)
trap 'rm -f "$log"' EXIT
fail() {
    echo "consumers: $1 failed:" >&2
    cat "$log" >&2
    exit 1
}

apt_pkgs=(libxml2-utils chromium fonts-noto-core fonts-noto-cjk libreoffice-writer-nogui)
missing=()
for pkg in "${apt_pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done
if ((${#missing[@]})); then
    echo "consumers: apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >"$log" 2>&1 || fail "apt-get update"
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1 ||
        fail "apt-get install"
fi

if ! python3 -c 'import translate.storage.tmx, translate.storage.xliff2' 2>/dev/null; then
    echo "consumers: pip install translate-toolkit"
    PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check \
        "translate-toolkit==3.20.4" >"$log" 2>&1 || fail "pip install translate-toolkit"
fi

if ! python3 -c 'import html5lib' 2>/dev/null; then
    echo "consumers: pip install html5lib"
    PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check \
        "html5lib==1.1" >"$log" 2>&1 || fail "pip install html5lib"
fi
