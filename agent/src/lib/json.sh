# JSON output: string escaping, numbers, the one answer line (fd 5) and failures.

BS=\\
DQ='"'
NL=$'\n'
CR=$'\r'
TAB=$'\t'
BSP=$'\b'
FF=$'\f'
NUM_RE='^-?(0|[1-9][0-9]*)(\.[0-9]+)?$'
UINT_RE='^[0-9]+$'

# jesc_ctrl STRING: escape the control characters left after the named ones (slow path).
jesc_ctrl() {
	local s=$1 out="" c="" n=0 i=0 len=${#1}
	while [ "$i" -lt "$len" ]; do
		c=${s:$i:1}
		case $c in [[:cntrl:]])
			printf -v n '%d' "'$c"
			n=$((n & 255))
			# bytes >= 0x80 stay as they are (UTF-8); only C0 controls and DEL are escaped
			if [ "$n" -lt 32 ] || [ "$n" -eq 127 ]; then printf -v c '\\u%04x' "$n"; fi
			;;
		esac
		out="$out$c"
		i=$((i + 1))
	done
	JS_RAW=$out
}

# jstr STRING: sets JS to STRING as a JSON string literal (quotes included).
jstr() {
	local s=$1
	case $s in *"$BS"*) s=${s//"$BS"/"$BS$BS"} ;; esac
	case $s in *"$DQ"*) s=${s//"$DQ"/"$BS$DQ"} ;; esac
	case $s in *"$NL"*) s=${s//"$NL"/"${BS}n"} ;; esac
	case $s in *"$CR"*) s=${s//"$CR"/"${BS}r"} ;; esac
	case $s in *"$TAB"*) s=${s//"$TAB"/"${BS}t"} ;; esac
	case $s in *"$BSP"*) s=${s//"$BSP"/"${BS}b"} ;; esac
	case $s in *"$FF"*) s=${s//"$FF"/"${BS}f"} ;; esac
	case $s in *[[:cntrl:]]*)
		jesc_ctrl "$s"
		s=$JS_RAW
		;;
	esac
	JS="\"$s\""
}

# jstrn STRING: like jstr, but an empty STRING becomes null.
jstrn() {
	if [ -z "$1" ]; then JS=null; else jstr "$1"; fi
}

# jnum VALUE: sets JN to VALUE if it is a JSON number, else null.
jnum() {
	if [[ $1 =~ $NUM_RE ]]; then JN=$1; else JN=null; fi
}

emit() {
	printf '%s\n' "$1" >&5
}

fail() { # fail EXIT_CODE MESSAGE
	printf 'ocm-agent: %s\n' "$2" >&2
	jstr "$2"
	emit "{\"ok\":false,\"error\":$JS}"
	exit "$1"
}
