# Progress: a long subcommand may print NDJSON progress lines before its one answer line.

# progress MESSAGE [KEY=VALUE]...: prints {"progress":MESSAGE,KEY:VALUE,...} as one line on the
# answer stream; a VALUE that is a JSON number stays a number, anything else becomes a string.
# KEY must be letters, digits and '_' (others are dropped). OCM hands each line to onProgress
# while the command runs; the last line is still the result.
progress() {
	local line kv k v
	jstr "$1"
	line="{\"progress\":$JS"
	shift
	for kv in "$@"; do
		case $kv in *=*) ;; *) continue ;; esac
		k=${kv%%=*}
		v=${kv#*=}
		case $k in '' | *[!A-Za-z0-9_]*) continue ;; esac
		if [[ $v =~ $NUM_RE ]]; then line="$line,\"$k\":$v"; else jstr "$v"; line="$line,\"$k\":$JS"; fi
	done
	emit "$line}"
}
