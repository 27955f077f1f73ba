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

# One line per action (/help, setMyCommands, the Claude tools)
action-nodes = List the nodes with their last known state
action-status = Check a node's health live (OS, CPU, memory, disk, OpenClaw, gateway), or all nodes
action-events = Show the most recent events (state changes, alerts, operations)
action-logs = Show the tail of a node's OpenClaw gateway log (secrets redacted)
action-restart = Restart a node's OpenClaw gateway and wait until it is healthy (all: one node at a time)
action-newnode = Add a node over SSH: guided questions, or all fields in one line
action-editnode = Change a node's fields (name, host, port, user, home, gateway_port, restart_cmd; restart_cmd=- clears it)
action-scanhost = Read the SSH host key a machine presents, without logging in
action-trusthost = Pin the SSH host key a node presents now (after a reinstall, or for a declared node)
action-removenode = Remove a node from OCM (the machine itself is not touched)

# Status cards (src/nodes/cards.ts)
card-state-online = online
card-state-degraded = degraded
card-state-offline = offline
card-state-unknown = unknown
card-head = { $icon } <b>{ $node }</b> · { $host } · { $state }
card-os = { $os } · up { $uptime }
card-resources = CPU { $cpu } · load { $load } · RAM { $ram } ({ $used } / { $total })
card-disk = Disk { $used } used, { $free } free ({ $path })
card-openclaw-missing = OpenClaw: not installed
card-openclaw = OpenClaw { $version } · service { $manager }
card-service-none = none
card-gateway-healthy = Gateway 🟢 healthy on :{ $port }{ $pid ->
    [0] {""}
   *[other] {" "}(pid { $pid })
}
card-gateway-unhealthy = Gateway 🟡 running{ $pid ->
    [0] {""}
   *[other] {" "}(pid { $pid })
} but /health does not answer on :{ $port }
card-gateway-down = Gateway 🔴 not running (nothing answers on 127.0.0.1:{ $port }/health)
card-last-seen = <i>last seen { $ago }</i>
card-busy = ⏳ busy: <b>{ $action }</b> for { $actor } since { $ago }
card-where-local = this machine
card-summary = { $icon } { $online }/{ $total } online
card-summary-part = { $count } { $state }
card-summary-sep = {", "}

# /nodes
nodes-empty = No nodes yet. Add one with /newnode.
nodes-title = <b>Nodes ({ $count })</b>
nodes-seen = seen { $ago }
nodes-never-seen = never seen
nodes-hostkey-changed = ⚠️ host key changed
nodes-hostkey-pending = host key not trusted yet
nodes-undeclared = not declared (gone from the config file; /removenode { $node } removes it)

# /status
status-checking = 🔎 Checking { $count } nodes…
status-checking-done = 🔎 Checking { $count } nodes… { $done }/{ $count }

# /events
events-empty = No events yet.
events-title = <b>{ $count ->
    [one] Last event
   *[other] Last { $count } events
}</b>
events-n-number = must be a number
events-n-whole = must be a whole number
events-n-min = must be at least 1
events-n-max = at most 200

# /logs
logs-lines-number = lines must be a number
logs-lines-whole = lines must be a whole number
logs-lines-min = lines must be at least 1
logs-lines-max = at most 2000 lines
logs-empty = <b>{ $node }</b>: no gateway log found ({ $source }).
logs-head = 📜 <b>{ $node }</b> — last { $count ->
    [one] line
   *[other] { $count } lines
} of { $source }

# /restart
restart-confirm = restart OpenClaw on { $node }
restart-confirm-all = restart OpenClaw on every node, one at a time
restart-progress = 🔄 Restarting <b>{ $node }</b> ({ $n }/{ $total })…
restart-none = none
restart-so-far = restarted before it: { $done }; not touched: { $untouched }
restart-cancelled = restart cancelled
restart-stopped-at = stopped at { $node } ({ $n }/{ $total }): { $error }
restart-failed = gateway restart failed
restart-not-restarted = the gateway was not restarted: the old one (pid { $pid }) still runs
restart-node-failed = { $node }: { $error }
restart-stopped-there = stopped there ({ $n }/{ $total }); { $sofar }
restart-hint-custom = see /logs { $node }; the restart command is set with /editnode { $node } restart_cmd="…"
restart-hint-default = see /logs { $node }; without systemd or launchd, set a restart command with /editnode { $node } restart_cmd="…"
restart-done = ✅ <b>{ $node }</b>: OpenClaw gateway restarted and healthy — pid { $pid }
restart-done-all = ✅ Restarted { $count } nodes, all healthy:
restart-done-line = • { $node } (pid { $pid })

# /editnode
editnode-none = (none)
editnode-declared = { $node } is declared in the config file, which sets its fields at every start
    .hint = edit its entry in the nodes list there and restart OCM
editnode-local-field = the built-in node local is this machine: it has no { $key }
    .hint = only name, home, gateway_port and restart_cmd apply to it
editnode-nothing = nothing to change
    .hint = give key=value pairs: { $keys } (e.g. /editnode { $node } restart_cmd="…")
editnode-confirm = change { $node }: { $changes }
editnode-confirm-nothing = nothing
editnode-confirm-plain = change { $node }
editnode-unchanged = <b>{ $node }</b>: nothing changed — it already has those values.
editnode-changed = ✏️ <b>{ $node }</b> changed:
editnode-moved = The host key of the new address is not trusted yet: /trusthost { $node } pins it.

# /scanhost, /newnode, /trusthost, /removenode
scanhost-result = 🔑 { $host }:{ $port } presents host key <code>{ $fingerprint }</code>
newnode-exists = node { $node } already exists
    .hint = pick another id, or remove it first with /removenode { $node }
newnode-logging-in = 🔌 <b>{ $node }</b>: logging in to { $user }@{ $host }:{ $port }…
newnode-shell-failed = { $node }: the SSH login works but a shell command failed ({ $detail })
    .hint = check the login shell of that user
newnode-exit-code = exit { $code }
newnode-installing-agent = 📦 <b>{ $node }</b>: installing the OCM agent…
newnode-first-check = 🔎 <b>{ $node }</b>: first status check…
newnode-added = ✅ Node <b>{ $node }</b> added — agent { $version } { $installed ->
    [yes] installed
   *[no] already current
}.
newnode-openclaw-missing = OpenClaw is not installed there yet.
trusthost-confirm-current = trust { $node }'s host key (the one it presents now)
trusthost-confirm-current-replace = trust { $node }'s host key (the one it presents now) instead of { $old }
trusthost-confirm = trust { $node }'s host key { $key }
trusthost-confirm-replace = trust { $node }'s host key { $key } instead of { $old }
trusthost-local = the local node has no SSH host key
trusthost-changed = { $node } now presents { $presented }, not the { $expected } you confirmed; nothing was pinned
    .hint = check the machine, then run /trusthost { $node } again
trusthost-pinned = 🔐 <b>{ $node }</b>: host key pinned to <code>{ $fingerprint }</code>
trusthost-was = (was <code>{ $old }</code>)
removenode-confirm = remove { $node } from OCM (its events stay; nothing on the machine changes)
removenode-local = the built-in node local cannot be removed
    .hint = set local_node: false in the config file instead
removenode-declared = { $node } is declared in the config file
    .hint = remove it from the nodes list there and restart OCM (it is then marked "not declared"), then /removenode it
removenode-done = 🗑 <b>{ $node }</b> removed from OCM. The machine and its OpenClaw were not touched.

# The /newnode conversation (src/bot/conversations/newnode.ts)
newnode-intro = ➕ <b>Add a node</b> — answer each question, or /cancel to stop.
newnode-q-id = 1/7 Node id? (a-z, 0-9 and -, e.g. g3s-06)
newnode-q-name = 2/7 Display name? (send - to use the id)
newnode-q-host = 3/7 Host? (IP address or DNS name)
newnode-q-port = 4/7 SSH port? (send - for 22)
newnode-q-user = 5/7 SSH user?
newnode-q-home = 6/7 OpenClaw home? (send - for ~/.openclaw)
newnode-q-restart-cmd = 7/7 Command that restarts the gateway on the node? (send - if systemd or launchd runs it; /editnode changes it later)
newnode-bad-gateway-port = ⚠️ gateway_port: { $problem }. No node was added.
newnode-bad-field = ⚠️ { $key }: { $problem }
newnode-cancelled = Cancelled — no node was added.
newnode-interrupted = You are still adding a node (/newnode), so { $command } was not run. Resume adding it, or cancel and send { $command } again?
newnode-button-resume = ▶ Resume
newnode-button-cancel = ✖ Cancel
newnode-button-trust = 🔐 Trust
newnode-answer-resume-first = Resume or cancel adding the node first.
newnode-tap-resume = Tap Resume or Cancel above (or send /cancel).
newnode-id-exists = A node { $node } already exists. Pick another id, or remove it first with /removenode { $node }.
newnode-reading-host-key = 🔌 Reading the host key of { $host }:{ $port }…
newnode-public-key = OCM logs in with its own key. Add this line to ~{ $user }/.ssh/authorized_keys on the node:
    <code>{ $key }</code>
newnode-scan-failed = No node was added. Fix the problem above and send /newnode again.
newnode-trust-prompt = Trust this host key for <b>{ $node }</b>?
    <code>{ $fingerprint }</code>
    Compare it on the node with <code>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</code>. It is stored only if you trust it.
newnode-trust-cancelled = Cancelled — the host key was not stored and no node was added.
newnode-answer-trust-first = Finish adding the node first (Trust or Cancel).
newnode-tap-trust = Tap Trust or Cancel above (or send /cancel).

# /mynode (src/bot/menus/mynode.ts)
mynode-list = <b>Your nodes</b> ({ $count }) — pick one:
mynode-empty = No nodes yet. Add one with /newnode.
mynode-outdated = The node list changed; here is the current one.
mynode-button-status = 📊 Status
mynode-button-logs = 📜 Logs
mynode-button-restart = 🔄 Restart
mynode-button-remove = 🗑 Remove
mynode-button-back = « All nodes
mynode-card = { $icon } <b>{ $node }</b> · { $name }
    { $where } · { $state }
mynode-last-error = ❗ { $error }
mynode-removed = { $node } was removed.







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor







## web: src/web




