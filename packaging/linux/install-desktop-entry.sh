#!/usr/bin/env bash
# Put Facilitator in the desktop's application menu (for the current user, no root needed).
#
#   packaging/linux/install-desktop-entry.sh                      # `facilitator` is on PATH
#   packaging/linux/install-desktop-entry.sh --exec "$PWD/.venv/bin/facilitator"
#   packaging/linux/install-desktop-entry.sh --exec /opt/facilitator/facilitator   # the bundle
#   packaging/linux/install-desktop-entry.sh --uninstall
#
# Installs into ${XDG_DATA_HOME:-~/.local/share}: applications/facilitator.desktop and the icon
# in icons/hicolor (PNG 16-256 px and the SVG). Set DATA_DIR=/usr/local/share (as root) for
# all users.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ICONS="$HERE/../../resources/icons"
DATA_DIR="${DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}}"
EXEC=""
UNINSTALL=0
while [ $# -gt 0 ]; do
    case "$1" in
        --exec) EXEC="$2"; shift 2 ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

SIZES="16 32 64 128 256"
if [ "$UNINSTALL" = 1 ]; then
    rm -f "$DATA_DIR/applications/facilitator.desktop" "$DATA_DIR/icons/hicolor/scalable/apps/facilitator.svg"
    for s in $SIZES; do rm -f "$DATA_DIR/icons/hicolor/${s}x${s}/apps/facilitator.png"; done
    echo "removed Facilitator's desktop entry and icons from $DATA_DIR"
else
    if [ -z "$EXEC" ] && ! command -v facilitator >/dev/null; then
        echo "warning: 'facilitator' is not on PATH; pass --exec /path/to/facilitator" >&2
    fi
    for s in $SIZES; do
        install -D -m 644 "$ICONS/facilitator-$s.png" "$DATA_DIR/icons/hicolor/${s}x${s}/apps/facilitator.png"
    done
    install -D -m 644 "$ICONS/facilitator.svg" "$DATA_DIR/icons/hicolor/scalable/apps/facilitator.svg"
    mkdir -p "$DATA_DIR/applications"
    if [ -n "$EXEC" ]; then
        EXEC="$(realpath "$EXEC")"
        sed "s|^Exec=.*|Exec=\"$EXEC\"|" "$HERE/facilitator.desktop" > "$DATA_DIR/applications/facilitator.desktop"
    else
        cp "$HERE/facilitator.desktop" "$DATA_DIR/applications/facilitator.desktop"
    fi
    chmod 644 "$DATA_DIR/applications/facilitator.desktop"
    echo "installed $DATA_DIR/applications/facilitator.desktop"
fi
# Refresh the menu cache where the tool exists. No gtk-update-icon-cache: a cache in a
# user's icon folder would hide icons other programs install there later.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA_DIR/applications" || true
touch "$DATA_DIR/icons/hicolor" 2>/dev/null || true
