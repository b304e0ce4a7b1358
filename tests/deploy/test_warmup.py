"""portal.warmup: what gunicorn's master builds before forking its workers (deploy/gunicorn.conf.py
calls it), so that a new or recycled worker's first requests are not its slowest."""

from __future__ import annotations

import gc
import runpy
from collections.abc import Iterator
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


@pytest.mark.django_db
def test_warm_up_packs_every_streamfields_block_definition_in_each_language(
    django_assert_num_queries: object,
) -> None:
    from portal.block_definitions import packed_attribute
    from portal.models import StandardPage
    from tests.portal.test_block_definitions import forget_packed_definitions

    block = StandardPage._meta.get_field("body").stream_block
    forget_packed_definitions(block)

    with django_assert_num_queries(0):  # type: ignore[operator]
        packed = warmup.pack_block_definitions()

    assert packed >= 5  # StandardPage, news, stories, the guide, reports… each has a body
    assert {packed_attribute("tr"), packed_attribute("en")} <= set(vars(block))


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


def test_gunicorn_warms_up_in_the_master_and_collects_between_requests_in_workers() -> None:
    config = runpy.run_path(str(ROOT / "deploy" / "gunicorn.conf.py"))
    assert config["preload_app"] is True
    with (
        mock.patch("portal.warmup.warm_up") as warm_up,
        mock.patch("portal.warmup.freeze_for_fork") as freeze,
        mock.patch("portal.warmup.collect_between_requests") as between,
        mock.patch("portal.warmup.after_request") as after,
    ):
        config["when_ready"](object())
        config["pre_fork"](object(), object())
        config["post_fork"](object(), object())
        config["post_request"](object(), object(), object(), object())
    for hook in (warm_up, freeze, between, after):
        hook.assert_called_once_with()


@pytest.fixture
def gc_thresholds() -> Iterator[None]:
    """Restore the interpreter's collection thresholds after the test."""
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


@pytest.mark.usefixtures("gc_thresholds")
def test_a_worker_defers_full_collections_inside_requests() -> None:
    young, middle, _full = gc.get_threshold()
    warmup.collect_between_requests()
    assert gc.get_threshold() == (young, middle, warmup.IN_REQUEST_FULL_COLLECTION)
    assert warmup.IN_REQUEST_FULL_COLLECTION > warmup.FULL_COLLECTION_AFTER


def test_after_a_request_a_full_collection_runs_only_when_due() -> None:
    with mock.patch.object(gc, "collect") as collect, mock.patch.object(gc, "get_count") as count:
        count.return_value = (5, 3, warmup.FULL_COLLECTION_AFTER - 1)
        warmup.after_request()
        collect.assert_not_called()
        count.return_value = (5, 3, warmup.FULL_COLLECTION_AFTER)
        warmup.after_request()
        collect.assert_called_once_with()


def test_warm_up_chooses_the_form_renderers_widget_writers() -> None:
    """portal.form_renderer: the writers are chosen (their templates compiled and compared)
    before the workers fork, not on each worker's first form."""
    from django.forms.renderers import get_default_renderer

    from portal.form_renderer import WRITERS

    renderer = get_default_renderer()
    renderer.__dict__.pop("writers", None)  # as a fresh process has it
    assert warmup.choose_widget_writers() == len(WRITERS)
    assert "writers" in renderer.__dict__
