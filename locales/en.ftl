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







## doctor: src/doctor







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




