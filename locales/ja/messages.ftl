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

## classify

classify-no-text = 要求の本文、--file FILE、または標準入力を読む - を指定してください
classify-empty-text = 本文が空です。サービス要求に書くように問題を説明してください
classify-severity = 重大度 { $severity }
classify-no-severity = { $category }の要求 (重大度なし)
classify-headline = { $headline }、{ $category }、{ $service }
classify-out-of-scope = Microsoft のサポートの境界外です ({ $scope })。問い合わせ先: { $referral }
classify-no-commitment = 応答の約束なし
classify-initial-response = 応答時間: { $response } ({ $availability })
classify-tier-line = テナント { $tenant } の { $tier } 階層 ({ $plan }): { $due }
classify-why = 根拠:
classify-assumed-hint = (推定した事実は --impact、--users、--workaround、--business-critical で指定できます)
note-line = 注: { $note }
warning-line = 警告: { $warning }
hint-line = ヒント: { $hint }

## open

open-facts = サービスの状態: { $impact }、影響を受けるユーザー: { $users }、回避策: { $workaround }、業務への重大な影響: { $business_critical }
open-note-assumed = 注: 重大度 { $severity } ({ $facts } から判定)。{ $assumed } は推定です (--impact、--users、--workaround、--business-critical で指定するか、--severity を指定してください)
open-due = 応答期限 { $due } ({ $response })
open-done = サービス要求 { $id } を作成しました: { $severity }、{ $tier } 階層 ({ $plan })、{ $availability }、{ $due }
hint-self-service = 使い方の質問のようです。セルフサービス サポート (管理センターのヘルプ、Microsoft Learn、Microsoft 365 コミュニティ フォーラム) はすべてのプランで利用でき、サービス要求より早く答えが見つかることがよくあります
warning-24x7 = 警告: 重大度 A では、顧客が 24 時間 365 日連絡可能であることが求められます。そうでない場合、Microsoft は要求を B に下げることがあります (--available-24x7 を指定してください)
warning-tenant = テナント { $tenant }: { $warning }
warning-professional-direct-country = Professional Direct は米国、カナダ、英国の小規模企業にだけ提供されますが、このテナントの国は { $country } です。support_option を確認してください (それ以外の地域の上級サポートは premier または unified です)

## respond、close、reopen、update、note、redact

respond-done = サービス要求 { $id } の初期応答を { $at } として記録しました: { $state }
close-done = サービス要求 { $id } を閉じました: { $state }
close-corrected = サービス要求 { $id } の終了を訂正しました: { $state }
close-reopen-until = 。{ $deadline } まで再開できます
reopen-check-eligible = サービス要求 { $id } は { $deadline } まで再開できます
reopen-check-refused = サービス要求 { $id } は再開できません: { $reason }
reopen-done = サービス要求 { $id } を再開しました (再開 { $count } 回目): 新しい応答サイクル、{ $due }
reopen-refused-open = まだ終了していません。再開できるのは閉じたサービス要求だけです
reopen-refused-phone = 電話で送信された要求です。再開できるのは管理センターからオンラインで送信した要求だけです。新しいサービス要求を作成してください
reopen-refused-window = 再開できる期間は { $deadline } に終わりました。新しいサービス要求を作成してください
update-due = 応答期限 { $due }
update-done = サービス要求 { $id } を更新しました: { $severity }、{ $due }、{ $state }
note-done = { $from }のメモをサービス要求 { $id } に追加しました
redact-done = サービス要求 { $id } とその全履歴の個人データを削除しました
name-from-microsoft = Microsoft から
name-from-admin = 管理者

## すべてのコマンドに共通

error-as-empty = --as が空です。操作する管理者の名前を指定してください
error-format-not-offered = `svcreq { $command }` は --format { $format } で出力できません。次のいずれかを使ってください: { $offered }
error-no-home = 台帳を置くホーム ディレクトリが見つかりません。--db PATH を指定するか SVCREQ_DB を設定してください
error-no-ledger = { $path } に台帳がありません。`svcreq open` でサービス要求を作成するか、--db を指定してください
error-cannot-open-ledger = 台帳 { $path } を開けません
error-unknown-tenant-anywhere = 不明なテナント '{ $tenant }' です。設定にも台帳にもありません。既知のテナント: { $known }
error-not-an-admin = '{ $actor }' は管理者ではありません。この台帳を使えるのは設定の [[admins]] にある管理者だけです
error-not-an-id = '{ $value }' はサービス要求の ID ではありません。ID は `svcreq list` に表示される正の数です
error-after-now = { $flag } { $at } は現在 ({ $now }) より後です。日付を確認してください
error-case-taken = ケース番号 { $case } は、テナント '{ $tenant }' のサービス要求 { $id } で使われています。ケース番号はテナントごとに一意です
error-case-ambiguous = ケース番号 { $case } は複数のテナント ({ $tenants }) で使われています。--tenant でどれかを指定してください
error-name-the-request = サービス要求を指定してください: ID または --case N
error-no-case = ケース番号 { $case } のサービス要求はありません
error-id-and-case = サービス要求の ID と --case N のどちらか一方だけを指定してください

## 入力テキスト

error-cannot-read = { $what } { $path } を読めません: { $reason }
error-too-large = { $what } が { $cap } バイトを超えています。短くしてください
error-not-utf8 = { $what } は正しい UTF-8 ではありません (バイト位置 { $offset })。UTF-8 で保存してください
error-title-empty = --title が空です。サービス要求の件名を指定してください
error-title-too-large = --title が { $cap } バイトを超えています。詳細は --description に書いてください

## コマンド ラインで入力する日時

error-invalid-time = { $flag } の値 '{ $value }' が正しくありません: { $why }。{ $accepted }
time-accepted = RFC 3339 (2026-11-24T10:00:00+09:00 または ...Z)、またはテナントのタイム ゾーンの YYYY-MM-DD [HH:MM[:SS]] で指定してください
time-empty = 日時が空です
time-not-rfc3339 = 正しい RFC 3339 の日時ではありません (日付、時刻、オフセットを確認してください)
time-no-such-date = その日付はありません
time-not-time-of-day = 正しい時刻ではありません
time-not-a-time = 日時ではありません
error-time-skipped = { $flag } の値 '{ $value }' が正しくありません: その現地時刻は { $zone } にありません (夏時間で時計が飛ばします)。{ $example } のようにオフセットを明示してください
error-time-ambiguous = { $flag } の値 '{ $value }' があいまいです: その現地時刻は { $zone } で 2 回あります ({ $first } と { $second })。オフセットを明示してください
error-unknown-time-zone = 不明なタイム ゾーン '{ $zone }' です。Asia/Tokyo、Europe/Berlin、UTC のような IANA の名前を使ってください

## db init, migrate and copy (SPEC 8)
db-same-ledger = --from と --to が同じ台帳を指しています。2 つの台帳を指定してください
db-no-source = { $path } に台帳がありません。--from を確認してください
db-copied = { $requests } 件の要求 (イベント { $events } 件、以前のサイクル { $cycles } 件) を { $ledger } に複製しました
db-team-created = チーム台帳 { $ledger } を作成しました (スキーマ { $version })
db-team-current = チーム台帳 { $ledger } はすでにスキーマ { $version } です。何もしません
db-team-exists = チーム台帳 { $ledger } はスキーマ { $version } ですでに存在します。`svcreq db migrate` で更新してください
db-file-ready = 台帳 { $ledger } の準備ができました (スキーマ { $version })
db-file-version = 台帳 { $ledger } はスキーマ { $version } です
db-team-migrated = チーム台帳 { $ledger } をスキーマ { $from } から { $to } に更新しました
db-team-up-to-date = チーム台帳 { $ledger } はスキーマ { $version } です。何もしません
import-busy = インポート中に台帳が他の書き込みで混雑していました。何もインポートされていません。もう一度実行してください

## 設定ファイル

config-file = 設定ファイル
error-config-empty = --config が空です。TOML の設定ファイルのパスを指定してください
error-config-not-found = 設定ファイル { $path } が見つかりません。--config または SVCREQ_CONFIG を確認してください
error-config-is-dir = 設定 { $path } はディレクトリです。TOML ファイルを指定してください
error-unknown-tenant = 不明なテナント '{ $tenant }' です。既知のテナント: { $known }。設定に [tenants.{ $tenant }] を追加してください

## Team ledger access (SPEC 8): db admins, db config, the actor

team-only = `svcreq db { $command }` はチーム台帳 (--db postgres://...) 用です。ローカルの台帳では、管理者とテナントを設定ファイルに記載してください
team-as-other-role = --as { $other } は別のロールを指しています: チーム台帳では、操作者は接続に使うデータベース ロール ({ $role }) です。{ $other } として操作するには { $other } で接続してください
error-db-conninfo = --db には台帳ファイルのパスか postgres:// の URL を指定してください。key=value 形式の接続文字列は使えません。postgresql://ユーザー@ホスト/データベース名 の形で指定してください (パスワードは PGPASSWORD または ~/.pgpass から読みます)
team-owner-only = チーム台帳 { $ledger } の管理者と設定を管理できるのは所有者だけです
team-no-such-role = データベース ロール '{ $name }' はありません。先にログインを作成してから (CREATE ROLE { $quoted } LOGIN) 追加してください
admins-partner-needs-tenants = パートナーは委任されたテナントについてだけ操作できます。--tenant を指定してください
admins-until-partner-only = --until はパートナーの委任の終了日です。--role partner を指定してください
admins-bad-until = --until: { $reason }
admins-added = 管理者 { $name } を追加しました ({ $role }、{ $tenants })
admins-updated = 管理者 { $name } を更新しました ({ $role }、{ $tenants })
admins-every-tenant = すべてのテナント
admins-tenants = テナント { $tenants }
admins-removed = 管理者 { $name } を削除しました
admins-no-such = 管理者 '{ $name }' はいません。`svcreq db admins list` で一覧を確認できます
admins-header-admin = 管理者
admins-header-role = ロール
admins-header-tenants = テナント
admins-header-until = 期限
admins-header-added-by = 追加した人
config-pushed = { $file } のチーム設定を { $ledger } に保存しました (テナント { $tenants } 件、管理者 { $admins } 人{ $rules })。この台帳を使うすべての管理者と CI ジョブがこの設定を使います
config-pushed-rules = 、ルール ファイル
config-shown-by = # { $by } が { $at } に保存{ $rules }
config-shown-rules = 、ルール ファイル付き
config-none = このチーム台帳にはまだ設定が保存されていません。所有者が `svcreq db config push FILE` で保存します

## report (SPEC 9)

error-report-bad-month = --month '{ $value }' は正しくありません。YYYY-MM 形式で、0001-01 から 9999-12 までの月を指定してください
error-report-bad-day = { $flag } '{ $value }' は正しくありません。YYYY-MM-DD 形式の日付を指定してください
error-report-day-out-of-range = { $flag } '{ $value }' は正しくありません。日付は 0001 年から 9999 年までです
error-report-from-after-to = --from { $from } が --to { $to } より後です。期間の初日、最終日の順に指定してください
error-report-current-month = 今月はレポートできません
error-report-html-needs-output = --format html はファイルに書き出します。-o/--output FILE を指定してください (例: -o report.html)
error-output-is-ledger = --output { $path } は台帳そのものです。別のファイルを指定してください
error-output-is-dir = --output { $path } はディレクトリです。ファイル名を指定してください
error-does-not-serve = '{ $actor }' はテナント '{ $tenant }' を担当していません
error-report-cannot-write = レポートを { $path } に書き込めません: { $reason }。パスとそのアクセス許可を確認してください

## import: 入力ファイルの読み込み

error-unknown-encoding = 不明なエンコーディング '{ $value }' です。utf-8 (既定) または cp932 (日本で Excel が保存する Shift_JIS) を指定してください
import-not-utf8-but-cp932 = UTF-8 ではありません (行の { $at } バイト目)。日本で Excel が保存する CSV と同じ Shift_JIS/CP932 として読めます。--encoding cp932 を付けてインポートするか、「CSV UTF-8」形式で保存し直してください
import-not-utf8 = 正しい UTF-8 ではありません (行の { $at } バイト目)。ファイルを UTF-8 で保存するか、Shift_JIS であれば --encoding cp932 を指定してください
import-not-cp932 = 正しい CP932 (Shift_JIS) ではありません。--encoding を確認してください
import-utf16 = このファイルは UTF-16 です (Excel の「Unicode テキスト」形式)。「CSV UTF-8」形式か UTF-8 の JSON Lines で保存してください
import-too-many-fields = 1 つのレコードのフィールドが 65,536 を超えています
import-record-too-long = レコードが { $mib } MiB を超えています。サービス要求は件名が最大 4 KiB、説明が最大 1 MiB です (インポート用のファイルですか?)
import-cannot-read = 読み込めません: { $reason }

import-copy-failed = インポートの行をチーム台帳に送れませんでした（{ $error }）
import-no-id = チーム台帳が新しい依頼の ID を返しませんでした
