"""Keep the chapter order of the guide's translations in step with the Turkish source.

wagtail-localize translates page content but not the position of a page among its siblings, so a
chapter moved in the Turkish guide would keep its old place (and number) in the English guide.
When an editor reorders chapters of the source-language guide, each translation of the moved
chapter is moved to the matching place among its own siblings.
"""

from __future__ import annotations

from typing import Any

from wagtail.models import Locale, Page


def mirror_chapter_move(
    sender: type[Page],
    instance: Page,
    parent_page_before: Page,
    parent_page_after: Page,
    **kwargs: Any,
) -> None:
    """After a source-language chapter moves within its guide, move its translations alike."""
    if parent_page_before.pk != parent_page_after.pk:
        return  # moved to another guide: a different decision, left to the editors
    if instance.locale_id != Locale.get_default().pk:
        return  # a translation (also the moves made below): its order follows the source
    following = list(instance.get_next_siblings().values_list("translation_key", flat=True))
    for translation in instance.get_translations():
        parent = translation.get_parent()
        if parent.translation_key != parent_page_after.translation_key:
            continue
        siblings = {page.translation_key: page for page in parent.get_children()}
        target = next((siblings[key] for key in following if key in siblings), None)
        current_next = translation.get_next_sibling()
        if target is None:
            if current_next is not None:
                translation.move(parent, pos="last-child")
        elif current_next is None or current_next.pk != target.pk:
            translation.move(target, pos="left")
