# svcreq: messages (ja)

## エラー (SPEC 2): 何が問題で、どうすればよいかを 1 文で。

error-no-such-request = サービス要求 { $id } が見つからないため、「svcreq list --status all」で ID を確認してください
error-cannot-write-output = 出力を書き込めません: { $reason }
io-not-found = ファイルまたはディレクトリがありません
io-permission-denied = アクセス権がありません
io-already-exists = ファイルがすでにあります
io-is-a-directory = ディレクトリです
io-not-a-directory = ディレクトリではありません
io-storage-full = ディスクに空きがありません
io-read-only = 読み取り専用のファイル システムです
io-broken-pipe = パイプが閉じられました
io-symlink-loop = シンボリック リンクが循環しているため、実際のファイルを指定してください
io-name-too-long = パスまたはその中の名前が長すぎます

## コマンド ラインのエラー (clap が検出するもの)。終了コード 2 の 1 行。

# $ends: $what が括弧で終わるとき「aside」、それ以外は「other」。
usage-line = { $ends ->
    [aside] { $what }、詳しくは「{ $command } --help」を参照してください
   *[other] { $what } (詳しくは「{ $command } --help」を参照)
}
usage-line-tip = { $what } (詳しくは「{ $command } --help」を参照) が、{ $tip }
clap-unknown-argument = { $kind ->
    [option] 不明なオプション「{ $arg }」です
   *[argument] 余分な引数「{ $arg }」があります
}
clap-invalid-subcommand = 不明なコマンド「{ $command }」です
clap-invalid-value = { $arg }の値「{ $value }」は使えず、使えるのは{ $valid }です
clap-value-validation = { $arg }の値「{ $value }」が正しくないため、{ $reason }
clap-missing-argument = { $kind ->
    [option] 必須のオプション「{ $arg }」が指定されていません
   *[argument] 必須の引数「{ $arg }」が指定されていません
}
clap-needs-argument = 「{ $arg }」は「{ $needed }」と一緒にだけ使えるため、「{ $arg }」を省くか「{ $needed }」も指定してください
clap-argument-conflict = 「{ $arg }」と「{ $other }」は一緒に指定できません
clap-missing-command = 「{ $command }」には、そのコマンド ({ $commands }) のいずれかを指定してください
clap-wrong-values = 「{ $arg }」の値の数が正しくありません
clap-invalid-utf8 = コマンド ラインに UTF-8 ではない文字があるため、UTF-8 で入力してください
clap-one-value = { $arg }に渡せる値は 1 つだけのため、「{ $value }」のように並べず、{ $valid }を指定してください
clap-missing-value = { $arg }の値を指定してください
clap-empty-env = 環境変数「{ $var }」が空のため、値を設定するか、変数を削除してください
clap-empty-env-start = 環境変数
clap-argument-twice = 「{ $arg }」は 1 回だけ指定できます
clap-tip-similar = 「{ $similar }」のことですか？
clap-tip-escape = 「{ $arg }」を値として渡すには「-- { $arg }」と書いてください
# 候補が複数のとき、その間 (「classify」か「close」のことですか？)。
clap-tip-similar-separator = 」か「
value-error = { $subject }: { $reason }
value-error-of = { $subject }の値{ $reason }
# 入力どおりの値 (時刻の解釈が入力と同じとき)。
value-typed = 「{ $typed }」
# 文中のオプション名 (「--at」の値)。
quoted-option = 「{ $option }」
# 入力どおりの値と、その解釈 (「2026-11-25 10:00」(2026-11-25 10:00:00 UTC) は…)。半角の「)」と助詞の間は空ける。
value-typed-meaning = 「{ $typed }」({ $meant }){ " " }

## list

list-none-match = 条件に合うサービス要求はありません (クローズ済みの要求も見るには「svcreq list --status all」を使ってください)
list-none-match-all = 条件に合うサービス要求はありません
list-none-yet = サービス要求はまだありません (「svcreq open --title ...」で作成できます)
list-delegation-ended = 「{ $actor }」の委任は { $until } (現地時刻での最終日) で終了し、そのテナントの要求はもう表示されないため、委任を更新して設定の「until」を変更してください

## sla

sla-left-overdue = { $duration }超過
sla-left-answered = 応答済み
sla-left-answered-late = 期限後に応答
sla-left-closed-unanswered = 未応答でクローズ
sla-left-open-for = { $duration }経過
junit-answered-late = 期限後に応答
junit-closed-unanswered = 期限後に未応答でクローズ
junit-overdue = { $duration }超過
junit-left = 残り{ $duration }
junit-failure-was-due = サービス要求 { $id } ({ $tier } の目標 { $target }) の期限は { $due } でした: { $how }
junit-failure-is-due = サービス要求 { $id } ({ $tier } の目標 { $target }) の期限は { $due } です: { $how }
# 行の応答サイクル: 最初のサイクルは「初回」、再開後のサイクルは何回目の再開か (reopen の「再開 N 回目」と同じ数)
sla-cycle-label = { $cycle ->
    [1] 初回
   *[other] 再開 { $reopen } 回目
}
# `sla --explain` の 1 行: $cycle は再開されたサービス要求の行のサイクル (sla-cycle-label)、それ以外は「none」
sla-explain-line = サービス要求 { $id }{ $cycle ->
    [none] {""}
   *[other] {" "}({ $cycle })
}: { $explanation }
sla-nothing-to-evaluate = { $at } の時点で評価するサービス要求はありません。
sla-summary = 違反 { $breached } 件、違反間近 { $at_risk } 件、応答待ち { $pending } 件、達成 { $met } 件、取り下げ { $withdrawn } 件、目標なし { $no_target } 件
sla-summary-at = { $summary } ({ $at } 時点)

## classify

classify-no-text = 要求の本文、「--file <ファイル>」、または標準入力を表す「-」を指定してください
classify-empty-text = 本文が空のため、サービス要求に書くように問題を説明してください
classify-severity = 重大度 { $severity }
classify-no-severity = 重大度なし (種類が「{ $category }」の要求)
classify-headline = { $headline }、{ $category }、サービス: { $service }
# 重大度のない要求: 種類は見出しで言ったので繰り返さない。
classify-headline-no-severity = { $headline }、サービス: { $service }
classify-out-of-scope = Microsoft のサポート対象外です ({ $scope })。代わりの窓口: { $referral }。
classify-no-commitment = 初期応答の目標: なし
classify-initial-response = 初期応答の目標: { $response } ({ $availability }受付)
classify-tier-line = テナント「{ $tenant }」のサポート レベル: { $tier } ({ $plan })、{ $due }
classify-tier-line-plan = 「--plan」で指定したプラン「{ $plan }」のサポート レベル: { $tier }、{ $due }
classify-why = 根拠:
classify-assumed-hint = (推定した事実は「--impact」、「--users」、「--workaround」、「--business-critical」で指定できます)
note-line = 注: { $note }
warning-line = 警告: { $warning }
hint-line = ヒント: { $hint }

## open

open-facts = サービスの状態: { $impact }、影響を受けるユーザー: { $users }、回避策: { $workaround ->
    [true] あり
   *[false] なし
}、業務への重大な影響: { $business_critical ->
    [true] あり
   *[false] なし
}
open-note-assumed = 注: 重大度 { $severity } と判定しましたが ({ $facts })、{ $assumed }は推定です (「--impact」、「--users」、「--workaround」、「--business-critical」で事実を指定するか、「--severity」で重大度を直接選ぶことができます)
open-due = 応答期限は { $due } (目標: { $response }) です
open-done = サービス要求 { $id } を作成しました。{ $severity }、サポート レベル: { $tier } ({ $plan })、{ $availability }受付。{ $due }
hint-self-service = 使い方の質問のようなので、すべてのプランで利用できるセルフサービス サポート (管理センターのヘルプ、Microsoft Learn、Microsoft 365 コミュニティ フォーラム) を使うと、サービス要求より早く答えが見つかることがよくあります
warning-24x7 = 警告: 重大度 A では自社の連絡先の担当者が 24 時間 365 日連絡可能であることが求められ、そうでない場合は Microsoft が重大度を B に下げることがあります (連絡可能であれば「--available-24x7」を指定することをお勧めします)
# update ではオプションが値を取り、false を意図して指定したかもしれない。
warning-24x7-update = 警告: 重大度 A では自社の連絡先の担当者が 24 時間 365 日連絡可能であることが求められ、そうでない場合は Microsoft が重大度を B に下げることがあります (連絡可能であれば「--available-24x7 true」を指定することをお勧めします)
warning-24x7-reopen = 警告: 重大度 A では自社の連絡先の担当者が 24 時間 365 日連絡可能であることが求められ、そうでない場合は Microsoft が重大度を B に下げることがあります (連絡可能であれば「svcreq update { $id } --available-24x7 true」で記録することをお勧めします)
warning-24x7-import = 警告: ファイルの未クローズのサービス要求のうち { $count } 件が重大度 A ですが、自社の連絡先の担当者が 24 時間 365 日連絡可能と記録されていないため、Microsoft が重大度を B に下げることがあります (連絡可能であれば、ファイルに「available_24x7」を指定するか、取り込み後に「svcreq update ID --available-24x7 true」で記録することをお勧めします)
warning-import-departed-tenant = 警告: 構成にないテナント { $count } 件 ({ $tenants }) のサービス要求には、行に記録されたタイム ゾーンと目標を使い、営業時間と違反間近のしきい値にはルールの既定値を使います (テナント独自の値を使うには構成にテナントを追加することをお勧めします)
warning-copy-departed-tenant = 警告: 「{ $ledger }」のチーム設定にないテナント { $count } 件 ({ $tenants }) のサービス要求は、記録されたタイム ゾーンと目標で複製し、営業時間と違反間近のしきい値にはルールの既定値を使いました (テナント独自の値を使うには設定にテナントを追加して「svcreq db config push <ファイル>」で保存することをお勧めします)
warning-tenant = テナント「{ $tenant }」: { $warning }
warning-professional-direct-country = Professional Direct は米国、カナダ、英国の小規模企業にだけ提供されますが、このテナントの国は { $country } のため、support_option を確認することをお勧めします (それ以外の地域の上級サポート オプションは premier または unified です)
open-severity = 重大度 { $severity }
# 重大度のない要求を結果の文で言うとき: 種類だけの名詞ではなく、ほかの文と同じ句にする。
request-category = 種類が「{ $category }」の要求

## respond、close、reopen、update、note、redact

respond-done = サービス要求 { $id } の初期応答を { $at } として記録しました (SLA: { $state })
close-done = サービス要求 { $id } をクローズしました (SLA: { $state })
close-corrected = サービス要求 { $id } のクローズ日時を { $from } から { $to } に訂正しました (SLA: { $state })
close-reopen-until = 。{ $deadline } まで再開できます
reopen-check-eligible = サービス要求 { $id } は { $deadline } まで再開できます
reopen-check-refused = サービス要求 { $id } は{ $reason }
reopen-done = サービス要求 { $id } を再開しました (再開 { $count } 回目)。新しいサイクルの{ $due }
reopen-refused-open = まだクローズされていないため再開できません (再開できるのはクローズ済みのサービス要求だけです)
reopen-refused-phone = 電話で依頼した要求で、再開できるのは管理センターから送信した要求だけのため、新しいサービス要求を作成してください
# 操作者に再開が許されないとき: $why はその理由の文 (error-not-an-admin-of など)。
reopen-refused-actor = 再開できず、{ $why }
reopen-refused-window = 再開できる期限の { $deadline } を過ぎているため、新しいサービス要求を作成してください
update-due = 応答期限は { $due } です
update-done = サービス要求 { $id } の{ $fields }を更新しました
update-severity-kept = 指定元は「{ $source }」になり、重大度は { $severity } のままです
update-with-kept = { $done }。{ $kept }
update-retargeted = { $done } ({ $severity }、SLA: { $state })。{ $due }
# 重大度を変更した更新: 重大度は値とともに一度だけ言う。
update-done-severity = サービス要求 { $id } の重大度を { $severity } に変更しました
update-done-and-severity = サービス要求 { $id } の{ $fields }を更新し、重大度を { $severity } に変更しました
update-retargeted-severity-said = { $done } (SLA: { $state })。{ $due }
no-due-sentence = 初期応答の目標はありません
note-done = { $from }のメモをサービス要求 { $id } に追加しました
redact-done = サービス要求 { $id } とその全履歴の個人データを削除しました
redact-team-owner-only = 「{ $actor }」はチーム台帳で個人データを削除できないため、所有者に「svcreq redact」の実行を依頼してください (削除は履歴を書き換えるので、台帳の所有者、つまりテーブルを所有するロールだけが行えます)
name-from-microsoft = Microsoft から
name-from-admin = 管理者
respond-corrected = サービス要求 { $id } の初期応答の日時を { $from } から { $to } に訂正しました (SLA: { $state })

## すべてのコマンドに共通

error-format-no-records = 「svcreq { $command }」はレコードを出力しないため「{ $option }」は使えず、このオプションを外してください
error-quiet-no-ids = 「svcreq { $command }」は ID を出力せず、何も出力しないこともできないため「-q」は使えず、このオプションを外してください
error-quiet-with-format = 「-q」は ID だけを、「{ $option }」はレコードを出力するため、両方は使えず、どちらか一方を指定してください
error-format-not-offered = 「svcreq { $command }」は「--format { $format }」で出力できないため、{ $offered }を使ってください
error-no-home = 台帳を置くホーム ディレクトリが見つからないため、「--db <パス>」を指定するか「SVCREQ_DB」を設定してください
error-no-ledger = 「{ $path }」に台帳がないため、「svcreq open」でサービス要求を作成するか、「--db」を指定してください
error-cannot-open-ledger = 台帳「{ $path }」を開けません
error-unknown-tenant-anywhere = テナント「{ $tenant }」は設定にも台帳にもありません (設定済みのテナント: { $known })
error-not-an-admin = 「{ $actor }」は管理者ではありません (この台帳を使えるのは設定の [[admins]] にある管理者だけです)
error-not-an-id = 「{ $value }」はサービス要求の ID ではないため、「svcreq list」に表示される正の整数を指定してください
error-after-now = { $flag }の値{ $at }は現在 ({ $now }) より後のため、日時を確認してください
error-case-taken = ケース番号「{ $case }」は、テナント「{ $tenant }」のサービス要求 { $id } で使われています (ケース番号はテナントごとに一意です)
error-case-ambiguous = ケース番号「{ $case }」は複数のテナント ({ $tenants }) で使われているため、「--tenant」で{ $count ->
    [2] どちらか
   *[other] いずれか
}を指定してください
error-name-the-request = サービス要求を ID または「--case <ケース番号>」で指定してください
error-no-case = ケース番号「{ $case }」のサービス要求はありません
error-id-and-case = サービス要求の ID と「--case <ケース番号>」のどちらか一方だけを指定してください

## 入力テキスト

error-cannot-read = { $what }「{ $path }」を読めません: { $reason }
# ファイルを指定したオプションは、ほかの値と同じく「--file の値「…」」と書く。
error-cannot-read-flag = { $flag }の値「{ $path }」を読めません: { $reason }
error-too-large = { $what } がこの値の上限 { $cap } を超えているため、短くしてください
io-not-utf8 = UTF-8 のテキストではないため (バイト位置 { $offset })、UTF-8 で保存してください
io-too-large = このファイルの上限 { $cap } を超えているため、短くしてください
io-dir-not-file = ファイルではなくディレクトリのため、ファイルのパスを指定してください
io-special-not-file = { store-file-kind }でファイルではないため、ファイルのパスを指定してください
io-pipe-no-writer = 書き込んでいるプログラムのないパイプで読む内容がないため、ファイルか、「<(command)」のようにプログラムが書き込むパイプを指定してください
error-not-utf8 = { $what } は正しい UTF-8 ではないため (バイト位置 { $offset })、UTF-8 で保存してください
error-nul = { $what } のバイト位置 { $offset } に NUL 文字 (U+0000) があり、台帳には保存できないため、取り除いてください
error-title-empty = 「--title」が空のため、サービス要求の件名を指定してください
error-title-too-large = 「--title」が件名の上限 { $cap } を超えているため、詳細は「--description」に書いてください

## コマンド ラインで入力する日時

error-invalid-time = { $flag }の値「{ $value }」は{ $why }ため、{ $accepted }
time-accepted = RFC 3339 (2026-11-24T10:00:00+09:00 または ...Z)、またはテナントのタイム ゾーンの YYYY-MM-DD [HH:MM[:SS]] で指定してください
time-empty = 空の
time-not-rfc3339 = 日付、時刻、オフセットのいずれかが正しくなく、正しい RFC 3339 の日時ではない
time-no-such-date = 存在しない日付の
time-not-time-of-day = 正しい時刻ではない
time-not-a-time = 日時ではない
error-time-skipped = { $flag }の値「{ $value }」の現地時刻は、夏時間で時計が飛ばすため「{ $zone }」には存在しないので、「{ $example }」のようにオフセットを明示してください
error-time-ambiguous = { $flag }の値「{ $value }」の現地時刻は「{ $zone }」で 2 回 ({ $first } と { $second }) あってあいまいなため、オフセットを明示してください
error-local-time-zones-differ = { $flag } の値「{ $value }」は現地時刻ですが、対象のテナント ({ $tenants }) のタイム ゾーンによって指す時点が異なるため、「{ $example }」のようにオフセットを付けて指定してください
error-time-not-whole = { $flag }の値「{ $value }」は{ $why }ため、秒までの時刻を指定してください (台帳は 00〜59 の秒単位で記録します)
time-fraction = 秒未満の端数を含む
time-leap-second = うるう秒 (秒 60) の
error-unknown-time-zone = タイム ゾーン「{ $zone }」は不明なため、「Asia/Tokyo」、「Europe/Berlin」、「UTC」のような IANA のタイム ゾーン名を使ってください
# 形式は正しく、日だけが存在しない日付: 形式を繰り返さず、どの日がないかを言う。
error-no-such-date = { $flag }の値「{ $value }」の { $why }ため、日付を確認してください
date-no-such-day = { $month } 月は { $days } 日までで、{ $day } 日は存在しない
date-no-leap-day = { $year } 年はうるう年ではなく、2 月 29 日は存在しない
date-no-such-month = { $month } 月は存在しない

## db init, migrate and copy (SPEC 8)
db-same-ledger = 「--from」と「--to」が同じ台帳を指しているため、2 つの台帳を指定してください
db-no-source = 「{ $path }」に台帳がないため、「--from」を確認してください
db-copied = { $requests } 件の要求 (イベント { $events } 件、以前のサイクル { $cycles } 件) を「{ $ledger }」に複製しました
db-team-created = チーム台帳「{ $ledger }」を作成しました (スキーマ { $version })
db-team-current = チーム台帳「{ $ledger }」はすでにスキーマ { $version } です。何もしません
db-team-exists = チーム台帳「{ $ledger }」はスキーマ { $version } ですでに存在するため、「svcreq db migrate」で更新してください
db-file-ready = 台帳「{ $ledger }」の準備ができました (スキーマ { $version })
db-file-version = 台帳「{ $ledger }」はスキーマ { $version } です。何もしません
db-file-migrated = 台帳「{ $ledger }」をスキーマ { $from } から { $to } に更新しました
db-team-migrated = チーム台帳「{ $ledger }」をスキーマ { $from } から { $to } に更新しました
db-team-up-to-date = チーム台帳「{ $ledger }」はスキーマ { $version } です。何もしません
import-busy = インポート中に台帳が他の書き込みで混雑していたため、何もインポートしていません (もう一度実行してください)
db-team-access-migrated = チーム台帳「{ $ledger }」のアクセス規則をバージョン { $from } から { $to } に更新しました

## 設定ファイル

config-file = 設定ファイル
error-config-empty = 「--config」が空のため、TOML の設定ファイルのパスを指定してください
error-actor-empty = 「{ $what }」が空のため、操作する管理者の名前を指定してください
error-actor-control = 「{ $what }」の値「{ $name }」に制御文字または見えない文字 ({ $char }) があり、操作者は履歴に書かれ表に表示されるため、取り除いてください
error-actor-blank-end = 「{ $what }」の値「{ $name }」の先頭か末尾に空白{ $char }があり、コマンド ラインや構成で指定するどの名前とも一致しないため、空白を取り除いてください
config-actor-empty = 「{ $key }」が空のため、操作する管理者の名前を指定してください
config-actor-control = 「{ $key }」の値「{ $name }」に制御文字または見えない文字 ({ $char }) があり、操作者は履歴に書かれ表に表示されるため、取り除いてください
config-actor-blank-end = 「{ $key }」の値「{ $name }」の先頭か末尾に空白{ $char }があり、コマンド ラインや構成で指定するどの名前とも一致しないため、空白を取り除いてください
actor-login-name = ログイン名
actor-url-user = 接続 URL のユーザー
error-config-not-found = 設定ファイル「{ $path }」が見つからないため、「--config」または「SVCREQ_CONFIG」を確認してください
error-config-is-dir = 設定「{ $path }」はディレクトリのため、TOML ファイルを指定してください
error-unknown-tenant = テナント「{ $tenant }」は設定にないため (設定済みのテナント: { $known })、設定に [tenants.{ $tenant }] を追加してください
error-name-your-tenant = 「{ $actor }」は設定の既定のテナントを参照できず、担当するテナントは { $tenants } なので、「--tenant」でいずれか 1 つを指定してください
error-name-your-tenant-row = 「{ $actor }」は設定の既定のテナントを参照できず、担当するテナントは { $tenants } なので、行の「tenant」列 (CSV) またはフィールド (JSON lines) でいずれか 1 つを指定してください
error-one-tenant = ここでは「--tenant」にテナントを 1 つだけ指定しますが、{ $count } 個 ({ $tenants }) が並んでいるため、{ $count ->
    [2] どちらか
   *[other] いずれか
} 1 つを指定してください
config-cannot-read-rules = rules_file 「{ $path }」を読み込めません: { $reason }
config-admin-twice = 管理者「{ $name }」が 2 回記載されているため ({ $first } と { $second })、[[admins]] は名前ごとに 1 つにまとめ、役割を 1 つにしてテナントをすべて記載してください
config-key-nul = 「{ $key }」に NUL 文字 (U+0000) が含まれており、台帳には保存できないため、取り除いてください
config-name-too-long = 「{ $key }」の { $field } の名前が { $size } バイトあり、依頼に記録できる名前の上限 { $cap } を超えているため、短くしてください
config-partner-no-tenants = パートナー「{ $name }」にテナントの記載がないため、「tenants」に委任したテナントを記載してください (パートナーが操作できるのは委任したテナントだけです)
config-admin-unknown-tenant = 管理者「{ $name }」が「tenants」に記載したテナント「{ $tenant }」は設定にないため、[tenants.{ $tenant }] を追加してください
config-hours-unreachable = テナント「{ $tenant }」の「{ $key }」では { $what } について、{ $error }
config-tenant-error = { $origin } のテナント「{ $tenant }」: { $error }
config-tenant-comma = 「{ $key }」のテナント「{ $tenant }」は名前にコンマを含みますが、「--tenant」ではコンマがテナントの区切りになるため、名前を変えてください

## Team ledger access (SPEC 8): db admins, db config, the actor

team-only = 「svcreq db { $command }」はチーム台帳 (「--db postgres://...」) 用のため、ローカルの台帳では管理者とテナントを設定ファイルに記載してください
team-as-other-role = 「--as」の値「{ $other }」は別のロールを指していますが、チーム台帳では操作者は接続に使うデータベース ロール ({ $role }) なので、{ $other } として操作するには { $other } で接続してください
error-db-conninfo = 「--db」には key=value 形式の接続文字列ではなく、台帳ファイルのパスか、「postgresql://ユーザー@ホスト/データベース名」の形の postgres:// の URL を指定してください (パスワードは「PGPASSWORD」または「~/.pgpass」から読みます)
team-owner-only = チーム台帳「{ $ledger }」の管理者と設定を管理できるのは所有者だけです
team-no-such-role = データベース ロール { $quoted } はないため、先にログインを作成してから (CREATE ROLE { $quoted } LOGIN) 追加してください
admins-partner-needs-tenants = パートナーは委任されたテナントについてだけ操作できるため、「--tenant」を指定してください
admins-until-partner-only = 「--until」はパートナーの委任の終了日のため、「--role partner」を指定してください
admins-bad-until = 「--until」: { $reason }
admins-added = 管理者「{ $name }」を追加しました ({ $role }、{ $tenants })
admins-updated = 管理者「{ $name }」を更新しました ({ $role }、{ $tenants })
admins-every-tenant = すべてのテナント
admins-tenants = テナント { $tenants }
admins-with-until = { $tenants }、最終日 { $until }
admins-removed = 管理者「{ $name }」を削除しました
admins-no-such = 管理者「{ $name }」はいません (「svcreq db admins list」で一覧を確認できます)
admins-header-admin = 管理者
admins-header-role = ロール
admins-header-tenants = テナント
admins-header-until = 期限
admins-header-added-by = 追加した人
config-pushed = 「{ $file }」のチーム設定を「{ $ledger }」に保存しました (テナント { $tenants } 件、管理者 { $admins } 人{ $rules })。この台帳を使うすべての管理者と CI ジョブがこの設定を使います
config-pushed-rules = 、ルール ファイル
config-shown-by = # { $by } が { $at } に保存{ $rules }
config-shown-rules = 、ルール ファイル付き
config-none = このチーム台帳にはまだ設定が保存されていません (所有者が「svcreq db config push <ファイル>」で保存します)
team-refused = チーム台帳「{ $ledger }」は、接続に使っているロールにこの操作を許可していません (ロールが参照・変更できる範囲は「svcreq db admins list」のそのロールの行で決まり、台帳の所有者が管理します)
team-owner-ddl = チーム台帳「{ $ledger }」のスキーマを作成・更新できるのは所有者だけなので、テーブルを所有するロールで接続してください
team-config-unreadable = 台帳のチーム設定を TOML として読めないため、所有者が「svcreq db config push <ファイル>」でもう一度保存してください
admins-unknown-tenant = テナント「{ $tenant }」はチームの設定にないため (既知のテナント: { $known })、先に設定に [tenants.{ $tenant }] を追加し、「svcreq db config push <ファイル>」で保存してください
team-not-an-admin = 「{ $actor }」はこのチーム台帳の管理者ではありません (所有者が「svcreq db admins add <名前> --role <役割>」で管理者を追加します)
team-env-other-role = 「SVCREQ_ADMIN={ $other }」は別のロールを指していますが、チーム台帳では操作者は接続に使うデータベース ロール ({ $role }) なので、「SVCREQ_ADMIN」を解除するか、{ $other } として操作するには { $other } で接続してください
team-delegation-ended = 「{ $actor }」の委任は { $until } (最終日) で終了し、そのテナントの要求はもう表示されないため、台帳の所有者に「svcreq db admins add { $actor } --role partner --tenant <テナント> --until <日付>」で更新を依頼してください
warning-team-admin-ignored = 警告: チーム台帳では操作者は接続に使うデータベース ロール ({ $role }) のため、設定の admin = "{ $admin }" は使われません

## report (SPEC 9)

error-report-bad-month = 「--month」の値「{ $value }」が正しくないため、YYYY-MM 形式で、0001-01 から 9999-12 までの月を指定してください
error-report-bad-day = { $flag }の値「{ $value }」が正しくないため、YYYY-MM-DD 形式の日付を指定してください
error-report-day-out-of-range = { $flag }の値「{ $value }」が正しくありません (日付は 0001 年から 9999 年までです)
error-list-since-after-until = 「--since」の値「{ $since }」が「--until」の値「{ $until }」より後のため、早いほうの時刻を「--since」に指定してください
error-report-from-after-to = 「--from」の値「{ $from }」が「--to」の値「{ $to }」より後のため、期間の初日、最終日の順に指定してください
error-report-current-month = 今月はレポートできません
error-report-html-needs-output = 「--format html」はファイルに書き出すため、「-o/--output <ファイル>」を指定してください (例: 「-o report.html」)
error-output-is-ledger = 「--output」の値「{ $path }」は台帳そのもののため、別のファイルを指定してください
error-output-is-dir = 「--output」の値「{ $path }」はディレクトリのため、ファイル名を指定してください
error-does-not-serve = 「{ $actor }」はテナント「{ $tenant }」を担当していません
error-report-cannot-write = レポートを「{ $path }」に書き込めないため ({ $reason })、パスとそのアクセス許可を確認してください

## import: 入力ファイルの読み込み

error-unknown-encoding = エンコーディング「{ $value }」は不明なため、「utf-8」(既定) または「cp932」(日本で Excel が保存する Shift_JIS) を指定してください
import-not-utf8-but-cp932 = UTF-8 ではなく (行の { $at } バイト目)、日本で Excel が保存する CSV と同じ Shift_JIS/CP932 として読めるため、「--encoding cp932」を付けてインポートするか、「CSV UTF-8」形式で保存し直してください
import-not-utf8 = 正しい UTF-8 ではないため (行の { $at } バイト目)、ファイルを UTF-8 で保存するか、Shift_JIS であれば「--encoding cp932」を指定してください
import-not-cp932 = 正しい CP932 (Shift_JIS) ではないため、「--encoding」を確認してください
import-utf8-not-cp932 = このファイルは CP932 ではなく UTF-8 のため (UTF-8 として読めます)、「--encoding cp932」を付けずに取り込んでください
import-utf16 = このファイルは UTF-16 (Excel の「Unicode テキスト」形式) のため、「CSV UTF-8」形式か UTF-8 の JSON Lines で保存してください
import-looks-like-csv = この行は CSV の見出し行ですが、入力は JSON Lines として読まれているため、「--format csv」を付けてください
import-too-many-fields = 1 つのレコードのフィールドが 65,536 を超えています
import-unclosed-quote = ここから始まる引用符で囲まれた項目 (第 { $field } 項目) を閉じる引用符がなく、ファイルの終わりまで続いているため、「"」で閉じてください (項目内の引用符は「""」と書きます)
import-unclosed-quote-cap = ここから始まる引用符で囲まれた項目 (第 { $field } 項目) を閉じる引用符が、1 件の上限 { $cap } の中にないため、「"」で閉じてください (項目内の引用符は「""」と書きます)
import-record-too-long = レコードが 1 件の上限 { $cap } を超えています (サービス要求は件名が最大 4 KiB、説明が最大 1 MiB なので、インポート用のファイルか確認してください)
import-cannot-read = 読み込めません: { $reason }

import-copy-failed = インポートの行をチーム台帳に送れませんでした（{ $error }）
import-no-id = チーム台帳が新しい依頼の ID を返しませんでした
import-cannot-place = 台帳「{ $path }」を作成できないため ({ $reason })、何もインポートしていません

## 値、ルール ファイル、操作、取り込む行

error-unknown-id = { $what }「{ $value }」は使えず、使えるのは{ $valid }です
kind-severity = 重大度
kind-category = 種類
kind-scope = サポート範囲
kind-service = サービス
kind-service-state = サービスの状態
kind-affected = 影響を受けるユーザー
kind-channel = 問い合わせ方法
kind-contact-method = 連絡方法
kind-note-from = メモの書き手
error-outside-representable = { $what } が 0001～9999 年 (UTC) の範囲外のため、日付を確認してください
error-before-latest-action = { $flag }の値{ $at }は、この要求に最後に記録された操作 ({ $latest }、{ $latest_at }) より前のため、{ $doing }はその操作以降の時刻で指定してください
import-field-needs = 項目「{ $name }」が、その意味に必要な項目「{ $needed }」なしで書かれているため、「{ $needed }」も指定するか、「{ $name }」を省いて open と同じように決めさせてください
import-field = 項目「{ $name }」
import-field-out-of-order = 項目「{ $field }」の「{ $at }」が「{ $other }」の「{ $other_at }」より前のため、時刻を確認してください (履歴は作成、応答サイクルの開始、初期応答、クローズ、次のサイクルの開始の順に並びます)
import-due-before-cycle = 項目「{ $field }」の「{ $due }」がサイクルの開始 ({ $start }) より前のため、時刻を確認してください
import-reopen-count-negative = 項目「reopen_count」が { $count } ですが、再開の回数は 0 以上です
import-reopen-count-cycles = 項目「reopen_count」は { $count } ですが、行には以前のサイクルが { $cycles } 件あるため、両者を一致させてください
import-cycle-start-not-opening = 項目「cycle_started_at」の「{ $start }」が「opened_at」の「{ $opened }」と異なりますが、「reopen_count」は 0 です (一度も再開されていない要求は最初のサイクルにあります)
import-events-out-of-order = 項目「events」の { $at } のイベントが { $before } (作成、またはその前のイベント) より前にあるため、時刻を確認してください (履歴は時刻順です)
import-row-contradicts = 行の内容が矛盾していて ({ $what })、このままでは svcreq が読み戻せないため、履歴を確認してください
import-event-unknown-kind = events の { $n } 番目の kind「{ $kind }」は svcreq が記録する種類 ({ $kinds }) ではありません
import-event-no-actor = events の { $n } 番目の actor が空で、だれが行ったかがわかりません
import-event-out-of-place = events の { $n } 番目の「{ $kind }」は{ $why }ため、履歴として成り立ちません
import-event-why-responded = 同じサイクルの応答の後にある
import-event-why-closed = 同じサイクルのクローズの後に再オープンなしである
import-event-why-open = クローズされていないサイクルを再オープンしている
import-event-why-nothing-to-correct = サイクルに記録されていない応答かクローズを訂正している
import-event-why-opened = 履歴の最初ではない位置で受付を記録している
import-event-why-first = 受付でも取り込みでもないのに履歴の最初にある
import-event-unwritten = events の { $n } 番目の「{ $kind }」は{ $why }ため、svcreq が書くイベントではありません
event-why-note-empty = 本文がない
event-why-note-data = 書いた人を表すメモの data { $accepted } のどれでもない data を持つ
event-why-corrected-old = { $field } を { $old } からの訂正としているが、それより前の履歴の記録は { $before } である
event-why-opened-at = リクエストのオープン { $opened } ではなく { $at } の日時の
event-why-changed-old = { $field } を { $old } からの変更としているが、それより前の履歴の記録は { $before } である
import-events-disagree = フィールド { $field } は { $row } ですが、その行の events では { $events } です
import-cycle-field = cycles.{ $name } (サイクル { $cycle })
import-first-cycle-not-opening = 項目「{ $field }」の「{ $start }」が「opened_at」の「{ $opened }」と異なります (最初のサイクルは要求の作成時に始まります)
import-cycle-not-closed = 項目「cycles」のサイクル { $cycle } に closed_at がありません (要求はクローズ後にしか再開できないため、以前のサイクルはどれもクローズで終わります)
import-phone-reopened = 項目「reopen_count」は { $count } ですが、channel は phone です (電話で作成した要求は再開できず、新しい要求を作成します)
kind-sla-state = SLA 状態
error-unknown-role = 役割「{ $role }」は使えず、使えるのは{ $valid }です
error-not-an-admin-of = 「{ $actor }」はテナント「{ $tenant }」の管理者ではありません (この台帳を使えるのは、設定の [[admins]] に記載された管理者だけです)
error-schema-admin = 「{ $actor }」は { $why ->
    [reader] 閲覧だけができる { $role } の
   *[confined] 一部のテナントまたは委任の期限までに権限が限られた
}管理者のため db { $command } を実行できません (台帳のスキーマを作成または変更できるのは、グローバル管理者など、すべてのテナントの要求を管理できる管理者だけです)
error-reader-only = 「{ $actor }」の役割は閲覧だけができる { $role } ですが、サービス要求の作成と管理には service-support などの管理者の役割が必要です
error-serves-only = 「{ $actor }」はテナント「{ $tenant }」の管理者ではありません (担当するテナントは { $tenants } だけです)
error-delegation-ended = テナント「{ $tenant }」に対する「{ $actor }」の委任は { $until } (現地時刻での最終日) で終了しているため、委任を更新し、設定の「until」を書き換えてください
error-bad-time-of-day = 時刻「{ $value }」が正しくないため、00:00 から 24:00 までの HH:MM で指定してください (例: 「09:00」)
error-not-delegated = テナント「{ $tenant }」はパートナー「{ $actor }」に委任していません (委任されているテナントは { $tenants } だけです)
error-window-backwards = { $kind ->
    [empty] 営業時間の終了時刻 ({ $close }) が開始時刻 ({ $open }) と同じで、時間帯が空ですが、
   *[backwards] 営業時間の終了時刻 ({ $close }) が開始時刻 ({ $open }) より前ですが、
}時間帯は午前 0 時をまたげないので、24:00 で終わる時間帯と 00:00 に始まる時間帯の 2 つに分けてください
error-bad-window = 時間帯「{ $value }」が正しくないため、HH:MM-HH:MM で指定してください (例: 「09:00-12:00」)
error-case-number-length = ケース番号「{ $value }」は、管理センターの表示どおり 1～{ $max } 文字 (英数字または「-」) で指定してください
error-case-number-characters = ケース番号「{ $value }」に使えるのは、管理センターの表示どおり ASCII の英数字と「-」だけです (例: 「2405010010005082」)
error-incident-id = インシデント ID「{ $value }」はサービス正常性のインシデント ID ではないため、大文字 2～3 文字と数字 4～8 桁で指定してください (例: 「EX123456」)
country-hint-gb = {" "}(英国は「GB」です)
country-hint-us = {" "}(米国は「US」です)
country-hint-jp = {" "}(日本は「JP」です)
error-unknown-country = 国「{ $value }」は使えないため、「US」、「CA」、「GB」、「JP」、「DE」のような ISO 3166-1 alpha-2 のコードで指定してください{ $hint }
error-unknown-severity-source = 値「{ $value }」は使えないため、「manual」、「classified」、「microsoft」のいずれかを指定してください
error-unknown-availability = 受付時間「{ $value }」は使えないため、「24x7」または「business-hours」を指定してください
error-unknown-clock = 計測方法「{ $value }」は使えないため、「24x7」または「business」を指定してください
error-response-zero = 初期応答の目標「{ $value }」では計測開始と同時に期限になるため、0 より長い時間を指定するか、初期応答の目標を設けないなら「none」にしてください
error-bad-response = 初期応答の目標「{ $value }」が正しくないため、「none」、「next-day」、または「30 分」、「1 時間」、「2 日」のような時間を指定してください (「30m」、「1h」、「2d」とも書けます)
error-target-unreachable = この営業時間 ({ $hours }) では svcreq が先読みする 10 年間の営業時間が合計 { $offered } しかなく、営業時間で計測する目標 { $target } に到達しないため、目標を短くするか、営業時間を広げてください
error-unknown-next-day = next_day の読み方「{ $value }」は使えないため、「end-of-next-day」、「24h」、「end-of-next-business-day」のいずれかを指定してください
error-bad-duration = 時間「{ $value }」が正しくないため、「30 分」、「14 日」、「1 時間 30 分」のように、数値と単位 (秒、分、時間、日) で指定してください (単位は「30m」、「14d」のように「s」、「m」、「h」、「d」とも書けます)
error-duration-too-long = 時間「{ $value }」が長すぎます (svcreq が受け付けるのは { $max }までです)
error-at-risk-percent = 違反間近のしきい値「{ $value }」が正しくないため、割合は「25 %」のように、0 % から 100 % までの整数で指定してください
error-bad-at-risk = 違反間近のしきい値「{ $value }」が正しくないため、「25 %」のような割合か、「30 分」のような時間を指定してください (時間は「30m」とも書けます)
error-at-risk-negative = 違反間近のしきい値「{ $value }」は負の値のため、期限の何分前から違反間近とするかを「30m」や「25%」のように指定してください
error-bad-date = 日付「{ $value }」が正しくないため、実在する日付を YYYY-MM-DD で指定してください
error-no-such-day = 日付「{ $value }」の { $why }ため、日付を確認してください
error-unknown-day = 曜日「{ $value }」は使えないため、「mon」、「tue」、「wed」、「thu」、「fri」、「sat」、「sun」のいずれかを指定してください
error-hours-over-windows = windows に書かれた営業時間 (1 日に複数の時間帯や曜日ごとに異なる時間帯) は「{ $key }」では変更できないため、代わりに週全体の「windows」を指定してください
error-windows-and-days = 「windows」と「days」/「open」/「close」は、どちらか一方だけを指定してください
error-windows-overlap = { $day } の時間帯が重なっているため ({ $first } と { $second })、同じ時間は 1 回だけ記載してください
error-no-business-day = 「{ $key }」では営業時間に時間帯のある日が 1 日もないため、時間帯のある日を 1 日以上記載してください (営業時間のない暦では、営業時間で計測する目標に期限が付きません)
error-business-clock-needs-duration = clock = "business" の初期応答の目標が時間ではないため、営業時間で計測する目標には「8 時間」のような時間を指定してください
error-invalid-value = 値が正しくありません
error-not-a-count = 1 以上の整数を指定してください
error-standard-option = 「standard」はプラン本来のサポート レベルを意味するため、サポート レベルの選択には使えません
rules-name-nul = 「{ $key }」の { $field } の名前に NUL 文字 (U+0000) が含まれており、台帳には保存できないため、取り除いてください
rules-name-empty = 「{ $key }」の { $field } の名前が空なので、名前を指定してください
rules-name-comma = 「{ $key }」の { $field }「{ $name }」は名前にコンマを含みますが、コマンド ラインでは「--plan a,b」のようにコンマが名前の区切りになるため、名前を変えてください
rules-name-blank-end = 「{ $key }」の { $field }「{ $name }」は名前の先頭か末尾に空白があり、コマンド ラインや構成で指定する名前とは一致しないため、空白を取り除いてください
error-plan-twice-in-tier = プラン「{ $value }」がサポート レベル「{ $first }」に 2 回記載されているため、1 回にしてください
error-option-twice-in-tier = サポート オプション「{ $value }」がサポート レベル「{ $first }」に 2 回記載されているため、1 回にしてください
error-plan-in-two-tiers = プラン「{ $value }」がサポート レベル「{ $first }」と「{ $second }」の両方にありますが、1 つのプランが属せるサポート レベルは 1 つだけです
error-option-in-two-tiers = サポート オプション「{ $value }」がサポート レベル「{ $first }」と「{ $second }」の両方にありますが、1 つのサポート オプションが属せるサポート レベルは 1 つだけです
error-no-tiers = ルールにサポート レベルがないため、[tiers.<名前>] を少なくとも 1 つ追加してください
rules-tier-severity = サポート レベル「{ $tier }」の重大度 { $severity }
error-unknown-support-option = サポート オプション「{ $value }」は使えず、使えるのは{ $valid }です
error-unknown-plan = プラン「{ $value }」は使えず、使えるのは{ $valid }です
error-unknown-tier = サポート レベル「{ $value }」は使えません
error-technical-needs-severity = 種類が「テクニカル」の要求に重大度がないため、重大度を指定してください
what-opening-time = 作成日時
what-due-time = 応答期限
what-new-cycle-due = 新しいサイクルの応答期限
what-new-due = 新しい応答期限
doing-response = 初期応答の記録
doing-close = クローズ
doing-reopen = 再開
doing-note = メモの追加
doing-change = 変更
doing-redact = 個人データの削除
error-due-after-9999 = 応答期限が 9999 年より後になるため、作成日時を確認してください
error-no-response-to-correct = サービス要求 { $id } には、このサイクルで訂正できる応答がないため、「svcreq respond { $id } --at <日時>」で記録してください
error-before-cycle-start = 「--at」の値{ $at }は応答サイクルの開始 ({ $start }) より前です (履歴は時刻順です)
error-close-before-response = 「--at」の値{ $at }は初期応答 ({ $start }) より前です (履歴は時刻順です)
error-after-close = 「--at」の値{ $at }はサービス要求のクローズ日時 ({ $closed }) より後です (履歴は時刻順です)
error-already-responded = サービス要求 { $id } には、このサイクルの初期応答が { $at } に記録済みのため、Microsoft からのその後の更新は「svcreq note { $id }」で記録し、時刻の修正は「--at <日時> --correct」で行ってください
error-respond-after-close = サービス要求 { $id } は { $at } にクローズ済みで、クローズ後の応答は初期応答にならないため、先に再開してください
error-respond-after-close-final = サービス要求 { $id } は { $at } にクローズ済みで、クローズ後の応答は初期応答になりませんが、この要求は{ $why }
error-no-close-to-correct = サービス要求 { $id } はクローズされていないため、訂正できるクローズ日時はありません
error-nothing-to-correct-response = サービス要求 { $id } の初期応答はすでに { $at } と記録されていて訂正する内容がないため、「--at」に正しい日時を指定してください
error-nothing-to-correct-close = サービス要求 { $id } のクローズ日時はすでに { $at } と記録されていて訂正する内容がないため、「--at」に正しい日時を指定してください
error-already-closed = サービス要求 { $id } はすでにクローズされています
error-cannot-reopen = サービス要求 { $id } は{ $why }
error-note-empty = メモが空のため、Microsoft からの更新内容か、管理者の返信を入力してください
error-not-linked = サービス要求 { $id } はインシデント「{ $incident }」に関連付けられていません
error-update-no-field = サービス要求 { $id } について変える項目が一つも与えられていないため、「--severity」「--case-number」「--owner」などで変更する項目を指定してください
error-nothing-to-update = サービス要求 { $id } には変更する項目がないか、値が記録済みのものと同じなので、変更する項目と新しい値を指定してください
import-field-error = 項目「{ $name }」の値が正しくなく、{ $error }
import-not-bool = 項目「{ $name }」の値「{ $value }」は「true」でも「false」でもありません
import-not-list = 項目「{ $name }」が JSON のリストではありません ({ $error })
error-record-too-large = 依頼 { $id } は export で { $size } バイトになり (説明、メモ、履歴のすべてのテキスト)、import で読み戻せる 1 件の上限 { $cap } を超えるため (残りは { $room } バイトでした)、書く量を減らしてください (制御文字は export で 6 バイトになります)
import-record-too-large = レコードが export で書き出すと 1 件の上限 { $cap } を超えるため、テキストを短くしてください
import-not-a-list = 項目「{ $name }」は JSON のリスト ([…]) にしてください ({ $found } になっています)
import-list-entry = 項目「{ $name }」の { $n } 番目の要素が正しくなく、{ $error }
import-not-whole = 項目「{ $name }」の値「{ $value }」は整数ではありません (数字のみ、{ $max } 以下)
import-not-an-object = レコードではありません (各行は export が書き出すとおり JSON のオブジェクト 1 つです)
import-json-kind = { $kind ->
    [null] null
    [boolean] true または false
    [number] 数値
    [string] 文字列
    [list] リスト
   *[object] オブジェクト
}
import-field-nul = 項目「{ $name }」に NUL 文字 (U+0000) が含まれており、台帳には保存できないため、取り除いてください
import-field-too-large = 項目「{ $name }」がこの項目の上限 { $cap } を超えているため、短くしてください
import-title-required = 項目「title」は必須です
import-title-too-large = 項目「title」がこの項目の上限 { $cap } を超えているため、詳細は説明に書いてください
import-unknown-status = 項目「status」の値「{ $value }」は使えないため、「open」または「closed」を指定してください
import-closed-at = 項目「closed_at」はクローズ済みの要求には欠かせず、対応中の要求には指定できません
import-unknown-tier = 項目「tier」のサポート レベル「{ $value }」は使えないため、ルールにあるサポート レベルを使うか、行に availability と response_target を書いてください
import-out-of-scope = このサービス要求はサポート対象外なので ({ $scope }: { $why })、代わりの窓口「{ $referral }」に問い合わせるか、それでも記録するには「import --force」を付けてください (件名「{ $title }」)
import-out-of-scope-stated = このサービス要求はサポート対象外 ({ $scope }: { $why }) と記録されていますが、記録時の初期応答の目標がないため「svcreq open」と同じく受け付けられず、代わりの窓口「{ $referral }」に問い合わせるか、それでも記録するには「import --force」を付けるか (「open --force」と同じく目標なし)、記録どおりに戻すには availability を指定して response_target を none にしてください (件名「{ $title }」)
import-no-severity = 種類が「{ $category }」の要求には重大度がないため、項目「severity」は指定できません
import-bad-id = 項目「id」の { $id } は要求 ID ではないため、1 から { $max } (2^53 − 1、どの JSON の読み手でも正確に扱える最大の整数) までの整数を指定するか、次の空き ID を使うには id を省いてください
import-cycle-order = 項目「cycles」のサイクル { $cycle } の順序が正しくありません (以前のサイクルは古い順に 1、2、... と番号を付けます)
import-cannot-open = 「{ $path }」を読み込めません: { $reason }
import-is-dir = 「{ $path }」はディレクトリのため、取り込むファイルを指定してください
import-line-error = 「{ $name }」の { $line } 行目: { $error } (何も取り込んでいません)
import-unknown-column = 列「{ $column }」は使えないため、JSON の項目名 ({ $columns }) を列名にしてください
import-not-a-record = 正しいレコードではなく、{ $error }
import-field-count-spanning = 項目が { $fields } 個ありますが、見出し行は { $header } 個です ({ $at } 行目の第 { $field } 項目から始まる引用符で囲まれた項目が改行をまたいでいるため、閉じる引用符がないか、位置が違う可能性があります)
import-field-count = 項目が { $fields } 個ありますが、見出し行は { $header } 個です (カンマを含む項目は引用符で囲んでください)
import-thread-failed = 取り込む行の処理が予期せず失敗したため、何も取り込んでいません
import-done = { $count } 件のサービス要求を取り込みました
# 件数は 1 件でも複数でも自然に読めるように (「とも」は 2 件以上にしか使えない)。
import-dry-run = { $count ->
    [1] 1 件の行に問題はありません
   *[other] { $count } 件すべてに問題はありません
}。何も書き込んでいません (「--dry-run」)
import-id-taken = 「{ $name }」の { $line } 行目: 要求 ID { $id } はすでにあるため (台帳内、またはファイルのそれより前の行)、何も取り込んでいません
import-id-taken-dry-run = 「{ $name }」の { $line } 行目: 要求 ID { $id } はすでにあるため (台帳内、またはファイルのそれより前の行)、何も取り込まれません
import-case-taken = 「{ $name }」の { $line } 行目: ケース番号「{ $case }」はテナント「{ $tenant }」の要求 { $id } で使われていて、ケース番号はテナントごとに一意のため、何も取り込んでいません
import-case-taken-dry-run = 「{ $name }」の { $line } 行目: ケース番号「{ $case }」はテナント「{ $tenant }」の要求 { $id } で使われていて、ケース番号はテナントごとに一意のため、何も取り込まれません
import-case-repeated-dry-run = 「{ $name }」の { $line } 行目: ケース番号「{ $case }」はテナント「{ $tenant }」の { $first } 行目にもあり、ケース番号はテナントごとに一意のため、何も取り込まれません
export-bom-csv-only = 「--bom」は「--format csv」 (表計算ソフト向け) でだけ使え、JSON Lines には BOM を付けません
error-no-case-in-tenant = テナント「{ $tenant }」にケース番号「{ $case }」のサービス要求はないため、ケース番号を確認するか、「svcreq list --status all --search { $case }」で探してください
error-no-case-anywhere = ケース番号「{ $case }」のサービス要求はないため、ケース番号を確認するか、「svcreq list --status all --search { $case }」で探してください
error-no-case-in-tenants = テナント { $tenants } の{ $count ->
    [2] どちら
   *[other] いずれ
}にもケース番号「{ $case }」のサービス要求はないため、ケース番号を確認するか、「svcreq list --status all --search { $case }」で探してください
note-name-the-request = サービス要求を ID または「--case <ケース番号>」で指定し、続けてメモの本文を書いてください
note-too-many-arguments = 引数が多すぎるため、「--case」を使うときは、メモの本文だけを (引用符で囲んで) 指定してください
note-text-and-file = メモは本文か「--file」のどちらか一方で指定してください
note-what = メモ
note-no-text = メモの本文、「--file <ファイル>」、または標準入力を表す「-」を指定してください
redact-nothing = 削除する対象を指定してください: 「--contact」、「--notes」、「--description」、「--resolution」、または「--all」
import-spool-write = 取り込みの一時ファイルに書き込めないため ({ $reason })、何も取り込んでいません
import-spool-row = 取り込む行を一時ファイルに書き込めません: { $error }
import-spool-read = 取り込む行を一時ファイルから読み戻せません: { $error }
man-commands = コマンド
man-more = 「svcreq <コマンド> --help」でコマンドのオプションを表示します。「svcreq man --dir <ディレクトリ>」はコマンドごとに 1 ページを書き込みます。
man-exit-status = 終了ステータス
man-heading-name = 名前
man-heading-synopsis = 書式
man-heading-description = 説明
man-heading-options = オプション
man-heading-arguments = 引数
man-heading-commands = コマンド
man-heading-version = バージョン
man-exit-success = 成功
man-exit-failure = 内部エラーまたは入出力のエラー (台帳を読めない、ディスクがいっぱい、など)
man-exit-usage = 使い方または入力の誤り (不明なオプション、正しくない値や時刻、設定ファイルやルール ファイルの誤り)
man-exit-sla = sla: 「--fail-on」で指定した状態 (既定は breached) の要求が 1 件以上ある
man-exit-refused = サポートのルールによる拒否 (再開できない、「--force」なしでサポート対象外、操作する人が管理者でない)
man-exit-not-found = サービス要求がない
man-cannot-write = 「{ $path }」に書き込めません: { $reason }

## 台帳ファイル (SQLite): 開く、確かめる、読む

store-unreadable-value = 台帳「{ $path }」に svcreq が読めない値があり ({ $what })、svcreq 以外で変更されているため、「sqlite3」でその行を直すか、バックアップから台帳を復元してください
store-busy = 台帳「{ $path }」は別の svcreq が書き込んでいて使用中のため、もう一度実行してください
store-read-only = 台帳「{ $path }」は読み取り専用のため、アクセス許可を確認してください
store-not-sqlite = 「{ $path }」は svcreq の台帳ではありません (SQLite ファイルではありません)
store-not-sqlite-check = 「{ $path }」は SQLite ファイルではなく、svcreq の台帳ではないため、「--db」を確認してください
store-damaged = 台帳「{ $path }」が破損しているため、バックアップから復元してください (SQLite の報告: { $error })
store-disk-full = 台帳「{ $path }」に書き込めません: ディスクがいっぱいです
store-io-error = ディスクが I/O エラーを報告して台帳「{ $path }」に書き込めないため、空き容量とディスクの状態を確認してください
store-cannot-open = 台帳「{ $path }」を開けないため、パスとアクセス許可を確認してください
store-other-error = 台帳「{ $path }」を使えませんでした (SQLite の報告: { $error })
store-column = 列 { $column }
store-column-type = { $column }: svcreq が別の型で保存する列に { $found } 型の値があります
store-column-range = { $column }: { $value } は範囲外です
store-column-unexpected = { $column }: 想定外の値「{ $value }」です
store-column-real-or-blob = { $column }: svcreq が文字列か整数で保存する列に小数またはバイナリがあります
store-column-inconsistent = { $column }: { $why }
store-why-before = { $value } が { $other } の { $other_value } より前です
store-why-closed-without-time = クローズ済みですがクローズ日時がありません
store-why-open-with-close-time = 未クローズですがクローズ日時があります
store-why-reopen-count = { $value } ですが、台帳には以前の応答サイクルが { $cycles } 件あります
store-why-cycle-seq = 以前の応答サイクルの { $position } 番目の番号が { $value } になっていますが、svcreq は 0 から順に番号を振ります
store-why-responded-without-time = 現在の応答サイクルに応答の記録がありますが、初期応答日時がありません
store-why-event-kind = 履歴の { $n } 番目のイベントの種類「{ $kind }」は svcreq が記録しない種類です
store-why-event-no-actor = 履歴の { $n } 番目のイベントに、だれが行ったかの記録がありません
store-why-event-out-of-place = 履歴の { $n } 番目のイベント「{ $kind }」は、{ $why }イベントです
store-why-events-disagree = 依頼の記録は { $row } ですが、履歴では { $events } です
store-why-no-opening = 履歴が受付のイベントでも取り込みのイベントでも始まっていない
store-why-seal-other = 行が svcreq が最後に書いたままではなく、どの値が変更されたかは履歴からはわからない
store-why-cycle-events-disagree = 過去のサイクル { $cycle } の記録は { $row } ですが、履歴では { $events } です
store-why-due-not-its-target = 要求の期限は { $due } ですが、{ $start } から数えた 24 時間体制の目標 { $target } の期限は { $gives } です
store-why-cycle-due-not-its-target = 以前のサイクル { $cycle } の期限は { $due } ですが、サイクル内のある時点から数えた 24 時間体制の目標 { $target } の期限は { $earliest } から { $latest } の間です
store-why-empty = 値が空か空白だけですが、svcreq はこの列に空の値を書き込みません
store-why-committed-without-due = 目標「{ $target }」は応答時間を約束していますが、期限が記録されていません
store-why-due-without-commitment = 期限が記録されていますが、目標「{ $target }」は応答時間を約束していません
store-why-out-of-scope-commitment = リクエストは対象外 ({ $scope }) で応答の約束はありませんが、目標が「{ $target }」です
store-why-blank-end = 「{ $value }」は先頭か末尾に空白がありますが、svcreq はこの列にそのような値を書き込みません
store-why-comma = 「{ $value }」はコンマを含みますが、コマンド ラインではコンマがテナントの区切りになるため、テナント名はコンマを含みません
store-why-control = 「{ $value }」は制御文字か不可視文字 ({ $char }) を含みますが、svcreq はこの列にそのような値を書き込みません
store-why-case-number = 「{ $value }」は svcreq が保存するケース番号 (ASCII の英数字または「-」で 1～{ $max } 文字) ではありません
store-why-technical-without-severity = 技術的な依頼ですが重要度がありません
store-why-severity-outside-technical = { $category } の依頼ですが重要度 { $severity } があり、重要度があるのは技術的な依頼だけです
store-value = svcreq が読めない値 ({ $what })
store-not-a-path = 「--db」の値「{ $value }」はファイル パスではないため、台帳ファイルのパスを指定してください (SQLite の特殊な名前は使えません)
store-dangling-link = 「--db」の値「{ $path }」は存在しないファイルへのシンボリック リンクのため、リンク経由で台帳は作成しません
store-cannot-read = 台帳「{ $path }」を読めません: { $reason }
store-is-dir = 「--db」の値「{ $path }」はディレクトリのため、台帳ファイルのパスを指定してください
store-file-kind = { $kind ->
    [fifo] 名前付きパイプ (FIFO)
    [char] キャラクター デバイス
    [block] ブロック デバイス
    [socket] ソケット
    [symlink] シンボリック リンク
   *[other] 特殊ファイル
}
store-not-regular = 「--db」の値「{ $path }」は{ store-file-kind }で通常のファイルではないため、台帳ファイルのパスを指定してください
store-companion-not-regular = 台帳の横にある「{ $path }」は{ store-file-kind }で通常のファイルではないため、削除してください
store-hard-links = 台帳「{ $path }」にはハード リンクが { $links } 個ありますが、SQLite は複数の名前で書き込まれたデータベースを破損させるため、名前を 1 つにする (ほかのリンクを削除する) か、ファイルをコピーしてください
store-other-owner = 台帳「{ $path }」は別のユーザーのもの (uid { $uid }、実行中のユーザーは uid { $me }) で、他人が置いた可能性のある台帳は使わないため、信頼できる場合は自分のものにする (「chown」) か、コピーしてください
store-writable-by-others = 台帳「{ $path }」はほかのユーザーも書き込めるため (モード { $mode })、「chmod 600 { $path }」で非公開にしてください
store-busy-timeout = 「SVCREQ_BUSY_TIMEOUT_MS」が「{ $value }」になっているため、ミリ秒の整数 (0 から { $max }) を設定するか、既定の 10 秒にするには設定を解除してください
store-busy-timeout-not-text = 「SVCREQ_BUSY_TIMEOUT_MS」が文字列ではないため、ミリ秒の整数を設定してください
store-other-application = 「{ $path }」は別のアプリケーションのもので svcreq の台帳ではないため、「--db」を確認してください
store-newer-schema = 台帳「{ $path }」は新しい svcreq が書いたものなので (スキーマ { $version }、この svcreq はスキーマ { $known } まで)、svcreq を更新してください
store-impossible-schema = 台帳「{ $path }」のスキーマ バージョン { $version } はどの svcreq も書かないもので、svcreq 以外で変更されているため、バックアップから台帳を復元してください
store-object-kind = { $kind ->
    [table] テーブル
    [index] インデックス
    [trigger] トリガー
    [view] ビュー
   *[other] { $kind }
}
# English gives the kind its article; Japanese has none.
store-object-a-kind = { $kind ->
    [table] テーブル
    [index] インデックス
    [trigger] トリガー
    [view] ビュー
   *[other] { $kind }
}
store-object-changed = 台帳「{ $path }」の{ store-object-kind }「{ $name }」は svcreq 以外で変更されていて使用できないため、バックアップから台帳を復元してください
store-object-foreign = 台帳「{ $path }」に、svcreq がスキーマ { $version } のために作成していない{ store-object-kind }「{ $name }」があって使用できないため、「sqlite3」で削除するか、バックアップから台帳を復元してください{ $kind ->
    [trigger] {" "}(トリガーは svcreq が書き込むたびに実行されます)
    [view] {" "}(ビューは svcreq のデータの代わりになりえます)
   *[other] {""}
}
store-object-missing = 台帳「{ $path }」に{ store-object-kind }「{ $name }」(スキーマ { $version }) がなく、svcreq 以外で変更されているため、バックアップから復元してください
store-cannot-create-dir = 台帳のディレクトリ「{ $path }」を作成できません: { $reason }
store-cannot-create = 台帳「{ $path }」を作成できません: { $reason }
store-no-wal = 台帳「{ $path }」を WAL ジャーナルに切り替えられず ({ $mode } のままです)、別のプログラムが開いている可能性があります
store-upgrade-failed = 台帳「{ $path }」をスキーマ { $version } からこの svcreq が読むスキーマ { $current } に更新できませんでした: { $error }
store-wal-unreadable = 台帳「{ $path }」を読めません: 「{ $path }-wal」にまだある変更を読むために SQLite がディレクトリに「{ $path }-shm」を作成しますが、そのディレクトリに書き込めないため、一時的にディレクトリを書き込み可能にするか、台帳を「-wal」と一緒に書き込める場所へコピーしてください
db-copy-nul = サービス要求 { $id } の { $column } に NUL 文字 (U+0000) が含まれており、チーム台帳には保存できないため、コピー元の台帳で取り除いてからコピーし直してください
db-copy-not-empty = 台帳「{ $ledger }」にはすでにサービス要求があるため、新しい空の台帳へ複製してください
db-copy-confined = 「{ $actor }」が読めるのは { $tenants } だけで、db copy は台帳のすべてのテナントを複写するため、自分のテナントの要求は「svcreq export --tenant」と「svcreq import」で移してください

## チーム台帳 (PostgreSQL): URL、接続、エラー

pg-url-part = { $part ->
    [user] ユーザー
    [host] ホスト
    [dbname] データベース名
   *[other] { $part }
}
pg-url-bad-percent = 台帳 URL の{ $part }に、2 桁の 16 進数が続かない「%」があるため、% そのものは %25 と書いてください
pg-url-not-utf8 = 台帳 URL の{ $part }が UTF-8 の文字列ではありません
pg-url-password = 台帳 URL にパスワードが含まれていますが、svcreq はコマンド ラインや設定でパスワードを受け取らないため、URL から削除し、「PGPASSWORD」を設定するか「~/.pgpass」 (モード 600) に書いてください
pg-url-scheme = 台帳 URL は postgres:// または postgresql:// で始めてください
pg-url-several-hosts = 台帳 URL に複数のホストがありますが、svcreq が接続するのは 1 つなので、ホストを 1 つ指定してください
pg-url-bracket = 台帳 URL のホストに、「]」で閉じていない「[」があります
pg-url-parameter = 台帳 URL のパラメーター「{ $name }」は svcreq では使えないため、「host」、「port」、「dbname」、「user」、「sslmode」、「sslrootcert」、「connect_timeout」、「application_name」のいずれかを使ってください
pg-url-port = 台帳 URL のポート「{ $port }」はポート番号 (1 から 65535) ではありません
pg-url-no-user = 台帳 URL にユーザーがないため、追加してください (postgres://USER@host/db)
pg-sslmode = sslmode の値「{ $value }」は「disable」、「allow」、「prefer」、「require」、「verify-ca」、「verify-full」のいずれでもありません
pg-sslmode-env = 環境変数「PGSSLMODE」の値「{ $value }」は「disable」、「allow」、「prefer」、「require」、「verify-ca」、「verify-full」のいずれでもないため、「PGSSLMODE」を直すか、設定を解除してください
pg-url-timeout = 台帳 URL の connect_timeout は秒数の整数で指定してください
pg-pgpass-readable = 警告: 「{ $path }」はほかのユーザーも読めるため (モード { $mode })、このファイルは無視します (「chmod 600 { $path }」で非公開にすることをお勧めします)
pg-tls-setup = チーム台帳との TLS を準備できません
pg-needs-root-cert = 「sslmode={ $mode }」には、サーバー証明書に署名した CA が必要なため、URL に sslrootcert=<ファイル> を指定するか、「~/.postgresql/root.crt」に置いてください
pg-root-cert-unreadable = 「{ $path }」 (sslrootcert) の CA 証明書を読めないため、PEM ファイルを指定してください
pg-root-cert-file = CA 証明書 (sslrootcert)
pg-login-refused = チーム台帳「{ $label }」はロール「{ $role }」のログインを拒否したため、パスワード (「PGPASSWORD」または「~/.pgpass」) と、そのロールが接続できることを確認してください
pg-no-database = チーム台帳「{ $label }」にデータベース「{ $name }」がないため、作成 (「createdb」) し、その所有者として「svcreq db init」を実行してください
pg-too-many-connections = チーム台帳「{ $label }」の接続数が上限に達しているため、しばらくしてからもう一度実行してください
pg-connection-refused = チーム台帳「{ $label }」が接続を拒否しました: { $message }
pg-no-tls = チーム台帳「{ $label }」は TLS を提供していませんが、sslmode が TLS を求めているため、管理者に問い合わせるか、信頼できるネットワークでは「sslmode=prefer」を使ってください
pg-tls-required = チーム台帳「{ $label }」は TLS 接続しか受け付けませんが、「sslmode=disable」で TLS がオフになっているため、「sslmode=require」か、サーバーの CA (sslrootcert) を指定した verify-full を使ってください
pg-tls-untrusted = チーム台帳「{ $label }」との TLS を確立できません: サーバー証明書は「sslmode={ $mode }」では信頼されません (sslrootcert とホスト名を確認してください)
pg-password-missing = チーム台帳「{ $label }」がパスワードを求めているため、「PGPASSWORD」を設定するか、「~/.pgpass」 (モード 600) に行を追加してください
pg-timeout = チーム台帳「{ $label }」から時間内に応答がなく接続できないため、ホストとネットワークを確認してください
pg-no-server = チーム台帳「{ $label }」に応答するサーバーがなく接続できないため、ホストとポート、PostgreSQL が実行中であることを確認してください
pg-bad-version = チーム台帳「{ $label }」のスキーマ バージョン「{ $version }」は svcreq 以外で変更されていて、svcreq では読めません
pg-not-a-ledger = データベース「{ $label }」には svcreq_meta テーブルがなく、svcreq のチーム台帳ではないため、所有者が「svcreq db init --db URL」を 1 回実行してください
pg-not-a-ledger-init = データベース「{ $label }」には svcreq_meta テーブルがなく、svcreq のチーム台帳ではないため、先に「svcreq db init」を実行してください
pg-older-schema = チーム台帳「{ $label }」はスキーマ { $version } ですが、この svcreq にはスキーマ { $current } が必要なため、所有者が「svcreq db migrate --db URL」を実行してください
pg-newer-schema = チーム台帳「{ $label }」は新しい svcreq が書いたものなので (スキーマ { $version }、この svcreq はスキーマ { $current } まで)、svcreq を更新してください
pg-no-version = チーム台帳「{ $label }」にスキーマ バージョンがないため、バックアップから復元してください
pg-version-not-a-number = 列 value: スキーマ バージョンではありません
pg-unreadable-value = チーム台帳「{ $label }」に svcreq が読めない値があり ({ $what })、svcreq 以外で変更されているため、「psql」でその行を直すか、バックアップから台帳を復元してください
pg-busy = チーム台帳「{ $label }」が他の書き込みで混雑していて、svcreq が何度か試みても書き込めなかったため、もう一度実行してください
pg-read-only = チーム台帳「{ $label }」は、このコマンドまたはこのサーバーでは読み取り専用です: { $message }
pg-disk-full = チーム台帳「{ $label }」に書き込めません: サーバーのディスクがいっぱいです
pg-server-error = チーム台帳「{ $label }」: { $message }
pg-connection-lost = チーム台帳「{ $label }」との接続が切れたため、もう一度実行してください
pg-connection-failed = チーム台帳「{ $label }」との接続に失敗したため、もう一度実行してください
pg-access-rows = 管理者またはチームの構成: svcreq が読めない行
pg-older-access = チーム台帳「{ $label }」のアクセス規則は以前の svcreq のもので、svcreq が許す以上の操作をロールに許しているため、所有者が「svcreq db migrate --db URL」を実行してください
pg-row-refused = チーム台帳「{ $label }」は、サービス要求 { $request } の列 { $column } を svcreq の読めない値にする書き込みを拒否しました
pg-value-refused = チーム台帳「{ $label }」は、列 { $column } を svcreq の読めない値にする書き込みを拒否しました
pg-migrate-row-refused = チーム台帳「{ $label }」のサービス要求 { $request } の列 { $column } に svcreq の読めない値があるため移行しておらず、「psql」でその行を直してからもう一度「svcreq db migrate」を実行してください

## ファイルやレコードを読めなかった理由 (serde、TOML、JSON のエラーの形)

reason-at-column = { $reason } ({ $column } 列目)
reason-list-separator = 、
reason-quoted = 「{ $name }」
reason-found-value = { $kind }{ $value }
reason-value-missing = { $key } の値がないため、{ $key } = "..." のように引用符で囲んで指定してください
reason-datetime-unquoted = { $key } の値は「"{ $value }"」のように引用符で囲んでください (svcreq は日付と時刻を文字列として読み取ります)
reason-value-unquoted = { $key } の値は引用符で囲んでください: { $key } = "{ $value }"
reason-kind = { $kind ->
    [boolean] 真偽値
    [integer] 整数
    [number] 数値
    [char] 1 文字
    [string] 文字列
    [bytes] バイト列
    [null] 値なし
    [list] 配列
    [table] テーブル
    [datetime] 日時
   *[other] 別の種類の値
}
reason-expect-kind = { $kind ->
    [boolean] true または false
    [integer] 整数
    [number] 数値
    [char] 1 文字
    [string] 文字列
    [list] 配列
    [table] テーブル
    [datetime] 日時
   *[other] 別の種類の値
}
reason-invalid-type = { $expected }が必要です (指定された値: { $found })
reason-invalid-type-of-key = { $key } の値は{ $expected }にしてください (指定された値: { $found })
reason-invalid-value = 値が正しくありません ({ $expected }が必要ですが、指定された値は { $found } です)
reason-invalid-length = { $expected }が必要ですが、要素が { $length } 個あります
reason-missing-field = 必須の項目{ $field }がないため、追加してください
reason-missing-field-in-tier = サポート レベル「{ $tier }」に必須の項目{ $field }がないため、追加してください
reason-missing-field-in-tier-severity = サポート レベル「{ $tier }」の重大度 { $severity } に必須の項目{ $field }がないため、追加してください
reason-missing-field-in = 「{ $table }」に必須の項目{ $field }がないため、追加してください
reason-duplicate-field = 項目{ $field }が 2 回指定されています
reason-unknown-field = 不明な項目{ $name }です (使える項目: { $valid })
reason-unknown-variant = 不明な値{ $name }です (使える値: { $valid })
reason-duplicate-key = このキーは 2 回指定されています
reason-expected = { $count ->
    [1] ここには{ $items }が必要です
   *[other] ここには{ $items }が必要です
}
reason-problem-expected = { $problem } ({ $expected })
reason-not-well-formed = ここは { $format } として正しくありません
reason-eof = { $what ->
    [a-list] 配列
    [an-object] オブジェクト
    [a-string] 文字列
   *[other] 値
}の途中でテキストが終わっています
reason-token-newline = 改行
reason-token-key = キー
reason-token-value = 値
reason-token-digits = 数字
reason-token-letters = 英字
reason-token-numbers = 数値
reason-token-characters = 文字
reason-token-basic-string = 文字列
reason-token-literal-string = リテラル文字列
reason-token-multi-line-basic-string = 複数行の文字列
reason-token-printable-characters = 印字可能な文字
reason-token-unicode-hexadecimal-value = Unicode の 16 進数値
reason-token-non-single-quote-characters = 一重引用符以外の文字
reason-token-non-single-quote-visible-characters = 一重引用符以外の表示可能な文字
reason-token-non-double-quote-visible-characters = 二重引用符以外の表示可能な文字
reason-token-ident = 単語 (true、false、null)
reason-syntax-may-only-go-between-digits = 「_」は数字の間にだけ置けます
reason-syntax-cannot-recurse-further-max-recursion-depth-met = 入れ子が深すぎます
reason-syntax-carriage-return-must-be-followed-by-newline = CR の後には改行が必要です
reason-syntax-extra = 「=」が余分です
reason-syntax-extra-assignment-between-key-value-pairs = キーと値の組の間に余分な代入があります
reason-syntax-extra-comma-in-array = 配列にコンマが余分にあります
reason-syntax-extra-comma-in-inline-table = インライン テーブルにコンマが余分にあります
reason-syntax-integers-with-a-radix-cannot-be-signed = 基数付きの整数には符号を付けられません
reason-syntax-invalid-comment-character = コメントに使えない文字があります
reason-syntax-invalid-inline-table-element = インライン テーブルの要素が正しくありません
reason-syntax-invalid-key-value-pair = キーと値の組が正しくありません
reason-syntax-invalid-unquoted-key = 引用符なしのキーが正しくありません
reason-syntax-invalid-value = 値が正しくありません
reason-syntax-invalid-basic-string = 文字列を閉じる「"」がないか、文字列に使えない文字があります
reason-syntax-invalid-multi-line-basic-string = 複数行の文字列が正しくありません
reason-syntax-key-with-no-value = キーに値がありません
reason-syntax-keys-cannot-be-multi-line-basic-strings = キーに複数行の文字列は使えません
reason-syntax-keys-cannot-be-multi-line-literal-strings = キーに複数行のリテラル文字列は使えません
reason-syntax-missing-array-opening = 配列の開始がありません
reason-syntax-missing-assignment-between-key-value-pairs = キーと値の間に「=」がありません
reason-syntax-missing-comma-between-array-elements = 配列の要素の間にコンマがありません
reason-syntax-missing-comma-between-key-value-pairs = キーと値の組の間にコンマがありません
reason-syntax-missing-comment-start = コメントの開始がありません
reason-syntax-missing-escaped-value = エスケープの後に文字がありません
reason-syntax-missing-inline-table-opening = インライン テーブルの開始がありません
reason-syntax-missing-key-for-inline-table-element = インライン テーブルの要素にキーがありません
reason-syntax-missing-opening-quote = 開始の引用符がありません
reason-syntax-missing-table-open = テーブルの開始がありません
reason-syntax-missing-value-for-key = キーの値がありません
reason-syntax-missing-value = 値がありません
reason-syntax-radix-must-be-lowercase = 基数の記号は小文字で書いてください
reason-syntax-redundant-integer-number-prefix = 整数に余分な接頭辞があります
reason-syntax-redundant-numeric-sign = 数値に余分な符号があります
reason-syntax-string-values-must-be-quoted = 文字列の値は引用符で囲んでください
reason-syntax-too-few-unicode-value-digits = Unicode 値の桁数が足りません
reason-syntax-unclosed-array-table = テーブル配列のヘッダーが閉じていません
reason-syntax-unclosed-array = 配列が閉じていません
reason-syntax-unclosed-inline-table = インライン テーブルが閉じていません
reason-syntax-unclosed-table = テーブルのヘッダーが閉じていません
reason-syntax-unexpected-in-array = 配列の中に「=」があります
reason-syntax-unexpected-content-between-comment-and-newline = コメントと改行の間に想定外の内容があります
reason-syntax-unexpected-content = 想定外の内容があります
reason-syntax-unexpected-key-or-value = 想定外のキーまたは値があります
reason-syntax-unexpected-leading-zero = 先頭に 0 は置けません
reason-syntax-unexpected-sign = 想定外の符号があります
reason-syntax-unquoted-keys-cannot-be-empty = 引用符なしのキーは空にできません
reason-syntax-trailing-characters = 値の後にまだテキストがあります
reason-syntax-trailing-comma = 末尾にコンマが余分にあります
reason-syntax-key-must-be-a-string = キーは文字列にしてください
reason-syntax-invalid-escape = エスケープが正しくありません
reason-syntax-invalid-number = 数値が正しくありません
reason-syntax-number-out-of-range = 記録できる範囲を超える数値があります
reason-syntax-control-character-u0000-u001f-found-while-parsing-a-string = 文字列の中に制御文字があります
reason-syntax-invalid-unicode-code-point = Unicode のコード ポイントが正しくありません
reason-syntax-lone-leading-surrogate-in-hex-escape = \u エスケープがサロゲート ペアの片方だけです
reason-syntax-unexpected-end-of-hex-escape = \u エスケープが途中で終わっているか、サロゲート ペアの片方だけです
reason-syntax-recursion-limit-exceeded = 入れ子が深すぎます
file-error-at = 「{ $file }」の { $line } 行 { $column } 列: { $message }
file-error = 「{ $file }」: { $message }
reason-missing-field-in-admin = { $n } 番目の管理者 ([[admins]]) に必須の項目{ $field }がないため、追加してください
reason-missing-field-in-entry = [[{ $table }]] の { $n } 番目のエントリに必須の項目{ $field }がないため、追加してください
reason-syntax = { $format } の構文エラーで、{ $detail }
error-ids-exhausted = 台帳に使える要求 ID が残っていない (最大の { $max } は使用済みで、これより大きい ID は JavaScript や jq など JSON を読むツールで正しく扱えない) ため、新しい要求は別の台帳に登録してください
import-out-of-scope-commitment = 項目 response_target: サポート対象外 ({ $scope }) の要求には初期応答の目標がないため、response_target を none にして response_due を省くか、両方とも省いてください
error-report-over-database = 「{ $path }」は SQLite データベースまたはその関連ファイル (台帳かもしれません) で、レポートで上書きすることはないため、別のファイルを指定してください
error-report-not-a-file = 「--output」の値「{ $path }」は{ store-file-kind }で通常のファイルではないため (レポートはファイル全体を置き換えるので、ここには書き込みません)、ファイル名を指定するか、「--output」を省いて標準出力をリダイレクトしてください
error-name-blank-end = 名前の先頭か末尾にある空白を取り除いてください
error-name-empty = 名前が空のため、名前を指定してください
store-open-set-other = 未クローズの要求の集合が svcreq が最後に書いたものと異なり、未クローズの要求が削除されたか、要求が svcreq 以外でクローズまたは再オープンされています
store-request-set-other = 要求の集合が svcreq が最後に書いたものと異なり、svcreq 以外で要求が削除、追加、または番号を変更されています
import-due-not-filed = 列 response_due: { $given } は、svcreq がこの行に与える目標 ({ $target }) の期限 ({ $due }) と異なるため、記録時の availability と response_target を指定するか、response_due を省いて open と同じように決めさせてください
import-due-not-its-target = 列 response_due: { $given } は、{ $start } から数えた 24 時間体制の目標 { $target } の期限 ({ $due }) と異なります (24 時間体制の時間はカレンダーに左右されません)
import-due-beyond-bound = 列 { $field }: { $given } は、{ $start } から数えた目標 { $target } の期限になり得る最も遅い時刻 ({ $bound }: 現在の規則での { $latest } に、その後変わったカレンダーのための余裕 { $margin } を加えたもの) より後のため、日付を確認してください
store-why-seal-missing = 行にチェック値がありませんが、この台帳で svcreq はチェック値のない行を残していません
import-due-without-commitment = 列 response_due: response_target が none の行は応答を約束せず期限を持たないため、response_due を省くか、期限の基になった目標を指定してください
