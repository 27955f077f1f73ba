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







## intents: src/intents







## doctor: src/doctor







## web: src/web




