"""URLs of the API; include at the site root: path("", include("api.urls")).

/api/v1/<endpoint>/ (URL names "api-v1:<basename>-list" and "-detail"), the OpenAPI schema at
/api/schema/ and its documentation at /api/docs/. Any other address under /api/ ending in a slash
(Wagtail's /api/v2/ aside) is a JSON 404; without the slash, Django's APPEND_SLASH redirects there
first, as it does for the endpoints.
"""

from __future__ import annotations

from rest_framework.routers import DefaultRouter

from django.urls import include, path, re_path

from api.base.schema_views import ApiDocsView, ApiSchemaView
from api.base.viewsets import ApiNotFoundView, ApiRootView
from api.endpoints.actions import ActionViewSet
from api.endpoints.assessments import AssessmentViewSet
from api.endpoints.events import EventViewSet
from api.endpoints.indicator_values import IndicatorValueViewSet
from api.endpoints.indicators import IndicatorViewSet
from api.endpoints.municipalities import MunicipalityViewSet
from api.endpoints.news import NewsViewSet
from api.endpoints.plans import PlanViewSet
from api.endpoints.reports import ReportViewSet
from api.endpoints.snippets import MonitoringPeriodViewSet, ThematicAreaViewSet
from api.endpoints.stories import StoryViewSet
from api.endpoints.training import TrainingProgrammeViewSet

#: (URL prefix, viewset, URL basename) of every endpoint; adding one is a line here.
ENDPOINTS = [
    ("municipalities", MunicipalityViewSet, "municipality"),
    ("plans", PlanViewSet, "plan"),
    ("actions", ActionViewSet, "action"),
    ("indicators", IndicatorViewSet, "indicator"),
    ("indicator-values", IndicatorValueViewSet, "indicator-value"),
    ("assessments", AssessmentViewSet, "assessment"),
    ("monitoring-periods", MonitoringPeriodViewSet, "monitoring-period"),
    ("thematic-areas", ThematicAreaViewSet, "thematic-area"),
    ("reports", ReportViewSet, "report"),
    ("news", NewsViewSet, "news"),
    ("stories", StoryViewSet, "story"),
    ("events", EventViewSet, "event"),
    ("training-programmes", TrainingProgrammeViewSet, "training-programme"),
]


class ApiRouter(DefaultRouter):
    """DRF's router with the API's own (anonymous, JSON-only) root view."""

    APIRootView = ApiRootView


router = ApiRouter()
for prefix, viewset, basename in ENDPOINTS:
    router.register(prefix, viewset, basename=basename)

urlpatterns = [
    path("api/v1/", include((router.urls, "api-v1"))),
    path("api/schema/", ApiSchemaView.as_view(), name="api-schema"),
    path("api/docs/", ApiDocsView.as_view(), name="api-docs"),
    # Last: what the patterns above do not know. /api/v2/ is Wagtail's, routed after api.urls.
    re_path(r"^api/(?!v2(?:/|$))(?:.*/)?$", ApiNotFoundView.as_view(), name="api-not-found"),
]
