"""Scheduled publishing runs by itself: `make run` starts the scheduler beside the site
(honcho, Procfile.dev), and the scheduler publishes a page within a minute of its time."""

import datetime
import re
import shlex
import time
from pathlib import Path

import pytest
from atelier.registry import PeriodicCommand, registry
from atelier.scheduler import Scheduler
from django.core.management import call_command
from django.utils import timezone

ROOT = Path(__file__).resolve().parents[2]


def procfile(name: str) -> dict[str, list[str]]:
    lines = (ROOT / name).read_text().splitlines()
    entries = (line.split(":", 1) for line in lines if line and not line.startswith("#"))
    return {process.strip(): shlex.split(command) for process, command in entries}


def test_make_run_starts_site_worker_and_scheduler_with_honcho():
    makefile = (ROOT / "Makefile").read_text()
    run = re.search(r"^run:.*?(?=^\S)", makefile, re.M | re.S).group(0)
    assert "honcho --procfile Procfile.dev start" in run
    processes = procfile("Procfile.dev")
    assert processes["web"][:3] == ["python", "manage.py", "runserver"]
    assert processes["worker"] == ["python", "manage.py", "db_worker"]
    assert processes["scheduler"] == ["python", "manage.py", "run_scheduler"]
    # Production runs the same scheduler as a process of its own.
    assert procfile("Procfile")["scheduler"] == ["django-admin", "run_scheduler"]
    lock = (ROOT / "requirements.lock").read_text().splitlines()
    assert any(line.startswith("honcho==") for line in lock)


def test_publishing_is_checked_at_least_twice_a_minute():
    (publish,) = [c for c in registry.periodic_commands if c.name == "publish_scheduled"]
    assert publish.every <= 30
    names = {command.name for command in registry.periodic_commands}
    assert {"send_outbox_mail", "deliver_webhooks", "send_registration_reminders"} <= names


def test_jobs_run_at_start_then_every_interval_and_a_failure_stops_nothing(db):
    now = [1000.0]
    scheduler = Scheduler(
        [PeriodicCommand("no_such_command", 10), PeriodicCommand("publish_scheduled", 30)],
        clock=lambda: now[0],
    )
    assert [str(job) for job in scheduler.run_due()] == ["no_such_command", "publish_scheduled"]
    now[0] += 11
    assert [str(job) for job in scheduler.run_due()] == ["no_such_command"]
    assert scheduler.seconds_to_next() == pytest.approx(10)  # ran at 1011, next at 1021
    now[0] += 20
    assert {str(job) for job in scheduler.run_due()} == {"no_such_command", "publish_scheduled"}


def test_long_jobs_wait_an_hour_after_a_start(db):
    now = [0.0]
    scheduler = Scheduler([PeriodicCommand("purge_revisions", 7 * 24 * 3600)], clock=lambda: now[0])
    assert scheduler.run_due() == []  # a restart does not purge
    now[0] += 3600
    assert [str(job) for job in scheduler.run_due()] == ["purge_revisions"]


def test_the_scheduler_from_the_procfile_publishes_a_page_that_is_due(home_page):
    from home.models import ContentPage

    page = home_page.add_child(
        instance=ContentPage(title="Straks live", slug="straks-live", live=False)
    )
    go_live = timezone.now() + datetime.timedelta(seconds=2)
    page.go_live_at = go_live
    revision = page.save_revision()
    revision.publish()  # with a future go_live_at this schedules it
    page.refresh_from_db()
    assert not page.live and revision.approved_go_live_at

    python, manage, command = procfile("Procfile.dev")["scheduler"]
    call_command(command, "--once")  # before its time: nothing happens
    page.refresh_from_db()
    assert not page.live

    time.sleep(max(0.0, (go_live - timezone.now()).total_seconds()) + 0.2)
    call_command(command, "--once")  # the time has come
    page.refresh_from_db()
    assert page.live
    assert ContentPage.objects.live().filter(pk=page.pk).exists()
