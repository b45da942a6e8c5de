"""Fifty people press "Aanmelden" at the same moment: nobody gets a seat that is not there.

Each thread posts the real form with its own database connection. PostgreSQL runs when
DATABASE_URL points at it (mark ``postgres``); SQLite runs on a file copy of the test
database, because the in-memory one answers concurrent writers with "table is locked".
"""

import contextlib
import os
import sqlite3
import threading

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from programme.registration.models import Registration, WorkshopChoice
from programme.registration.services import RunChoice, register

PARALLEL = 50


@pytest.fixture(autouse=True)
def wagtail_root(request):
    """Transactional tests start from an empty database, without the root page and root
    collection that Wagtail's migrations create."""
    if "transactional_db" not in request.fixturenames and not request.node.get_closest_marker(
        "django_db"
    ):
        return
    request.getfixturevalue("transactional_db")
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    # An earlier flush recreated the content types under new ids.
    ContentType.objects.clear_cache()

    Locale.objects.get_or_create(language_code="nl")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def post_in_parallel(url, data_for) -> list:
    """POST the form from PARALLEL threads released together; returns status codes (or
    the exception a thread hit)."""
    barrier = threading.Barrier(PARALLEL)
    results = [None] * PARALLEL

    def worker(index):
        try:
            client = Client(REMOTE_ADDR=f"10.0.{index // 250}.{index % 250 + 1}")
            barrier.wait(timeout=30)
            results[index] = client.post(url, data_for(index)).status_code
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def person(index, **extra):
    return {
        "name": f"Deelnemer {index}",
        "email": f"deelnemer{index}@example.org",
        "consent": "on",
        "website": "",
        **extra,
    }


def fill(event, applicant, count, choices=None):
    for n in range(count):
        register(event, applicant(f"al-{n}@example.org", choices=choices))


def last_five_places(make_event, applicant):
    event = make_event(capacity=20)
    fill(event, applicant, 15)
    url = reverse("registration:register", args=[event.pk])
    results = post_in_parallel(url, person)
    assert all(code == 302 for code in results), results  # no 500s, no exceptions
    confirmed = Registration.objects.filter(page=event, status="confirmed")
    assert confirmed.count() == 20
    assert confirmed.exclude(email__startswith="al-").count() == 5
    assert Registration.objects.filter(page=event, status="waitlisted").count() == 45


def last_workshop_place(make_event, applicant, run_of):
    event = make_event(capacity=None, rounds=1, workshops=[("Commons", [1], 10)])
    commons = run_of(event, "Commons")
    fill(event, applicant, 9, {commons.round_id: RunChoice(commons.pk)})
    url = reverse("registration:register", args=[event.pk])
    field = f"round_{commons.round_id}"
    results = post_in_parallel(url, lambda i: person(i, **{field: str(commons.pk)}))
    # One status for "full" (409, as for a full event); no 500s, no exceptions.
    assert all(code in (302, 409) for code in results), results
    assert results.count(302) == 1  # the one who got the last place
    taken = WorkshopChoice.objects.filter(run=commons, status="confirmed")
    assert taken.count() == 10
    assert Registration.objects.filter(page=event).count() == 10  # refused ones: nothing


needs_postgres = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
    reason="needs DATABASE_URL=postgres://…",
)


@pytest.mark.postgres
@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_postgres_fifty_people_for_the_last_five_places(make_event, applicant):
    last_five_places(make_event, applicant)


@pytest.mark.postgres
@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_postgres_fifty_people_for_the_last_workshop_place(make_event, applicant, run_of):
    last_workshop_place(make_event, applicant, run_of)


@contextlib.contextmanager
def sqlite_file_copy(path):
    """Point new connections (the worker threads') at a file copy of the test database."""
    connection.ensure_connection()
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()
    settings_dict = connections.settings[connection.alias]
    original = settings_dict["NAME"]
    settings_dict["NAME"] = str(path)
    try:
        yield
    finally:
        settings_dict["NAME"] = original


@pytest.mark.django_db(transaction=True)
def test_sqlite_file_database_keeps_the_last_places(make_event, applicant, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite variant")
    event = make_event(capacity=20)
    fill(event, applicant, 15)
    url = reverse("registration:register", args=[event.pk])
    path = tmp_path / "concurrency.sqlite3"
    with sqlite_file_copy(path):
        results = post_in_parallel(url, person)
    assert all(code == 302 for code in results), results
    with sqlite3.connect(path) as db:
        counts = dict(
            db.execute(
                "SELECT status, COUNT(*) FROM registration_registration WHERE page_id = ? "
                "GROUP BY status",
                [event.pk],
            ).fetchall()
        )
    assert counts == {"confirmed": 20, "waitlisted": 45}
