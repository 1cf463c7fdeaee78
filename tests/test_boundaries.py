"""The layering rules of ARCHITECTURE.md, checked in a clean interpreter."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _modules_after_import(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        cwd=REPO, capture_output=True, text=True, check=True,
    )
    return set(result.stdout.split())


def test_core_and_index_import_without_qt() -> None:
    loaded = _modules_after_import(
        "import enablement.library, enablement.cli.main, enablement.cli.content, index"
    )
    assert "enablement.library" in loaded
    assert not any(name.split(".")[0] == "PySide6" for name in loaded)


def test_index_does_not_import_the_rest_of_the_app() -> None:
    loaded = _modules_after_import("import index")
    assert "index.search" in loaded
    assert not any(name.split(".")[0] in {"enablement", "ui", "sqlalchemy"} for name in loaded)


# -- the door: what the faces import -----------------------------------------------------

FACE_ALLOWED = {
    "ui": {"enablement.api", "enablement.errors", "enablement.paths"},
    # The command line is a face too; it also opens the library (the door itself), sets up
    # logging and reads its own argument helpers.
    "enablement.cli": {"enablement.api", "enablement.errors", "enablement.paths",
                       "enablement.library", "enablement.logs", "enablement.cli"},
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path) -> set[str]:
    """Every module ``path`` imports when it runs, at module level or in a function; what
    is imported only for type checkers (``if TYPE_CHECKING:``) does not count."""
    found: set[str] = set()

    class Imports(ast.NodeVisitor):
        def visit_If(self, node: ast.If) -> None:  # noqa: N802 - ast's spelling
            if "TYPE_CHECKING" in ast.unparse(node.test):
                for child in node.orelse:
                    self.visit(child)
                return
            self.generic_visit(node)

        def visit_Import(self, node: ast.Import) -> None:  # noqa: N802
            found.update(alias.name for alias in node.names)

        def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802
            if not node.level and node.module:
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
                found.add(node.module)

    Imports().visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _our_modules() -> dict[str, Path]:
    modules = {}
    for package in ("enablement", "ui", "index"):
        for path in (REPO / package).rglob("*.py"):
            if "migrations" not in path.parts:
                modules[_module_name(path)] = path
    return modules


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def test_the_faces_use_only_the_door() -> None:
    """The window and the command line reach the core through ``Library`` and the result
    types in enablement/api.py: no SQLAlchemy, no models, no module that takes a session."""
    modules = _our_modules()
    wrong = []
    for name, path in modules.items():
        face = next((f for f in FACE_ALLOWED if name == f or name.startswith(f + ".")), None)
        if face is None:
            continue
        for imported in _runtime_imports(path):
            if imported.split(".")[0] == "sqlalchemy":
                wrong.append(f"{name} imports {imported}")
            target = _resolve(imported, modules)
            if target and target.startswith("enablement.") and not any(
                    target == allowed or target.startswith(allowed + ".")
                    for allowed in FACE_ALLOWED[face]):
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def test_no_import_cycles() -> None:
    """Modules form layers: no module imports one that (through others) imports it back,
    even from inside a function (only imports made for type checkers are exempt)."""
    modules = _our_modules()
    graph = {}
    for name, path in modules.items():
        targets = {_resolve(imported, modules) for imported in _runtime_imports(path)}
        # A package's __init__ is part of importing any of its modules: not an edge back.
        graph[name] = {t for t in targets
                       if t and t != name and not name.startswith(t + ".")}
    cycles = _strongly_connected(graph)
    assert cycles == [], cycles


def _feature(module: str) -> str:
    """The part of the app a module belongs to: a feature package of the core
    (``enablement.sync``), a module at the core's top (``enablement.changes``), or a face
    or ``index``."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "enablement" and len(parts) > 1 else parts[0]


def test_feature_packages_form_layers() -> None:
    """Whole packages too: no two feature packages need each other (sync needs search,
    never search sync), so docs/architecture.md can draw them as layers."""
    assert _strongly_connected(_package_graph()) == []


def _package_graph() -> dict[str, set[str]]:
    modules = _our_modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        source = _feature(name)
        for imported in _runtime_imports(path):
            target = _resolve(imported, modules)
            if target and _feature(target) != source and target != "enablement":
                graph.setdefault(source, set()).add(_feature(target))
    return graph


def _short(name: str) -> str:
    return {"ui": "ui/", "index": "index/"}.get(name, name.removeprefix("enablement."))


def test_the_architecture_doc_draws_the_arrows_the_code_has() -> None:
    """docs/architecture.md's table of which package uses which is the code's, exactly."""
    text = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    drawn: dict[str, set[str]] = {}
    for row in re.findall(r"^\| `([\w/]+)` \| ([^|]*) \|$", text, re.MULTILINE):
        name, uses = row
        drawn[name] = {use.strip().strip("`") for use in uses.split(",")} - {""}
    graph = _package_graph()
    packages = [p for p in graph if p.count(".") == 1 and (REPO / p.replace(".", "/")).is_dir()]
    actual = {_short(p): {_short(t) for t in graph[p]} for p in packages + ["ui"]}
    actual |= {"library": {_short(t) for t in graph["enablement.library"]}}
    for name, uses in actual.items():
        if name == "library":
            continue  # drawn as "every service above"
        assert drawn.get(name) == uses, (name, sorted(uses))


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: the groups of modules that import each other in a circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_module_is_a_giant() -> None:
    """Modules of one job each: none over about 500 lines (STYLE.md)."""
    big = {name: lines for name, path in _our_modules().items()
           if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 520}
    assert big == {}
