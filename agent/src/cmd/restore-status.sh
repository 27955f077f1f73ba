# restore-status: what became of restore ID (applied, reverted, applying or none).
# Usage: restore-status --id ID
cmd_restore_status() {
	local id=$RESTORE_ID rid="" st="" state=none
	[ -n "$id" ] || fail 2 "restore-status needs --id"
	if [ -f "$HOME/.ocm/restore-last" ]; then read -r rid st <"$HOME/.ocm/restore-last"; fi
	[ "$rid" = "$id" ] && state=$st
	emit "{\"id\":\"$id\",\"state\":\"$state\"}"
}
