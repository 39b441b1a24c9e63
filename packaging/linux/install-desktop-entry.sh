#!/bin/bash
# Add Outreach to this user's application menu (no root needed); --uninstall takes it out again.
#   install-desktop-entry.sh [--app DIR] [--uninstall]
# DIR is a one-folder build (the folder holding the `outreach` executable). Without --app the script
# looks for ./outreach next to itself (release tarball), then dist/outreach in the checkout; if neither
# exists it points the menu entry at an `outreach-app` already on PATH (pip install).
# A one-folder build is copied to ~/.local/opt/outreach and linked as ~/.local/bin/outreach-app.
# The user's data (~/.local/share/Outreach) is never touched.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ID=ca.outreach.Outreach
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
OPT=$HOME/.local/opt/outreach
BIN=$HOME/.local/bin/outreach-app
SIZES="16 32 48 64 128 256"
app="" uninstall=0
while (($#)); do
  case $1 in
    --app) app=${2:?--app needs a folder}; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-desktop-entry.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
}

if ((uninstall)); then
  rm -f "$DATA/applications/$ID.desktop" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
  for s in $SIZES; do rm -f "$DATA/icons/hicolor/${s}x${s}/apps/$ID.png"; done
  [[ -L $BIN && $(readlink "$BIN") == "$OPT/outreach" ]] && rm -f "$BIN"
  rm -rf "$OPT"
  refresh
  echo "Outreach removed from the menu (your data in $DATA/Outreach is kept)"
  exit 0
fi

if [[ -z $app ]]; then
  for candidate in "$here/outreach" "$here/../../dist/outreach"; do
    [[ -x $candidate/outreach ]] && { app=$candidate; break; }
  done
fi
if [[ -n $app ]]; then
  [[ -x $app/outreach ]] || { echo "install-desktop-entry.sh: no executable $app/outreach" >&2; exit 1; }
  app=$(cd "$app" && pwd)
  icons=$app/_internal/outreach_app/resources/icons
  if [[ $app != "$OPT" ]]; then  # copy beside, then swap, so a failed copy leaves the old app working
    mkdir -p "$(dirname "$OPT")"
    rm -rf "$OPT.new"; cp -a "$app" "$OPT.new"; rm -rf "$OPT"; mv "$OPT.new" "$OPT"
  fi
  mkdir -p "$(dirname "$BIN")"; ln -sfn "$OPT/outreach" "$BIN"
  exe=$OPT/outreach
  icons=$OPT/_internal/outreach_app/resources/icons
else
  exe=$(command -v outreach-app) || { echo "install-desktop-entry.sh: no one-folder build found and no outreach-app on PATH; build with packaging/build-linux.sh or pass --app DIR" >&2; exit 1; }
  icons=$here/../../resources/icons
fi
[[ -f $icons/outreach.svg ]] || icons=$here/../../resources/icons
[[ -f $icons/outreach.svg ]] || { echo "install-desktop-entry.sh: icons not found" >&2; exit 1; }

install -Dm644 "$icons/outreach.svg" "$DATA/icons/hicolor/scalable/apps/$ID.svg"
for s in $SIZES; do install -Dm644 "$icons/outreach-$s.png" "$DATA/icons/hicolor/${s}x${s}/apps/$ID.png"; done
mkdir -p "$DATA/applications"
# Exec gets the absolute path: a desktop session's PATH often lacks ~/.local/bin.
quoted=${exe//\\/\\\\}; quoted=${quoted//\"/\\\"}
sed "s|^Exec=.*|Exec=\"$quoted\"|" "$here/$ID.desktop" >"$DATA/applications/$ID.desktop.tmp"
mv "$DATA/applications/$ID.desktop.tmp" "$DATA/applications/$ID.desktop"
refresh
echo "Outreach is in the application menu (Office); it runs $exe"
