"""Atelier is plugin-based: without `knowledge`, without `search`, or without `programme`
(and `knowledge`, which builds on it) the site still passes its checks, needs no new
migration, migrates, loads its demo and serves home, admin and API. Runs in fresh
interpreters with tests/plugin_settings.py. The registry's seams are all documented."""

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest
from atelier.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
REMOVALS = ["knowledge", "search", "programme,knowledge"]

SMOKE = """
import os

import django
django.setup()
from django.apps import apps
from django.test import Client
for removed in os.environ["ATELIER_REMOVED_APPS"].split(","):
    assert not apps.is_installed(removed), f"{removed} is still installed"
client = Client()
for path in ["/", "/en/", "/admin/login/", "/api/v1/openapi.json", "/healthz"]:
    print(path, client.get(path).status_code)
client.login(username="admin", password="admin")
print("/admin/ (logged in)", client.get("/admin/").status_code)
"""


def run(args, env):
    return subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=540, check=False
    )


@pytest.mark.parametrize("removed", REMOVALS)
def test_site_works_with_an_app_removed(tmp_path, removed):
    env = {
        **os.environ,
        "ATELIER_REMOVED_APPS": removed,
        "DJANGO_SETTINGS_MODULE": "tests.plugin_settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'plugin.sqlite3'}",
        "ATELIER_VAR_DIR": str(tmp_path),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PYTHONPATH": str(ROOT),
    }
    for command in (
        ["check"],
        ["makemigrations", "--check", "--dry-run"],  # the core's blocks do not change
        ["migrate", "--noinput"],
        ["load_demo"],
    ):
        result = run([sys.executable, "manage.py", *command], env)
        assert result.returncode == 0, f"{command}: {result.stdout}\n{result.stderr}"

    result = run([sys.executable, "-c", SMOKE], env)
    assert result.returncode == 0, result.stderr
    statuses = dict(line.rsplit(" ", 1) for line in result.stdout.splitlines())
    assert statuses == {
        "/": "200",
        "/en/": "200",
        "/admin/login/": "200",
        "/api/v1/openapi.json": "200",
        "/healthz": "200",
        "/admin/ (logged in)": "200",
    }


def test_every_seam_of_the_registry_is_documented_in_plugins_md():
    """docs/plugins.md names every public ``add_*``/``set_*`` method of the registry, and
    no method the registry does not have."""
    import re

    doc = (ROOT / "docs" / "plugins.md").read_text()
    seams = {
        name
        for name, _member in inspect.getmembers(Registry, inspect.isfunction)
        if name.startswith(("add_", "set_", "allow_", "emit_"))
    }
    assert seams, "the registry has no seams"
    missing = sorted(name for name in seams if f"`{name}(" not in doc)
    assert not missing, f"document these in docs/plugins.md: {missing}"
    named = set(re.findall(r"`((?:add|set|allow|emit)_[a-z_]+)\(", doc))
    unknown = sorted(named - seams)
    assert not unknown, f"docs/plugins.md names methods the registry lacks: {unknown}"


def _public_methods() -> dict[str, object]:
    return {
        name: member
        for name, member in inspect.getmembers(Registry, inspect.isfunction)
        if not name.startswith("_")
    }


def _documented_calls(doc: str) -> dict[str, str]:
    """``name`` -> the argument list docs/plugins.md shows in `name(…)`, for every method."""
    import re

    calls = {}
    for name, arguments in re.findall(r"`([a-z_]+)\(((?:[^()`]|\([^()`]*\))*)\)`", doc):
        calls.setdefault(name, arguments)
    return calls


def _split_arguments(arguments: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in arguments:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [part for part in [*parts, current.strip()] if part]


def test_docs_name_every_public_method_of_the_registry_and_each_has_a_docstring():
    doc = (ROOT / "docs" / "plugins.md").read_text()
    calls = _documented_calls(doc)
    methods = _public_methods()
    missing = sorted(set(methods) - set(calls))
    assert not missing, f"name these as `method(…)` in docs/plugins.md: {missing}"
    undocumented = sorted(name for name, method in methods.items() if not inspect.getdoc(method))
    assert not undocumented, f"give these a docstring in site/registry.py: {undocumented}"


def test_docs_show_each_registry_call_with_the_methods_own_parameters():
    """`add_sitemap(name, sitemap)` in docs/plugins.md has the parameters of the method, in
    order; a dataclass argument (`ListingSource(key, label, items, template)`) shows that
    class's fields, and a quoted example value stands for the one parameter."""
    import dataclasses

    from atelier import registry as registry_module

    calls = _documented_calls((ROOT / "docs" / "plugins.md").read_text())
    wrong = []
    for name, method in _public_methods().items():
        parameters = list(inspect.signature(method).parameters.values())[1:]
        expected = [
            f"*{p.name}" if p.kind is inspect.Parameter.VAR_POSITIONAL else p.name
            for p in parameters
        ]
        shown = []
        for argument in _split_arguments(calls.get(name, "")):
            if argument.startswith('"'):
                shown.append(expected[len(shown)] if len(shown) < len(expected) else argument)
            elif "(" in argument:
                cls_name, _, fields = argument.partition("(")
                cls = getattr(registry_module, cls_name)
                field_names = [field.name for field in dataclasses.fields(cls)]
                if _split_arguments(fields.rstrip(")")) != field_names:
                    wrong.append(f"{argument}: the fields are {field_names}")
                shown.append(expected[len(shown)] if len(shown) < len(expected) else argument)
            else:
                shown.append(argument.partition("=")[0].strip())
        if shown != expected:
            wrong.append(f"{name}({', '.join(shown)}): the method takes ({', '.join(expected)})")
    assert not wrong, "docs/plugins.md and site/registry.py disagree: " + "; ".join(wrong)
