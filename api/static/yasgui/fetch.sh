#!/usr/bin/env bash
# Refresh the vendored YASGUI build from the npm registry (version pinned in package.json).
set -euo pipefail
cd "$(dirname "$0")"
version=$(python3 -c 'import json; print(json.load(open("package.json"))["dependencies"]["@zazuko/yasgui"])')
tmp=$(mktemp -d)
(cd "$tmp" && npm pack "@zazuko/yasgui@$version" >/dev/null && tar xzf ./*.tgz)
cp "$tmp/package/build/yasgui.min.js" "$tmp/package/build/yasgui.min.css" .
rm -rf "$tmp"
echo "YASGUI $version copied into $(pwd)"
