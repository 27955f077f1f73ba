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
