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
