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
