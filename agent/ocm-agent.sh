#!/usr/bin/env bash
# ocm-agent.sh: the OCM node agent.
#
# OCM copies this file to every node (Linux or macOS) and runs it over SSH:
#   bash ~/.ocm/ocm-agent.sh <subcommand> [options]
# Options: --home DIR  --port N  --disk-path DIR  --restart-cmd CMD  --wait S  --id ID
#          --cursor INODE:OFFSET  --pattern ERE (repeatable; logscan)
#
# Contract: every subcommand prints exactly one JSON object on stdout, nothing else (backup-pack
# prints a tar.gz instead; its errors also go to stderr); a long one may print {"progress":…}
# lines before it (see lib/progress.sh). Diagnostics go to stderr.
# Exit 0 = ok, 1 = the check or action failed, 2 = bad arguments.
# Portability: bash 3.2 (macOS) and later, coreutils/BSD userland; no jq, python or node.
#
# Subcommands (from the "# Usage:" comment above each cmd_* function):
#   backup-pack [--home DIR]
#   clock
#   health [--home DIR] [--port N] [--disk-path DIR]
#   help
#   logs [N] [--home DIR]
#   logscan [--cursor INODE:OFFSET] [--pattern ERE]... [--home DIR]
#   openclaw-restart [--restart-cmd CMD] [--wait S] [--port N]
#   restore-apply --id ID [--wait S] [--home DIR] [--restart-cmd CMD]
#   restore-status --id ID
#   status [--home DIR] [--port N] [--disk-path DIR]
#   version
#
# BUILT FILE: agent/build.mjs (npm run build:agent) concatenates agent/src/header.sh, lib/*.sh
# and cmd/*.sh; edit those. AGENT_VERSION is the SHA-256 of this file without that line:
#   grep -v '^AGENT_VERSION=' ocm-agent.sh | sha256sum
AGENT_VERSION=3d66e032a5b20a8141c20a1bd0c08f7d8e2404aba4ad9b66e676c4f0978257f4

# ---------------------------------------------------------------- agent/src/lib/backup.sh
# Backups and restores: what a backup takes, copying and mirroring trees, undoing a restore.
# backup-pack: writes a gzipped tar of the node's OpenClaw config and workspace to stdout:
#   config/…         $OC_HOME minus the workspace and the skipped names below; SQLite files as
#                    online copies (sqlite3 .backup, else python3's sqlite3 backup API)
#   workspace/…      the workspace (agents.defaults.workspace, else $OC_HOME/workspace)
#   cron-export.json `openclaw cron list --json`, when the CLI answers
#   metadata.json    what was taken and how (no timestamps: an unchanged node packs the same bytes)
# restore-apply --id ID: reads such a tar (config/, workspace/, MANIFEST) on stdin, then, past the
#   point of no return and deaf to hangups: stop the gateway, make config/ and workspace/ an exact
#   mirror of the archive (files the backup would not take are left alone), start the gateway and
#   wait --wait seconds for /health; if it stays unhealthy, put every file back and start again.
# restore-status --id ID: what became of restore ID (applied / reverted / applying / none).
# Working files live in $OC_HOME/.ocm-restore and the agent's temp dir, and are removed.

BK_RESTORE_DIR=""

# workspace_dir: sets WS_DIR, and WS_EXCL to its "./relative" path when it lies inside $OC_HOME.
workspace_dir() {
	local v=""
	v=$(json_get "$OC_HOME/openclaw.json" agents.defaults.workspace)
	if [ -n "$v" ]; then
		expand_tilde "$v"
		case $EXPANDED in /*) WS_DIR=$EXPANDED ;; *) WS_DIR="$OC_HOME/$EXPANDED" ;; esac
	else
		WS_DIR="$OC_HOME/workspace"
	fi
	WS_DIR=${WS_DIR%/}
	WS_EXCL=./.ocm-none
	case $WS_DIR in "$OC_HOME"/*) WS_EXCL="./${WS_DIR#"$OC_HOME"/}" ;; esac
}

# bk_find ROOT EXCL [sqlite]: NUL-separated "./paths" under ROOT that a backup takes: files and
# symlinks outside EXCL and the skipped names; with "sqlite", only the SQLite-named files instead.
bk_find() {
	local root=$1 excl=$2
	[ -d "$root" ] || return 0
	(
		cd "$root" || exit 0
		if [ "${3:-}" = sqlite ]; then
			set -- \( -type f \( -name '*.sqlite' -o -name '*.sqlite3' -o -name '*.db' \) \)
		else
			set -- \( -type f -o -type l \) ! -name '*.tmp' ! -name '*.log' ! -name '*.swp' ! -name '*~' \
				! -name '*.sqlite' ! -name '*.sqlite3' ! -name '*.db' ! -name '*-wal' ! -name '*-shm' ! -name '*-journal'
		fi
		find . \( -path "$excl" -o -name sessions -o -name logs -o -name log -o -name cache -o -name caches \
			-o -name .cache -o -name media -o -name node_modules -o -name tmp -o -name .ocm-restore -o -name .git \) -prune \
			-o "$@" -print0
	)
}

# sqlite_copy SRC DST: an online, consistent copy of a live SQLite database.
sqlite_copy() {
	if have sqlite3; then
		run_tb 120 /dev/null "$TMPD/sqlite.err" sqlite3 "$1" ".timeout 10000" ".backup \"$2\"" && return 0
	fi
	if have python3; then
		run_tb 120 /dev/null "$TMPD/sqlite.err" python3 -c 'import sqlite3,sys
s=sqlite3.connect(sys.argv[1],timeout=10);d=sqlite3.connect(sys.argv[2]);s.backup(d);d.close();s.close()' "$1" "$2" && return 0
	fi
	return 1
}

# bk_copy_tree ROOT EXCL DEST: copies what bk_find lists, keeping modes and symlinks.
bk_copy_tree() {
	mkdir -p "$3" || return 1
	[ -d "$1" ] || return 0
	# every stage must succeed: a file tar cannot read would otherwise be missing from the backup
	# (and a later restore would remove it from the node)
	(
		set -o pipefail
		bk_find "$1" "$2" | (cd "$1" && tar --null -T - -cf -) | (cd "$3" && tar -xpf -)
	)
}

# bk_apply NEW TARGET EXCL OLD LIST: make TARGET mirror NEW (within what bk_find takes), keeping a
# copy of everything replaced or removed in OLD and the created paths in LIST.
bk_apply() {
	local new=$1 target=$2 excl=$3 old=$4 list=$5 f rel t x
	[ -d "$new" ] || return 0
	mkdir -p "$target" "$old"
	: >"$list"
	while IFS= read -r -d '' f; do
		rel=${f#./}
		t="$target/$rel"
		if [ -e "$t" ] || [ -L "$t" ]; then
			mkdir -p "$old/$(dirname "$rel")"
			cp -pP "$t" "$old/$rel" || return 1
			if [ -L "$new/$rel" ] || [ -L "$t" ] || [ -d "$t" ]; then rm -rf "$t" && cp -pP "$new/$rel" "$t" || return 1
			else cp "$new/$rel" "$t" || return 1; fi # keeps the file's own mode (secrets stay 600)
		else
			mkdir -p "$(dirname "$t")"
			cp -pP "$new/$rel" "$t" || return 1
			printf '%s\0' "$rel" >>"$list"
		fi
		case $rel in *.sqlite | *.sqlite3 | *.db)
			for x in -wal -shm -journal; do
				if [ -e "$t$x" ]; then mv "$t$x" "$old/$rel$x" || return 1; fi
			done
			;;
		esac
	done < <(cd "$new" && find . \( -type f -o -type l \) -print0)
	while IFS= read -r -d '' f; do
		rel=${f#./}
		[ -e "$new/$rel" ] || [ -L "$new/$rel" ] && continue
		mkdir -p "$old/$(dirname "$rel")"
		mv "$target/$rel" "$old/$rel" || return 1
	done < <(bk_find "$target" "$excl")
	return 0
}

# bk_revert OLD TARGET LIST: undo bk_apply.
bk_revert() {
	local f rel
	if [ -f "$3" ]; then
		while IFS= read -r -d '' rel; do rm -f "$2/$rel"; done <"$3"
	fi
	[ -d "$1" ] || return 0
	while IFS= read -r -d '' f; do
		rel=${f#./}
		mkdir -p "$(dirname "$2/$rel")"
		# shellcheck disable=SC2115 # $2 is OC_HOME or WS_DIR, never empty
		rm -rf "$2/$rel"
		cp -pP "$1/$rel" "$2/$rel"
	done < <(cd "$1" && find . \( -type f -o -type l \) -print0)
}

restore_record() { # restore_record ID STATE
	mkdir -p "$HOME/.ocm"
	printf '%s %s\n' "$1" "$2" >"$HOME/.ocm/restore-last"
}

# ---------------------------------------------------------------- agent/src/lib/gateway.sh
# The gateway: its service manager, /health, its pid, stop/start and waiting for health.

UNIT=openclaw-gateway.service
LAUNCHD_LABEL=ai.openclaw.gateway

service_manager() {
	SVC=none
	if have systemctl; then
		if systemctl --user cat "$UNIT" >/dev/null 2>&1; then
			SVC=systemd
			return
		fi
		local rc
		systemctl --user status "$UNIT" >/dev/null 2>&1
		rc=$?
		# 0 = active, 3 = unit exists but is not running, 4 = no such unit (1 = no bus etc.)
		if [ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || [ -f "$HOME/.config/systemd/user/$UNIT" ]; then
			SVC=systemd
			return
		fi
	fi
	if have launchctl; then
		# `launchctl list LABEL` may not see the gui domain from an SSH session: print it directly,
		# and accept the installed plist too.
		if launchctl list "$LAUNCHD_LABEL" >/dev/null 2>&1 ||
			launchctl print "gui/$(id -u)/$LAUNCHD_LABEL" >/dev/null 2>&1 ||
			[ -f "$HOME/Library/LaunchAgents/$LAUNCHD_LABEL.plist" ]; then
			SVC=launchd
		fi
	fi
}

# http_health: sets HEALTHY=true|false from GET http://127.0.0.1:$PORT/health (2 s timeout).
http_health() {
	HEALTHY=false
	local code="" body=""
	tmpdir
	if have curl; then
		rm -f "$TMPD/health.body"
		code=$(curl -q -s -m 2 --noproxy '*' -o "$TMPD/health.body" -w '%{http_code}' \
			"http://127.0.0.1:$PORT/health" 2>/dev/null)
		body=$(head -c 65536 "$TMPD/health.body" 2>/dev/null)
	else
		local resp=""
		resp=$(
			exec 2>/dev/null
			exec 3<>"/dev/tcp/127.0.0.1/$PORT" || exit 1
			printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$PORT" >&3
			i=0
			while [ "$i" -lt 200 ]; do
				line=""
				IFS= read -r -t 2 line <&3 || { [ -n "$line" ] && printf '%s\n' "$line"; break; }
				printf '%s\n' "$line"
				i=$((i + 1))
			done
			exec 3<&-
		)
		code=${resp%%"$NL"*}
		code=${code#HTTP/* }
		code=${code%% *}
		case $resp in *"$CR$NL$CR$NL"*) body=${resp#*"$CR$NL$CR$NL"} ;; *"$NL$NL"*) body=${resp#*"$NL$NL"} ;; esac
	fi
	case $code in 2[0-9][0-9]) ;; *) return ;; esac
	body=${body//[[:space:]]/}
	case $body in *'"ok":true'* | *'"status":"live"'*) HEALTHY=true ;; esac
}

# find_pid: sets GW_PID to the gateway's pid: ~/.ocm/gateway.pid (if alive), the listener on
# $PORT (lsof, then ss), then a process whose command line matches openclaw.*gateway.
find_pid() {
	GW_PID=""
	local p="" line="" local_addr rest
	if [ -f "$HOME/.ocm/gateway.pid" ]; then
		read -r p rest <"$HOME/.ocm/gateway.pid" 2>/dev/null
		if is_uint "${p:-x}" && alive "$p"; then
			GW_PID=$p
			return
		fi
	fi
	if have lsof; then
		p=$(lsof -nP -iTCP:"$PORT" -sTCP:LISTEN -t 2>/dev/null | head -n 1)
		if is_uint "${p:-x}"; then
			GW_PID=$p
			return
		fi
	fi
	if have ss; then
		while read -r _ _ _ local_addr _ rest; do
			case $local_addr in *:"$PORT") ;; *) continue ;; esac
			case $rest in *pid=[0-9]*)
				p=${rest#*pid=}
				p=${p%%[!0-9]*}
				GW_PID=$p
				return
				;;
			esac
		done <<EOF
$(ss -ltnp 2>/dev/null)
EOF
	fi
	if have pgrep; then
		for p in $(pgrep -u "$(id -u)" -f 'openclaw.*gateway' 2>/dev/null); do
			[ "$p" = "$$" ] && continue
			# Only a node (or openclaw) process counts: not this agent, `systemctl ... openclaw-gateway`,
			# `journalctl -u openclaw-gateway` or an editor that happen to match.
			line=$(ps -o args= -p "$p" 2>/dev/null)
			line=${line%% *}
			case ${line##*/} in node | node[0-9]* | nodejs | bun | openclaw*) ;; *) continue ;; esac
			GW_PID=$p
			return
		done
	fi
}

default_disk_path() {
	if [ -n "$DISK_PATH" ]; then return; fi
	if [ -d "$OC_HOME" ]; then DISK_PATH=$OC_HOME; else DISK_PATH=$HOME; fi
}

# gw_stop / gw_start: the gateway through its service manager (or the pid and --restart-cmd).
gw_stop() {
	if [ -n "$RESTART_CMD" ]; then GW_METHOD=custom; else service_manager; GW_METHOD=$SVC; fi
	case $GW_METHOD in
	systemd) run_tb 60 "$TMPD/gw.out" - with_user_locale systemctl --user stop "$UNIT" && return 0 ;;
	esac
	local i=0
	find_pid
	[ -n "$GW_PID" ] || return 0
	kill -TERM "$GW_PID" 2>/dev/null
	while alive "$GW_PID" && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	alive "$GW_PID" && kill -KILL "$GW_PID" 2>/dev/null
	return 0
}

gw_start() {
	case $GW_METHOD in
	systemd) run_tb 60 "$TMPD/gw.out" - with_user_locale systemctl --user start "$UNIT" ;;
	launchd) run_tb 60 "$TMPD/gw.out" - with_user_locale launchctl kickstart -k "gui/$(id -u)/$LAUNCHD_LABEL" ;;
	custom) run_tb 120 "$TMPD/gw.out" - with_user_locale sh -c "$RESTART_CMD" ;;
	*) return 1 ;;
	esac
}

# wait_healthy SECONDS: sets HEALTHY after polling /health for up to SECONDS.
wait_healthy() {
	local start limit=$(($1 * 1000))
	now_ms
	start=$NOW_MS
	while :; do
		http_health
		[ "$HEALTHY" = true ] && return 0
		now_ms
		[ $((NOW_MS - start)) -lt "$limit" ] || return 1
		sleep 0.5
	done
}

# ---------------------------------------------------------------- agent/src/lib/json.sh
# JSON output: string escaping, numbers, the one answer line (fd 5) and failures.

BS=\\
DQ='"'
NL=$'\n'
CR=$'\r'
TAB=$'\t'
BSP=$'\b'
FF=$'\f'
NUM_RE='^-?(0|[1-9][0-9]*)(\.[0-9]+)?$'
UINT_RE='^[0-9]+$'

# jesc_ctrl STRING: escape the control characters left after the named ones (slow path).
jesc_ctrl() {
	local s=$1 out="" c="" n=0 i=0 len=${#1}
	while [ "$i" -lt "$len" ]; do
		c=${s:$i:1}
		case $c in [[:cntrl:]])
			printf -v n '%d' "'$c"
			n=$((n & 255))
			# bytes >= 0x80 stay as they are (UTF-8); only C0 controls and DEL are escaped
			if [ "$n" -lt 32 ] || [ "$n" -eq 127 ]; then printf -v c '\\u%04x' "$n"; fi
			;;
		esac
		out="$out$c"
		i=$((i + 1))
	done
	JS_RAW=$out
}

# jstr STRING: sets JS to STRING as a JSON string literal (quotes included).
jstr() {
	local s=$1
	case $s in *"$BS"*) s=${s//"$BS"/"$BS$BS"} ;; esac
	case $s in *"$DQ"*) s=${s//"$DQ"/"$BS$DQ"} ;; esac
	case $s in *"$NL"*) s=${s//"$NL"/"${BS}n"} ;; esac
	case $s in *"$CR"*) s=${s//"$CR"/"${BS}r"} ;; esac
	case $s in *"$TAB"*) s=${s//"$TAB"/"${BS}t"} ;; esac
	case $s in *"$BSP"*) s=${s//"$BSP"/"${BS}b"} ;; esac
	case $s in *"$FF"*) s=${s//"$FF"/"${BS}f"} ;; esac
	case $s in *[[:cntrl:]]*)
		jesc_ctrl "$s"
		s=$JS_RAW
		;;
	esac
	JS="\"$s\""
}

# jstrn STRING: like jstr, but an empty STRING becomes null.
jstrn() {
	if [ -z "$1" ]; then JS=null; else jstr "$1"; fi
}

# jnum VALUE: sets JN to VALUE if it is a JSON number, else null.
jnum() {
	if [[ $1 =~ $NUM_RE ]]; then JN=$1; else JN=null; fi
}

emit() {
	printf '%s\n' "$1" >&5
}

fail() { # fail EXIT_CODE MESSAGE
	printf 'ocm-agent: %s\n' "$2" >&2
	jstr "$2"
	emit "{\"ok\":false,\"error\":$JS}"
	exit "$1"
}

# ---------------------------------------------------------------- agent/src/lib/main.sh
# Startup and dispatch: the environment every subcommand runs in, the command line, and the
# subcommand table, which is the set of cmd_* functions (agent/src/cmd/<name>.sh, each with the
# AGENT_USAGE_cmd_<name> line the build derives from its "# Usage:" comment).

# agent_init: strict mode, C locale, the answer on fd 5 (fd 1 goes to stderr), PATH and cleanup.
agent_init() {
	set -u
	# bash 5.2: '&' in a ${x//a/b} replacement means "the match"; we want it literal.
	shopt -u patsub_replacement 2>/dev/null || true

	ORIG_LC_ALL=${LC_ALL:-}
	export LC_ALL=C # byte-wise string handling and '.' as the decimal point everywhere

	# The JSON answer goes to fd 5 (the real stdout); fd 1 points at stderr so that a stray
	# line from any tool can never corrupt the answer. Long-lived children get 5>&- (run_tb).
	exec 5>&1 1>&2

	HOME=${HOME:-}
	if [ -z "$HOME" ]; then HOME=$(cd ~ 2>/dev/null && pwd) || HOME=/; fi
	case ":$PATH:" in *:/usr/sbin:*) ;; *) PATH="$PATH:/usr/sbin" ;; esac
	case ":$PATH:" in *:/sbin:*) ;; *) PATH="$PATH:/sbin" ;; esac
	export PATH HOME

	# systemctl --user over a non-interactive SSH session sometimes lacks XDG_RUNTIME_DIR.
	if [ -z "${XDG_RUNTIME_DIR:-}" ] && [ -d "/run/user/$(id -u 2>/dev/null)" ]; then
		XDG_RUNTIME_DIR="/run/user/$(id -u)"
		export XDG_RUNTIME_DIR
	fi

	trap cleanup EXIT
	trap 'cleanup; exit 130' INT
	trap 'cleanup; exit 143' TERM
}

# parse_opts ARGS...: sets SUBCMD, LOGS_ARG and the option variables (lib/options.sh).
parse_opts() {
	local arg
	OC_HOME="$HOME/.openclaw"
	while [ $# -gt 0 ]; do
		arg=$1
		shift
		case $arg in
		--home | --port | --disk-path | --restart-cmd | --wait | --id | --cursor | --pattern)
			[ $# -gt 0 ] || fail 2 "option $arg needs a value"
			set_opt "$arg" "$1"
			shift
			;;
		--home=* | --port=* | --disk-path=* | --restart-cmd=* | --wait=* | --id=* | --cursor=* | --pattern=*)
			set_opt "${arg%%=*}" "${arg#*=}"
			;;
		-*)
			fail 2 "unknown option: $arg"
			;;
		*)
			if [ -z "$SUBCMD" ]; then
				SUBCMD=$arg
			elif [ "$SUBCMD" = logs ] && [ -z "$LOGS_ARG" ]; then
				LOGS_ARG=$arg
			else
				fail 2 "unexpected argument: $arg"
			fi
			;;
		esac
	done
}

# subcommands: sets SUBCOMMANDS to the subcommand names, one per line, sorted: each cmd_NAME
# function that has its AGENT_USAGE_cmd_NAME line (cmd_backup_pack runs as "backup-pack").
subcommands() {
	local f v _d _f
	SUBCOMMANDS=""
	while read -r _d _f f; do
		case $f in cmd_*) ;; *) continue ;; esac
		v="AGENT_USAGE_$f"
		[ -n "${!v:-}" ] || continue
		f=${f#cmd_}
		SUBCOMMANDS="$SUBCOMMANDS${SUBCOMMANDS:+$NL}${f//_/-}"
	done <<EOF_FNS
$(declare -F)
EOF_FNS
}

# subcommand_fn NAME: sets SUBCMD_FN to the function that runs subcommand NAME (fails if none).
subcommand_fn() {
	local v
	SUBCMD_FN=""
	case $1 in '' | *[!a-z0-9-]*) return 1 ;; esac
	v="AGENT_USAGE_cmd_${1//-/_}"
	[ -n "${!v:-}" ] || return 1
	declare -F "cmd_${1//-/_}" >/dev/null || return 1
	SUBCMD_FN="cmd_${1//-/_}"
}

# one_of: sets ONE_OF to "backup-pack, clock, …, logs [N], …": the subcommands and their
# arguments (the words of the usage line before the first option).
one_of() {
	local name v w rest i
	local -a words
	ONE_OF=""
	subcommands
	while IFS= read -r name; do
		v="AGENT_USAGE_cmd_${name//-/_}"
		read -r -a words <<<"${!v}"
		rest=""
		i=1 # words[0] is the name; no "${words[@]:1}": bash < 4.4 calls an empty one unbound
		while [ "$i" -lt "${#words[@]}" ]; do
			w=${words[$i]}
			case $w in -* | '[-'*) break ;; esac
			rest="$rest $w"
			i=$((i + 1))
		done
		ONE_OF="$ONE_OF${ONE_OF:+, }$name$rest"
	done <<EOF_NAMES
$SUBCOMMANDS
EOF_NAMES
}

# detect_os: sets OS to linux, darwin or the lowercased kernel name.
detect_os() {
	OS_RAW=$(uname -s 2>/dev/null)
	case $OS_RAW in
	Linux) OS=linux ;;
	Darwin) OS=darwin ;;
	*) OS=$(printf '%s' "$OS_RAW" | tr '[:upper:]' '[:lower:]') ;;
	esac
}

# main ARGS...: the agent run as a program (the build calls it unless OCM_AGENT_SOURCED is set).
main() {
	agent_init
	parse_opts "$@"
	detect_os
	if [ -z "$PORT" ]; then
		config_gateway_port
		[ -n "$PORT" ] || PORT=18789
	fi
	if [ -z "$SUBCMD" ]; then
		one_of
		fail 2 "missing subcommand (one of: $ONE_OF)"
	fi
	if ! subcommand_fn "$SUBCMD"; then
		one_of
		fail 2 "unknown subcommand: $SUBCMD (one of: $ONE_OF)"
	fi
	"$SUBCMD_FN"
}

# ---------------------------------------------------------------- agent/src/lib/openclaw.sh
# OpenClaw facts: the CLI, its version and skills, its config file and logs.

# find_openclaw: sets OC_BIN. Over SSH nvm/npm-global bins are often not on PATH, so look
# in the usual places too and put the directory found first on PATH (its node comes along).
find_openclaw() {
	OC_BIN=$(command -v openclaw 2>/dev/null)
	[ -n "$OC_BIN" ] && return
	local d found=""
	# The last match wins: for nvm that is the highest version (v18 < v20 < v24).
	for d in "$HOME/.npm-global/bin" "$HOME/.local/bin" "$HOME/.volta/bin" "$HOME/.bun/bin" \
		"$HOME/.local/share/pnpm" "$HOME/Library/pnpm" /usr/local/bin /opt/homebrew/bin \
		"$HOME"/.nvm/versions/node/*/bin; do
		if [ -x "$d/openclaw" ] && [ ! -d "$d/openclaw" ]; then found=$d; fi
	done
	if [ -n "$found" ]; then
		OC_BIN="$found/openclaw"
		PATH="$found:$PATH"
	fi
}

run_openclaw() { # run_openclaw SECONDS OUT ARGS...
	local secs=$1 out=$2
	shift 2
	tmpdir
	run_tb "$secs" "$out" "$TMPD/openclaw.err" with_user_locale env NO_COLOR=1 FORCE_COLOR=0 "$OC_BIN" "$@"
}

# openclaw_version: sets OC_VERSION from `openclaw --version` ("OpenClaw 2026.9.6 (eb377ac)"),
# falling back to the package.json next to the resolved binary.
openclaw_version() {
	OC_VERSION=""
	[ -n "$OC_BIN" ] || return
	local re='[0-9]+\.[0-9]+(\.[0-9]+)*(-[0-9A-Za-z.]+)?' out="" p t i=0 line
	tmpdir
	# Only trust a successful run: an error (e.g. "needs Node >= 24.16") also contains numbers.
	if run_openclaw 10 "$TMPD/version.out" --version; then
		out=$(head -n 5 "$TMPD/version.out" 2>/dev/null)
	else
		out=""
	fi
	if [[ $out =~ $re ]]; then
		OC_VERSION=${BASH_REMATCH[0]}
		return
	fi
	p=$OC_BIN
	while [ -L "$p" ] && [ "$i" -lt 20 ]; do
		t=$(readlink "$p" 2>/dev/null) || break
		case $t in /*) p=$t ;; *) p="$(dirname "$p")/$t" ;; esac
		i=$((i + 1))
	done
	for t in "$(dirname "$p")/package.json" "$(dirname "$p")/../package.json"; do
		[ -f "$t" ] || continue
		grep -q '"name"[[:space:]]*:[[:space:]]*"openclaw"' "$t" 2>/dev/null || continue
		line=$(grep -m 1 '"version"[[:space:]]*:' "$t" 2>/dev/null)
		if [[ $line =~ $re ]]; then
			OC_VERSION=${BASH_REMATCH[0]}
			return
		fi
	done
}

# skills_summary FILE: FILE holds `openclaw skills list --json` output, possibly after noise lines.
# Parses the first JSON value (from the first line starting with [ or {) and prints a compact
# [{"name":..,"eligible":..,"disabled":..},...] for the objects in its "skills" array (or in the
# top-level array). Prints nothing if the text is not valid JSON or has no such array, so only
# well-formed JSON ever reaches the answer. Strings are copied as they were (already escaped).
skills_summary() {
	awk '
	function ws() { while (pos <= n && index(" \t\r\n", substr(s, pos, 1)) > 0) pos++ }
	function str(   c) {
		pos++
		while (pos <= n) {
			c = substr(s, pos, 1)
			if (c == "\\") { pos += 2; continue }
			if (c == "\"") { pos++; return 1 }
			if (c < " ") return 0
			pos++
		}
		return 0
	}
	function num(   t) {
		t = substr(s, pos, 64)
		if (!match(t, /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/)) return 0
		pos += RLENGTH
		return 1
	}
	# mode: "top" (the whole value), "list" (the skills array), "skill" (one of its objects), "" (other)
	function val(mode,   c, r) {
		if (++depth > 200) return 0
		ws(); c = substr(s, pos, 1)
		if (c == "{") r = obj(mode)
		else if (c == "[") r = arr(mode == "top" ? "list" : mode)
		else if (c == "\"") r = str()
		else if (substr(s, pos, 4) == "true" || substr(s, pos, 4) == "null") { pos += 4; r = 1 }
		else if (substr(s, pos, 5) == "false") { pos += 5; r = 1 }
		else r = num()
		depth--
		return r
	}
	function obj(mode,   c, k, v0, v, name, elig, dis) {
		pos++; ws()
		name = ""; elig = "null"; dis = "null"
		if (substr(s, pos, 1) == "}") { pos++; return 1 }
		while (1) {
			ws(); if (substr(s, pos, 1) != "\"") return 0
			k = pos; if (!str()) return 0
			k = substr(s, k, pos - k)
			ws(); if (substr(s, pos, 1) != ":") return 0
			pos++; ws(); v0 = pos
			if (mode == "top" && k == "\"skills\"" && substr(s, pos, 1) == "[") { if (!val("list")) return 0 }
			else if (!val("")) return 0
			if (mode == "skill") {
				v = substr(s, v0, pos - v0)
				if (k == "\"name\"" && substr(v, 1, 1) == "\"") name = v
				if (k == "\"eligible\"" && (v == "true" || v == "false")) elig = v
				if (k == "\"disabled\"" && (v == "true" || v == "false")) dis = v
			}
			ws(); c = substr(s, pos, 1); pos++
			if (c == "}") break
			if (c != ",") return 0
		}
		if (mode == "skill" && name != "") {
			out = out (nout++ ? "," : "") "{\"name\":" name ",\"eligible\":" elig ",\"disabled\":" dis "}"
		}
		return 1
	}
	function arr(mode,   c) {
		if (mode == "list") found = 1
		pos++; ws()
		if (substr(s, pos, 1) == "]") { pos++; return 1 }
		while (1) {
			if (!val(mode == "list" ? "skill" : "")) return 0
			ws(); c = substr(s, pos, 1); pos++
			if (c == "]") return 1
			if (c != ",") return 0
		}
	}
	!started && /^[ \t]*[[{]/ { started = 1 }
	started { gsub(/\r/, ""); s = s (s == "" ? "" : " ") $0 }
	END {
		n = length(s); pos = 1; depth = 0; out = ""; nout = 0; found = 0
		if (n > 0 && val("top") && found) print "[" out "]"
	}' "$1" 2>/dev/null
}

openclaw_skills() {
	OC_SKILLS=null
	[ -n "$OC_BIN" ] || return
	local out=""
	tmpdir
	run_openclaw 20 "$TMPD/skills.out" skills list --json
	out=$(skills_summary "$TMPD/skills.out")
	[ -n "$out" ] && OC_SKILLS=$out
}

# service_manager: sets SVC to systemd | launchd | none.

# json_get FILE a.b.c: prints the scalar at that key path of a JSON (or JSON5: comments, unquoted
# keys, single quotes, trailing commas) file, or nothing. Nested objects anywhere are fine.
json_get() {
	[ -f "$1" ] || return 0
	awk -v target="$2" '
	function path(   d, p) {
		p = ""
		for (d = 1; d <= depth; d++) { if (type[d] != "o") return "\001"; p = p (d > 1 ? "." : "") key[d] }
		return p
	}
	{ s = s $0 "\n" }
	END {
		n = length(s); i = 1; depth = 0
		while (i <= n) {
			c = substr(s, i, 1)
			if (c == " " || c == "\t" || c == "\r" || c == "\n" || c == ",") { i++; continue }
			if (c == "/" && substr(s, i + 1, 1) == "/") { j = index(substr(s, i), "\n"); i = j ? i + j : n + 1; continue }
			if (c == "/" && substr(s, i + 1, 1) == "*") { j = index(substr(s, i + 2), "*/"); i = j ? i + j + 3 : n + 1; continue }
			if (c == "{" || c == "[") { depth++; type[depth] = (c == "{" ? "o" : "a"); key[depth] = ""; want[depth] = (c == "{"); i++; continue }
			if (c == "}" || c == "]") { depth--; i++; if (depth >= 1 && type[depth] == "o") want[depth] = 1; continue }
			if (c == ":") { want[depth] = 0; i++; continue }
			if (c == "\"" || c == "\047") {
				q = c; tok = ""; i++
				while (i <= n) {
					c = substr(s, i, 1)
					if (c == "\\") { c = substr(s, i + 1, 1); tok = tok (c == "n" ? "\n" : c == "t" ? "\t" : c); i += 2; continue }
					if (c == q) { i++; break }
					tok = tok c; i++
				}
			} else {
				match(substr(s, i), /^[^ \t\r\n,:{}\[\]]+/)
				if (RLENGTH < 1) { i++; continue }
				tok = substr(s, i, RLENGTH); i += RLENGTH
			}
			if (depth >= 1 && type[depth] == "o" && want[depth]) { key[depth] = tok; continue }
			if (path() == target) { print tok; exit }
			if (depth >= 1 && type[depth] == "o") want[depth] = 1
		}
	}' "$1" 2>/dev/null
}

# logging.file from $OC_HOME/openclaw.json
config_log_file() {
	CFG_LOG=""
	local v=""
	v=$(json_get "$OC_HOME/openclaw.json" logging.file)
	[ -n "$v" ] || return
	expand_tilde "$v"
	case $EXPANDED in /*) CFG_LOG=$EXPANDED ;; *) CFG_LOG="$OC_HOME/$EXPANDED" ;; esac
}

newest_file() {
	NEWEST=""
	local f have_any=0
	for f in "$@"; do [ -f "$f" ] && have_any=1 && break; done
	[ "$have_any" = 1 ] || return
	# shellcheck disable=SC2012 # newest by mtime, portable to BSD (no find -printf)
	NEWEST=$(ls -t "$@" 2>/dev/null | head -n 1)
	[ -f "$NEWEST" ] || NEWEST=""
}


# gateway.port from $OC_HOME/openclaw.json
config_gateway_port() {
	local v=""
	v=$(json_get "$OC_HOME/openclaw.json" gateway.port)
	is_uint "$v" && PORT=$v
}

find_log_file() {
	LOG_FILE=""
	config_log_file
	if [ -n "$CFG_LOG" ] && [ -f "$CFG_LOG" ]; then
		LOG_FILE=$CFG_LOG
		return
	fi
	local t=${TMPDIR:-/tmp}
	t=${t%/}
	newest_file /tmp/openclaw/openclaw-*.log
	[ -n "$NEWEST" ] || [ "$t" = /tmp ] || newest_file "$t"/openclaw/openclaw-*.log
	[ -n "$NEWEST" ] || newest_file "$OC_HOME"/logs/*.log
	LOG_FILE=$NEWEST
}

# ---------------------------------------------------------------- agent/src/lib/options.sh
# Options: the defaults, one option's check (set_opt) and the command line (parse_opts).

SUBCMD=""
LOGS_ARG=""
# set by parse_opts: $HOME/.openclaw unless --home says otherwise
OC_HOME=""
# empty: gateway.port from openclaw.json, else 18789
PORT=""
DISK_PATH=""
RESTART_CMD=""
WAIT_S=30
RESTORE_ID=""
# logscan (watchdog): where the last scan stopped, and the patterns, one per line
LOGSCAN_CURSOR=""
LOGSCAN_PATTERNS=""

set_opt() {
	case $1 in
	--home)
		[ -n "$2" ] || fail 2 "--home needs a directory"
		expand_tilde "$2"
		OC_HOME=$EXPANDED
		;;
	--port)
		if ! { is_uint "$2" && [ "$((10#$2))" -ge 1 ] && [ "$((10#$2))" -le 65535 ]; }; then
			fail 2 "--port must be an integer between 1 and 65535 (got '$2')"
		fi
		PORT=$((10#$2))
		;;
	--disk-path)
		[ -n "$2" ] || fail 2 "--disk-path needs a directory"
		expand_tilde "$2"
		DISK_PATH=$EXPANDED
		;;
	--restart-cmd)
		[ -n "$2" ] || fail 2 "--restart-cmd needs a command"
		RESTART_CMD=$2
		;;
	--wait)
		if ! { is_uint "$2" && [ "$((10#$2))" -le 3600 ]; }; then
			fail 2 "--wait must be a whole number of seconds between 0 and 3600 (got '$2')"
		fi
		WAIT_S=$((10#$2))
		;;
	--id)
		case $2 in '' | *[!A-Za-z0-9._-]*) fail 2 "--id must be letters, digits, '.', '_' or '-' (got '$2')" ;; esac
		RESTORE_ID=$2
		;;
	--cursor)
		case $2 in '' | *[!0-9:]*) fail 2 "--cursor must look like INODE:OFFSET (got '$2')" ;; esac
		LOGSCAN_CURSOR=$2
		;;
	--pattern)
		[ -n "$2" ] || fail 2 "--pattern needs a regular expression"
		if [ -z "$LOGSCAN_PATTERNS" ]; then LOGSCAN_PATTERNS=$2; else LOGSCAN_PATTERNS="$LOGSCAN_PATTERNS$NL$2"; fi
		;;
	esac
}

# ---------------------------------------------------------------- agent/src/lib/progress.sh
# Progress: a long subcommand may print NDJSON progress lines before its one answer line.

# progress MESSAGE [KEY=VALUE]...: prints {"progress":MESSAGE,KEY:VALUE,...} as one line on the
# answer stream; a VALUE that is a JSON number stays a number, anything else becomes a string.
# KEY must be letters, digits and '_' (others are dropped). OCM hands each line to onProgress
# while the command runs; the last line is still the result.
progress() {
	local line kv k v
	jstr "$1"
	line="{\"progress\":$JS"
	shift
	for kv in "$@"; do
		case $kv in *=*) ;; *) continue ;; esac
		k=${kv%%=*}
		v=${kv#*=}
		case $k in '' | *[!A-Za-z0-9_]*) continue ;; esac
		if [[ $v =~ $NUM_RE ]]; then line="$line,\"$k\":$v"; else jstr "$v"; line="$line,\"$k\":$JS"; fi
	done
	emit "$line}"
}

# ---------------------------------------------------------------- agent/src/lib/system.sh
# System facts: OS, disk, memory, CPU, uptime and load.

# disk_info PATH: sets DISK_TOTAL DISK_USED DISK_AVAIL (bytes) and DISK_PCT (integer, as df).
disk_info() {
	DISK_TOTAL="" DISK_USED="" DISK_AVAIL="" DISK_PCT=""
	local line="" i=1 n f
	local -a a
	line=$(df -Pk "$1" 2>/dev/null | tail -n 1)
	[ -n "$line" ] || return
	read -r -a a <<<"$line"
	n=${#a[@]}
	# Find the capacity column ("55%"); the three before it are size, used, available.
	while [ "$i" -lt "$n" ]; do
		case ${a[$i]} in *%) break ;; esac
		i=$((i + 1))
	done
	[ "$i" -lt "$n" ] && [ "$i" -ge 3 ] || return
	for f in "${a[$((i - 3))]}" "${a[$((i - 2))]}" "${a[$((i - 1))]}"; do
		[[ $f =~ $UINT_RE ]] || return
	done
	DISK_TOTAL=$((a[i - 3] * 1024))
	DISK_USED=$((a[i - 2] * 1024))
	DISK_AVAIL=$((a[i - 1] * 1024))
	DISK_PCT=${a[$i]%\%}
	if ! [[ $DISK_PCT =~ $UINT_RE ]]; then
		# df prints "-" for some pseudo file systems: compute like df does (rounded up).
		local d=$((DISK_USED + DISK_AVAIL))
		if [ "$d" -gt 0 ]; then DISK_PCT=$(((DISK_USED * 100 + d - 1) / d)); else DISK_PCT=""; fi
	fi
}

# mem_info: sets MEM_TOTAL MEM_AVAIL MEM_USED (bytes) and MEM_PCT (one decimal).
mem_info() {
	MEM_TOTAL="" MEM_AVAIL="" MEM_USED="" MEM_PCT=""
	local k v rest free=0 buffers=0 cached=0 pagesize="" pfree="" pinact="" pspec=""
	if [ "$OS" = darwin ]; then
		MEM_TOTAL=$(sysctl -n hw.memsize 2>/dev/null)
		[[ $MEM_TOTAL =~ $UINT_RE ]] || MEM_TOTAL=""
		local vm=""
		vm=$(vm_stat 2>/dev/null)
		while IFS= read -r k; do
			case $k in
			*"page size of "*)
				v=${k#*page size of }
				pagesize=${v%% *}
				;;
			"Pages free:"*) pfree=${k##* } ;;
			"Pages inactive:"*) pinact=${k##* } ;;
			"Pages speculative:"*) pspec=${k##* } ;;
			esac
		done <<EOF
$vm
EOF
		pfree=${pfree%.}
		pinact=${pinact%.}
		pspec=${pspec%.}
		[[ ${pspec:-x} =~ $UINT_RE ]] || pspec=0
		if [[ ${pagesize:-x} =~ $UINT_RE ]] && [[ ${pfree:-x} =~ $UINT_RE ]] && [[ ${pinact:-x} =~ $UINT_RE ]]; then
			MEM_AVAIL=$(((pfree + pinact + pspec) * pagesize))
		fi
	elif [ -r /proc/meminfo ]; then
		local avail=""
		while read -r k v rest; do
			case $k in
			MemTotal:) MEM_TOTAL=$((v * 1024)) ;;
			MemAvailable:) avail=$((v * 1024)) ;;
			MemFree:) free=$((v * 1024)) ;;
			Buffers:) buffers=$((v * 1024)) ;;
			Cached:) cached=$((v * 1024)) ;;
			esac
		done </proc/meminfo
		if [ -n "$avail" ]; then MEM_AVAIL=$avail; else MEM_AVAIL=$((free + buffers + cached)); fi
	fi
	if [ -n "$MEM_TOTAL" ] && [ -n "$MEM_AVAIL" ]; then
		[ "$MEM_AVAIL" -le "$MEM_TOTAL" ] || MEM_AVAIL=$MEM_TOTAL
		MEM_USED=$((MEM_TOTAL - MEM_AVAIL))
		pct10 "$MEM_USED" "$MEM_TOTAL"
		MEM_PCT=$PCT
	else
		MEM_AVAIL=""
	fi
}

cpu_count() {
	CPU_COUNT=""
	if [ "$OS" = darwin ]; then
		CPU_COUNT=$(sysctl -n hw.ncpu 2>/dev/null)
	elif have nproc; then
		CPU_COUNT=$(nproc 2>/dev/null)
	fi
	[[ ${CPU_COUNT:-x} =~ $UINT_RE ]] || CPU_COUNT=$(getconf _NPROCESSORS_ONLN 2>/dev/null)
	[[ ${CPU_COUNT:-x} =~ $UINT_RE ]] && [ "$CPU_COUNT" -ge 1 ] || CPU_COUNT=""
}

# Linux: busy share of all CPUs between two /proc/stat samples 0.2 s apart.
# macOS: sum of `ps -A -o %cpu` divided by the CPU count.
cpu_pct() {
	CPU_PCT=""
	if [ "$OS" = darwin ]; then
		[ -n "$CPU_COUNT" ] || return
		CPU_PCT=$(ps -A -o %cpu 2>/dev/null | awk -v n="$CPU_COUNT" '
			NR > 1 && $1 ~ /^[0-9.]+$/ { s += $1 }
			END { p = s / n; if (p > 100) p = 100; printf "%.1f", p }')
	elif [ -r /proc/stat ]; then
		local c u n s i w q sq st rest t1 i1 t2 i2
		read -r c u n s i w q sq st rest </proc/stat
		[ "$c" = cpu ] || return
		t1=$((u + n + s + i + ${w:-0} + ${q:-0} + ${sq:-0} + ${st:-0}))
		i1=$((i + ${w:-0}))
		sleep 0.2
		read -r c u n s i w q sq st rest </proc/stat
		t2=$((u + n + s + i + ${w:-0} + ${q:-0} + ${sq:-0} + ${st:-0}))
		i2=$((i + ${w:-0}))
		if [ "$t2" -gt "$t1" ]; then
			pct10 "$(((t2 - t1) - (i2 - i1)))" "$((t2 - t1))"
			CPU_PCT=$PCT
		else
			CPU_PCT=0.0
		fi
	fi
}

uptime_load() {
	UPTIME_S="" LOAD1="" LOAD5="" LOAD15=""
	local a b c rest
	if [ "$OS" = darwin ]; then
		local bt now
		bt=$(sysctl -n kern.boottime 2>/dev/null)
		bt=${bt#*sec = }
		bt=${bt%%,*}
		now=$(date +%s)
		if [[ $bt =~ $UINT_RE ]] && [[ $now =~ $UINT_RE ]]; then UPTIME_S=$((now - bt)); fi
		read -r a b c rest <<EOF
$(sysctl -n vm.loadavg 2>/dev/null | tr -d '{}')
EOF
		LOAD1=${a:-} LOAD5=${b:-} LOAD15=${c:-}
	else
		if [ -r /proc/uptime ]; then
			read -r a rest </proc/uptime
			UPTIME_S=${a%%.*}
		fi
		if [ -r /proc/loadavg ]; then
			read -r a b c rest </proc/loadavg
			LOAD1=$a LOAD5=$b LOAD15=$c
		fi
	fi
}

os_version() {
	OS_VERSION=""
	if [ "$OS" = darwin ]; then
		local v
		v=$(sw_vers -productVersion 2>/dev/null)
		[ -n "$v" ] && OS_VERSION="macOS $v"
	elif [ -r /etc/os-release ]; then
		local line
		while IFS= read -r line; do
			case $line in PRETTY_NAME=*)
				line=${line#PRETTY_NAME=}
				line=${line#\"}
				line=${line%\"}
				line=${line#\'}
				line=${line%\'}
				OS_VERSION=$line
				;;
			esac
		done </etc/os-release
	fi
	[ -n "$OS_VERSION" ] || OS_VERSION=$(uname -sr 2>/dev/null)
}

# ---------------------------------------------------------------- agent/src/lib/util.sh
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

# ---------------------------------------------------------------- agent/src/cmd/backup-pack.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_backup_pack='backup-pack [--home DIR]'
# backup-pack: a tar.gz of the OpenClaw config and workspace on stdout (see lib/backup.sh).
# Usage: backup-pack [--home DIR]
cmd_backup_pack() {
	local s f rel n=0 j sq="" skipped="" cron=false cron_err="" hdr
	tmpdir
	s="$TMPD/pack"
	mkdir -p "$s/config" "$s/workspace" || fail 1 "cannot create a temporary folder on the node"
	[ -d "$OC_HOME" ] || fail 1 "OpenClaw home $OC_HOME does not exist on this node"
	workspace_dir
	bk_copy_tree "$OC_HOME" "$WS_EXCL" "$s/config" || fail 1 "cannot read $OC_HOME"
	bk_copy_tree "$WS_DIR" ./.ocm-none "$s/workspace" || fail 1 "cannot read the workspace $WS_DIR"
	while IFS= read -r -d '' f; do
		rel=${f#./}
		mkdir -p "$s/config/$(dirname "$rel")"
		hdr=$(head -c 15 "$OC_HOME/$rel" 2>/dev/null)
		if [ "$hdr" != "SQLite format 3" ]; then
			cp -p "$OC_HOME/$rel" "$s/config/$rel"
			continue
		fi
		n=$((n + 1))
		jstr "config/$rel"
		if sqlite_copy "$OC_HOME/$rel" "$TMPD/db.$n" && mv "$TMPD/db.$n" "$s/config/$rel"; then
			sq="$sq${sq:+,}$JS"
		else
			rm -f "$TMPD/db.$n"
			skipped="$skipped${skipped:+,}$JS"
			printf 'ocm-agent: no online copy of %s (needs sqlite3 or python3): %s\n' "$rel" "$(head -c 300 "$TMPD/sqlite.err" 2>/dev/null)" >&2
		fi
	done < <(bk_find "$OC_HOME" "$WS_EXCL" sqlite)
	find_openclaw
	if [ -n "$OC_BIN" ]; then
		if run_openclaw 60 "$TMPD/cron.json" cron list --json; then
			j=$(tr -d ' \t\r\n' <"$TMPD/cron.json" | head -c 1)
			case $j in '{' | '[') cron=true && mv "$TMPD/cron.json" "$s/cron-export.json" ;; *) cron_err="cron list printed no JSON" ;; esac
		else
			cron_err=$(tail -n 1 "$TMPD/openclaw.err" 2>/dev/null)
			cron_err="openclaw cron list failed${cron_err:+: $cron_err}"
		fi
	else
		cron_err="openclaw CLI not found"
	fi
	local j_home j_ws j_err
	jstr "$OC_HOME"; j_home=$JS
	jstr "$WS_DIR"; j_ws=$JS
	jstrn "$cron_err"; j_err=$JS
	printf '{"agent_version":%s,"oc_home":%s,"workspace":%s,"sqlite_online_copies":[%s],"sqlite_skipped":[%s],"cron_export":%s,"cron_error":%s}\n' \
		"\"$AGENT_VERSION\"" "$j_home" "$j_ws" "$sq" "$skipped" "$cron" "$j_err" >"$s/metadata.json"
	(cd "$s" && tar -czf - .) >&5 || fail 1 "tar failed while packing the backup"
}

# ---------------------------------------------------------------- agent/src/cmd/clock.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_clock='clock'
# clock: {"time_ms":N}, this machine's clock, for OCM's clock-skew check.
# Usage: clock
cmd_clock() {
	now_ms
	emit "{\"time_ms\":$NOW_MS}"
}

# ---------------------------------------------------------------- agent/src/cmd/health.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_health='health [--home DIR] [--port N] [--disk-path DIR]'
# health: ok when the gateway answers /health and the disk is not almost full; problems in words.
# Usage: health [--home DIR] [--port N] [--disk-path DIR]
cmd_health() {
	local ok=true problems="" installed=false running=false
	find_openclaw
	http_health
	find_pid
	mem_info
	default_disk_path
	disk_info "$DISK_PATH"

	add_problem() {
		jstr "$1"
		if [ -z "$problems" ]; then problems=$JS; else problems="$problems,$JS"; fi
	}
	if [ -n "$OC_BIN" ]; then installed=true; else add_problem "openclaw is not installed (not found on PATH)"; fi
	if [ -n "$GW_PID" ] || [ "$HEALTHY" = true ]; then running=true; else add_problem "gateway process not running"; fi
	if [ "$HEALTHY" != true ]; then
		ok=false
		add_problem "gateway not answering on 127.0.0.1:$PORT/health"
	fi
	if [ -n "$DISK_PCT" ] && [ "$DISK_PCT" -ge 95 ]; then
		ok=false
		add_problem "disk almost full: $DISK_PCT% used on $DISK_PATH"
	fi
	local d m
	jnum "$DISK_PCT"; d=$JN
	jnum "$MEM_PCT"; m=$JN
	emit "{\"ok\":$ok,\"checks\":{\"openclaw_installed\":$installed,\"gateway_running\":$running,\"gateway_healthy\":$HEALTHY,\"disk_used_pct\":$d,\"mem_used_pct\":$m},\"problems\":[$problems]}"
	[ "$ok" = true ]
}

# ---------------------------------------------------------------- agent/src/cmd/help.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_help='help'
# help: the subcommands and how to call each, from their "# Usage:" comments.
# Usage: help
cmd_help() {
	local name v list=""
	subcommands
	while IFS= read -r name; do
		v="AGENT_USAGE_cmd_${name//-/_}"
		jstr "$name"
		list="$list${list:+,}{\"name\":$JS"
		jstr "${!v}"
		list="$list,\"usage\":$JS}"
	done <<EOF_NAMES
$SUBCOMMANDS
EOF_NAMES
	emit "{\"subcommands\":[$list]}"
}

# ---------------------------------------------------------------- agent/src/cmd/logs.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_logs='logs [N] [--home DIR]'
# logs: the last N (default 100, at most 5000) lines of the gateway log: its file, else journald.
# Usage: logs [N] [--home DIR]
cmd_logs() {
	local n=100 src=none file="" line first=1
	if [ -n "$LOGS_ARG" ]; then
		if ! { is_uint "$LOGS_ARG" && [ "$((10#$LOGS_ARG))" -ge 1 ]; }; then
			fail 2 "logs count must be a positive integer (got '$LOGS_ARG')"
		fi
		n=$((10#$LOGS_ARG))
	fi
	[ "$n" -le 5000 ] || n=5000
	tmpdir

	config_log_file
	if [ -n "$CFG_LOG" ] && [ -f "$CFG_LOG" ]; then
		src="file:$CFG_LOG"
		file=$CFG_LOG
	fi
	if [ -z "$file" ]; then
		service_manager
		if [ "$SVC" = systemd ] && have journalctl; then
			run_tb 20 "$TMPD/journal" /dev/null \
				with_user_locale journalctl --user -u "$UNIT" -n "$n" --no-pager -o cat -q
			if [ -s "$TMPD/journal" ] && [ "$(head -n 1 "$TMPD/journal")" != "-- No entries --" ]; then
				src=journalctl
				file="$TMPD/journal"
			fi
		fi
	fi
	if [ -z "$file" ]; then
		local t=${TMPDIR:-/tmp}
		t=${t%/}
		newest_file /tmp/openclaw/openclaw-*.log
		[ -n "$NEWEST" ] || [ "$t" = /tmp ] || newest_file "$t"/openclaw/openclaw-*.log
		[ -n "$NEWEST" ] || newest_file "$OC_HOME"/logs/*.log
		if [ -n "$NEWEST" ]; then
			src="file:$NEWEST"
			file=$NEWEST
		fi
	fi

	jstr "$src"
	printf '{"source":%s,"lines":[' "$JS" >&5
	if [ -n "$file" ]; then
		tail -n "$n" "$file" >"$TMPD/tail" 2>/dev/null
		while IFS= read -r line || [ -n "$line" ]; do
			jstr "$line"
			if [ "$first" = 1 ]; then
				printf '%s' "$JS" >&5
				first=0
			else
				printf ',%s' "$JS" >&5
			fi
		done <"$TMPD/tail"
	fi
	printf ']}\n' >&5
}

# ---------------------------------------------------------------- agent/src/cmd/logscan.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_logscan='logscan [--cursor INODE:OFFSET] [--pattern ERE]... [--home DIR]'
# logscan (watchdog): counts the lines of the gateway log written since the cursor that match each
# pattern and prints {"source","cursor","scanned_bytes","skipped_bytes","counts":{pattern:n},"samples":[...]}.
# Without a cursor the scan starts at the end (old lines are not reported). A rotated or
# truncated file (other inode, smaller size) is read from its start. At most 1 MiB is read
# per scan (the newest); a line still being written is left for the next scan.
# Usage: logscan [--cursor INODE:OFFSET] [--pattern ERE]... [--home DIR]
cmd_logscan() {
	local inode="" size="" c_inode="" c_off="" start=0 end skipped=0 chunk p n counts="" samples="" first=1 line
	local patterns=$LOGSCAN_PATTERNS max=1048576 # at most 1 MiB per scan
	[ -n "$patterns" ] || patterns="ERROR${NL}CRITICAL${NL}FAIL"
	find_log_file
	if [ -z "$LOG_FILE" ]; then
		emit '{"source":null,"cursor":null,"scanned_bytes":0,"skipped_bytes":0,"counts":{},"samples":[]}'
		return 0
	fi
	# shellcheck disable=SC2012 # ls -i is the portable way to an inode (GNU and BSD stat differ)
	inode=$(ls -i "$LOG_FILE" 2>/dev/null | awk '{print $1; exit}')
	size=$(wc -c <"$LOG_FILE" 2>/dev/null | tr -d ' ')
	[[ $inode =~ $UINT_RE ]] || inode=0
	[[ $size =~ $UINT_RE ]] || size=0
	case $LOGSCAN_CURSOR in *:*)
		c_inode=${LOGSCAN_CURSOR%%:*}
		c_off=${LOGSCAN_CURSOR#*:}
		;;
	esac
	if [ -z "$LOGSCAN_CURSOR" ]; then
		start=$size
	elif [ "$c_inode" = "$inode" ] && [[ $c_off =~ $UINT_RE ]] && [ "$c_off" -le "$size" ]; then
		start=$c_off
	else
		start=0
	fi
	end=$size
	if [ $((end - start)) -gt "$max" ]; then
		skipped=$((end - start - max))
		start=$((end - max))
	fi
	tmpdir
	chunk="$TMPD/chunk"
	: >"$chunk"
	if [ "$end" -gt "$start" ]; then
		tail -c +$((start + 1)) "$LOG_FILE" 2>/dev/null | head -c $((end - start)) >"$chunk"
		# a last line without its newline is still being written: leave it for the next scan
		if [ -s "$chunk" ] && [ -n "$(tail -c 1 "$chunk")" ]; then
			local partial
			partial=$(tail -n 1 "$chunk" | wc -c | tr -d ' ')
			[[ $partial =~ $UINT_RE ]] || partial=0
			end=$((start + $(wc -c <"$chunk" | tr -d ' ') - partial))
			head -c $((end - start)) "$chunk" >"$chunk.2" && mv -f "$chunk.2" "$chunk"
		else
			end=$((start + $(wc -c <"$chunk" | tr -d ' ')))
		fi
	fi
	local -a gargs
	gargs=()
	while IFS= read -r p; do
		[ -n "$p" ] || continue
		n=$(grep -c -E -e "$p" "$chunk" 2>/dev/null)
		[[ $n =~ $UINT_RE ]] || n=0
		jstr "$p"
		if [ -z "$counts" ]; then counts="$JS:$n"; else counts="$counts,$JS:$n"; fi
		gargs[${#gargs[@]}]=-e
		gargs[${#gargs[@]}]=$p
	done <<EOF_PATTERNS
$patterns
EOF_PATTERNS
	if [ "${#gargs[@]}" -gt 0 ]; then
		grep -E "${gargs[@]}" "$chunk" 2>/dev/null | head -n 5 | cut -c 1-300 >"$TMPD/samples"
		while IFS= read -r line || [ -n "$line" ]; do
			jstr "$line"
			if [ "$first" = 1 ]; then samples=$JS; first=0; else samples="$samples,$JS"; fi
		done <"$TMPD/samples"
	fi
	jstr "file:$LOG_FILE"
	emit "{\"source\":$JS,\"cursor\":\"$inode:$end\",\"scanned_bytes\":$((end - start)),\"skipped_bytes\":$skipped,\"counts\":{$counts},\"samples\":[$samples]}"
}

# ---------------------------------------------------------------- agent/src/cmd/openclaw-restart.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_openclaw_restart='openclaw-restart [--restart-cmd CMD] [--wait S] [--port N]'
# openclaw-restart: restarts the gateway (--restart-cmd, systemd or launchd) and waits for /health.
# Usage: openclaw-restart [--restart-cmd CMD] [--wait S] [--port N]
cmd_openclaw_restart() {
	local method rc=0 out="" t0 healthy=false old new
	if [ -n "$RESTART_CMD" ]; then
		method=custom
	else
		service_manager
		method=$SVC
	fi
	if [ "$method" = none ]; then
		fail 1 "no service manager found for the OpenClaw gateway (no systemd user unit $UNIT, no launchd $LAUNCHD_LABEL); set a restart command for this node in OCM: /editnode <node> restart_cmd=\"...\""
	fi
	tmpdir
	find_pid
	old=$GW_PID
	now_ms
	t0=$NOW_MS
	case $method in
	custom) run_tb 120 "$TMPD/restart.out" - with_user_locale sh -c "$RESTART_CMD" ;;
	systemd) run_tb 120 "$TMPD/restart.out" - with_user_locale systemctl --user restart "$UNIT" ;;
	launchd) run_tb 120 "$TMPD/restart.out" - with_user_locale launchctl kickstart -k "gui/$(id -u)/$LAUNCHD_LABEL" ;;
	esac
	rc=$?
	if [ "$rc" -ne 0 ]; then
		out=$(tail -c 600 "$TMPD/restart.out" 2>/dev/null)
		if [ "$rc" -eq 124 ]; then
			out="restart command ($method) timed out after 120 s${out:+: $out}"
		else
			out="restart command ($method) failed with exit code $rc${out:+: $out}"
		fi
		jstr "$out"
		jnum "$old"
		emit "{\"ok\":false,\"method\":\"$method\",\"old_pid\":$JN,\"pid\":null,\"healthy\":false,\"waited_ms\":null,\"error\":$JS}"
		exit 1
	fi

	wait_healthy "$WAIT_S" && healthy=true
	# The old gateway must be gone: if it still runs (it ignored the stop, or the new one could not
	# bind its port and died while the old one kept answering /health) nothing was restarted.
	local i=0
	if [ -n "$old" ]; then
		while alive "$old" && [ "$i" -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
		if ! alive "$old" && [ "$healthy" = true ]; then wait_healthy "$WAIT_S" || healthy=false; fi
	fi
	now_ms
	local waited=$((NOW_MS - t0))
	find_pid
	new=$GW_PID
	local jo jp
	jnum "$old"; jo=$JN
	jnum "$new"; jp=$JN
	if [ -n "$old" ] && { alive "$old" || [ "$new" = "$old" ]; }; then
		local why="the gateway was not restarted: the old one (pid $old) still runs"
		if { cat "$TMPD/restart.out"; tail -n 50 "$OC_HOME/logs/gateway.log"; } 2>/dev/null | grep -qi 'address already in use\|EADDRINUSE'; then
			why="$why, and the new one could not bind port $PORT (address already in use)"
		else
			why="$why; the $method restart did not stop it"
		fi
		jstr "$why"
		emit "{\"ok\":false,\"method\":\"$method\",\"old_pid\":$jo,\"pid\":$jp,\"healthy\":$healthy,\"waited_ms\":$waited,\"error\":$JS}"
		return 1
	fi
	if [ "$healthy" = true ]; then
		emit "{\"ok\":true,\"method\":\"$method\",\"old_pid\":$jo,\"pid\":$jp,\"healthy\":true,\"waited_ms\":$waited}"
		return 0
	fi
	jstr "gateway did not become healthy within $WAIT_S s"
	emit "{\"ok\":false,\"method\":\"$method\",\"old_pid\":$jo,\"pid\":$jp,\"healthy\":false,\"waited_ms\":$waited,\"error\":$JS}"
	return 1
}

# ---------------------------------------------------------------- agent/src/cmd/restore-apply.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_restore_apply='restore-apply --id ID [--wait S] [--home DIR] [--restart-cmd CMD]'
# restore-apply: applies the restore archive on stdin, reverting if the gateway stays unhealthy.
# Usage: restore-apply --id ID [--wait S] [--home DIR] [--restart-cmd CMD]
cmd_restore_apply() {
	local r id=$RESTORE_ID want got apply_ok=true j_err
	[ -n "$id" ] || fail 2 "restore-apply needs --id"
	tmpdir
	workspace_dir
	r="$OC_HOME/.ocm-restore"
	if [ -f "$r/APPLYING" ]; then # an apply cut short on this node (power loss): undo it first
		bk_revert "$r/old/config" "$OC_HOME" "$r/created.config"
		bk_revert "$r/old/workspace" "$WS_DIR" "$r/created.workspace"
		restore_record "$(head -n 1 "$r/APPLYING")" reverted
	fi
	rm -rf "$r"
	mkdir -p "$r/new" "$r/old" || fail 1 "cannot create $r"
	BK_RESTORE_DIR=$r
	if ! tar -xzf - -C "$r/new"; then rm -rf "$r"; fail 1 "the restore archive did not arrive whole; nothing was changed"; fi
	want=$(head -n 1 "$r/new/MANIFEST" 2>/dev/null)
	got=$(cd "$r/new" && find config workspace \( -type f -o -type l \) 2>/dev/null | wc -l | tr -d ' ')
	if ! is_uint "${want:-x}" || [ "$want" != "$got" ]; then
		rm -rf "$r"
		fail 1 "the restore archive is incomplete ($got of ${want:-?} files); nothing was changed"
	fi
	if [ -z "$RESTART_CMD" ]; then
		service_manager
		if [ "$SVC" = none ]; then
			rm -rf "$r"
			fail 1 "no service manager found for the OpenClaw gateway (no systemd user unit $UNIT, no launchd $LAUNCHD_LABEL), so it could not be started again; set a restart command for this node in OCM (/editnode <node> restart_cmd=\"...\"). Nothing was changed"
		fi
	fi
	# Point of no return: finish (or revert) even if OCM or the SSH connection goes away now.
	trap '' HUP INT TERM PIPE
	printf '%s\n' "$id" >"$r/APPLYING"
	restore_record "$id" applying
	gw_stop
	if ! bk_apply "$r/new/config" "$OC_HOME" "$WS_EXCL" "$r/old/config" "$r/created.config" ||
		! bk_apply "$r/new/workspace" "$WS_DIR" ./.ocm-none "$r/old/workspace" "$r/created.workspace"; then
		apply_ok=false
	fi
	local healthy=false reverted=false healthy_after=null err=""
	if [ "$apply_ok" = true ] && gw_start && wait_healthy "$WAIT_S"; then
		healthy=true
	else
		if [ "$apply_ok" = true ]; then err="the gateway was not healthy within $WAIT_S s after the restore"; else err="copying the restored files failed"; fi
		gw_stop
		bk_revert "$r/old/config" "$OC_HOME" "$r/created.config"
		bk_revert "$r/old/workspace" "$WS_DIR" "$r/created.workspace"
		reverted=true
		if gw_start && wait_healthy "$WAIT_S"; then healthy_after=true; else healthy_after=false; fi
	fi
	# the marker goes first: a crash after it must not make the next restore undo a finished one
	rm -f "$r/APPLYING"
	if [ "$reverted" = true ]; then restore_record "$id" reverted; else restore_record "$id" applied; fi
	rm -rf "$r"
	BK_RESTORE_DIR=""
	jstrn "$err"; j_err=$JS
	emit "{\"ok\":$healthy,\"applied\":$healthy,\"reverted\":$reverted,\"healthy_after_revert\":$healthy_after,\"files\":$got,\"error\":$j_err}"
	[ "$healthy" = true ]
}

# ---------------------------------------------------------------- agent/src/cmd/restore-status.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_restore_status='restore-status --id ID'
# restore-status: what became of restore ID (applied, reverted, applying or none).
# Usage: restore-status --id ID
cmd_restore_status() {
	local id=$RESTORE_ID rid="" st="" state=none
	[ -n "$id" ] || fail 2 "restore-status needs --id"
	if [ -f "$HOME/.ocm/restore-last" ]; then read -r rid st <"$HOME/.ocm/restore-last"; fi
	[ "$rid" = "$id" ] && state=$st
	emit "{\"id\":\"$id\",\"state\":\"$state\"}"
}

# ---------------------------------------------------------------- agent/src/cmd/status.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_status='status [--home DIR] [--port N] [--disk-path DIR]'
# status: this machine (OS, uptime, load, CPU, memory, disk) and its OpenClaw (install, gateway, skills).
# Usage: status [--home DIR] [--port N] [--disk-path DIR]
cmd_status() {
	local hostname="" arch="" j_host j_osv j_arch load mem disk oc gw home_exists=false
	hostname=$(hostname 2>/dev/null) || hostname=""
	[ -n "$hostname" ] || hostname=$(uname -n 2>/dev/null)
	arch=$(uname -m 2>/dev/null)
	os_version
	uptime_load
	cpu_count
	cpu_pct
	mem_info
	default_disk_path
	disk_info "$DISK_PATH"

	jstrn "$hostname"
	j_host=$JS
	jstrn "$OS_VERSION"
	j_osv=$JS
	jstrn "$arch"
	j_arch=$JS

	local l1 l5 l15
	jnum "$LOAD1"; l1=$JN
	jnum "$LOAD5"; l5=$JN
	jnum "$LOAD15"; l15=$JN
	if [ "$l1" = null ] || [ "$l5" = null ] || [ "$l15" = null ]; then load=null; else load="[$l1,$l5,$l15]"; fi

	jnum "$MEM_TOTAL"; mem="{\"total_bytes\":$JN"
	jnum "$MEM_USED"; mem="$mem,\"used_bytes\":$JN"
	jnum "$MEM_AVAIL"; mem="$mem,\"available_bytes\":$JN"
	jnum "$MEM_PCT"; mem="$mem,\"used_pct\":$JN}"

	jstr "$DISK_PATH"; disk="{\"path\":$JS"
	jnum "$DISK_TOTAL"; disk="$disk,\"total_bytes\":$JN"
	jnum "$DISK_USED"; disk="$disk,\"used_bytes\":$JN"
	jnum "$DISK_AVAIL"; disk="$disk,\"available_bytes\":$JN"
	jnum "$DISK_PCT"; disk="$disk,\"used_pct\":$JN}"

	find_openclaw
	openclaw_version
	service_manager
	http_health
	find_pid
	openclaw_skills
	[ -d "$OC_HOME" ] && home_exists=true

	local running=false
	if [ -n "$GW_PID" ] || [ "$HEALTHY" = true ]; then running=true; fi
	jnum "$GW_PID"
	gw="{\"running\":$running,\"pid\":$JN,\"port\":$PORT,\"healthy\":$HEALTHY}"

	if [ -n "$OC_BIN" ]; then oc="{\"installed\":true"; else oc="{\"installed\":false"; fi
	jstrn "$OC_BIN"; oc="$oc,\"path\":$JS"
	jstrn "$OC_VERSION"; oc="$oc,\"version\":$JS"
	jstr "$OC_HOME"; oc="$oc,\"home\":$JS,\"home_exists\":$home_exists"
	oc="$oc,\"service_manager\":\"$SVC\",\"gateway\":$gw,\"skills\":$OC_SKILLS}"

	local now uptime cpus cpu
	now=$(date +%s)
	jnum "$now"; now=$JN
	jnum "$UPTIME_S"; uptime=$JN
	jnum "$CPU_COUNT"; cpus=$JN
	jnum "$CPU_PCT"; cpu=$JN
	jstr "$OS"
	emit "{\"agent_version\":\"$AGENT_VERSION\",\"hostname\":$j_host,\"os\":$JS,\"os_version\":$j_osv,\"arch\":$j_arch,\"uptime_s\":$uptime,\"load\":$load,\"cpu_count\":$cpus,\"cpu_pct\":$cpu,\"mem\":$mem,\"disk\":$disk,\"openclaw\":$oc,\"time_unix\":$now}"
}

# ---------------------------------------------------------------- agent/src/cmd/version.sh
# shellcheck disable=SC2034 # read as ${!v} by lib/main.sh
AGENT_USAGE_cmd_version='version'
# version: this agent's version, the SHA-256 of the built file without its AGENT_VERSION line.
# Usage: version
cmd_version() {
	emit "{\"agent_version\":\"$AGENT_VERSION\"}"
}

# ---------------------------------------------------------------- run (not when sourced by the tests)
[ -n "${OCM_AGENT_SOURCED:-}" ] || main "$@"
