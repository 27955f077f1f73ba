# clock: {"time_ms":N}, this machine's clock, for OCM's clock-skew check.
# Usage: clock
cmd_clock() {
	now_ms
	emit "{\"time_ms\":$NOW_MS}"
}
