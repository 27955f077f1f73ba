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

# 自然言語レイヤーは依頼と同じ言語で答える（src/intents/lang.ts）。

# 実行計画（src/intents/plan.ts）
nl-plan = 📋 <b>実行計画</b>
nl-plan-one = 📋 <b>実行計画: { $command }</b> — { $line } ({ $count } ノード)
nl-understood = 🗣 解釈: <code>{ $commands }</code>
nl-needs-read = 読み取りのみ・確認不要 — すぐ実行します。
nl-needs-low = 低リスク・確認不要 — すぐ実行します。
nl-needs-medium = 中リスク：確認ボタンを1回押してください。
nl-needs-high = 高リスク：確認ボタンの後、4桁の安全コードを入力してください。
nl-step-by-step = <i>手順は順番に実行し、それぞれ確認します。失敗または取消で計画は止まります。</i>
nl-stopped = ⏹ 計画は手順 { $n } で停止しました（{ $step }：{ $result }）。未実行：{ $rest }。
nl-outcome-failed = 失敗
nl-outcome-denied = 拒否
nl-outcome-cancelled = 取消
nl-outcome-expired = 期限切れ

# 手順を断る理由（プレーンテキスト、nl-rejected の中に入る）
nl-rejected = ⚠️ 何も実行していません：{ $problem }
nl-known-nodes = 既知のノード：{ $nodes }
nl-no-nodes = ノードがまだありません（/newnode で追加）
nl-unknown-node = 不明なノード '{ $node }'（{ $known }）
nl-unknown-node-near = 不明なノード '{ $node }' — { $near } のことですか？（{ $known }）
nl-no-such-operation = この OCM には '{ $action }' という操作が（まだ）ありません。/help で一覧できます
nl-guided-conversation = { $usage } は対話形式の操作です。/{ $command } をご自分で送ってください
nl-not-in-plain-words = '{ $action }' は自然言語では依頼できません
nl-invalid-params = { $problem }（使い方：{ $usage }）
nl-params-not-object = { $tool } のパラメータがオブジェクトではありません

# フォールバック解析（src/intents/fallback.ts）、ANTHROPIC_API_KEY がないとき
nl-which-node = ❓ どのノードですか？ 既知のノード：{ $nodes }。
nl-which-node-or-all = ❓ どのノードですか？ 既知のノード：{ $nodes }、または「全部」。
nl-one-node-only = ❓ { $action } は一度に1ノードだけです。どのノードですか？ 既知のノード：{ $nodes }。
nl-need-ref = ❓ どのバックアップに戻しますか？ { $cmd } で一覧できます。例：「g3s-01 を g3s-01/stable/2026-02-14 にリストア」。
nl-negative = ⚠️ 実行しない意図のようなので、何もしていません。実行するにはコマンドを送ってください（例：{ $cmd }）。
nl-needs-key = ℹ️ 自然言語には ANTHROPIC_API_KEY が必要です。未設定の場合は状態・バックアップ・再起動・ログ・ロールバックの簡単な依頼だけ理解します（例：「g3s-02 を再起動」）。近いコマンド：{ $cmd } — /help で一覧。

# Claude（src/intents/service.ts、src/intents/claude.ts）。エラーはプレーンテキスト
nl-rate-limited = ⏳ 自然言語の依頼が多すぎます。{ $s } 秒後にもう一度どうぞ。スラッシュコマンドは使えます（/help）。
nl-claude-failed = ❌ { $error }。何も実行していません。スラッシュコマンドは使えます（/help）。
nl-claude-empty = 空の回答が返りました（{ $reason }）
nl-claude-no-stop-reason = 停止理由なし
nl-claude-timeout = { $waited } 以内に応答がありません。少ししてからもう一度どうぞ
nl-claude-unreachable = API { $url } に接続できません（ANTHROPIC_BASE_URL とネットワークを確認してください）
nl-claude-overloaded = API が現在過負荷です（529）。1分後にもう一度どうぞ
nl-claude-rate-limited = API のレート制限に達しました（429）。1分待ってからもう一度どうぞ
nl-claude-key-refused = API キーが拒否されました（{ $status }）。ANTHROPIC_API_KEY を確認してください
nl-claude-server-error = API でエラーが起きました（{ $code }）。しばらくしてからもう一度どうぞ
nl-claude-refused = API がリクエストを拒否しました（{ $code }）
nl-claude-unexpected = リクエストが予期せず失敗しました（詳細は OCM のログにあります）







## doctor: src/doctor







## web: src/web

# ステータスページ（src/web/page.ts）。プレーンテキスト：エスケープとマークアップはページ側で行う。
status-page-title = OCM · { $online }/{ $total } オンライン
status-page-heading = OCM — OpenClaw クラスタ
status-page-overview = 概要
status-page-online = オンライン
status-page-backups-today = 本日のバックアップ
status-page-average-score = 平均スコア
status-page-open-alerts = 未解決のアラート
status-page-nodes = ノード
status-page-score-trend = スコアの推移
status-page-recent-events = 最近のイベント
status-page-no-events = イベントはまだありません。
status-page-no-nodes = ノードはまだありません。ボットで /newnode を使って追加してください。
status-page-read-only = 読み取り専用
status-page-updated = 更新 { $time }
status-page-refreshes = { $s } 秒ごとに再読み込み
status-page-link-cluster = クラスタ
status-page-link-nodes = ノード
status-page-link-events = イベント
status-page-link-health = OCM の状態
status-page-uptime = 稼働 { $duration }
status-page-agent = エージェント { $version }
status-page-schema = スキーマ { $id }

# ノードのカード
status-page-state-online = オンライン
status-page-state-offline = オフライン
status-page-state-unknown = 未確認
status-page-state-no-openclaw = OpenClaw 未インストール
status-page-state-gateway-down = ゲートウェイ停止中
status-page-status-online = オンライン
status-page-status-degraded = 一部異常
status-page-status-offline = オフライン
status-page-status-unknown = 不明
status-page-not-installed = 未インストール
status-page-cpu = CPU
status-page-ram = メモリ
status-page-disk = ディスク
status-page-disk-free = 空き { $size }
status-page-version = バージョン
status-page-openclaw-version = OpenClaw のバージョン
status-page-backup = バックアップ
status-page-score = スコア
status-page-seen = 最終確認

# 拒否したリクエスト（src/web/server.ts）：ブラウザにはその言語のページ、JSON API の "error" は常に英語
status-page-error-heading = ステータスページを表示できません
status-page-error-bad-encoding = パスが正しい URL エンコードではありません
status-page-error-limit = limit は 1 から { $max } までの整数にしてください
status-page-error-unknown-node = 不明なノード '{ $node }'
status-page-error-not-found = 見つかりません
status-page-error-token-required = トークンが必要です：ヘッダー "Authorization: Bearer <token>" を送るか、URL に ?token=… を付けてください
status-page-error-wrong-token = トークンが違います
status-page-error-loopback-only = このステータスページは localhost / 127.0.0.1 のアドレスにだけ応答します。別の名前でアクセスするには OCM_STATUS_TOKEN を設定してください
status-page-error-method = { $method } は使えません：読み取り専用のページです（GET または HEAD のみ）
status-page-db-unreadable = データベースを読み取れません（OCM のログを参照）

# 起動（src/web/server.ts）
status-page-port-in-use = ステータスページ：{ $where } はすでに使われています（別の OCM か他のプログラム）
    .hint = OCM_STATUS_PORT (status.port) を空いているポートにするか、OCM_STATUS_ENABLED=false (status.enabled) でページを無効にしてください
status-page-no-such-address = ステータスページ：{ $host } で待ち受けできません。このマシンにそのアドレスはありません
    .hint = OCM_STATUS_HOST (status.host) をこのマシンのアドレス（例：127.0.0.1）にしてください
status-page-no-permission = ステータスページ：{ $where } で待ち受ける権限がありません
    .hint = 1024 未満のポートには root 権限が必要です。OCM_STATUS_PORT (status.port) を 1024 以上にしてください
status-page-listen-failed = ステータスページ：{ $where } で待ち受けできません（{ $code }）




