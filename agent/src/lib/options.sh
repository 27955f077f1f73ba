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
