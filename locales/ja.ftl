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

# 1 行フォームの不明なキー
params-unknown-key-near = 不明なキー '{ $key }' です —— '{ $near }' のことですか？
params-unknown-key = 不明なキー '{ $key }' です —— 使えるキー：{ $keys }
params-problems = { $first }；{ $rest }

# ボットの機能
bot-not-authorized = 権限がありません
bot-button-unsupported = このボタンはサポートされなくなりました。
bot-button-inactive = このボタンはもう有効ではありません。
bot-cancel-stopped = ⏹ キャンセルしました：{ $count ->
    [1] リクエストは実行されていません。
   *[other] { $count } 件のリクエストはいずれも実行されていません。
}
bot-cancel-nothing = 回答待ちのリクエストはありません。
bot-request-stopped = ⏹ { $reason }：リクエストは実行されていません。しばらくしてからもう一度送信してください。
bot-unknown-command = 不明なコマンド /{ $command } です。一覧は /help をご覧ください。
bot-unknown-command-near = 不明なコマンド /{ $command } です。/{ $near } のことですか？一覧は /help をご覧ください。
bot-send-a-command = /status や /nodes などのコマンドを送ってください —— すべてのコマンドは /help で確認できます。
bot-newnode-unknown-keys = ⚠️ { $problem }
    何も開始していません。
    使い方：{ $usage }

# コンソール
console-silent = [通知なし]
console-document-saved = 📎 { $name }（{ $size } バイト）を { $path } に保存しました

# /start と /help
action-start = ようこそメッセージとクラスタの概要
action-help = 実行できるコマンドをリスク段階ごとに一覧表示
help-title = OCM — OpenClaw クラスタマネージャー
help-tier-read = 📊 参照 —— すぐに実行
help-tier-low = 💾 低リスク —— すぐに実行
help-tier-medium = 🔄 中リスク —— 確認ボタンを 1 回タップ
help-tier-high = ⚠️ 高リスク —— 確認ボタンをタップし、さらに 4 桁の安全コードを入力
help-line = { $usage } — { $line }
start-welcome = 👋 <b>OCM — OpenClaw クラスタマネージャー</b>
    { $count } 台のノードを管理しています（前回の確認時点でオンライン { $online } 台）。
    /status で全ノードをその場で確認、/nodes で一覧、/help ですべてのコマンドを表示します。





## nodes: src/nodes (transports, service, model, agent, config, keys)





## node-actions: src/nodes/*actions.ts, src/nodes/cards.ts, src/bot/conversations, src/bot/menus







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor







## web: src/web




