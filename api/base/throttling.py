"""Per-address rate limit for the API; every client is anonymous (the API has no accounts)."""

from __future__ import annotations

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

#: Used when REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]["anon"] is not set.
DEFAULT_ANON_RATE = "120/min"


class ApiAnonRateThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, reading its rate when a request comes in (DRF's own reads it
    once, at import) and falling back to DEFAULT_ANON_RATE, so the setting is optional and
    tests can change it. Counts live in the default cache (Redis in production, shared by all
    app servers)."""

    scope = "anon"

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope) or DEFAULT_ANON_RATE
