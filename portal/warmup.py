"""What a new gunicorn worker would otherwise do on its first requests, done once in the master.

gunicorn imports the application in its master (`preload_app`) and forks the workers from it,
but Django builds much of itself lazily on the first request: the URL configuration (Wagtail's
admin URLs import every app's wagtail_hooks), the URL resolvers of each language, the
translation catalogues, the compiled templates and the editor's StreamField block definitions
(portal.block_definitions). A worker paid that on its first requests:
about 400 ms, measured on the bench machine, against 25 ms for the same home page warm; a worker
that gunicorn recycles (`max_requests`) paid it again, which was the slowest 1 % of requests
under load (`make bench`'s p99). `warm_up()` builds all of it before the fork, so every worker
starts warm, with memory shared with the master.

Nothing here touches the database, the cache or the network: a master that starts while
PostgreSQL or Redis is down warms up all the same (portal.outages answers requests then).

`freeze_for_fork()` then moves everything built so far out of the garbage collector's reach
(`gc.freeze()`, as Python's documentation advises before fork): a worker's full collections no
longer walk the hundreds of thousands of objects it inherited, and do not write to their pages,
which stay shared.

In the worker, full collections run between requests instead of inside them
(`collect_between_requests()` after fork, `after_request()` after each response is sent): inside
a large request (the assessments API list, ~50,000 live objects) one cost 30-40 ms, the slowest
1 % of that list under load; between requests few objects are alive and it costs ~12 ms, which
no visitor waits for while another worker is free. A request that allocates without end (an
import of 100,000 values) still gets full collections inside it, only later
(`IN_REQUEST_FULL_COLLECTION`).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import NoReverseMatch, get_resolver, reverse
from django.utils import translation

logger = logging.getLogger(__name__)

#: The project's own apps' names are the top-level folders beside this package; their templates
#: and the project's templates/ are compiled (Wagtail's admin templates stay lazy: editors are few).
PROJECT_DIR = Path(settings.BASE_DIR)


def project_template_names() -> Iterator[str]:
    """The names of the templates in the project's template folders (templates/ and each of the
    project's apps' templates/), as the template loaders find them."""
    folders = [Path(folder) for engine in settings.TEMPLATES for folder in engine.get("DIRS", [])]
    folders += sorted(PROJECT_DIR.glob("*/templates"))
    for folder in folders:
        if folder.is_relative_to(PROJECT_DIR) and ".venv" not in folder.parts:
            for path in sorted(folder.rglob("*")):
                if path.suffix in {".html", ".txt", ".xml", ".svg"} and path.is_file():
                    yield path.relative_to(folder).as_posix()


def compile_templates() -> int:
    """Compile the project's templates into the template loaders' cache; how many."""
    engine = engines["django"]
    compiled = 0
    for name in dict.fromkeys(project_template_names()):
        try:
            engine.get_template(name)
        except (TemplateDoesNotExist, TemplateSyntaxError):  # a fragment that is not a template
            continue
        compiled += 1
    return compiled


def build_url_resolvers() -> None:
    """Import the URL configuration and build its resolvers in every language (Django fills
    them per active language on the first reverse())."""
    resolver = get_resolver()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            try:
                reverse("search")
            except NoReverseMatch:
                resolver._populate()  # noqa: SLF001 - what reverse() would have called


def load_translations() -> None:
    """Load every language's translation catalogues (Django merges them on first use)."""
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            translation.gettext("")


def pack_block_definitions() -> int:
    """Pack every StreamField's block definition for the editor in every language
    (portal.block_definitions keeps each on its block definition); how many fields."""
    from django.apps import apps

    from wagtail.blocks.base import BlockWidget
    from wagtail.fields import StreamField

    fields = [
        field
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField) and field.model is model
    ]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for field in fields:
                BlockWidget(field.stream_block).block_json  # noqa: B018 - packs and keeps it
    return len(fields)


def choose_widget_writers() -> int:
    """Compile the form renderer's widget templates and choose its Python writers
    (portal.form_renderer); how many widgets it writes."""
    from django.forms.renderers import get_default_renderer

    return len(getattr(get_default_renderer(), "writers", {}))


def warm_up() -> None:
    """Everything above; logged, and never fatal (a cold worker still works)."""
    try:
        load_translations()
        build_url_resolvers()
        count = compile_templates()
        pack_block_definitions()
        choose_widget_writers()
    except Exception:  # noqa: BLE001 - warming up must not stop the server from starting
        logger.exception("Warming up before the workers start failed; they start cold.")
        return
    logger.info("Warmed up before forking: URL resolvers, translations, %d templates.", count)


#: Python's own trigger of a full collection: this many collections of the middle generation
#: since the last full one (gc.get_threshold()[2] by default).
FULL_COLLECTION_AFTER = 10

#: Inside a request a full collection waits for ten times as many (a long import's garbage must
#: not pile up until the request ends).
IN_REQUEST_FULL_COLLECTION = 10 * FULL_COLLECTION_AFTER


def collect_between_requests() -> None:
    """In a worker, after fork: full collections move out of the requests (see the module)."""
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, IN_REQUEST_FULL_COLLECTION)


def after_request() -> None:
    """After a response is sent: the full collection Python would have run by now, if due."""
    if gc.get_count()[2] >= FULL_COLLECTION_AFTER:
        gc.collect()


def freeze_for_fork() -> None:
    """Keep what the master built out of the workers' garbage collections (gc.freeze)."""
    gc.collect()
    gc.freeze()
