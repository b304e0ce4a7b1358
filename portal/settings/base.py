"""Settings shared by every environment. DEBUG is off here; dev.py turns it on."""

from __future__ import annotations

from datetime import timedelta

from django.utils.functional import lazy
from django.utils.module_loading import import_string

from wagtail.embeds.oembed_providers import vimeo, youtube

from .csp import policies
from .env import (
    BASE_DIR,
    cache_config,
    database_config,
    email_config,
    env_bool,
    env_int,
    env_list,
    env_str,
)

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps first so their templates and translations win.
    "portal",
    "plans",
    "indicators",
    "training",
    "events",
    "results",
    "news",
    "stories",
    "guide",
    "reports",
    "replies",
    "subscriptions",
    # Translation (replaces wagtail.locales).
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail.
    "wagtail.contrib.redirects",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "portal.users_app.PortalUsersConfig",  # wagtail.users, groups in Turkish order
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # API.
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "api",
    "wagtail.api.v2",
    "corsheaders",
    "django_filters",
    # Security: CSP headers, login lockout, two-factor authentication for the admin.
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail_2fa",
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: a database outage anywhere below becomes a 503 page, not a 500 (portal/outages.py).
    "portal.outages.DatabaseOutageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.security.ContentSecurityPolicyMiddleware",
    "portal.caching.FrontCacheMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.security.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

# Django's form renderer, with the plainest widgets written in Python (same markup; the admin's
# large forms draw thousands of them): portal/form_renderer.py.
FORM_RENDERER = "portal.form_renderer.PortalFormRenderer"

DATABASES = {"default": database_config()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
CACHES = {"default": cache_config()}

# Front cache (nginx or a CDN; portal/caching.py): how long anonymous responses may be shared,
# and where Wagtail sends PURGE requests when pages change (unset: nothing to purge).
FRONT_CACHE_SECONDS = env_int("FRONT_CACHE_SECONDS", 300)
FRONT_CACHE_QUERY_SECONDS = env_int("FRONT_CACHE_QUERY_SECONDS", 5)
if env_str("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "portal.caching.NginxPurgeBackend",
            "LOCATION": env_str("FRONTEND_CACHE_URL"),
        }
    }
# Purge exactly the URLs we list: translated pages have their own slugs, not /tr/ ↔ /en/ swaps.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login lockout (django-axes) on every password form: the admin login, the site's login
# (/<language>/_util/login/) and any other view that calls authenticate() with its request.
# LOGIN_FAILURE_LIMIT failures for one username from one client address lock that pair out for
# LOGIN_COOLOFF_MINUTES (each further try restarts the wait); a success clears the count.
AUTHENTICATION_BACKENDS = [
    "portal.security.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.security.client_ip"
AXES_LOCKOUT_CALLABLE = "portal.security.lockout_response"
# Counts live in the database, which every worker shares, with or without Redis: in the cache, a
# Redis outage (reads miss, portal.cache_backends) would silently lift every lockout. With the
# database down, logins answer 503 (portal/outages.py): closed, not open.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# Failed attempts only: no history of successful logins is kept.
AXES_DISABLE_ACCESS_LOG = True

# Two-factor authentication (wagtail-2fa, TOTP apps) for superusers and the groups below; off
# unless YEEP_REQUIRE_2FA (production turns it on). Others may add a device and then need it.
YEEP_REQUIRE_2FA = env_bool("YEEP_REQUIRE_2FA", False)
YEEP_2FA_GROUPS = ["Editörler", "İzleme Heyeti"]  # portal.roles.EDITORS, MONITORING_BOARD
WAGTAIL_2FA_REQUIRED = YEEP_REQUIRE_2FA
# Editors' e-mail addresses are not sent to Gravatar for admin avatars, and the admin does not
# ask releases.wagtail.org for new versions from editors' browsers (the admin's policy would
# block it anyway: connect-src 'self'); maintainers follow Wagtail's LTS releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Cookies the browser's scripts never need to read, and never sent by cross-site requests other
# than top-level navigation (production.py adds Secure).
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True  # Wagtail's admin reads the token from its page, not the cookie.
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# E-mail: Wagtail's workflow notifications (plans/notifications.py) and admin password resets.
# EMAIL_URL and the single EMAIL_* variables (portal/settings/env.py, email_config).
_email = email_config()
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"]
EMAIL_PORT = _email["EMAIL_PORT"]
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
EMAIL_TIMEOUT = _email["EMAIL_TIMEOUT"]
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = env_str("SERVER_EMAIL") or DEFAULT_FROM_EMAIL
# The board's group approval task notifies its members; superusers (technical admins, not
# reviewers) would otherwise get two e-mails for every submission.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# "Forgotten password?" on /admin/login/ (Wagtail's flow; 2FA still asked at the next login).
WAGTAIL_PASSWORD_RESET_ENABLED = True

# Languages: Turkish is the source and default, English is translated with wagtail-localize.
LANGUAGE_CODE = "tr"
LANGUAGES = [("tr", "Türkçe"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Istanbul"
USE_I18N = True
USE_TZ = True
# English dates day-first with the month in words (portal/formats/en/formats.py).
FORMAT_MODULE_PATH = ["portal.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = env_str("STATIC_ROOT") or str(BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = env_str("MEDIA_ROOT") or str(BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail.
WAGTAIL_SITE_NAME = "YEEP İzleme Platformu"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# ASCII slugs: Wagtail's admin transliterates Turkish letters (ş→s, ı→i) when it builds them.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Full-text search in the database (portal.search_backend). On PostgreSQL each page is indexed and
# each query parsed with its language's text search configuration, stemming included
# ("belediyeler" finds "belediye", "reports" finds "report"); SQLite's FTS5 has no stemming. Pages
# also index an ASCII-folded copy of their text (PortalPage.folded_text) for queries typed without
# Turkish letters ("Kadikoy" finds "Kadıköy").
SEARCH_CONFIGS = {"tr": "turkish", "en": "english"}
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "portal.search_backend", "SEARCH_CONFIG": SEARCH_CONFIGS["tr"]}
}
# Documents are always served by Wagtail's view, which checks collection privacy (participants-only
# training material) and counts downloads; never link to the storage's own URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "odp", "txt", "xlsx", "zip"]
# Upload limits (nginx accepts bodies up to 50 MB; these give the form error that names the limit).
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.forms.DocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Width x height x frames: 40 million is an 8000 x 5000 photo; larger ones are decompression bombs
# or need resizing before upload anyway.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# No SVG: an uploaded SVG can carry scripts.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Request bodies without files (a long page's StreamField JSON) and the size above which an upload
# goes to a temporary file instead of memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Video embeds: only the providers whose players the Content-Security-Policy lets pages frame
# (portal/settings/csp.py, EMBED_FRAME_ORIGINS); an editor gets a form error for others.
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]}]
# Responsive embeds would add an inline style attribute, which the policy forbids.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# "Translate this page" makes a draft: a translation is public only once a translator publishes it
# complete (otherwise a live Turkish page's English copy went live at once, in Turkish).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Map of municipalities: no tile server by default, so the page works offline and sends visitors'
# addresses to nobody. Set MAP_TILE_URL (a Leaflet URL template) and its attribution for tiles.
MAP_TILE_URL = env_str("MAP_TILE_URL")
MAP_TILE_ATTRIBUTION = env_str("MAP_TILE_ATTRIBUTION")

# Content-Security-Policy (django-csp; portal/settings/csp.py explains the three policies).
CONTENT_SECURITY_POLICY, CSP_AREA_POLICIES = policies(
    map_tile_url=MAP_TILE_URL, media_url=MEDIA_URL
)

# REST API /api/v1/ (api/): OpenAPI schema by drf-spectacular, describing /api/v1/ only; anonymous
# clients are throttled per address (counts in the default cache: Redis in production).
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_RATES": {"anon": env_str("API_THROTTLE_RATE", "120/min")},
}
SPECTACULAR_SETTINGS = {"DEFAULT_GENERATOR_CLASS": "api.base.schema.ApiSchemaGenerator"}

# Wagtail's pages API (/api/v2/): up to 100 items per request, absolute URLs on the public host.
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

# The APIs are read-only and public: any site may read them from a browser (GET only, no
# credentials); nothing else is shared across origins.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False

LOGIN_URL = "wagtailadmin_login"
# Participants (no admin access) sign in on the site itself, at /<language>/_util/login/.
WAGTAIL_FRONTEND_LOGIN_TEMPLATE = "portal/login.html"
# Where that login goes without ?next=: the participant page in the visitor's language, worked
# out per request (Django's default, /accounts/profile/, does not exist).
LOGIN_REDIRECT_URL = lazy(
    lambda: import_string("training.participants.participant_page_url")(), str
)()

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    # WeasyPrint warns on every PDF that it subsets fonts with fontTools instead of HarfBuzz;
    # its errors still show.
    "loggers": {"weasyprint": {"level": env_str("WEASYPRINT_LOG_LEVEL", "ERROR")}},
}
