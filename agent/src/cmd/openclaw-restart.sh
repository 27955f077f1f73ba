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
		fail 1 "no service manager found for the OpenClaw gateway (no systemd user unit $UNIT, no launchd $LAUNCHD_LABEL); configure a restart command"
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
	now_ms
	local waited=$((NOW_MS - t0))
	find_pid
	new=$GW_PID
	local jo jp
	jnum "$old"; jo=$JN
	jnum "$new"; jp=$JN
	if [ "$healthy" = true ]; then
		emit "{\"ok\":true,\"method\":\"$method\",\"old_pid\":$jo,\"pid\":$jp,\"healthy\":true,\"waited_ms\":$waited}"
		return 0
	fi
	jstr "gateway did not become healthy within $WAIT_S s"
	emit "{\"ok\":false,\"method\":\"$method\",\"old_pid\":$jo,\"pid\":$jp,\"healthy\":false,\"waited_ms\":$waited,\"error\":$JS}"
	return 1
}
