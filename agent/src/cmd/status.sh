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
