#!/usr/bin/env bash
# Refresh the vendored Swagger UI from the npm registry (version pinned in package.json).
set -euo pipefail
cd "$(dirname "$0")"
version=$(python3 -c 'import json; print(json.load(open("package.json"))["dependencies"]["swagger-ui-dist"])')
tmp=$(mktemp -d)
(cd "$tmp" && npm pack "swagger-ui-dist@$version" >/dev/null && tar xzf ./*.tgz)
cp "$tmp/package/swagger-ui-bundle.js" "$tmp/package/swagger-ui.css" "$tmp/package/favicon-32x32.png" "$tmp/package/LICENSE" .
rm -rf "$tmp"
echo "Swagger UI $version copied into $(pwd)"
