"""`pip install .` only ships the packages pyproject.toml lists: every folder must be there."""

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
