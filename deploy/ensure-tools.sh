#!/usr/bin/env bash
# Installs what the production stack needs and starts the local PostgreSQL and Redis when they are
# not running. Usage: deploy/ensure-tools.sh [--bench]   (--bench also needs wrk)
# Debian packages: nginx-light, libnginx-mod-http-cache-purge, curl (and wrk), installed with apt-get
# only when missing. The system nginx service is never used: deploy/stack.sh runs its own nginx.
set -euo pipefail

PURGE_MODULE=/usr/lib/nginx/modules/ngx_http_cache_purge_module.so

missing_packages() {
    command -v nginx >/dev/null || echo nginx-light
    [[ -f "$PURGE_MODULE" ]] || echo libnginx-mod-http-cache-purge
    command -v curl >/dev/null || echo curl
    if [[ "${1:-}" == "--bench" ]]; then
        command -v wrk >/dev/null || echo wrk
    fi
}

install_packages() {
    if [[ $EUID -ne 0 ]]; then
        echo "Missing Debian packages: $*; run as root or: sudo apt-get install -y $*" >&2
        exit 1
    fi
    echo "Installing $* (apt-get)"
    apt-get update -qq
    # policy-rc.d 101 keeps the package's own nginx service from starting (Debian starts a
    # service on install); ours runs from deploy/stack.sh.
    local policy=/usr/sbin/policy-rc.d added=""
    if [[ ! -e "$policy" ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && added=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" || {
        [[ -n "$added" ]] && rm -f "$policy"
        exit 1
    }
    [[ -n "$added" ]] && rm -f "$policy"
    return 0
}

start_postgresql() {
    pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && return
    echo "Starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && return; sleep 1; done
    echo "PostgreSQL did not start on 127.0.0.1:5432" >&2
    exit 1
}

start_redis() {
    redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && return
    echo "Starting Redis"
    if [[ -f /etc/redis/redis.conf ]]; then
        redis-server /etc/redis/redis.conf --daemonize yes
    else
        redis-server --bind 127.0.0.1 --port 6379 --daemonize yes
    fi
    for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && return; sleep 1; done
    echo "Redis did not start on 127.0.0.1:6379" >&2
    exit 1
}

mapfile -t packages < <(missing_packages "${1:-}")
if ((${#packages[@]})); then
    install_packages "${packages[@]}"
fi
start_postgresql
start_redis
