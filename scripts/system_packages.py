"""System libraries the app needs that pip cannot install: found, and installed when we may.

One mechanism, two sets of libraries:

``desktop``
    What Qt's xcb platform plugin (the X11 window) of the installed PySide6 links against.
    A fresh Debian/Ubuntu desktop lacks some (``libxcb-cursor0`` above all), and Qt then
    aborts with "could not load the Qt platform plugin xcb" without saying which. ``ldd``
    on ``PySide6/Qt/plugins/platforms/libqxcb.so`` names each "not found" library.
    ``make run`` runs this before opening the window; ``main.py`` prints the same advice
    instead of Qt's abort (:func:`desktop_advice`).
``tests``
    The few libraries Qt loads even offscreen, plus PostgreSQL's binaries for the hub
    tests. ``.ci/run`` runs this before ``make test``; PySide6 may not be installed yet,
    so these are looked up in the linker cache (``ldconfig -p``).

Each missing library (its soname) maps to the Debian/Ubuntu package that ships it. As root
with apt-get the packages are installed; otherwise the exact ``sudo apt-get install`` line
is printed (and offered, on a terminal where sudo exists) and the exit status is 1.
Standard library only, and never imports Qt: it must run where Qt cannot start.

    python scripts/system_packages.py desktop|tests [--check]

``--check`` only reports. ``ENABLEMENT_SKIP_SYSTEM_CHECK=1`` skips the check (another
distribution, or libraries installed where the linker cache does not look).
"""

from __future__ import annotations

import glob
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

SKIP_ENV = "ENABLEMENT_SKIP_SYSTEM_CHECK"

# Debian/Ubuntu package of each library Qt's xcb plugin (and the Qt GUI under it) links
# against beyond libc. Ubuntu 24.04's "t64" packages (libglib2.0-0t64, libpng16-16t64)
# provide these names, so apt-get accepts them there too.
SONAME_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libexpat.so.1": "libexpat1",
    "libzstd.so.1": "libzstd1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}

# What Qt loads even offscreen (the tests), looked up before PySide6 is installed.
TEST_SONAMES = ("libEGL.so.1", "libGL.so.1", "libxkbcommon.so.0", "libfontconfig.so.1",
                "libdbus-1.so.3", "libglib-2.0.so.0")
POSTGRES_PACKAGE = "postgresql"    # the hub tests start a real server (tests/pg_server.py)
WINDOW, TESTS = "the window needs", "the tests need"

NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")

Runner = Callable[..., subprocess.CompletedProcess]


# -- pure logic (unit-tested on captured output) --------------------------------------------

def not_found(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` could not find, once each, in the order it names them."""
    missing = [m.group(1) for m in map(NOT_FOUND.match, ldd_output.splitlines()) if m]
    return list(dict.fromkeys(missing))


def debian_name(soname: str) -> str:
    """The Debian policy name of the package shipping ``soname``, for a library the table
    does not list: ``libfoo-bar.so.4`` is ``libfoo-bar4``, ``libfoo-x11.so.0`` is
    ``libfoo-x11-0`` (a dash when the name ends in a digit)."""
    name, _, version = soname.partition(".so.")
    major = version.split(".")[0] if version else ""
    name = name.lower().replace("_", "-")
    return f"{name}{'-' if name[-1:].isdigit() and major else ''}{major}"


def package_for(soname: str) -> str:
    return SONAME_PACKAGES.get(soname) or debian_name(soname)


def packages_for(sonames: Iterable[str]) -> list[str]:
    """Each package once, in the order its first library was named."""
    return list(dict.fromkeys(package_for(s) for s in sonames))


def install_command(packages: Sequence[str], root: bool) -> list[str]:
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    return command if root else ["sudo", *command]


def shell_line(command: Sequence[str]) -> str:
    return " ".join(command)


def qt_platform(environ: Mapping[str, str]) -> str:
    """The platform plugin QT_QPA_PLATFORM asks for first ("" when unset):
    ``offscreen:configfile=x.json`` is offscreen, ``wayland;xcb`` is wayland."""
    value = environ.get("QT_QPA_PLATFORM", "").strip()
    return value.split(";")[0].split(":")[0].strip().lower()


def desktop_skip_reason(environ: Mapping[str, str], system: str) -> str | None:
    """Why the xcb check does not apply here, or None when it does."""
    if system != "Linux":
        return f"not Linux ({system})"
    if environ.get(SKIP_ENV, "") not in ("", "0"):
        return f"{SKIP_ENV} is set"
    chosen = qt_platform(environ)
    if chosen and chosen != "xcb":
        return f"QT_QPA_PLATFORM={chosen}: Qt will not use its xcb plugin"
    if not chosen and (environ.get("XDG_SESSION_TYPE") == "wayland"
                       or environ.get("WAYLAND_DISPLAY")):
        return "a Wayland session: Qt uses its wayland plugin"
    return None


def tests_skip_reason(environ: Mapping[str, str], system: str) -> str | None:
    if system != "Linux":
        return f"not Linux ({system})"
    if environ.get(SKIP_ENV, "") not in ("", "0"):
        return f"{SKIP_ENV} is set"
    return None


def in_linker_cache(ldconfig_output: str, sonames: Iterable[str]) -> list[str]:
    """Which of ``sonames`` the ``ldconfig -p`` listing lacks."""
    present = {line.split()[0] for line in ldconfig_output.splitlines()[1:] if line.strip()}
    return [s for s in sonames if s not in present]


@dataclass(frozen=True)
class Missing:
    """What a check found lacking: libraries by soname, and packages needed outright."""

    what: str                         # "the window needs" / "the tests need"
    sonames: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()    # not libraries (PostgreSQL's binaries)
    where: str = ""                   # the file that needs the libraries

    @property
    def all_packages(self) -> list[str]:
        return list(dict.fromkeys([*packages_for(self.sonames), *self.packages]))

    def __bool__(self) -> bool:
        return bool(self.sonames or self.packages)


def advice(missing: Missing, again: str, has_apt: bool = True) -> str:
    """Plain words: what is missing, why it matters and the exact command that fixes it."""
    lines = []
    if missing.sonames:
        count = len(missing.sonames)
        lines.append(f"Enablement: {missing.what} {count} system "
                     f"librar{'y' if count == 1 else 'ies'}, not installed here: "
                     f"{', '.join(missing.sonames)}.")
        if missing.where:
            lines.append(f"Qt's X11 platform plugin ({missing.where}) cannot load without "
                         "them: Qt would stop with \"could not load the Qt platform plugin "
                         "xcb\".")
    if missing.packages:
        lines.append(f"Enablement: {missing.what} {', '.join(missing.packages)}, "
                     "not installed here.")
    if has_apt:
        lines += ["Install them with:", "",
                  "    " + shell_line(install_command(missing.all_packages, root=False)), "",
                  f"then {again}."]
    else:
        lines.append("Install the packages that provide them with your system's package "
                     f"manager (on Debian/Ubuntu: {' '.join(missing.all_packages)}), "
                     f"then {again}.")
    lines.append(f"(Set {SKIP_ENV}=1 to skip this check.)")
    return "\n".join(lines)


# -- probing this machine ---------------------------------------------------------------------

def pyside_dir() -> Path | None:
    """The installed PySide6 package folder, found without importing it (no Qt loads)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def xcb_plugin(base: Path | None = None) -> Path | None:
    base = base or pyside_dir()
    if base is None:
        return None
    plugin = base / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_for_desktop(run: Runner = subprocess.run, plugin: Path | None = None) -> Missing:
    """The libraries the xcb plugin lacks (none when PySide6 or ldd is not there: then
    there is nothing to check, and pip or Qt speak for themselves)."""
    plugin = plugin or xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return Missing(WINDOW)
    result = run([ldd, str(plugin)], capture_output=True, text=True, check=False)
    return Missing(WINDOW, tuple(not_found(result.stdout + result.stderr)),
                   where=str(plugin))


def postgres_installed() -> bool:
    return bool(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or bool(shutil.which("initdb"))


def missing_for_tests(run: Runner = subprocess.run) -> Missing:
    ldconfig = shutil.which("ldconfig") or shutil.which("ldconfig", path="/sbin:/usr/sbin")
    sonames: tuple[str, ...] = ()
    if ldconfig is not None:
        listing = run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
        sonames = tuple(in_linker_cache(listing, TEST_SONAMES))
    packages = () if postgres_installed() else (POSTGRES_PACKAGE,)
    return Missing(TESTS, sonames, packages)


def desktop_advice(environ: Mapping[str, str] | None = None) -> str | None:
    """For main.py: the advice when the window cannot start for lack of libraries, else
    None (also when the check does not apply). Never installs anything."""
    environ = os.environ if environ is None else environ
    if desktop_skip_reason(environ, platform.system()) is not None:
        return None
    missing = missing_for_desktop()
    return advice(missing, "start Enablement again", bool(shutil.which("apt-get"))) \
        if missing else None


# -- installing -------------------------------------------------------------------------------

def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def agrees(question: str) -> bool:
    """Ask on a terminal; anywhere else (CI, a pipe) the answer is no."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return False
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def install(packages: Sequence[str], root: bool, run: Runner = subprocess.run) -> bool:
    """apt-get update, then install; True when both worked."""
    prefix = [] if root else ["sudo"]
    print(f"Installing {' '.join(packages)} …", file=sys.stderr)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in ([*prefix, "apt-get", "update", "-qq"],
                    install_command(packages, root)):
        if run(command, check=False, env=env).returncode != 0:
            return False
    return True


def ensure(probe: Callable[[], Missing], again: str, check_only: bool = False,
           run: Runner = subprocess.run, root: bool | None = None,
           ask: Callable[[str], bool] = agrees,
           which: Callable[[str], str | None] = shutil.which) -> int:
    """Install what ``probe`` finds missing when we may, then look again. 0: nothing is
    missing (any more); 1: something is, and the advice was printed."""
    missing = probe()
    if not missing:
        return 0
    root = is_root() if root is None else root
    has_apt = which("apt-get") is not None
    may = has_apt and not check_only and (
        root or (which("sudo") is not None
                 and ask(f"Install {' '.join(missing.all_packages)} with sudo now?")))
    if may and install(missing.all_packages, root, run):
        missing = probe()
        if not missing:
            return 0
    print(advice(missing, again, has_apt), file=sys.stderr)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    check_only = "--check" in args
    args = [a for a in args if a != "--check"]
    if args not in (["desktop"], ["tests"]):
        print("usage: system_packages.py desktop|tests [--check]", file=sys.stderr)
        return 2
    which = args[0]
    skip = (desktop_skip_reason if which == "desktop" else tests_skip_reason)(
        os.environ, platform.system())
    if skip is not None:
        print(f"System libraries for {which}: not checked ({skip}).", file=sys.stderr)
        return 0
    if which == "desktop":
        return ensure(missing_for_desktop, "run `make run` again", check_only)
    return ensure(missing_for_tests, "run the tests again", check_only)


if __name__ == "__main__":
    sys.exit(main())
