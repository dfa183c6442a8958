"""An estimate of the Windows one-folder bundle's size, unpacked, from the real win_amd64 wheels.

What is estimated
    What ``pyinstaller build.spec`` would put into ``dist/progressionsdialog`` on Windows
    (64-bit, CPython 3.11), in MiB, with its ten largest parts and the main uncertainties.
    There is no Windows machine here, so nothing is built there: the sizes come from the
    win_amd64 wheels of the pinned versions, and what goes in is worked out as PyInstaller
    does it, with build.spec's own rules.

How
    1. The Linux bundle is built with ``build.spec`` (about 30-40 s; ``--linux-build DIR``
       keeps it or reuses it). Its analysis, before ``keep()``, says what the program imports
       and what the hooks collect: the Python modules, the extension modules, the Qt plugin
       kinds, the Qt translations and the data files. That part does not depend on the
       platform (the few modules that do are small).
    2. The wheels of every runtime distribution (the requirements of ``progressionsdialog``
       in ``.venv``, followed through, with the markers of Windows) are downloaded with
       ``pip download --only-binary=:all: --platform win_amd64 --python-version 3.11
       --implementation cp --abi cp311 -c constraints.txt --no-deps`` (into a temporary
       folder or ``--cache DIR``), and the PyInstaller wheel for its Windows bootloader.
    3. From the wheels: each extension module's ``.pyd``; every plugin of each collected
       plugin kind; Qt's extra DLLs that PyInstaller's Qt hook adds on Windows (software
       OpenGL, ANGLE, ICU, when present); the counterpart of each library a hook collects
       (``pdfium.dll``); then every DLL those import (the PE import table), as PyInstaller's
       dependency analysis does, found in the importer's folder first, then anywhere in the
       wheels; DLLs found nowhere are Windows' own and are not collected. Then build.spec's
       ``keep()``, taken from build.spec itself as ``bare_window.spec`` does (the ICU cut,
       the pruning of system libraries and the stripping are Linux-only, as in the spec).
       Data files: the same files from the Windows wheels. Python modules: compiled here to
       bytecode and zlib-compressed as in PyInstaller's PYZ archive.
    4. The CPython runtime (python311.dll, the stdlib's .pyd files, libcrypto, libssl,
       sqlite3, libffi) cannot be taken from ``python-3.11.x-embed-amd64.zip``: python.org is
       not reachable from here. It is estimated from the Linux counterparts in the Linux
       bundle (libpython and lib-dynload, stripped, and the libraries CPython's Windows build
       ships itself), and the output says so.
    5. Calibration: the same method on Linux, from the installed ``.venv`` (the manylinux
       wheels the real bundle is built from), with the Linux-only steps of build.spec applied
       (system libraries resolved with ``ldconfig`` and pruned, ICU cut, stripping), against
       the real Linux bundle, whole and per part.

Sizes are counted as ``bundle_size.py`` counts them (each file rounded up to 4 KiB blocks, as
``du``); the apparent sizes are printed too.

Goal (issue 16)
    At most 200 MB unpacked (the Linux bundle is 179 MiB).

    .venv/bin/python benchmarks/windows_bundle_estimate.py [--cache DIR] [--linux-build DIR]
"""

from __future__ import annotations

import argparse
import ast
import marshal
import re
import shutil
import struct
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
import zlib
from collections import defaultdict
from importlib import metadata
from pathlib import Path, PurePosixPath

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(sysconfig.get_paths()["purelib"])
MIB = 1024 * 1024
BLOCK = 4096
WINDOWS_MARKERS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
NOT_RUNTIME = {"progressionsdialog"}  # our own code comes from the source tree on both
# CPython's Windows build ships these itself (next to python311.dll or inside it): their Linux
# counterparts stand for them. The other system libraries lib-dynload needs (readline,
# ncurses) have no Windows counterpart.
PYTHON_SHIPS = ("libssl", "libcrypto", "libffi", "libsqlite3", "liblzma", "libbz2", "libexpat")
PYTHON_SHIPS += ("libz.", "libuuid", "libmpdec")
POSIX_ONLY = ("grp", "resource", "_posixsubprocess", "fcntl", "_posixshmem", "termios")
POSIX_ONLY += ("readline",)


def spec_rules() -> dict:
    """build.spec's helpers (keep(), the ICU cut, the pruning), as bare_window.spec takes them."""
    program_spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    helpers, found, _ = program_spec.partition("\na = Analysis(")
    if not found:
        raise SystemExit("build.spec has no 'a = Analysis(' line: this script needs updating")
    rules = {"SPECPATH": str(ROOT), "__name__": "build_spec_rules"}
    exec(compile(helpers, str(ROOT / "build.spec"), "exec"), rules)
    return rules


def blocks(size: int) -> int:
    return -(-size // BLOCK) * BLOCK


def disk_size(path: Path) -> int:
    """As bundle_size.py counts: blocks on disk, symbolic links as nothing."""
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_blocks * 512
    return sum(disk_size(child) for child in path.iterdir())


# --- what the program needs: the Linux build's analysis -------------------------------------


def linux_build(folder: Path) -> tuple[Path, Path]:
    """The Linux bundle and PyInstaller's work folder, built with build.spec if not there."""
    dist, work = folder / "dist", folder / "build"
    bundle = dist / "progressionsdialog"
    if not bundle.is_dir():
        pyinstaller = Path(sys.executable).with_name("pyinstaller")
        command = [str(pyinstaller), str(ROOT / "build.spec"), "--noconfirm"]
        command += ["--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN"]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(done.stderr[-3000:])
    tocs = next(work.rglob("Analysis-00.toc")).parent
    return bundle, tocs


def read_analysis(tocs: Path) -> tuple[list, list, list, list]:
    """The PYZ's modules and the binaries and data files before build.spec's keep()."""
    analysis = ast.literal_eval((tocs / "Analysis-00.toc").read_text(encoding="utf-8"))
    tables = [part for part in analysis if isinstance(part, list) and part]
    tables = [part for part in tables if isinstance(part[0], tuple) and len(part[0]) == 3]
    binaries = next(part for part in tables if any(e[2] == "EXTENSION" for e in part))
    datas = max((part for part in tables if part[0][2] == "DATA"), key=len)
    scripts = next(part for part in tables if part[0][2] == "PYSOURCE")
    pyz = ast.literal_eval((tocs / "PYZ-00.toc").read_text(encoding="utf-8"))[1]
    return pyz, binaries, datas, scripts


def runtime_distributions(markers: dict) -> dict[str, str]:
    """The distributions the program needs at run time, by the requirements in .venv."""
    found: dict[str, str] = {}
    todo = ["progressionsdialog"]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in found:
            continue
        dist = metadata.distribution(name)
        found[name] = dist.version
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate({**markers, "extra": ""}):
                continue
            todo.append(requirement.name)
    return {name: version for name, version in found.items() if name not in NOT_RUNTIME}


# --- the files a platform offers: wheels or the installed .venv ------------------------------


class Tree:
    """The files of the runtime distributions, by their path in site-packages."""

    def __init__(self) -> None:
        self.sizes: dict[str, int] = {}
        self.readers: dict[str, object] = {}
        self.files: dict[str, Path] = {}  # installed files (Linux): for readelf and strip
        self.by_name: dict[str, list[str]] = defaultdict(list)

    def add(self, rel: str, size: int, reader, file: Path | None = None) -> None:
        self.sizes[rel] = size
        self.readers[rel] = reader
        if file is not None:
            self.files[rel] = file
        self.by_name[PurePosixPath(rel).name.lower()].append(rel)

    def read(self, rel: str) -> bytes:
        return self.readers[rel]()

    def folder(self, rel_dir: str) -> list[str]:
        prefix = rel_dir.rstrip("/") + "/"
        return [r for r in self.sizes if r.startswith(prefix) and "/" not in r[len(prefix) :]]

    @classmethod
    def from_wheels(cls, wheels: list[Path]) -> Tree:
        tree = cls()
        for wheel in wheels:
            archive = zipfile.ZipFile(wheel)
            for info in archive.infolist():
                if not info.is_dir():
                    name = info.filename
                    tree.add(name, info.file_size, lambda a=archive, n=name: a.read(n))
        return tree

    @classmethod
    def from_venv(cls, names: list[str]) -> Tree:
        tree = cls()
        for name in names:
            for file in metadata.distribution(name).files or []:
                path = Path(file.locate()).resolve()
                if not path.is_relative_to(SITE) or not path.is_file() or path.suffix == ".pyc":
                    continue
                tree.add(
                    path.relative_to(SITE).as_posix(), path.stat().st_size, path.read_bytes, path
                )
        return tree


def download(distributions: dict[str, str], folder: Path, platform: str) -> list[Path]:
    """pip download of the wheels, one platform, the constraints' versions, no dependencies."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = [f"{name}=={version}" for name, version in sorted(distributions.items())]
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:"]
    command += ["--platform", platform, "--python-version", "3.11", "--implementation", "cp"]
    command += ["--abi", "cp311", "--abi", "abi3", "--abi", "none"]
    command += ["-c", str(ROOT / "constraints.txt"), "--no-deps", "-d", str(folder), *wanted]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"pip download failed:\n{done.stderr[-3000:]}")
    wheels = []
    for name, version in distributions.items():
        pattern = re.compile(rf"^{re.escape(name.replace('-', '_'))}-{re.escape(version)}-", re.I)
        match = [w for w in folder.glob("*.whl") if pattern.match(w.name)]
        if not match:
            raise SystemExit(f"no {platform} wheel of {name} {version} in {folder}")
        wheels.append(sorted(match)[0])
    return wheels


# --- binaries: import tables and their resolution --------------------------------------------


def pe_imports(data: bytes) -> set[str]:
    """The DLLs a PE file imports (its import table, as PyInstaller reads it with pefile)."""
    if data[:2] != b"MZ":
        return set()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe : pe + 4] != b"PE\0\0":
        return set()
    sections_count, optional_size = struct.unpack_from("<H", data, pe + 6)[0], 0
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    directories = optional + (112 if struct.unpack_from("<H", data, optional)[0] == 0x20B else 96)
    sections = []
    for i in range(sections_count):
        at = optional + optional_size + 40 * i
        virtual_size, address, raw_size, raw_at = struct.unpack_from("<IIII", data, at + 8)
        sections.append((address, max(virtual_size, raw_size), raw_at))

    def offset(rva: int) -> int | None:
        for address, size, raw_at in sections:
            if address <= rva < address + size:
                return rva - address + raw_at
        return None

    names: set[str] = set()
    table = offset(struct.unpack_from("<I", data, directories + 8)[0])  # entry 1: imports
    while table is not None and table + 20 <= len(data):
        name_rva = struct.unpack_from("<I", data, table + 12)[0]
        name_at = offset(name_rva) if name_rva else None
        if name_at is None:
            break
        names.add(data[name_at : data.index(b"\0", name_at)].decode("ascii", "replace"))
        table += 20
    return names


def system_libraries() -> dict[str, str]:
    """Linux: the shared libraries the dynamic loader knows (ldconfig -p), by name."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    found: dict[str, str] = {}
    for name, flags, path in re.findall(r"^\s+(\S+) \(([^)]*)\) => (\S+)$", listing, re.M):
        if "x86-64" in flags:
            found.setdefault(name, path)
    return found


def imports_of(rel: str, tree: Tree, rules: dict, windows: bool) -> set[str]:
    if windows:
        return pe_imports(tree.read(rel))
    return rules["needed_libraries"](str(tree.files[rel]))


def qt_dependencies_found(rel: str, tree: Tree, rules: dict, windows: bool) -> bool:
    """PyInstaller leaves out a Qt plugin that needs a Qt library the wheels lack (qpdf...)."""
    qt = [name for name in imports_of(rel, tree, rules, windows) if "qt6" in name.lower()[:6]]
    return all(name.lower() in tree.by_name for name in qt)


def plugin_kinds_of(libraries: set[str]) -> set[str]:
    """The plugin kinds PyInstaller's Qt hook collects for these Qt libraries (core names)."""
    from PyInstaller.utils.hooks.qt._modules_info import QT_MODULES_INFO

    kinds: set[str] = set()
    for module in QT_MODULES_INFO:
        if module.shared_lib and f"qt6{module.shared_lib.lower()}" in libraries:
            kinds.update(module.plugins or ())
    return kinds


def core_name(filename: str) -> str:
    """libpdfium.so -> pdfium, Qt6Core.dll -> qt6core, libscipy_openblas64_-ab12cd34ef.so -> ..."""
    stem = filename.lower().split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return re.sub(r"-[0-9a-f]{8,}$", "", stem)


def site_rel(src: str) -> str | None:
    path = Path(src)
    return path.relative_to(SITE).as_posix() if path.is_relative_to(SITE) else None


# --- bytecode as in the PYZ archive -----------------------------------------------------------

_compiled: dict[bytes, int] = {}


def bytecode_size(source: bytes, filename: str, level: int) -> int:
    """zlib(marshal(code)), as PyInstaller stores a module (PYZ: level 6; PKG: level 9)."""
    key = zlib.crc32(source).to_bytes(4, "little") + filename.encode() + bytes([level])
    if key not in _compiled:
        try:
            code = compile(source, filename, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            _compiled[key] = 0
        else:
            _compiled[key] = len(zlib.compress(marshal.dumps(code), level))
    return _compiled[key]


# --- the estimate -----------------------------------------------------------------------------


class Estimate:
    """The bundle's files (path under _internal, or the program file) with their sizes."""

    def __init__(self, platform: str) -> None:
        self.platform = platform
        self.files: dict[str, int] = {}
        self.sources: dict[str, str] = {}  # Linux: the real file behind a binary
        self.notes: list[str] = []
        self.hook_libraries: list[str] = []  # collected by hooks, not by dependencies
        self.system_dlls: list[str] = []  # Windows: imported, found in no wheel
        self.pyz = 0

    def add(self, dest: str, size: int, source: str | None = None) -> None:
        self.files[dest] = size
        if source:
            self.sources[dest] = source

    def total(self) -> int:
        return sum(blocks(size) for size in self.files.values())

    def apparent(self) -> int:
        return sum(self.files.values())

    def parts(self) -> dict[str, int]:
        """By the items of _internal, as bundle_size.py lists them (blocks)."""
        parts: dict[str, int] = defaultdict(int)
        for dest, size in self.files.items():
            parts[dest.split("/")[0]] += blocks(size)
        return dict(parts)


def estimate(
    platform: str, tree: Tree, analysis: tuple, rules: dict, linux: Estimate | None
) -> Estimate:
    """What build.spec would collect on ``platform`` ("linux" or "windows") from ``tree``."""
    pyz, binaries, datas, scripts = analysis
    windows = platform == "windows"
    result = Estimate(platform)
    qt_dir = "PySide6" if windows else "PySide6/Qt/lib"
    plugin_dir = "PySide6/plugins" if windows else "PySide6/Qt/plugins"
    suffixes = (".dll", ".pyd") if windows else (".so",)
    roots: dict[str, str] = {}  # dest -> rel in tree, or a real path (Linux system files)

    # Extension modules (the stdlib's are the runtime, below) and hooks' libraries.
    hook_libraries = linux.hook_libraries if linux else []
    for dest, src, kind in binaries:
        rel = site_rel(src)
        if "/plugins/" in dest:
            continue
        if rel is None:
            if not windows and (kind == "EXTENSION" or dest.startswith("libpython")):
                roots[dest] = src
            continue
        if kind == "EXTENSION" or (windows and rel in hook_libraries):
            if not windows:
                roots[dest] = rel
                continue
            folder, stem = str(PurePosixPath(rel).parent), PurePosixPath(rel).name.split(".")[0]
            found = [
                r
                for r in tree.folder(folder)
                if r.lower().endswith(suffixes)
                and (
                    PurePosixPath(r).name.split(".")[0] == stem
                    if kind == "EXTENSION"
                    else core_name(PurePosixPath(r).name) == core_name(PurePosixPath(rel).name)
                )
            ]
            if found:
                roots[found[0]] = found[0]
            else:
                result.notes.append(f"no Windows counterpart of {dest}")
    # Qt plugins: every plugin of each kind the hooks collected.
    kinds = {d.split("/plugins/")[1].split("/")[0] for d, _, _ in binaries if "/plugins/" in d}
    kinds |= plugin_kinds_of({core_name(PurePosixPath(d).name) for d, _, _ in binaries})
    for kind in kinds:
        for rel in tree.folder(f"{plugin_dir}/{kind}"):
            if rel.lower().endswith(suffixes) and qt_dependencies_found(rel, tree, rules, windows):
                roots[rel] = rel
    # PyInstaller's Qt hook, Windows only: ANGLE, software OpenGL, ICU (each all or none).
    if windows:
        qt_files = {PurePosixPath(r).name.lower(): r for r in tree.folder(qt_dir)}
        for group in (
            ("libegl.dll", "libglesv2.dll"),
            ("opengl32sw.dll",),
            ("icudt", "icuin", "icuuc"),
        ):
            found = {
                n: r for n, r in qt_files.items() if n.startswith(group) and n.endswith(".dll")
            }
            if all(any(n.startswith(g) for n in found) for g in group):
                roots.update({r: r for r in found.values()})
                if group[0] == "libegl.dll":
                    roots.update({r: r for n, r in qt_files.items() if n.startswith("d3dcompiler")})

    # Dependencies, as PyInstaller's binary analysis: the importer's folder, then the rest.
    known = system_libraries() if not windows else {}
    if not windows:
        from PyInstaller.depend.dylib import include_library
    collected: dict[str, str] = {}
    system: set[str] = set()
    todo = list(roots.items())
    while todo:
        dest, where = todo.pop()
        if dest in collected:
            continue
        collected[dest] = where
        in_tree = where in tree.sizes
        if in_tree:
            imports = imports_of(where, tree, rules, windows)
        else:
            imports = rules["needed_libraries"](where)
        folder = str(PurePosixPath(where).parent) if in_tree else None
        for name in imports:
            candidates = tree.by_name.get(name.lower(), [])
            same = [r for r in candidates if str(PurePosixPath(r).parent) == folder]
            if same or candidates:
                rel = (same or sorted(candidates))[0]
                todo.append((rel, rel))
            elif windows:
                system.add(name.lower())
            elif name in known and include_library(name) and not name.startswith("ld-linux"):
                todo.append((name, str(Path(known[name]).resolve())))
    if linux is None:  # Linux: the libraries hooks collected that no dependency reached
        reached = set(collected.values())
        result.hook_libraries = [
            site_rel(src)
            for dest, src, kind in binaries
            if kind == "BINARY"
            and site_rel(src)
            and "/plugins/" not in dest
            and site_rel(src) not in reached
        ]
        for rel in result.hook_libraries:
            collected[rel] = rel
    result.system_dlls = sorted(system)

    # build.spec's keep(); on Linux also its pruning, ICU cut and stripping.
    entries = [(dest, where, "BINARY") for dest, where in collected.items() if rules["keep"](dest)]
    if not windows:
        real = [(d, str(tree.files[w]) if w in tree.sizes else w, k) for d, w, k in entries]
        real = rules["without_unneeded_libraries"](real)
        icu_folder = Path(tempfile.mkdtemp(prefix="pd-icu-"))
        not_stripped = set(rules["NOT_STRIPPED"])
        for dest, src, _ in real:
            if PurePosixPath(dest).name.startswith("libicudata.so"):
                src = rules["trimmed_icu_data"](src, icu_folder)
            size = Path(src).stat().st_size
            if ".so" in dest and not not_stripped & set(PurePosixPath(dest).parts):
                size = stripped_size(src)
            result.add(dest, size, src)
        shutil.rmtree(icu_folder, ignore_errors=True)
    else:
        for dest, where, _ in entries:
            result.add(dest, tree.sizes[where])

    # Data files: the same files from this platform's wheels.
    fallback: list[str] = []
    for dest, src, kind in datas:
        if kind != "DATA":
            continue
        rel = site_rel(src)
        if rel is not None:
            target = rel.replace("PySide6/Qt/", "PySide6/", 1) if windows else rel
            if target not in tree.sizes and target.startswith("PySide6/Qt"):
                target = rel
            if not rules["keep"](target):
                continue
            if target in tree.sizes:
                result.add(target, tree.sizes[target])
                continue
            fallback.append(target)
        elif not rules["keep"](dest):
            continue
        result.add(dest, Path(src).stat().st_size)
    if fallback and windows:
        result.notes.append(
            f"{len(fallback)} data files not in the Windows wheels, Linux sizes used: "
            + ", ".join(fallback[:5])
        )

    # Python modules: the PYZ archive, inside the program file with the entry scripts.
    pyz_size = 0
    for name, src, _ in pyz:
        rel = site_rel(src) if src else None
        if rel is not None and rel in tree.sizes:
            source = tree.read(rel)
        elif src and Path(src).is_file():
            source = Path(src).read_bytes()
        else:
            continue
        pyz_size += bytecode_size(source, name.replace(".", "/") + ".py", 6) + len(name) + 16
    scripts_size = sum(
        bytecode_size(Path(src).read_bytes(), name, 9) + len(name) + 18 for name, src, _ in scripts
    )
    result.pyz = pyz_size
    result.add("(program file)", bootloader_size(platform) + pyz_size + scripts_size)
    return result


def stripped_size(src: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "stripped"
        subprocess.run(["strip", "--strip-unneeded", "-o", str(out), src], capture_output=True)
        return out.stat().st_size if out.is_file() else Path(src).stat().st_size


_bootloaders: dict[str, int] = {}


def bootloader_size(platform: str) -> int:
    return _bootloaders[platform]


def windows_runtime(linux: Estimate, tree: Tree) -> dict[str, int]:
    """CPython's own files on Windows, from their Linux counterparts (stripped, as bundled)."""
    names = {"libpython3.11.so.1.0": "python311.dll", "libcrypto.so.3": "libcrypto-3.dll"}
    names |= {"libssl.so.3": "libssl-3.dll", "libsqlite3.so.0": "sqlite3.dll"}
    names |= {"libffi.so.8": "libffi-8.dll"}
    runtime: dict[str, int] = {}
    for dest, size in linux.files.items():
        name = PurePosixPath(dest).name
        if dest.startswith("python3.11/lib-dynload/"):
            module = name.split(".")[0]
            if module not in POSIX_ONLY:
                runtime[f"{module}.pyd"] = size
        elif "/" not in dest and (dest.startswith("libpython") or name.startswith(PYTHON_SHIPS)):
            runtime[names.get(name, f"{name} (in a .pyd on Windows)")] = size
    for name in ("vcruntime140.dll", "vcruntime140_1.dll"):  # python.org's copies
        runtime[name] = tree.sizes.get(f"PySide6/{name}", 0)
    return runtime


def print_parts(title: str, parts: dict[str, int], real: dict[str, int] | None = None) -> None:
    print(title)
    for name, size in sorted(parts.items(), key=lambda item: -item[1])[:10]:
        line = f"  {size / MIB:6.1f} MiB  {name}"
        if real is not None:
            line += f"   (real {real.get(name, 0) / MIB:5.1f})"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the downloaded wheels here")
    parser.add_argument("--linux-build", type=Path, help="build the Linux bundle here, or reuse it")
    args = parser.parse_args()
    temporary = Path(tempfile.mkdtemp(prefix="pd-winest-"))
    cache = args.cache or temporary / "wheels"
    rules = spec_rules()
    try:
        bundle, tocs = linux_build(args.linux_build or temporary / "linux")
        analysis = read_analysis(tocs)
        import PyInstaller

        bootloaders = Path(PyInstaller.__file__).parent / "bootloader"
        _bootloaders["linux"] = (bootloaders / "Linux-64bit-intel" / "run").stat().st_size
        installer = {"pyinstaller": metadata.version("pyinstaller")}
        win_installer = zipfile.ZipFile(download(installer, cache / "win_amd64", "win_amd64")[0])
        runw = "PyInstaller/bootloader/Windows-64bit-intel/runw.exe"
        _bootloaders["windows"] = win_installer.getinfo(runw).file_size
        base_library = (tocs / "base_library.zip").stat().st_size

        # Calibration: the method on Linux, from the installed .venv, against the real bundle.
        linux_tree = Tree.from_venv(list(runtime_distributions({})))
        linux = estimate("linux", linux_tree, analysis, rules, None)
        linux.add("base_library.zip", base_library)
        internal = bundle / "_internal"
        real = {child.name: disk_size(child) for child in internal.iterdir()}
        real["(program file)"] = disk_size(bundle / "progressionsdialog")
        real_total = sum(real.values())
        real_pyz = (tocs / "PYZ-00.pyz").stat().st_size

        # Windows.
        distributions = runtime_distributions(WINDOWS_MARKERS)
        wheels = download(distributions, cache / "win_amd64", "win_amd64")
        tree = Tree.from_wheels(wheels)
        windows = estimate("windows", tree, analysis, rules, linux)
        windows.add("base_library.zip", base_library)
        runtime = windows_runtime(linux, tree)
        for name, size in runtime.items():
            windows.add(name, size)
    finally:
        shutil.rmtree(temporary, ignore_errors=True)

    error = linux.total() - real_total
    print("Calibration on Linux (the method on the installed .venv vs the real bundle)")
    print(
        f"  estimate {linux.total() / MIB:.1f} MiB, real bundle {real_total / MIB:.1f} MiB: "
        f"error {error / MIB:+.1f} MiB ({100 * error / real_total:+.1f} %)"
    )
    print(f"  PYZ (bytecode) estimate {linux.pyz / MIB:.2f} MiB, real {real_pyz / MIB:.2f} MiB")
    est_parts = linux.parts()
    diffs = {n: est_parts.get(n, 0) - real.get(n, 0) for n in set(est_parts) | set(real)}
    worst = sorted(diffs.items(), key=lambda item: -abs(item[1]))[:5]
    print("  largest differences by part: " + ", ".join(f"{n} {d / MIB:+.2f}" for n, d in worst))
    print()
    print(
        f"Windows estimate (win_amd64 wheels, CPython 3.11): {windows.total() / MIB:.0f} MiB "
        f"unpacked ({windows.apparent() / MIB:.0f} MiB apparent size; goal 200 MB = 190.7 MiB)"
    )
    print_parts("  ten largest parts (items of _internal, MiB):", windows.parts())
    qt_gl = [d for d in windows.files if PurePosixPath(d).name.lower() == "opengl32sw.dll"]
    runtime_mib = sum(blocks(s) for s in runtime.values()) / MIB
    print("  wheels: " + ", ".join(w.name for w in wheels))
    print("Uncertainties")
    print(
        f"  - CPython runtime {runtime_mib:.1f} MiB (python311.dll, stdlib .pyd, libcrypto, libssl,"
        " sqlite3, libffi) is ESTIMATED from the Linux counterparts in the Linux bundle:"
        " python.org (python-3.11.x-embed-amd64.zip) is not reachable from here."
    )
    print(
        "  - The modules, plugin kinds and data files come from the Linux analysis; Windows-only"
        " modules (platformdirs.windows, asyncio's Windows parts...) are small. Bytecode is"
        f" compiled here: on Linux {linux.pyz / MIB:.2f} MiB estimated, {real_pyz / MIB:.2f} real."
    )
    if qt_gl:
        size = windows.files[qt_gl[0]]
        print(
            f"  - {qt_gl[0]} ({size / MIB:.1f} MiB, Qt's software OpenGL) is collected by"
            " PyInstaller's Qt hook on Windows and build.spec's keep() does not leave it out."
        )
    print(
        "  - Dependencies are resolved by name in the wheels (the importer's folder first);"
        " VC runtime DLLs shipped in both PySide6/ and shiboken6/ are counted in each folder."
    )
    system = [n for n in windows.system_dlls if not n.startswith(("api-ms-win-", "python3"))]
    print(
        "  - The Linux calibration checks the mechanics (the dependency walk, keep(), the"
        " pruning, ICU cut and stripping, the bytecode), on the very files of the real bundle;"
        " it cannot check what differs on Windows: the PE walk, the DLL names, the runtime."
    )
    print(
        f"  - DLLs found in no wheel, taken as Windows' own (api-ms-win-* and {len(system)} more):"
        f" {', '.join(system)}"
    )
    for note in windows.notes:
        print(f"  - {note}")


if __name__ == "__main__":
    main()
