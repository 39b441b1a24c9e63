#!/bin/bash
# Build the Linux one-folder app into dist/outreach/ and smoke-test it with an empty environment.
#   packaging/build-linux.sh            # uses `pyinstaller` from PATH, or $PYINSTALLER
#   PYINSTALLER=/opt/ovenv/bin/pyinstaller packaging/build-linux.sh
# Output: dist/outreach/outreach (run it, or packaging/linux/install-desktop-entry.sh to add it to the menu).
set -euo pipefail
cd "$(dirname "$0")/.."
PYINSTALLER=${PYINSTALLER:-pyinstaller}
DIST=${DIST:-dist}
WORK=${WORK:-build/pyinstaller}

start=$(date +%s)
"$PYINSTALLER" --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" packaging/outreach.spec
echo "built $DIST/outreach in $(( $(date +%s) - start )) s, $(du -sh "$DIST/outreach" | cut -f1)"

# Smoke test as a user's desktop would start it: no Python on PATH, nothing inherited.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
run() { env -i LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen HOME="$scratch" "$DIST/outreach/outreach" "$@"; }
run --version
run --db "$scratch/smoke.db" report --from 2025-01-01 --to 2025-12-31 --format json >/dev/null
run --db "$scratch/smoke.db" report --from 2025-01-01 --to 2025-12-31 --format text --language fr >/dev/null
if [[ -f outreach_app/ui/app.py && ${SKIP_SELF_TEST:-} != 1 ]]; then  # the window exists
  run --db "$scratch/self-test.db" --self-test
fi
echo "smoke test passed"

# A release tarball: the app folder plus the menu-entry installer, which finds the icons in the app.
version=$("$DIST/outreach/outreach" --version | awk '{print $2}')
name=outreach-$version-linux-$(uname -m)
stage=$(mktemp -d)
mkdir "$stage/$name"
cp -a "$DIST/outreach" packaging/linux/install-desktop-entry.sh packaging/linux/ca.outreach.Outreach.desktop "$stage/$name/"
tar -C "$stage" -czf "$DIST/$name.tar.gz" "$name"
rm -rf "$stage"
echo "release tarball $DIST/$name.tar.gz ($(du -h "$DIST/$name.tar.gz" | cut -f1))"
