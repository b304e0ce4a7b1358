# shellcheck shell=bash
# The environment of one production stack on this machine; sourced by the other deploy/ scripts
# and read by bench/ (see README.md, "Production stack and benchmarks").
#
# Inputs, all optional (their defaults are those of `make serve-prod`):
#   STACK_NAME   prod      names the runtime folder .run/<STACK_NAME>/ (pid files, logs, cache)
#   HTTP_PORT    8080      nginx, the address visitors use
#   APP_PORT     8001      gunicorn, behind nginx
#   DATABASE_URL postgres://postgres@127.0.0.1:5432/yeep_prod
#   REDIS_URL    redis://127.0.0.1:6379/1
#   SECRET_KEY   read from .run/secret_key, generated there on first use
#   ACCESS_LOG   on        "off" turns off nginx's and gunicorn's access logs (benchmarks)
# Every variable of portal/settings/env.py that is already set is kept as it is.

DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(dirname "$DEPLOY_DIR")"
export DEPLOY_DIR ROOT_DIR
export PYTHON="${PYTHON_BIN:-$ROOT_DIR/.venv/bin/python}"

export STACK_NAME="${STACK_NAME:-prod}"
export RUN_DIR="${RUN_DIR:-$ROOT_DIR/.run/$STACK_NAME}"
export HTTP_PORT="${HTTP_PORT:-8080}"
export APP_PORT="${APP_PORT:-8001}"
export ACCESS_LOG="${ACCESS_LOG:-on}"
export SITE_URL="http://127.0.0.1:$HTTP_PORT"

export DJANGO_SETTINGS_MODULE=portal.settings.production
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/yeep_prod}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/1}"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export CSRF_TRUSTED_ORIGINS="${CSRF_TRUSTED_ORIGINS:-$SITE_URL,http://localhost:$HTTP_PORT}"
# Plain HTTP on the loopback: no redirect to HTTPS, no HSTS.
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-false}"
export SECURE_HSTS_SECONDS="${SECURE_HSTS_SECONDS:-0}"
# Wagtail's frontend cache sends PURGE <path> here; the admin's links and the site root use SITE_URL.
export FRONTEND_CACHE_URL="${FRONTEND_CACHE_URL:-$SITE_URL/__purge}"
export WAGTAILADMIN_BASE_URL="${WAGTAILADMIN_BASE_URL:-$SITE_URL}"
# One proxy (our nginx) appends to X-Forwarded-For.
export NUM_PROXIES="${NUM_PROXIES:-1}"

if [[ -z "${SECRET_KEY:-}" ]]; then
    secret_file="$ROOT_DIR/.run/secret_key"
    if [[ ! -s "$secret_file" ]]; then
        mkdir -p "$(dirname "$secret_file")"
        (umask 077 && "$PYTHON" -c 'import secrets; print(secrets.token_urlsafe(50))' >"$secret_file")
    fi
    SECRET_KEY="$(<"$secret_file")"
    export SECRET_KEY
fi

# The PostgreSQL database named by DATABASE_URL, and the URL of the server's maintenance database
# (for CREATE / DROP DATABASE).
DATABASE_NAME="${DATABASE_URL##*/}"
DATABASE_NAME="${DATABASE_NAME%%\?*}"
export DATABASE_NAME
export MAINTENANCE_DATABASE_URL="${DATABASE_URL%/*}/postgres"
