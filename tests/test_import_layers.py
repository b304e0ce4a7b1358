"""The product apps import each other in layers: the graph of module-level imports between apps has
no cycle, and no product module imports the demo app.

Read with `ast`, without importing anything. A module-level import is one that runs when the
module is imported: at the top of the module, or inside a top-level `if`, `try`, `with` or class
body; imports inside functions run later and are not counted, nor are those under
`if TYPE_CHECKING:` (type hints only). Migrations are left out: they are historical snapshots that
only the migration loader reads. The project's wiring (URLconfs, settings, WSGI, the command that
sets up roles) is the top layer and may import any app.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Top-level packages that are not product code.
NOT_PRODUCT = {"tests", "demo", "bench", "deploy"}
#: The project's wiring: may import every app (paths relative to ROOT, folders end with "/").
WIRING = (
    "portal/urls.py",
    "portal/settings/",
    "portal/wsgi.py",
    "portal/management/commands/setup_roles.py",
    "api/urls.py",
)


def product_apps() -> set[str]:
    """The top-level packages of the product (a folder with __init__.py or apps.py)."""
    return {
        path.name
        for path in ROOT.iterdir()
        if path.is_dir()
        and not path.name.startswith(".")
        and path.name not in NOT_PRODUCT
        and ((path / "__init__.py").exists() or (path / "apps.py").exists())
    }


def product_modules(apps: set[str]) -> Iterator[tuple[str, Path]]:
    """(app, file) of every product module outside migrations."""
    for app in sorted(apps):
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.relative_to(ROOT).parts:
                yield app, path


def is_wiring(path: Path) -> bool:
    relative = path.relative_to(ROOT).as_posix()
    return any(relative == item or relative.startswith(item) for item in WIRING if item)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def module_level_imports(statements: list[ast.stmt]) -> Iterator[tuple[str, int]]:
    """(imported absolute module, line) of the imports that run when the module is imported."""
    for node in statements:
        if isinstance(node, ast.Import):
            yield from ((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:  # relative imports stay inside the app
                yield node.module, node.lineno
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from module_level_imports(node.body)
            yield from module_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody):
                yield from module_level_imports(block)
            for handler in node.handlers:
                yield from module_level_imports(handler.body)
        elif isinstance(node, ast.With | ast.ClassDef):
            yield from module_level_imports(node.body)


def all_imports(tree: ast.Module) -> Iterator[tuple[str, int]]:
    """(imported absolute module, line) of every import of the module, at any level."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module, node.lineno


Edges = dict[str, dict[str, list[str]]]


def app_graph() -> Edges:
    """{app: {imported app: ["file:line imported.module", …]}} of module-level imports."""
    apps = product_apps()
    edges: Edges = defaultdict(lambda: defaultdict(list))
    for app, path in product_modules(apps):
        if is_wiring(path):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for module, line in module_level_imports(tree.body):
            target = module.split(".")[0]
            if target in apps and target != app:
                where = f"{path.relative_to(ROOT).as_posix()}:{line} {module}"
                edges[app][target].append(where)
    return edges


def find_cycle(edges: Edges) -> list[str] | None:
    """One cycle of apps ([a, b, …, a]), or None."""
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(app: str) -> list[str] | None:
        state[app] = "open"
        stack.append(app)
        for target in sorted(edges.get(app, {})):
            if state.get(target) == "open":
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[app] = "done"
        return None

    for app in sorted(edges):
        if app not in state and (cycle := visit(app)):
            return cycle
    return None


def test_apps_import_each_other_without_a_cycle() -> None:
    edges = app_graph()
    cycle = find_cycle(edges)
    if cycle:
        lines = [f"module-level import cycle between apps: {' -> '.join(cycle)}"]
        for app, target in zip(cycle, cycle[1:], strict=False):
            lines.append(f"  {app} -> {target}:")
            lines.extend(f"    {where}" for where in edges[app][target])
        raise AssertionError("\n".join(lines))


def test_no_product_module_imports_the_demo_app() -> None:
    found = []
    for _app, path in product_modules(product_apps()):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found.extend(
            f"{path.relative_to(ROOT).as_posix()}:{line} {module}"
            for module, line in all_imports(tree)
            if module.split(".")[0] == "demo"
        )
    assert not found, "product modules import the demo app:\n" + "\n".join(found)


def test_the_checker_sees_a_cycle_and_skips_type_checking_imports() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "import plans.models\n"
        "if TYPE_CHECKING:\n"
        "    from indicators.models import IndicatorPage\n"
        "def later():\n"
        "    from reports import generated\n"
    )
    imports = [module for module, _line in module_level_imports(ast.parse(source).body)]
    assert imports == ["typing", "plans.models"]
    edges: Edges = {"a": {"b": ["a.py:1 b"]}, "b": {"c": ["b.py:1 c"]}, "c": {"a": ["c.py:1 a"]}}
    assert find_cycle(edges) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b": []}, "b": {"c": []}}) is None
