#!/usr/bin/env bash
# Pack build/dist/LedgerDesk.app into build/ledgerdesk-<version>-macos-<arch>.dmg (drag to Applications).
#   packaging/macos/make-dmg.sh [VERSION]      (default: app/__init__.py's __version__)
# Run packaging/macos/build-app.sh first. Uses hdiutil only (no third-party dmg tools).
set -euo pipefail
cd "$(dirname "$0")/../.."

app=build/dist/LedgerDesk.app
[ -d "$app" ] || { echo "no $app: run packaging/macos/build-app.sh first" >&2; exit 1; }
# The version step is tested on Linux (tests/packaging/test_installer_version_step.py): keep it one line.
version=${1:-$(python3 packaging/version.py)}
arch=$(uname -m)
staging=build/dmg
output="build/ledgerdesk-$version-macos-$arch.dmg"

rm -rf "$staging" "$output"
mkdir -p "$staging"
ditto "$app" "$staging/LedgerDesk.app"          # ditto keeps the signatures, symlinks and extended attributes
ln -s /Applications "$staging/Applications"
hdiutil create -volname "LedgerDesk $version" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$output"
hdiutil verify "$output"
rm -rf "$staging"
echo "built $output ($(du -h "$output" | cut -f1))"
