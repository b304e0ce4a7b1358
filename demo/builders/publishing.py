"""Publishing demo pages as an editor would: add, publish through a revision, translate.

Every builder creates its pages through one Publisher, which makes the demo idempotent: a page is
created only when no child of its parent has its Turkish slug, and its English translation
(wagtail-localize, portal.translation) only when it is missing; each new page is reported on
stdout, so a second run of setup_demo reports nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO, TypeVar

from django.contrib.auth.models import AbstractBaseUser

from wagtail.models import Locale, Page

from portal.bilingual import PageText, stream_data
from portal.translation import publish_translation

PageType = TypeVar("PageType", bound=Page)

#: Field values of a page in one language ("tr" or "en").
Values = Callable[[str], dict[str, Any]]


def page_values(text: PageText, language: str) -> dict[str, Any]:
    """Title, slug, intro and body of a page in one language; body block ids are the same in
    both languages (portal.bilingual.stream_data)."""
    values: dict[str, Any] = {
        "title": getattr(text.title, language),
        "slug": getattr(text.slug, language),
        "intro": getattr(text.intro, language),
    }
    if text.body:
        values["body"] = stream_data(text.key, text.body, language)
    return values


@dataclass(frozen=True)
class Publisher:
    """Creates, publishes and translates the demo's pages; reports new ones on stdout."""

    stdout: TextIO
    english: Locale

    def publish_new(
        self,
        parent: Page,
        page: PageType,
        *,
        user: AbstractBaseUser | None = None,
        quiet: bool = False,
    ) -> PageType:
        """Add page under parent and publish it through a revision (by user, if given)."""
        parent.add_child(instance=page)
        page.save_revision(user=user).publish(user=user)
        if not quiet:
            self.stdout.write(f"  + {page.url_path}\n")
        return page

    def translate(self, page: Page, values: dict[str, Any], *, quiet: bool = False) -> Page:
        """The page's English translation, published with values unless it exists."""
        existing = page.get_translation_or_none(self.english)
        if existing is not None:
            return existing.specific
        translated = publish_translation(page, self.english, values)
        if not quiet:
            self.stdout.write(f"  + {translated.url_path} (en)\n")
        return translated

    def find_or_publish(
        self,
        parent: Page,
        model: type[PageType],
        turkish: dict[str, Any],
        *,
        user: AbstractBaseUser | None = None,
        quiet: bool = False,
        **fields: Any,
    ) -> PageType:
        """The child of parent with the Turkish slug; made from the Turkish values and the other
        fields, and published, when there is none."""
        page = model.objects.child_of(parent).filter(slug=turkish["slug"]).first()
        if page is None:
            page = self.publish_new(parent, model(**turkish, **fields), user=user, quiet=quiet)
        return page

    def child(
        self,
        parent: Page,
        model: type[PageType],
        values: Values,
        *,
        user: AbstractBaseUser | None = None,
        quiet: bool = False,
        **fields: Any,
    ) -> PageType:
        """find_or_publish with values("tr"), then its translation with values("en")."""
        page = self.find_or_publish(parent, model, values("tr"), user=user, quiet=quiet, **fields)
        self.translate(page, values("en"), quiet=quiet)
        return page

    def text_page(
        self, parent: Page, model: type[PageType], text: PageText, **fields: Any
    ) -> PageType:
        """child() for a page whose own fields are just a PageText's."""
        return self.child(parent, model, lambda language: page_values(text, language), **fields)
