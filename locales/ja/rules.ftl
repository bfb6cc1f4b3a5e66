# svcreq: rules (ja)

## 期限の求め方 (SPEC 1.4): `sla --explain`、`show`。

explain-label-severity = 重大度 { $severity }、サポート レベル: { $tier }
explain-label-severity-kept-breached = 重大度 { $severity } ({ $at } に { $current } に変わりましたが、その前に期限を過ぎており起きた違反は取り消されません)、サポート レベル: { $tier }
explain-label-severity-kept-answered = 重大度 { $severity } ({ $at } に { $current } に変わりましたが、このサイクルはその前に応答済みまたは終了済みで目標は変わりません)、サポート レベル: { $tier }
explain-label-category = { $category }の要求
explain-head = { $label } ({ $availability }受付)
explain-none = { $head }。初期応答の目標はありません
explain-next-day-end = { $date } 開始
explain-next-day-24h = { $start } 開始
explain-next-day-business = { $date } 開始
explain-next-day = { $head }。初期応答の目標は翌日 ({ $reading ->
    [end-of-next-day] 23:59:59 まで
    [end-of-next-business-day] 次の営業日の終業まで
   *[other] 開始から 24 時間以内
}) です。{ $how }、期限は { $due } です
explain-next-day-no-due = { $head }。初期応答の目標は翌日 ({ $reading ->
    [end-of-next-day] 23:59:59 まで
    [end-of-next-business-day] 次の営業日の終業まで
   *[other] 開始から 24 時間以内
}) ですが、期限を決められる日がありません
explain-wall = { $clock_id ->
    [wall] { $head }。初期応答の目標は { $duration } (24 時間 365 日で計測) です。{ $start } 開始、期限は { $due } です
   *[implied] { $head }。初期応答の目標は { $duration }です。{ $start } 開始、期限は { $due } です
}
explain-window = { $date } { $open }～{ $close } ({ $duration })
explain-business-none = { $head }。初期応答の目標は{ $duration }ですが、今後 10 年間に営業時間がないため、期限はありません
explain-holiday = { $count ->
   *[other] 特別休業日
} ({ $date })
explain-day-off = { $count ->
   *[other] 休業日
} ({ $date })
explain-business = { $head }。初期応答の目標は{ $duration }です ({ $zone }、{ $hours }{ $minus })。数えた時間帯は { $windows } です
explain-minus-holidays = 、特別休業日を除く
explain-skipped-nights = 夜間 ({ $nights } 回)
explain-skipped = 。{ $what } は数えていません
explain-due = { $line }。期限は { $due } です
explain-changed-since = 期限は目標を設定した時点で記録された { $recorded } で、その後カレンダーまたはルールが変わっており、今日の設定では次のとおりです: { $line }
explain-recorded-no-due = 期限なし

## 判定 (SPEC 1.1-1.3): 根拠、問い合わせ先、拒否。

rationale-line = { $fact }: { $value } ({ $why })
rationale-phrase = 語句「{ $phrase }」
rationale-flag = オプション「{ $flag }」
rationale-assumed = 推定
rationale-corpus = ラベル付きコーパスの読み: { $phrases }
rationale-corpus-phrase = 「{ $phrase }」
rationale-column = 項目「{ $column }」
name-fact-service_state = サービスの状態
name-fact-affected = 影響を受けるユーザー
name-fact-workaround = 回避策
name-fact-business_critical = 業務への重大な影響
name-fact-category = 種類
name-fact-service = サービス
name-fact-scope = サポート範囲
name-value-down = 停止
name-value-degraded = 一部に不具合
name-value-working = 使用可能
name-value-single = 1 人
name-value-multiple = 複数
name-value-all = 全員
name-value-true = あり
name-value-false = なし
# 回避策が管理者の別の手段 (PowerShell など) だけのとき。ユーザーの回避策ではない (SPEC 1.3)。
name-value-admin-only = 管理ツールでのみ可能
referral-customer-network = 自社のネットワーク チーム、または Microsoft のネットワーク サポート
referral-third-party = Microsoft コミュニティ (answers.microsoft.com)
referral-scripting = Microsoft の一般的なヘルプ サイト (support.microsoft.com)
referral-development = Microsoft の開発者向けドキュメント、コミュニティ フォーラム、Premier またはパートナーのサポート
referral-office-apps = Office 365 サブスクライバー向けの Microsoft Office アプリケーションの問題のサポート オプション (support.office.com)
referral-volume-licensing = ボリューム ライセンス サービス センター (ライセンスとプロダクト キー: microsoft.com/licensing/servicecenter)
refusal-out-of-scope = このサービス要求はサポート対象外なので ({ $scope }: { $why })、代わりの窓口「{ $referral }」に問い合わせるか、それでも記録するには「--force」を付けてください
refusal-no-severity = 「--severity」は種類が「テクニカル」の要求にだけ指定でき、種類が「{ $category }」の要求には重大度がありません
refusal-fact-flag-no-severity = 「{ $flag }」は重大度を判定する影響を表しますが、種類が「{ $category }」の要求には重大度がないため、「{ $flag }」を省いてください
refusal-fact-flag-severity-given = 「{ $flag }」は重大度を判定する影響を表しますが、「--severity { $severity }」で重大度がすでに決まっているため、どちらか一方だけを指定してください
note-business = ビジネス プランには、重大でないすべての問題に対する営業時間のサポートと、Microsoft からの 24 時間 365 日の電話サポートが含まれます。
note-enterprise = エンタープライズ プランには、すべての問題に対する Microsoft からの 24 時間 365 日の電話サポートが含まれます。
note-around-the-clock = 通話とサービス要求は、ほとんどの国と地域で 24 時間、週 7 日処理されます。
note-language = 場所と言語に応じて、サポート エンジニアはほとんどの地域の営業時間中 (場合によっては 24 時間) 対応します。追加の翻訳支援が必要な場合は、翻訳者が通話に参加できるよう手配できます。
note-plans = エンタープライズ列の「Office 365」(プラン名なし) は教育機関向け Office 365 (a1、a3、a5)、政府機関 G2 は gov-g2 です。有料スタンドアロン プラン (standalone) はエンタープライズ ファミリと同じサポートを受けます。
note-elevated = 上級サポート オプション (大企業向けの Premier または Unified、米国、カナダ、英国の小規模企業向けの Professional Direct) では応答時間が短くなります。設定でテナントの国を指定すると、その国で使えないオプションには警告が出ます。
note-revision = 2021 年 6 月のサービスの説明の改訂では、Business Premium がビジネス列に入り、エンタープライズ、フロントライン、政府機関、教育機関が同じ目標の 1 つの列にまとめられています。プラン ID (「--plan」に指定する値) はこの改訂で変わりません。

## 要求の履歴: 英語で保存し、読む人の言語で表示する (SPEC 10)

history-severity-classified = 重大度 { $severity } ({ name-source-classified })。{ $why }
history-severity-set = 重大度 { $severity } ({ name-source-manual })
history-no-severity = 種類が「{ $category }」の要求 (重大度なし)
history-forced = { $basis }。サポート対象外 ({ $scope }) ですが「--force」で記録しました。初期応答の目標はありません
history-with-note = { $detail }。メモ: 「{ $note }」
history-corrected-response = 初期応答の日時を { $from } から { $to } に訂正。SLA: { $state }
history-responded = SLA: { $state }
history-corrected-close = クローズ日時を { $from } から { $to } に訂正。SLA: { $state }
history-closed = SLA: { $state }
history-closed-with-resolution = { $detail }。解決内容: 「{ $resolution }」
history-reopened = { $count } 回目。新しい応答サイクル
history-reopened-with-reason = { $detail }。理由: 「{ $reason }」
history-severity-change = 。重大度を { $from } から { $to } に変更
history-target = 。初期応答の目標は{ $response }です
history-target-none = 。初期応答の目標はありません
history-due = 。期限は { $due } です
history-reason = 。理由: 「{ $reason }」
history-redacted = 対象: { $what }
history-opened = { $basis }。サポート レベル: { $tier } ({ $plan })、{ $availability }受付{ $target }
history-field-change = { $field }を「{ $from }」から「{ $to }」に変更
history-field-changed = { $field }を変更
history-separator = 。
history-reason-alone = 理由: 「{ $reason }」
history-field-set = { $field }を「{ $to }」に設定
history-field-cleared = { $field }「{ $from }」を削除
history-severity-changed = 重大度を { $from } から { $to } に変更
history-severity-now = 重大度を { $to } に設定
history-severity-removed = 重大度 { $from } を削除
history-severity-same = 重大度は変わりません
history-severity-by = {" "}({ $source })
history-retarget = 初期応答の目標は{ $response }です
history-retarget-none = 初期応答の目標はありません
history-retarget-no-due = 応答期限はありません
history-retarget-due = 。期限は { $due } です
history-retarget-due-alone = 応答期限は { $due } です
history-retarget-from = {" "}({ $start } に再計算)
history-retarget-start = 応答サイクルの開始: { $start }
# 再開の目標: 重大度の変更と同じく、文を改めて言う。
history-target-sentence = 。初期応答の目標は{ $response }です
history-target-none-sentence = 。初期応答の目標はありません
name-field-tenant = テナント
name-field-plan = プラン
name-field-tier = サポート レベル
name-field-timezone = タイム ゾーン
name-field-category = 種類
name-field-severity = 重大度
name-field-severity_source = 重大度の指定元
name-field-availability = 受付時間
name-field-response_target = 初期応答の目標
name-field-response_clock = 計測方法
name-field-response_due = 応答期限
name-field-target_started_at = 目標の計測開始
name-field-title = 件名
name-field-description = 説明
name-field-service = サービス
name-field-case_number = ケース番号
name-field-contact = 連絡先
name-field-contact_method = 連絡方法
name-field-available_24x7 = 24 時間 365 日の連絡可否
name-field-engineer = エンジニア
name-field-owner = 社内担当者
name-field-incidents = インシデント
name-field-first_response_at = 初期応答
name-field-closed_at = クローズ日時
name-field-notes = メモ
name-field-resolution = 解決内容
name-field-status = 状態
name-field-reopen_count = 再開の回数
name-field-cycle_started_at = 応答サイクルの開始
