"""Fault runs against the production stack (`make faults`, README.md "Faults and backups").

Each scenario starts its own throwaway PostgreSQL cluster and Redis server (never the machine's
shared ones on 5432 and 6379, which CI uses meanwhile), gunicorn and nginx of deploy/stack.sh on
their own ports, breaks one piece under load, prints what it saw and stops everything it started.
"""

#: The API lists every run reads (the load mix and the backup comparison).
API_LISTS = [
    "/api/v1/municipalities/",
    "/api/v1/plans/",
    "/api/v1/actions/",
    "/api/v1/indicators/",
    "/api/v1/indicator-values/",
    "/api/v2/pages/",
]
