# help: the subcommands and how to call each, from their "# Usage:" comments.
# Usage: help
cmd_help() {
	local name v list=""
	subcommands
	while IFS= read -r name; do
		v="AGENT_USAGE_cmd_${name//-/_}"
		jstr "$name"
		list="$list${list:+,}{\"name\":$JS"
		jstr "${!v}"
		list="$list,\"usage\":$JS}"
	done <<EOF_NAMES
$SUBCOMMANDS
EOF_NAMES
	emit "{\"subcommands\":[$list]}"
}
