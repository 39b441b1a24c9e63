#!/bin/bash
# Build the Linux one-folder app into dist/outreach/ and smoke-test it with an empty environment.
#   packaging/build-linux.sh            # uses `pyinstaller` from PATH, or $PYINSTALLER
#   PYINSTALLER=/opt/ovenv/bin/pyinstaller packaging/build-linux.sh
# Output: dist/outreach/outreach (run it, or packaging/linux/install-desktop-entry.sh to add it to the menu).
# On a bare Debian 12 PyInstaller also needs: apt-get install binutils libpython3.11 (see docs/packaging.md).
set -euo pipefail
cd "$(dirname "$0")/.."
PYINSTALLER=${PYINSTALLER:-pyinstaller}
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}

# Build into a staging folder beside dist/ and move the app into place only once its smoke test
# passed: a failed build or smoke test leaves the previous dist/outreach/ (or none), never a broken one.
mkdir -p "$DIST"
stage=$(mktemp -d "$DIST/.building.XXXXXX")
scratch=$(mktemp -d)
trap 'rm -rf "$stage" "$scratch"' EXIT

start=$(date +%s)
"$PYINSTALLER" --noconfirm --clean --log-level WARN --distpath "$stage" --workpath "$WORK" packaging/outreach.spec
echo "built in $(( $(date +%s) - start )) s, $(du -sh "$stage/outreach" | cut -f1)"

# Smoke test as a user's desktop would start it: no Python on PATH, nothing inherited.
run() { env -i LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen HOME="$scratch" "$stage/outreach/outreach" "$@"; }
run --version
run --db "$scratch/smoke.db" report --from 2025-01-01 --to 2025-12-31 --format json >/dev/null
run --db "$scratch/smoke.db" report --from 2025-01-01 --to 2025-12-31 --format text --language fr >/dev/null
if [[ -f outreach_app/ui/app.py && ${SKIP_SELF_TEST:-} != 1 ]]; then  # the window exists
  run --db "$scratch/self-test.db" --self-test
fi
echo "smoke test passed"
rm -rf "$DIST/outreach"
mv "$stage/outreach" "$DIST/outreach"
echo "$DIST/outreach is ready"

# A release tarball: the app folder plus the menu-entry installer, which finds the icons in the app.
version=$("$DIST/outreach/outreach" --version | awk '{print $2}')
name=outreach-$version-linux-$(uname -m)
packed=$(mktemp -d)
trap 'rm -rf "$stage" "$scratch" "$packed"' EXIT
mkdir "$packed/$name"
cp -a "$DIST/outreach" packaging/linux/install-desktop-entry.sh packaging/linux/ca.outreach.Outreach.desktop "$packed/$name/"
tar -C "$packed" -czf "$DIST/$name.tar.gz" "$name"
echo "release tarball $DIST/$name.tar.gz ($(du -h "$DIST/$name.tar.gz" | cut -f1))"
