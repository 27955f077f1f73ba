# Backups and restores: what a backup takes, copying and mirroring trees, undoing a restore.
# backup-pack: writes a gzipped tar of the node's OpenClaw config and workspace to stdout:
#   config/…         $OC_HOME minus the workspace and the skipped names below; SQLite files as
#                    online copies (sqlite3 .backup, else python3's sqlite3 backup API)
#   workspace/…      the workspace (agents.defaults.workspace, else $OC_HOME/workspace)
#   cron-export.json `openclaw cron list --json`, when the CLI answers
#   metadata.json    what was taken and how (no timestamps: an unchanged node packs the same bytes)
# restore-apply --id ID: reads such a tar (config/, workspace/, MANIFEST) on stdin, then, past the
#   point of no return and deaf to hangups: stop the gateway, make config/ and workspace/ an exact
#   mirror of the archive (files the backup would not take are left alone), start the gateway and
#   wait --wait seconds for /health; if it stays unhealthy, put every file back and start again.
# restore-status --id ID: what became of restore ID (applied / reverted / applying / none).
# Working files live in $OC_HOME/.ocm-restore and the agent's temp dir, and are removed.

BK_RESTORE_DIR=""

# workspace_dir: sets WS_DIR, and WS_EXCL to its "./relative" path when it lies inside $OC_HOME.
workspace_dir() {
	local v=""
	v=$(json_get "$OC_HOME/openclaw.json" agents.defaults.workspace)
	if [ -n "$v" ]; then
		expand_tilde "$v"
		case $EXPANDED in /*) WS_DIR=$EXPANDED ;; *) WS_DIR="$OC_HOME/$EXPANDED" ;; esac
	else
		WS_DIR="$OC_HOME/workspace"
	fi
	WS_DIR=${WS_DIR%/}
	WS_EXCL=./.ocm-none
	case $WS_DIR in "$OC_HOME"/*) WS_EXCL="./${WS_DIR#"$OC_HOME"/}" ;; esac
}

# bk_find ROOT EXCL [sqlite]: NUL-separated "./paths" under ROOT that a backup takes: files and
# symlinks outside EXCL and the skipped names; with "sqlite", only the SQLite-named files instead.
bk_find() {
	local root=$1 excl=$2
	[ -d "$root" ] || return 0
	(
		cd "$root" || exit 0
		if [ "${3:-}" = sqlite ]; then
			set -- \( -type f \( -name '*.sqlite' -o -name '*.sqlite3' -o -name '*.db' \) \)
		else
			set -- \( -type f -o -type l \) ! -name '*.tmp' ! -name '*.log' ! -name '*.swp' ! -name '*~' \
				! -name '*.sqlite' ! -name '*.sqlite3' ! -name '*.db' ! -name '*-wal' ! -name '*-shm' ! -name '*-journal'
		fi
		find . \( -path "$excl" -o -name sessions -o -name logs -o -name log -o -name cache -o -name caches \
			-o -name .cache -o -name media -o -name node_modules -o -name tmp -o -name .ocm-restore -o -name .git \) -prune \
			-o "$@" -print0
	)
}

# sqlite_copy SRC DST: an online, consistent copy of a live SQLite database.
sqlite_copy() {
	if have sqlite3; then
		run_tb 120 /dev/null "$TMPD/sqlite.err" sqlite3 "$1" ".timeout 10000" ".backup \"$2\"" && return 0
	fi
	if have python3; then
		run_tb 120 /dev/null "$TMPD/sqlite.err" python3 -c 'import sqlite3,sys
s=sqlite3.connect(sys.argv[1],timeout=10);d=sqlite3.connect(sys.argv[2]);s.backup(d);d.close();s.close()' "$1" "$2" && return 0
	fi
	return 1
}

# bk_copy_tree ROOT EXCL DEST: copies what bk_find lists, keeping modes and symlinks.
bk_copy_tree() {
	mkdir -p "$3" || return 1
	[ -d "$1" ] || return 0
	# every stage must succeed: a file tar cannot read would otherwise be missing from the backup
	# (and a later restore would remove it from the node)
	(
		set -o pipefail
		bk_find "$1" "$2" | (cd "$1" && tar --null -T - -cf -) | (cd "$3" && tar -xpf -)
	)
}

# bk_apply NEW TARGET EXCL OLD LIST: make TARGET mirror NEW (within what bk_find takes), keeping a
# copy of everything replaced or removed in OLD and the created paths in LIST.
bk_apply() {
	local new=$1 target=$2 excl=$3 old=$4 list=$5 f rel t x
	[ -d "$new" ] || return 0
	mkdir -p "$target" "$old"
	: >"$list"
	while IFS= read -r -d '' f; do
		rel=${f#./}
		t="$target/$rel"
		if [ -e "$t" ] || [ -L "$t" ]; then
			mkdir -p "$old/$(dirname "$rel")"
			cp -pP "$t" "$old/$rel" || return 1
			if [ -L "$new/$rel" ] || [ -L "$t" ] || [ -d "$t" ]; then rm -rf "$t" && cp -pP "$new/$rel" "$t" || return 1
			else cp "$new/$rel" "$t" || return 1; fi # keeps the file's own mode (secrets stay 600)
		else
			mkdir -p "$(dirname "$t")"
			cp -pP "$new/$rel" "$t" || return 1
			printf '%s\0' "$rel" >>"$list"
		fi
		case $rel in *.sqlite | *.sqlite3 | *.db)
			for x in -wal -shm -journal; do
				if [ -e "$t$x" ]; then mv "$t$x" "$old/$rel$x" || return 1; fi
			done
			;;
		esac
	done < <(cd "$new" && find . \( -type f -o -type l \) -print0)
	while IFS= read -r -d '' f; do
		rel=${f#./}
		[ -e "$new/$rel" ] || [ -L "$new/$rel" ] && continue
		mkdir -p "$old/$(dirname "$rel")"
		mv "$target/$rel" "$old/$rel" || return 1
	done < <(bk_find "$target" "$excl")
	return 0
}

# bk_revert OLD TARGET LIST: undo bk_apply.
bk_revert() {
	local f rel
	if [ -f "$3" ]; then
		while IFS= read -r -d '' rel; do rm -f "$2/$rel"; done <"$3"
	fi
	[ -d "$1" ] || return 0
	while IFS= read -r -d '' f; do
		rel=${f#./}
		mkdir -p "$(dirname "$2/$rel")"
		# shellcheck disable=SC2115 # $2 is OC_HOME or WS_DIR, never empty
		rm -rf "$2/$rel"
		cp -pP "$1/$rel" "$2/$rel"
	done < <(cd "$1" && find . \( -type f -o -type l \) -print0)
}

restore_record() { # restore_record ID STATE
	mkdir -p "$HOME/.ocm"
	printf '%s %s\n' "$1" "$2" >"$HOME/.ocm/restore-last"
}
