# OCM メッセージ — 日本語。

## core: src/core, src/i18n

# エラー（プレーンテキスト、マークアップなし）
error-with-hint = { $error } — { $hint }
error-external = { $service }：{ $error }
error-internal = 内部エラー（詳細は OCM のログにあります）
error-legacy = { $text }

# 時間と時刻
duration-s = { $s } 秒
duration-min = { $m } 分
duration-h = { $m ->
    [0] { $h } 時間
   *[other] { $h } 時間 { $m } 分
}
duration-d = { $h ->
    [0] { $d } 日
   *[other] { $d } 日 { $h } 時間
}
time-ago = { $duration }前



## pipeline: src/pipeline, src/bot, src/help, src/app.ts, src/main.ts

# パイプライン
pipeline-denied = ⛔ 権限がありません。あなたの Telegram id は { $id } です。
pipeline-op-target = { $action } { $target }
pipeline-queued-running-now = 実行中の操作
pipeline-queued = ⏳ 待機中：{ $op } は { $holder } の完了を待っています。
pipeline-timed-out = { $duration }でタイムアウトし、失敗として記録しました
pipeline-failed = ❌ <b>{ $op }</b>：{ $error }
pipeline-unknown-operation = 不明な操作 <b>{ $action }</b> です。/help をご覧ください。
pipeline-unexpected-words = ⚠️ 余分な語があります：{ $words }
    使い方：{ $usage }
pipeline-invalid-params = ⚠️ { $problem }
    使い方：{ $usage }
pipeline-confirm-what = { $line }（{ $target }）
pipeline-error = ❌ { $error }

# 確認
confirm-prompt = ⚠️ 確認してください：<b>{ $what }</b>
    <i>{ $who } だけが回答できます · { $expires }で期限切れ</i>
confirm-prompt-high = 🛑 高リスク操作：<b>{ $what }</b>
    手順 1/2：確認した後、表示される安全コードを入力してください。
    <i>{ $who } だけが回答できます · { $expires }で期限切れ</i>
confirm-code-prompt = 🔐 手順 2/2：実行するには安全コード <b>{ $code }</b> を入力してください：<b>{ $what }</b>
    <i>残り { $tries } 回 · { $expires }で期限切れ</i>
confirm-button-confirm = ✅ 確認
confirm-button-cancel = ✖ 取消
confirm-expired = ⌛ { $expires }応答がなく期限切れ — 何も実行していません：<b>{ $what }</b>。やり直すにはコマンドを再送してください。
confirm-cancelled = ✖ 取り消しました — 何も実行していません：<b>{ $what }</b>
confirm-cancelled-because = ✖ 取り消しました（{ $reason }）— 何も実行していません：<b>{ $what }</b>
confirm-reason-stopping = OCM を停止しています
confirm-confirmed = ✅ { $who } が確認しました：<b>{ $what }</b>
confirm-code-accepted = ✅ 安全コードを確認しました：<b>{ $what }</b>
confirm-code-cancelled = ✖ コードを { $count } 回間違えたため取り消しました — 何も実行していません：<b>{ $what }</b>
confirm-code-wrong-final = ✖ コードを { $count } 回間違えました：取り消し、何も実行していません。
confirm-code-wrong = ✖ コードが違います — 残り { $left } 回。
confirm-answer-gone = このリクエストは回答済みか期限切れです。
confirm-answer-not-yours = このリクエストに回答できるのは { $who } だけです。
confirm-answer-cancelled = 取り消しました
confirm-answer-type-code = メッセージに表示された安全コードを入力してください。
confirm-answer-now-code = 安全コードを入力してください
confirm-answer-confirmed = 確認しました

# カタログ外のコマンド
command-cancel = 回答待ちのリクエストを取り消す

# /lang
action-lang = このチャットで OCM が使う言語を選ぶ（en、zh、ja）
lang-invalid = en、zh、ja のいずれかを指定してください
lang-no-chat = /lang はチャットの言語を設定します。このリクエストにはチャットがありません。
lang-current-chosen = 🌐 このチャットの言語：{ $lang }（/lang で選択）。/lang en、/lang zh、/lang ja で変更できます。
lang-current-auto = 🌐 このチャットの言語：{ $lang }（Telegram アプリまたは OCM の既定）。/lang en、/lang zh、/lang ja で選べます。
lang-set = 🌐 言語を { $lang } に設定しました。
lang-name-en = English（英語）
lang-name-zh = 简体中文（中国語簡体字）
lang-name-ja = 日本語





## nodes: src/nodes (transports, service, model, agent, config, keys)





## node-actions: src/nodes/*actions.ts, src/nodes/cards.ts, src/bot/conversations, src/bot/menus







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor







## offsite: src/offsite, scripts/recover.ts

# アーカイブと暗号化（src/offsite/archive.ts、crypto.ts）
offsite-wrong-passphrase = パスフレーズが違います：このアーカイブは別の offsite.passphrase で暗号化されています
    .hint = OCM_OFFSITE_PASSPHRASE（offsite.passphrase）をコピー作成時のパスフレーズにしてください
offsite-passphrase-needed = このアーカイブは暗号化されていますが、パスフレーズが設定されていません
    .hint = OCM_OFFSITE_PASSPHRASE（offsite.passphrase）をコピー作成時のパスフレーズにしてください
offsite-archive-damaged = アーカイブが壊れているか不完全です（復号または展開できません）
    .hint = もっと古いコピーを試してください（--date YYYY-MM-DD）。/offsite verify で最新のコピーを検査できます
offsite-archive-not-encrypted = 暗号化された OCM アーカイブではありません
offsite-archive-no-manifest = アーカイブに読める MANIFEST.json がありません：OCM のオフサイトコピーではないか、途中で切れています

# Google Drive（src/offsite/drive.ts）
offsite-credentials-unreadable = サービスアカウントの鍵ファイル { $file } を読めません
    .hint = サービスアカウントの JSON 鍵をダウンロードし（Google Cloud コンソール → IAM → サービスアカウント → 鍵）、OCM のユーザーだけが読めるように保存して（chmod 600）、offsite.drive.credentials_file（OCM_OFFSITE_CREDENTIALS_FILE）にそのパスを設定してください
offsite-credentials-invalid = { $file } はサービスアカウントの鍵ではありません（type が "service_account" で client_email と private_key を含む JSON が必要です）
    .hint = Google Cloud コンソールでサービスアカウントの JSON 鍵を作成し、offsite.drive.credentials_file にそのパスを設定してください
offsite-drive-key-refused = Google が { $email } のサービスアカウント鍵を拒否しました（削除・無効化・失効）
    .hint = Google Cloud コンソールでこのサービスアカウントの新しい JSON 鍵を作成し、offsite.drive.credentials_file にそのパスを設定してください
offsite-drive-not-shared = Drive フォルダー { $folder } が存在しないか、{ $email } と共有されていません
    .hint = Google Drive でフォルダーを { $email } に「編集者」として共有し（共有ドライブなら「コンテンツ管理者」）、offsite.drive.folder_id（フォルダー URL の末尾の id）を確認してください
offsite-drive-not-folder = { $folder } はファイルで、Drive フォルダーではありません
    .hint = offsite.drive.folder_id をフォルダーの id（URL の /folders/ の後の部分）にしてください
offsite-drive-forbidden = { $email } は Drive フォルダー { $folder } を読めますが、書き込めません
    .hint = フォルダーを { $email } に「編集者」として共有してください（共有ドライブなら「コンテンツ管理者」）
offsite-drive-quota = { $email } の Drive 保存容量を超えています
    .hint = フォルダーのあるドライブの空きを作るか、共有ドライブのフォルダーを使ってください（サービスアカウント自身には保存容量がありません）
offsite-drive-unavailable = Drive が HTTP { $status } を返しました（混雑または障害）。OCM は再試行しましたが、いったん中止します
offsite-drive-unreachable = { $url } に接続できません（{ $code }）
offsite-drive-failed = Drive がリクエストを拒否しました（HTTP { $status }）

# /offsite とそのジョブ（src/offsite/actions.ts、service.ts、schedule.ts）
action-offsite = Google Drive のオフサイトコピー：前回と次回、使用容量、次の整理で削除されるもの。upload：手動コピー（無期限保存）、verify：最新のコピーを検査
action-offsitedaily = 毎日のフルコピー（全ノードと OCM 自身）を Google Drive へ送り、保存期間に従って整理
action-offsitestable = 新しい安定タグを Google Drive にコピー（ノードとタグごとに 1 アーカイブ）
action-offsiteweekly = 最新のオフサイトコピーの週次検査（ダウンロード、復号、全メンバーをマニフェストと照合、git bundle verify）
offsite-what-invalid = status、upload、verify のいずれかです
offsite-not-configured = オフサイトコピーが設定されていません：{ $missing } が未設定です
    .hint = ocm.yaml で offsite.drive.credentials_file と offsite.drive.folder_id を設定してください（または OCM_OFFSITE_CREDENTIALS_FILE と OCM_OFFSITE_FOLDER_ID）。README の「Offsite copies」を参照
offsite-busy = オフサイトコピーまたは検査がすでに実行中です
    .hint = 終わるのを待ってから、もう一度試してください
offsite-none-yet = Drive にはまだオフサイトコピーがありません
    .hint = /offsite upload で作成してください
offsite-db-copy-bad = OCM データベースのマスク済みコピーが整合性チェックに失敗しました（{ $problem }）
    .hint = 何もアップロードしていません。マスクの規則を直せるよう報告してください
offsite-git-failed = git { $what } に失敗しました：{ $error }
offsite-progress-upload = ☁️ 全ノードのバックアップと OCM 自身をまとめて Google Drive へアップロード中…
offsite-progress-verify = 🔎 最新のオフサイトコピーをダウンロードして検査中…
offsite-uploaded = ☁️ <code>{ $file }</code>（{ $size }）を { $kind }/ にアップロードしました { $encrypted ->
    [1] 🔐 暗号化済み
   *[other] ⚠️ 暗号化されていません（offsite.passphrase が未設定）
}
offsite-cleanup-deleted = 🧹 保存期間に従い古いコピー { $count } 件を削除しました：{ $names }
offsite-cleanup-nothing = 🧹 保存期間：削除するものはありません。
offsite-daily-done = 今日の毎日コピーはすでに Drive にあります：<code>{ $name }</code>
offsite-stable-none = オフサイトコピーを待っている安定タグはありません。
offsite-stable-uploaded = ☁️ { $node }：<code>{ $file }</code>（{ $size }）
offsite-stable-failed = ❌ { $node } { $tag }：{ $error }
offsite-stable-all-failed = 安定コピーを 1 件もアップロードできませんでした：{ $errors }
offsite-verify-ok = ✅ <code>{ $name }</code>（{ $time }）は正常です：メンバー { $members } 件、{ $size }{ $encrypted ->
    [1] 、復号済み、
   *[other] 、
}すべての SHA-256 がマニフェストと一致。git bundle verify：OK（参照 { $refs } 件）。データベースは整合性チェックに合格。
offsite-verify-bad = ❌ <code>{ $name }</code>（{ $time }）は検査に失敗しました：{ $problems }
offsite-verify-failed = オフサイトコピー { $name } は検査に失敗しました：{ $problems }
    .hint = /offsite upload で新しいコピーを作り、/offsite verify でもう一度検査してください
offsite-problem-missing = { $member } がありません
offsite-problem-size = { $member } のサイズがマニフェストと違います
offsite-problem-sha256 = { $member } の SHA-256 が一致しません
offsite-problem-unexpected = { $member } はマニフェストにありません
offsite-verify-bundle-bad = git bundle verify に失敗しました（{ $error }）
offsite-verify-db-bad = データベースのコピーが整合性チェックに失敗しました（{ $problem }）

# /offsite の状態
offsite-status-off = ☁️ オフサイトコピーはオフです：{ $missing } が未設定です。offsite.drive.credentials_file と offsite.drive.folder_id（OCM_OFFSITE_CREDENTIALS_FILE、OCM_OFFSITE_FOLDER_ID）を設定してください。手順は README の「Offsite copies」にあります。
offsite-status-head = ☁️ <b>オフサイトコピー</b> → Google Drive フォルダー <b>{ $folder }</b>（<code>{ $email }</code> として）
offsite-status-problem = ❌ { $error }
offsite-status-encrypted = 🔐 アップロード前に暗号化（AES-256-GCM、鍵はパスフレーズから生成）。パスフレーズがなければ誰もコピーを読めません。あなた自身もです。
offsite-status-not-encrypted = ⚠️ <b>暗号化されていません</b>：フォルダーにアクセスできる人は全ノードの記憶ファイルを読めます。offsite.passphrase（OCM_OFFSITE_PASSPHRASE）を設定してください。
offsite-status-last = 前回のコピー：<code>{ $name }</code>、{ $size }、{ $time }（{ $ago }）
offsite-status-last-none = 前回のコピー：まだありません（/offsite upload で今すぐ作成）
offsite-status-verified = 前回の検査：{ $time }
offsite-status-never-verified = 未検査：/offsite verify
offsite-status-next = 次の毎日コピー：{ $time }
offsite-status-next-off = 毎日コピーはオフです（offsite.schedule: off）
offsite-status-failing = ⚠️ 今日は { $count } 回失敗しました（{ $error }）。次の試行は { $time }
offsite-status-space = 使用容量：{ $files } ファイル、{ $size }（daily { $daily }、stable { $stable }、manual { $manual }）
offsite-status-cleanup-none = 次の整理（予行）：削除するものはありません（毎日コピーは { $daily } 日、安定コピーは { $stable } 日保存）
offsite-status-cleanup = 次の整理（予行）で { $count } ファイルを削除します：{ $names }

# 所有者への通知
offsite-alert-failing = ⚠️ <b>オフサイトコピーの失敗</b>：今日は { $count } 回失敗しました（{ $error }）。ローカルのバックアップは無事です。次の試行は { $next } です。
offsite-alert-verify = 🚨 <b>オフサイトコピーが検査に失敗</b>：<code>{ $name }</code> — { $count ->
    [one] { $first }
   *[other] 問題 { $count } 件、最初：{ $first }
}。/offsite upload で新しいコピーを作ってください。
offsite-alert-verify-error = 🚨 <b>オフサイトコピーの週次検査に失敗しました</b>：{ $error }

# /status、ステータスページ、ウォッチドッグ、doctor（src/offsite/status.ts）
offsite-status-line = ☁️ 前回のオフサイトコピー：{ $time }（{ $age }前）
offsite-status-line-stale = ⚠️ 前回のオフサイトコピー：{ $time }（{ $age }前 — 期限切れ）
offsite-status-line-none = ⚠️ オフサイトコピーはまだありません
offsite-incident-summary = { $age } の間オフサイトコピーがありません
offsite-incident-detail = 前回のオフサイトコピーは { $time } の { $name } です
offsite-incident-detail-none = オフサイトコピーはまだ一度も作られていません
offsite-doctor-off = Google Drive へのオフサイトコピーはオフです
offsite-doctor-ok = オフサイトコピー：Drive フォルダー { $folder } は { $email } と共有され、鍵は有効です
offsite-doctor-key-mode = サービスアカウントの鍵ファイル { $file } を他のユーザーが読めます
    .hint = chmod 600 { $file }
offsite-doctor-not-encrypted = オフサイトコピーは暗号化されていません
    .hint = offsite.passphrase（OCM_OFFSITE_PASSPHRASE）を設定し、パスフレーズを OCM の外にも保管してください。これがないとコピーは読めません
offsite-doctor-stale =
    .hint = /offsite を参照。/offsite upload で今すぐコピーを作れます

# 災害復旧（src/offsite/recover.ts、recover-node.ts、scripts/recover.ts）
offsite-recover-usage = 使い方：npm run recover -- --from-drive [--date YYYY-MM-DD] [--node <id>]
offsite-recover-date-invalid = --date は 2026-02-15 のような日付です
offsite-recover-internal = 復旧が予期せず失敗しました。詳細は { $log } にあります
offsite-recover-downloading = ☁️ { $name }（{ $size }、{ $time } 作成）をダウンロードし、全メンバーを検査中…
offsite-recover-mismatch = コピー { $name } がマニフェストと一致しません：{ $problems }
    .hint = 何も変更していません。--date YYYY-MM-DD でもっと古いコピーを試してください
offsite-recover-bad-member = コピーに OCM が書かないパスがあります（{ $path }）：拒否しました
    .hint = 何も変更していません。--date YYYY-MM-DD でもっと古いコピーを試してください
offsite-recover-not-empty = { $dir } にはすでに OCM のデータがあります（ocm.db または backups/）
    .hint = 復旧は空のデータディレクトリにだけ行います。古いものを移動するか、OCM_DATA_DIR を新しいフォルダーにしてください
offsite-recover-none = Drive フォルダーにフルのオフサイトコピーがありません
    .hint = offsite.drive.folder_id を確認してください：daily/ と manual/ を含むフォルダーです
offsite-recover-none-date = Drive フォルダーに { $date } のフルのオフサイトコピーがありません
    .hint = --date を外して最新のコピーを使うか、別の日を選んでください
offsite-recover-done = ✅ { $name } から { $dir } を再構築しました：データベース（ノード { $nodes } 台、バックアップ { $backups } 件）とバックアップリポジトリ（ブランチとタグ { $refs } 件、コミット { $commits } 件）。
offsite-recover-key-restored = 🔑 OCM の SSH 鍵が戻りました：各ノードはこれまでどおり OCM を受け入れ、固定したホスト鍵も同じです。
offsite-recover-key-missing = ⚠️ コピーに OCM の SSH 鍵がありません（パスフレーズなしのコピーには決して入りません）：OCM は起動時に新しい鍵を作ります。データディレクトリの keys/ocm_ed25519.pub を各ノードの authorized_keys に追加してください。
offsite-recover-config = 📄 コピーの設定ファイル（秘密は REDACTED）は { $path } です：ocm.yaml と比べ、秘密をもう一度設定してください（/etc/ocm/env または環境変数）。
offsite-recover-remote = ☁️ 次のバックアップで全ブランチとタグを backup.remote へプッシュします（新しい空のリポジトリで構いません）。
offsite-recover-no-remote = ☁️ backup.remote が未設定です：新しい空の非公開リポジトリを設定すれば、再び git のリモートを持てます。
offsite-recover-next = 次は npm start — 同じノード、ホスト鍵、バックアップ、タグで動きます。
offsite-recover-node-invalid = { $node } はノード id ではありません（a-z、0-9、-）
offsite-recover-node-needs-data = { $dir } に OCM のデータベースがありません
    .hint = 先にデータディレクトリを再構築してください：npm run recover -- --from-drive
offsite-recover-node-none = Drive フォルダーに { $node } の安定オフサイトコピーがありません（日付：{ $date }）
    .hint = 安定コピーはノードに安定タグが付いたとき（/stable）に作られます。--date を外すと最新を使います
offsite-recover-node-local = 🏷 { $tag } はまだローカルのバックアップリポジトリにあります。復元はそれを使います。
offsite-recover-node-imported = 🏷 { $name } からバックアップリポジトリに { $tag } を再構築しました（{ $files } ファイル）。
offsite-recover-node-restoring = 🔄 { $node } を { $tag } に復元中（まず現在の状態のスナップショット、ゲートウェイは再起動）…
offsite-recover-node-failed = { $node } の復元に失敗しました：{ $error }
    .hint = ノードのファイルはそのままです（失敗した復元は元のファイルを戻します）。OCM の /events を見てください



## web: src/web




