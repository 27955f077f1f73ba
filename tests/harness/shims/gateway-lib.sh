# shellcheck shell=bash
# Shared by the systemctl and launchctl shims of a test node (sourced, never run).
# The gateway is whatever "$HOME/.ocm/gateway.cmd" execs; its pid goes to "$HOME/.ocm/gateway.pid",
# its output to "$HOME/.openclaw/logs/gateway.log"; every shim call is appended to
# "$HOME/.ocm/shim-calls.log" (unless OCM_SHIM_NOLOG is set: the harness's own calls).

if [ -z "${HOME:-}" ]; then HOME=$(getent passwd "$(id -un)" | cut -d: -f6); export HOME; fi
OCM_DIR="$HOME/.ocm"
GW_CMD="$OCM_DIR/gateway.cmd"
GW_PIDFILE="$OCM_DIR/gateway.pid"
GW_LOG="$HOME/.openclaw/logs/gateway.log"
CALL_LOG="$OCM_DIR/shim-calls.log"

shim_log() {
  [ -n "${OCM_SHIM_NOLOG:-}" ] && return 0
  mkdir -p "$OCM_DIR"
  printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" "$*" >>"$CALL_LOG"
}

# Alive and not a zombie (PID 1 on the test machines does not reap orphans).
pid_alive() {
  local pid=$1 stat state
  case "$pid" in '' | *[!0-9]*) return 1 ;; esac
  stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
  state=${stat##*) }
  state=${state%% *}
  [ "$state" != Z ] && [ "$state" != X ]
}

# Prints the running gateway's pid; fails when it is not running.
gw_pid() {
  local pid
  pid=$(cat "$GW_PIDFILE" 2>/dev/null) || return 1
  pid_alive "$pid" || return 1
  printf '%s\n' "$pid"
}

gw_started_at() {
  local pid=$1
  date -d "@$(stat -c %Y "/proc/$pid" 2>/dev/null || date +%s)" '+%a %Y-%m-%d %H:%M:%S %Z'
}

gw_start() {
  gw_pid >/dev/null && return 0
  if [ ! -r "$GW_CMD" ]; then
    echo "gateway command file $GW_CMD is missing" >&2
    return 1
  fi
  mkdir -p "$OCM_DIR" "$(dirname "$GW_LOG")"
  rm -f "$GW_PIDFILE"
  # The inner bash records its own pid, then execs the gateway command file, which execs the
  # gateway: the pid in the file is the gateway's, and it leads its own session and group.
  # Only this one command goes to the background, with all three fds redirected: anything else
  # holding the caller's stdout (an ssh channel) would keep `ssh node systemctl start` from returning.
  cd "$HOME" 2>/dev/null || cd /
  setsid nohup bash -c 'echo $$ >"$1.tmp" && mv "$1.tmp" "$1" && exec bash "$2"' \
    ocm-gateway "$GW_PIDFILE" "$GW_CMD" >>"$GW_LOG" 2>&1 </dev/null &
  local i
  for i in $(seq 1 100); do
    [ -s "$GW_PIDFILE" ] && return 0
    sleep 0.02
  done
  echo "gateway did not start (no pid file after 2 s)" >&2
  return 1
}

# signal_wait PID SIGNAL TRIES DELAY: signal the process group (or the pid), then wait until it is gone
signal_wait() {
  local i
  kill -"$2" -- "-$1" 2>/dev/null || kill -"$2" "$1" 2>/dev/null
  for i in $(seq 1 "$3"); do
    pid_alive "$1" || return 0
    sleep "$4"
  done
  ! pid_alive "$1"
}

gw_stop() {
  local pid
  pid=$(cat "$GW_PIDFILE" 2>/dev/null) || return 0
  if pid_alive "$pid"; then
    signal_wait "$pid" TERM 30 0.1 || signal_wait "$pid" KILL 20 0.05
  fi
  rm -f "$GW_PIDFILE"
  return 0
}

gw_restart() {
  gw_stop && gw_start
}

# The command line the gateway runs, for unit texts and status output.
gw_cmdline() {
  grep -E '^[[:space:]]*exec ' "$GW_CMD" 2>/dev/null | tail -n 1 | sed -E 's/^[[:space:]]*exec[[:space:]]+//'
}
