# backup-pack: a tar.gz of the OpenClaw config and workspace on stdout (see lib/backup.sh).
# Usage: backup-pack [--home DIR]
cmd_backup_pack() {
	local s f rel n=0 j sq="" skipped="" cron=false cron_err="" hdr
	tmpdir
	s="$TMPD/pack"
	mkdir -p "$s/config" "$s/workspace" || fail 1 "cannot create a temporary folder on the node"
	[ -d "$OC_HOME" ] || fail 1 "OpenClaw home $OC_HOME does not exist on this node"
	workspace_dir
	bk_copy_tree "$OC_HOME" "$WS_EXCL" "$s/config" || fail 1 "cannot read $OC_HOME"
	bk_copy_tree "$WS_DIR" ./.ocm-none "$s/workspace" || fail 1 "cannot read the workspace $WS_DIR"
	while IFS= read -r -d '' f; do
		rel=${f#./}
		mkdir -p "$s/config/$(dirname "$rel")"
		hdr=$(head -c 15 "$OC_HOME/$rel" 2>/dev/null)
		if [ "$hdr" != "SQLite format 3" ]; then
			cp -p "$OC_HOME/$rel" "$s/config/$rel"
			continue
		fi
		n=$((n + 1))
		jstr "config/$rel"
		if sqlite_copy "$OC_HOME/$rel" "$TMPD/db.$n" && mv "$TMPD/db.$n" "$s/config/$rel"; then
			sq="$sq${sq:+,}$JS"
		else
			rm -f "$TMPD/db.$n"
			skipped="$skipped${skipped:+,}$JS"
			printf 'ocm-agent: no online copy of %s (needs sqlite3 or python3): %s\n' "$rel" "$(head -c 300 "$TMPD/sqlite.err" 2>/dev/null)" >&2
		fi
	done < <(bk_find "$OC_HOME" "$WS_EXCL" sqlite)
	find_openclaw
	if [ -n "$OC_BIN" ]; then
		if run_openclaw 60 "$TMPD/cron.json" cron list --json; then
			j=$(tr -d ' \t\r\n' <"$TMPD/cron.json" | head -c 1)
			case $j in '{' | '[') cron=true && mv "$TMPD/cron.json" "$s/cron-export.json" ;; *) cron_err="cron list printed no JSON" ;; esac
		else
			cron_err=$(tail -n 1 "$TMPD/openclaw.err" 2>/dev/null)
			cron_err="openclaw cron list failed${cron_err:+: $cron_err}"
		fi
	else
		cron_err="openclaw CLI not found"
	fi
	local j_home j_ws j_err
	jstr "$OC_HOME"; j_home=$JS
	jstr "$WS_DIR"; j_ws=$JS
	jstrn "$cron_err"; j_err=$JS
	printf '{"agent_version":%s,"oc_home":%s,"workspace":%s,"sqlite_online_copies":[%s],"sqlite_skipped":[%s],"cron_export":%s,"cron_error":%s}\n' \
		"\"$AGENT_VERSION\"" "$j_home" "$j_ws" "$sq" "$skipped" "$cron" "$j_err" >"$s/metadata.json"
	(cd "$s" && tar -czf - .) >&5 || fail 1 "tar failed while packing the backup"
}
