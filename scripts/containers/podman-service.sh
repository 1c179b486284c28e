#!/usr/bin/env bash
# Podman's Docker-API socket for machines without a Docker engine (docs/CONTAINERS.md).
#
#   scripts/containers/podman-service.sh start    start `podman system service` (if not running) and
#                                                 print DOCKER_HOST=unix://… on stdout
#   scripts/containers/podman-service.sh stop     stop the service this script started
#   scripts/containers/podman-service.sh status   exit 0 and print DOCKER_HOST when it answers
#
# With DOCKER_HOST set to the printed value, the `docker` client, docker-compose and testcontainers
# talk to Podman. The socket and pid file live in STANCEGRAPH_PODMAN_DIR (default
# /tmp/stancegraph-podman-<uid>-<checkout hash>: short enough for a unix socket path).
# CONTAINERS_CONF defaults to scripts/containers/containers.conf; PODMAN_RUNTIME (default runc).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
export CONTAINERS_CONF=${CONTAINERS_CONF:-$here/containers.conf}
runtime=${PODMAN_RUNTIME-runc}
dir=${STANCEGRAPH_PODMAN_DIR:-/tmp/stancegraph-podman-$(id -u)-$(printf %s "$root" | sha256sum | cut -c1-8)}
sock=$dir/podman.sock
pidfile=$dir/service.pid
logfile=$dir/service.log
say() { echo "podman-service: $*" >&2; }

answers() {
  [ -S "$sock" ] && curl -fsS --max-time 3 --unix-socket "$sock" http://d/_ping >/dev/null 2>&1
}

ours() {
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

case "${1:-}" in
  start)
    command -v podman >/dev/null || { say "podman is not installed (apt-get install podman runc)"; exit 1; }
    if ours && answers; then
      say "already running (pid $(cat "$pidfile")) on $sock"
      echo "DOCKER_HOST=unix://$sock"
      exit 0
    fi
    mkdir -p "$dir"
    rm -f "$sock"
    say "starting podman${runtime:+ --runtime $runtime} system service on unix://$sock (log $logfile)"
    # setsid + closed standard streams: the service outlives this script and holds no caller's pipe.
    setsid podman ${runtime:+--runtime "$runtime"} system service --time=0 "unix://$sock" </dev/null >"$logfile" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 60); do
      if answers; then
        say "Docker API answers (pid $(cat "$pidfile"))"
        echo "DOCKER_HOST=unix://$sock"
        exit 0
      fi
      if ! ours; then break; fi
      sleep 0.5
    done
    say "the service did not answer on $sock; its log:"
    tail -20 "$logfile" >&2 || true
    if ours; then kill "$(cat "$pidfile")" 2>/dev/null || true; fi
    rm -f "$pidfile"
    exit 1
    ;;
  stop)
    if ours; then
      pid=$(cat "$pidfile")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      say "stopped (pid $pid)"
    else
      say "not running"
    fi
    rm -f "$pidfile" "$sock"
    ;;
  status)
    if answers; then echo "DOCKER_HOST=unix://$sock"; exit 0; fi
    say "not running"
    exit 1
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
