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
