# OCM messages — English, the complete locale. Every sentence OCM shows a person is here.
# Keys are grouped by area; each area's section is owned by the code under the path it names.

## core: src/core, src/i18n

# Errors (plain text: no markup)
error-with-hint = { $error } — { $hint }
error-external = { $service }: { $error }
error-internal = internal error (details are in the OCM log)

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
reply-as-document = { $first }
    (full text attached: { $parts } messages long)
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

# Unknown keys in one-line forms (src/pipeline/params.ts; plain text)
params-unknown-key-near = unknown key '{ $key }' — did you mean '{ $near }'?
params-unknown-key = unknown key '{ $key }' — the keys are { $keys }
params-problems = { $first }; { $rest }

# Bot features (src/bot)
bot-not-authorized = Not authorized
bot-button-unsupported = This button is no longer supported.
bot-button-inactive = This button is no longer active.
bot-cancel-stopped = ⏹ Cancelled: { $count ->
    [one] your request was not carried out.
   *[other] your { $count } requests were not carried out.
}
bot-cancel-nothing = Nothing is waiting for your answer.
bot-request-stopped = ⏹ { $reason }: your request was not carried out; send it again later.
bot-unknown-command = Unknown command /{ $command }. See /help for the list.
bot-unknown-command-near = Unknown command /{ $command }. Did you mean /{ $near }? See /help for the list.
bot-send-a-command = Send a command such as /status or /nodes — /help lists them all.
bot-newnode-unknown-keys = ⚠️ { $problem }. Nothing was started.
    Usage: { $usage }

# The console (src/bot/console.ts; plain text)
console-silent = [silent]
console-document-saved = 📎 { $name } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}) saved to { $path }

# /start and /help (src/help)
action-start = Welcome and a short overview of the fleet
action-help = List the commands you may run, by risk tier
help-title = OCM — OpenClaw Cluster Manager
help-tier-read = 📊 Read — runs at once
help-tier-low = 💾 Low risk — runs at once
help-tier-medium = 🔄 Medium risk — one confirmation tap
help-tier-high = ⚠️ High risk — confirmation tap, then a 4-digit safety code
help-line = { $usage } — { $line }
start-welcome = 👋 <b>OCM — OpenClaw Cluster Manager</b>
    Managing { $count ->
        [one] { $count } node
       *[other] { $count } nodes
    } ({ $online } online when last checked).
    Try /status for a live check of every node, /nodes for the list, /help for everything.





## nodes: src/nodes (transports, service, model, agent, config, keys)

# SSH (src/nodes/ssh-transport.ts)
node-host-key-changed = { $node }: host key changed (now { $presented }); connection refused
    .hint = if the machine was reinstalled on purpose, re-pin it with /trusthost { $node }; otherwise treat it as an attack
node-host-key-untrusted = { $node }: host key { $presented } is not trusted yet
    .hint = an owner must trust it with /trusthost { $node }
node-ssh-refused = { $node }: SSH connection refused on { $where }
    .hint = is sshd running?
node-ssh-no-dns = { $node }: host name { $host } does not resolve
    .hint = check the host in the node settings or DNS
node-ssh-unreachable = { $node }: { $where } is unreachable
    .hint = is the machine on and on the network?
node-ssh-reset = { $node }: SSH connection to { $where } was reset
    .hint = sshd may be restarting or refusing connections (MaxStartups)
node-ssh-tcp-timeout = { $node }: TCP connection to { $where } timed out
    .hint = is the machine on and reachable?
node-ssh-no-answer = { $node }: no SSH answer from { $where } within { $seconds } s
    .hint = the machine may be hung or overloaded; check it physically
node-ssh-key-rejected = { $node }: SSH key not accepted for { $user }@{ $host }
    .hint = add OCM's public key (shown by /newnode) to ~{ $user }/.ssh/authorized_keys
node-ssh-key-unusable = { $node }: the SSH private key cannot be used ({ $detail })
    .hint = use an unencrypted OpenSSH key file
# any other SSH failure: the SSH library's own words, shown after "<node> ssh:"
node-ssh-failed = { $detail }
node-ssh-closed = { $node }: connection closed
node-ssh-command-timeout = { $node }: command timed out after { $seconds } s
    .hint = the node may be overloaded
node-ssh-command-cancelled = { $node }: command cancelled

# This machine (src/nodes/local-transport.ts)
node-local-bash-failed = cannot run bash: { $detail }
node-local-timeout = command timed out after { $seconds } s
node-local-cancelled = command cancelled

# Output caps (src/nodes/output-cap.ts)
node-output-over-cap = { $node }: the command printed more than { $cap } on { $stream }; OCM stopped it
    .hint = the node's output is not trusted past the cap (ssh.max_{ $stream }_bytes); check what runs on { $node }
node-size-mib = { $n } MiB
node-size-kib = { $n } KiB
node-size-bytes = { $n ->
    [one] { $n } byte
   *[other] { $n } bytes
}

# Node service (src/nodes/service.ts)
node-ssh-not-configured = { $node }: SSH is not configured in this OCM
node-ssh-key-unreadable = { $node }: cannot read the SSH key { $path } ({ $code })
    .hint = check key_path
node-agent-install-failed = { $node }: could not install the OCM agent in ~/.ocm ({ $detail })
    .hint = check that the home directory is writable
node-exit-code = exit { $code }
node-unknown = unknown node '{ $id }'
    .hint = known nodes: { $known } (see /nodes)
node-unknown-none-hint = no nodes yet: add one with /newnode
node-none = no nodes registered yet
    .hint = add one with /newnode
node-problem-openclaw-missing = OpenClaw not installed
node-problem-gateway-unhealthy = gateway running but not healthy on 127.0.0.1:{ $port }
node-problem-gateway-down = gateway not answering on 127.0.0.1:{ $port }/health
node-problem-disk-full = disk { $pct }% full

# The node agent's answers (src/nodes/agent.ts)
node-agent-no-json = '{ $command }' returned no JSON ({ $detail })
node-agent-no-output = '{ $command }' returned no JSON (no output)
node-agent-bad-json = '{ $command }' printed unexpected JSON ({ $detail })

# Parameters (src/nodes/model.ts): zod messages, rendered by describeIssues
node-id-required = a node id is required
node-id-invalid = a node id is 1–32 characters of a-z, 0-9 and -, starting with a letter or digit
node-target-invalid = give a node id (a-z, 0-9, -) or "all"
node-host-required = a host is required
node-host-invalid = a host is a DNS name or an IP address (letters, digits, dots, dashes; no spaces or quotes)
node-port-not-number = a port is a number
node-port-not-integer = a port is a whole number
node-port-range = a port is 1–65535
node-user-required = an SSH user is required
node-user-invalid = an SSH user name is letters, digits, _ . - (no spaces or quotes)
node-home-invalid = a path starts with / or ~/ and has no quotes, $, ;, |, &, <, >, * or backslashes
node-name-length = a name is 1–64 characters
node-name-invalid = a name has no < > or line breaks
node-restart-cmd-not-text = a restart command is text
node-restart-cmd-empty = a restart command is not empty
node-restart-cmd-too-long = a restart command is at most 1000 characters
node-restart-cmd-one-line = a restart command is one line
node-fingerprint-invalid = a host key fingerprint looks like SHA256: followed by 43 characters

# The data dir lock (src/store/lock.ts)
store-lock-held = another OCM (pid { $pid }) is already running on this data dir ({ $dir })
    .hint = stop it first, or set OCM_DATA_DIR to another folder
store-lock-failed = cannot lock { $path }
    .hint = remove the file if no OCM is running




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
card-problem = ❗ { $problem }
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

# Commands (src/backup/actions.ts)
action-backup = Back up a node's OpenClaw config, workspace and cron jobs to git, secrets redacted (all: every node and OCM itself, in parallel)
action-backups = List a node's backups: ref, date, type, size, score
action-diff = What changed in a node's backup: the latest against a ref (default: the backup before it)
action-stable = Mark a node's backup as stable (default: its latest), the target of /rollback
action-restore = Restore a node to a backup: snapshot first, stop the gateway, put the files back, start it, revert if it is not healthy
action-rollback = Roll a node back to its latest stable backup (same steps as /restore)
action-scheduledbackup = Scheduled backup of every node (staggered) and of OCM itself
action-pushretry = Push backup commits that an earlier push could not deliver to the remote

# Parameters (plain text)
backup-ref-required = give a backup ref: a tag or commit id from /backups
backup-ref-invalid = not a backup ref (a tag or commit id from /backups)
backup-label-invalid = label: lowercase letters, digits and dashes, at most 40 (e.g. pre-update)
backup-n-number = n must be a whole number
backup-n-min = at least 1
backup-n-max = at most 100

# Lists inside messages (the locale's separators)
backup-list-comma = { $a }, { $b }
backup-list-semicolon = { $a }; { $b }
backup-list-lines =
    { $a }
    { $b }
backup-list-more = { $list }, …

# /backup and the scheduled backup: progress, one line per node, totals
backup-progress =
    💾 Backing up { $count ->
        [one] { $count } node
       *[other] { $count } nodes
    }…
    { $states }
backup-state-line = { $node }: { $state }
backup-state-waiting = ⏳ waiting
backup-state-skipped = ⏭ skipped (busy)
backup-state-packing = 📦 packing…
backup-state-committed = ✅ committed
backup-state-unchanged = ➖ unchanged
backup-state-failed = ❌ failed
backup-outcome-committed = ✅ <b>{ $node }</b>: <code>{ $ref }</code> — { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $size }{ $redactions ->
        [0] {""}
        [one] , { $redactions } secret redacted
       *[other] , { $redactions } secrets redacted
    }
backup-outcome-unchanged = ➖ <b>{ $node }</b>: no changes since <code>{ $ref }</code>
backup-outcome-warnings = ⚠️ { $warnings }
backup-outcome-failed = ❌ <b>{ $node }</b>: { $error }
backup-last-backup = the last backup
backup-failed = backup failed
backup-cancelled = cancelled
backup-skipped-busy = skipped: { $action } was running on it
backup-master-committed = 🗄 OCM itself: { $commit }
backup-master-unchanged = 🗄 OCM itself: no changes
backup-master-failed = ❌ OCM itself: { $error }
backup-push-ok = ☁️ pushed to the remote
backup-push-failed = ⚠️ push to the remote failed ({ $error }); the commits are kept here and the push is retried
backup-push-failed-silent = ⚠️ push to the remote failed; the commits are kept here and the push is retried
backup-push-failed-later = ⚠️ push to the remote failed; it is retried later
backup-head-done = 💾 Backup done
backup-head-partial = 💾 Backup: { $done } of { $total } done, { $failed } failed
backup-failed-node = ❌ { $node }: { $error }
backup-failed-all =
    { $head }
    { $lines }
backup-no-nodes = no nodes to back up
    .hint = add one with /newnode

# What the node's pack held (warnings of a backup; plain text)
backup-warn-dropped = { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } of the pack dropped: { $list }
backup-drop = { $path } ({ $why })
backup-drop-escaping = absolute or escaping path
backup-drop-not-folder = a { $type }, not a folder: refused
backup-drop-not-file = a { $type }, not a file: refused
backup-drop-unexpected = unexpected path
backup-drop-foreign = not part of a backup
backup-drop-type-refused = { $type } refused
backup-drop-in-link = inside a symlink or a file
backup-drop-folder-first = a folder of the same name came first
backup-drop-bad-link = symlink without a usable target
backup-drop-git = a .git path
backup-drop-gitmodules = a .gitmodules file
backup-drop-gitattributes = a .gitattributes file
backup-entry-hard-link = hard link
backup-entry-symlink = symlink
backup-entry-char-device = character device
backup-entry-block-device = block device
backup-entry-fifo = FIFO
backup-entry-folder = folder
backup-entry-file = file
backup-entry-other = '{ $type }' entry
backup-warn-not-folder = { $part } in the pack is not a folder: ignored
backup-warn-skipped = { $count ->
        [one] { $count } non-regular file
       *[other] { $count } non-regular files
    } not backed up: { $list }
backup-warn-cron-not-file = cron-export.json in the pack is not a regular file: ignored
backup-warn-no-metadata = the node sent no usable metadata.json
backup-warn-cron = cron jobs not exported ({ $why })
backup-warn-cron-kept = cron jobs not exported ({ $why }); the previous export is kept
backup-warn-sqlite = SQLite not copied (no sqlite3 or python3 on the node): { $files }

# A backup refused or failed (errors: plain text)
backup-refused-bytes = { $node }: backup refused: the pack unpacks to more than { $mb } MB (backup.max_pack_bytes)
    .hint = nothing was committed; the previous backup is unchanged; raise backup.max_pack_bytes if the node really holds that much
backup-refused-files = { $node }: backup refused: the pack holds more than { $limit } files (backup.max_pack_files)
    .hint = nothing was committed; the previous backup is unchanged; raise backup.max_pack_files if the node really holds that many
backup-refused-file = { $node }: backup refused: { $path } is larger than { $mb } MB (backup.max_file_bytes)
    .hint = nothing was committed; the previous backup is unchanged; raise backup.max_file_bytes if the file belongs in the backup
backup-a-file = a file
backup-refused-ratio = { $node }: backup refused: the pack expands more than { $limit }× (a compression bomb)
    .hint = nothing was committed; the previous backup is unchanged
backup-refused-disk = { $node }: backup refused: data disk full: { $free } MB free, need about { $need } MB
    .hint = free space on OCM's data disk (data_dir), then run the backup again
backup-stream-damaged = { $node }: the backup stream arrived damaged ({ $why })
    .hint = try again; if it persists, check the disk space on both machines
backup-write-failed = cannot write { $path } ({ $code })
backup-pack-failed = { $node }: the node could not pack its backup: { $why }
backup-pack-exit = exit code { $code }
backup-hint-no-home = is OpenClaw installed on { $node }? If its home is elsewhere, set it with /editnode { $node } home=PATH
backup-refused-leak = { $node }: backup refused: a secret survived redaction in { $files }
    .hint = nothing was committed; report this file so the redaction rules can learn it
backup-gitlink = backup refused: { $name } is a nested git repository (gitlink) in { $path }
    .hint = nothing was committed; remove the nested .git folder on the node
backup-git-failed = git { $command } failed: { $error }
backup-git-read-failed = cannot read { $commit } from the backup repository: { $error }
backup-master-refused = OCM self-backup refused: the masked copy of its database failed an integrity check ({ $problem })
    .hint = the previous copy in the backup repository is kept; report this so the masking rules can be fixed

# What the node agent says (agent/src/cmd), in the reader's language
backup-agent-no-home = OpenClaw home { $home } does not exist on this node
backup-agent-no-temp = cannot create a temporary folder on the node
backup-agent-cannot-read = cannot read { $path }
backup-agent-cannot-read-workspace = cannot read the workspace { $path }
backup-agent-tar-failed = tar failed while packing the backup
backup-agent-no-cli = openclaw CLI not found
backup-agent-cron-no-json = cron list printed no JSON
backup-agent-cron-failed = openclaw cron list failed
backup-agent-cron-failed-because = openclaw cron list failed: { $why }
backup-agent-not-healthy = the gateway was not healthy within { $seconds } s after the restore
backup-agent-copy-failed = copying the restored files failed

# /backups
backup-list-none = <b>{ $node }</b> has no backups yet — /backup { $node }
backup-list-head = 💾 <b>{ $node }</b> — last { $count ->
        [one] { $count } backup
       *[other] { $count } backups
    }
backup-list-row = • <code>{ $ref }</code>
backup-list-row-stable = ⭐ <code>{ $ref }</code>
backup-list-detail = { $when } · { $type } · { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $size }
backup-list-detail-score = { $when } · { $type } · { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $size } · score { $score }
backup-list-foot = Restore: /restore { $node } &lt;ref&gt;
backup-list-foot-stable = Restore: /restore { $node } &lt;ref&gt; · latest stable: <code>{ $stable }</code>
backup-type-auto = auto
backup-type-manual = manual
backup-type-pre-rollback = pre-rollback

# /diff
backup-diff-only-one = <b>{ $node }</b> has only one backup (<code>{ $ref }</code>); nothing to compare yet.
backup-diff-head = 🔍 <b>{ $node }</b>: <code>{ $from }</code> → <code>{ $to }</code>
backup-diff-none = No differences.
backup-diff-files = { $count ->
        [one] { $count } file changed:
       *[other] { $count } files changed:
    }
backup-diff-file = • { $path } +{ $added } −{ $removed }
backup-diff-file-binary = • { $path } (binary)
backup-diff-more = … and { $count } more
backup-diff-caption = { $node }: { $from } → { $to }
backup-diff-patch = <pre>{ $patch }</pre>

# /restore and /rollback
backup-confirm-restore = restore { $node } to backup { $ref } (its current state is snapshotted first; the gateway restarts)
backup-confirm-rollback = roll { $node } back to its latest stable backup (its current state is snapshotted first; the gateway restarts)
backup-no-stable = { $node } has no stable backup to roll back to
    .hint = mark one with /stable { $node } [ref], or pick any backup from /backups { $node } and use /restore
backup-restore-no-backup = { $ref } holds no backup of { $node }
    .hint = see /backups { $node }
backup-ref-not-ref = '{ $ref }' is not a backup reference
    .hint = use a tag or commit id from /backups
backup-ref-unknown = no backup called '{ $ref }'
    .hint = see /backups <node> for the tags and commit ids
backup-progress-snapshot = 📸 Taking a pre-rollback snapshot of { $node }…
backup-progress-applying = ⏹ Stopping OpenClaw on { $node }, restoring { $files } files from { $ref }, then waiting up to { $seconds } s for /health…
backup-restore-failed = { $node }: restore of { $ref } failed: { $error }; { $back }
backup-restore-back-healthy = the previous files are back and the gateway is healthy again
backup-restore-back-unhealthy = the previous files are back but the gateway is still not healthy
backup-restore-unchanged = nothing was changed
backup-restore-unknown-error = unknown error
backup-hint-logs = check /logs { $node }
backup-hint-pretag = the pre-rollback state is tagged { $tag }
backup-restored = ✅ <b>{ $node }</b> restored to <code>{ $ref }</code> ({ $files ->
        [one] { $files } file
       *[other] { $files } files
    }); the gateway is healthy.
backup-restored-secrets = 🔑 { $kept ->
        [one] { $kept } secret value
       *[other] { $kept } secret values
    } kept from the node
backup-restored-secrets-missing = 🔑 { $kept ->
        [one] { $kept } secret value
       *[other] { $kept } secret values
    } kept from the node; ⚠️ { $missing } had no counterpart on the node and stay REDACTED — set them by hand
backup-restored-kept = 🔒 kept the node's current { $files } (it holds secrets, masked in the backup)
backup-restored-dropped = ⚠️ not restored: { $links } (symlinks pointing outside the node's OpenClaw home)
backup-restored-dropped-more = ⚠️ not restored: { $links } and { $more } more (symlinks pointing outside the node's OpenClaw home)
backup-restored-before = Before: <code>{ $tag }</code> · recorded as <code>{ $rollback }</code>
backup-restored-before-none = Before: no snapshot · recorded as <code>{ $rollback }</code>

# A restore OCM's own stop interrupted (src/backup/schedule.ts; sent to every owner chat)
backup-interrupted =
    ⚠️ OCM stopped while restoring <b>{ $node }</b> to <code>{ $ref }</code>.
    The node reports: { $state }.
backup-interrupted-tagged =
    ⚠️ OCM stopped while restoring <b>{ $node }</b> to <code>{ $ref }</code>.
    The node reports: { $state }.
    Its state before the restore is tagged <code>{ $tag }</code>.
backup-interrupted-applied = the restore finished on the node and the gateway came up healthy
backup-interrupted-reverted = the node put its previous files back (the restored state was not healthy or the copy failed)
backup-interrupted-applying = the node is still applying it (or was cut off mid-way); check /status and /logs
backup-interrupted-none = the restore never reached the node; it is unchanged
backup-interrupted-gone = unknown (the node is gone from OCM)
backup-interrupted-unknown = unknown ({ $error })
backup-interrupted-other = { $state }

# /stable and /pushretry
backup-none-yet = { $node } has no backup yet
    .hint = run /backup { $node } first
backup-stable-tagged = ⭐ <b>{ $node }</b>: tagged <code>{ $tag }</code> — /rollback { $node } returns here.
backup-push-nothing = Nothing waits to be pushed.
backup-push-done = Pushed the backup commits that were waiting.
backup-push-retry-failed = push to the backup remote failed: { $error }
    .hint = the commits stay local; OCM tries again later
backup-push-no-detail = git gave no reason







## monitor: src/monitor, src/jobs, the alerts of src/app.ts

# Building blocks of stored alerts (src/monitor/render.ts)
watchdog-text = { $text }
watchdog-plain = { $text }
watchdog-lines =
    { $first }
    { $rest }
watchdog-paragraphs =
    { $first }

    { $rest }
watchdog-list = { $first }, { $rest }
watchdog-list-semicolon = { $first }; { $rest }

# Alert heads
watchdog-head-info = 🟡 [Info]
watchdog-head-warn = 🟠 [Warning]
watchdog-head-critical = 🔴 [Critical]
watchdog-head-escalated = ⬆️ [Escalated]
watchdog-head-hardware = 🚨 [Critical — check the hardware]
watchdog-head-resolved = ✅ [Resolved]

# What an incident is about (summaries, details, recoveries: stored with the incident)
watchdog-summary-offline = { $node } offline
watchdog-summary-gateway = { $node }: OpenClaw gateway down
watchdog-summary-disk = { $node }: disk { $pct }% used
watchdog-summary-memory = { $node }: memory { $pct }% used
watchdog-summary-clock = { $node }: clock is off by { $skew } s
watchdog-summary-backup-push = backup push to the remote is failing
watchdog-summary-ocm = OCM itself is unwell
watchdog-detail-threshold = above the { $limit }% threshold
watchdog-back-to-disk = disk back to { $pct }%
watchdog-back-to-memory = memory back to { $pct }%
watchdog-clock-ahead = its clock is { $skew } s ahead of OCM's — check NTP on the node
watchdog-clock-behind = its clock is { $skew } s behind OCM's — check NTP on the node
watchdog-backup-push-failed = push failed
watchdog-backup-push-pending = { $error } · { $pending ->
    [one] { $pending } commit
   *[other] { $pending } commits
} not pushed yet
watchdog-reason-not-installed = OpenClaw is not installed
watchdog-reason-gateway-unhealthy = gateway running but /health does not answer on 127.0.0.1:{ $port }
watchdog-reason-gateway-not-running = gateway not running (nothing answers on 127.0.0.1:{ $port }/health)
watchdog-resources = RAM { $mem }%, disk { $disk }%
watchdog-resources-mem = RAM { $mem }%
watchdog-resources-disk = disk { $disk }%
watchdog-auto-ssh-fails = Automatic recovery: SSH fails — the machine may need a physical check
watchdog-auto-restarting = Automatic recovery: restarting the gateway…
watchdog-auto-restarted = Automatic recovery: OCM restarted the gateway (pid { $pid })
watchdog-auto-failed = Automatic recovery failed: { $error }
watchdog-auto-failed-unknown = Automatic recovery failed: the restart did not succeed
watchdog-fixed-auto-restart = OCM's automatic gateway restart
watchdog-fixed-restart = gateway restart
watchdog-fixed-restart-by = gateway restart by { $by }
watchdog-fixed-ssh-back = SSH answers again (no action by OCM)
watchdog-fixed-gateway-back = the gateway answered again by itself (no action by OCM)
watchdog-fixed-by-itself = came back by itself
watchdog-resolution-not-found = no longer found by the check
watchdog-resolution-node-removed = node removed from OCM
watchdog-kind-offline = offline
watchdog-kind-gateway = gateway down
watchdog-kind-disk = disk
watchdog-kind-memory = memory
watchdog-kind-clock = clock skew
watchdog-kind-backup-push = backup push
watchdog-kind-ocm = OCM itself
watchdog-kind-count = { $count } { $kind }

# The alert of one incident (edited as it evolves)
watchdog-alert-title = { $head } <b>{ $title }</b>
watchdog-since = Since: { $time }
watchdog-last-seen = Last seen: { $time }
watchdog-last-state = Last state: { $state }
watchdog-cause = Cause: { $cause }
watchdog-recovery = 🔧 { $recovery }
watchdog-note-escalated = ⬆️ Escalated: still not back.
watchdog-note-hardware = 🚨 Out for a long time: check the hardware (power, network cable, disk).
watchdog-resolved = resolved
watchdog-resolved-line = ✅ { $resolution } — { $time }, after { $duration }
watchdog-silence-muted = 🔕 muted until { $until }
watchdog-silence-muted-by = 🔕 muted until { $until } by { $who }
watchdog-silence-maintenance = 🛠 maintenance window until { $until }
watchdog-silence-maintenance-reason = 🛠 maintenance window until { $until } ({ $reason })
watchdog-button-retry = 🔌 Retry SSH
watchdog-button-logs = 📜 Logs
watchdog-button-mute = 🔕 Mute 1h
watchdog-button-retry-all = 🔌 Retry SSH (all)
watchdog-button-mute-all = 🔕 Mute all 1h

# Digests, escalations, recoveries
watchdog-digest-title = { $head } <b>{ $count } nodes { $kind }: { $ids }</b>
watchdog-digest-title-mixed = { $head } <b>{ $count } nodes need attention ({ $what }): { $ids }</b>
watchdog-digest-line = • <b>{ $node }</b>: { $what }
watchdog-digest-line-recovery = • <b>{ $node }</b>: { $what } · 🔧 { $recovery }
watchdog-digest-back = ✅ back after { $duration }
watchdog-escalation-title = { $head } <b>{ $summary }</b> for { $duration }
watchdog-escalation-many = { $head } <b>{ $count } nodes still down: { $ids }</b>
watchdog-escalation-line = • <b>{ $node }</b>: { $summary } since { $time }
watchdog-escalation-hardware = Out for a long time: check the hardware (power, network cable, disk).
watchdog-escalation-still-down = Still not back; OCM keeps checking.
watchdog-recovered-title = ✅ [Recovered] <b>{ $node }</b> back online
watchdog-recovered-out = Out for: { $duration } ({ $summary })
watchdog-recovered-fixed-by = Fixed by: { $fix }
watchdog-recovered-now = Now: { $state }
watchdog-recovered-many = ✅ [Recovered] <b>{ $count } nodes back online</b>
watchdog-recovered-line = • <b>{ $node }</b>: out { $duration } — { $fix }
watchdog-log-digest = 📜 [Log keywords] <b>{ $node }</b>: { $counts } since { $since }
watchdog-notice-resolved = ✅ [Resolved] { $summary }
watchdog-notice-backup-failed = 🟠 [Warning] Backup failed
    { $error }
watchdog-notice-backup-failed-on = 🟠 [Warning] Backup failed on <b>{ $node }</b>
    { $error }

# Alert actions (src/monitor/actions.ts)
action-mute = Silence the alerts of a node (or all) for a while; events are still recorded
action-unmute = End the mutes of a node (all: every mute)
action-mutes = List active mutes and maintenance windows with their expiry
action-retryssh = Check a node now as the watchdog does (SSH, then the agent's health)
action-watchdogchecks = The watchdog's slow checks: backup push health, OCM itself, clock skew of the reachable nodes
watchdog-duration-required = give a duration such as 30m, 1h or 2d (a silence always expires)
watchdog-duration-invalid = a duration looks like 30m, 1h, 2h30m or 7d
watchdog-duration-too-long = at most 30d
watchdog-scope-all = all nodes
watchdog-scope-any = any node
watchdog-mute-done = 🔕 Alerts of <b>{ $scope }</b> muted for { $duration }, until { $until }. Events are still recorded; /unmute { $target } ends it early.
watchdog-unmute-nothing = Nothing to unmute for <b>{ $scope }</b>. See /mutes.
watchdog-unmute-done = 🔔 Alerts of <b>{ $scope }</b> are on again ({ $count ->
    [one] { $count } mute
   *[other] { $count } mutes
} ended).
watchdog-mutes-none = No mutes or maintenance windows. Open incidents: { $open }.
watchdog-mutes-title = <b>Silences ({ $count })</b>
watchdog-mutes-line-mute = 🔕 <b>{ $scope }</b> muted until { $until } ({ $left } left)
watchdog-mutes-line-maintenance = 🛠 <b>{ $scope }</b> maintenance until { $until } ({ $left } left)
watchdog-mutes-by = by { $who }
watchdog-mutes-reason = { $reason }
watchdog-mutes-open = Open incidents: { $open }.
watchdog-retry-no-nodes = no nodes to check
watchdog-retry-title = 🔌 <b>Retry SSH</b> — checked now (the watchdog confirms state changes at its next checks)
watchdog-retry-line = { $icon } <b>{ $node }</b>: { $what }
watchdog-retry-healthy = SSH works, gateway healthy
watchdog-retry-ssh-works = SSH works; { $reason }
watchdog-retry-not-healthy = not healthy
watchdog-retry-ssh-fails = SSH fails
watchdog-checks-found = Slow checks: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} found (alerts follow the usual rules).
watchdog-checks-none = Slow checks: nothing found.

# OCM itself (src/app.ts, src/main.ts)
app-hostkey-changed = 🚨 <b>{ $node }</b>: the SSH host key changed!
    Pinned: <code>{ $pinned }</code>
    Now: <code>{ $presented }</code>
    OCM refuses to connect. If the machine was reinstalled on purpose, re-pin it; otherwise treat this as an attack.
app-hostkey-untrusted = 🔐 <b>{ $node }</b> ({ $user }@{ $host }:{ $port }) presents host key <code>{ $presented }</code>, not trusted yet. OCM will not connect until an owner trusts it.
app-hostkey-button-trust = 🔐 Trust this key
app-hostkey-button-repin = 🔐 Re-pin (high risk)
app-self-polling-stopped = Telegram long polling has stopped
app-self-disk-low = the data dir's disk has only { $free }% free
app-self-data-dir-unreadable = cannot read the data dir { $dir }
app-restarted-interrupted = ⚠️ OCM restarted. { $count ->
    [one] Interrupted operation (marked failed)
   *[other] Interrupted operations (marked failed)
}: { $ops }
app-console-banner = OCM console — data in { $dir }. Type /help; numbers press buttons; Ctrl-D quits.
app-status-page = Status page: { $url }
app-telegram-failed = Telegram: { $error }
app-telegram-failed-hint = check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT
app-unexpected-failure = unexpected failure: { $error }




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

action-doctor = Check OCM's set-up: Telegram, Claude, SSH key, every node, backups, disk, clock
action-version = OCM's version, uptime, Node.js, agent and database schema

# /doctor and `npm run doctor` (plain text: the chat shows the report in <pre>)
doctor-checking = 🩺 Checking the set-up…
doctor-head-failed = <b>🩺 OCM doctor: problems found</b>
doctor-head-warned = <b>🩺 OCM doctor: usable, with warnings</b>
doctor-head-passed = <b>🩺 OCM doctor: all checks passed</b>
doctor-cli-header = OCM doctor · OCM { $version } · Node { $node }
doctor-cli-config-blocked = ❌ the config must be fixed before the other checks can run
doctor-cli-failed = ❌ problems found: fix the lines marked ❌ (the → line says how)
doctor-cli-warned = ⚠️ usable, with warnings
doctor-cli-passed = ✅ all checks passed
doctor-cli-crashed = ocm doctor: unexpected failure: { $error }
doctor-line = { $mark } { $area }: { $text }
doctor-line-next = {"   "}→ { $next }
doctor-check-config = config
doctor-check-telegram = Telegram
doctor-check-claude = Claude
doctor-check-ssh-key = SSH key
doctor-check-nodes = nodes
doctor-check-backup-repo = backup repo
doctor-check-backup-remote = backup remote
doctor-check-offsite = offsite copies
doctor-check-disk = disk
doctor-check-files = files
doctor-check-clock = clock
doctor-net-timed-out = timed out
doctor-unknown-error = error
doctor-no-output = no output
doctor-version-unknown = version unknown

doctor-config-ok = { $file } and the environment parse
doctor-config-ok-defaults = no ocm.yaml: defaults and the environment parse
doctor-config-problem = { $error }
    .next = fix the key named in ocm.yaml or its environment variable (see the README configuration table)

doctor-telegram-no-token = no bot token: OCM runs as a console chat on the terminal (set TELEGRAM_BOT_TOKEN for the bot)
doctor-telegram-unreachable = cannot reach { $root } ({ $error })
    .next = check the network from this machine, a proxy, or TELEGRAM_API_ROOT
doctor-telegram-token-refused = the bot token was refused by getMe ({ $status } { $description })
    .next = copy the token again from @BotFather (/mybots → API Token) into TELEGRAM_BOT_TOKEN in /etc/ocm/env, then restart OCM
doctor-telegram-getme-status = getMe answered { $status }
    .next = try again later; if it persists check TELEGRAM_API_ROOT
doctor-telegram-token-ok = token valid: bot @{ $username } answers getMe
doctor-telegram-owners = { $count ->
    [one] { $count } owner set
   *[other] { $count } owners set
} ({ $ids })
doctor-telegram-no-owners = no owners set: nobody may operate
    .next = set OCM_OWNER_IDS to your numeric Telegram user id (ask @userinfobot)
doctor-telegram-commands-ok = setMyCommands accepted ({ $count ->
    [one] { $count } command
   *[other] { $count } commands
})
doctor-telegram-commands-refused = setMyCommands refused ({ $status }): the command menu may be stale
    .next = harmless for commands typed by hand; check the Bot API server
doctor-telegram-commands-failed = setMyCommands failed ({ $error })
    .next = harmless for commands typed by hand

doctor-claude-no-key = no API key: natural language uses the built-in fallback parser (set ANTHROPIC_API_KEY for Claude)
doctor-claude-key-refused = the API key was refused ({ $status })
    .next = create a key at console.anthropic.com and set ANTHROPIC_API_KEY; without one OCM uses the fallback parser
doctor-claude-models-status = the models list answered { $status }
    .next = natural language falls back to the built-in parser while Claude is unavailable
doctor-claude-model-missing = key valid, but the model { $model } is not in the models list
    .next = set OCM_INTENT_MODEL to a listed model
doctor-claude-ok = key valid ({ $count ->
    [one] { $count } model listed
   *[other] { $count } models listed
})
doctor-claude-unreachable = cannot reach { $base } ({ $error })
    .next = natural language falls back to the built-in parser; check the network or ANTHROPIC_BASE_URL

doctor-ssh-key-missing = { $path } not created yet: OCM creates it at first start
doctor-ssh-key-open = { $path } is readable by others (mode { $mode })
    .next = chmod 600 { $path }
doctor-ssh-key-unusable = { $path } is not a usable private key ({ $error })
    .next = move it away; OCM creates a new one at start (then install the new public key on the nodes)
doctor-ssh-key-ok = { $path } present, mode { $mode }
doctor-ssh-key-unreadable = cannot read { $path } ({ $code })
    .next = run OCM and the doctor as the same user (the service runs as ocm)

doctor-nodes-none = none registered yet (add one with /newnode or nodes: in ocm.yaml)
doctor-node-local-ok = this machine, OpenClaw { $version }
doctor-node-local-no-openclaw = this machine: OpenClaw is not installed
    .next = install OpenClaw, or run OCM with local_node off
doctor-node-local-agent-failed = the local agent failed ({ $error })
    .next = run `npm run build:agent` in the OCM checkout
doctor-node-host-key-untrusted = { $where }: host key not trusted yet, so OCM does not connect
    .next = compare the fingerprint OCM shows with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the node, then /trusthost { $node }
doctor-node-key-path = check key_path of the node
doctor-node-host-key-changed = { $where }: the SSH host key changed (pinned { $pinned }, now { $presented }); OCM refuses to connect
    .next = if the machine was reinstalled on purpose, check the new key on it and re-pin with /trusthost { $node }; otherwise treat it as an attack
doctor-node-unreachable = { $where }: unreachable ({ $error })
    .next = check that the machine is up and sshd listens on port { $port } (`ssh -p { $port } { $user }@{ $host }` from this machine), and the firewall
doctor-node-no-agent = { $where }: reachable, host key matches; the OCM agent is not installed yet
    .next = OCM installs it at its next contact with the node (e.g. /status)
doctor-node-ok = { $where }: reachable, host key matches, { $agent }, { $openclaw }
doctor-node-agent-current = agent current
doctor-node-agent-outdated = agent { $remote } outdated (OCM has { $ours })
doctor-node-openclaw-version = OpenClaw { $version }
doctor-node-openclaw-missing = OpenClaw not installed
doctor-node-status-failed = status failed ({ $error })
doctor-node-agent-replace = OCM replaces the agent at its next contact (e.g. /status)
doctor-node-look = look at /status { $node } and /logs { $node }

doctor-backup-repo-missing = { $dir } not created yet: the first backup creates it
doctor-backup-repo-ok = { $dir }: git fsck clean
doctor-backup-repo-broken = { $dir }: git fsck found problems ({ $output })
    .next = run `git -C { $dir } fsck`; if objects are lost, move the folder away and clone the remote into it
doctor-backup-remote-none = none configured: backups stay on this machine (set OCM_BACKUP_REMOTE to push them)
doctor-backup-deploy-key-missing = the deploy key { $path } does not exist
    .next = set OCM_BACKUP_DEPLOY_KEY to the private key whose public half is a deploy key (write access) on the repository
doctor-backup-remote-next = check the URL, that the deploy key is added to the repository with "Allow write access", and the network to the git host
doctor-backup-remote-reachable = { $remote } reachable (write access is checked once the repo exists)
doctor-backup-remote-unreachable = { $remote } not reachable ({ $output })
doctor-backup-remote-writable = { $remote } reachable and writable (dry-run push)
doctor-backup-remote-refused = { $remote }: dry-run push refused ({ $output })

doctor-disk-free = { $dir }: { $free } GB free ({ $pct }%)
doctor-disk-full-next = free space on that disk (old logs, data/tmp) or move OCM_DATA_DIR; SQLite and git fail when it is full
doctor-disk-low-next = free some space before it fills up
doctor-disk-unreadable = cannot read { $dir } ({ $code })
    .next = check OCM_DATA_DIR and its permissions

doctor-files-missing = { $dir } does not exist yet (OCM creates it 0700 at start)
doctor-files-ok = { $dir }: folders 0700, files 0600
doctor-files-wide = readable by other users: { $names }
    .next = OCM tightens them at its next start; or now: chmod -R go-rwx { $dir }

doctor-clock-no-source = { $time } (no remote time source to compare with)
doctor-clock-skew = { $skew } s against the Date of { $count ->
    [one] an API answer
   *[other] the API answers
}
doctor-clock-fail-next = enable time sync (`timedatectl set-ntp true`); schedules, alerts and TLS depend on it
doctor-clock-warn-next = enable time sync (`timedatectl set-ntp true`)

# /version (Telegram HTML)
doctor-version-ocm = <b>OCM</b> { $version }
doctor-version-uptime = Uptime: { $uptime }
doctor-version-node = Node.js: { $node }
doctor-version-agent = Agent: { $agent }
doctor-version-schema = Schema: { $count ->
    [one] { $count } migration
   *[other] { $count } migrations
}
doctor-version-schema-last = Schema: { $count ->
    [one] { $count } migration
   *[other] { $count } migrations
} (last { $last })




## offsite: src/offsite, scripts/recover.ts

# Archives and encryption (src/offsite/archive.ts, crypto.ts)
offsite-wrong-passphrase = wrong passphrase: this archive was encrypted with a different offsite.passphrase
    .hint = set OCM_OFFSITE_PASSPHRASE (offsite.passphrase) to the passphrase the copies were made with
offsite-passphrase-needed = this archive is encrypted and no passphrase is set
    .hint = set OCM_OFFSITE_PASSPHRASE (offsite.passphrase) to the passphrase the copies were made with
offsite-archive-damaged = the archive is damaged or incomplete (it does not decrypt or unpack)
    .hint = try an older copy (--date YYYY-MM-DD); /offsite verify checks the latest one
offsite-archive-not-encrypted = not an encrypted OCM archive
offsite-archive-no-manifest = the archive has no readable MANIFEST.json: not an OCM offsite copy, or cut short

# Google Drive (src/offsite/drive.ts)
offsite-credentials-unreadable = cannot read the service account key file { $file }
    .hint = download a JSON key for the service account (Google Cloud console → IAM → Service accounts → Keys), save it readable only by OCM's user (chmod 600) and set offsite.drive.credentials_file (OCM_OFFSITE_CREDENTIALS_FILE) to its path
offsite-credentials-invalid = { $file } is not a service account key (JSON with type "service_account", client_email and private_key)
    .hint = create a JSON key for a service account in the Google Cloud console and point offsite.drive.credentials_file at it
offsite-drive-key-refused = Google refused the service account key of { $email } (deleted, disabled or revoked)
    .hint = create a new JSON key for the service account in the Google Cloud console and point offsite.drive.credentials_file at it
offsite-drive-not-shared = the Drive folder { $folder } does not exist or is not shared with { $email }
    .hint = in Google Drive, share the folder with { $email } as Editor (or Content manager of a shared drive), and check offsite.drive.folder_id (the id at the end of the folder's URL)
offsite-drive-not-folder = { $folder } is a file, not a Drive folder
    .hint = set offsite.drive.folder_id to the id of a folder (the part after /folders/ in its URL)
offsite-drive-forbidden = { $email } may read the Drive folder { $folder } but not write to it
    .hint = share the folder with { $email } as Editor (or Content manager of a shared drive)
offsite-drive-quota = the Drive storage quota of { $email } is exceeded
    .hint = free space in the folder's drive, or use a folder in a shared drive (service accounts have no storage of their own)
offsite-drive-unavailable = Drive answered HTTP { $status } (it is busy or failing); OCM tried again and gave up for now
offsite-drive-unreachable = cannot reach { $url } ({ $code })
offsite-drive-failed = Drive refused the request (HTTP { $status })

# /offsite and its jobs (src/offsite/actions.ts, service.ts, schedule.ts)
action-offsite = Offsite copies on Google Drive: the last and the next, space used, what the next cleanup deletes; upload: a manual copy (kept forever); verify: check the latest
action-offsitedaily = Daily full copy (every node and OCM itself) to Google Drive, then the retention cleanup
action-offsitestable = Copy new stable tags to Google Drive (one archive per node and tag)
action-offsiteweekly = Weekly check of the latest offsite copy (download, decrypt, every member against its manifest, git bundle verify)
offsite-what-invalid = must be status, upload or verify
offsite-not-configured = offsite copies are not configured: { $missing } not set
    .hint = set offsite.drive.credentials_file and offsite.drive.folder_id in ocm.yaml (or OCM_OFFSITE_CREDENTIALS_FILE and OCM_OFFSITE_FOLDER_ID); see the README section "Offsite copies"
offsite-busy = an offsite copy or check is already running
    .hint = wait for it to finish, then try again
offsite-none-yet = there is no offsite copy on Drive yet
    .hint = make one with /offsite upload
offsite-db-copy-bad = the masked copy of OCM's database failed its integrity check ({ $problem })
    .hint = nothing was uploaded; report this so the masking rules can be fixed
offsite-git-failed = git { $what } failed: { $error }
offsite-progress-upload = ☁️ Packing every node's backups and OCM itself, uploading to Google Drive…
offsite-progress-verify = 🔎 Downloading the latest offsite copy and checking it…
offsite-uploaded = ☁️ Uploaded <code>{ $file }</code> ({ $size }) to { $kind }/ { $encrypted ->
    [1] 🔐 encrypted
   *[other] ⚠️ not encrypted (offsite.passphrase is not set)
}
offsite-cleanup-deleted = 🧹 Retention deleted { $count ->
    [one] { $count } old copy
   *[other] { $count } old copies
}: { $names }
offsite-cleanup-nothing = 🧹 Retention: nothing is due for deletion.
offsite-daily-done = Today's daily copy is already on Drive: <code>{ $name }</code>
offsite-stable-none = No stable tag waits for an offsite copy.
offsite-stable-uploaded = ☁️ { $node }: <code>{ $file }</code> ({ $size })
offsite-stable-failed = ❌ { $node } { $tag }: { $error }
offsite-stable-all-failed = no stable copy could be uploaded: { $errors }
offsite-verify-ok = ✅ <code>{ $name }</code> ({ $time }) is sound: { $members } members, { $size }{ $encrypted ->
    [1] , decrypted,
   *[other] ,
} every SHA-256 matches its manifest; git bundle verify: OK ({ $refs } refs); the database passes its integrity check.
offsite-verify-bad = ❌ <code>{ $name }</code> ({ $time }) failed verification: { $problems }
offsite-verify-failed = the offsite copy { $name } failed verification: { $problems }
    .hint = make a fresh copy with /offsite upload and check it again with /offsite verify
offsite-problem-missing = { $member } is missing
offsite-problem-size = { $member } has another size than its manifest says
offsite-problem-sha256 = { $member } does not match its SHA-256
offsite-problem-unexpected = { $member } is not in the manifest
offsite-verify-bundle-bad = git bundle verify failed ({ $error })
offsite-verify-db-bad = the database copy fails its integrity check ({ $problem })

# /offsite status
offsite-status-off = ☁️ Offsite copies are off: { $missing } not set. Set offsite.drive.credentials_file and offsite.drive.folder_id (OCM_OFFSITE_CREDENTIALS_FILE, OCM_OFFSITE_FOLDER_ID); the README section "Offsite copies" has the steps.
offsite-status-head = ☁️ <b>Offsite copies</b> → Google Drive folder <b>{ $folder }</b> as <code>{ $email }</code>
offsite-status-problem = ❌ { $error }
offsite-status-encrypted = 🔐 Encrypted before upload (AES-256-GCM, key from the passphrase). Without the passphrase nobody can read the copies, you neither.
offsite-status-not-encrypted = ⚠️ <b>Not encrypted</b>: anyone with access to the folder can read every node's memory files. Set offsite.passphrase (OCM_OFFSITE_PASSPHRASE).
offsite-status-last = Last copy: <code>{ $name }</code>, { $size }, { $time } ({ $ago })
offsite-status-last-none = Last copy: none yet (/offsite upload makes one now)
offsite-status-verified = Last verified: { $time }
offsite-status-never-verified = Not verified yet: /offsite verify
offsite-status-next = Next daily copy: { $time }
offsite-status-next-off = Daily copies are off (offsite.schedule: off)
offsite-status-failing = ⚠️ { $count ->
    [one] { $count } failed try
   *[other] { $count } failed tries
} today ({ $error }); next try { $time }
offsite-status-space = Space used: { $files } files, { $size } (daily { $daily }, stable { $stable }, manual { $manual })
offsite-status-cleanup-none = Next cleanup (dry run): nothing to delete (daily copies are kept { $daily } days, stable { $stable } days)
offsite-status-cleanup = Next cleanup (dry run) would delete { $count ->
    [one] { $count } file
   *[other] { $count } files
}: { $names }

# Alerts to the owners
offsite-alert-failing = ⚠️ <b>Offsite copy failing</b>: { $count } failed tries today ({ $error }). The local backups are untouched; the next try is at { $next }.
offsite-alert-verify = 🚨 <b>Offsite copy failed verification</b>: <code>{ $name }</code> — { $count ->
    [one] { $first }
   *[other] { $count } problems, first: { $first }
}. Make a fresh copy with /offsite upload.
offsite-alert-verify-error = 🚨 <b>The weekly check of the offsite copy failed</b>: { $error }

# /status, the status page, the watchdog and the doctor (src/offsite/status.ts)
offsite-status-line = ☁️ Last offsite copy: { $time } ({ $age } ago)
offsite-status-line-stale = ⚠️ Last offsite copy: { $time } ({ $age } ago — overdue)
offsite-status-line-none = ⚠️ No offsite copy yet
offsite-incident-summary = no offsite copy for { $age }
offsite-incident-detail = the last offsite copy is { $name } of { $time }
offsite-incident-detail-none = no offsite copy has been made yet
offsite-doctor-off = offsite copies to Google Drive are off
offsite-doctor-ok = offsite copies: the Drive folder { $folder } is shared with { $email } and the key works
offsite-doctor-key-mode = the service account key file { $file } can be read by other users
    .hint = chmod 600 { $file }
offsite-doctor-not-encrypted = offsite copies are not encrypted
    .hint = set offsite.passphrase (OCM_OFFSITE_PASSPHRASE), and keep the passphrase outside OCM as well: without it the copies cannot be read
offsite-doctor-stale =
    .hint = see /offsite; a copy can be made now with /offsite upload

# Disaster recovery (src/offsite/recover.ts, recover-node.ts, scripts/recover.ts)
offsite-recover-usage = usage: npm run recover -- --from-drive [--date YYYY-MM-DD] [--node <id>]
offsite-recover-date-invalid = --date must be a day such as 2026-02-15
offsite-recover-internal = the recovery failed unexpectedly; details are in { $log }
offsite-recover-downloading = ☁️ Downloading { $name } ({ $size }, made { $time }) and checking every member…
offsite-recover-mismatch = the copy { $name } does not match its manifest: { $problems }
    .hint = nothing was changed; try an older copy with --date YYYY-MM-DD
offsite-recover-bad-member = the copy holds a path OCM never writes ({ $path }): refused
    .hint = nothing was changed; try an older copy with --date YYYY-MM-DD
offsite-recover-not-empty = { $dir } already holds OCM data (ocm.db or backups/)
    .hint = recovery only fills an empty data dir: move the old one away, or set OCM_DATA_DIR to a new folder
offsite-recover-none = there is no full offsite copy in the Drive folder
    .hint = check offsite.drive.folder_id: the folder that holds daily/ and manual/
offsite-recover-none-date = there is no full offsite copy of { $date } in the Drive folder
    .hint = leave out --date to take the newest copy, or pick another day
offsite-recover-done = ✅ Rebuilt { $dir } from { $name }: the database ({ $nodes } nodes, { $backups } backups) and the backup repository ({ $refs } branches and tags, { $commits } commits).
offsite-recover-key-restored = 🔑 OCM's SSH key is back: the nodes accept OCM as before, with the same pinned host keys.
offsite-recover-key-missing = ⚠️ OCM's SSH key was not in the copy (copies without a passphrase never hold it): OCM makes a new key at start; add keys/ocm_ed25519.pub of the data dir to each node's authorized_keys.
offsite-recover-config = 📄 The config file of the copy (secrets REDACTED) is { $path }: compare it with your ocm.yaml and set the secrets again (in /etc/ocm/env or the environment).
offsite-recover-remote = ☁️ The next backup pushes every branch and tag to backup.remote (a new, empty repository is fine).
offsite-recover-no-remote = ☁️ backup.remote is not set: set it to a new, empty private repository to have a git remote again.
offsite-recover-next = Next: npm start — the same nodes, host keys, backups and tags.
offsite-recover-node-invalid = { $node } is not a node id (a-z, 0-9, -)
offsite-recover-node-needs-data = { $dir } has no OCM database
    .hint = rebuild the data dir first: npm run recover -- --from-drive
offsite-recover-node-none = there is no stable offsite copy of { $node } (date: { $date }) in the Drive folder
    .hint = stable copies are made when a node gets a stable tag (/stable); leave out --date to take the newest
offsite-recover-node-local = 🏷 { $tag } is still in the local backup repository; the restore uses it.
offsite-recover-node-imported = 🏷 { $tag } rebuilt in the backup repository from { $name } ({ $files } files).
offsite-recover-node-restoring = 🔄 Restoring { $node } to { $tag } (its current state is snapshotted first; the gateway restarts)…
offsite-recover-node-failed = the restore of { $node } failed: { $error }
    .hint = the node keeps its files (a restore that fails puts the old ones back); see /events in OCM



## web: src/web

# The status page (src/web/page.ts). Plain text: the page escapes it and keeps the markup.
status-page-title = OCM · { $online }/{ $total } online
status-page-heading = OCM — OpenClaw cluster
status-page-overview = Overview
status-page-online = Online
status-page-backups-today = Backups today
status-page-average-score = Average score
status-page-open-alerts = Open alerts
status-page-offsite = Offsite copy
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




## events: src/store/events-repo.ts and every events.add
# The event log (/events, the status page's recent events). Plain text; the English text is also
# stored as the event's message (log lines, the JSON API, older readers).
event-list = { $first }, { $rest }
event-list-empty = —
event-operation-interrupted = { $action } was interrupted by an OCM restart ({ $state })
event-operation-interrupted-target = { $action } { $target } was interrupted by an OCM restart ({ $state })

# Nodes (src/nodes)
event-node-state = { $node }: { $from } → { $to }
event-node-state-reason = { $node }: { $from } → { $to } ({ $reason })
event-node-added = { $node }: added ({ $where }, { $os } { $arch }, host key { $fingerprint })
event-node-declared = { $node }: declared in the config file ({ $where })
event-node-undeclared = { $node }: no longer declared in the config file; kept as "not declared" until /removenode { $node }
event-node-local = { $node }: this machine registered as node "{ $node }"
event-node-edited = { $node }: { $changes } (by { $by })
event-node-change = { $key } { $from } → { $to }
event-node-removed = { $node }: removed from OCM
event-hostkey-mismatch = { $node }: host key changed from { $pinned } to { $presented }; connections refused until /trusthost { $node }
event-hostkey-unknown = { $node }: presents host key { $presented }, not trusted yet (/trusthost { $node })
event-hostkey-pinned = { $node }: host key pinned to { $fingerprint }
event-hostkey-repinned = { $node }: host key pinned to { $fingerprint } (was { $old })
event-agent-installed = { $node }: OCM agent { $version } installed
event-agent-replaced = { $node }: OCM agent { $version } installed (was { $was })
event-gateway-restarted = { $node }: gateway restarted ({ $method }) by { $by }, pid { $old } → { $pid }
event-gateway-restart-failed = { $node }: gateway restart failed: { $error }

# Watchdog and alerts (src/monitor)
event-silence-added = alerts of { $scope } muted for { $duration } by { $by } (until { $until })
event-silence-ended = { $count ->
    [one] 1 mute of { $scope } ended by { $by }
   *[other] { $count } mutes of { $scope } ended by { $by }
}
event-incident-opened = { $summary } (incident { $id })
event-incident-opened-threshold = { $summary } (above { $limit }%)
event-incident-opened-detail = { $summary }: { $detail }
event-incident-resolved = { $summary }: resolved
event-incident-back = { $node }: { $back }
event-node-recovered = { $node }: back { $state } after { $duration } — { $fix }
event-alert-sent = alert: { $summary }
event-alert-sent-digest = alert: { $summary } (in a digest of { $count })
event-alert-escalated = { $summary }: escalated
event-alert-critical = { $summary }: critical — check the hardware
event-alert-held-muted = { $summary }: alert held back (muted until { $until })
event-alert-held-maintenance = { $summary }: alert held back (maintenance window until { $until })
event-auto-restart = { $node }: gateway down since { $since }; restarting it automatically
event-auto-restart-result = { $node }: { $result }
event-log-keywords = { $node }: { $count ->
    [one] 1 log line
   *[other] { $count } log lines
} with { $keywords } since { $since }
event-backup-alert-sent = alert: backup failed
event-backup-alert-sent-on = alert: backup failed on { $node }
event-backup-alert-muted = backup failure on OCM not sent (silenced)
event-backup-alert-muted-on = backup failure on { $node } not sent (silenced)

# Backups and restores (src/backup)
event-backup-created = { $node }: manual backup { $commit } ({ $files ->
    [one] 1 file
   *[other] { $files } files
})
event-backup-created-auto = { $node }: auto backup { $commit } ({ $files ->
    [one] 1 file
   *[other] { $files } files
})
event-backup-failed = { $node }: backup failed: { $error }
event-backup-master-refused = OCM self-backup refused: the masked copy of its database failed PRAGMA integrity_check ({ $problem })
event-backup-skipped = { $node }: scheduled backup skipped while { $action } runs
event-backup-stable = { $node }: { $tag } → { $commit }
event-backup-pushed = backup repository pushed to the remote after earlier failures
event-backup-push-failed = push of the backup repository failed ({ $error }); local commits are kept and the push is retried
event-backup-push-failed-unknown = push of the backup repository failed; local commits are kept and the push is retried
event-restore-applied = { $node }: restored to { $ref } ({ $commit }), gateway healthy
event-restore-reverted = { $error }
event-restore-interrupted = { $node }: OCM stopped during the restore of { $ref }; the node reports: { $state }
event-restore-node-gone = unknown (the node is gone from OCM)
event-restore-state-unknown = unknown ({ $error })
event-offsite-cleanup = offsite retention deleted { $count ->
    [one] { $count } old copy
   *[other] { $count } old copies
}
event-offsite-uploaded = offsite copy { $file } uploaded ({ $size } bytes)
event-offsite-verify-failed = offsite copy { $file } failed verification
event-offsite-failed = offsite copy failed ({ $error }); local backups are untouched
