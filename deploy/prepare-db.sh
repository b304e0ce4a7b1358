#!/usr/bin/env bash
# Brings the stack's database up to date: creates it when missing, migrates, collects static
# files when they changed, loads the demo site (idempotent; not with --no-demo) and points the
# Wagtail site at SITE_URL. Environment: deploy/env.sh.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT_DIR"
# nginx is not running yet and starts with an empty cache: nothing to purge meanwhile.
export FRONTEND_CACHE_URL=""

# Whether collectstatic must run: no manifest yet, or a static file of the project or of the
# installed packages (.venv/.installed) is newer than it. COLLECTSTATIC=1 forces it.
static_changed() {
    local manifest="${STATIC_ROOT:-$ROOT_DIR/staticfiles}/staticfiles.json"
    if [[ "${COLLECTSTATIC:-}" == 1 || ! -f "$manifest" || .venv/.installed -nt "$manifest" ]]; then
        return 0
    fi
    [[ -n "$(find . \( -path ./.venv -o -path ./frontend -o -path ./.run -o -path ./.git \
        -o -path ./staticfiles \) -prune -o -path '*/static/*' -type f -newer "$manifest" \
        -print -quit)" ]]
}

exists="$(psql "$MAINTENANCE_DATABASE_URL" -Atc \
    "SELECT 1 FROM pg_database WHERE datname = '$DATABASE_NAME'")"
if [[ "$exists" != "1" ]]; then
    echo "Creating database $DATABASE_NAME"
    psql "$MAINTENANCE_DATABASE_URL" -qc "CREATE DATABASE \"$DATABASE_NAME\""
fi
"$PYTHON" manage.py migrate --noinput
if static_changed; then
    echo "Collecting static files (compressing every file takes a few minutes)"
    "$PYTHON" manage.py collectstatic --noinput --verbosity 0
fi
if [[ "${1:-}" != "--no-demo" ]]; then
    # The demo app (setup_demo) is installed by production_demo only, never by production.
    DJANGO_SETTINGS_MODULE=portal.settings.production_demo "$PYTHON" manage.py setup_demo
fi
"$PYTHON" "$DEPLOY_DIR/site_root.py"
