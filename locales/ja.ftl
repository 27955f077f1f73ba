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

# 保存されたアラートの組み立て部品（src/monitor/render.ts）
watchdog-text = { $text }
watchdog-plain = { $text }
watchdog-lines =
    { $first }
    { $rest }
watchdog-paragraphs =
    { $first }

    { $rest }
watchdog-list = { $first }、{ $rest }
watchdog-list-semicolon = { $first }、{ $rest }

# アラートの見出し
watchdog-head-info = 🟡 [情報]
watchdog-head-warn = 🟠 [警告]
watchdog-head-critical = 🔴 [重大]
watchdog-head-escalated = ⬆️ [エスカレーション]
watchdog-head-hardware = 🚨 [重大 — ハードウェアを確認してください]
watchdog-head-resolved = ✅ [解決済み]

# インシデントの内容（概要、詳細、復旧：インシデントとともに保存）
watchdog-summary-offline = { $node } オフライン
watchdog-summary-gateway = { $node }：OpenClaw ゲートウェイ停止
watchdog-summary-disk = { $node }：ディスク使用率 { $pct }%
watchdog-summary-memory = { $node }：メモリ使用率 { $pct }%
watchdog-summary-clock = { $node }：時計が { $skew } 秒ずれています
watchdog-summary-backup-push = リモートへのバックアップの push が失敗しています
watchdog-summary-ocm = OCM 自体に問題があります
watchdog-detail-threshold = しきい値 { $limit }% を超えています
watchdog-back-to-disk = ディスク使用率が { $pct }% に戻りました
watchdog-back-to-memory = メモリ使用率が { $pct }% に戻りました
watchdog-clock-ahead = 時計が OCM より { $skew } 秒進んでいます — ノードの NTP を確認してください
watchdog-clock-behind = 時計が OCM より { $skew } 秒遅れています — ノードの NTP を確認してください
watchdog-backup-push-failed = push に失敗しました
watchdog-backup-push-pending = { $error } · 未 push のコミットが { $pending } 件あります
watchdog-reason-not-installed = OpenClaw がインストールされていません
watchdog-reason-gateway-unhealthy = ゲートウェイは動作していますが、127.0.0.1:{ $port } の /health が応答しません
watchdog-reason-gateway-not-running = ゲートウェイが動作していません（127.0.0.1:{ $port }/health が応答しません）
watchdog-resources = RAM { $mem }%、ディスク { $disk }%
watchdog-resources-mem = RAM { $mem }%
watchdog-resources-disk = ディスク { $disk }%
watchdog-auto-ssh-fails = 自動復旧：SSH に失敗 — マシンを現地で確認する必要があるかもしれません
watchdog-auto-restarting = 自動復旧：ゲートウェイを再起動しています…
watchdog-auto-restarted = 自動復旧：OCM がゲートウェイを再起動しました（pid { $pid }）
watchdog-auto-failed = 自動復旧に失敗しました：{ $error }
watchdog-auto-failed-unknown = 自動復旧に失敗しました：再起動が成功しませんでした
watchdog-fixed-auto-restart = OCM によるゲートウェイの自動再起動
watchdog-fixed-restart = ゲートウェイの再起動
watchdog-fixed-restart-by = { $by } によるゲートウェイの再起動
watchdog-fixed-ssh-back = SSH が再び応答（OCM は何もしていません）
watchdog-fixed-gateway-back = ゲートウェイが自然に再び応答（OCM は何もしていません）
watchdog-fixed-by-itself = 自然に復帰
watchdog-resolution-not-found = チェックで検出されなくなりました
watchdog-resolution-node-removed = ノードが OCM から削除されました
watchdog-kind-offline = オフライン
watchdog-kind-gateway = ゲートウェイ停止
watchdog-kind-disk = ディスク
watchdog-kind-memory = メモリ
watchdog-kind-clock = 時計のずれ
watchdog-kind-backup-push = バックアップの push
watchdog-kind-ocm = OCM 自体
watchdog-kind-count = { $kind } { $count } 件

# 1 件のインシデントのアラート（状況に応じて編集）
watchdog-alert-title = { $head } <b>{ $title }</b>
watchdog-since = 発生：{ $time }
watchdog-last-seen = 最終確認：{ $time }
watchdog-last-state = 最終状態：{ $state }
watchdog-cause = 原因：{ $cause }
watchdog-recovery = 🔧 { $recovery }
watchdog-note-escalated = ⬆️ エスカレーション：まだ復帰していません。
watchdog-note-hardware = 🚨 長時間停止しています：ハードウェア（電源、ネットワークケーブル、ディスク）を確認してください。
watchdog-resolved = 解決
watchdog-resolved-line = ✅ { $resolution } — { $time }、継続時間 { $duration }
watchdog-silence-muted = 🔕 { $until } までミュート中
watchdog-silence-muted-by = 🔕 { $who } が { $until } までミュート中
watchdog-silence-maintenance = 🛠 { $until } までメンテナンス中
watchdog-silence-maintenance-reason = 🛠 { $until } までメンテナンス中（{ $reason }）
watchdog-button-retry = 🔌 SSH を再試行
watchdog-button-logs = 📜 ログ
watchdog-button-mute = 🔕 1 時間ミュート
watchdog-button-retry-all = 🔌 SSH を再試行（全ノード）
watchdog-button-mute-all = 🔕 全ノードを 1 時間ミュート

# まとめ、エスカレーション、復旧
watchdog-digest-title = { $head } <b>{ $count } 台のノードが{ $kind }：{ $ids }</b>
watchdog-digest-title-mixed = { $head } <b>{ $count } 台のノードに対応が必要（{ $what }）：{ $ids }</b>
watchdog-digest-line = • <b>{ $node }</b>：{ $what }
watchdog-digest-line-recovery = • <b>{ $node }</b>：{ $what } · 🔧 { $recovery }
watchdog-digest-back = ✅ 復帰（停止時間 { $duration }）
watchdog-escalation-title = { $head } <b>{ $summary }</b> が { $duration } 続いています
watchdog-escalation-many = { $head } <b>{ $count } 台のノードがまだ停止中：{ $ids }</b>
watchdog-escalation-line = • <b>{ $node }</b>：{ $summary }（{ $time } から）
watchdog-escalation-hardware = 長時間停止しています：ハードウェア（電源、ネットワークケーブル、ディスク）を確認してください。
watchdog-escalation-still-down = まだ復帰していません。OCM はチェックを続けます。
watchdog-recovered-title = ✅ [復旧] <b>{ $node }</b> がオンラインに戻りました
watchdog-recovered-out = 停止時間：{ $duration }（{ $summary }）
watchdog-recovered-fixed-by = 復旧方法：{ $fix }
watchdog-recovered-now = 現在：{ $state }
watchdog-recovered-many = ✅ [復旧] <b>{ $count } 台のノードがオンラインに戻りました</b>
watchdog-recovered-line = • <b>{ $node }</b>：停止 { $duration } — { $fix }
watchdog-log-digest = 📜 [ログキーワード] <b>{ $node }</b>：{ $since } 以降 { $counts }
watchdog-notice-resolved = ✅ [解決済み] { $summary }
watchdog-notice-backup-failed = 🟠 [警告] バックアップに失敗しました
    { $error }
watchdog-notice-backup-failed-on = 🟠 [警告] <b>{ $node }</b> のバックアップに失敗しました
    { $error }

# アラートの操作（src/monitor/actions.ts）
action-mute = ノード（または全ノード）のアラートを一定時間ミュートします。イベントは引き続き記録されます
action-unmute = ノードのミュートを終了します（all：すべてのミュート）
action-mutes = 有効なミュートとメンテナンス期間を期限とともに一覧表示します
action-retryssh = ウォッチドッグと同じ方法でノードを今すぐチェックします（SSH、次にエージェントのヘルス）
action-watchdogchecks = ウォッチドッグの低頻度チェック：バックアップの push の状態、OCM 自体、到達可能なノードの時計のずれ
watchdog-duration-required = 30m、1h、2d のように期間を指定してください（ミュートには必ず期限があります）
watchdog-duration-invalid = 期間は 30m、1h、2h30m、7d のような形式です
watchdog-duration-too-long = 最長 30d です
watchdog-scope-all = 全ノード
watchdog-scope-any = 全ノード
watchdog-mute-done = 🔕 <b>{ $scope }</b> のアラートを { $duration } ミュートしました（{ $until } まで）。イベントは引き続き記録されます。/unmute { $target } で早めに解除できます。
watchdog-unmute-nothing = <b>{ $scope }</b> には解除するミュートがありません。/mutes をご覧ください。
watchdog-unmute-done = 🔔 <b>{ $scope }</b> のアラートを再開しました（ミュート { $count } 件を終了）。
watchdog-mutes-none = ミュートもメンテナンス期間もありません。未解決のインシデント：{ $open } 件。
watchdog-mutes-title = <b>ミュート（{ $count }）</b>
watchdog-mutes-line-mute = 🔕 <b>{ $scope }</b> { $until } までミュート（残り { $left }）
watchdog-mutes-line-maintenance = 🛠 <b>{ $scope }</b> { $until } までメンテナンス（残り { $left }）
watchdog-mutes-by = 設定者 { $who }
watchdog-mutes-reason = { $reason }
watchdog-mutes-open = 未解決のインシデント：{ $open } 件。
watchdog-retry-no-nodes = チェックするノードがありません
watchdog-retry-title = 🔌 <b>SSH を再試行</b> — 今チェックしました（状態の変化はウォッチドッグが次回以降のチェックで確定します）
watchdog-retry-line = { $icon } <b>{ $node }</b>：{ $what }
watchdog-retry-healthy = SSH 正常、ゲートウェイ正常
watchdog-retry-ssh-works = SSH 正常。{ $reason }
watchdog-retry-not-healthy = 正常ではありません
watchdog-retry-ssh-fails = SSH に失敗
watchdog-checks-found = 低頻度チェック：問題が { $count } 件見つかりました（アラートは通常のルールで送られます）。
watchdog-checks-none = 低頻度チェック：問題は見つかりませんでした。

# OCM 自体（src/app.ts、src/main.ts）
app-hostkey-changed = 🚨 <b>{ $node }</b>：SSH ホスト鍵が変わりました！
    登録済み：<code>{ $pinned }</code>
    現在：<code>{ $presented }</code>
    OCM は接続を拒否します。意図的に再インストールしたマシンなら鍵を登録し直してください。そうでなければ攻撃として扱ってください。
app-hostkey-untrusted = 🔐 <b>{ $node }</b>（{ $user }@{ $host }:{ $port }）のホスト鍵 <code>{ $presented }</code> はまだ信頼されていません。オーナーが信頼するまで OCM は接続しません。
app-hostkey-button-trust = 🔐 この鍵を信頼
app-hostkey-button-repin = 🔐 登録し直す（高リスク）
app-self-polling-stopped = Telegram のロングポーリングが停止しました
app-self-disk-low = データディレクトリのディスクの空きが { $free }% しかありません
app-self-data-dir-unreadable = データディレクトリ { $dir } を読み取れません
app-restarted-interrupted = ⚠️ OCM が再起動しました。中断された操作（失敗として記録）：{ $ops }
app-console-banner = OCM コンソール — データは { $dir } にあります。/help を入力してください。数字でボタンを押せます。Ctrl-D で終了します。
app-status-page = ステータスページ：{ $url }
app-telegram-failed = Telegram：{ $error }
app-telegram-failed-hint = TELEGRAM_BOT_TOKEN と TELEGRAM_API_ROOT を確認してください
app-unexpected-failure = 予期しないエラー：{ $error }




## intents: src/intents







## doctor: src/doctor







## web: src/web




