"""The four fault scenarios. Each takes the running fault stack's environment, prints what it saw
and returns a list of failed expectations (empty: the scenario holds)."""

from __future__ import annotations

import http.client
import re
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable
from urllib.parse import urlencode

from bench.faults import API_LISTS, services
from bench.faults.traffic import Load, Results, get

HOST = "127.0.0.1"
#: The page whose title the publishing editor changes.
PUBLISHED_PATH = "/tr/hakkinda/"


def public_paths(port: int, limit: int = 24) -> list[str]:
    """Public pages from the sitemap (spread over it), the search and the API lists."""
    status, _headers, body = get(HOST, port, "/sitemap.xml", timeout=60)
    if status != 200:
        raise SystemExit(f"/sitemap.xml answered {status}")
    paths = sorted(
        {re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>(.*?)</loc>", body)}
    )
    step = max(1, len(paths) // limit)
    pages = paths[::step][:limit]
    for required in ("/tr/", "/en/", PUBLISHED_PATH):
        if required not in pages:
            pages.append(required)
    return [*pages, "/tr/ara/?q=istihdam", "/en/search/?q=employment", *API_LISTS]


def mixed_paths(port: int) -> list[str]:
    """public_paths plus one uncached request in eight (a unique query string): the load reaches
    gunicorn and PostgreSQL too, not only nginx's cache."""
    paths = public_paths(port)
    mixed = []
    for index, path in enumerate(paths):
        mixed.append(path)
        if index % 4 == 0:
            separator = "&" if "?" in path else "?"
            mixed.append(f"{path}{separator}fault={{n}}")
    return mixed


def title_of(body: str) -> str:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    return match.group(1).strip() if match else ""


def publish(env: dict[str, str], title: str) -> tuple[bool, str]:
    """Publish PUBLISHED_PATH with a new title (bench.faults.publish); success and its output."""
    command = [str(services.PYTHON), "-m", "bench.faults.publish", PUBLISHED_PATH, title]
    result = subprocess.run(  # noqa: S603
        command, cwd=services.ROOT_DIR, env=env, capture_output=True, text=True, timeout=120
    )
    return result.returncode == 0, (result.stdout + result.stderr).strip()


def wait_for_title(port: int, title: str, seconds: float) -> float | None:
    """Seconds until PUBLISHED_PATH shows the title on this port, or None after `seconds`."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        status, _headers, body = get(HOST, port, PUBLISHED_PATH)
        if status == 200 and title in title_of(body):
            return time.monotonic() - start
        time.sleep(0.5)
    return None


def gunicorn_pid(env: dict[str, str]) -> str:
    return (services.Path(env["RUN_DIR"]) / "gunicorn.pid").read_text().strip()


def log_lines(env: dict[str, str], text: str) -> str:
    """How many lines of the stack's gunicorn error log contain text, and the first one."""
    log = services.Path(env["RUN_DIR"]) / "logs" / "gunicorn-error.log"
    lines = [line for line in log.read_text(errors="replace").splitlines() if text in line]
    return f"{len(lines)} lines with {text!r}" + (f", first: {lines[0][:160]}" if lines else "")


def at(load: Load, second: float, action: Callable[[], None]) -> threading.Thread:
    """Run action when the load has run for `second` seconds (in a thread)."""

    def later() -> None:
        time.sleep(max(0.0, second - load.elapsed()))
        action()

    thread = threading.Thread(target=later, daemon=True)
    thread.start()
    return thread


def report(name: str, results: Results, notes: list[str]) -> None:
    print(f"  {name}: {results.summary()}")
    print("  per 5 s:")
    print("\n".join(results.timeline()))
    for note in notes:
        print(f"  - {note}")


# --- load ----------------------------------------------------------------------------------------


def load_scenario(env: dict[str, str], connections: int = 64, seconds: int = 60) -> list[str]:
    """64 connections for 60 s through nginx; an editor publishes at 20 s."""
    port = int(env["HTTP_PORT"])
    paths = mixed_paths(port)
    print(f"  {len(paths)} URLs ({sum('{n}' in p for p in paths)} of them uncached), "
          f"{connections} connections, {seconds} s; publish at 20 s")  # fmt: skip
    title = f"Hakkında (yayın {time.strftime('%H:%M:%S')})"
    notes: list[str] = []
    outcome: dict[str, object] = {}

    def publish_now() -> None:
        started = time.monotonic()
        ok, output = publish(env, title)
        outcome.update(ok=ok, output=output, took=time.monotonic() - started)
        outcome["visible_after"] = wait_for_title(port, title, 30) if ok else None

    load = Load(HOST, port, paths, connections, seconds)
    load.start()
    editor = at(load, 20, publish_now)
    results = load.wait()
    editor.join(60)
    notes.append(f"publish: {outcome.get('output')} (command {outcome.get('took', 0):.1f} s)")
    visible = outcome.get("visible_after")
    notes.append(
        f"new title visible through nginx {visible:.1f} s after the publish command returned"
        if visible is not None
        else "new title NOT visible through nginx within 30 s"
    )
    report("load", results, notes)
    failures = []
    if results.errors():
        failures.append(f"{results.errors()} errors (5xx, timeouts, connection errors)")
    other = {k: n for k, n in results.statuses.items() if isinstance(k, int) and k >= 400}
    if other:
        failures.append(f"non-2xx/3xx responses: {other}")
    if not outcome.get("ok"):
        failures.append("publishing failed")
    if visible is None:
        failures.append("published change not visible after the purge")
    return failures


# --- Redis down -----------------------------------------------------------------------------------


class Browser:
    """A tiny cookie-keeping client for the admin login form."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(
        self, method: str, path: str, form: dict[str, str] | None = None
    ) -> tuple[int, str]:
        connection = http.client.HTTPConnection(HOST, self.port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key] = rest.split(";", 1)[0]
            return response.status, text
        finally:
            connection.close()

    def login(self, username: str, password: str) -> int:
        """Status of the admin login's POST (302: signed in; 200: form again; 429: locked out)."""
        self.request("GET", "/admin/login/")
        form = {
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": self.cookies.get("csrftoken", ""),
        }
        status, _text = self.request("POST", "/admin/login/", form)
        return status


def logins_while_down(port: int, env: dict[str, str]) -> list[str]:
    """Sign in, and lock a user out, while Redis is down."""
    notes = []
    user = "faults-lockout"
    services.manage(env, "shell", "-c", LOCKOUT_USER.format(user=user))
    statuses = [Browser(port).login(user, "yanlis-parola-123") for _ in range(5)]
    locked = Browser(port).login(user, "dogru-parola-2026")
    admin = Browser(port)
    admin_status = admin.login("admin", env.get("DEMO_ADMIN_PASSWORD", "yeep-admin-2026"))
    dashboard, _ = admin.request("GET", "/admin/")
    notes.append(f"5 wrong passwords: {statuses}; then the right one: {locked} (429 = locked out)")
    notes.append(f"admin login: {admin_status} (302 = signed in), then /admin/: {dashboard}")
    services.manage(env, "axes_reset_username", user)
    return notes


LOCKOUT_USER = (
    "from django.contrib.auth import get_user_model; U = get_user_model(); "
    "u, _ = U.objects.get_or_create(username='{user}'); u.set_password('dogru-parola-2026'); "
    "u.is_staff = False; u.save()"
)


def redis_scenario(env: dict[str, str], connections: int = 16, seconds: int = 45) -> list[str]:
    """Redis stopped from 10 s to 30 s under load; logins and the lockout meanwhile."""
    port = int(env["HTTP_PORT"])
    paths = mixed_paths(port)
    pid = gunicorn_pid(env)
    notes: list[str] = []
    logins: list[str] = []
    print(f"  {len(paths)} URLs, {connections} connections, {seconds} s; Redis stopped at 10 s, "
          "started at 30 s; logins and a lockout at ~15 s")  # fmt: skip

    def stop() -> None:
        services.redis_stop()
        notes.append(f"Redis stopped at {load.elapsed():.1f} s")

    def sign_in() -> None:
        logins.extend(logins_while_down(port, env))

    def start() -> None:
        services.redis_start()
        notes.append(f"Redis started at {load.elapsed():.1f} s (empty)")

    load = Load(HOST, port, paths, connections, seconds)
    load.start()
    threads = [at(load, 10, stop), at(load, 15, sign_in), at(load, 30, start)]
    results = load.wait()
    for thread in threads:
        thread.join(60)
    time.sleep(1)
    keys = services.redis_cli("dbsize")
    notes += logins
    notes.append(f"keys in Redis {seconds - 30} s after it came back: {keys} (caching resumed)")
    notes.append(f"gunicorn master {pid} -> {gunicorn_pid(env)} (no restart)")
    notes.append(f"gunicorn-error.log: {log_lines(env, 'Redis cache')}")
    report("redis", results, notes)
    failures = []
    if results.errors():
        failures.append(f"{results.errors()} errors (5xx, timeouts, connection errors)")
    if not keys.isdigit() or int(keys) == 0:
        failures.append("nothing cached after Redis came back")
    if gunicorn_pid(env) != pid:
        failures.append("gunicorn restarted")
    joined = " ".join(logins)
    if "then the right one: 429" not in joined or "admin login: 302" not in joined:
        failures.append("logins or the lockout did not work while Redis was down")
    return failures


# --- PostgreSQL restarted ------------------------------------------------------------------------


def postgres_scenario(env: dict[str, str], connections: int = 32, seconds: int = 40) -> list[str]:
    """PostgreSQL stopped at 10 s, started again 5 s later, under load."""
    port = int(env["HTTP_PORT"])
    paths = mixed_paths(port)
    pid = gunicorn_pid(env)
    notes: list[str] = []
    print(f"  {len(paths)} URLs, {connections} connections, {seconds} s; PostgreSQL stopped "
          "(fast) at 10 s, started 5 s later; DATABASE_CONN_MAX_AGE=60")  # fmt: skip

    outcome: dict[str, int] = {}

    def restart() -> None:
        stopped = load.elapsed()
        services.pg_ctl("stop", "-m", "fast")
        notes.append(f"PostgreSQL stopped at {load.elapsed():.1f} s")
        time.sleep(1)
        login = Browser(port).login("admin", env.get("DEMO_ADMIN_PASSWORD", "yeep-admin-2026"))
        notes.append(f"admin login while PostgreSQL is down: {login} (503 = refused, closed)")
        outcome["login"] = login
        time.sleep(max(0.0, 5 - (load.elapsed() - stopped)))
        services.pg_ctl("start")
        notes.append(f"PostgreSQL accepting connections again at {load.elapsed():.1f} s")

    load = Load(HOST, port, paths, connections, seconds)
    load.start()
    thread = at(load, 10, restart)
    results = load.wait()
    thread.join(60)
    failures = []
    for sample in results.samples.get(503, []):
        kind = sample.headers.get("Content-Type", "")
        html_lang = re.search(r'<html lang="(\w+)"', sample.body.decode("utf-8", "replace"))
        notes.append(
            f"503 {sample.path} at {sample.second} s: "
            f"Retry-After {sample.headers.get('Retry-After')}, "
            f"Cache-Control {sample.headers.get('Cache-Control')}, {kind.split(';')[0]}"
            + (f', lang="{html_lang.group(1)}"' if html_lang else "")
        )
        if not sample.headers.get("Retry-After") or "no-store" not in sample.headers.get(
            "Cache-Control", ""
        ):
            failures.append(f"503 without Retry-After or no-store: {sample.path}")
        if b"Traceback" in sample.body:
            failures.append("a stack trace in a 503")
    last = max(results.per_second)
    tail: Counter = Counter()
    for second in range(last - 9, last + 1):
        tail.update(results.per_second.get(second, Counter()))
    notes.append(f"last 10 s: {dict(tail)}")
    notes.append(f"gunicorn master {pid} -> {gunicorn_pid(env)} (no restart)")
    notes.append(f"gunicorn-error.log: {log_lines(env, 'Database unavailable')}")
    report("postgres", results, notes)
    bad = {
        k: n for k, n in results.statuses.items() if isinstance(k, str) or (k >= 500 and k != 503)
    }
    if bad:
        failures.append(f"errors other than a clean 503: {bad}")
    if any(isinstance(k, str) or k >= 400 for k in tail):
        failures.append("still failing in the last 10 s")
    if gunicorn_pid(env) != pid:
        failures.append("gunicorn restarted")
    if outcome.get("login") != 503:
        failures.append(f"admin login while PostgreSQL was down: {outcome.get('login')}, not 503")
    return failures


# --- purge endpoint down -------------------------------------------------------------------------


#: A port nothing listens on: the purge endpoint "down" while nginx keeps serving.
CLOSED_PORT = 8097


def purge_scenario(env: dict[str, str]) -> list[str]:
    """A publish whose purge fails, twice: the purge endpoint refuses connections while nginx
    serves on, then nginx itself is stopped while publishing. Each time publishing succeeds, the
    failure is logged and the stale page expires within FRONT_CACHE_SECONDS."""
    failures = []
    for name, stop_nginx in (("purge endpoint down", False), ("nginx stopped", True)):
        print(f"  {name}:")
        failures += [f"{name}: {f}" for f in purge_failure(env, stop_nginx)]
    return failures


def purge_failure(env: dict[str, str], stop_nginx: bool) -> list[str]:
    port, app_port = int(env["HTTP_PORT"]), int(env["APP_PORT"])
    lifetime = int(env["FRONT_CACHE_SECONDS"])
    stack = ["bash", str(services.DEPLOY_DIR / "stack.sh")]
    notes: list[str] = []
    failures: list[str] = []
    # A request that stores the entry (MISS, or EXPIRED after an earlier step): its age is known.
    deadline = time.monotonic() + lifetime + 10
    while time.monotonic() < deadline:
        _status, headers, _body = get(HOST, port, PUBLISHED_PATH)
        if headers.get("X-Cache-Status") in ("MISS", "EXPIRED"):
            break
        time.sleep(1)
    cached_at = time.monotonic()
    status, headers, body = get(HOST, port, PUBLISHED_PATH)
    notes.append(f"cached: {status} {headers.get('X-Cache-Status')} {title_of(body)!r}")
    publish_env = dict(env)
    if stop_nginx:
        services.run([*stack, "stop-nginx"], env=env, stdout=subprocess.DEVNULL)
    else:
        publish_env["FRONTEND_CACHE_URL"] = f"http://127.0.0.1:{CLOSED_PORT}/__purge"
    how = "nginx kapalı" if stop_nginx else "temizleme yok"
    title = f"Hakkında ({how} {time.strftime('%H:%M:%S')})"
    started = time.monotonic()
    ok, output = publish(publish_env, title)
    took = time.monotonic() - started
    logged = [line for line in output.splitlines() if "Could not purge" in line]
    notes.append(
        f"publish: {'succeeded' if ok else 'FAILED'} in {took:.1f} s; "
        f"{[line for line in output.splitlines() if line.startswith('published')]}"
    )
    notes.append(f"purge failures logged: {len(logged)}, e.g. {logged[0] if logged else '-'}")
    if stop_nginx:
        services.run([*stack, "start-nginx"], env=env, stdout=subprocess.DEVNULL)
    _status, _headers, direct = get(HOST, app_port, PUBLISHED_PATH)
    notes.append(f"gunicorn (no front cache) shows: {title_of(direct)!r}")
    status, headers, body = get(HOST, port, PUBLISHED_PATH)
    notes.append(f"nginx right after: {status} {headers.get('X-Cache-Status')} {title_of(body)!r}")
    visible = wait_for_title(port, title, lifetime + 15)
    age = time.monotonic() - cached_at
    if visible is None:
        failures.append(f"stale page still served after {lifetime + 15} s")
    else:
        notes.append(f"new title through nginx {age:.1f} s after the entry was cached "
                     f"(FRONT_CACHE_SECONDS={lifetime})")  # fmt: skip
        if age > lifetime + 2:
            failures.append(f"stale for {age:.1f} s, longer than FRONT_CACHE_SECONDS={lifetime}")
    if not ok:
        failures.append("publishing failed")
    if not logged:
        failures.append("the failed purge was not logged")
    if title not in title_of(direct):
        failures.append("the published change is not live in Django")
    for note in notes:
        print(f"    - {note}")
    return failures
