# OCM messages — English, the complete locale. Every sentence OCM shows a person is here.
# Keys are grouped by area; each area's section is owned by the code under the path it names.

## core: src/core, src/i18n

# Errors (plain text: no markup)
error-with-hint = { $error } — { $hint }
error-external = { $service }: { $error }
error-internal = internal error (details are in the OCM log)
# TRANSITION (issue 13): a hint still written as an English sentence in code
error-legacy = { $text }

# Durations and times
duration-s = { $s } s
duration-min = { $m } min
duration-h = { $m ->
    [0] { $h } h
   *[other] { $h } h { $m } min
}
duration-d = { $h ->
    [0] { $d } d
   *[other] { $d } d { $h } h
}
time-ago = { $duration } ago



## pipeline: src/pipeline, src/bot, src/help, src/app.ts, src/main.ts

# Pipeline (src/pipeline/pipeline.ts)
pipeline-denied = ⛔ Not authorized; your Telegram id is { $id }.
pipeline-op-target = { $action } { $target }
pipeline-queued-running-now = the operations running now
pipeline-queued = ⏳ Queued: { $op } waits for { $holder } to finish.
pipeline-timed-out = timed out after { $duration } and was marked failed
pipeline-failed = ❌ <b>{ $op }</b>: { $error }
pipeline-unknown-operation = Unknown operation <b>{ $action }</b>. See /help.
pipeline-unexpected-words = ⚠️ unexpected { $count ->
    [one] word
   *[other] words
} { $words }
    Usage: { $usage }
pipeline-invalid-params = ⚠️ { $problem }
    Usage: { $usage }
pipeline-confirm-what = { $line } ({ $target })
pipeline-error = ❌ { $error }

# Confirmations (src/pipeline/confirmations.ts)
confirm-prompt = ⚠️ Please confirm: <b>{ $what }</b>
    <i>Only { $who } can answer · expires in { $expires }</i>
confirm-prompt-high = 🛑 High-risk operation: <b>{ $what }</b>
    Step 1 of 2: confirm, then type the safety code you will be shown.
    <i>Only { $who } can answer · expires in { $expires }</i>
confirm-code-prompt = 🔐 Step 2 of 2: type the safety code <b>{ $code }</b> to run: <b>{ $what }</b>
    <i>{ $tries ->
        [one] { $tries } try
       *[other] { $tries } tries
    } · expires in { $expires }</i>
confirm-button-confirm = ✅ Confirm
confirm-button-cancel = ✖ Cancel
confirm-expired = ⌛ Expired after { $expires } — nothing was done: <b>{ $what }</b>. Send the command again to retry.
confirm-cancelled = ✖ Cancelled — nothing was done: <b>{ $what }</b>
confirm-cancelled-because = ✖ Cancelled ({ $reason }) — nothing was done: <b>{ $what }</b>
confirm-reason-stopping = OCM is stopping
confirm-confirmed = ✅ Confirmed by { $who }: <b>{ $what }</b>
confirm-code-accepted = ✅ Safety code accepted: <b>{ $what }</b>
confirm-code-cancelled = ✖ Cancelled after { $count } wrong codes — nothing was done: <b>{ $what }</b>
confirm-code-wrong-final = ✖ Wrong code { $count } times: cancelled, nothing was done.
confirm-code-wrong = ✖ Wrong code — { $left ->
    [one] { $left } try
   *[other] { $left } tries
} left.
confirm-answer-gone = This request was already answered or has expired.
confirm-answer-not-yours = Only { $who } can answer this request.
confirm-answer-cancelled = Cancelled
confirm-answer-type-code = Type the safety code shown in the message.
confirm-answer-now-code = Now type the safety code
confirm-answer-confirmed = Confirmed

# Commands outside the catalog
command-cancel = Cancel what is waiting for your answer

# /lang (src/help)
action-lang = Choose the language OCM answers this chat in (en, zh, ja)
lang-invalid = must be en, zh or ja
lang-no-chat = /lang sets the language of a chat; this request has none.
lang-current-chosen = 🌐 This chat's language: { $lang } (chosen with /lang). Change it with /lang en, /lang zh or /lang ja.
lang-current-auto = 🌐 This chat's language: { $lang } (from your Telegram app or OCM's default). Choose one with /lang en, /lang zh or /lang ja.
lang-set = 🌐 Language set to { $lang }.
lang-name-en = English
lang-name-zh = 简体中文 (Simplified Chinese)
lang-name-ja = 日本語 (Japanese)





## nodes: src/nodes (transports, service, model, agent, config, keys)





## node-actions: src/nodes/*actions.ts, src/nodes/cards.ts, src/bot/conversations, src/bot/menus







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents

# The natural-language layer answers in the language of the request (src/intents/lang.ts).

# Plans (src/intents/plan.ts)
nl-plan = 📋 <b>Plan</b>
nl-plan-one = 📋 <b>Plan: { $command }</b> — { $line } ({ $count ->
    [one] { $count } node
   *[other] { $count } nodes
})
nl-understood = 🗣 Understood as: <code>{ $commands }</code>
nl-needs-read = No confirmation needed (read only) — running now.
nl-needs-low = No confirmation needed (low risk) — running now.
nl-needs-medium = Medium risk: one confirmation tap.
nl-needs-high = High risk: a confirmation tap, then the 4-digit safety code.
nl-step-by-step = <i>Steps run one after another; each asks for its own confirmation. A step that fails or is cancelled stops the plan.</i>
nl-stopped = ⏹ Plan stopped at step { $n } ({ $step }: { $result }); not run: { $rest }.
nl-outcome-failed = failed
nl-outcome-denied = denied
nl-outcome-cancelled = cancelled
nl-outcome-expired = expired

# Why a proposed step is refused (plain text, inside nl-rejected)
nl-rejected = ⚠️ Nothing was done: { $problem }
nl-known-nodes = known nodes: { $nodes }
nl-no-nodes = no nodes yet (add one with /newnode)
nl-unknown-node = unknown node '{ $node }' ({ $known })
nl-unknown-node-near = unknown node '{ $node }' — did you mean { $near }? ({ $known })
nl-no-such-operation = this OCM has no '{ $action }' operation (yet); /help lists what it can do
nl-guided-conversation = { $usage } is a guided conversation: send /{ $command } yourself
nl-not-in-plain-words = '{ $action }' cannot be requested in plain words
nl-invalid-params = { $problem } (usage: { $usage })
nl-params-not-object = the parameters for { $tool } were not an object

# The fallback parser (src/intents/fallback.ts), without ANTHROPIC_API_KEY
nl-which-node = ❓ Which node? Known nodes: { $nodes }.
nl-which-node-or-all = ❓ Which node? Known nodes: { $nodes }, or "all".
nl-one-node-only = ❓ { $action } works on one node at a time. Which node? Known nodes: { $nodes }.
nl-need-ref = ❓ Which backup should it restore? { $cmd } lists them; then say e.g. "restore g3s-01 g3s-01/stable/2026-02-14".
nl-negative = ⚠️ That sounds like you do not want it done, so nothing was done. To run something, send the command, e.g. { $cmd }.
nl-needs-key = ℹ️ Natural language needs ANTHROPIC_API_KEY. Without it I understand simple requests about status, backups, restarts, logs and rollbacks (e.g. "restart g3s-02", "把所有机器都备份一下"). Nearest command: { $cmd } — /help lists them all.

# Claude (src/intents/service.ts, src/intents/claude.ts); errors are plain text
nl-rate-limited = ⏳ Too many natural-language requests; try again in { $s } s. Slash commands still work (/help).
nl-claude-failed = ❌ { $error }. Nothing was done; slash commands still work (/help).
nl-claude-empty = an empty answer ({ $reason })
nl-claude-no-stop-reason = no stop reason
nl-claude-timeout = no answer within { $waited }; try again in a moment
nl-claude-unreachable = cannot reach the API at { $url } (check ANTHROPIC_BASE_URL and the network)
nl-claude-overloaded = the API is overloaded right now (529); try again in a minute
nl-claude-rate-limited = the API rate limit was reached (429); wait a minute and try again
nl-claude-key-refused = the API key was refused ({ $status }); check ANTHROPIC_API_KEY
nl-claude-server-error = the API failed ({ $code }); try again later
nl-claude-refused = the API refused the request ({ $code })
nl-claude-unexpected = the request failed unexpectedly (details are in the OCM log)







## doctor: src/doctor







## web: src/web

# The status page (src/web/page.ts). Plain text: the page escapes it and keeps the markup.
status-page-title = OCM · { $online }/{ $total } online
status-page-heading = OCM — OpenClaw cluster
status-page-overview = Overview
status-page-online = Online
status-page-backups-today = Backups today
status-page-average-score = Average score
status-page-open-alerts = Open alerts
status-page-nodes = Nodes
status-page-score-trend = Score trend
status-page-recent-events = Recent events
status-page-no-events = No events yet.
status-page-no-nodes = No nodes yet: add one with /newnode in the bot.
status-page-read-only = Read-only
status-page-updated = updated { $time }
status-page-refreshes = refreshes every { $s } s
status-page-link-cluster = cluster
status-page-link-nodes = nodes
status-page-link-events = events
status-page-link-health = OCM health
status-page-uptime = up { $duration }
status-page-agent = agent { $version }
status-page-schema = schema { $id }

# A node's card
status-page-state-online = online
status-page-state-offline = OFFLINE
status-page-state-unknown = not checked yet
status-page-state-no-openclaw = OpenClaw not installed
status-page-state-gateway-down = gateway down
status-page-status-online = online
status-page-status-degraded = degraded
status-page-status-offline = offline
status-page-status-unknown = unknown
status-page-not-installed = not installed
status-page-cpu = CPU
status-page-ram = RAM
status-page-disk = Disk
status-page-disk-free = { $size } free
status-page-version = Version
status-page-openclaw-version = OpenClaw version
status-page-backup = Backup
status-page-score = Score
status-page-seen = Seen

# Refused requests (src/web/server.ts): a page in the browser's language, and the JSON API's "error" (always English)
status-page-error-heading = The status page cannot be shown
status-page-error-bad-encoding = the path is not valid URL encoding
status-page-error-limit = limit must be a whole number from 1 to { $max }
status-page-error-unknown-node = unknown node '{ $node }'
status-page-error-not-found = not found
status-page-error-token-required = a token is required: send the header "Authorization: Bearer <token>" or add ?token=… to the URL
status-page-error-wrong-token = wrong token
status-page-error-loopback-only = this status page answers only to localhost / 127.0.0.1 addresses; set OCM_STATUS_TOKEN to reach it under another name
status-page-error-method = { $method } is not allowed: this is a read-only page (GET or HEAD)
status-page-db-unreadable = the database cannot be read (see the OCM log)

# Start-up (src/web/server.ts)
status-page-port-in-use = status page: { $where } is already in use (another OCM or another program)
    .hint = set OCM_STATUS_PORT (status.port) to a free port, or OCM_STATUS_ENABLED=false (status.enabled) to turn the page off
status-page-no-such-address = status page: cannot listen on { $host }: this machine has no such address
    .hint = set OCM_STATUS_HOST (status.host) to one of its addresses, e.g. 127.0.0.1
status-page-no-permission = status page: no permission to listen on { $where }
    .hint = ports below 1024 need root; set OCM_STATUS_PORT (status.port) to 1024 or more
status-page-listen-failed = status page: cannot listen on { $where } ({ $code })




