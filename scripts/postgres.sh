#!/usr/bin/env bash
# Throwaway PostgreSQL server for the test suite, on 127.0.0.1 only.
#
#   scripts/postgres.sh start   install Debian's postgresql if missing, create and start the cluster,
#                               create the test role and database; print the URL (the only stdout line)
#   scripts/postgres.sh stop    stop the server if it runs
#   scripts/postgres.sh url     print the URL
#   scripts/postgres.sh status  say whether it runs (exit 0 if it does, 3 if not)
#
#   export CPTCOMPARE_TEST_DATABASE_URL="$(scripts/postgres.sh start)"
#
# Settings (environment):
#   PGTEST_PORT  TCP port on 127.0.0.1 (default 54329)
#   PGTEST_DIR   cluster folder (default /tmp/cptcompare-pgtest-<hash of the repo path>); it must be a
#                folder the server's OS user can reach, so not under /root or another private folder
#
# As root the server runs as the OS user `postgres` (made by Debian's package); as anyone else it runs
# as that user. The data is disposable: fsync is off.
set -euo pipefail

# Everything but the URL goes to stderr; fd 3 is the real stdout.
exec 3>&1 1>&2

DB_USER=cptcompare
DB_PASSWORD=cptcompare
DB_NAME=cptcompare_test

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
PORT="${PGTEST_PORT:-54329}"
if [[ -n "${PGTEST_DIR:-}" ]]; then
    DIR="$PGTEST_DIR"
else
    DIR="/tmp/cptcompare-pgtest-$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"
fi
[[ "$DIR" == /* ]] || DIR="$(pwd -P)/$DIR"
DATA="$DIR/data"
LOG="$DIR/server.log"
URL="postgresql+psycopg://$DB_USER:$DB_PASSWORD@127.0.0.1:$PORT/$DB_NAME"

say() { echo "postgres.sh: $*"; }
die() {
    echo "postgres.sh: ERROR: $*"
    exit 1
}

if ! [[ "$PORT" =~ ^[1-9][0-9]{0,4}$ ]] || ((PORT > 65535)); then
    die "PGTEST_PORT must be a TCP port, got '$PORT'"
fi

if ((EUID == 0)); then
    PG_OS_USER=postgres
else
    PG_OS_USER="$(id -un)"
fi

# Run a command as the server's OS user, from a folder it can read, in the C locale.
as_pg() {
    if ((EUID == 0)); then
        (cd / && LC_ALL=C runuser -u "$PG_OS_USER" -- "$@")
    else
        (cd / && LC_ALL=C "$@")
    fi
}

find_bindir() {
    local d
    # Newest version first.
    for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5 -V -r); do
        if [[ -x "$d/initdb" && -x "$d/pg_ctl" && -x "$d/postgres" && -x "$d/psql" && -x "$d/pg_isready" ]]; then
            echo "$d"
            return 0
        fi
    done
    return 1
}

install_server() {
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "PostgreSQL server not found and not root: run 'sudo apt-get install postgresql'"
        sudo=(sudo)
    fi
    command -v apt-get >/dev/null || die "PostgreSQL server not found and no apt-get: install PostgreSQL's server"
    say "installing Debian package postgresql (server binaries not found)"
    # Keep the package from creating and starting its own 'main' cluster on port 5432.
    "${sudo[@]}" mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" |
        "${sudo[@]}" tee /etc/postgresql-common/createcluster.d/50-cptcompare-no-main.conf >/dev/null
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq -o=Dpkg::Use-Pty=0)
    # apt-get update only when the package lists don't know the package, or when the install fails
    # (lists too old: their files are gone from the mirror).
    if ! apt-cache show postgresql >/dev/null 2>&1; then
        "${apt[@]}" update >&2
    fi
    if ! "${apt[@]}" install --no-install-recommends postgresql >&2; then
        say "install failed; running apt-get update and trying again"
        "${apt[@]}" update >&2
        "${apt[@]}" install --no-install-recommends postgresql >&2
    fi
}

ensure_os_user() {
    ((EUID == 0)) || return 0
    if ! id -u "$PG_OS_USER" >/dev/null 2>&1; then
        say "creating system user $PG_OS_USER"
        useradd --system --user-group --home-dir /var/lib/postgresql --no-create-home \
            --shell /bin/bash "$PG_OS_USER"
    fi
}

# Is our own cluster's server running?
running() {
    [[ -n "${BINDIR:-}" && -f "$DATA/PG_VERSION" ]] || return 1
    as_pg "$BINDIR/pg_ctl" status -D "$DATA" >/dev/null 2>&1
}

# Port the running server of our cluster listens on (from postmaster.pid, line 4).
running_port() {
    sed -n 4p "$DATA/postmaster.pid" 2>/dev/null || true
}

port_taken() {
    (exec 4<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

show_log() {
    if [[ -f "$LOG" ]]; then
        echo "---- last lines of $LOG ----"
        tail -n 30 "$LOG" || true
        echo "----"
    fi
}

make_dir() {
    if [[ -e "$DIR" && ! -d "$DIR" ]]; then
        die "$DIR exists and is not a folder"
    fi
    if [[ -d "$DIR" ]]; then
        local owner
        owner="$(stat -c %U "$DIR")"
        # Take over only a folder that is ours already or empty (never chown a folder like /tmp).
        if [[ "$owner" != "$PG_OS_USER" && -n "$(ls -A "$DIR")" ]]; then
            die "$DIR belongs to $owner and is not empty: remove it or set PGTEST_DIR to a new folder"
        fi
    else
        mkdir -p "$DIR"
    fi
    if ((EUID == 0)); then
        chown "$PG_OS_USER:" "$DIR"
    fi
    chmod 0700 "$DIR"
    as_pg test -w "$DIR" -a -x "$DIR" ||
        die "user $PG_OS_USER cannot write $DIR (a parent folder is private?): set PGTEST_DIR to a folder under /tmp"
}

init_cluster() {
    [[ -f "$DATA/PG_VERSION" ]] && return 0
    say "creating cluster in $DATA"
    rm -rf "$DATA"
    as_pg "$BINDIR/initdb" -D "$DATA" -U "$PG_OS_USER" --encoding=UTF8 --locale=C \
        --auth-local=peer --auth-host=scram-sha-256 >"$DIR/initdb.log" 2>&1 || {
        cat "$DIR/initdb.log"
        die "initdb failed"
    }
    # Only the Unix socket (peer: the OS user postgres, for this script) and 127.0.0.1 with a password.
    as_pg tee "$DATA/pg_hba.conf" >/dev/null <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 peer
host    all       all   127.0.0.1/32  scram-sha-256
EOF
    as_pg tee -a "$DATA/postgresql.conf" >/dev/null <<EOF

# ---- scripts/postgres.sh: throwaway test server ----
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
password_encryption = 'scram-sha-256'
max_connections = 100
fsync = off
synchronous_commit = off
full_page_writes = off
timezone = 'UTC'
log_timezone = 'UTC'
EOF
}

psql_admin() {
    as_pg "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U "$PG_OS_USER" "$@"
}

create_role_and_db() {
    psql_admin -d postgres <<EOF
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME') \gexec
EOF
}

cmd_start() {
    if ! BINDIR="$(find_bindir)"; then
        install_server
        BINDIR="$(find_bindir)" || die "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin after install"
    fi
    ensure_os_user
    make_dir

    if running; then
        local rport
        rport="$(running_port)"
        [[ "$rport" == "$PORT" ]] ||
            die "the server of $DATA runs on port $rport, not $PORT: run '$0 stop' first"
        say "already running ($DATA, port $PORT)"
    else
        port_taken && die "port $PORT on 127.0.0.1 is taken by another program (another clone's server?): stop it or set PGTEST_PORT"
        init_cluster
        say "starting PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT ($DATA)"
        if ! as_pg "$BINDIR/pg_ctl" start -D "$DATA" -l "$LOG" -w -t 60 -s -o "-p $PORT" >/dev/null; then
            show_log
            die "pg_ctl start failed (if the cluster is damaged: rm -rf $DIR)"
        fi
    fi

    local i
    for ((i = 0; i < 60; i++)); do
        as_pg "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PORT" && break
        sleep 0.5
    done
    as_pg "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PORT" || {
        show_log
        die "server does not accept connections on 127.0.0.1:$PORT"
    }

    create_role_and_db || {
        show_log
        die "could not create role $DB_USER / database $DB_NAME"
    }
    say "ready; for the tests: export CPTCOMPARE_TEST_DATABASE_URL='$URL'"
}

cmd_stop() {
    BINDIR="$(find_bindir)" || {
        say "no PostgreSQL server installed; nothing to stop"
        return 0
    }
    if running; then
        as_pg "$BINDIR/pg_ctl" stop -D "$DATA" -m fast -w -t 60 -s
        say "stopped ($DATA)"
    else
        say "not running ($DATA)"
    fi
}

cmd_status() {
    BINDIR="$(find_bindir)" || {
        say "not installed"
        return 3
    }
    if running; then
        say "running on 127.0.0.1:$(running_port) ($DATA)"
    else
        say "not running ($DATA)"
        return 3
    fi
}

# fd 3 is closed for everything the commands run: a server started with it open would hold the
# caller's stdout, and "$(scripts/postgres.sh start)" would never end.
case "${1:-}" in
start)
    cmd_start 3>&-
    echo "$URL" >&3
    ;;
stop) cmd_stop 3>&- ;;
url) echo "$URL" >&3 ;;
status) cmd_status 3>&- ;;
*)
    echo "usage: $0 start|stop|url|status"
    exit 2
    ;;
esac
