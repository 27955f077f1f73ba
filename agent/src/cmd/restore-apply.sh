# restore-apply: applies the restore archive on stdin, reverting if the gateway stays unhealthy.
# Usage: restore-apply --id ID [--wait S] [--home DIR] [--restart-cmd CMD]
cmd_restore_apply() {
	local r id=$RESTORE_ID want got apply_ok=true j_err
	[ -n "$id" ] || fail 2 "restore-apply needs --id"
	tmpdir
	workspace_dir
	r="$OC_HOME/.ocm-restore"
	if [ -f "$r/APPLYING" ]; then # an apply cut short on this node (power loss): undo it first
		bk_revert "$r/old/config" "$OC_HOME" "$r/created.config"
		bk_revert "$r/old/workspace" "$WS_DIR" "$r/created.workspace"
		restore_record "$(head -n 1 "$r/APPLYING")" reverted
	fi
	rm -rf "$r"
	mkdir -p "$r/new" "$r/old" || fail 1 "cannot create $r"
	BK_RESTORE_DIR=$r
	if ! tar -xzf - -C "$r/new"; then rm -rf "$r"; fail 1 "the restore archive did not arrive whole; nothing was changed"; fi
	want=$(head -n 1 "$r/new/MANIFEST" 2>/dev/null)
	got=$(cd "$r/new" && find config workspace \( -type f -o -type l \) 2>/dev/null | wc -l | tr -d ' ')
	if ! is_uint "${want:-x}" || [ "$want" != "$got" ]; then
		rm -rf "$r"
		fail 1 "the restore archive is incomplete ($got of ${want:-?} files); nothing was changed"
	fi
	if [ -z "$RESTART_CMD" ]; then
		service_manager
		if [ "$SVC" = none ]; then
			rm -rf "$r"
			fail 1 "no service manager found for the OpenClaw gateway (no systemd user unit $UNIT, no launchd $LAUNCHD_LABEL), so it could not be started again; set a restart command for this node in OCM (/editnode <node> restart_cmd=\"...\"). Nothing was changed"
		fi
	fi
	# Point of no return: finish (or revert) even if OCM or the SSH connection goes away now.
	trap '' HUP INT TERM PIPE
	printf '%s\n' "$id" >"$r/APPLYING"
	restore_record "$id" applying
	gw_stop
	if ! bk_apply "$r/new/config" "$OC_HOME" "$WS_EXCL" "$r/old/config" "$r/created.config" ||
		! bk_apply "$r/new/workspace" "$WS_DIR" ./.ocm-none "$r/old/workspace" "$r/created.workspace"; then
		apply_ok=false
	fi
	local healthy=false reverted=false healthy_after=null err=""
	if [ "$apply_ok" = true ] && gw_start && wait_healthy "$WAIT_S"; then
		healthy=true
	else
		if [ "$apply_ok" = true ]; then err="the gateway was not healthy within $WAIT_S s after the restore"; else err="copying the restored files failed"; fi
		gw_stop
		bk_revert "$r/old/config" "$OC_HOME" "$r/created.config"
		bk_revert "$r/old/workspace" "$WS_DIR" "$r/created.workspace"
		reverted=true
		if gw_start && wait_healthy "$WAIT_S"; then healthy_after=true; else healthy_after=false; fi
	fi
	# the marker goes first: a crash after it must not make the next restore undo a finished one
	rm -f "$r/APPLYING"
	if [ "$reverted" = true ]; then restore_record "$id" reverted; else restore_record "$id" applied; fi
	rm -rf "$r"
	BK_RESTORE_DIR=""
	jstrn "$err"; j_err=$JS
	emit "{\"ok\":$healthy,\"applied\":$healthy,\"reverted\":$reverted,\"healthy_after_revert\":$healthy_after,\"files\":$got,\"error\":$j_err}"
	[ "$healthy" = true ]
}
