"""App config of guide/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    """The first-YEEP guide."""

    name = "guide"
    verbose_name = _("Kılavuz")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Mirror chapter reorders of the source-language guide in its translations."""
        from wagtail.signals import post_page_move

        from .models import GuideChapterPage
        from .signals import mirror_chapter_move

        post_page_move.connect(
            mirror_chapter_move, sender=GuideChapterPage, dispatch_uid="guide-mirror-chapter-move"
        )
