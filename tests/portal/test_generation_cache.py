"""portal.caching.generation_cached: a value computed from public content is reused until the
content generation changes, per language and per the parts it depends on."""

from __future__ import annotations

import pytest

from django.db import transaction
from django.utils import translation

from portal.caching import (
    ProcessGenerationCache,
    bump_content_generation,
    code_version,
    generation_cached,
)


def counting_builder(calls: list[str], value: str):
    """A builder that records each call."""

    def build() -> str:
        calls.append(value)
        return value

    return build


def test_reused_until_the_content_generation_changes() -> None:
    calls: list[str] = []
    build = counting_builder(calls, "first")
    assert generation_cached("test.thing", [1], build) == "first"
    assert generation_cached("test.thing", [1], build) == "first"
    assert calls == ["first"]

    bump_content_generation()  # a publish: the value is computed anew
    assert generation_cached("test.thing", [1], counting_builder(calls, "second")) == "second"
    assert calls == ["first", "second"]


def test_kept_apart_by_parts_and_language() -> None:
    calls: list[str] = []
    with translation.override("tr"):
        assert (
            generation_cached("test.other", [1, "a"], counting_builder(calls, "tr-1a")) == "tr-1a"
        )
        assert (
            generation_cached("test.other", [2, "a"], counting_builder(calls, "tr-2a")) == "tr-2a"
        )
    with translation.override("en"):
        assert (
            generation_cached("test.other", [1, "a"], counting_builder(calls, "en-1a")) == "en-1a"
        )
    assert calls == ["tr-1a", "tr-2a", "en-1a"]


def test_a_new_release_starts_a_new_generation(tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    """A deploy changes the code: values cached by the old code are not read by the new."""
    (tmp_path / "app").mkdir()
    module = tmp_path / "app" / "views.py"
    module.write_text("A = 1\n")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "other.py").write_text("B = 1\n")
    settings.BASE_DIR = tmp_path
    calls: list[str] = []
    try:
        code_version.cache_clear()
        generation_cached("test.release", [], counting_builder(calls, "old code"))
        unchanged = code_version()
        (tmp_path / ".venv" / "other.py").write_text("B = 2\n")  # not the portal's code
        code_version.cache_clear()
        assert code_version() == unchanged

        module.write_text("A = 2\n")
        code_version.cache_clear()
        assert code_version() != unchanged
        assert generation_cached("test.release", [], counting_builder(calls, "new")) == "new"
        assert calls == ["old code", "new"]
    finally:
        code_version.cache_clear()


@pytest.mark.django_db
def test_nothing_is_kept_while_a_change_waits_for_its_commit() -> None:
    calls: list[str] = []
    with transaction.atomic():
        transaction.on_commit(lambda: None)  # as a publish does
        assert generation_cached("test.commit", [], counting_builder(calls, "during")) == "during"
        transaction.set_rollback(True)  # the change never happened: its callback is dropped
    assert generation_cached("test.commit", [], counting_builder(calls, "after")) == "after"
    assert generation_cached("test.commit", [], counting_builder(calls, "again")) == "after"
    assert calls == ["during", "after"]


def test_a_process_cache_keeps_its_most_recently_used_values_per_generation_and_language() -> None:
    """portal.caching.ProcessGenerationCache: values keyed by a visitor's text stay in the
    process, at most `size` of them (the least recently used go first)."""
    kept = ProcessGenerationCache(size=2)
    calls: list[str] = []
    assert kept.get_or_build(["a"], counting_builder(calls, "a")) == "a"
    assert kept.get_or_build(["b"], counting_builder(calls, "b")) == "b"
    assert kept.get_or_build(["a"], counting_builder(calls, "a again")) == "a"  # a is recent now
    assert kept.get_or_build(["c"], counting_builder(calls, "c")) == "c"  # b goes
    assert kept.get_or_build(["a"], counting_builder(calls, "a 2")) == "a"
    assert kept.get_or_build(["b"], counting_builder(calls, "b 2")) == "b 2"
    assert calls == ["a", "b", "c", "b 2"]
    with translation.override("en"):
        assert kept.get_or_build(["b"], counting_builder(calls, "b en")) == "b en"
    bump_content_generation()  # a publish: every value is built anew
    assert kept.get_or_build(["b"], counting_builder(calls, "b 3")) == "b 3"


@pytest.mark.django_db
def test_a_process_cache_keeps_nothing_while_a_change_waits_for_its_commit() -> None:
    kept = ProcessGenerationCache(size=10)
    calls: list[str] = []
    with transaction.atomic():
        transaction.on_commit(lambda: None)  # as a publish does
        assert kept.get_or_build([], counting_builder(calls, "during")) == "during"
        transaction.set_rollback(True)
    assert kept.get_or_build([], counting_builder(calls, "after")) == "after"
    assert kept.get_or_build([], counting_builder(calls, "again")) == "after"
    assert calls == ["during", "after"]
