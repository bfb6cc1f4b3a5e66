# svcreq: messages (ja)

## エラー (SPEC 2): 何が問題で、どうすればよいかを 1 文で。

error-no-such-request = サービス要求 { $id } はありません。`svcreq list --status all` で ID を確認してください
error-cannot-write-output = 出力を書き込めません: { $reason }

## コマンド ラインのエラー (clap が検出するもの)。終了コード 2 の 1 行。

usage-line = { $what }。--help を参照してください
usage-line-tip = { $what } ({ $tip })。--help を参照してください
clap-unknown-argument = 不明な引数 '{ $arg }' があります
clap-invalid-subcommand = 不明なコマンド '{ $command }' です
clap-invalid-value = '{ $value }' は '{ $arg }' の値として使えません [使える値: { $valid }]
clap-value-validation = '{ $arg }' の値 '{ $value }' が正しくありません: { $reason }
clap-missing-argument = 必須の引数が指定されていません: { $arg }
clap-argument-conflict = 引数 '{ $arg }' は '{ $other }' と一緒に使えません
clap-missing-command = コマンドを指定してください
clap-wrong-values = '{ $arg }' の値の数が正しくありません
clap-tip-similar = 似たものがあります: '{ $similar }'

## list

list-none-match = 条件に合うサービス要求はありません。閉じた要求も見るには `svcreq list --status all` を使ってください
list-none-yet = サービス要求はまだありません。`svcreq open --title ...` で作成してください

## sla

sla-left-overdue = { $duration } 超過
sla-left-answered = 応答済み
sla-left-answered-late = 期限後に応答
sla-left-open-for = 経過 { $duration }
sla-id-cycle = { $id } (サイクル { $cycle })
sla-nothing-to-evaluate = { $at } の時点で評価するサービス要求はありません。
sla-summary = 違反 { $breached } 件、違反間近 { $at_risk } 件、応答待ち { $pending } 件、達成 { $met } 件、取り下げ { $withdrawn } 件、目標なし { $no_target } 件
sla-summary-at = { $summary } ({ $at } 時点)
