#!/bin/sh
# Re-extract every translatable string of the window into resources/translations/*.ts (keeping the
# translations already made; obsolete ones are dropped so the catalogue stays clean), then compile
# the .qm files the app loads. Run from anywhere; needs pyside6-lupdate / pyside6-lrelease (PySide6).
# After running: translate the entries marked type="unfinished" (Qt Linguist or a text editor),
# run this script again, and commit both the .ts and the .qm files.
set -eu
cd "$(dirname "$0")/.."
BIN="${PYSIDE6_BIN:-$(dirname "$(command -v python3)")}"
LUPDATE="${LUPDATE:-$BIN/pyside6-lupdate}"
LRELEASE="${LRELEASE:-$BIN/pyside6-lrelease}"
[ -x "$LUPDATE" ] || LUPDATE=/opt/ovenv/bin/pyside6-lupdate
[ -x "$LRELEASE" ] || LRELEASE=/opt/ovenv/bin/pyside6-lrelease
# the window's own strings, and the message templates the core raises its errors with (see
# outreach_app/core/errors.py): lupdate reads each error class's first argument as a text to translate
SOURCES=$(find outreach_app/ui outreach_app/core -name '*.py' | LC_ALL=C sort)
ERRORS="QT_TR_NOOP+=OutreachError,QT_TR_NOOP+=InvalidInput,QT_TR_NOOP+=NotFound,QT_TR_NOOP+=DatabaseProblem"
ERRORS="$ERRORS,QT_TR_NOOP+=DatabaseDamaged,QT_TR_NOOP+=DatabaseLocked,QT_TR_NOOP+=DatabaseReadOnly,QT_TR_NOOP+=DiskFull"
ERRORS="$ERRORS,QT_TR_NOOP+=DatabaseTooNew,QT_TR_NOOP+=PersonalDataFound,QT_TR_NOOP+=PlansAffected"
ERRORS="$ERRORS,QT_TR_NOOP+=BundleRefused,QT_TR_NOOP+=UnknownSigningKey,QT_TR_NOOP+=UnknownDevice,QT_TR_NOOP+=refuse,QT_TR_NOOP+=Notice"
# shellcheck disable=SC2086
"$LUPDATE" -no-obsolete -locations none -tr-function-alias "$ERRORS" -source-language en_CA \
    -target-language fr_CA $SOURCES -ts resources/translations/outreach_fr.ts
# English needs only its plural forms ("%n record(s)" -> "1 record", "2 records")
# shellcheck disable=SC2086
"$LUPDATE" -no-obsolete -locations none -pluralonly -source-language en_CA -target-language en_CA $SOURCES \
    -ts resources/translations/outreach_en.ts
for ts in resources/translations/outreach_*.ts; do
    "$LRELEASE" -removeidentical "$ts" -qm "${ts%.ts}.qm"
done
# the core has no Qt: the finished translations of the words it prints itself (reports, flyers) as JSON
PYTHON="${PYTHON:-$BIN/python}"
[ -x "$PYTHON" ] || PYTHON=python3
"$PYTHON" -m outreach_app.core.translation resources/translations
