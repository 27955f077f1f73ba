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
