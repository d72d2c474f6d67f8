#!/usr/bin/env bash
# Build the .deb from the onedir bundle:  packaging/linux/build-deb.sh BUNDLE_DIR VERSION OUTPUT.deb
# (./scripts/package calls it). Layout:
#   /opt/ledgerdesk/                         the PyInstaller bundle
#   /usr/bin/ledgerdesk -> /opt/ledgerdesk/ledgerdesk
#   /usr/share/applications/ledgerdesk.desktop
#   /usr/share/icons/hicolor/{16..512}x{..}/apps/ledgerdesk.png, scalable/apps/ledgerdesk.svg
# No maintainer scripts: the icon cache and desktop database are refreshed by the dpkg triggers of
# hicolor-icon-theme and desktop-file-utils. Depends/Recommends come from system-libraries.txt, checked
# here against what the bundle's binaries really need (readelf, from binutils).
# Environment: DEB_MAINTAINER (default below), DEB_STAGING (default build/deb-root).
set -euo pipefail

if [ "$#" -ne 3 ]; then
    echo "usage: $0 BUNDLE_DIR VERSION OUTPUT.deb" >&2
    exit 2
fi
bundle=$(cd "$1" && pwd)
version=$2
output=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
staging=${DEB_STAGING:-$root/build/deb-root}
maintainer=${DEB_MAINTAINER:-"LedgerDesk release engineering <release@ledgerdesk.invalid>"}
icon_sizes="16 32 48 64 128 256 512"

[ -x "$bundle/ledgerdesk" ] || { echo "build-deb: no executable $bundle/ledgerdesk" >&2; exit 1; }
for tool in dpkg-deb readelf; do
    command -v "$tool" >/dev/null || { echo "build-deb: '$tool' is missing (apt-get install dpkg binutils)" >&2; exit 1; }
done

# A Python version as a Debian one: pre-releases sort before the release (0.2.0rc1 -> 0.2.0~rc1).
deb_version=$(printf '%s' "$version" | sed -E 's/(\.?)(a|b|rc|dev)([0-9]+)/~\2\3/; s/\.post/+post/')

# --- what the bundle needs from the host --------------------------------------------------------
elf_files=$(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$bundle/ledgerdesk" \))
bundled=$(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' \) -printf '%f\n' | sort -u)
# shellcheck disable=SC2086
needed=$(readelf -d $elf_files 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)
table=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/system-libraries.txt")
depends=() recommends=() unknown=()
for lib in $needed; do
    grep -qxF "$lib" <<<"$bundled" && continue
    row=$(awk -v lib="$lib" '$1 == lib' <<<"$table")
    if [ -z "$row" ]; then unknown+=("$lib"); continue; fi
    relation=$(awk '{print $2}' <<<"$row")
    package=$(sed -E 's/^[^[:space:]]+[[:space:]]+[^[:space:]]+[[:space:]]+//' <<<"$row")
    case "$relation" in
        Depends) [[ " ${depends[*]-} " == *" $package,"* ]] || depends+=("$package,") ;;
        Recommends) [[ " ${recommends[*]-} " == *" $package,"* ]] || recommends+=("$package,") ;;
        *) echo "build-deb: bad relation '$relation' for $lib in system-libraries.txt" >&2; exit 1 ;;
    esac
done
if [ "${#unknown[@]}" -gt 0 ]; then
    echo "build-deb: the bundle needs libraries that are neither bundled nor in packaging/linux/system-libraries.txt:" >&2
    printf '  %s\n' "${unknown[@]}" >&2
    echo "Add each with the Debian package that ships it (dpkg -S), or bundle it (packaging/ledgerdesk.spec)." >&2
    exit 1
fi
# The table's libc6 minimum must cover the newest glibc symbol version any bundled binary asks for.
# shellcheck disable=SC2086
glibc_needed=$(readelf --version-info $elf_files 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
glibc_declared=$(awk '$3 == "libc6" {gsub(/[()>= ]/, "", $5); print $5; exit}' <<<"$table")
if [ -n "$glibc_needed" ] && [ "$(printf '%s\n%s\n' "$glibc_needed" "$glibc_declared" | sort -V | tail -1)" != "$glibc_declared" ]; then
    echo "build-deb: the bundle needs glibc $glibc_needed but system-libraries.txt declares libc6 (>= $glibc_declared)" >&2
    exit 1
fi
# Sorted by package name; a Secret Service provider for the API keys is recommended too.
depends_line=$(printf '%s\n' "${depends[@]}" | sort -u | paste -sd' ' | sed 's/, *$//')
recommends_line=$(printf '%s\n' "${recommends[@]-}" "gnome-keyring," | sed '/^$/d' | sort -u | paste -sd' ' | sed 's/, *$//')

# --- the package tree -----------------------------------------------------------------------------
rm -rf "$staging"
mkdir -p "$staging/opt" "$staging/usr/bin" "$staging/usr/share/applications" "$staging/DEBIAN"
cp -a "$bundle" "$staging/opt/ledgerdesk"
ln -s /opt/ledgerdesk/ledgerdesk "$staging/usr/bin/ledgerdesk"
install -m 0644 "$here/ledgerdesk.desktop" "$staging/usr/share/applications/ledgerdesk.desktop"
for size in $icon_sizes; do
    install -D -m 0644 "$root/resources/icons/ledgerdesk-$size.png" \
        "$staging/usr/share/icons/hicolor/${size}x${size}/apps/ledgerdesk.png"
done
install -D -m 0644 "$root/resources/icons/ledgerdesk.svg" "$staging/usr/share/icons/hicolor/scalable/apps/ledgerdesk.svg"
# Whatever the umask was when PyInstaller ran: directories 755, files 644 (shared libraries too, as
# Debian policy wants), the programs 755.
find "$staging" -type d -exec chmod 0755 {} +
find "$staging" -type f -exec chmod u+rw,go+r,go-w {} +
find "$staging" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 0644 {} +

installed_kib=$(du -sk --exclude=DEBIAN "$staging" | cut -f1)
cat > "$staging/DEBIAN/control" <<EOF
Package: ledgerdesk
Version: $deb_version
Architecture: amd64
Maintainer: $maintainer
Installed-Size: $installed_kib
Section: misc
Priority: optional
Depends: $depends_line
Recommends: $recommends_line
Description: journal-entry desktop application for bookkeepers
 LedgerDesk is for typing journal vouchers in a fast grid with live VAT and
 balance, checking them before anything leaves the computer, and posting them
 to the Confirma Finance (Finland) or Infinity (Switzerland) accounting APIs.
 API keys are kept only in the desktop's keyring (Secret Service, e.g. GNOME
 Keyring). The ledgerdesk command also validates and submits voucher files.
EOF

mkdir -p "$(dirname "$output")"
dpkg-deb --root-owner-group -Zzstd --build "$staging" "$output" >/dev/null
echo "built $output (Version $deb_version, Installed-Size $installed_kib KiB)"
