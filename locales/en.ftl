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





## node-actions: src/nodes/*actions.ts, src/nodes/cards.ts, src/bot/conversations, src/bot/menus







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor







## web: src/web




