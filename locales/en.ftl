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







## doctor: src/doctor







## web: src/web




