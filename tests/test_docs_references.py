"""Docstrings and comments cite only files in the repository: every `*.md` they name exists,
relative to the repository root or to docs/ (a contract, style guide or seed kept outside the
repository helps no reader of the code)."""

import ast
import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ["site", "home", "programme", "knowledge", "search", "tests", "docs"]
MARKDOWN = re.compile(r"[\w./-]*\w\.md\b")


def python_files() -> list[Path]:
    files = [ROOT / "manage.py", ROOT / "gunicorn.conf.py"]
    for folder in SCANNED:
        files += [
            path
            for path in (ROOT / folder).rglob("*.py")
            if not any(part.startswith(".") or part == "migrations" for part in path.parts)
        ]
    return [path for path in files if path.exists()]


def docstrings_and_comments(source: str) -> list[str]:
    texts = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(
            node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
        ) and (docstring := ast.get_docstring(node, clean=False)):
            texts.append(docstring)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            texts.append(token.string)
    return texts


def cited_markdown(path: Path) -> set[str]:
    return {
        name
        for text in docstrings_and_comments(path.read_text(encoding="utf-8"))
        for name in MARKDOWN.findall(text)
    }


def exists_in_repository(name: str) -> bool:
    return (ROOT / name).is_file() or (ROOT / "docs" / name).is_file()


def test_the_scan_finds_citations_in_docstrings_and_comments():
    source = '"""See docs/api.md."""\n\ndef f():\n    """Per STYLE.md."""\n    # DESIGN.md\n'
    found = {name for text in docstrings_and_comments(source) for name in MARKDOWN.findall(text)}
    assert found == {"docs/api.md", "STYLE.md", "DESIGN.md"}
    assert exists_in_repository("docs/api.md") and exists_in_repository("plugins.md")
    assert not exists_in_repository("STYLE.md")


def test_docstrings_and_comments_cite_only_markdown_files_in_the_repository():
    missing = []
    for path in python_files():
        relative = path.relative_to(ROOT).as_posix()
        absent = {name for name in cited_markdown(path) if not exists_in_repository(name)}
        missing += [f"{relative}: {name}" for name in sorted(absent)]
    assert not missing, f"cite a file in the repository (docs/…) or say it inline: {missing}"
