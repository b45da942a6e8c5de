"""`pip install .` ships the packages pyproject.toml lists (every folder must be there), no
test-only code, and depends on exactly what its code imports."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


def package_folders(name: str, folder: Path) -> set[str]:
    found = set()
    for init in folder.rglob("__init__.py"):
        relative = init.parent.relative_to(folder)
        if not any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            found.add(".".join((name, *relative.parts)))
    return found


def test_every_python_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = set()
    for name, folder in config["package-dir"].items():
        found |= package_folders(name, ROOT / folder)
    missing = found - set(config["packages"])
    assert not missing, f"add these to [tool.setuptools] packages: {sorted(missing)}"


TEST_ONLY_IMPORT = re.compile(
    r"^\s*(?:from|import)\s+(wagtail_factories|factory|pytest|hypothesis|playwright|faker|tests)\b",
    re.MULTILINE,
)
# Bench tooling lives in tests/bench/ (issue 22); .ci/run checks the same names on the
# package `pip install .` builds.
BENCH_ONLY_MODULES = (
    "atelier.bulk_pages",
    "atelier.management.commands.generate_content",
    "programme.generate",
)


def test_the_installed_packages_carry_no_factories_or_test_only_imports():
    """Factories live in tests/ (they import the dev-only wagtail-factories); .ci/run checks
    the same on the package `pip install .` builds."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    offending = []
    for folder in set(config["package-dir"].values()):
        for path in (ROOT / folder).rglob("*.py"):
            found = TEST_ONLY_IMPORT.search(path.read_text(encoding="utf-8"))
            if "factories" in path.stem or found:
                offending.append(str(path.relative_to(ROOT)))
    assert not offending, f"test-only code in the installed package: {offending}"


def module_file(name: str) -> Path | None:
    """Where the installed package would take module ``name`` from (package-dir mapping)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    package, _, rest = name.partition(".")
    folder = ROOT / config["package-dir"][package]
    for candidate in (
        folder.joinpath(*rest.split(".")).with_suffix(".py"),
        folder.joinpath(*rest.split("."), "__init__.py"),
    ):
        if candidate.exists():
            return candidate
    return None


def test_the_bench_tooling_is_not_in_the_installed_packages():
    """The content generator and its bulk inserter are bench tooling (tests/bench/), and no
    installed module imports from tests/."""
    shipped = [name for name in BENCH_ONLY_MODULES if module_file(name) is not None]
    assert not shipped, f"bench tooling in the installed package: {shipped}"
    assert module_file("atelier.registry") is not None  # the lookup finds what is there
    assert (ROOT / "tests" / "bench" / "generate.py").exists()


# --- Dependencies match the imports ---------------------------------------------------------

# Distributions the runtime uses without importing them in our code: named here with the
# place that loads them, so that the list stays short and each entry is checked.
LOADED_BY_NAME = {
    "gunicorn": ("Procfile", "gunicorn -c python:atelier.gunicorn_conf"),
    "psycopg": ("docs/deployment.md", "psycopg 3"),  # Django's backend for postgres:// URLs
}

DOTTED_NAME = re.compile(r"^[A-Za-z_]\w*(?:\.\w+)*$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def top_level_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.partition(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.partition(".")[0])
    return names


def settings_references(path: Path) -> set[str]:
    """Modules the settings name as strings: INSTALLED_APPS, MIDDLEWARE, backends."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and DOTTED_NAME.match(node.value)
        ):
            names.add(node.value.partition(".")[0])
    return names


def distributions_of(modules: set[str]) -> set[str]:
    """Third-party distributions that provide these top-level modules (first-party and the
    standard library left out)."""
    provided_by = packages_distributions()
    first_party = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]
    )
    found = set()
    for module in modules - sys.stdlib_module_names - first_party:
        found |= {canonical(dist) for dist in provided_by.get(module, ())} - {"atelier"}
    return found


def runtime_python_files() -> list[Path]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    files = []
    for folder in sorted(set(config["package-dir"].values())):
        files.extend((ROOT / folder).rglob("*.py"))
    return files


def declared(requirements: list[str]) -> set[str]:
    return {canonical(Requirement(line).name) for line in requirements}


def test_runtime_dependencies_are_exactly_what_the_runtime_imports():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    modules = set()
    for path in runtime_python_files():
        modules |= top_level_imports(path)
    for path in (ROOT / "site" / "settings").glob("*.py"):
        modules |= settings_references(path)
    imported = distributions_of(modules)
    for dist, (where, text) in LOADED_BY_NAME.items():
        assert text in (ROOT / where).read_text(encoding="utf-8"), f"{dist}: not in {where}"
        imported.add(dist)
    runtime = declared(project["dependencies"])
    assert not imported - runtime, f"imported but not declared: {sorted(imported - runtime)}"
    assert not runtime - imported, f"declared but imported by nothing: {sorted(runtime - imported)}"


def test_tests_and_tools_import_only_declared_dependencies():
    """What tests/, docs/screenshots.py and the bench import is a runtime or a dev dependency."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    modules = set()
    for path in [*(ROOT / "tests").rglob("*.py"), *(ROOT / "docs").rglob("*.py")]:
        modules |= top_level_imports(path)
    allowed = declared(project["dependencies"]) | declared(project["optional-dependencies"]["dev"])
    missing = distributions_of(modules) - allowed
    assert not missing, f"add to the dev extra in pyproject.toml: {sorted(missing)}"


def test_every_declared_dependency_is_pinned_in_the_lock_within_its_range():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[canonical(name)] = Version(version)
    lines = [*project["dependencies"], *sum(project["optional-dependencies"].values(), [])]
    problems = []
    for line in lines:
        requirement = Requirement(line)
        pin = pins.get(canonical(requirement.name))
        if pin is None or pin not in requirement.specifier:
            problems.append(f"{line} (lock: {pin})")
    assert not problems, f"requirements.lock does not match: {problems}"


def test_the_demo_data_files_are_package_data():
    """The demo's facts (docs/demo.md) are TOML files in each app's ``demo/`` package; a
    package-data pattern of pyproject.toml must take each into ``pip install .``, or the
    installed demo finds no data."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = config["package-data"].get("*", [])
    data_files = []
    for name, folder in config["package-dir"].items():
        for path in (ROOT / folder).rglob("demo/*.toml"):
            data_files.append((name, path))
            package = ".".join((name, *path.parent.relative_to(ROOT / folder).parts))
            assert package in config["packages"], f"{package} is not in the installed packages"
            assert any(path.match(pattern) for pattern in patterns), (
                f"no package-data pattern ships {path.relative_to(ROOT)}"
            )
    assert {name for name, _path in data_files} >= {"home", "programme", "knowledge"}
