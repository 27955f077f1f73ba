# OpenClaw facts: the CLI, its version and skills, its config file and logs.

# find_openclaw: sets OC_BIN. Over SSH nvm/npm-global bins are often not on PATH, so look
# in the usual places too and put the directory found first on PATH (its node comes along).
find_openclaw() {
	OC_BIN=$(command -v openclaw 2>/dev/null)
	[ -n "$OC_BIN" ] && return
	local d found=""
	# The last match wins: for nvm that is the highest version (v18 < v20 < v24).
	for d in "$HOME/.npm-global/bin" "$HOME/.local/bin" "$HOME/.volta/bin" "$HOME/.bun/bin" \
		"$HOME/.local/share/pnpm" "$HOME/Library/pnpm" /usr/local/bin /opt/homebrew/bin \
		"$HOME"/.nvm/versions/node/*/bin; do
		if [ -x "$d/openclaw" ] && [ ! -d "$d/openclaw" ]; then found=$d; fi
	done
	if [ -n "$found" ]; then
		OC_BIN="$found/openclaw"
		PATH="$found:$PATH"
	fi
}

run_openclaw() { # run_openclaw SECONDS OUT ARGS...
	local secs=$1 out=$2
	shift 2
	tmpdir
	run_tb "$secs" "$out" "$TMPD/openclaw.err" with_user_locale env NO_COLOR=1 FORCE_COLOR=0 "$OC_BIN" "$@"
}

# openclaw_version: sets OC_VERSION from `openclaw --version` ("OpenClaw 2026.9.6 (eb377ac)"),
# falling back to the package.json next to the resolved binary.
openclaw_version() {
	OC_VERSION=""
	[ -n "$OC_BIN" ] || return
	local re='[0-9]+\.[0-9]+(\.[0-9]+)*(-[0-9A-Za-z.]+)?' out="" p t i=0 line
	tmpdir
	# Only trust a successful run: an error (e.g. "needs Node >= 24.16") also contains numbers.
	if run_openclaw 10 "$TMPD/version.out" --version; then
		out=$(head -n 5 "$TMPD/version.out" 2>/dev/null)
	else
		out=""
	fi
	if [[ $out =~ $re ]]; then
		OC_VERSION=${BASH_REMATCH[0]}
		return
	fi
	p=$OC_BIN
	while [ -L "$p" ] && [ "$i" -lt 20 ]; do
		t=$(readlink "$p" 2>/dev/null) || break
		case $t in /*) p=$t ;; *) p="$(dirname "$p")/$t" ;; esac
		i=$((i + 1))
	done
	for t in "$(dirname "$p")/package.json" "$(dirname "$p")/../package.json"; do
		[ -f "$t" ] || continue
		grep -q '"name"[[:space:]]*:[[:space:]]*"openclaw"' "$t" 2>/dev/null || continue
		line=$(grep -m 1 '"version"[[:space:]]*:' "$t" 2>/dev/null)
		if [[ $line =~ $re ]]; then
			OC_VERSION=${BASH_REMATCH[0]}
			return
		fi
	done
}

# skills_summary FILE: FILE holds `openclaw skills list --json` output, possibly after noise lines.
# Parses the first JSON value (from the first line starting with [ or {) and prints a compact
# [{"name":..,"eligible":..,"disabled":..},...] for the objects in its "skills" array (or in the
# top-level array). Prints nothing if the text is not valid JSON or has no such array, so only
# well-formed JSON ever reaches the answer. Strings are copied as they were (already escaped).
skills_summary() {
	awk '
	function ws() { while (pos <= n && index(" \t\r\n", substr(s, pos, 1)) > 0) pos++ }
	function str(   c) {
		pos++
		while (pos <= n) {
			c = substr(s, pos, 1)
			if (c == "\\") { pos += 2; continue }
			if (c == "\"") { pos++; return 1 }
			if (c < " ") return 0
			pos++
		}
		return 0
	}
	function num(   t) {
		t = substr(s, pos, 64)
		if (!match(t, /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?/)) return 0
		pos += RLENGTH
		return 1
	}
	# mode: "top" (the whole value), "list" (the skills array), "skill" (one of its objects), "" (other)
	function val(mode,   c, r) {
		if (++depth > 200) return 0
		ws(); c = substr(s, pos, 1)
		if (c == "{") r = obj(mode)
		else if (c == "[") r = arr(mode == "top" ? "list" : mode)
		else if (c == "\"") r = str()
		else if (substr(s, pos, 4) == "true" || substr(s, pos, 4) == "null") { pos += 4; r = 1 }
		else if (substr(s, pos, 5) == "false") { pos += 5; r = 1 }
		else r = num()
		depth--
		return r
	}
	function obj(mode,   c, k, v0, v, name, elig, dis) {
		pos++; ws()
		name = ""; elig = "null"; dis = "null"
		if (substr(s, pos, 1) == "}") { pos++; return 1 }
		while (1) {
			ws(); if (substr(s, pos, 1) != "\"") return 0
			k = pos; if (!str()) return 0
			k = substr(s, k, pos - k)
			ws(); if (substr(s, pos, 1) != ":") return 0
			pos++; ws(); v0 = pos
			if (mode == "top" && k == "\"skills\"" && substr(s, pos, 1) == "[") { if (!val("list")) return 0 }
			else if (!val("")) return 0
			if (mode == "skill") {
				v = substr(s, v0, pos - v0)
				if (k == "\"name\"" && substr(v, 1, 1) == "\"") name = v
				if (k == "\"eligible\"" && (v == "true" || v == "false")) elig = v
				if (k == "\"disabled\"" && (v == "true" || v == "false")) dis = v
			}
			ws(); c = substr(s, pos, 1); pos++
			if (c == "}") break
			if (c != ",") return 0
		}
		if (mode == "skill" && name != "") {
			out = out (nout++ ? "," : "") "{\"name\":" name ",\"eligible\":" elig ",\"disabled\":" dis "}"
		}
		return 1
	}
	function arr(mode,   c) {
		if (mode == "list") found = 1
		pos++; ws()
		if (substr(s, pos, 1) == "]") { pos++; return 1 }
		while (1) {
			if (!val(mode == "list" ? "skill" : "")) return 0
			ws(); c = substr(s, pos, 1); pos++
			if (c == "]") return 1
			if (c != ",") return 0
		}
	}
	!started && /^[ \t]*[[{]/ { started = 1 }
	started { gsub(/\r/, ""); s = s (s == "" ? "" : " ") $0 }
	END {
		n = length(s); pos = 1; depth = 0; out = ""; nout = 0; found = 0
		if (n > 0 && val("top") && found) print "[" out "]"
	}' "$1" 2>/dev/null
}

openclaw_skills() {
	OC_SKILLS=null
	[ -n "$OC_BIN" ] || return
	local out=""
	tmpdir
	run_openclaw 20 "$TMPD/skills.out" skills list --json
	out=$(skills_summary "$TMPD/skills.out")
	[ -n "$out" ] && OC_SKILLS=$out
}

# service_manager: sets SVC to systemd | launchd | none.

# json_get FILE a.b.c: prints the scalar at that key path of a JSON (or JSON5: comments, unquoted
# keys, single quotes, trailing commas) file, or nothing. Nested objects anywhere are fine.
json_get() {
	[ -f "$1" ] || return 0
	awk -v target="$2" '
	function path(   d, p) {
		p = ""
		for (d = 1; d <= depth; d++) { if (type[d] != "o") return "\001"; p = p (d > 1 ? "." : "") key[d] }
		return p
	}
	{ s = s $0 "\n" }
	END {
		n = length(s); i = 1; depth = 0
		while (i <= n) {
			c = substr(s, i, 1)
			if (c == " " || c == "\t" || c == "\r" || c == "\n" || c == ",") { i++; continue }
			if (c == "/" && substr(s, i + 1, 1) == "/") { j = index(substr(s, i), "\n"); i = j ? i + j : n + 1; continue }
			if (c == "/" && substr(s, i + 1, 1) == "*") { j = index(substr(s, i + 2), "*/"); i = j ? i + j + 3 : n + 1; continue }
			if (c == "{" || c == "[") { depth++; type[depth] = (c == "{" ? "o" : "a"); key[depth] = ""; want[depth] = (c == "{"); i++; continue }
			if (c == "}" || c == "]") { depth--; i++; if (depth >= 1 && type[depth] == "o") want[depth] = 1; continue }
			if (c == ":") { want[depth] = 0; i++; continue }
			if (c == "\"" || c == "\047") {
				q = c; tok = ""; i++
				while (i <= n) {
					c = substr(s, i, 1)
					if (c == "\\") { c = substr(s, i + 1, 1); tok = tok (c == "n" ? "\n" : c == "t" ? "\t" : c); i += 2; continue }
					if (c == q) { i++; break }
					tok = tok c; i++
				}
			} else {
				match(substr(s, i), /^[^ \t\r\n,:{}\[\]]+/)
				if (RLENGTH < 1) { i++; continue }
				tok = substr(s, i, RLENGTH); i += RLENGTH
			}
			if (depth >= 1 && type[depth] == "o" && want[depth]) { key[depth] = tok; continue }
			if (path() == target) { print tok; exit }
			if (depth >= 1 && type[depth] == "o") want[depth] = 1
		}
	}' "$1" 2>/dev/null
}

# logging.file from $OC_HOME/openclaw.json
config_log_file() {
	CFG_LOG=""
	local v=""
	v=$(json_get "$OC_HOME/openclaw.json" logging.file)
	[ -n "$v" ] || return
	expand_tilde "$v"
	case $EXPANDED in /*) CFG_LOG=$EXPANDED ;; *) CFG_LOG="$OC_HOME/$EXPANDED" ;; esac
}

newest_file() {
	NEWEST=""
	local f have_any=0
	for f in "$@"; do [ -f "$f" ] && have_any=1 && break; done
	[ "$have_any" = 1 ] || return
	# shellcheck disable=SC2012 # newest by mtime, portable to BSD (no find -printf)
	NEWEST=$(ls -t "$@" 2>/dev/null | head -n 1)
	[ -f "$NEWEST" ] || NEWEST=""
}


# gateway.port from $OC_HOME/openclaw.json
config_gateway_port() {
	local v=""
	v=$(json_get "$OC_HOME/openclaw.json" gateway.port)
	is_uint "$v" && PORT=$v
}

find_log_file() {
	LOG_FILE=""
	config_log_file
	if [ -n "$CFG_LOG" ] && [ -f "$CFG_LOG" ]; then
		LOG_FILE=$CFG_LOG
		return
	fi
	local t=${TMPDIR:-/tmp}
	t=${t%/}
	newest_file /tmp/openclaw/openclaw-*.log
	[ -n "$NEWEST" ] || [ "$t" = /tmp ] || newest_file "$t"/openclaw/openclaw-*.log
	[ -n "$NEWEST" ] || newest_file "$OC_HOME"/logs/*.log
	LOG_FILE=$NEWEST
}
