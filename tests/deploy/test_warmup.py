"""portal.warmup: what gunicorn's master builds before forking its workers (deploy/gunicorn.conf.py
calls it), so that a new or recycled worker's first requests are not its slowest."""

from __future__ import annotations

import gc
import runpy
from pathlib import Path
from unittest import mock

import pytest

from django.template import engines
from django.urls import get_resolver

from portal import warmup

ROOT = Path(__file__).resolve().parents[2]


def test_the_project_templates_are_listed_by_their_loader_names_without_the_venvs() -> None:
    names = set(warmup.project_template_names())

    assert "base.html" in names  # templates/
    assert "plans/admin/row_table_child.html" in names
    # Only the project's folders: the installed packages' templates (Wagtail's admin) stay lazy.
    folders = [ROOT / "templates", *ROOT.glob("*/templates")]
    assert all(any((folder / name).is_file() for folder in folders) for name in names)
    assert "wagtailadmin/pages/edit.html" not in names


@pytest.mark.django_db
def test_warm_up_builds_resolvers_and_templates_without_touching_the_database(
    django_assert_num_queries: object,
) -> None:
    loader = engines["django"].engine.template_loaders[0]  # Django's cached loader
    loader.reset()
    assert "base.html" not in loader.get_template_cache

    with django_assert_num_queries(0):  # type: ignore[operator]
        warmup.warm_up()

    assert "base.html" in loader.get_template_cache
    assert get_resolver()._populated  # noqa: SLF001


def test_a_template_that_does_not_compile_is_skipped_not_fatal() -> None:
    def broken(name: str) -> None:
        from django.template import TemplateSyntaxError

        raise TemplateSyntaxError(name)

    with mock.patch.object(engines["django"], "get_template", broken):
        assert warmup.compile_templates() == 0


def test_freezing_moves_the_masters_objects_out_of_the_collections() -> None:
    try:
        warmup.freeze_for_fork()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_gunicorn_warms_up_in_the_master_and_freezes_before_each_fork() -> None:
    config = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))
    assert config["preload_app"] is True
    with (
        mock.patch("portal.warmup.warm_up") as warm_up,
        mock.patch("portal.warmup.freeze_for_fork") as freeze,
    ):
        config["when_ready"](object())
        config["pre_fork"](object(), object())
    warm_up.assert_called_once_with()
    freeze.assert_called_once_with()
