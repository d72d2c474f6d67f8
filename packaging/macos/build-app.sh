#!/usr/bin/env bash
# Build build/dist/LedgerDesk.app on macOS with the shared spec (packaging/ledgerdesk.spec, BUNDLE()).
#   PYTHON=.venv-build/bin/python packaging/macos/build-app.sh
# PYTHON (default: python3) must have the hash-pinned build tools and LedgerDesk installed:
#   python3.11 -m venv .venv-build
#   .venv-build/bin/python -m pip install --require-hashes -r packaging/requirements-build.txt
#   .venv-build/bin/python -m pip install -c constraints.txt .
# The .app is for the machine's own architecture (arm64 on Apple silicon runners) and is ad-hoc signed
# by PyInstaller; Developer ID signing and notarization are separate steps (packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${PYTHON:-python3}

if [ "$(uname -s)" != Darwin ]; then
    echo "build-app.sh builds the macOS .app and runs on macOS only." >&2
    exit 2
fi
# The translations are build products (.gitignore): compile them into resources/i18n before bundling.
"$python" -c "from pathlib import Path; from app.ui.i18n import compile_translations; compile_translations(Path('resources/i18n'))"
"$python" -m PyInstaller --noconfirm --distpath build/dist --workpath build/pyinstaller packaging/ledgerdesk.spec

app=build/dist/LedgerDesk.app
# The version step is tested on Linux (tests/packaging/test_installer_version_step.py): keep it one line.
version=$("$python" packaging/version.py)
# The bundle must start, know its version, find its resources and open its window (offscreen).
reported=$("$app/Contents/MacOS/ledgerdesk" --version)
[ "$reported" = "LedgerDesk $version" ] || { echo "the app reports '$reported', expected 'LedgerDesk $version'" >&2; exit 1; }
"$app/Contents/MacOS/ledgerdesk" validate examples/confirma-documented.json
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/ledgerdesk" --self-check
/usr/libexec/PlistBuddy -c "Print :CFBundleIdentifier" -c "Print :CFBundleShortVersionString" \
    -c "Print :LSMinimumSystemVersion" "$app/Contents/Info.plist"
codesign --verify --deep --strict "$app"
echo "built $app ($(du -sh "$app" | cut -f1))"
