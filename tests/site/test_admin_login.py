"""The admin login: locked after N wrong passwords for one user from one address (django-axes),
unlocked by a superuser; Django's own admin unmounted; optional two-factor login (TOTP)."""

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
ATTACKER = "203.0.113.7"
EDITOR_ADDRESS = "198.51.100.20"


@pytest.fixture(autouse=True)
def three_failures_lock(settings):
    settings.AXES_FAILURE_LIMIT = 3


def attempt(client, password, address=ATTACKER, username="editor"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_the_right_password_is_refused_after_too_many_wrong_ones(client, home_page):
    for _ in range(2):
        response = attempt(client, "fout")
        assert response.status_code == 200  # the form again, with its error
    locked = attempt(client, "fout")
    assert locked.status_code == 429
    assert "Te veel inlogpogingen" in locked.content.decode()  # the admin speaks Dutch
    assert "3" in locked.content.decode()
    right = attempt(client, "editor")
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_holds_only_for_that_user_from_that_address(client, home_page):
    for _ in range(3):
        attempt(client, "fout")
    assert attempt(client, "editor", address=EDITOR_ADDRESS).status_code == 302
    client.logout()
    assert attempt(client, "moderator", username="moderator").status_code == 302


def test_a_superuser_unlocks_from_the_admin(client, home_page, django_user_model):
    from axes.models import AccessAttempt

    for _ in range(3):
        attempt(client, "fout")
    admin = django_user_model.objects.get(username="admin")
    client.force_login(admin)
    listing = client.get("/admin/lockouts/")
    assert listing.status_code == 200
    assert ATTACKER in listing.content.decode()
    locked = AccessAttempt.objects.get(username="editor")
    response = client.post("/admin/lockouts/", {"attempt": locked.pk})
    assert response.status_code == 302
    client.logout()
    assert attempt(client, "editor").status_code == 302


def test_an_editor_cannot_unlock(client, home_page, django_user_model):
    from axes.models import AccessAttempt

    for _ in range(3):
        attempt(client, "fout", username="moderator")
    client.force_login(django_user_model.objects.get(username="editor"))
    assert client.get("/admin/lockouts/").status_code == 302  # Wagtail: permission denied
    locked = AccessAttempt.objects.get(username="moderator")
    client.post("/admin/lockouts/", {"attempt": locked.pk})
    assert AccessAttempt.objects.filter(pk=locked.pk).exists()


def test_test_logins_still_work(client, home_page, django_user_model):
    assert client.login(username="editor", password="editor")
    assert client.get("/admin/").status_code == 200


def test_the_django_admin_is_not_mounted(client, home_page):
    assert client.get("/django-admin/").status_code == 404
    assert client.get("/django-admin/login/").status_code == 404


@pytest.fixture
def two_factor(settings):
    settings.ADMIN_TWO_FACTOR_REQUIRED = True


def code_for(device) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_without_the_setting_no_second_step(client, home_page, django_user_model):
    client.force_login(django_user_model.objects.get(username="editor"))
    assert client.get("/admin/").status_code == 200


def test_two_factor_first_time_sets_up_the_app(client, two_factor, home_page, django_user_model):
    editor = django_user_model.objects.get(username="editor")
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/?next=/admin/pages/"
    page = client.get(response["Location"]).content.decode()
    assert 'src="data:image/svg+xml;base64,' in page
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    wrong = client.post("/admin/two-factor/", {"token": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200
    assert "Deze code klopt niet" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    device.refresh_from_db()
    device.throttle_reset()  # django-otp slows down guessing after a wrong code: skip the wait
    done = client.post("/admin/two-factor/", {"token": code_for(device), "next": "/admin/pages/"})
    assert done.status_code == 302
    assert done["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_two_factor_asks_a_code_at_every_login(client, two_factor, home_page, django_user_model):
    editor = django_user_model.objects.get(username="editor")
    device = TOTPDevice.objects.create(user=editor, name="telefoon", confirmed=True)
    assert attempt(client, "editor").status_code == 302  # the password step
    assert client.get("/admin/").status_code == 302
    page = client.get("/admin/two-factor/").content.decode()
    assert "data:image/svg+xml" not in page  # no new QR code for someone who has one
    assert client.post("/admin/two-factor/", {"token": code_for(device)}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_two_factor_next_never_leaves_the_site(client, two_factor, home_page, django_user_model):
    editor = django_user_model.objects.get(username="editor")
    device = TOTPDevice.objects.create(user=editor, name="telefoon", confirmed=True)
    client.force_login(editor)
    response = client.post(
        "/admin/two-factor/", {"token": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"
