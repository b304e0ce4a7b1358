"""Fixtures of the replies tests: Kadıköy's reporter replies to its approved assessment."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.test import Client

from plans.models import AssessmentPage
from replies.models import ReplyPage
from tests.replies.helpers import submit_reply
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.users import PASSWORD


@pytest.fixture
def assessment(monitoring: Monitoring) -> AssessmentPage:
    """Kadıköy's approved (live, public) assessment of period 1."""
    return monitoring.assessments[0]


@pytest.fixture
def nilufer_reporter(monitoring: Monitoring) -> AbstractUser:
    """A reporter of Nilüfer (its municipality's reporters group)."""
    user = get_user_model().objects.create_user("nilufer-raportor", password=PASSWORD)
    user.groups.add(monitoring.tree.nilufer.reporters_group)
    return user


@pytest.fixture
def submitted_reply(assessment: AssessmentPage, kadikoy_reporter: AbstractUser) -> ReplyPage:
    """Kadıköy's reply, submitted to the board's workflow and not yet approved."""
    return submit_reply(assessment, kadikoy_reporter)


def logged_in(user: AbstractUser) -> Client:
    """A client logged in as `user`."""
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


@pytest.fixture
def kadikoy_client(kadikoy_reporter: AbstractUser) -> Client:
    return logged_in(kadikoy_reporter)


@pytest.fixture
def nilufer_client(nilufer_reporter: AbstractUser) -> Client:
    return logged_in(nilufer_reporter)
