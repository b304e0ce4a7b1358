#!/usr/bin/env bash
# `make serve-prod`: the production stack in the foreground. Installs nginx when missing, prepares
# the database (create, migrate, collectstatic, demo site), starts gunicorn and nginx and follows
# their logs; Ctrl-C stops both. Environment: deploy/env.sh (HTTP_PORT, DATABASE_URL, ...).
set -euo pipefail
source "$(dirname "$0")/env.sh"

"$DEPLOY_DIR/ensure-tools.sh"
"$DEPLOY_DIR/prepare-db.sh"
"$DEPLOY_DIR/stack.sh" start
trap '"$DEPLOY_DIR/stack.sh" stop' EXIT
trap 'exit 0' INT TERM

cat <<INFO

  YEEP production stack: $SITE_URL/
    nginx 127.0.0.1:$HTTP_PORT (front cache) -> gunicorn 127.0.0.1:$APP_PORT, ${GUNICORN_WORKERS:-$((2 * $(nproc) + 1))} workers
    database $DATABASE_URL, cache $REDIS_URL
  Admin: $SITE_URL/admin/  user: admin  password: ${DEMO_ADMIN_PASSWORD:-yeep-admin-2026}
  Logs and pid files: ${RUN_DIR#"$ROOT_DIR"/}/   Ctrl-C stops gunicorn and nginx.

INFO

logs=("$RUN_DIR/logs/gunicorn-error.log")
if [[ "$ACCESS_LOG" != "off" ]]; then
    logs+=("$RUN_DIR/logs/nginx-access.log" "$RUN_DIR/logs/nginx-error.log")
fi
# Follows the logs until gunicorn's master exits or Ctrl-C.
tail -n 0 -F --pid="$(<"$RUN_DIR/gunicorn.pid")" "${logs[@]}"
echo "gunicorn has stopped; see $RUN_DIR/logs/gunicorn-error.log" >&2
exit 1
