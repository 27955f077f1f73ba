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

# 各操作の一行説明（/help、setMyCommands、Claude のツール）
action-nodes = ノードの一覧と最後に確認した状態を表示する
action-status = ノードの状態をその場で確認する（OS、CPU、メモリ、ディスク、OpenClaw、ゲートウェイ）。all で全ノード
action-events = 最近のイベント（状態の変化、アラート、操作）を表示する
action-logs = ノードの OpenClaw ゲートウェイのログ末尾を表示する（秘密情報は伏せ字）
action-restart = ノードの OpenClaw ゲートウェイを再起動し、正常になるまで待つ（all：1 台ずつ）
action-newnode = SSH でノードを追加する：質問に順に答えるか、全項目を 1 行で指定
action-editnode = ノードの項目を変更する（name、host、port、user、home、gateway_port、restart_cmd。restart_cmd=- で解除）
action-scanhost = マシンが提示する SSH ホスト鍵をログインせずに読み取る
action-trusthost = ノードが今提示している SSH ホスト鍵を信頼して固定する（再インストール後、または設定ファイルで宣言したノード）
action-removenode = ノードを OCM から外す（マシン自体には触れない）

# ステータスカード（src/nodes/cards.ts）
card-state-online = オンライン
card-state-degraded = 一部異常
card-state-offline = オフライン
card-state-unknown = 不明
card-head = { $icon } <b>{ $node }</b> · { $host } · { $state }
card-os = { $os } · 稼働 { $uptime }
card-resources = CPU { $cpu } · 負荷 { $load } · メモリ { $ram }（{ $used } / { $total }）
card-disk = ディスク使用 { $used }、空き { $free }（{ $path }）
card-openclaw-missing = OpenClaw：未インストール
card-openclaw = OpenClaw { $version } · サービス管理：{ $manager }
card-service-none = なし
card-gateway-healthy = ゲートウェイ 🟢 正常（ポート :{ $port }{ $pid ->
    [0] {""}
   *[other] 、pid { $pid }
}）
card-gateway-unhealthy = ゲートウェイ 🟡 起動中{ $pid ->
    [0] {""}
   *[other] （pid { $pid }）
}ですが、ポート :{ $port } の /health が応答しません
card-gateway-down = ゲートウェイ 🔴 停止中（127.0.0.1:{ $port }/health が応答しません）
card-last-seen = <i>最終確認：{ $ago }</i>
card-busy = ⏳ 処理中：<b>{ $action }</b>（{ $actor }）、{ $ago }から
card-where-local = このマシン
card-summary = { $icon } オンライン { $online }/{ $total }
card-summary-part = { $state } { $count } 台
card-summary-sep = {"、"}

# /nodes
nodes-empty = ノードはまだありません。/newnode で追加してください。
nodes-title = <b>ノード（{ $count }）</b>
nodes-seen = 最終確認 { $ago }
nodes-never-seen = 未確認
nodes-hostkey-changed = ⚠️ ホスト鍵が変わりました
nodes-hostkey-pending = ホスト鍵はまだ信頼されていません
nodes-undeclared = 宣言なし（設定ファイルから消えました。/removenode { $node } で外せます）

# /status
status-checking = 🔎 { $count } 台のノードを確認中…
status-checking-done = 🔎 { $count } 台のノードを確認中… { $done }/{ $count }

# /events
events-empty = イベントはまだありません。
events-title = <b>最近のイベント { $count } 件</b>
events-n-number = 数値で指定してください
events-n-whole = 整数で指定してください
events-n-min = 1 以上にしてください
events-n-max = 200 以下にしてください

# /logs
logs-lines-number = 行数は数値で指定してください
logs-lines-whole = 行数は整数で指定してください
logs-lines-min = 行数は 1 以上にしてください
logs-lines-max = 2000 行以下にしてください
logs-empty = <b>{ $node }</b>：ゲートウェイのログが見つかりません（{ $source }）。
logs-head = 📜 <b>{ $node }</b> — { $source } の末尾 { $count } 行

# /restart
restart-confirm = { $node } の OpenClaw を再起動
restart-confirm-all = 全ノードの OpenClaw を 1 台ずつ再起動
restart-progress = 🔄 <b>{ $node }</b> を再起動中（{ $n }/{ $total }）…
restart-none = なし
restart-so-far = それまでに再起動済み：{ $done }、未実施：{ $untouched }
restart-cancelled = 再起動を取り消しました
restart-stopped-at = { $node }（{ $n }/{ $total }）で中断しました：{ $error }
restart-failed = ゲートウェイの再起動に失敗しました
restart-not-restarted = ゲートウェイは再起動されていません：古いプロセス（pid { $pid }）が動いたままです
restart-node-failed = { $node }：{ $error }
restart-stopped-there = ここで中断しました（{ $n }/{ $total }）。{ $sofar }
restart-hint-custom = /logs { $node } を確認してください。再起動コマンドは /editnode { $node } restart_cmd="…" で設定します
restart-hint-default = /logs { $node } を確認してください。systemd も launchd もない場合は /editnode { $node } restart_cmd="…" で再起動コマンドを設定してください
restart-done = ✅ <b>{ $node }</b>：OpenClaw ゲートウェイを再起動し、正常です — pid { $pid }
restart-done-all = ✅ { $count } 台のノードを再起動し、すべて正常です：
restart-done-line = • { $node }（pid { $pid }）

# /editnode
editnode-none = （なし）
editnode-declared = { $node } は設定ファイルで宣言されており、起動のたびにその内容で設定されます
    .hint = 設定ファイルの nodes の項目を編集して OCM を再起動してください
editnode-local-field = 組み込みノード local はこのマシンです：{ $key } はありません
    .hint = 変更できるのは name、home、gateway_port、restart_cmd だけです
editnode-nothing = 変更する項目がありません
    .hint = key=value で指定してください：{ $keys }（例：/editnode { $node } restart_cmd="…"）
editnode-confirm = { $node } を変更：{ $changes }
editnode-confirm-nothing = 変更なし
editnode-confirm-plain = { $node } を変更
editnode-unchanged = <b>{ $node }</b>：変更はありません — すでにその値です。
editnode-changed = ✏️ <b>{ $node }</b> を変更しました：
editnode-moved = 新しいアドレスのホスト鍵はまだ信頼されていません：/trusthost { $node } で固定してください。

# /scanhost、/newnode、/trusthost、/removenode
scanhost-result = 🔑 { $host }:{ $port } のホスト鍵は <code>{ $fingerprint }</code> です
newnode-exists = ノード { $node } はすでに存在します
    .hint = 別の id にするか、先に /removenode { $node } で外してください
newnode-logging-in = 🔌 <b>{ $node }</b>：{ $user }@{ $host }:{ $port } にログイン中…
newnode-shell-failed = { $node }：SSH ログインはできますが、シェルコマンドが失敗しました（{ $detail }）
    .hint = そのユーザーのログインシェルを確認してください
newnode-exit-code = 終了コード { $code }
newnode-installing-agent = 📦 <b>{ $node }</b>：OCM エージェントをインストール中…
newnode-first-check = 🔎 <b>{ $node }</b>：最初の状態確認中…
newnode-added = ✅ ノード <b>{ $node }</b> を追加しました — エージェント { $version } { $installed ->
    [yes] をインストールしました
   *[no] は最新です
}。
newnode-openclaw-missing = このノードにはまだ OpenClaw がインストールされていません。
trusthost-confirm-current = { $node } が今提示しているホスト鍵を信頼
trusthost-confirm-current-replace = { $node } のホスト鍵を { $old } から今提示している鍵に切り替えて信頼
trusthost-confirm = { $node } のホスト鍵 { $key } を信頼
trusthost-confirm-replace = { $node } のホスト鍵を { $old } から { $key } に切り替えて信頼
trusthost-local = local ノードには SSH ホスト鍵がありません
trusthost-changed = { $node } が今提示しているのは { $presented } で、確認した { $expected } ではありません。何も固定していません
    .hint = マシンを確認してから、もう一度 /trusthost { $node } を実行してください
trusthost-pinned = 🔐 <b>{ $node }</b>：ホスト鍵を <code>{ $fingerprint }</code> に固定しました
trusthost-was = （以前は <code>{ $old }</code>）
removenode-confirm = { $node } を OCM から外す（イベントは残ります。マシン側は何も変わりません）
removenode-local = 組み込みノード local は外せません
    .hint = 代わりに設定ファイルで local_node: false を指定してください
removenode-declared = { $node } は設定ファイルで宣言されています
    .hint = そこで nodes の一覧から消して OCM を再起動し（「宣言なし」になります）、それから /removenode してください
removenode-done = 🗑 <b>{ $node }</b> を OCM から外しました。マシンとその OpenClaw には触れていません。

# /newnode の対話（src/bot/conversations/newnode.ts）
newnode-intro = ➕ <b>ノードの追加</b> — 質問に順に答えてください。やめるときは /cancel。
newnode-q-id = 1/7 ノード id は？（a-z、0-9、- の組み合わせ。例：g3s-06）
newnode-q-name = 2/7 表示名は？（- を送ると id を使います）
newnode-q-host = 3/7 ホストは？（IP アドレスまたは DNS 名）
newnode-q-port = 4/7 SSH ポートは？（- を送ると 22）
newnode-q-user = 5/7 SSH ユーザーは？
newnode-q-home = 6/7 OpenClaw のホームは？（- を送ると ~/.openclaw）
newnode-q-restart-cmd = 7/7 ノード上でゲートウェイを再起動するコマンドは？（systemd か launchd が管理している場合は - を送信。あとから /editnode で変更できます）
newnode-bad-gateway-port = ⚠️ gateway_port：{ $problem }。ノードは追加していません。
newnode-bad-field = ⚠️ { $key }：{ $problem }
newnode-cancelled = 取り消しました — ノードは追加していません。
newnode-interrupted = ノードの追加（/newnode）の途中なので、{ $command } は実行していません。追加を続けますか？それとも取り消して { $command } を送り直しますか？
newnode-button-resume = ▶ 続ける
newnode-button-cancel = ✖ 取消
newnode-button-trust = 🔐 信頼する
newnode-answer-resume-first = 先にノードの追加を続けるか取り消すかを選んでください。
newnode-tap-resume = 上の「続ける」か「取消」を押してください（または /cancel を送信）。
newnode-id-exists = ノード { $node } はすでに存在します。別の id にするか、先に /removenode { $node } で外してください。
newnode-reading-host-key = 🔌 { $host }:{ $port } のホスト鍵を読み取り中…
newnode-public-key = OCM は専用の鍵でログインします。ノードの ~{ $user }/.ssh/authorized_keys に次の 1 行を追加してください：
    <code>{ $key }</code>
newnode-scan-failed = ノードは追加していません。上の問題を解決してから、もう一度 /newnode を送ってください。
newnode-trust-prompt = <b>{ $node }</b> のこのホスト鍵を信頼しますか？
    <code>{ $fingerprint }</code>
    ノード上で <code>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</code> と照合してください。信頼した場合にのみ保存されます。
newnode-trust-cancelled = 取り消しました — ホスト鍵は保存せず、ノードも追加していません。
newnode-answer-trust-first = 先にノードの追加を済ませてください（信頼するか取消）。
newnode-tap-trust = 上の「信頼する」か「取消」を押してください（または /cancel を送信）。

# /mynode（src/bot/menus/mynode.ts）
mynode-list = <b>ノード一覧</b>（{ $count }）— 1 つ選んでください：
mynode-empty = ノードはまだありません。/newnode で追加してください。
mynode-outdated = ノードの一覧が変わりました。最新の一覧を表示します。
mynode-button-status = 📊 状態
mynode-button-logs = 📜 ログ
mynode-button-restart = 🔄 再起動
mynode-button-remove = 🗑 削除
mynode-button-back = « 全ノード
mynode-card = { $icon } <b>{ $node }</b> · { $name }
    { $where } · { $state }
mynode-last-error = ❗ { $error }
mynode-removed = { $node } は外されました。







## backup: src/backup







## monitor: src/monitor, src/jobs, the alerts of src/app.ts







## intents: src/intents







## doctor: src/doctor







## web: src/web




