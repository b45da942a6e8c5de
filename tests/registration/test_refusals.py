"""One status for "full": every submission refused because places ran out (the event, a
chosen workshop, or a race with another registrant) is a 409 with a page that says so; a
visit to the form of a full event is a 200. And an address without a public domain is a
form error: no confirmation could ever reach it."""

import pytest

from programme.registration.models import Registration
from programme.registration.services import RegistrationRefused

from .test_form import form_data, url

pytestmark = pytest.mark.django_db


def test_posting_to_a_full_event_is_a_409(client, make_event, applicant):
    from programme.registration.services import register

    event = make_event(capacity=1, waiting_list=False)
    register(event, applicant())
    assert client.get(url(event)).status_code == 200  # a visit, not a refusal
    response = client.post(url(event), form_data("tweede@example.org"))
    assert response.status_code == 409
    assert "Deze activiteit is vol" in response.content.decode()
    assert Registration.objects.count() == 1


def test_losing_the_race_for_the_last_place_is_a_409(client, make_event, monkeypatch):
    event = make_event(capacity=5)

    def full_meanwhile(page, applicant):
        raise RegistrationRefused("full")

    monkeypatch.setattr("programme.registration.views.register", full_meanwhile)
    response = client.post(url(event), form_data())
    assert response.status_code == 409


@pytest.mark.parametrize(
    "address",
    [
        "a@localhost",
        "a@[127.0.0.1]",
        "a@[IPv6:::1]",
        "a@127.0.0.1",
        "a@intranet",
        "a@server.local",
        "a@host.internal",
        "a@site.test",
        "a@thing.localhost",
    ],
)
def test_an_address_without_a_public_domain_is_a_form_error(client, make_event, address):
    event = make_event()
    response = client.post(url(event), form_data(address))
    assert response.status_code == 200
    assert "public domain" in response.content.decode() or "openbare" in response.content.decode()
    assert response.context["form"].has_error("email")
    assert Registration.objects.count() == 0


@pytest.mark.parametrize(
    "address", ["a@example.org", "jan.de.vries@gemeente.nl", "x@xn--bcher-kva.de"]
)
def test_ordinary_addresses_pass(client, make_event, address):
    event = make_event()
    response = client.post(url(event), form_data(address))
    assert response.status_code == 302


def test_a_value_that_is_no_address_gets_one_message(client, make_event):
    response = client.post(url(make_event()), form_data("not-an-email"))
    assert response.context["form"].errors["email"] == ["Voer een geldig e-mailadres in."]
