"""`pip install .` only ships the packages pyproject.toml lists: every folder must be there."""

import re
import tomllib
from pathlib import Path

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
