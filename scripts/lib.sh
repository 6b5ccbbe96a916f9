# Shared helpers of scripts/load and scripts/durability: publish, start and stop the app, a
# throw-away PostgreSQL server, and rewriting one section of a markdown file. Source it; it only
# defines functions. Everything listens on 127.0.0.1, and every wait is bounded.

OD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OD_LOCK=/tmp/offerdesk.build.lock
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

od_log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
od_die() { od_log "error: $*"; exit 2; }

# A TCP port on 127.0.0.1 that nothing listens on right now.
od_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# od_publish DIR: the web app in Release into DIR/app, the load tool into DIR/load (under the build lock).
# OFFERDESK_APP_DIR / OFFERDESK_LOAD_DIR, when set, name folders published earlier instead.
od_publish() {
    local dir=$1
    if [[ -n ${OFFERDESK_APP_DIR:-} ]]; then APP_DIR=$OFFERDESK_APP_DIR; else
        APP_DIR=$dir/app
        od_log "publishing src/OfferDesk.Web (Release) to $APP_DIR"
        (cd "$OD_ROOT" && flock "$OD_LOCK" dotnet publish src/OfferDesk.Web -c Release -o "$APP_DIR" -nologo -v quiet) >&2 \
            || od_die "publishing the web app failed"
    fi
    if [[ -n ${OFFERDESK_LOAD_DIR:-} ]]; then LOAD_DIR=$OFFERDESK_LOAD_DIR; else
        LOAD_DIR=$dir/load
        od_log "publishing bench/OfferDesk.Load (Release) to $LOAD_DIR"
        (cd "$OD_ROOT" && flock "$OD_LOCK" dotnet publish bench/OfferDesk.Load -c Release -o "$LOAD_DIR" -nologo -v quiet) >&2 \
            || od_die "publishing the load tool failed"
    fi
    [[ -x $APP_DIR/OfferDesk.Web ]] || od_die "$APP_DIR/OfferDesk.Web is missing"
    [[ -f $LOAD_DIR/OfferDesk.Load.dll ]] || od_die "$LOAD_DIR/OfferDesk.Load.dll is missing"
}

od_loadtool() { dotnet "$LOAD_DIR/OfferDesk.Load.dll" "$@"; }

# od_start_app PORT LOGFILE [NAME=VALUE...]: the published app on 127.0.0.1:PORT, in Production,
# from its own folder (so static files are served). Sets APP_PID to the server's own process id.
od_start_app() {
    local port=$1 log=$2; shift 2
    (cd "$APP_DIR" && exec env ASPNETCORE_ENVIRONMENT=Production DOTNET_gcServer=0 "$@" \
        ./OfferDesk.Web --urls "http://127.0.0.1:$port") >>"$log" 2>&1 &
    APP_PID=$!
    local i
    for ((i = 0; i < 120; i++)); do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            od_log "the app exited while starting; its log:"; tail -n 40 "$log" >&2; return 1
        fi
        if curl -fsS --max-time 2 "http://127.0.0.1:$port/health" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    od_log "the app did not answer /health within 60 s"; return 1
}

# od_stop_app PID: asks it to stop (SIGTERM), waits up to 20 s, then SIGKILLs it.
od_stop_app() {
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then od_log "pid $pid ignored SIGTERM; SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
    wait "$pid" 2>/dev/null || true
}

# Resident memory of a process, in kB: now (VmRSS) and at its peak (VmHWM).
od_rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
od_hwm_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status"; }
# CPU seconds a process has used (user + system).
od_cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# Runs a command as the postgres user when we are root (initdb refuses root), else as ourselves.
od_as_pg() { if [[ $(id -u) == 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

# od_pg_start DIR PORT: a throw-away PostgreSQL server in DIR (created here), on 127.0.0.1:PORT.
od_pg_start() {
    local dir=$1 port=$2
    [[ -x $PGBIN/initdb ]] || od_die "PostgreSQL is not installed ($PGBIN/initdb): apt-get install -y postgresql"
    mkdir -p "$dir"
    [[ $(id -u) == 0 ]] && chown postgres:postgres "$dir"
    od_as_pg "'$PGBIN/initdb' -D '$dir/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; od_die "initdb failed"; }
    od_as_pg "'$PGBIN/pg_ctl' -D '$dir/data' -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1\" -l '$dir/log' -w -t 60 start" >/dev/null \
        || { cat "$dir/log" >&2; od_die "PostgreSQL did not start"; }
}

# od_pg_stop DIR [MODE]: stops it (fast by default; immediate is a crash: recovery runs on the next start).
od_pg_stop() {
    local dir=$1 mode=${2:-fast}
    [[ -f $dir/data/postmaster.pid ]] || return 0
    od_as_pg "'$PGBIN/pg_ctl' -D '$dir/data' -m $mode -w -t 60 stop" >/dev/null 2>&1 || true
}

# od_pg_restart DIR PORT: starts a stopped server again on the same data directory.
od_pg_restart() {
    local dir=$1 port=$2
    od_as_pg "'$PGBIN/pg_ctl' -D '$dir/data' -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1\" -l '$dir/log' -w -t 60 start" >/dev/null \
        || { tail -n 30 "$dir/log" >&2; od_die "PostgreSQL did not start again"; }
}

od_pg_createdb() { od_as_pg "'$PGBIN/createdb' -h 127.0.0.1 -p $2 -U postgres $3" || od_die "createdb $3 failed"; }

# od_replace_section FILE HEADING CONTENT_FILE: replaces the section that starts at the line
# HEADING (up to the next "## " heading) with CONTENT_FILE, or appends it; the rest is untouched.
od_replace_section() {
    python3 - "$1" "$2" "$3" <<'PY'
import os, sys
path, heading, content = sys.argv[1], sys.argv[2], open(sys.argv[3]).read().rstrip("\n") + "\n"
lines = open(path).read().splitlines(keepends=True) if os.path.exists(path) else ["# Benchmarks\n"]
start = next((i for i, l in enumerate(lines) if l.rstrip("\n") == heading), None)
if start is None:
    if lines and lines[-1].strip(): lines.append("\n")
    lines += [content]
else:
    end = next((j for j in range(start + 1, len(lines)) if lines[j].startswith("## ")), len(lines))
    tail = lines[end:]
    lines = lines[:start] + [content] + (["\n"] if tail else []) + tail
open(path + ".tmp", "w").write("".join(lines))
os.replace(path + ".tmp", path)
PY
}

# Facts about the machine and the code for a benchmark record.
od_cpu_model() { lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1; }
od_commit() {
    local c; c=$(git -C "$OD_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
    if [[ -n $(git -C "$OD_ROOT" status --porcelain --untracked-files=no 2>/dev/null) ]]; then c="$c (+ uncommitted changes in the working tree)"; fi
    echo "$c"
}
