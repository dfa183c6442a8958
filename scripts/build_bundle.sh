#!/usr/bin/env bash
# Builds the one-folder bundle with build.spec in a temporary folder, prints its size, starts
# it (--smoke, offscreen) and makes a handover PDF and a team report with it; fails when one
# of them fails or when it weighs more than the goal. Installs the build extra (PyInstaller)
# first if it is missing.
# scripts/test.sh runs this after the tests; it also runs alone (after scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
LIMIT_MIB=200 # issue 16: the Linux bundle unpacked

stamp=.venv/.installed-build-$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ] || [ ! -x .venv/bin/pyinstaller ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e ".[build]"
  touch "$stamp"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$SECONDS
.venv/bin/pyinstaller build.spec --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/build"
bundle=$work/dist/progressionsdialog
mib=$(du -sm "$bundle" | cut -f1)
echo "Programpakken (build.spec): $mib MiB udpakket (mål: højst $LIMIT_MIB), bygget på $((SECONDS - start)) s"

export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/xdg"
unset PROGRESSIONSDIALOG_PASSWORD
program=("$bundle/progressionsdialog" --data-dir "$work/data")
said=$(timeout 120 "${program[@]}" --demo --smoke) || said="$said (slutkode $?)"
if [ "$said" != "ready" ]; then
  echo "Fejl: programpakken starter ikke (--smoke skrev ikke 'ready', men: $said)." >&2
  exit 1
fi
timeout 120 "${program[@]}" pdf --citizen 4 --kind handover --out "$work/handover.pdf"
if [ "$(head -c 5 "$work/handover.pdf")" != "%PDF-" ]; then
  echo "Fejl: programpakkens overleveringsrapport er ikke en PDF." >&2
  exit 1
fi
# The team report's charts are drawn by the bundle's program file started a second time
# (progressionsdialog/charts/drawing_process.py), and on Linux multiprocessing's resource
# tracker is that file too (progressionsdialog/bundle_processes.py). If either could not
# start, the charts would be drawn in the program, or a warning would say the tracker died:
# neither must happen.
said=$(timeout 120 "${program[@]}" statistik --pdf "$work/team.pdf" 2>&1 >/dev/null) ||
  said="$said (slutkode $?)"
if [ "$(head -c 5 "$work/team.pdf")" != "%PDF-" ] || ! grep -aq "/Subtype /Image" "$work/team.pdf" ||
  grep -qiE "drawing process|resource_tracker|traceback" <<<"$said"; then
  echo "Fejl: programpakkens teamrapport mangler diagrammer fra tegneprocessen: $said" >&2
  exit 1
fi
if [ "$mib" -gt "$LIMIT_MIB" ]; then
  echo "Fejl: programpakken fylder $mib MiB, mere end $LIMIT_MIB MiB (se build.spec)." >&2
  exit 1
fi
echo "Programpakken starter og laver en overleveringsrapport og en teamrapport ($((SECONDS - start)) s i alt)."
