"""The one-folder bundle's size, unpacked: builds it with ``build.spec`` and weighs it.

What is measured
    ``pyinstaller build.spec`` into a temporary folder (needs the build extra:
    ``.venv/bin/pip install -c constraints.txt -e ".[build]"``), then the size of
    ``dist/progressionsdialog`` in MiB (as ``du -sm``), the largest parts, and whether the
    bundle starts (``--smoke``, offscreen) and makes a handover PDF (charts, fonts).
    ``--spec FILE`` weighs a bundle built from another spec file, for a before and after.

Goal (issue 16)
    At most 200 MB unpacked.

    .venv/bin/python benchmarks/bundle_size.py [--spec build.spec] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def size(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_blocks * 512  # on disk, as du counts it
    return sum(size(child) for child in path.iterdir())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "build.spec")
    parser.add_argument("--keep", action="store_true", help="leave the build in place")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pd-bundle-"))
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    command = [str(pyinstaller), str(args.spec.resolve()), "--noconfirm"]
    command += ["--distpath", str(work / "dist"), "--workpath", str(work / "build")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    bundle = work / "dist" / "progressionsdialog"
    mib = 1024 * 1024
    print(f"{args.spec.name}: {size(bundle) / mib:.0f} MiB unpacked (goal: 200 MB)")
    parts = sorted((bundle / "_internal").iterdir(), key=size, reverse=True)
    for part in parts[:10]:
        print(f"  {size(part) / mib:6.1f} MiB  {part.name}")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(work / "config"),
        "XDG_DATA_HOME": str(work / "xdg"),
    }
    program = str(bundle / "progressionsdialog")
    data = str(work / "data")
    for what, extra in (
        ("starts (--smoke --demo)", ["--smoke", "--demo", "--data-dir", data]),
        ("makes a handover PDF", ["pdf", "--citizen", "4", "--kind", "handover"]),
    ):
        if what.startswith("makes"):
            extra += ["--out", str(work / "handover.pdf"), "--data-dir", data]
        run = subprocess.run([program, *extra], env=env, capture_output=True, text=True)
        result = "yes" if run.returncode == 0 else f"no: {run.stderr.strip()[-300:]}"
        print(f"  {what}: {result}")
    if args.keep:
        print(f"  kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
