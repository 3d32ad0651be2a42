#!/usr/bin/env bash
# Checks that scripts/ra-env runs the app and the CLI as the user who invoked it (issue 18): the root sees the
# user's home, commands run with the user's uid, the journal is written in the user's XDG data folder on the
# host and never inside the cached root, a rebuilt root finds the same journal, and a journal an older version
# left inside a root is moved out once, never over the user's own files.
#
#   tests/env/test-ra-env-user.sh [CLI]   CLI: a built release-assistant-cli (default build/asan/bin/...)
#
# Runs as root on the host, in a private mount namespace, with a throwaway uid that has no account and a home
# under a scratch tmpfs, and copy-on-write overlays of the cached root: the real cache, its roots and $HOME are
# never written, and nothing is built. `scripts/ra-env test` runs it; one line per check, exit 1 on a failure.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ra_env=$src/scripts/ra-env

if [ "$(id -u)" -ne 0 ]; then
    echo "skip - tests/env/test-ra-env-user.sh switches to a throwaway user and mounts overlays: run it as root"
    exit 0
fi

if [ "${1:-}" != --in-namespace ]; then
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/ra-env-user.XXXXXX")
    status=0
    unshare --mount --propagation private -- "$0" --in-namespace "$scratch" \
        "${1:-$src/build/asan/bin/release-assistant-cli}" || status=$?
    # The tmpfs and the overlays went with the namespace: only the empty mount point is left.
    rmdir "$scratch"
    exit $status
fi
scratch=$2
cli=$3
mount -t tmpfs -o mode=0755 tmpfs "$scratch"

failures=0
checks=0
check() { # check NAME COMMAND...: one line, ok or FAIL with what the command printed
    local name=$1 output
    shift
    checks=$((checks + 1))
    if output=$("$@" 2>&1); then
        echo "ok - $name"
    else
        failures=$((failures + 1))
        echo "FAIL - $name"
        [ -z "$output" ] || printf '%s\n' "$output" | sed 's/^/    /'
    fi
}
expect() { # expect WHAT ACTUAL EXPECTED
    [ "$2" = "$3" ] || {
        echo "$1: expected '$3', got '$2'"
        return 1
    }
}
owner() { stat -c %u:%g "$1"; }
skip() { echo "skip - $1"; }

# A uid and gid no account of this host uses.
uid=64000
while getent passwd "$uid" >/dev/null || getent group "$uid" >/dev/null; do uid=$((uid + 1)); done
home=$scratch/home
mkdir -m 0700 "$home" "$scratch/elsewhere"
chown "$uid:$uid" "$home" "$scratch/elsewhere"

kind=$("$ra_env" where)
if [ "$kind" = native ]; then
    env_kind=native
else
    env_kind=root
    base=$kind
    [ -f "$base/.ra-complete" ] || {
        echo "FAIL - no cached root at $base: run scripts/ra-env setup first"
        exit 1
    }
fi

# new_cache NAME: a cache folder whose root is a fresh copy-on-write overlay of the cached root, as a root
# rebuilt for a new package list would be: it sees nothing another overlay wrote.
new_cache() {
    mkdir -p "$scratch/$1/upper" "$scratch/$1/work" "$scratch/$1/cache"
    [ "$env_kind" = root ] || return 0
    mkdir "$scratch/$1/cache/$(basename "$base")"
    mount -t overlay overlay -o "lowerdir=$base,upperdir=$scratch/$1/upper,workdir=$scratch/$1/work" \
        "$scratch/$1/cache/$(basename "$base")"
}

# as_invoker CACHE DIR CMD...: scripts/ra-env CMD from DIR, as root with sudo's variables for the throwaway user
# and the variables of the session array, the environment otherwise empty; stdout in $scratch/out, stderr in
# $scratch/err.
session=()
as_invoker() {
    local cache=$1 dir=$2
    shift 2
    (cd "$dir" && env -i PATH="$PATH" SUDO_UID="$uid" SUDO_GID="$uid" SUDO_USER=ra-env-test \
        RA_USER_HOME="$home" RA_CACHE_DIR="$scratch/$cache/cache" RA_ENV="$env_kind" "${session[@]}" \
        "$ra_env" "$@" >"$scratch/out" 2>"$scratch/err") || {
        local status=$?
        echo "scripts/ra-env $* exited with $status:"
        cat "$scratch/err"
        return $status
    }
}
run_cli() { # run_cli CACHE DIR ARGS...: the CLI through exec-user, as run and cli run it
    local cache=$1 dir=$2
    shift 2
    as_invoker "$cache" "$dir" exec-user env "LSAN_OPTIONS=suppressions=$src/tests/sanitizers/lsan.supp" "$cli" "$@"
}

new_cache a
echo "hello from the user's home" >"$home/marker"
chown "$uid:$uid" "$home/marker"

check_identity() {
    as_invoker a "$home" exec-user sh -c 'echo "$(id -u):$(id -g) $HOME $PWD"' || return 1
    expect "uid:gid, HOME and folder" "$(cat "$scratch/out")" "$uid:$uid $home $home"
}
check "exec-user (run and cli) runs with the user's uid and gid, HOME and current folder" check_identity

check_home_file() {
    as_invoker a "$home" exec-user cat "$home/marker" || return 1
    expect "the marker in the user's home" "$(cat "$scratch/out")" "hello from the user's home"
}
check "the root sees a file in the user's home" check_home_file

check_xdg_data() {
    # Missing yet: the script creates it, as the user.
    session=("XDG_DATA_HOME=$scratch/elsewhere/data")
    as_invoker a "$home" exec-user sh -c 'echo probe >"$XDG_DATA_HOME/probe"' || return 1
    session=()
    expect "owner of the probe on the host" "$(owner "$scratch/elsewhere/data/probe")" "$uid:$uid" || return 1
    expect "owner of the folder" "$(owner "$scratch/elsewhere/data")" "$uid:$uid"
}
check "an XDG_DATA_HOME outside the home is the user's folder on the host" check_xdg_data

# The user's session: a bus in their runtime folder and an SSH agent whose socket is in neither that folder nor
# the home, both started as the user inside the root (the host may have neither, and no account for the uid).
# Checks run in subshells: the daemons' pids are kept in a file, for the end.
daemons=$scratch/daemons
: >"$daemons"
trap 'xargs -r kill <"$daemons" 2>/dev/null || true' EXIT
check_session() {
    mkdir -m 0700 "$scratch/run" "$scratch/agent"
    chown "$uid:$uid" "$scratch/run" "$scratch/agent"
    session=("XDG_RUNTIME_DIR=$scratch/run")
    as_invoker a "$home" exec-user dbus-daemon --session --address="unix:path=$scratch/run/bus" --fork --print-pid ||
        return 1
    cat "$scratch/out" >>"$daemons"
    # Started from its folder, which the root then shows as the current one.
    as_invoker a "$scratch/agent" exec-user ssh-agent -a "$scratch/agent/socket" || return 1
    sed -n 's/^SSH_AGENT_PID=\([0-9]*\);.*/\1/p' "$scratch/out" >>"$daemons"
    session+=("SSH_AUTH_SOCK=$scratch/agent/socket")
    as_invoker a "$home" exec-user sh -c 'dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetId >/dev/null && echo "bus $DBUS_SESSION_BUS_ADDRESS"
        ssh-add -l >/dev/null 2>&1; echo "agent $?"' || return 1
    session=()
    # ssh-add -l: 1 is an agent without keys, 2 no agent.
    expect "bus and agent" "$(cat "$scratch/out")" "bus unix:path=$scratch/run/bus
agent 1"
}
if [ "$env_kind" = root ]; then
    check "the user's session bus (keychain) and SSH agent reach the app and the CLI" check_session
else
    skip "the user's session bus and SSH agent: the native path runs the user's own environment"
fi

# The secrets the CLI reads travel in the environment: never in a process's arguments (every user can list
# them), never in a file.
check_secrets() {
    session=("GITHUB_TOKEN=canary-token-$$" "RA_SECRET_TELEGRAM_BOT_TOKEN=canary-bot-$$")
    # grep takes the secret on its input: its own arguments must not hold it.
    as_invoker a "$home" exec-user sh -c 'echo "$GITHUB_TOKEN $RA_SECRET_TELEGRAM_BOT_TOKEN"
        printf "%s\n" "$GITHUB_TOKEN" "$RA_SECRET_TELEGRAM_BOT_TOKEN" | grep -laF -f - /proc/[0-9]*/cmdline || true' ||
        return 1
    session=()
    expect "the secrets, then the processes whose arguments hold them" "$(cat "$scratch/out")" \
        "canary-token-$$ canary-bot-$$" || return 1
    if grep -rlF "canary-" "$scratch/a/upper" "$home" "$scratch/err"; then
        echo "a secret was written to these files"
        return 1
    fi
}
check "secrets reach the command in its environment, never in arguments or files" check_secrets

[ -x "$cli" ] || {
    echo "FAIL - no release-assistant-cli at $cli: build it first (scripts/ra-env test does)"
    exit 1
}
clone=$home/clone
journal="$home/.local/share/aleph.im/Release Assistant/projects/aleph-im/aleph-vm/journal.sqlite"
check_journal() {
    as_invoker a "$home" exec-user sh -c 'git init -q -b main clone && cd clone &&
        git -c user.name=Test -c user.email=test@example.org -c gc.auto=0 -c maintenance.auto=false \
            commit -q --allow-empty -m "first" &&
        git remote add origin https://github.com/aleph-im/aleph-vm.git' || return 1
    run_cli a "$clone" tag create --version 1.0.0 || return 1
    [ -f "$journal" ] || {
        echo "no journal at $journal on the host"
        return 1
    }
    expect "owner of the journal" "$(owner "$journal")" "$uid:$uid"
}
check "the CLI writes the journal in the user's XDG data folder on the host, as the user" check_journal

check_root_untouched() {
    local written
    written=$(find "$scratch/a/upper" -type f)
    [ -z "$written" ] || {
        echo "written inside the cached root:"
        printf '%s\n' "$written"
        return 1
    }
}
if [ "$env_kind" = root ]; then
    check "nothing is written inside the cached root" check_root_untouched
else
    skip "nothing is written inside the cached root: this host builds natively, there is no root"
fi

new_cache b
check_rebuilt_root() {
    run_cli b "$clone" release status --release 1.0.0 --json || return 1
    grep -qF "\"journal\": \"$journal\"" "$scratch/out" || {
        echo "the CLI names another journal:"
        grep '"journal"' "$scratch/out"
        return 1
    }
}
if [ "$env_kind" = root ]; then
    check "a rebuilt root finds the same journal and its release" check_rebuilt_root
else
    skip "a rebuilt root finds the same journal: this host builds natively, there is no root"
fi

# What an older version left: in an older root, a journal with its write-ahead log and the settings; in the
# current root, a channels file the user has a newer one of.
old=$scratch/b/cache/root-trixie-0000000000000000
old_data="$old/root/.local/share/aleph.im/Release Assistant/projects/old/repo"
mkdir -p "$old_data" "$old/root/.config/aleph.im"
echo "old journal" >"$old_data/journal.sqlite"
echo "old log" >"$old_data/journal.sqlite-wal"
echo "[General]" >"$old/root/.config/aleph.im/Release Assistant.conf"
current=$scratch/b/cache/$(basename "${base:-$old}")
mkdir -p "$current/root/.config/release-assistant" "$home/.config/release-assistant"
echo "old channels" >"$current/root/.config/release-assistant/channels.json"
touch -d '2020-01-01' "$current/root/.config/release-assistant/channels.json"
echo "my channels" >"$home/.config/release-assistant/channels.json"
chown -R "$uid:$uid" "$home/.config"

moved_journal="$home/.local/share/aleph.im/Release Assistant/projects/old/repo/journal.sqlite"
check_migration() {
    as_invoker b "$home" exec-user true || return 1
    grep -qF "moved $old_data/journal.sqlite -> $moved_journal" "$scratch/err" || {
        echo "no message about the journal:"
        cat "$scratch/err"
        return 1
    }
    expect "the moved journal" "$(cat "$moved_journal")" "old journal" || return 1
    expect "its write-ahead log" "$(cat "$moved_journal-wal")" "old log" || return 1
    expect "the moved settings" "$(cat "$home/.config/aleph.im/Release Assistant.conf")" "[General]" || return 1
    expect "owner of the moved journal" "$(owner "$moved_journal")" "$uid:$uid" || return 1
    [ ! -e "$old/root/.local/share/aleph.im/Release Assistant" ] || {
        echo "left in the old root: $(find "$old/root/.local/share" -type f)"
        return 1
    }
}
check "an older version's journal, log and settings are moved out of the root, with a message" check_migration

check_no_overwrite() {
    expect "the user's channels" "$(cat "$home/.config/release-assistant/channels.json")" "my channels" || return 1
    expect "the root's copy" "$(cat "$current/root/.config/release-assistant/channels.json")" "old channels" ||
        return 1
    grep -qF "not moved: $home/.config/release-assistant/channels.json is yours already (newer" "$scratch/err" || {
        echo "no message about the file left in place:"
        cat "$scratch/err"
        return 1
    }
}
check "a newer file of the user is never overwritten, and the message says so" check_no_overwrite

check_once() {
    as_invoker b "$home" exec-user true || return 1
    if grep -qE 'moving the journal|  moved ' "$scratch/err"; then
        echo "moved again:"
        cat "$scratch/err"
        return 1
    fi
    expect "the moved journal, later" "$(cat "$moved_journal")" "old journal"
}
check "the move happens once" check_once

echo "$checks checks, $failures failed"
[ "$failures" -eq 0 ]
