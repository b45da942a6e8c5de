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
    r"^\s*(?:from|import)\s+(wagtail_factories|factory|pytest|hypothesis|playwright|faker)\b",
    re.MULTILINE,
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
