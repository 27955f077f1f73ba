# version: this agent's version, the SHA-256 of the built file without its AGENT_VERSION line.
# Usage: version
cmd_version() {
	emit "{\"agent_version\":\"$AGENT_VERSION\"}"
}
