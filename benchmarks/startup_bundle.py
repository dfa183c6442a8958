"""Start-up from the one-folder bundle: the bundled program against a bundled bare window.

What is measured
    Two one-folder bundles are built with PyInstaller in a temporary folder (needs the build
    extra, installed here as ``scripts/build_bundle.sh`` does when ``pyinstaller`` is missing):

    * ours: ``build.spec``, exactly as ``scripts/build_bundle.sh`` builds it;
    * bare: ``benchmarks/bare_window.spec``, the bare window of ``startup.py`` (an empty
      ``QMainWindow``, shown, ``ready`` printed from a zero-timer, then quit) bundled the same
      way: the same excludes and the same Qt plugins, Qt libraries and Qt translations kept,
      the same pruning of system libraries, cut ICU data and stripping, with build.spec's own
      functions. So the anchor is a bare Qt program shipped as we ship ours.

    Then, as in ``startup.py``: wall-clock time (``time.perf_counter`` from spawn until exit)
    and peak resident memory (``ru_maxrss`` from ``os.wait4``) of ``bare`` and of
    ``ours --smoke --data-dir DIR`` (``--demo`` adds ``--demo``), run alternately as pairs,
    offscreen, every run exiting 0 and printing exactly ``ready``. Each program has its own
    data folder, made once: its first run creates the database and is reported on its own,
    together with the first run of the bare bundle; the measured runs open the existing
    database. A bundle always runs compiled bytecode (its ``PYZ`` archive holds ``.pyc``);
    the bootloader ignores ``PYTHON*`` variables.

    For comparison in the same session, interleaved with the bundle's pairs (the order of the
    kinds of pair turns round each round), the same pairs from source (``startup.py``'s
    commands): with bytecode cached in a temporary ``PYTHONPYCACHEPREFIX``, as an installed
    package ships it, and the environment as it is (here ``PYTHONDONTWRITEBYTECODE=1``, so
    our modules compile on every start). ``--source`` chooses which.

    ``--bundle-dir DIR`` builds into DIR and keeps the bundles there, or reuses the bundles
    already in DIR (``--rebuild`` builds anew), so that re-runs take seconds. It says from
    which commit a reused bundle was built.

Goal (issue 16)
    Start (``--smoke``) against the bare window at most 1.5x, from source and from the bundle:
    the median of the per-pair ratios ours / bare. This script only prints numbers; it is not
    a test.

    .venv/bin/python benchmarks/startup_bundle.py [--runs 15] [--bundle-dir DIR [--rebuild]]
        [--source both|cached|as-is|none] [--demo]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import BARE, CONSOLE_SCRIPT, GOAL_RATIO, PYTHON, mb, run_once

ROOT = Path(__file__).resolve().parent.parent
OURS_SPEC = ROOT / "build.spec"
BARE_SPEC = ROOT / "benchmarks" / "bare_window.spec"
STAMP = "built-from.txt"


@dataclass
class Kind:
    """One kind of pair: a bare command and ours, run one after the other."""

    label: str
    bare: list[str]
    ours: list[str]
    env: dict[str, str]
    bytecode: str
    first_bare: tuple[float, int] = (0.0, 0)
    first_ours: tuple[float, int] = (0.0, 0)
    times: dict[str, list[float]] = field(default_factory=lambda: {"bare": [], "ours": []})
    rss: dict[str, list[int]] = field(default_factory=lambda: {"bare": [], "ours": []})
    ready: dict[str, list[float]] = field(default_factory=lambda: {"bare": [], "ours": []})
    ratios: list[float] = field(default_factory=list)


def git(*arguments: str) -> str:
    done = subprocess.run(["git", *arguments], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip()


def tree() -> str:
    """The commit checked out, with ``+changes`` when the work tree differs from it."""
    return git("rev-parse", "--short", "HEAD") + (
        "+changes" if git("status", "--porcelain") else ""
    )


def pyinstaller() -> Path:
    """The venv's PyInstaller, the build extra installed first if it is missing."""
    found = PYTHON.with_name("pyinstaller")
    if not found.exists():
        print("installing the build extra (PyInstaller) ...", flush=True)
        pip = [str(PYTHON), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.run(
            [*pip, "-c", "constraints.txt", "-e", ".[build]"],
            cwd=ROOT,
            check=True,
        )
    return found


def build(spec: Path, folder: Path, name: str) -> float:
    """Builds ``spec`` into ``folder/dist``; seconds taken."""
    start = time.perf_counter()
    command = [str(pyinstaller()), str(spec), "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(folder / "dist"), "--workpath", str(folder / "build" / name)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"building {spec.name} failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - start


def bundles(folder: Path, rebuild: bool) -> tuple[Path, Path, str]:
    """(ours, bare) executables in ``folder``, built unless there already; and what they are."""
    ours = folder / "dist" / "progressionsdialog" / "progressionsdialog"
    bare = folder / "dist" / "bare_window" / "bare_window"
    stamp = folder / STAMP
    if not rebuild and ours.exists() and bare.exists() and stamp.exists():
        built_from = stamp.read_text().strip()
        now = tree()
        note = "" if built_from.split()[0] == now else f"; the tree is now at {now}"
        return ours, bare, f"reused from {folder} (built from {built_from}{note})"
    stamp.unlink(missing_ok=True)
    seconds = build(OURS_SPEC, folder, "ours") + build(BARE_SPEC, folder, "bare")
    shutil.rmtree(folder / "build", ignore_errors=True)
    dirty = "+changes" if git("status", "--porcelain") else ""
    built_from = (
        f"{git('rev-parse', '--short', 'HEAD')}{dirty} at {time.strftime('%d-%m-%Y %H:%M')}"
    )
    stamp.write_text(built_from + "\n")
    return ours, bare, f"built in {seconds:.0f} s in {folder} from {built_from}"


def percentile(values: list[float], share: float) -> float:
    """The ``share`` quantile (0.95: p95), interpolated between the sorted values."""
    ordered = sorted(values)
    place = share * (len(ordered) - 1)
    low = int(place)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (place - low)


def du_mib(path: Path) -> float:
    total = sum(
        p.stat().st_blocks * 512 for p in path.rglob("*") if p.is_file() and not p.is_symlink()
    )
    return total / (1024 * 1024)


def load() -> str:
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="rounds of pairs (default 15)")
    parser.add_argument(
        "--bundle-dir",
        type=Path,
        help="build the bundles into DIR and keep them, or reuse the ones already there",
    )
    parser.add_argument("--rebuild", action="store_true", help="build anew into --bundle-dir")
    parser.add_argument(
        "--source",
        choices=("both", "cached", "as-is", "none"),
        default="both",
        help="pairs from source in the same run: bytecode cached, the environment as it is, "
        "both (default) or none",
    )
    parser.add_argument("--demo", action="store_true", help="start ours with --demo too")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="pd-startup-bundle-"))
    load_before = load()
    try:
        folder = args.bundle_dir.resolve() if args.bundle_dir else work / "bundles"
        folder.mkdir(parents=True, exist_ok=True)
        ours_exe, bare_exe, provenance = bundles(folder, args.rebuild)

        base = dict(os.environ)
        base.pop("PROGRESSIONSDIALOG_PASSWORD", None)
        base.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(work / "config"),
            XDG_DATA_HOME=str(work / "xdg"),
        )
        bare_file = work / "bare.py"
        bare_file.write_text(BARE)
        demo = ["--demo"] if args.demo else []

        def ours(program: list[str], name: str) -> list[str]:
            data = work / f"data-{name}"
            data.mkdir()
            return [*program, "--smoke", *demo, "--data-dir", str(data)]

        kinds = [
            Kind("bundle", [str(bare_exe)], ours([str(ours_exe)], "bundle"), base, "in the PYZ")
        ]
        if args.source in ("both", "cached"):
            cached = {k: v for k, v in base.items() if k != "PYTHONDONTWRITEBYTECODE"}
            cached["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
            kinds.append(
                Kind(
                    "source, bytecode cached",
                    [str(PYTHON), str(bare_file)],
                    ours([str(CONSOLE_SCRIPT)], "cached"),
                    cached,
                    "cached in a temporary PYTHONPYCACHEPREFIX",
                )
            )
        if args.source in ("both", "as-is"):
            if base.get("PYTHONPYCACHEPREFIX"):
                as_is = f"cached in {base['PYTHONPYCACHEPREFIX']}"
            elif base.get("PYTHONDONTWRITEBYTECODE"):
                as_is = "PYTHONDONTWRITEBYTECODE=1: our modules compile on every start"
            else:
                as_is = "written next to the sources as usual"
            kinds.append(
                Kind(
                    "source, environment as is",
                    [str(PYTHON), str(bare_file)],
                    ours([str(CONSOLE_SCRIPT)], "as-is"),
                    base,
                    as_is,
                )
            )

        for kind in kinds:  # first runs: ours creates its database (and caches its bytecode)
            kind.first_bare = run_once(kind.bare, work, kind.env)[:2]
            kind.first_ours = run_once(kind.ours, work, kind.env)[:2]
        for round_ in range(args.runs):
            for kind in kinds[round_ % len(kinds) :] + kinds[: round_ % len(kinds)]:
                for side in ("bare", "ours"):
                    seconds, rss, ready = run_once(getattr(kind, side), work, kind.env)
                    kind.times[side].append(seconds)
                    kind.rss[side].append(rss)
                    kind.ready[side].append(ready)
                kind.ratios.append(kind.times["ours"][-1] / kind.times["bare"][-1])
        load_after = load()

        print(
            f"start-up from the bundle: {args.runs} rounds of alternating pairs, "
            f"QT_QPA_PLATFORM=offscreen, ours with --smoke{' --demo' if args.demo else ''}"
        )
        print(f"  python {sys.version.split()[0]}, {os.cpu_count()} cores")
        print(f"  load average (1, 5, 15 min): {load_before} before, {load_after} after")
        print(f"  bundles {provenance}")
        print(
            f"  sizes unpacked: ours {du_mib(ours_exe.parent):.0f} MiB, "
            f"bare {du_mib(bare_exe.parent):.0f} MiB"
        )
        for kind in kinds:
            print()
            print(f"{kind.label} (bytecode {kind.bytecode}):")
            for side, label in (("bare", "bare QMainWindow:"), ("ours", "progressionsdialog:")):
                times, rss = kind.times[side], kind.rss[side]
                first_time, first_rss = getattr(kind, f"first_{side}")
                print(
                    f"  {label:20} median {statistics.median(times):.3f} s, "
                    f"p95 {percentile(times, 0.95):.3f} "
                    f"(min {min(times):.3f}, max {max(times):.3f}); "
                    f"peak RSS median {mb(statistics.median(rss))} (max {mb(max(rss))}); "
                    f"first run {first_time:.3f} s, {mb(first_rss)}"
                )
                exits = [t - r for t, r in zip(times, kind.ready[side], strict=True)]
                print(
                    f"  {'':20} until 'ready' median {statistics.median(kind.ready[side]):.3f} s, "
                    f"the exit after it median {statistics.median(exits):.3f} s"
                )
            ratio = statistics.median(kind.ratios)
            verdict = (
                "met" if ratio <= GOAL_RATIO else f"NOT met, {ratio / GOAL_RATIO:.2f}x the goal"
            )
            budget = GOAL_RATIO * statistics.median(kind.times["bare"])
            print(
                f"  median of per-pair ratios {ratio:.2f}x "
                f"(range {min(kind.ratios):.2f}-{max(kind.ratios):.2f}); "
                f"goal <= {GOAL_RATIO}x: {verdict}; budget {budget:.3f} s, "
                f"over by {statistics.median(kind.times['ours']) - budget:+.3f} s"
            )
        print()
        print("first runs: ours creates its database (from source with bytecode cached it also")
        print("compiles and writes the bytecode); they are not in the medians")
        if args.bundle_dir is None:
            print("(--bundle-dir DIR keeps the bundles for a faster re-run)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
