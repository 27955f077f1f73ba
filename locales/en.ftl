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







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor







## web: src/web




