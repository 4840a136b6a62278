#!/usr/bin/env bash
# Re-fetch the graph library the HTML export inlines (cytoscape, MIT) from the npm registry
# into factcheck/data/, with its licence file and a version note. Run from the repository root.
set -euo pipefail
version="${1:-3.34.4}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cytoscape@${version}" >/dev/null && tar -xzf cytoscape-*.tgz)
data="$here/factcheck/data"
cp "$work/package/dist/cytoscape.min.js" "$data/cytoscape.min.js"
cp "$work/package/LICENSE" "$data/cytoscape.LICENSE"
license="$(node -p "require('$work/package/package.json').license")"
printf 'cytoscape %s (npm registry, licence %s)\n' "$version" "$license" > "$data/cytoscape.VERSION"
echo "vendored cytoscape ${version} (${license}) into ${data}"
