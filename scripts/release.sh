#!/usr/bin/env bash
# Cut a release, up to but not including the upload (see docs/releasing.md).
#
#   scripts/release.sh 0.2.0
#
# 1. checks: on a clean main, the version is new, CHANGELOG.md has an Unreleased section;
# 2. bumps src/communique/__about__.py (the single source of the version);
# 3. turns "## Unreleased" into "## 0.2.0 - YYYY-MM-DD" and opens a new empty Unreleased;
# 4. regenerates the JSON Schema, runs the tests;
# 5. commits, tags v0.2.0;
# 6. builds the wheel and the sdist into dist/ and runs twine check.
# Then it prints the upload command; uploading and pushing stay manual.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:-}"
if [[ ! "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+((a|b|rc)[0-9]+)?$ ]]; then
    echo "usage: scripts/release.sh X.Y.Z   (PEP 440, e.g. 0.2.0 or 0.2.0rc1)" >&2
    exit 2
fi
python="${PYTHON:-python3}"

if [[ -n "$(git status --porcelain --untracked-files=no)" ]]; then
    echo "release: the working tree has uncommitted changes" >&2
    exit 1
fi
if git rev-parse -q --verify "refs/tags/v$version" >/dev/null; then
    echo "release: tag v$version already exists" >&2
    exit 1
fi
if ! grep -q '^## Unreleased' CHANGELOG.md; then
    echo "release: CHANGELOG.md has no '## Unreleased' section" >&2
    exit 1
fi

echo "== bump src/communique/__about__.py to $version"
sed -i.bak -E "s/^__version__ = \".*\"/__version__ = \"$version\"/" src/communique/__about__.py
rm -f src/communique/__about__.py.bak
grep -q "^__version__ = \"$version\"" src/communique/__about__.py

echo "== CHANGELOG.md: Unreleased becomes $version"
today="$(date -u +%Y-%m-%d)"
"$python" - "$version" "$today" <<'PY'
import sys
from pathlib import Path

version, today = sys.argv[1], sys.argv[2]
path = Path("CHANGELOG.md")
text = path.read_text(encoding="utf-8")
text = text.replace("## Unreleased", f"## Unreleased\n\n## {version} - {today}", 1)
path.write_text(text, encoding="utf-8")
PY

echo "== schema and tests"
"$python" scripts/gen_schema.py
"$python" -m pytest -q

echo "== commit and tag v$version"
git add src/communique/__about__.py CHANGELOG.md src/communique/schema.json
git commit -m "Release $version"
git tag -a "v$version" -m "communique $version"

echo "== build and twine check"
rm -rf dist
"$python" -m build
"$python" -m twine check --strict dist/*

cat <<EOF2

Release $version is built in dist/ and tagged v$version. Not uploaded. To publish:

    git push origin main "v$version"
    python -m twine upload dist/*

Then set src/communique/__about__.py to the next .dev0 version.
EOF2
