"""The public form on its own never-cached URL: spam, limits, closed events, same answers."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from programme.registration.models import Registration

pytestmark = pytest.mark.django_db


def form_data(email="iemand@example.org", **extra):
    return {
        "name": "Iemand Voorbeeld",
        "email": email,
        "organisation": "Buurtwerk",
        "role": "opbouwwerker",
        "needs": "",
        "website": "",
        "consent": "on",
        **extra,
    }


def url(event):
    return reverse("registration:register", args=[event.pk])


def test_the_form_is_never_cached_and_shows_places_per_workshop(client, make_event):
    event = make_event(rounds=2, workshops=[("ABCD", [1, 2], 3), ("Commons", [2], None)])
    response = client.get(url(event))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    html = response.content.decode()
    assert "nog 3 plaatsen" in html
    assert 'name="round_' in html
    assert 'tabindex="-1"' in html and 'aria-hidden="true"' in html  # the honeypot


def test_a_registration_through_the_form_confirms_and_redirects(client, make_event, run_of):
    event = make_event(rounds=1, workshops=[("ABCD", [1], 3)])
    run = run_of(event, "ABCD")
    response = client.post(url(event), form_data(**{f"round_{run.round_id}": str(run.pk)}))
    assert response.status_code == 302
    done = reverse("registration:done", args=[event.pk])
    assert response["Location"] == f"{done}?workshops={run.pk}"  # for "my programme"
    registration = Registration.objects.get()
    assert registration.choices.get().run == run
    assert registration.privacy_statement_version


def test_a_full_workshop_shows_as_waiting_list_and_a_stale_choice_is_an_error(
    client, make_event, run_of, applicant
):
    from programme.registration.services import RunChoice, register

    event = make_event(rounds=1, workshops=[("Commons", [1], 1), ("ABCD", [1], 5)])
    commons = run_of(event, "Commons")
    register(event, applicant("eerste@example.org", {commons.round_id: RunChoice(commons.pk)}))

    html = client.get(url(event)).content.decode()
    assert "vol — wachtlijst" in html

    # Someone who loaded the form before it filled up still sends the plain choice.
    response = client.post(url(event), form_data(**{f"round_{commons.round_id}": str(commons.pk)}))
    assert response.status_code == 409  # every "full" refusal has this status
    assert "net volgeboekt" in response.content.decode()
    assert Registration.objects.count() == 1


def test_new_and_known_addresses_get_the_same_answer(client, make_event, mailoutbox):
    event = make_event()
    first = client.post(url(event), form_data("een@example.org"))
    again = client.post(url(event), form_data("een@example.org"))
    assert first.status_code == again.status_code == 302
    assert first["Location"] == again["Location"]
    assert Registration.objects.count() == 1


def test_the_honeypot_stores_nothing_but_looks_like_success(client, make_event):
    event = make_event()
    response = client.post(url(event), form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not Registration.objects.exists()


def test_submissions_are_limited_per_client_address(client, make_event, settings):
    settings.REGISTRATION_RATE_LIMIT = 3
    event = make_event()
    # Corrected mistakes are not registrations: they do not count.
    for _ in range(5):
        assert client.post(url(event), form_data("not-an-address")).status_code == 200
    codes = [client.post(url(event), form_data(f"p{n}@example.org")).status_code for n in range(4)]
    assert codes == [302, 302, 302, 429]
    assert Registration.objects.count() == 3
    # The refused form keeps what was typed and says why.
    refused = client.post(url(event), form_data("p9@example.org"))
    assert refused.status_code == 429
    html = refused.content.decode()
    assert 'value="p9@example.org"' in html and "veel aanmeldingen vanaf dit adres" in html
    other = client.post(url(event), form_data("ander@example.org"), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": "cancelled"}, "geannuleerd"),
        ({"status": "postponed"}, "uitgesteld"),
        ({"registration_closes_at": timezone.now() - datetime.timedelta(hours=1)}, "gesloten"),
        ({"registration_opens_at": timezone.now() + datetime.timedelta(days=3)}, "Aanmelden kan"),
    ],
)
def test_closed_cancelled_and_not_yet_open_events_say_so(client, make_event, fields, message):
    event = make_event(**fields)
    page = client.get(url(event))
    assert page.status_code == 200
    assert message in page.content.decode()
    assert "registration__form" not in page.content.decode()  # the header still has the search form
    client.post(url(event), form_data())
    assert not Registration.objects.exists()


def test_external_registration_redirects_and_none_is_not_found(client, make_event):
    external = make_event(registration_mode="external", registration_url="https://example.org/f")
    assert client.get(url(external))["Location"] == "https://example.org/f"
    nothing = make_event(registration_mode="none")
    assert client.get(url(nothing)).status_code == 404


def test_a_draft_event_has_no_form(client, make_event):
    event = make_event()
    event.unpublish()
    assert client.get(url(event)).status_code == 404


def test_missing_consent_is_a_form_error(client, make_event):
    event = make_event()
    data = form_data()
    del data["consent"]
    response = client.post(url(event), data)
    assert response.status_code == 200
    assert "registration__errors" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_full_event_without_waiting_list_says_it_is_full(client, make_event, applicant):
    from programme.registration.services import register

    event = make_event(capacity=1, waiting_list=False)
    register(event, applicant())
    page = client.get(url(event)).content.decode()
    assert "Deze activiteit is vol" in page
    assert "registration__form" not in page


def test_the_event_page_links_to_the_form_with_places_left(client, make_event, applicant):
    from programme.registration.services import register

    event = make_event(capacity=3)
    register(event, applicant())
    html = client.get(event.url).content.decode()
    assert f'href="{url(event)}"' in html
    assert "Nog 2 plaatsen" in html
    assert "csrfmiddlewaretoken" not in html  # the event page stays cacheable


def test_rounds_are_told_apart_by_number_and_time_in_the_form_and_the_mail(
    client, make_event, run_of, mailoutbox, django_capture_on_commit_callbacks
):
    from programme.models import WorkshopRound

    event = make_event(rounds=2, workshops=[("ABCD", [1, 2], 5), ("Commons", [2], 5)])
    WorkshopRound.objects.filter(page=event).update(title="")  # unnamed, as editors leave them
    html = client.get(url(event)).content.decode()
    assert "Ronde 1 (14:00–14:50)" in html and "Ronde 2 (15:00–15:50)" in html
    abcd, commons = run_of(event, "ABCD", 1), run_of(event, "Commons", 1)
    choices = {f"round_{abcd.round_id}": str(abcd.pk), f"round_{commons.round_id}": commons.pk}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url(event), form_data(**choices)).status_code == 302
    (mail,) = mailoutbox
    assert "Ronde 1 (14:00–14:50): ABCD" in mail.body
    assert "Ronde 2 (15:00–15:50): Commons" in mail.body


def test_the_same_workshop_in_two_rounds_is_refused_with_a_clear_error(
    client, make_event, run_of, applicant
):
    from programme.registration.services import RegistrationRefused, RunChoice, register

    event = make_event(rounds=2, workshops=[("ABCD", [1, 2], 5), ("Commons", [2], 5)])
    first, second = run_of(event, "ABCD", 1), run_of(event, "ABCD", 2)
    data = form_data(
        **{f"round_{first.round_id}": str(first.pk), f"round_{second.round_id}": str(second.pk)}
    )
    response = client.post(url(event), data)
    assert response.status_code == 200
    assert "Je hebt ABCD al gekozen in Ronde 1 (14:00–14:50)" in response.content.decode()
    assert not Registration.objects.exists()
    # The service refuses it too, whoever calls it.
    choices = {first.round_id: RunChoice(first.pk), second.round_id: RunChoice(second.pk)}
    with pytest.raises(RegistrationRefused):
        register(event, applicant("twee@example.org", choices))
    assert not Registration.objects.exists()
    # Another workshop in the second round is fine.
    commons = run_of(event, "Commons", 1)
    data[f"round_{second.round_id}"] = str(commons.pk)
    assert client.post(url(event), data).status_code == 302


def test_a_password_protected_event_takes_registrations_once_the_password_is_given(
    client, make_event
):
    from wagtail.models import PageViewRestriction

    event = make_event(title="Besloten werkconferentie")
    event.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=event, restriction_type="password", password="wijk"
    )
    assert client.get(url(event)).status_code == 404  # not without the password
    assert client.post(url(event), form_data()).status_code == 404
    assert not Registration.objects.exists()

    password_form = client.get(event.url)
    assert password_form.status_code == 200 and "password" in password_form.content.decode()
    session = client.session
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()  # as Wagtail's password form does
    page = client.get(event.url).content.decode()
    assert url(event) in page
    assert "calendar.ics" not in page  # the public exports answer for public pages only
    assert client.get(url(event)).status_code == 200
    done = client.post(url(event), form_data(), follow=True)
    assert done.status_code == 200 and Registration.objects.get().page_id == event.pk
    assert "mijn-programma.ics" not in done.content.decode()
