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
