# OCM メッセージ — 日本語。

## core: src/core, src/i18n

# エラー（プレーンテキスト、マークアップなし）
error-with-hint = { $error } — { $hint }
error-external = { $service }：{ $error }
error-internal = 内部エラー（詳細は OCM のログにあります）

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
reply-as-document = { $first }
    （全文を添付：メッセージ { $parts } 通分の長さ）
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

# SSH
node-host-key-changed = { $node }：ホスト鍵が変わりました（現在 { $presented }）。接続を拒否しました
    .hint = マシンを意図的に再インストールしたのなら /trusthost { $node } で固定し直してください。そうでなければ攻撃として扱ってください
node-host-key-untrusted = { $node }：ホスト鍵 { $presented } はまだ信頼されていません
    .hint = オーナーが /trusthost { $node } で信頼する必要があります
node-ssh-refused = { $node }：{ $where } で SSH 接続が拒否されました
    .hint = sshd は動いていますか？
node-ssh-no-dns = { $node }：ホスト名 { $host } を名前解決できません
    .hint = ノード設定のホストか DNS を確認してください
node-ssh-unreachable = { $node }：{ $where } に到達できません
    .hint = マシンの電源は入っていて、ネットワークにつながっていますか？
node-ssh-reset = { $node }：{ $where } への SSH 接続がリセットされました
    .hint = sshd が再起動中か、接続を拒否している可能性があります（MaxStartups）
node-ssh-tcp-timeout = { $node }：{ $where } への TCP 接続がタイムアウトしました
    .hint = マシンの電源は入っていて、到達可能ですか？
node-ssh-no-answer = { $node }：{ $where } から { $seconds } 秒以内に SSH の応答がありません
    .hint = マシンがハングしているか過負荷の可能性があります。現地で確認してください
node-ssh-key-rejected = { $node }：{ $user }@{ $host } で SSH 鍵が受け付けられません
    .hint = OCM の公開鍵（/newnode で表示）を ~{ $user }/.ssh/authorized_keys に追加してください
node-ssh-key-unusable = { $node }：SSH 秘密鍵を使用できません（{ $detail }）
    .hint = 暗号化されていない OpenSSH 形式の鍵ファイルを使ってください
# その他の SSH エラー：SSH ライブラリの原文（翻訳できません）
node-ssh-failed = { $detail }
node-ssh-closed = { $node }：接続は閉じられています
node-ssh-command-timeout = { $node }：コマンドが { $seconds } 秒でタイムアウトしました
    .hint = ノードが過負荷の可能性があります
node-ssh-command-cancelled = { $node }：コマンドはキャンセルされました

# このマシン
node-local-bash-failed = bash を実行できません：{ $detail }
node-local-timeout = コマンドが { $seconds } 秒でタイムアウトしました
node-local-cancelled = コマンドはキャンセルされました

# 出力の上限
node-output-over-cap = { $node }：コマンドの { $stream } 出力が { $cap }を超えたため、OCM が停止しました
    .hint = 上限（ssh.max_{ $stream }_bytes）を超えたノードの出力は信頼しません。{ $node } で何が動いているか確認してください
node-size-mib = { $n } MiB
node-size-kib = { $n } KiB
node-size-bytes = { $n } バイト

# ノードサービス
node-ssh-not-configured = { $node }：この OCM では SSH が設定されていません
node-ssh-key-unreadable = { $node }：SSH 鍵 { $path } を読み込めません（{ $code }）
    .hint = key_path を確認してください
node-agent-install-failed = { $node }：~/.ocm に OCM エージェントをインストールできませんでした（{ $detail }）
    .hint = ホームディレクトリに書き込めるか確認してください
node-exit-code = 終了コード { $code }
node-unknown = 不明なノード '{ $id }'
    .hint = 登録済みのノード：{ $known }（/nodes を参照）
node-unknown-none-hint = ノードがまだありません。/newnode で追加してください
node-none = ノードがまだ登録されていません
    .hint = /newnode で追加してください
node-problem-openclaw-missing = OpenClaw がインストールされていません
node-problem-gateway-unhealthy = gateway は動いていますが、127.0.0.1:{ $port } で正常ではありません
node-problem-gateway-down = 127.0.0.1:{ $port }/health で gateway が応答しません
node-problem-disk-full = ディスク使用率 { $pct }%

# ノードエージェントの応答
node-agent-no-json = '{ $command }' が JSON を返しませんでした（{ $detail }）
node-agent-no-output = '{ $command }' が JSON を返しませんでした（出力なし）
node-agent-bad-json = '{ $command }' が想定外の JSON を出力しました（{ $detail }）

# パラメーター
node-id-required = ノード id が必要です
node-id-invalid = ノード id は a-z、0-9、- からなる 1–32 文字で、英字か数字で始まります
node-target-invalid = ノード id（a-z、0-9、-）か "all" を指定してください
node-host-required = ホストが必要です
node-host-invalid = ホストは DNS 名か IP アドレスです（英字、数字、ドット、ハイフン。空白や引用符は不可）
node-port-not-number = ポートは数値です
node-port-not-integer = ポートは整数です
node-port-range = ポートは 1–65535 です
node-user-required = SSH ユーザーが必要です
node-user-invalid = SSH ユーザー名は英字、数字、_ . - からなります（空白や引用符は不可）
node-home-invalid = パスは / か ~/ で始まり、引用符、$、;、|、&、<、>、*、バックスラッシュを含みません
node-name-length = 名前は 1–64 文字です
node-name-invalid = 名前に < > や改行は使えません
node-restart-cmd-not-text = 再起動コマンドはテキストです
node-restart-cmd-empty = 再起動コマンドは空にできません
node-restart-cmd-too-long = 再起動コマンドは 1000 文字までです
node-restart-cmd-one-line = 再起動コマンドは 1 行です
node-fingerprint-invalid = ホスト鍵のフィンガープリントは SHA256: の後に 43 文字が続く形式です

# データディレクトリのロック
store-lock-held = 別の OCM（pid { $pid }）がこのデータディレクトリ（{ $dir }）ですでに動いています
    .hint = 先にそれを停止するか、OCM_DATA_DIR を別のフォルダーにしてください
store-lock-failed = { $path } をロックできません
    .hint = OCM が動いていなければ、そのファイルを削除してください




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
card-problem = ❗ { $problem }
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

action-doctor = OCM のセットアップを点検：Telegram、Claude、SSH 鍵、全ノード、バックアップ、ディスク、時計
action-version = OCM のバージョン、稼働時間、Node.js、エージェント、データベーススキーマ

# /doctor と `npm run doctor`（プレーンテキスト：チャットでは <pre> で表示）
doctor-checking = 🩺 セットアップを点検しています…
doctor-head-failed = <b>🩺 OCM 診断：問題があります</b>
doctor-head-warned = <b>🩺 OCM 診断：利用可能（警告あり）</b>
doctor-head-passed = <b>🩺 OCM 診断：すべての点検に合格</b>
doctor-cli-header = OCM 診断 · OCM { $version } · Node { $node }
doctor-cli-config-blocked = ❌ 他の点検を行う前に設定を修正してください
doctor-cli-failed = ❌ 問題があります：❌ の行を修正してください（→ の行に方法があります）
doctor-cli-warned = ⚠️ 利用可能（警告あり）
doctor-cli-passed = ✅ すべての点検に合格
doctor-cli-crashed = ocm doctor：予期しない失敗：{ $error }
doctor-line = { $mark } { $area }：{ $text }
doctor-line-next = {"   "}→ { $next }
doctor-check-config = 設定
doctor-check-telegram = Telegram
doctor-check-claude = Claude
doctor-check-ssh-key = SSH 鍵
doctor-check-nodes = ノード
doctor-check-backup-repo = バックアップリポジトリ
doctor-check-backup-remote = バックアップのリモート
doctor-check-offsite = オフサイトコピー
doctor-check-disk = ディスク
doctor-check-files = ファイル
doctor-check-clock = 時計
doctor-net-timed-out = タイムアウト
doctor-unknown-error = エラー
doctor-no-output = 出力なし
doctor-version-unknown = バージョン不明

doctor-config-ok = { $file } と環境変数を正しく読み込めます
doctor-config-ok-defaults = ocm.yaml なし：既定値と環境変数を正しく読み込めます
doctor-config-problem = { $error }
    .next = ocm.yaml の該当キーまたはその環境変数を修正してください（README の設定表を参照）

doctor-telegram-no-token = ボットトークンなし：OCM は端末上のコンソールチャットとして動作します（ボットを使うには TELEGRAM_BOT_TOKEN を設定）
doctor-telegram-unreachable = { $root } に接続できません（{ $error }）
    .next = このマシンのネットワーク、プロキシ、または TELEGRAM_API_ROOT を確認してください
doctor-telegram-token-refused = ボットトークンが getMe で拒否されました（{ $status } { $description }）
    .next = @BotFather（/mybots → API Token）からトークンをコピーし直して /etc/ocm/env の TELEGRAM_BOT_TOKEN に設定し、OCM を再起動してください
doctor-telegram-getme-status = getMe の応答は { $status } でした
    .next = 後でもう一度試してください。続く場合は TELEGRAM_API_ROOT を確認してください
doctor-telegram-token-ok = トークン有効：ボット @{ $username } が getMe に応答
doctor-telegram-owners = オーナー { $count } 人を設定済み（{ $ids }）
doctor-telegram-no-owners = オーナー未設定：誰も操作できません
    .next = OCM_OWNER_IDS に自分の Telegram ユーザー ID（数字）を設定してください（@userinfobot で確認できます）
doctor-telegram-commands-ok = setMyCommands が受理されました（コマンド { $count } 個）
doctor-telegram-commands-refused = setMyCommands が拒否されました（{ $status }）：コマンドメニューが古いままの可能性があります
    .next = 手入力するコマンドには影響ありません。Bot API サーバーを確認してください
doctor-telegram-commands-failed = setMyCommands に失敗しました（{ $error }）
    .next = 手入力するコマンドには影響ありません

doctor-claude-no-key = API キーなし：自然言語は内蔵の代替パーサーを使います（Claude を使うには ANTHROPIC_API_KEY を設定）
doctor-claude-key-refused = API キーが拒否されました（{ $status }）
    .next = console.anthropic.com でキーを作成して ANTHROPIC_API_KEY に設定してください。キーがなければ OCM は代替パーサーを使います
doctor-claude-models-status = モデル一覧の応答は { $status } でした
    .next = Claude が使えない間、自然言語は内蔵パーサーで処理されます
doctor-claude-model-missing = キーは有効ですが、モデル { $model } がモデル一覧にありません
    .next = OCM_INTENT_MODEL に一覧にあるモデルを設定してください
doctor-claude-ok = キー有効（モデル { $count } 個）
doctor-claude-unreachable = { $base } に接続できません（{ $error }）
    .next = 自然言語は内蔵パーサーで処理されます。ネットワークまたは ANTHROPIC_BASE_URL を確認してください

doctor-ssh-key-missing = { $path } はまだ作成されていません：OCM の初回起動時に作成されます
doctor-ssh-key-open = { $path } が他のユーザーから読めます（モード { $mode }）
    .next = chmod 600 { $path }
doctor-ssh-key-unusable = { $path } は使える秘密鍵ではありません（{ $error }）
    .next = 別の場所に移してください。OCM が起動時に新しい鍵を作成します（その後、新しい公開鍵を各ノードに登録）
doctor-ssh-key-ok = { $path } あり、モード { $mode }
doctor-ssh-key-unreadable = { $path } を読めません（{ $code }）
    .next = OCM と診断を同じユーザーで実行してください（サービスは ocm ユーザーで動作します）

doctor-nodes-none = まだ登録されていません（/newnode または ocm.yaml の nodes: で追加）
doctor-node-local-ok = このマシン、OpenClaw { $version }
doctor-node-local-no-openclaw = このマシン：OpenClaw がインストールされていません
    .next = OpenClaw をインストールするか、local_node を off にして OCM を実行してください
doctor-node-local-agent-failed = ローカルエージェントが失敗しました（{ $error }）
    .next = OCM のチェックアウトで `npm run build:agent` を実行してください
doctor-node-host-key-untrusted = { $where }：ホスト鍵がまだ信頼されていないため、OCM は接続しません
    .next = OCM が表示するフィンガープリントをノード上の `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` の結果と照合し、/trusthost { $node } を実行してください
doctor-node-key-path = ノードの key_path を確認してください
doctor-node-host-key-changed = { $where }：SSH ホスト鍵が変わりました（固定値 { $pinned }、現在 { $presented }）。OCM は接続を拒否します
    .next = 意図的に再インストールしたのであれば、マシン上で新しい鍵を確認し /trusthost { $node } で固定し直してください。そうでなければ攻撃として扱ってください
doctor-node-unreachable = { $where }：接続できません（{ $error }）
    .next = マシンが起動していて sshd がポート { $port } で待ち受けているか（このマシンから `ssh -p { $port } { $user }@{ $host }`）、ファイアウォールを確認してください
doctor-node-no-agent = { $where }：接続可、ホスト鍵一致。OCM エージェントはまだインストールされていません
    .next = OCM が次にノードに接続したとき（例：/status）にインストールします
doctor-node-ok = { $where }：接続可、ホスト鍵一致、{ $agent }、{ $openclaw }
doctor-node-agent-current = エージェントは最新
doctor-node-agent-outdated = エージェント { $remote } は古い（OCM は { $ours }）
doctor-node-openclaw-version = OpenClaw { $version }
doctor-node-openclaw-missing = OpenClaw 未インストール
doctor-node-status-failed = ステータス取得に失敗（{ $error }）
doctor-node-agent-replace = OCM が次にノードに接続したとき（例：/status）にエージェントを入れ替えます
doctor-node-look = /status { $node } と /logs { $node } を確認してください

doctor-backup-repo-missing = { $dir } はまだ作成されていません：最初のバックアップで作成されます
doctor-backup-repo-ok = { $dir }：git fsck で問題なし
doctor-backup-repo-broken = { $dir }：git fsck で問題が見つかりました（{ $output }）
    .next = `git -C { $dir } fsck` を実行してください。オブジェクトが失われている場合は、フォルダーを別の場所に移してリモートをそこへ clone してください
doctor-backup-remote-none = 未設定：バックアップはこのマシンにのみ保存されます（push するには OCM_BACKUP_REMOTE を設定）
doctor-backup-deploy-key-missing = デプロイキー { $path } が存在しません
    .next = OCM_BACKUP_DEPLOY_KEY に、公開鍵がリポジトリのデプロイキー（書き込み権限あり）になっている秘密鍵を設定してください
doctor-backup-remote-next = URL、デプロイキーが "Allow write access" 付きでリポジトリに追加されているか、git ホストへのネットワークを確認してください
doctor-backup-remote-reachable = { $remote } に接続可（書き込み権限はリポジトリ作成後に確認します）
doctor-backup-remote-unreachable = { $remote } に接続できません（{ $output }）
doctor-backup-remote-writable = { $remote } に接続可・書き込み可（dry-run push）
doctor-backup-remote-refused = { $remote }：dry-run push が拒否されました（{ $output }）

doctor-disk-free = { $dir }：空き { $free } GB（{ $pct }%）
doctor-disk-full-next = そのディスクの空きを増やす（古いログ、data/tmp）か OCM_DATA_DIR を移してください。満杯になると SQLite と git が失敗します
doctor-disk-low-next = いっぱいになる前に空き容量を確保してください
doctor-disk-unreadable = { $dir } を読めません（{ $code }）
    .next = OCM_DATA_DIR とその権限を確認してください

doctor-files-missing = { $dir } はまだありません（OCM が起動時に 0700 で作成します）
doctor-files-ok = { $dir }：フォルダー 0700、ファイル 0600
doctor-files-wide = 他のユーザーから読めます：{ $names }
    .next = OCM が次回起動時に権限を絞ります。今すぐなら：chmod -R go-rwx { $dir }

doctor-clock-no-source = { $time }（比較できるリモートの時刻源がありません）
doctor-clock-skew = API 応答の Date との差 { $skew } 秒
doctor-clock-fail-next = 時刻同期を有効にしてください（`timedatectl set-ntp true`）。スケジュール、アラート、TLS がこれに依存します
doctor-clock-warn-next = 時刻同期を有効にしてください（`timedatectl set-ntp true`）

# /version（Telegram HTML）
doctor-version-ocm = <b>OCM</b> { $version }
doctor-version-uptime = 稼働時間：{ $uptime }
doctor-version-node = Node.js：{ $node }
doctor-version-agent = エージェント：{ $agent }
doctor-version-schema = スキーマ：マイグレーション { $count } 件
doctor-version-schema-last = スキーマ：マイグレーション { $count } 件（最新 { $last }）




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

# ステータスページ（src/web/page.ts）。プレーンテキスト：エスケープとマークアップはページ側で行う。
status-page-title = OCM · { $online }/{ $total } オンライン
status-page-heading = OCM — OpenClaw クラスタ
status-page-overview = 概要
status-page-online = オンライン
status-page-backups-today = 本日のバックアップ
status-page-average-score = 平均スコア
status-page-open-alerts = 未解決のアラート
status-page-offsite = オフサイトコピー
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




## events: src/store/events-repo.ts and every events.add
# イベントログ（/events、ステータスページの「最近のイベント」）。プレーンテキスト。英語の文はイベントの message にも保存されます（ログ、JSON API、旧版の読み手）。
event-list = { $first }、{ $rest }
event-list-empty = —
event-operation-interrupted = { $action } は OCM の再起動で中断されました（{ $state }）
event-operation-interrupted-target = { $action } { $target } は OCM の再起動で中断されました（{ $state }）

# ノード（src/nodes）
event-node-state = { $node }：{ $from } → { $to }
event-node-state-reason = { $node }：{ $from } → { $to }（{ $reason }）
event-node-added = { $node }：追加しました（{ $where }、{ $os } { $arch }、ホスト鍵 { $fingerprint }）
event-node-declared = { $node }：設定ファイルで宣言されました（{ $where }）
event-node-undeclared = { $node }：設定ファイルで宣言されなくなりました。/removenode { $node } まで「宣言なし」として残します
event-node-local = { $node }：このマシンをノード「{ $node }」として登録しました
event-node-edited = { $node }：{ $changes }（実行者 { $by }）
event-node-change = { $key } { $from } → { $to }
event-node-removed = { $node }：OCM から外しました
event-hostkey-mismatch = { $node }：ホスト鍵が { $pinned } から { $presented } に変わりました。/trusthost { $node } まで接続を拒否します
event-hostkey-unknown = { $node }：ホスト鍵 { $presented } を提示しましたが、まだ信頼されていません（/trusthost { $node }）
event-hostkey-pinned = { $node }：ホスト鍵を { $fingerprint } に固定しました
event-hostkey-repinned = { $node }：ホスト鍵を { $fingerprint } に固定しました（以前は { $old }）
event-agent-installed = { $node }：OCM エージェント { $version } をインストールしました
event-agent-replaced = { $node }：OCM エージェント { $version } をインストールしました（以前は { $was }）
event-gateway-restarted = { $node }：{ $by } がゲートウェイを再起動しました（{ $method }）、pid { $old } → { $pid }
event-gateway-restart-failed = { $node }：ゲートウェイの再起動に失敗しました：{ $error }

# ウォッチドッグとアラート（src/monitor）
event-silence-added = { $by } が { $scope } のアラートを { $duration } ミュートしました（{ $until } まで）
event-silence-ended = { $by } が { $scope } のミュート { $count } 件を終了しました
event-incident-opened = { $summary }（インシデント { $id }）
event-incident-opened-threshold = { $summary }（{ $limit }% 超過）
event-incident-opened-detail = { $summary }：{ $detail }
event-incident-resolved = { $summary }：解決しました
event-incident-back = { $node }：{ $back }
event-node-recovered = { $node }：{ $duration } 後に{ $state }に戻りました — { $fix }
event-alert-sent = アラート送信：{ $summary }
event-alert-sent-digest = アラート送信：{ $summary }（{ $count } 件のまとめ）
event-alert-escalated = { $summary }：エスカレーションしました
event-alert-critical = { $summary }：重大 — ハードウェアを確認してください
event-alert-held-muted = { $summary }：アラートを保留しました（{ $until } までミュート中）
event-alert-held-maintenance = { $summary }：アラートを保留しました（{ $until } までメンテナンス中）
event-auto-restart = { $node }：{ $since } からゲートウェイが停止しています。自動で再起動します
event-auto-restart-result = { $node }：{ $result }
event-log-keywords = { $node }：{ $since } 以降、{ $keywords } を含むログが { $count } 行
event-backup-alert-sent = アラート送信：バックアップ失敗
event-backup-alert-sent-on = アラート送信：{ $node } のバックアップ失敗
event-backup-alert-muted = OCM のバックアップ失敗は送信しませんでした（ミュート中）
event-backup-alert-muted-on = { $node } のバックアップ失敗は送信しませんでした（ミュート中）

# バックアップと復元（src/backup）
event-backup-created = { $node }：手動バックアップ { $commit }（{ $files } ファイル）
event-backup-created-auto = { $node }：自動バックアップ { $commit }（{ $files } ファイル）
event-backup-failed = { $node }：バックアップに失敗しました：{ $error }
event-backup-master-refused = OCM 自身のバックアップを拒否しました：データベースのマスク済みコピーが PRAGMA integrity_check に通りません（{ $problem }）
event-backup-skipped = { $node }：{ $action } の実行中のため定期バックアップをスキップしました
event-backup-stable = { $node }：{ $tag } → { $commit }
event-backup-pushed = 先の失敗のあと、バックアップリポジトリをリモートへプッシュしました
event-backup-push-failed = バックアップリポジトリのプッシュに失敗しました（{ $error }）。ローカルのコミットは保持され、プッシュは再試行されます
event-backup-push-failed-unknown = バックアップリポジトリのプッシュに失敗しました。ローカルのコミットは保持され、プッシュは再試行されます
event-restore-applied = { $node }：{ $ref }（{ $commit }）に復元しました。ゲートウェイは正常です
event-restore-reverted = { $error }
event-restore-interrupted = { $node }：{ $ref } の復元中に OCM が停止しました。ノードの報告：{ $state }
event-restore-node-gone = 不明（ノードは OCM から外されています）
event-restore-state-unknown = 不明（{ $error }）
event-offsite-cleanup = オフサイトの保持期間により古いコピーを { $count } 件削除しました
event-offsite-uploaded = オフサイトコピー { $file } をアップロードしました（{ $size } バイト）
event-offsite-verify-failed = オフサイトコピー { $file } の検証に失敗しました
event-offsite-failed = オフサイトコピーに失敗しました（{ $error }）。ローカルのバックアップはそのままです
