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





## web: src/web




