"""Atelier is plugin-based: without `knowledge` the site still migrates, loads its demo
and serves home, admin and API. Runs in fresh interpreters with tests/plugin_settings.py."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SMOKE = """
import django
django.setup()
from django.apps import apps
from django.test import Client
assert not apps.is_installed("knowledge"), "knowledge is still installed"
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


def test_site_works_with_the_knowledge_app_removed(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.plugin_settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'plugin.sqlite3'}",
        "ATELIER_VAR_DIR": str(tmp_path),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PYTHONPATH": str(ROOT),
    }
    for command in (["migrate", "--noinput"], ["load_demo"]):
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
