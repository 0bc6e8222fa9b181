#!/usr/bin/env bash
# Install Debian's `chromium` for the memo browser test (pytest -m browser) and PNG previews.
# Idempotent and quiet: does nothing when /usr/bin/chromium exists; runs `apt-get update` only
# when apt does not know the package yet; prints apt's output only when something fails.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

quiet() {
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        echo "install-browser: failed: $*" >&2
        exit 1
    fi
}

# `apt-cache policy` shows no numeric candidate when the package lists lack chromium.
if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    quiet $SUDO apt-get update -qq
fi
# fonts-dejavu-core: with --no-install-recommends there may be no font at all, and the PNG
# preview would show boxes instead of letters.
quiet $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core

echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null)"
