"""URL configuration: admin, documents, images and APIs unprefixed; every public page under /tr/ or
/en/, in that language's words (`/tr/ara/`, `/en/search/`; portal.routes)."""

from __future__ import annotations

import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from api.base.viewsets import ApiNotFoundView
from plans import admin_guards
from portal.files import IMAGE_FOLDERS, serve_image_file
from portal.headless import router as headless_router
from portal.routes import localized_view_paths
from portal.sitemap import PortalSitemap
from portal.views import logout, robots_txt, search
from subscriptions.urls import subscription_paths

urlpatterns = [
    # In front of Wagtail's admin: a few of its views, checked first against the user's rights.
    path("admin/", include(admin_guards)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("api.urls")),
    path("api/v2/", headless_router.urls),
    re_path(r"^api/v2/(?:.*/)?$", ApiNotFoundView.as_view()),  # JSON 404, as in /api/v1/
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("", include("portal.seo_views")),  # social cards of pages, /favicon.ico
]

if settings.MEDIA_URL.startswith("/"):
    # Image originals and renditions, in development and production alike, by the approval rule
    # (portal.files); documents go through /documents/ and never straight from disk.
    urlpatterns.append(
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<folder>{'|'.join(IMAGE_FOLDERS)})/"
            r"(?P<path>.+)$",
            serve_image_file,
            name="image_file",
        )
    )

urlpatterns += i18n_patterns(
    *localized_view_paths(search, "search", tr="ara/", en="search/"),
    *localized_view_paths(logout, "logout", tr="cikis/", en="logout/"),
    *subscription_paths(),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
