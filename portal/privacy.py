"""Page privacy follows the page into every language.

Wagtail stores privacy (PageViewRestriction) per page, and wagtail-localize copies it to a
translation only when the translation is synced. Without this module, making a Turkish page private
after its English copy exists would leave the English copy public until someone re-synced it.
Here every change to a restriction (created, its groups or password changed, removed) is mirrored
onto the same page in every other locale at once, so `for_public()` and Wagtail's serve
checks agree in all languages.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page, PageViewRestriction

_MIRRORING: set[int] = set()


def _translations(page: Page) -> list[Page]:
    return list(Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk))


def mirror_restriction(restriction: PageViewRestriction, *, groups: bool) -> None:
    """Give every translation of the restricted page the same restriction type and password
    (creating it where missing) and, when `groups` is true, the same groups.

    Groups are mirrored only from m2m changes: when a restriction row is first saved its groups
    are not set yet, and copying that empty set would wipe the groups of the other languages.
    """
    group_ids = set(restriction.groups.values_list("pk", flat=True))
    for translation in _translations(restriction.page):
        copies = list(PageViewRestriction.objects.filter(page=translation))
        copy = copies[0] if copies else PageViewRestriction(page=translation)
        for extra in copies[1:]:
            extra.delete()
        created = copy.pk is None
        if (
            created
            or copy.restriction_type != restriction.restriction_type
            or copy.password != restriction.password
        ):
            copy.restriction_type = restriction.restriction_type
            copy.password = restriction.password
            copy.save()
        if (groups or created) and set(copy.groups.values_list("pk", flat=True)) != group_ids:
            copy.groups.set(group_ids)


def _guarded(restriction_page_id: int, action: Any) -> None:
    """Run `action` unless this page's restrictions are already being mirrored (the copies'
    own signals would otherwise mirror back)."""
    if restriction_page_id in _MIRRORING:
        return
    page_ids = set(
        Page.objects.filter(
            translation_key=Page.objects.filter(pk=restriction_page_id).values("translation_key")[
                :1
            ]
        ).values_list("pk", flat=True)
    )
    _MIRRORING.update(page_ids)
    try:
        with transaction.atomic():
            action()
    finally:
        _MIRRORING.difference_update(page_ids)


def _adopt_sibling_groups(restriction: PageViewRestriction) -> None:
    """A restriction just copied onto a translation (wagtail-localize saves the copy before its
    groups) takes the groups of the same page's restriction in another language."""
    sibling = PageViewRestriction.objects.filter(
        page__in=_translations(restriction.page), restriction_type=restriction.restriction_type
    ).first()
    if sibling is not None and not restriction.groups.exists():
        restriction.groups.set(sibling.groups.all())


def _on_save(sender: type, instance: PageViewRestriction, created: bool, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return

    def mirror() -> None:
        if created:
            _adopt_sibling_groups(instance)
        mirror_restriction(instance, groups=False)

    _guarded(instance.page_id, mirror)


def _on_groups_changed(
    sender: type, instance: Any, action: str, reverse: bool, **kwargs: Any
) -> None:
    if reverse or action not in {"post_add", "post_remove", "post_clear"}:
        return
    _guarded(instance.page_id, lambda: mirror_restriction(instance, groups=True))


def _on_delete(sender: type, instance: PageViewRestriction, **kwargs: Any) -> None:
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # the page itself is being deleted
        return

    def remove_copies() -> None:
        PageViewRestriction.objects.filter(
            page__in=_translations(page), restriction_type=instance.restriction_type
        ).delete()

    _guarded(instance.page_id, remove_copies)


def connect() -> None:
    """Connect the mirroring handlers (called from PortalConfig.ready)."""
    post_save.connect(_on_save, sender=PageViewRestriction, dispatch_uid="portal-privacy-save")
    post_delete.connect(
        _on_delete, sender=PageViewRestriction, dispatch_uid="portal-privacy-delete"
    )
    m2m_changed.connect(
        _on_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="portal-privacy-groups",
    )
