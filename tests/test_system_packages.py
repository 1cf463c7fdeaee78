"""The system-library check behind `make run`, `.ci/run` and main.py: sonames to Debian
packages, "missing" to the exact command, when it applies, and when it installs.

Pure Python on captured ``ldd``/``ldconfig`` output; nothing here loads Qt or runs apt.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts import system_packages as sp

REPO = Path(__file__).resolve().parent.parent
PLUGIN = "/venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"

# ldd on PySide6 6.11's libqxcb.so on a fresh Debian 12 desktop (cut), where three xcb
# libraries are missing; ldd names a missing library once per library that needs it.
LDD = """\
\tlinux-vdso.so.1 (0x00007ffc5a1f3000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f4b45974000)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f4b44d79000)
\tlibxkbcommon.so.0 => /lib/x86_64-linux-gnu/libxkbcommon.so.0 (0x00007f4b45922000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f4b45917000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f4b44d71000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-randr.so.0 => /lib/x86_64-linux-gnu/libxcb-randr.so.0 (0x00007f4b44d5a000)
\tlibX11-xcb.so.1 => /lib/x86_64-linux-gnu/libX11-xcb.so.1 (0x00007f4b445af000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f4b43c1e000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f4b45a44000)
"""
LDCONFIG = """\
412 libs found in cache `/etc/ld.so.cache'
\tlibxkbcommon.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxkbcommon.so.0
\tlibglib-2.0.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libglib-2.0.so.0
\tlibfontconfig.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libfontconfig.so.1
\tlibdbus-1.so.3 (libc6,x86-64) => /lib/x86_64-linux-gnu/libdbus-1.so.3
\tlibGLX.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libGLX.so.0
"""


def test_ldd_not_found_once_each_in_order() -> None:
    assert sp.not_found(LDD) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4",
                                 "libxcb-keysyms.so.1"]
    assert sp.not_found(LDD.replace(" => not found", " => /lib/x.so")) == []


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xinerama.so.0", "libxcb-xinerama0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libEGL.so.1", "libegl1"),
    ("libGLdispatch.so.0", "libglvnd0"),    # not its soname's policy name: from the table
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
])
def test_soname_to_debian_package(soname: str, package: str) -> None:
    assert sp.package_for(soname) == package


def test_a_library_the_table_lacks_gets_its_debian_policy_name() -> None:
    assert sp.package_for("libxcb-future.so.2") == "libxcb-future2"
    assert sp.package_for("libfoo-x11.so.0") == "libfoo-x11-0"
    assert sp.package_for("libBar.so.3.1.4") == "libbar3"


def test_the_table_agrees_with_the_policy_name_where_debian_follows_it() -> None:
    exceptions = {"libGLdispatch.so.0", "libglib-2.0.so.0", "libgthread-2.0.so.0",
                  "libz.so.1", "libbrotlidec.so.1", "libbrotlicommon.so.1"}
    for soname, package in sp.SONAME_PACKAGES.items():
        if soname not in exceptions:
            assert sp.debian_name(soname) == package, soname


def test_missing_libraries_become_the_exact_command_line() -> None:
    missing = sp.Missing(sp.WINDOW, tuple(sp.not_found(LDD)), where=PLUGIN)
    assert missing.all_packages == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]
    line = ("sudo apt-get install -y --no-install-recommends "
            "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")
    assert sp.shell_line(sp.install_command(missing.all_packages, root=False)) == line
    assert sp.install_command(["libxcb-cursor0"], root=True) == [
        "apt-get", "install", "-y", "--no-install-recommends", "libxcb-cursor0"]
    text = sp.advice(missing, "run `make run` again")
    assert f"\n    {line}\n" in text
    assert "3 system libraries" in text and "libxcb-cursor.so.0" in text and PLUGIN in text
    assert "could not load the Qt platform plugin xcb" in text
    assert text.splitlines()[-2] == "then run `make run` again."
    elsewhere = sp.advice(missing, "start Enablement again", has_apt=False)
    assert "apt-get" not in elsewhere and "libxcb-cursor0" in elsewhere


def test_the_tests_set_comes_from_the_linker_cache() -> None:
    assert sp.in_linker_cache(LDCONFIG, sp.TEST_SONAMES) == ["libEGL.so.1", "libGL.so.1"]
    missing = sp.Missing(sp.TESTS, ("libEGL.so.1", "libGL.so.1"), (sp.POSTGRES_PACKAGE,))
    assert missing.all_packages == ["libegl1", "libgl1", "postgresql"]


@pytest.mark.parametrize(("environ", "system", "skipped"), [
    ({}, "Linux", False),
    ({"QT_QPA_PLATFORM": "xcb"}, "Linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "Linux", True),
    ({"QT_QPA_PLATFORM": "offscreen:configfile=/x/screen.json"}, "Linux", True),
    ({"QT_QPA_PLATFORM": "wayland"}, "Linux", True),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "Linux", True),
    ({"XDG_SESSION_TYPE": "wayland"}, "Linux", True),
    ({sp.SKIP_ENV: "1"}, "Linux", True),
    ({sp.SKIP_ENV: "0"}, "Linux", False),
    ({}, "Darwin", True),
    ({}, "Windows", True),
])
def test_when_the_desktop_check_applies(environ: dict, system: str, skipped: bool) -> None:
    assert (sp.desktop_skip_reason(environ, system) is not None) == skipped


class Apt:
    """A fake subprocess.run that records commands and 'installs' what it is asked to."""

    def __init__(self, missing: list[str], fail: bool = False) -> None:
        self.missing, self.fail, self.commands = missing, fail, []

    def __call__(self, command: list[str], **_kwargs: object) -> subprocess.CompletedProcess:
        self.commands.append(command)
        if "install" in command and not self.fail:
            self.missing.clear()
        return subprocess.CompletedProcess(command, 1 if self.fail else 0)

    def probe(self) -> sp.Missing:
        return sp.Missing(sp.WINDOW, tuple(self.missing), where=PLUGIN)


def which(present: set[str]):  # noqa: ANN201 - a fake shutil.which
    return lambda name: f"/usr/bin/{name}" if name in present else None


def test_as_root_it_installs_then_looks_again(capsys: pytest.CaptureFixture[str]) -> None:
    apt = Apt(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    status = sp.ensure(apt.probe, "run `make run` again", run=apt, root=True,
                       which=which({"apt-get"}))
    assert status == 0
    assert apt.commands == [
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "--no-install-recommends", "libxcb-cursor0",
         "libxcb-icccm4"]]
    assert "sudo" not in capsys.readouterr().err


def test_not_root_it_prints_the_command_and_stops(capsys: pytest.CaptureFixture[str]) -> None:
    apt = Apt(["libxcb-cursor.so.0"])
    status = sp.ensure(apt.probe, "run `make run` again", run=apt, root=False,
                       ask=lambda _q: False, which=which({"apt-get", "sudo"}))
    assert status == 1 and apt.commands == []
    assert ("sudo apt-get install -y --no-install-recommends libxcb-cursor0"
            in capsys.readouterr().err)


def test_with_sudo_it_installs_when_the_person_agrees() -> None:
    apt = Apt(["libxcb-cursor.so.0"])
    asked: list[str] = []
    status = sp.ensure(apt.probe, "again", run=apt, root=False,
                       ask=lambda q: asked.append(q) or True, which=which({"apt-get", "sudo"}))
    assert status == 0 and asked == ["Install libxcb-cursor0 with sudo now?"]
    assert apt.commands[-1][:3] == ["sudo", "apt-get", "install"]


def test_a_failed_install_or_check_only_leaves_the_advice(
        capsys: pytest.CaptureFixture[str]) -> None:
    failing = Apt(["libxcb-cursor.so.0"], fail=True)
    assert sp.ensure(failing.probe, "again", run=failing, root=True,
                     which=which({"apt-get"})) == 1
    assert "libxcb-cursor0" in capsys.readouterr().err
    apt = Apt(["libxcb-cursor.so.0"])
    assert sp.ensure(apt.probe, "again", check_only=True, run=apt, root=True,
                     which=which({"apt-get"})) == 1
    assert apt.commands == [] and "libxcb-cursor0" in capsys.readouterr().err
    nothing = Apt([])
    assert sp.ensure(nothing.probe, "again", run=nothing, root=True,
                     which=which({"apt-get"})) == 0
    assert nothing.commands == [] and capsys.readouterr().err == ""


def test_the_desktop_probe_reads_ldd_on_the_plugin(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    seen: list[list[str]] = []

    def ldd(command: list[str], **_kwargs: object) -> subprocess.CompletedProcess:
        seen.append(command)
        return subprocess.CompletedProcess(command, 0, stdout=LDD, stderr="")

    missing = sp.missing_for_desktop(run=ldd, plugin=plugin)
    assert seen[0][-1] == str(plugin) and missing.where == str(plugin)
    assert missing.sonames == ("libxcb-cursor.so.0", "libxcb-icccm.so.4",
                               "libxcb-keysyms.so.1")


def test_main_py_prints_the_advice_instead_of_starting_qt(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import main

    monkeypatch.setattr(sp, "desktop_advice", lambda: "Enablement: the window needs …")
    assert main.open_window(None, None) == 1
    assert capsys.readouterr().err.strip() == "Enablement: the window needs …"


def test_the_script_never_imports_qt() -> None:
    code = ("import sys; sys.path.insert(0, '.'); import scripts.system_packages as sp; "
            "sp.desktop_advice({'QT_QPA_PLATFORM': 'offscreen'}); "
            "print(any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "False"
