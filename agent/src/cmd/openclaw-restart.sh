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
