"""Two-factor sign-in (wagtail-2fa) for superusers, editors and the Monitoring Board when
YEEP_REQUIRE_2FA is on; reporters and participants keep password-only sign-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.test import Client, override_settings

from portal.roles import EDITORS, MONITORING_BOARD
from tests.scenarios.users import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_factor_on() -> Iterator[None]:
    """YEEP_REQUIRE_2FA as in production."""
    with override_settings(YEEP_REQUIRE_2FA=True, WAGTAIL_2FA_REQUIRED=True):
        yield


def signed_in(user: AbstractUser) -> Client:
    """A client whose session is logged in by password only (no device verified yet)."""
    client = Client()
    client.force_login(user)
    return client


def confirmed_device(user: AbstractUser) -> TOTPDevice:
    """A TOTP app already set up for the user."""
    return TOTPDevice.objects.create(user=user, name="Telefon", confirmed=True)


def current_token(device: TOTPDevice) -> str:
    """The code the user's app shows now."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_forced_groups_are_the_editors_and_the_board() -> None:
    assert settings.YEEP_2FA_GROUPS == [EDITORS, MONITORING_BOARD]


@pytest.mark.usefixtures("two_factor_on")
def test_editor_without_a_device_is_sent_to_set_one_up(editor: AbstractUser) -> None:
    client = signed_in(editor)

    response = client.get("/admin/")
    setup = client.get(response["Location"])

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/devices/new?next=/admin/")
    assert setup.status_code == 200
    html = setup.content.decode()
    assert 'src="/admin/2fa/devices/qr-code"' in html
    assert 'name="otp_token"' in html and 'name="password"' in html
    qr_code = client.get("/admin/2fa/devices/qr-code")
    assert qr_code.status_code == 200 and qr_code["Content-Type"] == "image/svg+xml"
    # Every other admin page, and the site itself, waits for the device.
    assert client.get("/admin/pages/").status_code == 302
    assert client.get("/tr/").status_code == 302


@pytest.mark.usefixtures("two_factor_on")
def test_setting_up_the_app_lets_the_editor_in(editor: AbstractUser) -> None:
    client = signed_in(editor)
    client.get("/admin/2fa/devices/new")  # creates the unconfirmed device behind the QR code
    device = TOTPDevice.objects.get(user=editor, confirmed=False)

    response = client.post(
        "/admin/2fa/devices/new",
        {"name": "Telefonum", "otp_token": current_token(device), "password": PASSWORD},
    )

    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


@pytest.mark.usefixtures("two_factor_on")
def test_setup_refuses_a_wrong_code_or_password(editor: AbstractUser) -> None:
    client = signed_in(editor)
    client.get("/admin/2fa/devices/new")

    response = client.post(
        "/admin/2fa/devices/new",
        {"name": "Telefonum", "otp_token": "000000", "password": "yanlis-parola"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"otp_token", "password"}
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()
    assert client.get("/admin/").status_code == 302


@pytest.mark.usefixtures("two_factor_on")
@pytest.mark.parametrize("role", ["editor", "board_member", "superuser"])
def test_a_user_with_a_device_enters_its_code_before_the_admin(
    role: str, request: pytest.FixtureRequest
) -> None:
    if role == "superuser":
        user = get_user_model().objects.create_superuser("kok", password=PASSWORD)
    else:
        user = request.getfixturevalue(role)
    device = confirmed_device(user)
    client = signed_in(user)

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/2fa/auth?next=/admin/pages/"
    assert client.get(response["Location"]).status_code == 200

    right = client.post(
        "/admin/2fa/auth", {"otp_token": current_token(device), "next": "/admin/pages/"}
    )
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.usefixtures("two_factor_on")
def test_a_wrong_code_is_refused_and_slows_the_next_try(editor: AbstractUser) -> None:
    device = confirmed_device(editor)
    client = signed_in(editor)
    start = datetime(2026, 3, 2, 9, 0, 5, tzinfo=UTC)

    with time_machine.travel(start, tick=False):
        wrong = client.post("/admin/2fa/auth", {"otp_token": "000000", "next": "/admin/"})
        # django-otp throttles the device after a failure: even the right code waits a second.
        throttled = client.post(
            "/admin/2fa/auth", {"otp_token": current_token(device), "next": "/admin/"}
        )
    assert wrong.status_code == 200 and "Geçersiz kod" in wrong.content.decode()
    assert throttled.status_code == 200
    assert client.get("/admin/").status_code == 302

    with time_machine.travel(start + timedelta(seconds=10), tick=False):
        right = client.post(
            "/admin/2fa/auth", {"otp_token": current_token(device), "next": "/admin/"}
        )
        assert right.status_code == 302
        assert client.get("/admin/").status_code == 200


@pytest.mark.usefixtures("two_factor_on")
def test_reporters_and_participants_are_not_forced(kadikoy_reporter: AbstractUser) -> None:
    participant = get_user_model().objects.create_user("katilimci-2fa", password=PASSWORD)

    reporter_home = signed_in(kadikoy_reporter).get("/admin/")

    assert reporter_home.status_code == 200
    assert "/admin/pages/" in reporter_home.content.decode()  # the full menu, not "2FA Setup"
    assert signed_in(participant).get("/tr/").status_code == 200


@pytest.mark.usefixtures("two_factor_on")
def test_a_reporter_who_added_a_device_must_use_it(kadikoy_reporter: AbstractUser) -> None:
    confirmed_device(kadikoy_reporter)

    response = signed_in(kadikoy_reporter).get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/auth")


def test_with_2fa_off_editors_sign_in_with_the_password_only(editor: AbstractUser) -> None:
    assert settings.YEEP_REQUIRE_2FA is False  # test and dev settings, for `make run`'s logins

    assert signed_in(editor).get("/admin/").status_code == 200


@pytest.mark.usefixtures("two_factor_on")
def test_admins_see_and_manage_users_devices() -> None:
    admin = get_user_model().objects.create_superuser("kok", password=PASSWORD)
    device = confirmed_device(admin)
    client = signed_in(admin)
    client.post("/admin/2fa/auth", {"otp_token": current_token(device), "next": "/admin/"})

    users = client.get("/admin/users/")
    devices = client.get(f"/admin/2fa/devices/{admin.pk}")

    assert users.status_code == 200
    assert f"/admin/2fa/devices/{admin.pk}" in users.content.decode()
    assert devices.status_code == 200
    assert "Telefon" in devices.content.decode()


@pytest.mark.usefixtures("two_factor_on")
def test_a_user_with_two_apps_picks_the_one_to_check(editor: AbstractUser) -> None:
    confirmed_device(editor)
    tablet = TOTPDevice.objects.create(user=editor, name="Tablet", confirmed=True)
    client = signed_in(editor)

    form = client.get("/admin/2fa/auth?next=/admin/").content.decode()
    response = client.post(
        "/admin/2fa/auth",
        {"otp_token": current_token(tablet), "otp_device": tablet.persistent_id, "next": "/admin/"},
    )

    assert 'name="otp_device"' in form and "Tablet" in form
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
