# Small utilities: temp dir and cleanup, process checks, timeouts, time, paths.

TMPD=""
cleanup() {
	[ -n "$TMPD" ] && rm -rf "$TMPD"
	# a restore that never reached its point of no return leaves nothing behind
	[ -n "${BK_RESTORE_DIR:-}" ] && [ ! -f "$BK_RESTORE_DIR/APPLYING" ] && rm -rf "$BK_RESTORE_DIR"
}

tmpdir() {
	if [ -z "$TMPD" ]; then
		TMPD=$(mktemp -d "${TMPDIR:-/tmp}/ocm-agent.XXXXXX" 2>/dev/null) || TMPD=""
		if [ -z "$TMPD" ]; then
			TMPD="$HOME/.ocm/tmp.$$"
			mkdir -p "$TMPD" 2>/dev/null
		fi
	fi
}

have() { command -v "$1" >/dev/null 2>&1; }

# alive PID: the process exists and (where /proc tells) is not a zombie.
alive() {
	kill -0 "$1" 2>/dev/null || return 1
	local st=""
	[ -r "/proc/$1/stat" ] || return 0
	read -r st <"/proc/$1/stat" 2>/dev/null || return 0
	st=${st##*) }
	case ${st%% *} in Z | X) return 1 ;; esac
	return 0
}

is_uint() {
	case $1 in '' | *[!0-9]*) return 1 ;; esac
	[ "${#1}" -le 9 ]
}

# run_tb SECONDS OUT ERR CMD...: run CMD with stdout in OUT and stderr in ERR ("-" = OUT),
# killing it (and its direct children) after SECONDS. `timeout` does not exist on macOS.
# Returns CMD's exit code, or 124 on timeout.
run_tb() {
	local secs=$1 out=$2 err=$3 pid="" ticks=0 lim
	shift 3
	lim=$((secs * 10))
	if [ "$err" = - ]; then
		"$@" >"$out" 2>&1 </dev/null 5>&- &
	else
		"$@" >"$out" 2>"$err" </dev/null 5>&- &
	fi
	pid=$!
	while kill -0 "$pid" 2>/dev/null; do
		if [ "$ticks" -ge "$lim" ]; then
			pkill -TERM -P "$pid" 2>/dev/null
			kill -TERM "$pid" 2>/dev/null
			sleep 0.3
			pkill -KILL -P "$pid" 2>/dev/null
			kill -KILL "$pid" 2>/dev/null
			wait "$pid" 2>/dev/null
			return 124
		fi
		sleep 0.1
		ticks=$((ticks + 1))
	done
	wait "$pid"
}

# with_user_locale CMD...: exec CMD with the caller's locale instead of our LC_ALL=C, and with
# the default signal dispositions: a gateway started under restore's `trap '' HUP INT TERM PIPE`
# would otherwise ignore TERM for the rest of its life, and no restart could stop it.
# Only for run_tb, which runs it in a background subshell.
with_user_locale() {
	trap - HUP INT TERM PIPE
	if [ -n "$ORIG_LC_ALL" ]; then export LC_ALL=$ORIG_LC_ALL; else unset LC_ALL; fi
	exec "$@"
}

# now_ms: milliseconds since the epoch (bash 5 builtin, GNU date, perl, or whole seconds).
now_ms() {
	local t=${EPOCHREALTIME:-}
	if [ -n "$t" ]; then
		t=${t//[.,]/}
		NOW_MS=$((10#$t / 1000))
		return
	fi
	t=$(date +%s%N 2>/dev/null)
	case $t in *[!0-9]* | '') ;; *)
		NOW_MS=$((10#$t / 1000000))
		return
		;;
	esac
	if have perl; then
		t=$(perl -MTime::HiRes=time -e 'printf "%d", time()*1000' 2>/dev/null)
		case $t in *[!0-9]* | '') ;; *)
			NOW_MS=$t
			return
			;;
		esac
	fi
	NOW_MS=$(($(date +%s) * 1000))
}

expand_tilde() {
	# shellcheck disable=SC2088 # these are patterns, not paths to expand
	case $1 in
	"~") EXPANDED=$HOME ;;
	"~/"*) EXPANDED="$HOME/${1#"~/"}" ;;
	*) EXPANDED=$1 ;;
	esac
}

# pct10 PART WHOLE: sets PCT to PART/WHOLE in percent with one decimal ("45.1"), or "".
pct10() {
	PCT=""
	if [[ ${1:-x} =~ $UINT_RE ]] && [[ ${2:-x} =~ $UINT_RE ]] && [ "$2" -gt 0 ]; then
		local p=$((($1 * 1000 + $2 / 2) / $2))
		PCT="$((p / 10)).$((p % 10))"
	fi
}
