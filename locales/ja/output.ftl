# svcreq: output (ja)

## 表と文に出す ID の名前 (ID そのものは変わらない)。

name-sla-breached = 違反
name-sla-at-risk = 違反間近
name-sla-pending = 応答待ち
name-sla-met = 達成
name-sla-withdrawn = 取り下げ
name-sla-no-target = 目標なし
name-status-open = 対応中
name-status-closed = クローズ済み
name-category-technical = テクニカル
name-category-presales = プレセールス
name-category-billing = 課金
name-service-exchange-online = Exchange Online
name-service-sharepoint-online = SharePoint Online
name-service-onedrive = OneDrive
name-service-teams = Teams
name-service-skype-for-business = Skype for Business
name-service-microsoft-365-apps = Microsoft 365 Apps
name-service-identity = ID とアクセス管理
name-service-other = その他
name-tier-business = ビジネス
name-tier-enterprise = エンタープライズ
name-tier-frontline = フロントライン
name-tier-elevated = 上級サポート
name-scope-in-scope = サポート対象
name-scope-customer-network = 自社ネットワーク
name-scope-third-party = サード パーティ
name-scope-scripting = スクリプト
name-scope-development = アプリケーション開発
name-scope-office-apps = Office アプリの使い方
name-scope-volume-licensing = ボリューム ライセンス
name-channel-online = オンライン
name-channel-phone = 電話
name-availability-24x7 = 24 時間 365 日
name-availability-business-hours = 営業時間
name-clock-24x7 = 24 時間 365 日
name-clock-business = 営業時間
name-response-next-day = 翌日
name-response-none = 目標なし
duration-hours = { $hours } 時間
duration-days-hours = { $hours ->
    [0] { $days } 日
   *[other] { $days } 日 { $hours } 時間
}
duration-hours-minutes = { $minutes ->
    [0] { $hours } 時間
   *[other] { $hours } 時間 { $minutes } 分
}
duration-minutes-seconds = { $seconds ->
    [0] { $minutes } 分
   *[other] { $minutes } 分 { $seconds } 秒
}
duration-seconds = { $seconds } 秒
cell-none = -
redacted-mark = [削除済み]
word-yes = はい
word-no = いいえ
weekday-mon = 月
weekday-tue = 火
weekday-wed = 水
weekday-thu = 木
weekday-fri = 金
weekday-sat = 土
weekday-sun = 日
time-local-long = { $date } ({ $weekday }) { $time }

## 表の見出し。

header-id = ID
header-tenant = テナント
header-sev = 重大度
header-status = 状態
header-sla = SLA
header-due-local = 応答期限 (現地時刻)
header-reopen-until-local = 再開の期限 (現地時刻)
header-title = 件名
header-left = 残り/経過
header-field = 項目
header-value = 値
header-when-local = 日時 (現地時刻)
header-actor = 実行者
header-event = イベント
header-detail = 詳細
name-event-opened = 作成
name-event-responded = 初期応答
name-event-closed = クローズ
name-event-reopened = 再開
name-event-corrected = 訂正
name-event-redacted = 削除 (個人データ)
name-event-severity-changed = 重大度の変更
name-event-updated = 更新
name-event-note = メモ
name-event-note-microsoft = Microsoft からのメモ
name-event-note-admin = 管理者のメモ
name-source-manual = 手動で指定
name-source-classified = 自動判定
name-source-microsoft = Microsoft による割り当て
name-contact-email = メール
name-contact-phone = 電話
# 他の列が言わないこと (種類、応答サイクル) を先頭に置いた件名。
title-labelled = ({ $label }) { $title }

## show

field-id = ID
field-title = 件名
field-tenant = テナント
field-category = 種類
field-service = サービス
field-severity = 重大度
field-scope = サポート範囲
field-plan-tier = サポート レベル (プラン)
field-channel = 問い合わせ方法
field-status = 状態
field-opened = 作成日時
field-response-target = 初期応答の目標
field-cycle-started = 応答サイクルの開始
field-response-due = 応答期限
field-first-response = 初期応答
field-closed = クローズ日時
field-reopened = 再開の回数
field-reopen-deadline = 再開の期限
field-case-number = ケース番号
field-contact = 連絡先
field-available-24x7 = 24 時間 365 日連絡可能
field-engineer = エンジニア
field-owner = 社内担当者
field-incidents = インシデント
field-resolution = 解決内容
field-due-because = 期限の根拠
show-severity-source = { $severity } ({ $source })
show-opened-by = { $at } ({ $by })
show-response-target = { $clock_id ->
    [business] { $target } (営業時間で計測、{ $availability }受付)
    [counted] { $target }
    [wall] { $target } (24 時間 365 日で計測、{ $availability }受付)
   *[implied] { $target } ({ $availability }受付)
}
show-due-retargeted = { $due } ({ $at } に再計算)
show-reopened-times = { $count ->
        [0] なし
       *[other] { $count } 回
    }
show-note-tier-changed = 注: テナント「{ $tenant }」のサポート レベルは現在 { $current } ですが、このサービス要求は作成時の { $filed } のままです
show-description = 説明
show-history = 履歴
date-with-weekday = { $date } ({ $weekday })
time-span = { $open }～{ $close }
weekday-separator = ・
weekday-range = { $from }～{ $to }
list-separator = 、
# 名詞 2 つの並び (「回避策と業務への重大な影響」)。3 つ以上は list-separator。
list-pair-separator = と
list-separator-strong = 。
choice-quoted = 「{ $value }」
# 入力できる値 (引用済み) から 1 つを選ぶ言い方: 2 つならどちらか、3 つ以上ならいずれか。
choice-one-of = { $count ->
    [1] { $items }
    [2] { $first }と{ $last }のどちらか
   *[other] { $items }のいずれか
}
header-plan = プラン
header-tier = サポート レベル
header-time-zone = タイム ゾーン
header-business-hours = 営業時間
tenants-target = { $response }{ $mark }
tenants-default = { $tenant } (既定)
tenants-targets-by-tier = サポート レベルごとの初期応答の目標

## rules

header-severity = 重大度
header-selected-by = 適用条件
rules-business-clock = {" "}(営業時間で計測)
rules-no-commitment = 目標なし
rules-target = { $implied ->
    [yes] { $response }{ $clock }
   *[no] { $response } ({ $availability }受付){ $clock }
}
rules-source-embedded = 組み込みの既定ルール
rules-source-file-of = 「{ $path }」の rules_file
rules-targets-heading = 初期応答の目標 ({ $source })
rules-by-plans = プラン: { $plans }
rules-by-support-options = サポート オプション: { $options }
rules-holidays = 、特別休業日 { $holidays }
rules-target-cell = { $response }{ $clock }{ $mark }
# 目標の表の下: 受付時間は一度だけ言い、もう一方の受付のセルに印を付ける。
targets-intake-all = 受付: すべて{ $common }。
targets-intake-note = *: { $marked }受付 (印のないものは { $common }受付)
# テナントの表の下: すべてのテナントで同じ営業時間は一度だけ言う。
tenants-hours-all = 営業時間 (すべてのテナント): { $hours }
rules-summary =
    プレセールス: { $presales }
    課金: { $billing }
    営業時間 ({ $tenant }、{ $zone }): { $hours }{ $holidays }
    再開できる期間: クローズから { $reopen_window } (管理センターから送信した要求のみ)
    違反間近: 初期応答の目標の残りが { $at_risk_share ->
        [yes] { $at_risk } 以下
       *[no] { $at_risk }以下
    }
rules-next-day-end = 現地の暦で翌日の 23:59:59
rules-next-day-24h = 計測開始から 24 時間後
rules-next-day-business = 次の営業日の終業時刻
rules-next-day = 翌日: next_day = "{ $reading }" ({ $meaning })
rules-from-description = サービスの説明から:
rules-check-ok = 「{ $path }」: 問題ありません (サポート レベル { $tiers } 種類、プラン { $plans } 種類、再開できる期間 { $reopen_window })
rules-check-needs-file = 「--check」にはファイルを指定してください
rules-file = ルール ファイル
# 目標の見出しに出す、使われているルール ファイル。
rules-source-rules-file = ルール ファイル「{ $path }」

## レポートのグラフ (SPEC 9)

chart-unavailable = グラフを表示できません
chart-no-answered-cycle = 目標があり応答済みのサイクルはありません
chart-no-cycle-started = この期間に開始した応答サイクルはありません
chart-no-case-open = 期間の終わりに対応中のサービス要求はありません
chart-target = 目標
chart-median = 中央値
chart-p90 = 90 パーセンタイル
chart-met = 達成
chart-breached = 違反
chart-other = その他

## report (SPEC 9): Markdown のレビュー

report-title = サービス要求のレビュー: { $period }
report-period = { $sections ->
    [0] 期間: { $from }～{ $to } (両日を含む)、{ $at } 時点で評価
   *[other] 期間: { $from }～{ $to } (両日を含む)
}
report-about = 件数は「svcreq sla --all」と同じ基準で、期間中に開始した応答サイクル (再開後のサイクルも 1 件) を数えています。時刻は各テナントの現地時刻で、状態は期間の終わり (それが現在より後なら現在) の時点のものです。応答時間はサイクルの開始から Microsoft の初期応答までの時間で、応答済みのサイクルについて中央値と 90 パーセンタイルを、各サイクル自身の目標に対する割合とともに示します。対応中のサービス要求は、現在のサイクルの経過時間別に示します。
report-no-tenant = レポートするテナントがありません。
report-tenant-heading = { $tenant } ({ $zone }、{ $as_of } 時点)
report-nothing = この期間に開始した応答サイクルはなく、対応中のサービス要求もありません。
report-no-severity = { $category } (重大度なし)
report-all = 合計
report-open-by-age = 経過時間別の対応中のサービス要求:
report-age-under-1-day = 1 日未満
report-age-1-3-days = 1～3 日
report-age-3-7-days = 3～7 日
report-age-7-30-days = 7～30 日
report-age-30-days-or-more = 30 日以上
report-trend-by-week = ISO 週 (サイクルの開始週) ごとの達成と違反:
report-trend-by-month = 月 (サイクルの開始月) ごとの達成と違反:
report-no-breaches = 違反はありません。
report-breaches = 違反: { $total } 件{ $latest }。
report-breaches-latest = (最新の { $shown } 件を表示)
report-none = なし
report-closed-unanswered = なし ({ $at } にクローズ)
report-col-severity = 重大度
report-col-target = 目標
report-col-cycles = サイクル
report-col-met = 達成
report-col-breached = 違反
report-col-at-risk = 違反間近
report-col-pending = 応答待ち
report-col-withdrawn = 取り下げ
report-col-no-target = 目標なし
report-col-answered = 応答済み
report-col-median-response = 応答の中央値
report-col-p90-response = 応答の 90 パーセンタイル
report-col-reopens = 再開
report-col-resolved = 解決
report-col-median-resolution = 解決の中央値
report-col-open = 対応中
report-col-week = 週 (月曜日)
report-col-month = 月
report-col-other = その他
report-col-request = サービス要求
report-col-cycle = サイクル
report-col-title = 件名
report-col-started = 開始
report-col-due = 期限
report-col-first-response = 初期応答
report-col-late-by = 遅延
report-col-tenant = テナント
report-col-met-on-time = 期限内の達成率
report-col-median-first-response = 初期応答の中央値
report-col-p90 = 90 パーセンタイル
report-month-name = { $month } 月
report-month-title = { $year } 年 { report-month-name }
report-month-short = { $year } 年 { $month } 月
report-period-title = { $from }～{ $to }
chart-age = { $bucket ->
    [0] 1 日未満
    [1] 1～3 日
    [2] 3～7 日
    [3] 7～30 日
   *[4] 30 日以上
}
chart-no-target = 目標なし
chart-none-answered = 応答なし
duration-minutes = { $minutes } 分
report-html-subtitle = { $tenants ->
    [0] { $from }～{ $to } (両日を含む)、{ $at } 時点で評価、テナントなし
   *[other] { $from }～{ $to } (両日を含む)、テナント { $tenants } 件
}
report-html-written-by = svcreq が作成しました。
report-html-all-tenants = すべてのテナント
report-html-tenant-times = 時刻は { $zone }、状態は { $as_of } 時点
report-html-breaches = 違反
report-html-breaches-count = { $total } 件{ $latest }
report-card-cycles = 開始した応答サイクル
report-card-met-on-time = 期限内の達成率 (達成 + 違反のうち)
report-card-breached = 違反
report-card-median-response = 初期応答の中央値
report-card-open = 期間末に対応中
report-figure-response = 重大度ごとの初期応答までの時間と目標の比較 (中央値と 90 パーセンタイル、各サイクルの目標に対する %)
report-figure-trend-by-week = ISO 週 (サイクルの開始週) ごとの達成と違反
report-figure-trend-by-month = 月 (サイクルの開始月) ごとの達成と違反
report-figure-open-by-age = 現在のサイクルの経過日数ごとの対応中のサービス要求

## 文中の単位、営業日カレンダー

unit-days = { $n } 日
unit-hours = { $n } 時間
unit-minutes = { $n } 分
unit-seconds = { $n } 秒
unit-percent = { $n } %
unit-business-hours = 営業時間で { $n } 時間
unit-business-minutes = 営業時間で { $n } 分
unit-business-seconds = 営業時間で { $n } 秒
name-event-first-response = 初期応答
header-date = 日付
header-day = 曜日
header-business-window = 営業時間帯 (現地時刻)
calendar-holiday = 特別休業日
calendar-window-over = 時間帯は終了済み
calendar-heading = テナント「{ $tenant }」({ $zone }) の { $from } からの営業時間帯 { $count } 件 ({ $days } 日間、うち休業日 { $off } 日)
calendar-day-off = 休業日
rules-footnote = 脚注 { $n }:
