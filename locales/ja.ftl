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

# コマンド（src/backup/actions.ts）
action-backup = ノードの OpenClaw 設定・ワークスペース・cron ジョブを git にバックアップ（シークレットはマスク。all：全ノードと OCM 自身を並列で）
action-backups = ノードのバックアップ一覧：ref、日時、種類、サイズ、スコア
action-diff = ノードのバックアップの変更点：最新と指定の ref を比較（既定：その一つ前のバックアップ）
action-stable = ノードのバックアップを安定版としてマーク（既定：最新）。/rollback の戻り先になります
action-restore = ノードをバックアップに復元：先にスナップショット、ゲートウェイ停止、ファイルを戻して起動、正常でなければ元に戻す
action-rollback = ノードを最新の安定版バックアップにロールバック（手順は /restore と同じ）
action-scheduledbackup = 全ノード（時間をずらして）と OCM 自身の定期バックアップ
action-pushretry = 以前リモートへ送れなかったバックアップのコミットを push する

# パラメータ（プレーンテキスト）
backup-ref-required = バックアップの ref を指定してください：/backups にあるタグかコミット ID
backup-ref-invalid = バックアップの ref ではありません（/backups にあるタグかコミット ID）
backup-label-invalid = ラベル：英小文字・数字・ハイフンのみ、40 文字まで（例：pre-update）
backup-n-number = n は整数で指定してください
backup-n-min = 1 以上
backup-n-max = 100 以下

# メッセージ内のリスト
backup-list-comma = { $a }、{ $b }
backup-list-semicolon = { $a }；{ $b }
backup-list-lines =
    { $a }
    { $b }
backup-list-more = { $list } など

# /backup と定期バックアップ：進捗、ノードごとの行、合計
backup-progress =
    💾 { $count } 台のノードをバックアップ中…
    { $states }
backup-state-line = { $node }：{ $state }
backup-state-waiting = ⏳ 待機中
backup-state-skipped = ⏭ スキップ（使用中）
backup-state-packing = 📦 パック中…
backup-state-committed = ✅ コミット済み
backup-state-unchanged = ➖ 変更なし
backup-state-failed = ❌ 失敗
backup-outcome-committed = ✅ <b>{ $node }</b>：<code>{ $ref }</code> — { $files } ファイル、{ $size }{ $redactions ->
        [0] {""}
       *[other] 、シークレット { $redactions } 件をマスク
    }
backup-outcome-unchanged = ➖ <b>{ $node }</b>：<code>{ $ref }</code> から変更なし
backup-outcome-warnings = ⚠️ { $warnings }
backup-outcome-failed = ❌ <b>{ $node }</b>：{ $error }
backup-last-backup = 前回のバックアップ
backup-failed = バックアップ失敗
backup-cancelled = キャンセルされました
backup-skipped-busy = スキップ：{ $action } の実行中でした
backup-master-committed = 🗄 OCM 自身：{ $commit }
backup-master-unchanged = 🗄 OCM 自身：変更なし
backup-master-failed = ❌ OCM 自身：{ $error }
backup-push-ok = ☁️ リモートへ push しました
backup-push-failed = ⚠️ リモートへの push に失敗しました（{ $error }）。コミットはここに残り、push は再試行されます
backup-push-failed-silent = ⚠️ リモートへの push に失敗しました。コミットはここに残り、push は再試行されます
backup-push-failed-later = ⚠️ リモートへの push に失敗しました。後で再試行されます
backup-head-done = 💾 バックアップ完了
backup-head-partial = 💾 バックアップ：{ $total } 台中 { $done } 台完了、{ $failed } 台失敗
backup-failed-node = ❌ { $node }：{ $error }
backup-failed-all =
    { $head }
    { $lines }
backup-no-nodes = バックアップするノードがありません
    .hint = /newnode で追加してください

# ノードのパックの内容（バックアップの警告；プレーンテキスト）
backup-warn-dropped = パックの { $count } 件のエントリを除外しました：{ $list }
backup-drop = { $path }（{ $why }）
backup-drop-escaping = 絶対パスまたは外へ出るパス
backup-drop-not-folder = フォルダではなく{ $type }：拒否
backup-drop-not-file = ファイルではなく{ $type }：拒否
backup-drop-unexpected = 想定外のパス
backup-drop-foreign = バックアップの対象外
backup-drop-type-refused = { $type }：拒否
backup-drop-in-link = シンボリックリンクまたはファイルの下にある
backup-drop-folder-first = 同じ名前のフォルダが先にあった
backup-drop-bad-link = 使えるリンク先のないシンボリックリンク
backup-drop-git = .git のパス
backup-drop-gitmodules = .gitmodules ファイル
backup-drop-gitattributes = .gitattributes ファイル
backup-entry-hard-link = ハードリンク
backup-entry-symlink = シンボリックリンク
backup-entry-char-device = キャラクタデバイス
backup-entry-block-device = ブロックデバイス
backup-entry-fifo = FIFO
backup-entry-folder = フォルダ
backup-entry-file = ファイル
backup-entry-other = '{ $type }' エントリ
backup-warn-not-folder = パック内の { $part } がフォルダではありません：無視しました
backup-warn-skipped = 通常ファイルでない { $count } 件はバックアップしませんでした：{ $list }
backup-warn-cron-not-file = パック内の cron-export.json が通常ファイルではありません：無視しました
backup-warn-no-metadata = ノードから使える metadata.json が届きませんでした
backup-warn-cron = cron ジョブをエクスポートできませんでした（{ $why }）
backup-warn-cron-kept = cron ジョブをエクスポートできませんでした（{ $why }）。前回のエクスポートを残します
backup-warn-sqlite = SQLite をコピーできませんでした（ノードに sqlite3 も python3 もありません）：{ $files }

# バックアップの拒否・失敗（エラー：プレーンテキスト）
backup-refused-bytes = { $node }：バックアップを拒否：パックの展開サイズが { $mb } MB を超えます（backup.max_pack_bytes）
    .hint = 何もコミットしておらず、前回のバックアップはそのままです。ノードに本当にそれだけのデータがあるなら backup.max_pack_bytes を上げてください
backup-refused-files = { $node }：バックアップを拒否：パックのファイル数が { $limit } を超えます（backup.max_pack_files）
    .hint = 何もコミットしておらず、前回のバックアップはそのままです。ノードに本当にそれだけのファイルがあるなら backup.max_pack_files を上げてください
backup-refused-file = { $node }：バックアップを拒否：{ $path } が { $mb } MB を超えます（backup.max_file_bytes）
    .hint = 何もコミットしておらず、前回のバックアップはそのままです。そのファイルをバックアップに含めるべきなら backup.max_file_bytes を上げてください
backup-a-file = あるファイル
backup-refused-ratio = { $node }：バックアップを拒否：パックの展開率が { $limit }× を超えます（圧縮爆弾）
    .hint = 何もコミットしておらず、前回のバックアップはそのままです
backup-refused-disk = { $node }：バックアップを拒否：データディスクの空き不足：空き { $free } MB、必要な容量は約 { $need } MB
    .hint = OCM のデータディスク（data_dir）に空きを作ってから、もう一度バックアップしてください
backup-stream-damaged = { $node }：バックアップのストリームが壊れて届きました（{ $why }）
    .hint = もう一度試してください。続く場合は両方のマシンのディスク容量を確認してください
backup-write-failed = { $path } を書き込めません（{ $code }）
backup-pack-failed = { $node }：ノードがバックアップをパックできませんでした：{ $why }
backup-pack-exit = 終了コード { $code }
backup-hint-no-home = { $node } に OpenClaw はインストールされていますか？ホームが別の場所なら /editnode { $node } home=PATH で設定してください
backup-refused-leak = { $node }：バックアップを拒否：{ $files } にマスクされずに残ったシークレットがあります
    .hint = 何もコミットしていません。マスクのルールを改善できるよう、このファイルを報告してください
backup-gitlink = バックアップを拒否：{ $name } は { $path } 内に入れ子になった git リポジトリ（gitlink）です
    .hint = 何もコミットしていません。ノード上の入れ子の .git フォルダを削除してください
backup-git-failed = git { $command } に失敗しました：{ $error }
backup-git-read-failed = バックアップリポジトリから { $commit } を読めません：{ $error }
backup-master-refused = OCM 自身のバックアップを拒否：データベースのマスク済みコピーが整合性チェックに通りませんでした（{ $problem }）
    .hint = バックアップリポジトリ内の前回のコピーは残っています。マスクのルールを直せるよう、この件を報告してください

# ノードのエージェント（agent/src/cmd）が伝えること
backup-agent-no-home = OpenClaw のホーム { $home } がこのノードにありません
backup-agent-no-temp = ノード上に一時フォルダを作れません
backup-agent-cannot-read = { $path } を読めません
backup-agent-cannot-read-workspace = ワークスペース { $path } を読めません
backup-agent-tar-failed = バックアップのパック中に tar が失敗しました
backup-agent-no-cli = openclaw CLI が見つかりません
backup-agent-cron-no-json = cron list が JSON を出力しませんでした
backup-agent-cron-failed = openclaw cron list が失敗しました
backup-agent-cron-failed-because = openclaw cron list が失敗しました：{ $why }
backup-agent-not-healthy = 復元後 { $seconds } 秒以内にゲートウェイが正常になりませんでした
backup-agent-copy-failed = 復元するファイルのコピーに失敗しました

# /backups
backup-list-none = <b>{ $node }</b> にはまだバックアップがありません — /backup { $node }
backup-list-head = 💾 <b>{ $node }</b> — 直近 { $count } 件のバックアップ
backup-list-row = • <code>{ $ref }</code>
backup-list-row-stable = ⭐ <code>{ $ref }</code>
backup-list-detail = { $when } · { $type } · { $files } ファイル、{ $size }
backup-list-detail-score = { $when } · { $type } · { $files } ファイル、{ $size } · スコア { $score }
backup-list-foot = 復元：/restore { $node } &lt;ref&gt;
backup-list-foot-stable = 復元：/restore { $node } &lt;ref&gt; · 最新の安定版：<code>{ $stable }</code>
backup-type-auto = 自動
backup-type-manual = 手動
backup-type-pre-rollback = ロールバック前

# /diff
backup-diff-only-one = <b>{ $node }</b> のバックアップは 1 件だけです（<code>{ $ref }</code>）。まだ比較できません。
backup-diff-head = 🔍 <b>{ $node }</b>：<code>{ $from }</code> → <code>{ $to }</code>
backup-diff-none = 差分はありません。
backup-diff-files = { $count } ファイルが変更されました：
backup-diff-file = • { $path } +{ $added } −{ $removed }
backup-diff-file-binary = • { $path }（バイナリ）
backup-diff-more = … ほか { $count } 件
backup-diff-caption = { $node }：{ $from } → { $to }
backup-diff-patch = <pre>{ $patch }</pre>

# /restore と /rollback
backup-confirm-restore = { $node } をバックアップ { $ref } に復元（現在の状態を先にスナップショットします。ゲートウェイは再起動します）
backup-confirm-rollback = { $node } を最新の安定版バックアップにロールバック（現在の状態を先にスナップショットします。ゲートウェイは再起動します）
backup-no-stable = { $node } にはロールバック先の安定版バックアップがありません
    .hint = /stable { $node } [ref] でマークするか、/backups { $node } から任意のバックアップを選んで /restore を使ってください
backup-restore-no-backup = { $ref } には { $node } のバックアップがありません
    .hint = /backups { $node } を確認してください
backup-ref-not-ref = '{ $ref }' はバックアップの参照ではありません
    .hint = /backups にあるタグかコミット ID を使ってください
backup-ref-unknown = '{ $ref }' というバックアップはありません
    .hint = タグとコミット ID は /backups <node> で確認できます
backup-progress-snapshot = 📸 { $node } のロールバック前スナップショットを作成中…
backup-progress-applying = ⏹ { $node } の OpenClaw を停止し、{ $ref } から { $files } ファイルを復元して、/health を最大 { $seconds } 秒待ちます…
backup-restore-failed = { $node }：{ $ref } の復元に失敗しました：{ $error }。{ $back }
backup-restore-back-healthy = 元のファイルに戻し、ゲートウェイは再び正常です
backup-restore-back-unhealthy = 元のファイルに戻しましたが、ゲートウェイはまだ正常ではありません
backup-restore-unchanged = 何も変更していません
backup-restore-unknown-error = 不明なエラー
backup-hint-logs = /logs { $node } を確認してください
backup-hint-pretag = ロールバック前の状態はタグ { $tag } にあります
backup-restored = ✅ <b>{ $node }</b> を <code>{ $ref }</code> に復元しました（{ $files } ファイル）。ゲートウェイは正常です。
backup-restored-secrets = 🔑 ノードのシークレット値を { $kept } 件引き継ぎました
backup-restored-secrets-missing = 🔑 ノードのシークレット値を { $kept } 件引き継ぎました。⚠️ { $missing } 件はノードに対応する値がなく REDACTED のままです — 手動で設定してください
backup-restored-kept = 🔒 ノードの現在の { $files } をそのまま残しました（シークレットを含み、バックアップではマスクされています）
backup-restored-dropped = ⚠️ 復元しなかったもの：{ $links }（ノードの OpenClaw ホームの外を指すシンボリックリンク）
backup-restored-dropped-more = ⚠️ 復元しなかったもの：{ $links } ほか { $more } 件（ノードの OpenClaw ホームの外を指すシンボリックリンク）
backup-restored-before = 復元前：<code>{ $tag }</code> · 記録：<code>{ $rollback }</code>
backup-restored-before-none = 復元前：スナップショットなし · 記録：<code>{ $rollback }</code>

# OCM の停止で中断された復元（src/backup/schedule.ts；各オーナーのチャットへ）
backup-interrupted =
    ⚠️ <b>{ $node }</b> を <code>{ $ref }</code> に復元している途中で OCM が停止しました。
    ノードの報告：{ $state }。
backup-interrupted-tagged =
    ⚠️ <b>{ $node }</b> を <code>{ $ref }</code> に復元している途中で OCM が停止しました。
    ノードの報告：{ $state }。
    復元前の状態はタグ <code>{ $tag }</code> にあります。
backup-interrupted-applied = 復元はノード上で完了し、ゲートウェイは正常に起動しました
backup-interrupted-reverted = ノードは元のファイルに戻しました（復元後の状態が正常でなかったか、コピーに失敗しました）
backup-interrupted-applying = ノードはまだ適用中です（または途中で切断されました）。/status と /logs を確認してください
backup-interrupted-none = 復元はノードに届いておらず、ノードは変わっていません
backup-interrupted-gone = 不明（ノードは OCM から削除されています）
backup-interrupted-unknown = 不明（{ $error }）
backup-interrupted-other = { $state }

# /stable と /pushretry
backup-none-yet = { $node } にはまだバックアップがありません
    .hint = 先に /backup { $node } を実行してください
backup-stable-tagged = ⭐ <b>{ $node }</b>：タグ <code>{ $tag }</code> を付けました — /rollback { $node } でここに戻ります。
backup-push-nothing = push を待っているものはありません。
backup-push-done = 待機中だったバックアップのコミットを push しました。
backup-push-retry-failed = バックアップのリモートへの push に失敗しました：{ $error }
    .hint = コミットはローカルに残ります。OCM が後で再試行します
backup-push-no-detail = git は理由を示しませんでした







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor







## web: src/web




