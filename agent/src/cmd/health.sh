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
