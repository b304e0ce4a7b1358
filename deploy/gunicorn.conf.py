"""gunicorn settings of the production stack (deploy/stack.sh; environment from deploy/env.sh).

Workers: 2 × cores + 1 sync workers (GUNICORN_WORKERS overrides). A page is mostly CPU-bound
Python (ORM objects, templates) with short waits on the local PostgreSQL and Redis, so processes,
not threads, add throughput (the GIL serialises threads of one process); the extra worker per core
keeps the cores busy while others wait on the database. Sync workers are safe only behind a
buffering proxy: nginx reads slow requests and writes slow responses, so a worker is never held by
a slow client. gthread workers would add nothing here but the cost of threads.
"""

from __future__ import annotations

import multiprocessing
import os


def _env_int(name: str, default: int) -> int:
    """An integer from the environment, or the default when unset or empty."""
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


_run_dir = os.environ.get("RUN_DIR", ".run/prod")

wsgi_app = "portal.wsgi:application"
bind = f"127.0.0.1:{_env_int('APP_PORT', 8001)}"
workers = _env_int("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count() + 1)
worker_class = "sync"
# Imports Django once in the master: workers fork ready (faster start, shared memory).
preload_app = True
# An import of 100,000 indicator values through the admin takes seconds, not minutes.
timeout = 120
graceful_timeout = 30
# Recycle workers now and then against slow memory growth; jitter so they don't restart together.
# A recycled worker starts warm (when_ready below builds URL resolvers, translations and
# templates in the master before any fork).
max_requests = _env_int("GUNICORN_MAX_REQUESTS", 5000)
max_requests_jitter = max_requests // 10

pidfile = f"{_run_dir}/gunicorn.pid"
# gunicorn 27's control socket defaults to ~/.gunicorn/gunicorn.ctl, shared by every stack.
control_socket = f"{_run_dir}/gunicorn.ctl"
errorlog = f"{_run_dir}/logs/gunicorn-error.log"
# Django logs to stderr (portal/settings/base.py, LOGGING): a daemonised gunicorn sends its
# workers' stderr to /dev/null unless it is captured into the error log. Failed purges, Redis and
# database outages (portal.caching, portal.cache_backends, portal.outages) are logged there.
capture_output = True
accesslog = None if os.environ.get("ACCESS_LOG") == "off" else f"{_run_dir}/logs/gunicorn.log"
proc_name = f"yeep-{os.environ.get('STACK_NAME', 'prod')}"
# nginx on the same machine sets X-Forwarded-For / -Proto.
forwarded_allow_ips = "127.0.0.1"


def when_ready(server: object) -> None:
    """In the master, once the application is loaded and before any worker is forked: build
    what Django otherwise builds on each worker's first requests (portal.warmup)."""
    from portal.warmup import warm_up

    warm_up()


def pre_fork(server: object, worker: object) -> None:
    """Before each fork (the first workers and every recycled one): what the master holds is
    kept out of the workers' garbage collections (portal.warmup.freeze_for_fork)."""
    from portal.warmup import freeze_for_fork

    freeze_for_fork()


def post_fork(server: object, worker: object) -> None:
    """In each new worker: full garbage collections between requests, not inside them
    (portal.warmup.collect_between_requests)."""
    from portal.warmup import collect_between_requests

    collect_between_requests()


def post_request(worker: object, req: object, environ: object, resp: object) -> None:
    """After each response is written (the client has it): a full collection if one is due."""
    from portal.warmup import after_request

    after_request()
