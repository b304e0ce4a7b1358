"""drf-spectacular settings of the API: pure data, so settings and any module may import them."""

from __future__ import annotations

from typing import Any

from portal.licence import LICENCE, LICENCE_URL

API_DESCRIPTION = """\
Read-only open data of the YEEP Monitoring Platform (YEEP İzleme Platformu): municipalities
(belediyeler), their Local Equality Action Plans (Yerel Eşitlik Eylem Planı, YEEP), actions
(eylemler), rights-based indicators (göstergeler) and their values, the Monitoring Board's
approved assessments (değerlendirmeler), reports, news and stories.

**Public means board-approved.** Only live, public pages appear; numbers and statuses come only
from assessments the Monitoring Board (İzleme Heyeti) has approved, read from the Turkish source
pages (the language of record). Drafts, assessments in moderation or rejected, and private pages
never appear.

**Language.** `?locale=tr|en`, else the `Accept-Language` header, else Turkish. Items without a
published translation are returned in Turkish (their `locale` field says so). Objects keep stable
ids (page ids) and carry `url`, the absolute address of their HTML page.

**Lists** are paginated (`page`, `page_size` up to 100, with the `count` of all results) and
sorted with `ordering`. The indicator values are the exception: paged by `cursor` (follow `next`
until it is null; no page numbers, no count), in the order they were recorded (`ordering=id` or
`-id`); for every value at once, download the open-data files their `downloads` field (and the
`Link` header) points to. Invalid parameters are answered with 400 and a JSON object whose keys
name the parameters, e.g. `{"page": ["…"]}`.

**Caching.** Responses carry an `ETag` (send it back in `If-None-Match` for a 304) and
`Cache-Control: public, max-age=60`. Requests are rate-limited per address (429 when exceeded).

Content is licensed CC BY 4.0 unless stated otherwise; the demo content is marked
`is_sample_data`.
"""

#: drf-spectacular settings of this API, applied by ApiSchemaGenerator and ApiDocsView (so the
#: project's SPECTACULAR_SETTINGS need only name the generator).
SCHEMA_SETTINGS: dict[str, Any] = {
    "TITLE": "YEEP İzleme Platformu API",
    "DESCRIPTION": API_DESCRIPTION,
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "LICENSE": {
        "name": f"{LICENCE} (content)",
        "url": LICENCE_URL,
    },
    "ENUM_NAME_OVERRIDES": {
        "MunicipalityKindEnum": "plans.models.MunicipalityKind",
        "MonitoringPeriodKindEnum": "plans.scales.MonitoringPeriodKind",
        "ActionStatusEnum": "plans.scales.ActionStatus",
        "BoardRatingEnum": "plans.scales.BoardRating",
        "DisaggregationEnum": "plans.scales.Disaggregation",
        "ReportKindEnum": "reports.models.ReportKind",
        "NewsKindEnum": "news.models.NewsKind",
        "AuthorKindEnum": "stories.models.AuthorKind",
    },
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}
