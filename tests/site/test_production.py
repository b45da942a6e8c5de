"""The production profile, each run in a fresh interpreter so its settings load for real."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The variables docs/deployment.md asks for; .env.example documents every one of them.
PRODUCTION_ENV = {
    "ALLOWED_HOSTS": "atelier.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://atelier.example.org",
    "WAGTAILADMIN_BASE_URL": "https://atelier.example.org",
    "SECURE_HSTS_PRELOAD": "true",
}


def production(tmp_path, *args, env=None, code=None):
    """Run manage.py (or a snippet after django.setup()) with the production settings."""
    inherited = {"DJANGO_SETTINGS_MODULE", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in inherited}
    clean.update(
        {
            "DJANGO_SETTINGS_MODULE": "atelier.settings.production",
            "ATELIER_VAR_DIR": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        }
    )
    clean.pop("SECRET_KEY", None)
    clean.update(env or {})
    if code is not None:
        command = [sys.executable, "-c", f"import django; django.setup()\n{code}"]
    else:
        command = [sys.executable, "manage.py", *args]
    return subprocess.run(
        command, cwd=ROOT, env=clean, capture_output=True, text=True, timeout=240, check=False
    )


@pytest.fixture
def secret_env():
    return {**PRODUCTION_ENV, "SECRET_KEY": secrets.token_urlsafe(50)}


def test_check_deploy_has_no_warnings_with_the_documented_environment(tmp_path, secret_env):
    result = production(tmp_path, "check", "--deploy", "--fail-level", "WARNING", env=secret_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_without_hsts_preload(tmp_path, secret_env):
    env = {**secret_env, "SECURE_HSTS_PRELOAD": "false"}
    result = production(tmp_path, "check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W021" in result.stdout + result.stderr


def test_missing_secret_key_fails_fast_with_a_clear_message(tmp_path):
    result = production(tmp_path, "check", env=PRODUCTION_ENV)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "The environment variable SECRET_KEY is required" in result.stderr


def test_production_serves_static_files_with_whitenoise_and_secure_cookies(tmp_path, secret_env):
    code = (
        "from django.conf import settings; import json; print(json.dumps({"
        "'storage': settings.STORAGES['staticfiles']['BACKEND'],"
        "'middleware': settings.MIDDLEWARE, 'debug': settings.DEBUG,"
        "'cookies': [settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE]}))"
    )
    result = production(tmp_path, env=secret_env, code=code)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["storage"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    middleware = values["middleware"]
    assert middleware.index("whitenoise.middleware.WhiteNoiseMiddleware") == 1  # after security
    assert values["debug"] is False
    assert values["cookies"] == [True, True]


def test_the_wsgi_application_freezes_what_loading_made_out_of_the_collector(tmp_path, secret_env):
    """docs/deployment.md, "Web: gunicorn": the long-lived objects of a loaded worker are
    left out of the garbage collector's full passes."""
    code = (
        "import gc; before = gc.get_freeze_count()\n"
        "from atelier.wsgi import application\n"
        "print(before, gc.get_freeze_count(), len(gc.get_objects()))"
    )
    result = production(tmp_path, env=secret_env, code=code)
    assert result.returncode == 0, result.stderr
    before, frozen, tracked = map(int, result.stdout.split())
    assert before == 0
    assert frozen > 10_000  # the modules, classes and settings loaded so far
    assert tracked < frozen  # the collector now walks far fewer objects than were frozen


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/en/", "/bestaat-niet/"])
def test_public_pages_send_csp_and_refuse_framing(client, home_page, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'self'"
    assert "'unsafe-inline'" not in directives["script-src"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_the_admin_and_api_docs_are_left_out_of_the_csp(client, home_page):
    client.login(username="admin", password="admin")
    admin = client.get("/admin/")
    assert admin.status_code == 200
    assert "Content-Security-Policy" not in admin  # Wagtail's admin uses inline scripts
    assert admin["X-Frame-Options"] == "DENY"
    assert "gravatar.com" not in admin.content.decode()  # no e-mail hashes to third parties
    assert "Content-Security-Policy" not in client.get("/api/v1/docs")


def test_gunicorn_reads_its_settings_from_the_environment(monkeypatch):
    import importlib

    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    monkeypatch.setenv("PORT", "9123")
    monkeypatch.setenv("GUNICORN_TIMEOUT", "45")
    import atelier.gunicorn_conf as conf

    conf = importlib.reload(conf)
    assert (conf.workers, conf.bind, conf.timeout) == (3, "0.0.0.0:9123", 45)
    assert conf.wsgi_app == "atelier.wsgi:application"


def test_every_setting_read_from_the_environment_is_documented_in_env_example():
    import re

    names = set()
    for path in (ROOT / "site" / "settings").glob("*.py"):
        names |= set(
            re.findall(r'env(?:_bool|_int|_list|_required)?\(\s*"([A-Z0-9_]+)"', path.read_text())
        )
    documented = set(re.findall(r"^#?\s*([A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert names, "no env() calls found; the pattern above is out of date"
    assert not names - documented, f"add to .env.example: {sorted(names - documented)}"
    assert set(PRODUCTION_ENV) <= documented


def test_the_documented_worker_and_cron_commands_exist():
    """docs/deployment.md names these; a rename in a dependency should fail here first."""
    from django.core.management import get_commands
    from django.utils.module_loading import import_string

    documented = (ROOT / "docs" / "deployment.md").read_text()
    backend = "django_tasks_db.DatabaseBackend"
    assert backend in documented
    assert import_string(backend).__name__ == "DatabaseBackend"
    commands = get_commands()
    for name in ["db_worker", "publish_scheduled", "prune_db_task_results", "update_index"]:
        assert name in documented
        assert name in commands, f"manage.py {name} does not exist"
