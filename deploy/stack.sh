#!/usr/bin/env bash
# Starts or stops one production stack: gunicorn (portal.wsgi) on 127.0.0.1:$APP_PORT and our own
# nginx on 127.0.0.1:$HTTP_PORT in front of it, both in the background with pid files under
# .run/<stack>/. The database must be ready (deploy/prepare-db.sh).
# Usage: deploy/stack.sh start|stop|status     Environment: deploy/env.sh.
#        deploy/stack.sh stop-nginx|start-nginx  nginx alone, keeping its cache (fault runs).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT_DIR"

NGINX_PREFIX="$RUN_DIR/nginx"
NGINX_CONF="$NGINX_PREFIX/nginx.conf"
GUNICORN_PID="$RUN_DIR/gunicorn.pid"
NGINX_PID="$RUN_DIR/nginx.pid"

running() { # running PIDFILE: whether the process in the pid file is alive
    [[ -s "$1" ]] && kill -0 "$(<"$1")" 2>/dev/null
}

render_nginx_conf() {
    local user_directive="" access_log="$RUN_DIR/logs/nginx-access.log yeep"
    # As root, nginx workers drop to www-data (the Debian package's user).
    [[ $EUID -eq 0 ]] && user_directive="user www-data;"
    [[ "$ACCESS_LOG" == "off" ]] && access_log="off"
    mkdir -p "$NGINX_PREFIX" "$RUN_DIR/logs" "$RUN_DIR/cache" "$RUN_DIR/bench-static"
    sed -e "s|@RUN_DIR@|$RUN_DIR|g" \
        -e "s|@HTTP_PORT@|$HTTP_PORT|g" \
        -e "s|@APP_PORT@|$APP_PORT|g" \
        -e "s|@MEDIA_ROOT@|${MEDIA_ROOT:-$ROOT_DIR/media}|g" \
        -e "s|@USER_DIRECTIVE@|$user_directive|g" \
        -e "s|@ACCESS_LOG@|$access_log|g" \
        "$DEPLOY_DIR/nginx.conf.template" >"$NGINX_CONF"
}

nginx_cmd() {
    nginx -p "$NGINX_PREFIX/" -c "$NGINX_CONF" -e "$RUN_DIR/logs/nginx-error.log" "$@"
}

wait_for() { # wait_for URL NAME LOG: until URL answers (any HTTP status), 60 s at most
    for _ in $(seq 1 120); do
        if curl -s -o /dev/null --max-time 5 "$1"; then
            return 0
        fi
        sleep 0.5
    done
    echo "$2 did not answer at $1; the end of $3:" >&2
    tail -n 30 "$3" >&2 || true
    return 1
}

stop_pid() { # stop_pid PIDFILE NAME: TERM, then KILL after 30 s
    running "$1" || {
        rm -f "$1"
        return 0
    }
    local pid
    pid="$(<"$1")"
    kill -TERM "$pid"
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    rm -f "$1"
    echo "Stopped $2 ($pid)"
}

launch() { # gunicorn, then nginx, each once it answers; 1 on the first failure
    .venv/bin/gunicorn --config "$DEPLOY_DIR/gunicorn.conf.py" --daemon || return 1
    wait_for "http://127.0.0.1:$APP_PORT/robots.txt" gunicorn "$RUN_DIR/logs/gunicorn-error.log" \
        || return 1
    nginx_cmd || return 1
    wait_for "http://127.0.0.1:$HTTP_PORT/robots.txt" nginx "$RUN_DIR/logs/nginx-error.log"
}

start() {
    if running "$GUNICORN_PID" || running "$NGINX_PID"; then
        echo "The $STACK_NAME stack is already running (.run/$STACK_NAME/*.pid); stop it first." >&2
        exit 1
    fi
    # A new stack starts with an empty front cache: entries of an earlier run may describe another
    # database (a recreated bench database, a reloaded demo site).
    rm -rf "$RUN_DIR/cache"
    render_nginx_conf
    nginx_cmd -t -q
    if ! launch; then
        stop # what did start
        exit 1
    fi
    echo "Started gunicorn ($(<"$GUNICORN_PID"), 127.0.0.1:$APP_PORT) and nginx ($(<"$NGINX_PID"), $SITE_URL)"
}

stop() {
    stop_pid "$NGINX_PID" nginx
    stop_pid "$GUNICORN_PID" gunicorn
}

status() {
    local name file
    for name in gunicorn nginx; do
        file="$RUN_DIR/$name.pid"
        if running "$file"; then echo "$name: running ($(<"$file"))"; else echo "$name: stopped"; fi
    done
}

# nginx alone: bench/faults stops it while publishing, then starts it on the same cache.
start_nginx() {
    running "$NGINX_PID" && return 0
    nginx_cmd && wait_for "http://127.0.0.1:$HTTP_PORT/robots.txt" nginx "$RUN_DIR/logs/nginx-error.log"
}

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
stop-nginx) stop_pid "$NGINX_PID" nginx ;;
start-nginx) start_nginx ;;
*)
    echo "usage: $0 start|stop|status|stop-nginx|start-nginx" >&2
    exit 2
    ;;
esac
