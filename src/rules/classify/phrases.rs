//! The classifier's vocabulary as data: English and Japanese phrases and the facts, category,
//! service and scope they indicate (SPEC 1.1–1.3, 5), and the cues that negate them.

use crate::rules::facts::{Affected, Scope, Service, ServiceState};

/// What a phrase says when it occurs (not negated) in a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fx {
    /// The service is down, degraded, or working (a question / how-to).
    State(ServiceState),
    /// An action ("access", "サインイン") that, when the text says it cannot be done,
    /// puts the service in this state ("cannot access" → down).
    FailsIfNegated(ServiceState),
    /// An action whose failure means people cannot work ("nobody in the branch can work"):
    /// negated, business is critically affected.
    CriticalIfNegated,
    /// How many users are affected.
    Affected(Affected),
    /// A universal quantifier ("entire", "all our", "none of the"); followed within three
    /// words by a group noun ([`GROUP_NOUNS`]: "entire head office") it means all users.
    Universal,
    /// A negated universal quantifier ("not the entire office"): some of them.
    NotUniversal,
    /// Not all of them ("not everyone", "全員ではない", everyone denied): some users, unless a
    /// count stated in the text says how many ("not all users … only one mailbox" is one).
    NotAll,
    /// A service-wide outage word: all users are affected unless the text states a number.
    ImpliesAll,
    /// The word "workaround" or another generic alternative.
    Workaround,
    /// The text says the user has no workaround ("no workaround", "回避策はありません").
    NoWorkaround,
    /// A way the affected *user* can still work (Outlook on the web, another device).
    UserWorkaround,
    /// A personal item (contacts, signature) the user can also manage from another client:
    /// a workaround is implied unless the text says there is none.
    MinorItem,
    /// Another admin tool (PowerShell, an admin center). An admin alternative is not a user
    /// workaround (SPEC 1.3), so it cancels the generic workaround phrases.
    AdminTool,
    /// Production, revenue or a deadline at stake (true), or explicitly not (false).
    Critical(bool),
    /// Evidence for a presales request, with its weight.
    Presales(u8),
    /// Evidence for a billing request, with its weight.
    Billing(u8),
    /// A billing action (add, remove, buy); with [`Fx::LicenseObject`] in the same sentence
    /// it is a billing request ("add 25 more E3 licenses").
    BillingAction,
    /// Licences or seats as a quantity that can be bought or removed.
    LicenseObject,
    /// The service a request is about, with its weight.
    Service(Service, u8),
    /// A sign the request is outside the support boundary.
    Scope(Scope),
    /// A sign that this out-of-scope cause was ruled out ("even from home", "safe mode").
    RulesOut(Scope),
    /// A number word ("two"); followed by a unit ("two users") it states how many.
    Count(u32),
    /// A fault stated as an outright failure ("is failing", "broken", "失敗"): when it
    /// strikes everyone and nothing says it is partial, the service is unusable (down).
    Outright,
    /// A fault that is partial by nature ("slow", "intermittent", "sometimes"): it keeps
    /// [`Fx::Outright`] from meaning down.
    Partial,
    /// A generic fault word ("issue", "problem", "トラブル"): the service is degraded unless
    /// the text is otherwise only a question ("Problem: users don't know how to ...").
    WeakFault,
    /// "everyone in", "anyone in": everyone of what follows, which is everyone only when it
    /// is the whole organisation ("everyone in the company"); a named part ("everyone in
    /// payroll", "anyone in the AP team") is several users.
    EveryoneIn,
    /// A part of a service rather than the service (an add-in, a macro, a rule, a
    /// notification): when it is what cannot be done in its clause, the service is still
    /// usable, so the failure is a fault (degraded), not an outage.
    Part,
    /// What the affected user can still do ("she can use the web app", "I can do it from
    /// the Explorer view", "ブラウザからはアップロードできます"): said after a fault, the user's
    /// workaround. A Japanese form counts only after a contrast ("〜が、") and an alternative
    /// ("〜では", "〜から"), and not when it is other users who can.
    Able,
    /// "is fine", "works fine": after the fault, an alternative way or client said to be
    /// fine ("uploading via the Upload button is fine") is the workaround; other people said
    /// to be fine ("the other users are fine") say who is affected instead.
    Fine,
    /// Someone affected ("she can", "he's", "they are still able to"): followed by a way of
    /// doing the work ("use", "using", "set it") after the fault, the user's workaround (see
    /// `ABLE_VERBS` in `mod.rs`), unless a purpose or condition comes first ("so she can").
    AbleSubject,
    /// "open": when the text says it cannot be done, the service is down if what cannot be
    /// opened is the service, a site, a mailbox or an app ("can't open in Outlook or on the
    /// web", "cannot open the contracts site"), else degraded ("can't open attachments").
    Opens,
    /// The failure of [`Fx::Opens`] (not a phrase of the table: what a negated "open" says).
    OpenFailed,
    /// Evidence that a request is technical work rather than presales or billing, with its
    /// weight ("deployment", "update channel": comparing channels is not comparing plans).
    Technical(u8),
    /// The service itself, or the rest of it, still works ("Outlook 自体は普通に使えています",
    /// "internal sharing works", "everything else is fine"): what fails is a part of it, so
    /// the service is impaired (degraded), not unusable.
    RestWorks,
    /// Exactly one person or device is stated as affected ("only him", "営業部の1名で",
    /// "on one laptop"): one person of a named group is one person, not the group.
    OnlyOne,
    /// The fault covers every object or client ("any file", "on every machine", "browser and
    /// sync client alike", "ファイルがすべて"): for several users an outright failure of all of
    /// it leaves the service unusable, as an outright failure for everyone does.
    Everything,
    /// Work at a standstill ("stalled", "at a standstill", "止まっています"): business-critical
    /// when its sentence names the work, production or orders that stand still.
    Stalled,
    /// Another client, device or way said to work for the user ("desktop is fine", "web版では
    /// 問題ありません"): with [`Fx::UserWorkaround`], the service is still usable for them.
    Alternative,
    /// The Outlook program ("Outlook", "Outlook desktop"): it names Exchange Online, whose
    /// mail it shows, unless the text says the program itself fails ([`Fx::ClientFault`]):
    /// the desktop app is one of the Microsoft 365 Apps.
    OutlookApp,
    /// A fault of a client program itself ("crashes", "won't start", "hangs", "起動しない",
    /// "固まる", "セーフモード"): with [`Fx::OutlookApp`], the request is about Microsoft 365 Apps.
    ClientFault,
    /// Asking Microsoft to debug or review the customer's own code ("how should we debug our
    /// manifest", "コードのどこが悪いか見ていただけますか"): the fault is being troubleshot,
    /// not a question of how to build.
    Debug,
    /// The request can wait ("no rush", "not a big deal", "急ぎません", "困ってはいません"):
    /// nothing at stake, and for one user who names another way of working anywhere in the
    /// text ("She's been using desktop, no urgency"), that way is their workaround.
    Unhurried,
    /// Asking whether what is seen is by design ("Is that expected on E3?", "仕様でしょうか"):
    /// a fault described only to ask about it is a question (working), unless it is an outage.
    AsksIfExpected,
    /// A whole flow that reaches nobody ("nothing reaches reception at any of the 14
    /// practices", "no calls at all", mail "to any external domain" not delivered, "一切着信
    /// しません"): down for everyone it serves, whatever else still works (SPEC 1.3's
    /// widespread failure to send); several users at least when no phrase says how many.
    ReachesNobody,
    /// People from outside the organisation ("guests", "external users", "取引先", "協力会社"):
    /// refused what was shared with them, with nothing at stake, they meet a fault of the
    /// sharing while the service works for the organisation's own users (degraded).
    Outsiders,
    /// No meaning: shadows shorter phrases inside it ("download" hides "down").
    Mask,
}

/// The phrase groups, read when `compile.rs` compiles them into `compiled.rs` (the table
/// the classifier uses at run time) and by the test that keeps the two in step.
#[cfg(test)]
pub use table::{COMBOS, RULES};

#[cfg(test)]
mod table {
    use super::Fx;
    use crate::rules::facts::{Affected, Scope, Service, ServiceState};
    use Fx::*;

    const DOWN: Fx = State(ServiceState::Down);
    const DEGRADED: Fx = State(ServiceState::Degraded);
    const WORKING: Fx = State(ServiceState::Working);
    const CANNOT_DOWN: Fx = FailsIfNegated(ServiceState::Down);
    const ALL: Fx = Affected(Affected::All);
    const MULTIPLE: Fx = Affected(Affected::Multiple);
    const SINGLE: Fx = Affected(Affected::Single);
    const CRITICAL: Fx = Critical(true);
    const NOT_CRITICAL: Fx = Critical(false);
    const EXO: Service = Service::ExchangeOnline;
    const SPO: Service = Service::SharepointOnline;
    const ODB: Service = Service::Onedrive;
    const TEAMS: Service = Service::Teams;
    const SFB: Service = Service::SkypeForBusiness;
    const APPS: Service = Service::Microsoft365Apps;
    const IDENTITY: Service = Service::Identity;
    const NETWORK: Fx = Scope(Scope::CustomerNetwork);
    const THIRD_PARTY: Fx = Scope(Scope::ThirdParty);
    const SCRIPTING: Fx = Scope(Scope::Scripting);
    const DEVELOPMENT: Fx = Scope(Scope::Development);
    const OFFICE_APPS: Fx = Scope(Scope::OfficeApps);
    const VOLUME_LICENSING: Fx = Scope(Scope::VolumeLicensing);

    /// Phrase groups: every phrase in a group has the group's effects.
///
/// Phrases are written naturally; they go through the same normalisation as request text
/// (NFKC, lower case, hyphens as spaces, no spaces next to Japanese, a word-final katakana
/// "ー" dropped), so "sign-in" also matches "sign in" and "ユーザー" also matches "ユーザ".
/// English phrases match whole words only; Japanese phrases match as substrings, except that
/// one starting with katakana starts a katakana word ("レジ" is not in "クレジット"). Within one
/// dimension (facts, category, service, scope) overlapping phrases resolve to the one starting
/// first, and of those the longest, so a longer phrase (or a [`Fx::Mask`]) hides the shorter
/// phrase inside it.
#[rustfmt::skip]
pub const RULES: &[(&[Fx], &[&str])] = &[
    // ---------------------------------------------------------------- service state: down
    (
        &[DOWN, IMPLIES_ALL],
        &[
            "down", "outage", "outages", "service unavailable", "503", "tenant wide outage",
            "ダウン", "サービス停止", "サービス障害", "システム障害", "全面停止",
        ],
    ),
    (
        &[DOWN, ALL],
        &[
            "widespread failure", "widespread outage", "widespread issue", "widespread problem",
            "widespread issues", "widespread problems", "nothing works", "widespread", "広範囲の不具合",
            "広範囲の障害", "広範囲にわたる不具合", "広範囲にわたる障害", "大規模な障害", "大規模障害",
        ],
    ),
    (
        &[DOWN],
        &[
            "unavailable", "inaccessible", "unreachable", "unusable", "stopped working",
            "stopped", "has stopped", "http 500", "http 502", "http 503", "error 500",
            "500 error", "502", "bad gateway", "internal server error", "complete outage",
            "locked out", "account locked", "accounts locked", "has been locked",
            "have been locked", "trying to connect", "404", "http 404", "ロックアウト", "ロックされ",
            "completely broken", "totally broken", "not working at all", "doesn't work at all",
            "does not work at all", "won't start", "will not start", "won't launch",
            "crashes on startup", "crashes at startup", "crashes on launch", "mail flow stopped",
            "mail flow is stopped", "mail flow is completely stopped", "mail is not flowing",
            "not flowing", "no mail flow", "can't use", "cant use", "cannot use", "can not use",
            "unable to use", "not able to use", "can no longer use", "no longer able to use",
            "障害", "つながらない", "繋がらない", "つながりません", "繋がりません", "届かない", "届きません", "届いていない", "届いていません",
            "使えない", "使えません", "使えなく", "使用不可", "利用不可", "アクセス不可", "落ちている", "落ちています", "停止している",
            "停止しています", "応答しない", "応答がない", "応答しません",
        ],
    ),
    // Actions whose failure makes the service unusable for those affected.
    (
        &[CANNOT_DOWN],
        &[
            "access", "accessing", "accessible", "sign in", "signing in", "log in", "logging in",
            "login", "log on", "logon", "log into", "login to", "sign into", "log onto",
            "authenticate", "connect", "connecting", "reach", "arrive", "arriving", "send",
            "sending", "receive", "receiving", "recieve", "recieving", "send or receive",
            "send and receive", "send/receive", "send or recieve", "join", "joining",
            "make calls", "make or receive", "make any calls", "place calls", "email", "e mail",
            "do email", "get email", "get emails", "get mail", "gets email", "gets emails", "gets mail",
            "gets any mail", "gets any email", "receives", "receives mail", "receives email", "sends",
            "load", "loading", "launch",
            "start", "open outlook", "open teams", "open onedrive", "open sharepoint",
            "open the site", "open the intranet", "open the portal", "open their mailbox",
            "open their mailboxes", "open any", "open the sharepoint", "open sharepoint online",
            "open the company intranet", "open our intranet", "open the company portal", "delivered", "schedule", "scheduled", "joined",
            "received", "reached", "アクセス", "接続", "サインイン", "ログイン", "ログオン", "認証", "送受信", "受信", "送信", "参加", "通話",
            "起動", "利用", "使用", "閲覧",
        ],
    ),
    // Japanese potential forms that already say the action cannot be done.
    (
        &[DOWN],
        &[
            "サイトを開けない", "サイトを開けません", "サイトを開けず", "サイトを開けなく", "サイトを開かない", "サイトを開きません", "サイトを開かなく",
            "サイトが開けない", "サイトが開けません", "サイトが開けず", "サイトが開けなく", "サイトが開かない", "サイトが開きません", "サイトが開かなく",
            "ポータルを開けない", "ポータルを開けません", "ポータルを開けず", "ポータルを開けなく", "ポータルを開かない", "ポータルを開きません",
            "ポータルを開かなく", "ポータルが開けない", "ポータルが開けません", "ポータルが開けず", "ポータルが開けなく", "ポータルが開かない",
            "ポータルが開きません", "ポータルが開かなく", "onedriveを開けない", "onedriveを開けません", "onedriveを開けず",
            "onedriveを開けなく", "onedriveを開かない", "onedriveを開きません", "onedriveを開かなく", "onedriveが開けない",
            "onedriveが開けません", "onedriveが開けず", "onedriveが開けなく", "onedriveが開かない", "onedriveが開きません",
            "onedriveが開かなく", "outlookを開けない", "outlookを開けません", "outlookを開けず", "outlookを開けなく",
            "outlookを開かない", "outlookを開きません", "outlookを開かなく", "outlookが開けない", "outlookが開けません",
            "outlookが開けず", "outlookが開けなく", "outlookが開かない", "outlookが開きません", "outlookが開かなく",
            "teamsを開けない", "teamsを開けません", "teamsを開けず", "teamsを開けなく", "teamsを開かない", "teamsを開きません",
            "teamsを開かなく", "teamsが開けない", "teamsが開けません", "teamsが開けず", "teamsが開けなく", "teamsが開かない",
            "teamsが開きません", "teamsが開かなく", "sharepointを開けない", "sharepointを開けません", "sharepointを開けず",
            "sharepointを開けなく", "sharepointを開かない", "sharepointを開きません", "sharepointを開かなく",
            "sharepointが開けない", "sharepointが開けません", "sharepointが開けず", "sharepointが開けなく",
            "sharepointが開かない", "sharepointが開きません", "sharepointが開かなく", "メールボックスを開けない",
            "メールボックスを開けません", "メールボックスを開けず", "メールボックスを開けなく", "メールボックスを開かない", "メールボックスを開きません",
            "メールボックスを開かなく", "メールボックスが開けない", "メールボックスが開けません", "メールボックスが開けず", "メールボックスが開けなく",
            "メールボックスが開かない", "メールボックスが開きません", "メールボックスが開かなく", "イントラを開けない", "イントラを開けません", "イントラを開けず",
            "イントラを開けなく", "イントラを開かない", "イントラを開きません", "イントラを開かなく", "イントラが開けない", "イントラが開けません",
            "イントラが開けず", "イントラが開けなく", "イントラが開かない", "イントラが開きません", "イントラが開かなく", "イントラネットを開けない", "イントラネットを開けません", "イントラネットを開けず", "イントラネットが開けない",
            "イントラネットが開けません", "電話を受けられ", "電話に出られ", "発着信ができ", "発信ができ", "着信ができ", "送れない", "送れません",
            "送れず", "送れなく", "受け取れない", "受け取れません", "受け取れなく", "届かなく", "使えず", "参加できず", "ログインできず",
            "サインインできず", "利用できず", "アクセスできず", "接続できず",
        ],
    ),
    (
        &[CriticalIfNegated],
        &[
            "work", "do their work", "do any work", "do their jobs", "do business",
        ],
    ),
    // ---------------------------------------------------------------- outright failures
    // A fault stated outright; for everyone at once it means the service is unusable.
    (
        &[DEGRADED, OUTRIGHT],
        &[
            "fails", "failed", "failing", "failure", "fail", "broken", "not working",
            "isn't working", "is not working", "doesn't work", "does not work", "don't work",
            "something went wrong", "went wrong", "rejects", "rejected", "drops immediately",
            "失敗", "エラーになり", "エラーになります", "エラーが発生", "動作しない", "動作しません", "機能しない",
            "機能しません", "動かない", "動きません",
            // An app that only spins or shows its own error page, and calls that drop
            // as soon as they connect, are failures outright too.
            "just spin", "just spins", "just spinning", "spins forever", "keeps spinning", "spin forever",
            "run into an issue", "ran into an issue", "drops after a few seconds", "drop after a few seconds",
            "drops after a couple of seconds", "drop after a couple of seconds", "くるくる回ったまま",
            "ぐるぐる回ったまま", "数秒で切れ", "数秒で切断", "数秒で途切れ",
        ],
    ),
    // Faults partial by nature.
    (
        &[DEGRADED, PARTIAL],
        &[
            "slow", "slowly", "very slow", "extremely slow", "intermittent", "intermittently",
            "randomly", "sometimes", "occasionally", "delayed", "delays", "choppy", "garbled",
            "duplicate", "duplicates", "late", "takes hours", "take hours", "outdated",
            "遅い", "遅く", "遅延", "時々", "ときどき", "たまに", "断続的", "文字化け", "重複", "ことがあります",
            "ことがある", "カクつ", "途切れる", "途切れます",
        ],
    ),
    // Partial features: a sync, a rule or an export that stopped is a fault, not an outage.
    (
        &[DEGRADED, PARTIAL],
        &[
            "stopped applying", "stopped exporting", "stopped syncing", "stopped running",
            "stopped forwarding", "stopped updating", "sync stopped", "syncing stopped",
            "out of sync", "同期がずれ", "ずれて", "自動応答が送信され", "自動返信が送信され",
        ],
    ),
    // The text "question marks" is a display fault, not a question.
    (
        &[DEGRADED],
        &["question marks", "question mark", "?マーク", "はてなマーク"],
    ),
    // ---------------------------------------------------------------- degraded (a fault)
    (
        &[DEGRADED],
        &[
            "error", "errors", "not working",
            "don't work",
            "very slow",
            "crash", "crashes",
            "crashing", "crashed", "freeze", "freezes", "freezing", "hang", "hangs", "hanging",
            "not loading", "won't load", "will not load", "doesn't load", "does not load",
            "didn't work", "did not work", "won't work", "will not work", "wont work",
            "blank page", "blank screen", "white screen", "spins forever", "stuck", "incorrect",
            "incorrectly", "wrong", "wrongly", "missing", "disappear", "disappears",
            "disappeared", "not showing", "not shown", "doesn't show", "does not show",
            "won't show", "not appearing", "not displayed", "displayed incorrectly",
            "displayed wrongly", "cannot", "can't", "cant", "can not", "unable", "not able",
            "couldn't", "could not", "bug", "defect", "defects", "glitch", "bounce", "bounces",
            "bouncing", "bounced", "ndr", "keeps prompting", "timeout",
            "times out", "timed out", "disconnect", "disconnects", "disconnected",
            "lose", "loses", "lost", "greyed out", "grayed out", "throws", "still broken",
            "persists", "no results", "denied", "no longer", "not forwarding", "not syncing",
            "doesn't", "does not", "why", "エラー", "不具合", "問題が発生", "おかしい", "正しく表示", "文字化け",
            "できない", "できません", "出来ない", "出来ません", "できず", "できなく", "されない", "されません", "されなく", "表示されない",
"表示されません", "開けない", "開けません", "開かない", "開きません", "動作しません",
            "進まない", "進みません", "反映されない", "反映されません", "見えない", "見えません", "消える",
            "消えます", "消えた", "消えて", "フリーズ", "クラッシュ", "切断される", "止まった",
            "止まったまま", "拒否", "弾かれ", "はじかれ", "求められる", "繰り返し", "真っ黒", "真っ白", "読み取り専用", "完了しません", "完了しない", "承諾しません",
            "承諾しない",
        ],
    ),
    // Making something impossible on purpose is a configuration goal, not a fault.
    (
        &[MASK],
        &[
            "できないようにする", "できないように", "できなくする", "させないように", "stop users from",
            "prevent users from", "block users from",
        ],
    ),
    // round 37: not knowing how many are hit, or since when, hedges what is known of a
    // fault; it asks nothing ("not sure how many, at least 3", "何人かはわかりませんが").
    (
        &[MASK],
        &[
            "not sure how many", "not sure how much", "not sure how long", "not sure how often",
            "unsure how many", "no idea how many", "no idea how long", "don't know how many",
            "do not know how many", "don't know how long", "not sure exactly how many",
            "何人かわかりません", "何人か分かりません", "何人かはわかりません", "何人かは分かりません",
            "何人かわからない", "何人か分からない", "人数はわかりません", "人数は分かりません",
            "いつからかわかりません", "いつからか分かりません", "いつからかわからない", "いつからか分からない",
        ],
    ),
    // ---------------------------------------------------------------- working (a question)
    (
        &[WORKING],
        &[
            "how do i", "how do we", "how can i", "how can we", "how to", "how should",
            "how would", "how does", "is it possible", "is there a way", "best way",
            "recommended way", "best practice", "best practices", "guidance", "documentation",
            "steps to", "what are the steps", "we would like to", "we'd like to",
            "i would like to", "i'd like to", "we want to", "i want to", "we plan to",
            "planning to", "question", "questions", "please advise", "need help", "help with",
            "assistance with", "need assistance", "can we", "can i", "could we",
            "is it supported", "wondering", "explain", "instructions", "what's the process",
            "what is the process", "process to", "procedure", "?", "方法", "手順", "やり方", "どうすれば",
            "どのように", "教えて", "ご教示", "知りたい", "質問", "可能でしょうか", "可能ですか", "できますか", "できるか", "でしょうか",
            "したい", "確認したい", "相談", "前提条件", "推奨", "ベストプラクティス", "アドバイス", "いただけますか",
            "いただけますでしょうか", "what is the recommended", "what do you recommend", "do you recommend",
            "what migration method",
        ],
    ),
    // ---------------------------------------------------------------- affected: all
    (
        &[ALL],
        &[
            "all users", "all our users", "all of our users", "all the users", "all staff",
            "all employees", "all accounts", "all mailboxes", "all sites", "all offices",
            "all locations", "all departments", "all agents", "all members", "every user",
            "every mailbox", "every office", "every employee", "everyone", "everybody", "no one",
            "noone", "nobody", "no user", "no users", "none of the users", "none of our users",
            "entire company", "entire organization", "entire organisation", "entire org",
            "entire tenant", "whole company", "whole organization", "whole organisation",
            "whole org", "whole tenant", "company wide", "companywide", "organization wide",
            "organisation wide", "org wide", "tenant wide", "across the company",
            "across the organization", "across the organisation", "across the tenant",
            "every site", "every team", "every department", "every branch", "every location",
            "every account", "every device", "every computer", "every pc", "for anyone",
            "for anybody", "全ユーザー", "全員", "すべてのユーザー", "全てのユーザー", "全社", "全社員", "社員全員", "全従業員",
            "従業員全員", "誰も", "だれも", "組織全体", "テナント全体", "会社全体", "全部署", "全拠点", "全サイト", "広範囲", "大規模",
            "全利用者", "利用者全員", "すべての利用者", "全体で", "全店舗", "全支店", "全事業所", "全社的", "全工場", "全校",
            "全部門", "全職員", "職員全員", "全スタッフ", "スタッフ全員", "社内の誰も", "全体的に", "to anyone",
            "by anyone", "anyone in the company", "anyone in our company", "anyone in the organisation",
            "anyone in the organization",
        ],
    ),
    (
        &[UNIVERSAL],
        &[
            "all", "all our", "all of our", "all the", "entire", "the entire", "whole",
            "the whole", "every", "none of", "none of the", "none of our", "throughout", "across",
        ],
    ),
    // ---------------------------------------------------------------- affected: multiple
    (
        &[NotAll],
        &["全員ではなく", "全員ではない", "全員ではありません", "not everyone", "not all users", "not all of them"],
    ),
    (
        &[MULTIPLE],
        &[
            "users", "multiple users", "several users", "many users", "some users", "a few users",
            "few users", "a number of users", "group of users", "handful of users", "multiple",
            "several", "many", "people", "ppl", "staff", "employees", "colleagues", "agents",
            "team members", "department", "departments", "guests", "new hires", "new starters", "new joiners", "inspectors", "mailboxes",
            "accounts", "computers", "devices", "laptops", "other users are also",
            "other users also", "multiple services", "services", "複数", "一部のユーザー", "一部ユーザー",
            "一部の利用者", "一部の社員", "多くのユーザー", "多数", "大勢", "何人か", "何名か", "数名", "数人", "数十名", "数十人",
            "数百名", "数百人", "部署", "部門", "拠点", "ユーザーたち", "ユーザー達", "各ユーザー", "他のユーザーも", "メンバー",
        ],
    ),
    // A named team, department or site is a group: several users, not everyone.
    (
        &[MULTIPLE],
        &[
            "team", "the team", "our team", "my team", "sales team", "finance team",
            "payroll team", "hr team", "marketing team", "legal team", "accounting team",
            "support team", "service desk", "help desk", "call centre", "call center",
            "contact centre", "contact center", "operations team", "project team",
            "construction team", "engineering team", "design team", "management team",
            "executive team", "warehouse", "head office", "branch office", "branch", "students",
            "teachers", "faculty", "nurses", "doctors", "a few", "a handful of", "handful of",
            "a few of", "some people", "several people", "メンバー全員", "全メンバー", "部全員", "課全員",
            "チーム全員", "部署全員", "部門全員", "支店全員", "部の全員", "課の全員", "チームの全員", "部署の全員",
            "部のメンバー", "課のメンバー", "チームのメンバー", "経理部", "営業部", "人事部", "総務部", "法務部", "財務部",
            "製造部", "設計部", "企画部", "購買部", "情報システム部", "システム部", "マーケティング部", "品質保証部", "経理課", "総務課",
            "人事課", "営業課", "経理チーム", "営業チーム", "サポートチーム", "コールセンター", "受注センター", "サポートセンター",
            "営業所", "支店", "支社", "本社", "店舗", "フロア", "数台", "数件", "学生", "生徒", "教職員", "オペレーター",
            "経理部全員", "経理部の全員", "経理部のメンバー全員", "営業部全員", "営業部の全員", "営業部のメンバー全員", "人事部全員", "人事部の全員",
            "人事部のメンバー全員", "総務部全員", "総務部の全員", "総務部のメンバー全員", "法務部全員", "法務部の全員", "法務部のメンバー全員",
            "財務部全員", "財務部の全員", "財務部のメンバー全員", "製造部全員", "製造部の全員", "製造部のメンバー全員", "設計部全員", "設計部の全員",
            "設計部のメンバー全員", "企画部全員", "企画部の全員", "企画部のメンバー全員", "購買部全員", "購買部の全員", "購買部のメンバー全員",
            "情報システム部全員", "情報システム部の全員", "情報システム部のメンバー全員", "システム部全員", "システム部の全員", "システム部のメンバー全員",
            "マーケティング部全員", "マーケティング部の全員", "マーケティング部のメンバー全員", "経理課全員", "経理課の全員", "経理課のメンバー全員",
            "総務課全員", "総務課の全員", "総務課のメンバー全員", "人事課全員", "人事課の全員", "人事課のメンバー全員", "営業課全員", "営業課の全員",
            "営業課のメンバー全員", "経理チーム全員", "経理チームの全員", "経理チームのメンバー全員", "営業チーム全員", "営業チームの全員",
            "営業チームのメンバー全員", "サポートチーム全員", "サポートチームの全員", "サポートチームのメンバー全員", "コールセンター全員", "コールセンターの全員",
            "コールセンターのメンバー全員", "支店全員", "支店の全員", "支店のメンバー全員", "支社全員", "支社の全員", "支社のメンバー全員", "本社全員",
            "本社の全員", "本社のメンバー全員", "店舗全員", "店舗の全員", "店舗のメンバー全員", "事務所全員", "事務所の全員", "事務所のメンバー全員",
            "品質保証部全員", "品質保証部の全員", "品質保証部のメンバー全員", "名全員", "人全員", "名の全員", "事務所", "一部のメールボックス",
            "一部のアカウント",
        ],
    ),
    // Masks: "team" as a greeting, a site, or Microsoft's team.
    (
        &[MASK],
        &[
            "hi team", "hello team", "dear team", "team site", "team sites", "microsoft team",
            "microsoft support team", "your team", "your support team", "a team", "archive a team",
            "each team", "new team", "this team", "チームサイト",
        ],
    ),
    // ---------------------------------------------------------------- affected: single
    (
        &[SINGLE],
        &[
            "a user", "single user", "a single", "only one",
            "one of our users", "one of my users", "a colleague", "an employee",
            "the user", "this user", "that user", "user's", "a user's",
            "one mailbox", "a mailbox", "single mailbox", "my", "she", "he", "her", "his", "一人",
            "ひとり", "特定のユーザー", "あるユーザー", "個別のユーザー",
        ],
    ),
    // A count of one person is one user, whatever group or plural noun the text names beside
    // her ("one user … the new Teams users"); negated ("not one user") it is several.
    (
        &[OnlyOne],
        &["one user", "one person", "one employee", "a single user", "一名", "特定の1名", "1ユーザー"],
    ),
    // Masks: quantities that describe someone else than the affected users.
    (
        &[MASK],
        &[
            "other users", "other people", "other migrated users", "active users", "users list",
            "user list", "users page", "deleted users", "他のユーザー", "他のユーザーは", "ほかのユーザー",
        ],
    ),
    // Masks: 複数 counting things, not people ("複数行の説明", "複数回", "複数のファイル").
    (
        &[MASK],
        &[
            "複数行", "複数回", "複数件", "複数個", "複数箇所", "複数か所", "複数ページ", "複数ファイル", "複数枚",
            "複数列", "複数項目", "複数のファイル", "複数のフォルダー", "複数のページ", "複数の項目", "複数の条件",
            "複数の方法", "複数のバージョン", "複数言語", "複数の言語",
        ],
    ),
    // A device that was lost or replaced is the reason for the request, not another way in.
    (
        &[MASK],
        &[
            "lost phone", "lost her phone", "lost his phone", "lost their phone", "lost mobile",
            "スマホを紛失", "スマホをなくし", "スマホを無くし", "スマートフォンを紛失", "携帯を紛失", "スマホを機種変更",
        ],
    ),
    // A refund we would owe our own customers is at stake, not billing with Microsoft.
    (
        &[CRITICAL, MASK],
        &["参加費を返金", "返金しなければ", "refund our customers", "refund the attendees", "refund attendees",
          "refunds to customers", "refund our clients"],
    ),
    // Card numbers a policy looks for in mail are content, not a payment; a link's expiry
    // that has passed is a setting, not a deadline.
    (
        &[MASK],
        &["クレジットカード番号", "カード番号", "credit card numbers", "credit card number", "期限を過ぎても",
          "期限が過ぎても", "期限切れ後も", "期限を過ぎた", "expiry date passed"],
    ),
    // An add-in's own start error is a fault of the add-in, not an app that cannot start.
    (
        &[MASK],
        &["couldn't start this add in", "could not start this add in", "couldn't start the add in",
          "could not start the add in"],
    ),
    // A wizard that hangs is technical, whatever step it names.
    (
        &[Technical(3)],
        &["wizard hangs", "wizard is stuck", "wizard gets stuck", "wizard fails", "add a user wizard",
          "add user wizard", "ウィザードが止ま", "ウィザードが進ま"],
    ),
    // Quoting to customers is the work at stake, not a question about buying.
    (
        &[MASK],
        &["見積回答", "見積もり回答", "見積の回答", "見積もりの回答", "見積書の送付"],
    ),
    // ---------------------------------------------------------------- workaround
    (
        &[Workaround],
        &[
            "workaround", "workarounds", "work around", "another way", "alternative way",
            "alternative", "temporary fix", "for now", "in the meantime", "fixes it",
            "fixes the issue", "can still", "still able to", "still works", "can continue",
            "continue working", "can use", "could use", "we'll use that", "we will use that",
            "we'll use it", "業務はできています", "業務はできている", "仕事はできています", "から戻せた",
            "no business impact", "no impact on work", "doesn't affect work",
            "does not affect work", "but can", "but it works", "but works", "but is fine",
            "回避策", "回避方法", "回避する方法", "代替手段", "代替策", "別の方法", "他の方法",
            "暫定的に", "暫定対応", "一時的に", "業務は継続できる", "業務は継続", "業務を継続できて", "問題なく業務", "業務に影響な",
            "業務には影響な", "業務への影響はな", "業務影響はな", "業務影響な", "業務に支障はな", "業務には支障な",
        ],
    ),
    (
        &[USER_WORKAROUND, Service(EXO, 2)],
        &[
            "owa", "outlook on the web", "outlook web app", "outlook web access",
        ],
    ),
    (
        &[USER_WORKAROUND],
        &[
            "web version", "browser version", "web app", "in the browser", "via the browser",
            "from the browser", "in a browser", "mobile app", "on mobile", "on his phone",
            "on her phone", "another device", "another pc", "another computer", "different pc",
            "different computer", "other device", "web client", "teams web", "can still use",
            "web版", "web 版", "ブラウザ版", "ブラウザから", "ブラウザでは", "ブラウザー版", "ブラウザーから", "スマホ", "スマートフォン",
            "モバイルアプリ", "別のpc", "他のpc", "別端末", "他の端末", "別のデバイス", "webからは", "webでは", "問題なく使え",
        ],
    ),
    (
        &[MINOR_ITEM],
        &[
            "contact", "contacts", "contact information", "contact info", "signature",
            "signatures", "profile photo", "profile picture", "連絡先", "署名", "プロフィール写真",
        ],
    ),
    // Masks: "contact" as in contacting someone, not an address-book item.
    (
        &[MASK],
        &[
            "contact me", "contact us", "contact you", "contact your", "contact their",
            "contact support", "contact microsoft", "contact admin", "contact an admin",
            "contact the admin", "contact administrator", "contact an administrator",
            "contact the administrator", "contact helpdesk", "contact the helpdesk",
            "contact the help desk", "contact it",
            "please contact", "contact person", "contact number", "point of contact",
            "contact details", "contact phone", "contact email", "連絡先:", "ご連絡先", "連絡先電話",
            "連絡先メール", "担当者の連絡先", "担当者連絡先", "緊急連絡先",
        ],
    ),
    (
        &[ADMIN_TOOL],
        &[
            "powershell", "cmdlet", "cmdlets", "admin center", "admin centre", "eac",
            "exchange admin center", "管理センター", "コマンドレット",
        ],
    ),
    // ---------------------------------------------------------------- business critical
    (
        &[CRITICAL],
        &[
            "production", "prod", "revenue", "deadline", "deadlines", "business critical",
            "mission critical", "critical", "critically", "go live", "golive", "cutover",
            "launch date", "product launch", "losing money", "lost sales", "losing sales",
            "revenue impact", "customer facing", "month end close", "month end closing",
            "quarter end", "year end close", "payroll", "operations halted",
            "operations are down", "operations stopped", "business stopped", "business is down",
            "work has stopped", "cannot work", "can't work", "unable to work", "showstopper",
            "show stopper", "sales hotline", "customer orders", "orders", "nobody can work",
            "operations are blocked", "operations blocked", "business is blocked", "業務になりません",
            "仕事になりません", "no one can work", "仕事ができない", "仕事にならない", "業務にならない", "本番", "本番環境", "実稼働",
            "実稼動", "本稼働", "本稼動", "売上", "売り上げ", "収益", "期日", "締め切り", "締切", "納期", "期限", "業務停止",
            "業務が停止", "業務が止ま", "業務ができない", "業務ができません", "業務に重大", "重大な影響", "深刻な影響", "大きな支障",
            "業務継続が困難", "受注", "生産", "工場", "決算", "月末処理", "給与", "入社日", "間に合わない",
            "間に合いません", "間に合わなく", "間に合わず", "締め", "注文", "面接", "試験", "監査", "顧客からの",
            "お客様からの", "court filing", "filing due", "due today", "due tomorrow", "due at", "due by",
            "miss the deadline", "exam", "exams", "earnings call", "investors", "board meeting",
            "site inspection", "safety inspection", "audit", "order confirmations", "orders are piling up", "sales calls",
            "losing business", "customers are complaining", "customers can't", "customers cannot",
            "nothing to work on", "patients",
            "lost deals", "lost a deal", "lost two deals", "losing deals", "lost customers", "losing customers",
            "失注", "can't operate", "cannot operate", "can not operate", "markets open", "legally required",
            "legal requirement", "regulatory deadline", "downloading customer data", "exfiltrating",
            "data exfiltration", "情報漏洩", "情報漏えい", "業務が止まっています",
            "contract signing", "deal signing", "deal documents", "調印", "契約締結", "payment run", "payments to",
            "supplier payments", "remittance", "remittance advice", "支払処理", "支払い処理", "振込", "client workshop",
            "client workshops", "customer workshop", "customer workshops", "paid workshop", "paid workshops",
            "paid webinar", "paid event", "有料の", "販売管理", "point of sale", "pos system", "tills",
        ],
    ),
    (
        &[NOT_CRITICAL],
        &[
            "test tenant", "test environment", "testing tenant", "lab tenant", "sandbox",
            "dev tenant", "not urgent", "no rush", "low priority", "検証環境", "検証テナント", "テスト環境",
            "テストテナント", "非本番", "本番以外", "急ぎではありません", "急ぎではない", "急ぎません",
        ],
    ),
    (
        &[MASK],
        &[
            "無期限", "有効期限", "期限切れ", "生産性", "critical error", "critical update", "critical updates",
        ],
    ),
    // ---------------------------------------------------------------- category: presales
    (
        &[Presales(2)],
        &[
            "price", "prices", "pricing", "quote", "quotation", "how much does", "how much is",
            "costs", "cost of", "the cost", "compare", "comparison", "comparisons", "compared",
            "difference between", "features and benefits", "which plan", "what plan",
            "which license", "which licence", "which subscription", "licensing plan",
            "licensing plans", "license plans", "licence plans", "licensing options",
            "plan comparison", "partner referral", "refer us to a partner", "find a partner",
            "recommend a partner", "before we buy", "before buying", "before purchasing",
            "before we purchase", "before purchase", "nonprofit pricing", "discount", "discounts",
            "does it cost", "would it cost", "will it cost", "how much would", "how much will",
            "cost per user", "per user per month", "choose a plan", "choosing a plan",
            "choose the right plan", "right plan", "help us choose", "何が違", "どう違", "違いを教えて",
            "違いについて", "価格", "費用", "値段", "いくら",
            "必要なライセンス", "見積", "見積もり", "比較", "機能の違い", "プランの違い", "購入前", "購入を検討", "導入を検討", "契約を検討",
            "パートナーの紹介", "パートナーを紹介", "パートナー紹介", "販売店", "代理店", "どのプラン", "プランの選", "ライセンス体系",
            "ライセンスを計画", "ライセンス計画", "機能と利点", "料金プラン", "割引", "非営利",
        ],
    ),
    (
        &[Presales(1)],
        &[
            "vs", "versus", "benefits", "include", "includes", "included in", "considering",
            "evaluate", "evaluating", "upgrading", "cost", "partner", "add on", "charity",
            "charities", "nonprofit", "non profit", "nonprofits", "違い", "含まれ", "検討中", "コスト",
            "パートナー",
        ],
    ),
    // Signing up or buying is subscription management (billing) unless a presales cue
    // (price, comparison, plan choice, partner, "before buying") outweighs it.
    (
        &[Presales(2), Billing(2)],
        &[
            "trial", "trial sign up", "sign up for a trial", "sign up for the trial", "試用版",
            "試用版のサインアップ", "試用版に申し込",
        ],
    ),
    (
        &[Presales(2), Billing(2), BILLING_ACTION],
        &["purchase", "buy", "購入"],
    ),
    (&[Presales(1), Billing(2)], &["料金"]),
    // ---------------------------------------------------------------- category: billing
    (
        &[Billing(2)],
        &[
            "invoice", "invoices", "billing", "billed", "bill", "charge", "charged", "charges",
            "overcharged", "refund", "payment", "payment method", "credit card", "renewal",
            "renew", "auto renew", "cancel our", "cancel the subscription", "cancel subscription",
            "cancel my subscription", "cancel our subscription", "cancellation",
            "terminate the subscription", "convert to paid", "convert it to paid",
            "trial to paid", "paid subscription", "paid version", "to paid", "trial ends",
            "trial expires", "extend the trial", "license count", "licence count",
            "number of licenses", "unused licenses", "請求", "請求書", "課金", "支払", "お支払い", "クレジットカード",
            "返金", "解約", "インボイス", "領収書", "請求先", "サブスクリプションのキャンセル", "契約の更新", "契約更新", "サブスクリプションの更新",
            "サブスクリプション更新", "更新時期", "ライセンス数", "ライセンスの追加", "ライセンスを追加", "ライセンス追加",
            "ライセンスの削除", "ライセンスを削除", "ライセンスの購入", "ライセンスを購入", "追加購入", "有料版", "試用期間", "月額", "年額",
            "月払い", "年払い", "monthly billing", "annual billing",
        ],
    ),
    (
        &[Billing(1)],
        &[
            "subscription", "subscriptions", "サブスクリプション", "契約",
        ],
    ),
    (
        &[BILLING_ACTION],
        &[
            "add", "adding", "remove", "removing", "reduce", "reducing", "bought", "buying",
            "purchased", "purchasing", "more", "additional", "extra", "cancel", "cancelling",
            "canceling", "cancelled", "canceled", "terminate", "renew", "upgrade", "downgrade",
            "convert", "追加", "削除", "減ら", "増や", "買", "キャンセル",
        ],
    ),
    (
        &[LICENSE_OBJECT],
        &[
            "license", "licenses", "licence", "licences", "seats", "subscription",
            "subscriptions", "ライセンス", "サブスクリプション",
        ],
    ),
    (
        &[MASK],
        &["in charge of", "free of charge", "ライセンス認証"],
    ),
    // ---------------------------------------------------------------- services
    (
        &[Service(EXO, 2)],
        &[
            "exchange", "exchange online", "exo", "mailbox", "mailboxes",
            "shared mailbox", "mail flow", "transport rule", "distribution list",
            "mx record", "message trace", "exchange admin center", "ews", "exchange web services",
            "メールボックス", "共有メールボックス", "自動応答", "配布グループ", "アドレス帳", "gal",
            "global address list", "outbox", "送信トレイ", "message trace", "anti spam", "defender portal",
            "迷惑メール", "配布リスト", "メッセージ追跡", "受信トレイ", "会議室メールボックス", "メールフロー",
        ],
    ),
    (
        &[Service(EXO, 1)],
        &[
            "mail", "email", "emails", "e mail", "inbox", "calendar", "calendars", "forwarding",
            "out of office", "auto reply", "automatic replies", "meeting invites", "自動返信", "不在通知",
            "メール", "予定表", "転送",
        ],
    ),
    (
        &[Service(EXO, 3)],
        &["autodiscover", "自動検出", "dkim", "dmarc", "spf record"],
    ),
    (
        &[Service(SPO, 2)],
        &[
            "sharepoint", "sharepoint online", "spo", "site collection", "team site",
            "communication site", "document library", "document libraries", "intranet", "extranet",
            "ドキュメントライブラリ", "サイトコレクション", "チームサイト",
        ],
    ),
    (
        &[Service(SPO, 1)],
        &[
            "site", "sites", "external sharing", "version history", "web part", "spfx", "library",
            "libraries", "metadata", "ライブラリ", "共有フォルダ",
            "sharepoint framework", "custom web part", "サイト", "外部共有", "webパーツ", "カスタムwebパーツ",
        ],
    ),
    (
        &[Service(ODB, 2)],
        &[
            "onedrive", "one drive", "onedrive for business", "odfb", "files on demand", "ワンドライブ",
            "ファイルオンデマンド",
        ],
    ),
    (
        &[Service(TEAMS, 2)],
        &[
            "teams", "microsoft teams", "teams meeting", "teams meetings", "pstn", "call queue",
        ],
    ),
    (
        &[Service(TEAMS, 1)],
        &["channel", "channels", "チャネル", "チャット", "chat", "archive a team", "チームをアーカイブ"],
    ),
    (
        &[Service(SFB, 2)],
        &[
            "skype", "lync", "sfb", "instant message", "instant messages", "インスタントメッセージ",
        ],
    ),
    (
        &[Service(SFB, 3)],
        &["skype for business", "skype for business online"],
    ),
    (
        &[Service(APPS, 3)],
        &[
            "microsoft 365 apps", "office 365 proplus", "shared computer activation",
        ],
    ),
    (
        &[Service(APPS, 2)],
        &[
            "proplus", "office apps", "office install", "office installation", "click to run",
            "word", "excel", "powerpoint", "ライセンス認証",
        ],
    ),
    (
        &[Service(APPS, 1)],
        &[
            "onenote", "visio", "activation", "installation", "install", "インストール",
        ],
    ),
    (
        &[Service(IDENTITY, 3)],
        &[
            "azure ad connect", "aad connect", "entra connect", "directory sync", "dirsync",
            "directory synchronization", "directory synchronisation", "ディレクトリ同期",
        ],
    ),
    (
        &[Service(IDENTITY, 2)],
        &[
            "single sign on", "sso", "password", "passwords", "mfa", "multi factor",
            "multifactor", "2fa", "authenticator", "conditional access", "azure ad", "entra",
            "entra id", "ad fs", "adfs", "federation", "active directory", "domain", "domains",
            "name servers", "re delegate", "redelegate", "re delegation", "txt record",
            "upn", "synced accounts", "on premises ad", "on prem ad", "オンプレミスad", "オンプレad", "シングルサインオン", "パスワード", "多要素認証", "条件付きアクセス", "ドメイン", "再委任",
            "セルフサービスパスワードリセット", "パスワードリセット", "パスワードライトバック",
        ],
    ),
    (
        &[Service(IDENTITY, 1)],
        &[
            "sign in", "signin", "signed in", "signing in", "sign ins", "locked out", "login",
            "log in", "logon", "log on", "サインイン", "ログイン", "ログオン",
        ],
    ),
    // ---------------------------------------------------------------- scope: customer network
    (
        &[NETWORK],
        &[
            "firewall", "firewalls", "proxy", "proxies", "proxy server", "corporate proxy",
            "pac file", "vpn", "split tunnel", "lan", "wan", "wi fi", "wifi", "router", "routers",
            "our network", "corporate network", "company network", "internal network",
            "office network", "on premises network", "network team", "network equipment",
            "internal dns", "our dns", "local dns", "dns server", "tls inspection",
            "ssl inspection", "packet loss", "bandwidth", "only from the office",
            "only in the office", "only inside the office", "only on our network",
            "works from home", "works fine from home", "fine from home", "from home are fine",
            "works without vpn", "works off vpn", "fine without vpn", "works without the vpn",
            "works without the proxy", "fine without the proxy", "社内ネットワーク", "社内lan", "社内dns",
            "社内のdns", "プロキシ", "ファイアウォール", "ファイヤーウォール", "ファイアーウォール", "ルーター", "無線lan", "帯域",
            "ネットワーク機器", "utm", "社内からのみ", "社内からだけ", "自宅では問題な", "社外では問題な", "自宅からは問題な", "社外からは問題な",
            "sslインスペクション", "ネットワークチーム",
        ],
    ),
    (
        &[RulesOut(Scope::CustomerNetwork)],
        &[
            "even from home", "also from home", "from home too", "outside our network too",
            "nothing is blocked", "nothing blocked", "nothing is being blocked", "遮断されていない",
            "ブロックされていない", "遮断されていません", "ブロックされていません", "even on mobile data",
            "also on mobile data", "any network", "自宅でも",
            "社外でも", "社外ネットワークでも", "テザリングでも", "モバイル回線でも", "どのネットワークでも",
        ],
    ),
    // ---------------------------------------------------------------- scope: third party
    (
        &[THIRD_PARTY],
        &[
            "third party", "3rd party", "thirdparty", "non microsoft", "vendor's",
            "vendor add in", "vendor product", "isv", "com add in", "plugin", "plug in",
            "plugins", "zoom add in", "zoom plugin", "zoom plug in", "salesforce", "docusign",
            "dropbox", "box.com", "adobe", "webex", "mimecast", "proofpoint", "barracuda",
            "veeam", "avepoint", "sharegate", "サードパーティ", "3rdパーティ", "他社製", "他社の", "他社", "外部ベンダー",
            "ベンダー製", "プラグイン", "comアドイン",
        ],
    ),
    (
        &[RulesOut(Scope::ThirdParty)],
        &[
            "safe mode", "add ins disabled", "disabled all add ins", "all add ins disabled",
            "without add ins", "no add ins", "セーフモード", "アドインを無効", "アドインをすべて無効", "アドインを全て無効",
        ],
    ),
    // ---------------------------------------------------------------- scope: scripting
    (
        &[SCRIPTING],
        &[
            "javascript", "vbscript", "vba", "macro", "macros", "vbs", "jscript", "script editor",
            "office scripts", "マクロ",
        ],
    ),
    // ---------------------------------------------------------------- scope: development
    (
        &[DEVELOPMENT],
        &[
            "spfx", "sharepoint framework", "office.js", "office js", "add in development",
            "developing", "develop", "developed", "development", "custom app",
            "custom application", "in house app", "our own app", "graph api", "rest api", "api",
            "sdk", "csom", "jsom", "vsto", "visual studio", "custom web part", "provider hosted",
            "sideload", "sideloading", "gulp", "yeoman", "npm", "app registration",
            "app registrations", "oauth", "msal", "adal", "client secret", "redirect uri",
            "access token", "our web app", "our application", "our own application", "our app",
            "web api", "bot framework", "teams bot", "in code", "our code", "programmatically",
            "teams toolkit", "custom teams app", "custom teams apps", "app manifest", "開発",
            "自社開発", "カスタムwebパーツ", "カスタムアプリ", "独自アプリ", "自社アプリ", "サイドロード",
        ],
    ),
    (
        &[MASK],
        &[
            "開発部", "開発本部", "開発チーム", "開発課", "開発部門", "研究開発", "開発センター", "development team",
            "development department", "r&d",
        ],
    ),
    // ---------------------------------------------------------------- scope: Office app usage
    // How to use a feature of Word, Excel, PowerPoint or Outlook: the service description
    // refers usage questions to the Office application support options. Counted only when
    // the request is a question (a fault in an app is in-scope technical work).
    (
        &[OFFICE_APPS],
        &[
            "pivot table", "pivot tables", "pivottable", "vlookup", "xlookup", "hlookup",
            "index match", "excel formula", "excel formulas", "a formula", "the formula",
            "formulas", "conditional formatting", "mail merge", "track changes",
            "table of contents", "page numbers", "page numbering", "section break",
            "header and footer", "headers and footers", "slide master", "speaker notes",
            "animations", "slide transitions", "chart in excel", "charts in excel",
            "how to use excel", "how to use word", "how to use powerpoint", "how to use onenote",
            "use excel", "use word", "use powerpoint", "excel tips", "word tips", "freeze panes",
            "merge cells", "sort a column", "filter a column", "sum a column", "data validation",
            "ピボットテーブル", "vlookup関数", "関数の使い方", "数式の使い方", "数式の書き方", "関数の書き方",
            "条件付き書式", "差し込み印刷", "変更履歴の記録", "変更履歴", "目次", "ページ番号",
            "セクション区切り", "ヘッダーとフッター", "スライドマスター", "発表者ノート", "アニメーションの設定",
            "excelの使い方", "wordの使い方", "powerpointの使い方", "エクセルの使い方", "ワードの使い方",
            "パワーポイントの使い方", "ウィンドウ枠の固定", "セルの結合", "入力規則",
        ],
    ),
    // ---------------------------------------------------------------- scope: volume licensing
    // Licences bought under a volume licensing programme and their product keys: the
    // Volume Licensing Service Center.
    (
        &[VOLUME_LICENSING],
        &[
            "volume licensing", "volume license", "volume licence", "volume licenses",
            "volume licences", "volume licensing service center", "vlsc", "vl key", "vl keys",
            "mak key", "mak keys", "kms key", "kms keys", "kms host key", "product key",
            "product keys", "open license", "open value", "enterprise agreement",
            "software assurance", "license key", "licence key", "license keys", "licence keys",
            "ボリュームライセンス", "ボリュームライセンスサービスセンター", "プロダクトキー", "ライセンスキー", "makキー",
            "kmsキー", "ソフトウェアアシュアランス", "包括契約", "オープンライセンス", "オープンバリュー",
        ],
    ),
    // Masks: Office asking for a key is an activation problem of Microsoft 365 Apps.
    (
        &[MASK],
        &[
            "asks for a product key", "asking for a product key", "asks for product key",
            "asking for product key", "prompts for a product key", "prompting for a product key",
            "enter a product key", "requests a product key", "プロダクトキーの入力を求め",
            "プロダクトキーを求め", "プロダクトキーの入力画面",
        ],
    ),
    // ---------------------------------------------------------------- masks
    (
        &[MASK],
        &[
            "our web app", "error code", "download", "downloads", "slow down", "slowed down",
            "slows down", "drop down", "dropdown", "scroll down", "narrow down", "track down",
            "shut down", "down arrow", "ダウンロード", "シャットダウン", "ダウングレード", "プルダウン", "ドロップダウン",
            "スローダウン", "global admin", "start menu", "more information", "more info", "learn more",
            "add in", "add ins", "addin", "addins", "it department", "it staff", "it team",
            "ロールアウト", "ロールバック", "コントロール", "スクロール", "パトロール",
        ],
    ),
    // ---------------------------------------------------------------- round 3 (blind-3)
    // Generic fault words: a fault, unless the text is otherwise only a question.
    (
        &[WEAK],
        &[
            "issue", "issues", "problem", "problems", "trouble", "troubles", "問題", "トラブル", "困って",
        ],
    ),
    // Not knowing how or where is a question, however it is put.
    (
        &[WORKING],
        &[
            "don't know how", "do not know how", "don't know where", "do not know where",
            "not sure how", "not sure where", "unsure how", "unsure where", "no idea how",
            "can you explain", "わからない", "分からない", "わかりません", "分かりません", "どこで設定", "どこから設定",
            "どこで確認", "どこを確認", "ますか", "ですか", "いくつ", "上限は",
        ],
    ),
    // Parts of a service (the service itself stays usable when they fail).
    (
        &[PART],
        &[
            "add in", "add ins", "addin", "addins", "plugin", "plugins", "plug in", "plug ins",
            "extension", "extensions", "macro", "macros", "script", "scripts", "rule", "rules",
            "inbox rule", "inbox rules", "forwarding rule", "forwarding rules", "notification",
            "notifications", "push notifications", "forwarding", "auto forwarding", "signature",
            "signatures", "web part", "web parts", "workflow", "workflows", "flow",
            "flows", "reminders", "read receipts", "automatic replies", "auto replies", "auto reply",
            "integration", "アドイン", "プラグイン", "マクロ", "スクリプト", "ルール", "仕分けルール", "通知", "署名",
            "転送", "自動転送", "webパーツ", "ワークフロー", "フロー", "リマインダー", "自動返信", "開封確認",
        ],
    ),
    // round 39: a fault of one kind of item ("can't open password-protected workbooks",
    // "large files fail", "パスワード付きのファイルが開けない"): the rest of the items work.
    (
        &[DEGRADED, PARTIAL],
        &[
            "password protected", "password-protected", "encrypted files", "encrypted workbooks",
            "encrypted documents", "large files", "larger files", "big files", "macro enabled",
            "macro-enabled", "certain files", "specific files", "some files", "older files",
            "パスワード付き", "パスワード保護された", "パスワードで保護された", "暗号化されたファイル", "大きなファイル",
            "容量の大きい", "サイズの大きい", "マクロ付き", "特定のファイル", "一部のファイル",
        ],
    ),
    // Partial faults in other words.
    (
        &[DEGRADED, PARTIAL],
        &[
            "delaying", "delay", "laggy", "lagging", "lags", "sluggish", "重い", "重く", "もっさり",
            "ケースが多発", "ケースがあります", "ケースがある", "ない社員がいます", "ないユーザーがいます",
            "ない人がいます", "ないメンバーがいます", "にだけ届きません", "にだけ届かない", "だけに届きません",
        ],
    ),
    // A whole service stopped, with nothing saying for whom: everyone.
    (
        &[DOWN, IMPLIES_ALL],
        &[
            "stopped completely", "completely stopped", "has stopped completely", "completely down",
            "total outage", "full outage", "完全に止ま", "完全に停止", "全面的に停止",
        ],
    ),
    // A server error is the service's, not one user's.
    (
        &[IMPLIES_ALL],
        &[
            "http 500", "error 500", "500 error", "internal server error", "http 502", "bad gateway",
            "http 503", "service unavailable",
        ],
    ),
    // Everyone of a group: the whole organisation is everyone, a named part is several.
    (
        &[EVERYONE_IN],
        &[
            "everyone in", "everybody in", "anyone in", "anybody in", "everyone at", "everybody at",
            "everyone on", "everybody on", "everyone from", "all users in", "all users at",
            "all staff in", "all staff at", "no one in", "nobody in", "no one at",
            "nobody at", "none of the users in", "by anyone in", "to anyone in", "for anyone in",
            "for everyone in", "by everyone in", "for everybody in",
        ],
    ),
    // Several people: quantity words and the roles admins name.
    (
        &[MULTIPLE],
        &[
            "half the", "half of the", "half of our", "half our", "most of the", "most of our",
            "most users", "a bunch of", "bunch of", "quite a few", "a lot of users", "lots of users",
            "a lot of people", "lots of people", "a number of", "some of the", "some of our",
            "presenters", "attendees", "participants", "assistants", "engineers", "developers",
            "reps", "sales reps", "managers", "executives", "execs", "site owners", "recipients",
            "salespeople", "accountants", "lawyers", "consultants", "interns", "contractors",
            "technicians", "clerks", "analysts", "approvers", "dept", "depts", "sales floor",
            "trading desk", "front desk", "半数", "半分の", "大半", "過半数", "一部の発表者", "発表者",
            "参加者", "出席者", "一部のサイト所有者", "一部の所有者", "一部の職員", "一部の端末", "一部のpc", "一部の拠点",
            "一部の部署", "一部のチーム", "チームが", "チームで", "チームでは", "担当者たち",
        ],
    ),
    (
        &[ALL],
        &[
            "全メールボックス", "全てのメールボックス", "すべてのメールボックス", "全アカウント", "全端末", "全pc", "全てのpc",
            "すべてのpc", "社内全体", "全店",
        ],
    ),
    // One of a group is one person, whatever group or people the text names around them.
    (
        &[ONLY_ONE],
        &[
            "one of our reps", "one of our sales reps", "one of the sales reps", "one of our engineers",
            "one of our managers", "one of our assistants", "one of our executives", "one of our execs",
            "one of our agents", "one of the agents", "one of our employees", "one of our staff",
            "one of our developers", "one of our consultants", "one of our accountants",
            "one of our lawyers", "one of our interns", "one of our presenters", "one of the presenters",
            "one of our site owners", "one of the site owners", "one of our directors", "one of the directors",
            "one of our doctors", "one of our nurses", "one of our teachers", "one of our partners",
            "one of the users", "one of our admins",
        ],
    ),
    // Deadlines and events at stake.
    (
        &[CRITICAL],
        &[
            "webcast", "all hands", "town hall", "townhall", "live event", "client pitch",
            "client presentation", "customer presentation", "customer demo", "client demo",
            "board meets", "the board meets", "board pack", "board papers", "before the board",
            "investor call", "deliverable", "deliverables", "due end of day", "due eod",
            "end of day today", "by end of day", "by eod", "due tonight", "due this afternoon",
            "due this evening", "本日中", "今日中", "明日まで", "明日中", "明朝から", "明朝に", "明日の朝",
            "取締役会", "役員会", "株主総会", "決裁", "ライブイベント", "全社向け", "全社集会", "商談",
            "取りこぼ", "機会損失", "納品", "提出期限", "締め日", "顧客へのプレゼン", "プレゼンがあ", "プレゼン前",
            // round 39: a demonstration or proposal to a customer ("顧客とのデモがあります").
            "顧客とのデモ", "顧客へのデモ", "顧客向けのデモ", "お客様とのデモ", "お客様へのデモ", "お客様向けのデモ",
            "顧客への提案", "お客様への提案", "顧客デモ", "客先でのデモ", "客先デモ",
        ],
    ),
    // The user's own alternatives, said generically.
    (
        &[Workaround],
        &[
            "とりあえず", "手動で追加しました", "手動で追加して", "そちらで対応", "で対応しています", "で凌", "でしの",
            "manually for now", "still work",
        ],
    ),
    // Other users or devices that are fine say who is affected, not how to work around it.
    (
        &[MASK],
        &[
            "他のpcは", "別のpcは", "他の端末は", "他のユーザーは", "other pcs are", "the rest are",
            "the other pcs", "モバイルアプリで送信", "モバイルアプリから送信", "sending from the mobile app",
            "sent from the mobile app", "when using the mobile app", "contacts list", "contact list",
            "連絡先リスト",
        ],
    ),
    // Our own invoices, sent to our customers, are our business, not a billing question.
    (
        &[MASK],
        &[
            "取引先へ請求書", "取引先に請求書", "顧客への請求書", "顧客に請求書", "請求書pdf", "請求書を送", "請求書の送付", "請求書を発行",
            "invoices to customers", "invoices to clients", "invoices to our customers", "send invoices", "sending invoices",
            "exports invoices", "customer invoices", "invoice run", "dunning letters",
        ],
    ),
    // Our own quotes are our business, not a presales question.
    (
        &[MASK],
        &[
            "見積もりサイト", "見積サイト", "見積もりが出せ", "見積もりを出せ", "見積もりを作成", "見積書が", "見積書を",
            "send quotes", "issue quotes", "quotes to customers", "quoting tool", "quoting system",
        ],
    ),
    // Renewal of a subscription, not of a spreadsheet.
    (
        &[Billing(2)],
        &[
            "自動更新を無効", "自動更新をオフ", "自動更新を停止", "自動更新の停止", "自動更新日", "サブスクリプションの自動更新",
            "ライセンスの自動更新", "契約の自動更新", "自動更新を止め", "自動更新されて",
        ],
    ),
    // Telephony actions in Japanese.
    (
        &[CANNOT_DOWN],
        &["発信", "着信", "外線発信", "外線着信", "外線", "電話の発信", "電話の着信"],
    ),
    // Services named by a feature.
    (
        &[Service(EXO, 2)],
        &[
            "sent items", "junk folder", "junk email", "room list", "scheduling assistant",
            "recall a message", "free/busy", "free busy", "送信済み", "会議出席依頼", "空き時間情報",
        ],
    ),
    (&[Service(EXO, 1)], &["eac", "junk", "recall"]),
    (
        &[Service(SPO, 2)],
        &["イントラネット", "イントラ", "ポータルサイト", "hub site"],
    ),
    (
        &[Service(ODB, 2)],
        &["known folder move", "kfm", "既知のフォルダー", "既知のフォルダ"],
    ),
    (
        &[Service(IDENTITY, 2)],
        &["アカウントがロック", "アカウントのロック", "account is locked", "locked out of"],
    ),
    // ---------------------------------------------------------------- round 4 (blind-4)
    // A service dead, or nothing moving in or out: an outage for everyone.
    (
        &[DOWN, IMPLIES_ALL],
        &[
            "is dead", "dead since", "mail flow dead", "completely dead", "totally dead",
            "went dead", "nothing in or out", "nothing going in or out", "nothing coming in or going out",
            "nothing coming in", "nothing going out", "全く動いていません", "完全にダウン",
        ],
    ),
    // The organisation as a whole.
    (
        &[ALL],
        &[
            "for the org", "for the organization", "for the organisation", "for the company",
            "for the tenant", "across the org", "across our org",
            "テナント内のすべて", "テナント内の全", "テナント全体", "事務所全体", "オフィス全体",
            "組織全体",
        ],
    ),
    (
        &[MULTIPLE],
        &[
            "数個", "いくつかの", "何個か", "一部の人", "一部の方", "医師", "看護師", "教員", "講師", "先生方",
            "スタッフ", "職員",
        ],
    ),
    (
        &[SINGLE],
        &["ある社員", "社員1名", "1名の社員", "スタッフ1名", "職員1名", "医師1名"],
    ),
    // Asking for help is a question.
    (
        &[WORKING],
        &[
            "need a hand", "need some help", "give us a hand", "could use some help",
            "looking for guidance", "looking for advice", "相談させて", "お知恵を",
        ],
    ),
    // People left waiting and the end of the business day.
    (
        &[CRITICAL],
        &[
            "customers are waiting", "customers waiting", "clients are waiting", "patients are waiting",
            "callers are waiting", "close of business", "by cob", "cob today", "end of business",
            "お客様が待", "お客様が溜ま", "お客様をお待たせ", "患者", "業務終了まで", "終業まで", "本日の業務終了",
        ],
    ),
    // An audit setting is a feature, not an audit.
    (
        &[MASK],
        &[
            "audit log", "audit logs", "audit logging", "audit setting", "audit settings",
            "mailbox audit", "mailbox auditing", "auditing", "audit policy", "監査ログ", "監査の設定",
            "メールボックス監査", "監査設定", "監査ポリシー",
        ],
    ),
    // Services named by a feature.
    (
        &[Service(APPS, 2)],
        &[
            "update channel", "enterprise channel", "monthly enterprise channel", "current channel",
            "semi annual channel", "office installs", "re activate", "reactivate", "更新チャネル",
            "エンタープライズチャネル", "再ライセンス認証",
        ],
    ),
    (&[Service(EXO, 1)], &["attachments", "attachment", "添付ファイル"]),
    // ---------------------------------------------------------------- round 5 (blind-5)
    // Mail that is not accepted at all; access forbidden.
    // An unlicensed product still opens, read-only, in reduced functionality mode: impaired,
    // not unusable, unless the text says no one can edit (round 16).
    (
        &[DEGRADED],
        &[
            "unlicensed product", "reduced functionality mode",
            "ライセンスのない製品", "機能制限モード",
        ],
    ),
    (
        &[ALL],
        &["all senders", "every sender", "all external senders"],
    ),
    (
        &[EVERYONE_IN],
        &[
            "every member of", "all members of", "each member of", "every person in",
            "all the people in", "every user in", "every user on", "every employee in",
            "all employees in", "every user at", "all employees at",
        ],
    ),
    (
        &[MULTIPLE],
        &["some members", "a few members", "several members"],
    ),
    // Doing it by hand, or with something else, in the meantime.
    (
        &[Workaround],
        &[
            "by hand", "meanwhile", "手動で", "手動なら", "手作業なら", "当面は手動", "手動で移動", "手動で対応", "手作業で対応", "手作業で", "で代用",
            "代用でき", "代用して",
        ],
    ),
    (
        &[CRITICAL],
        &["investor day", "investor", "投資家"],
    ),
    (
        &[Service(IDENTITY, 2)],
        &["group based licensing", "group licensing", "グループベースのライセンス"],
    ),
    (
        &[NETWORK],
        &["isp", "our isp", "internet link", "internet connection is saturated", "saturated", "回線", "回線の帯域"],
    ),
    (
        &[DEVELOPMENT],
        &["社内アプリ", "in house application"],
    ),
    // ---------------------------------------------------------------- round 6 (blind-6)
    // Mail flow stopped, nothing delivered, a service not usable at all: everyone's outage.
    (
        &[DOWN, IMPLIES_ALL],
        &[
            "mail flow stopped", "mail flow is stopped", "mail flow has stopped", "mail flow is completely stopped",
            "mail flow halted", "no mail flow", "mail is not flowing", "mail isn't flowing", "nothing delivered",
            "nothing is being delivered", "nothing has been delivered", "nothing getting delivered",
            "no mail delivered", "no mail is being delivered", "no emails delivered", "0 mails delivered",
            "0 emails delivered", "zero mail", "メールフローが停止", "メールフローが止ま", "一通も届", "1通も届", "メールが一切届",
            "全く使えません", "全く使えない", "全く使えず", "全く利用できません", "全く利用できない", "全くつながらない",
            "全くつながりません", "全くアクセスできません", "全くアクセスできない",
        ],
    ),
    // "Not working at all" is down, whatever verb form comes before it.
    (
        &[DOWN],
        &[
            "is not working at all", "isn't working at all", "are not working at all",
            "aren't working at all", "not work at all", "is not usable at all", "isn't usable at all",
        ],
    ),
    // Anyone of the people: everyone.
    (
        &[ALL],
        &[
            "any user", "any users", "for any user", "any of our users", "any of the users", "any employee",
            "any employees", "any staff", "any of our staff", "どのユーザーも", "どのユーザーでも", "どの社員も", "どの利用者も",
            "いずれのユーザーも",
        ],
    ),
    // Some of them: several.
    (
        &[MULTIPLE],
        &[
            "few ppl", "some ppl", "a few ppl", "few people", "some folks", "a few folks", "一部の", "ユーザーの一部",
            "社員の一部", "メンバーの一部", "スタッフの一部", "利用者の一部",
        ],
    ),
    // Some of the items, not of the people.
    (
        &[MASK],
        &[
            "一部の機能", "一部のファイル", "一部のページ", "一部の設定", "一部のメール", "一部のフォルダー", "一部のアイテム", "一部の項目",
            "一部の予定", "一部のデータ", "一部の文字", "一部の画像", "一部の添付",
        ],
    ),
    // A cut-off, a limit date, complaints from customers.
    (
        &[CRITICAL],
        &[
            "cut off", "cutoff", "までに", "苦情", "クレーム", "customers are complaining", "clients are complaining",
        ],
    ),
    // Blocked is a fault, not a locked account ("ブロックされ" holds "ロックされ").
    (
        &[DEGRADED],
        &["ブロックされ", "ブロックされて"],
    ),
    // Not finding the fix is a fault still open, not a question.
    (
        &[MASK],
        &[
            "解決方法が見つか", "解決策が見つか", "対処方法が見つか", "対処法が見つか", "解決方法がわから", "対処方法がわから",
            "対処法がわから", "解決方法を探して",
        ],
    ),
    // What the user can still do, in Japanese: an alternative after a contrast ("〜が、web版
    // からはアップロードできます") is the workaround (see `Fx::Able`).
    (
        &[Able],
        &[
            "できます", "できています", "できている", "できるので", "できるため", "できる状態", "使えます", "使えています",
            "使えている", "使えるので", "開けます", "開けています", "開けている", "開けるので", "見られます", "見られるので",
            "見えます", "見えています", "表示されます", "表示されています", "表示されるので", "動きます", "動いています",
            "動作します", "動作しています", "届きます", "届いています", "通知されます", "通知が来ます", "問題なく",
            "できる", "できた", "使える", "開ける", "見られる", "表示される",
        ],
    ),
    // The people who can still do the work, and how they do it, are read by `Fx::AbleSubject`.
    (
        &[AbleSubject],
        &["she", "he", "i", "they", "we", "the user", "but", "still"],
    ),
    // ---------------------------------------------------------------- round 7 (blind-7)
    // A fault stated outright: mail that bounces, an app that will not load, a blank page,
    // a feature that is not functioning. For everyone (or everyone of a group) it is down.
    (
        &[DEGRADED, OUTRIGHT],
        &[
            "bounces", "bounce", "bounced", "bouncing", "not loading", "won't load", "will not load",
            "doesn't load", "does not load", "not connecting", "isn't connecting", "blank page", "blank white page",
            "white page", "blank screen", "white screen", "バウンス", "読み込めない", "読み込めません", "読み込めず",
            "読み込まれない", "読み込まれません", "真っ白", "空白ページ", "機能していない", "機能していません", "動作していない",
            "動作していません", "動いていない", "動いていません", "動かなく", "動作しなく", "機能しなく",
        ],
    ),
    // Mail wiped out, a typo of "down": everyone's outage.
    (
        &[DOWN, IMPLIES_ALL],
        &["全滅", "dwon", "donw", "outtage"],
    ),
    (
        &[DOWN],
        &["届かず", "crash immediately", "crashes immediately", "crash right away", "crashes right away",
          "すぐに落ち", "すぐ落ち", "すぐにクラッシュ", "開くと落ち", "開いても落ち", "開くとすぐ落ち"],
    ),
    // Mail that is not going out or getting through, accounts that cannot be activated.
    (
        &[CANNOT_DOWN],
        &[
            "going out", "go out", "getting through", "get through", "getting email", "getting any email",
            "getting mail", "getting any mail", "getting emails", "getting any emails", "get any email",
            "get any mail", "activate their accounts", "activate their account", "activate accounts",
            "アカウントを有効化",
        ],
    ),
    (
        &[Opens],
        &["open", "opening", "be opened", "been opened"],
    ),
    // Many attempts are not many people.
    (
        &[MASK],
        &["too many", "how many"],
    ),
    // "Won't" do something is a fault.
    (
        &[DEGRADED],
        &["won't", "will not"],
    ),
    // Outright in other words: stuck in the outbox, cannot be viewed, forbidden.
    (
        &[DEGRADED, OUTRIGHT],
        &["stuck in the outbox", "stuck in outbox", "stuck in the queue", "stuck in queue", "送信トレイに残",
          "送信トレイに溜ま", "見られない", "見られません", "見れない", "見れません", "403", "forbidden"],
    ),
    // Nobody of the customers, anyone at all.
    (
        &[ALL],
        &[
            "誰にも", "誰からも", "だれにも", "全顧客", "すべての顧客", "全ての顧客", "すべてのお客様", "全てのお客様", "全取引先",
            "every customer", "all customers", "all our customers", "all of our customers",
        ],
    ),
    // A part of a service: alerts, a tab, an editor, the ribbon.
    (
        &[PART],
        &["alert", "alerts", "アラート", "ribbon", "リボン", "page editor", "ページエディター"],
    ),
    // Emptiness where content should be.
    (
        &[DEGRADED],
        &["empty", "is empty", "are empty", "come back empty", "comes back empty", "空です", "空になります", "空になって", "空の状態", "空っぽになりました", "空っぽになった", "空っぽになって", "空っぽです", "空になりました", "空になった"],
    ),
    // In the meantime, for now, instead: the user's own way round it.
    (
        &[Workaround],
        &[
            "for now", "for the time being", "in the meantime", "as a stopgap", "stopgap", "代わりに", "代替として",
            "当面は", "ひとまず", "暫定的に", "暫定で",
        ],
    ),
    (
        &[MASK],
        &["instead of", "当面は様子", "当面様子", "no workaround for now", "for now no"],
    ),
    // What still works, or works elsewhere, after the fault (see `Fx::Able`).
    (
        &[Able],
        &[
            "still works", "still work", "still working", "works for her", "works for him", "works for them",
            "works fine for her", "works fine for him", "works in", "works on", "works from", "works via",
            "works fine in", "works fine on", "works ok in", "work in", "work on", "instead",
            "てもらっています", "てもらっている", "ていただいています",
        ],
    ),
    // Asking whether, or asking to confirm, is a question.
    (
        &[WORKING],
        &["かどうか", "のか確認", "確認させてください", "確認させていただ", "教えてほしい", "could you confirm", "can you confirm"],
    ),
    // Orders that cannot ship; shipping stopped.
    (
        &[CRITICAL],
        &["出荷", "ship orders", "shipping", "closes at noon", "by noon", "before noon", "正午"],
    ),
    // Comparing channels or settings of a deployment is technical work, not presales.
    (
        &[Technical(2)],
        &[
            "deployment", "deploy", "deploying", "update channel", "current channel", "monthly enterprise channel",
            "semi annual enterprise channel", "展開", "更新チャネル", "最新チャネル", "月次エンタープライズチャネル",
        ],
    ),
    (
        &[Service(IDENTITY, 2)],
        &["activate their accounts", "activate their account", "account activation", "アカウントを有効化", "アカウントの有効化"],
    ),
    (
        &[Service(SPO, 2)],
        &["社内ポータル", "intranet portal", "board portal"],
    ),
    // ---------------------------------------------------------------- round 8 (blind-8)
    // Throwing an error at everyone is as outright as failing.
    (
        &[DEGRADED, OUTRIGHT],
        &["throwing", "is throwing", "are throwing", "sits in the queue", "sitting in the queue", "sit in the queue",
          "キューに溜まった", "キューに溜まって", "キューに残"],
    ),
    (
        &[DOWN],
        &["送れていない", "送れていません"],
    ),
    (
        &[Fine],
        &["is fine", "are fine", "works fine", "work fine", "is ok", "is okay", "works ok", "worked fine",
          "goes through fine", "go through fine"],
    ),
    // Nothing arriving at all; nobody let in.
    (
        &[DOWN, IMPLIES_ALL],
        &[
            "zero inbound", "zero email", "zero emails", "zero mail", "no inbound mail", "no inbound email",
            "no inbound emails", "no email at all", "no mail at all", "受信メールがゼロ", "メールがゼロ", "メールが0件",
        ],
    ),
    (
        &[DOWN, ALL],
        &["won't let anyone", "won't let anybody", "doesn't let anyone", "does not let anyone", "will not let anyone",
          "lets nobody", "let nobody"],
    ),
    // Mail that was not sent could not be sent.
    (
        &[CANNOT_DOWN],
        &["sent", "being sent"],
    ),
    // Doing it by hand.
    (
        &[Workaround],
        &["added it manually", "add it manually", "adding it manually", "今は手動", "手動で移し", "手動で追加したら",
          "手動で追加すると"],
    ),
    // A named team in Japanese.
    (
        &[MULTIPLE],
        &["チームの", "チームで"],
    ),
    // Auditors arriving, tomorrow morning.
    (
        &[CRITICAL],
        &["auditor", "auditors", "監査人", "明朝", "四半期末", "期末"],
    ),
    // ---------------------------------------------------------------- round 9 (blind-9)
    // "Don't" do something is a fault, like "doesn't".
    (
        &[DEGRADED],
        &["don't", "do not", "didn't"],
    ),
    // Chatting and calling out are what Teams and Skype for Business are for.
    (
        &[CANNOT_DOWN],
        &["chat", "chatting", "im", "instant message", "send messages", "call out", "dial out", "call externally",
          "チャット"],
    ),
    (
        &[DEGRADED, OUTRIGHT],
        &["始まらない", "始まりません", "くるくる"],
    ),
    // Roles in the plural, and machines, are several.
    (
        &[MULTIPLE],
        &["traders", "brokers", "cashiers", "drivers", "pharmacists", "paralegals", "accountants", "designers",
          "developers", "consultants", "lawyers", "solicitors", "advisers", "advisors", "recruiters",
          "receptionists", "buyers", "planners", "dispatchers", "operators", "supervisors", "clerks", "tellers",
          "pcs", "machines", "workstations", "トレーダー", "オペレーター", "チーム全体", "部全体", "部署全体", "課全体",
          "部門全体", "支店全体"],
    ),
    // An old version shown where the new one should be is a fault.
    (
        &[DEGRADED, PARTIAL],
        &["old version", "an old version", "古い版", "古いバージョン"],
    ),
    // A restart or a refresh that brings it back is how the user gets by.
    (
        &[Able],
        &["fixes it", "fixes it temporarily", "sorts it", "shows the new one", "shows the new version", "shows the right",
          "shows the correct"],
    ),
    // Asking for a sample or a snippet is a question.
    (
        &[WORKING],
        &["need a", "need an", "looking for a", "ほしい", "欲しい", "サンプル", "snippet", "sample", "example"],
    ),
    // Nobody having a file open says nothing of who is affected; a file locked for editing
    // is not a locked account.
    (
        &[MASK],
        &["誰も開いて", "誰も使って", "誰も編集して", "誰もいない", "nobody has open", "nobody has it open",
          "no one has open", "no one has it open", "編集のためにロック", "ためにロックされ", "file locked", "locked for editing"],
    ),
    (
        &[CRITICAL],
        &["契約締結", "締結", "contract signing", "market opens", "市場が開"],
    ),
    // ---------------------------------------------------------------- round 10 (blind-11, 12)
    // The service itself, or the rest of it, still works: a part of it fails.
    (
        &[REST_WORKS],
        &[
            "itself works", "itself is fine", "itself is ok", "itself is okay", "itself is working",
            "itself works fine", "itself is unaffected", "everything else works", "everything else is fine",
            "everything else ok", "everything else is ok", "everything else is working", "everything else works fine",
            "all work for him", "all work for her", "all work for them", "all work fine", "all still work",
            "自体は問題", "自体は普通に", "自体は使え", "自体は正常", "自体は動いて", "自体は届いて", "自体は送受信でき",
            "それ以外は問題", "他の機能は問題", "ほかの機能は問題", "他の機能は使え", "ほかの機能は使え",
        ],
    ),
    (
        &[REST_WORKS],
        &["自体は流れて", "自体は送受信", "自体は開け", "自体は起動"],
    ),
    (
        &[DEGRADED, PARTIAL],
        &["おきに", "ごとに切断", "every few minutes", "every couple of minutes", "every now and then"],
    ),
    (
        &[PART],
        &["button", "buttons", "tab", "icon", "menu", "emoji", "emojis", "gifs", "stickers", "reactions", "thumbnails",
          "previews", "ボタン", "タブ", "アイコン", "メニュー", "絵文字", "サムネイル", "プレビュー"],
    ),
    (
        &[DEGRADED, OUTRIGHT],
        &["消えた", "消えました", "消えてしま"],
    ),
    (
        &[EVERYTHING],
        &["でもweb版でも", "でもブラウザでも", "でもアプリでも", "でもデスクトップでも", "でもoutlookでも", "でもowaでも",
          "でもスマホでも", "どのクライアントでも", "どの端末でも", "どのpcでも", "どちらから", "どちらでも", "いずれでも", "両方で"],
    ),
    (
        &[ONLY_ONE],
        &["on one kiosk", "on one shared pc", "on one kiosk pc", "on one workstation", "on one mac", "on one ipad",
          "on one iphone", "on one phone", "on a single workstation", "on only one", "on just one"],
    ),
    // ---------------------------------------------------------------- round 11 (blind-13)
    (
        &[REST_WORKS],
        &[
            "themselves are fine", "themselves work", "themselves work fine", "themselves are working", "自体はでき",
            "自体はできて",
        ],
    ),
    // Doing it another way on condition ("アプリを開けば承認画面が出る").
    (
        &[Workaround],
        &["開けば", "すれば使え", "すればでき", "ログインすると選べ", "ログインすればでき", "再起動すれば", "再起動すると直"],
    ),
    (
        &[USER_WORKAROUND],
        &["ほかのpc", "ほかの端末", "ほかのパソコン", "他のパソコン", "別のパソコン"],
    ),
    (
        &[DEGRADED],
        &["time out", "timing out"],
    ),
    (
        &[DOWN, ALL],
        &["nothing in and nothing out", "nothing in nothing out", "nothing in or out"],
    ),
    (
        &[NoWorkaround],
        &[
            "too many to", "too many files to",
            "どちらでも同じ", "どちらからでも同じ", "どちらも同じ", "いずれも同じ", "いずれでも同じ", "どちらからでも同様", "same in both",
            "same on both", "same in either", "both give the same",
        ],
    ),
    (
        &[MASK],
        &["before renewal", "before our renewal", "before the renewal", "更新前に"],
    ),
    (
        &[CRITICAL],
        &["webinar", "webinars", "ウェビナー", "本日午後", "今日の午後", "顧客向け", "this afternoon"],
    ),
    (
        &[STALLED],
        &["has stopped", "have stopped", "has halted"],
    ),
    // Times shown an hour out.
    (
        &[DEGRADED],
        &["an hour off", "hour off", "off by an hour", "out by an hour", "1時間ずれ", "時間がずれ"],
    ),
    // Nothing leaving or arriving, mail refused: the service is not doing its job.
    (
        &[DOWN, IMPLIES_ALL],
        &[
            "nothing is leaving", "nothing leaving", "nothing is going out", "nothing goes out", "nothing gets out",
            "nothing is getting out", "nothing is coming in", "nothing comes in", "nothing gets in", "nothing is getting in",
        ],
    ),
    (
        &[DEGRADED, OUTRIGHT],
        &["queuing", "queueing", "rejecting", "reject", "refusing", "refuses"],
    ),
    // Recipients' domains are not the identity service's domains.
    (
        &[MASK],
        &[
            "external domain", "external domains", "any external domain", "other domains", "recipient domain",
            "recipient domains", "外部ドメイン", "社外ドメイン",
        ],
    ),
    // Search is a part of the service it searches.
    (
        &[PART],
        &["search", "searching", "search results", "spell check", "autocomplete", "検索", "検索結果", "オートコンプリート"],
    ),
    // Reading or viewing that still works: what fails is a part of the service.
    (
        &[REST_WORKS],
        &[
            "can still view", "can still read", "viewing works", "viewing is fine", "reading is fine", "receiving works",
            "receiving is fine", "inbound is fine", "outbound is fine", "sending works", "sending is fine",
            "閲覧はでき", "閲覧だけはでき", "閲覧のみでき", "閲覧は可能", "読み取りはでき", "表示はでき", "受信はでき",
            "送信はでき", "なら送れ", "なら送信でき", "のみなら", "だけなら",
        ],
    ),
    // Opening that fails in Japanese: down for a mailbox, a site or an app, a fault for an item;
    // stated outright, so for a whole group on what they open it leaves the service unusable.
    (
        &[OpenFailed, OUTRIGHT],
        &["開けない", "開けません", "開けなく", "開けず", "開かない", "開きません", "開かなく"],
    ),
    // A stated possibility is not a fault yet ("may not be able to use their phones").
    (
        &[MASK],
        &[
            "might not be able", "may not be able", "might not work", "may not work", "might not have",
            "may not have", "might fail", "may fail", "could fail",
        ],
    ),
    // Exactly one person, or one device, is affected.
    (
        &[ONLY_ONE],
        &[
            "only him", "only her", "only he", "only she", "only me", "just him", "just her", "only this user",
            "only that user", "only one user", "only one person", "only this one user", "just one user",
            "just this user", "only one of our", "only one of the", "on one pc", "on one laptop", "on one machine",
            "on one computer", "on one device", "on a single pc", "on a single laptop", "on a single machine",
            "1名だけ", "1名のみ", "一名だけ", "一名のみ", "1人だけ", "1人のみ", "一人だけ", "一人のみ", "ひとりだけ", "1ユーザーだけ",
            "1ユーザーのみ", "このユーザーだけ", "このユーザーのみ", "当該ユーザーのみ", "の1名で", "の1名が", "の1名だけ",
            "の1名のみ", "の1人で", "の1人が", "の一人", "のひとり", "1台だけ", "1台のみ", "1台のpc", "1台のパソコン",
            // round 39: the writer alone ("not everyone, just me").
            "just me", "just for me", "only for me", "for me only", "me only", "just myself", "only myself",
            "私だけ", "自分だけ", "私のみ", "自分のみ", "わたしだけ",
        ],
    ),
    // The fault covers everything opened, on every machine, in every client.
    (
        &[EVERYTHING],
        &[
            "any file", "any files", "any document", "any documents", "any onedrive file", "any sharepoint file",
            "every file", "all files", "all their files", "all of their files", "all documents", "every document",
            "any app", "any m365 app", "any office app", "any microsoft 365 app", "every app", "all apps",
            "every machine", "every laptop", "all machines", "all laptops", "each machine", "each laptop",
            "every single", "alike", "no office at all", "open any", "opening any", "すべてのファイル", "全てのファイル",
            "ファイルがすべて", "ファイルが全て", "全ファイル", "どのファイルも", "全台", "すべての端末", "全ての端末", "どのアプリも",
            "すべてのアプリ", "全てのアプリ", "全アプリ",
        ],
    ),
    // Work, repairs or production at a standstill.
    (
        &[STALLED],
        &[
            "stalled", "is stalled", "are stalled", "has stalled", "at a standstill", "ground to a halt",
            "grinding to a halt", "on hold", "作業が止ま", "工事が止ま", "生産が止ま", "出荷が止ま", "作業がストップ",
            "業務がストップ", "止まっています", "ストップしています",
        ],
    ),
    // A quoted message shown where the work should be is an error.
    (
        &[DEGRADED, OUTRIGHT],
        &[
            "」と表示され", "」と表示される", "」と表示されます", "」と出ます", "」と出る", "」と出て", "」となり", "」となります",
            "」になり", "」になります", "」が表示され", "」表示になり", "」とエラー", "見つかりません」", "見つからない」",
            "broke", "has broken", "have broken", "stopped loading", "not in service", "out of service", "dead air",
            "読み込まれなく", "読み込まれなくな", "開けなく", "開かなく", "開けず", "消えてしま",
        ],
    ),
    // Getting into an app or a site that cannot be done.
    (
        &[CANNOT_DOWN],
        &["get into", "get in", "get onto", "getting into", "sign on", "log on to", "get to their mail"],
    ),
    // Dates and events that put a deadline at stake: an onboarding day, a quarter that
    // closes, shareholders waiting, an event about to start.
    (
        &[CRITICAL],
        &[
            "onboarding is", "onboarding day", "start date", "first day", "opening day", "go live date",
            "quarter closes", "quarter close", "month closes", "year closes", "end of quarter",
            "end of the quarter", "end of month", "end of the month", "closes tomorrow", "closes today",
            "investor calls", "earnings calls", "client pitches", "board meetings", "live events", "webcasts",
            "shareholders", "scheduled today", "scheduled for today", "handover", "handovers", "開設日",
            "開設する", "開業", "オープン日", "株主", "開始まで", "開始まであと", "まもなく開始", "直前", "営業を始められ",
        ],
    ),
    // An audit trail, like an audit log, is a feature, not an audit.
    (
        &[MASK],
        &["audit trail", "audit trails", "監査証跡", "auditor's tenant", "auditors' tenant"],
    ),
    // Using an Office feature: how to, in Japanese and English.
    (
        &[WORKING],
        &["使い方", "使いかた", "書き方", "設定の仕方", "やり方を", "how do you", "how would i", "how can you"],
    ),
    (
        &[OFFICE_APPS],
        &["スライド番号", "slide number", "slide numbers", "関数", "excel関数", "excelの関数", "数式"],
    ),
    // Products outside the seven services.
    (
        &[Service(Service::Other, 3)],
        &[
            "microsoft forms", "ms forms", "bookings", "microsoft bookings", "planner", "microsoft planner",
            "power automate", "power bi", "power apps", "microsoft stream", "formsの", "forms の",
        ],
    ),
    (
        &[Service(EXO, 2)],
        &[
            "imap migration", "imap移行", "移行バッチ", "migration batch", "distribution group", "distribution groups",
            "room mailbox", "room mailboxes", "oof",
        ],
    ),
    (
        &[Service(ODB, 2)],
        &["sync client", "同期クライアント"],
    ),
    (
        &[Service(IDENTITY, 3)],
        &[
            "admin role", "admin roles", "administrator role", "administrator roles", "管理者ロール", "ロール", "gdap",
            "delegated admin", "ad connect", "aadsts", "管理者を追加", "security info", "セキュリティ情報",
        ],
    ),
    (
        &[Service(TEAMS, 2)],
        &["calendar tab", "files tab", "activity feed", "ファイルタブ", "「ファイル」タブ", "private channel", "private channels"],
    ),
    (
        &[THIRD_PARTY],
        &[
            "codetwo", "exclaimer", "crossware", "letsignit", "zendesk", "servicenow", "slack", "kintone", "サイボウズ",
        ],
    ),
    (
        &[Presales(2)],
        &[
            "recommend a microsoft partner", "recommend a local partner", "suggest a partner", "suggest a microsoft partner",
            "introduce a partner", "know a partner", "partner near", "a partner near", "microsoft partner near",
        ],
    ),
    // ---------------------------------------------------------------- round 12 (blind-14, 15)
    // The Outlook program: Exchange Online, unless the program itself fails.
    (
        &[OutlookApp],
        &[
            "outlook", "outlok", "outlook desktop", "desktop outlook", "outlook for mac", "mac版outlook",
            "outlookデスクトップ", "outlookデスクトップ版", "outlook client", "the outlook client",
            "outlook desktop client", "outlookのデスクトップ版", "outlook for windows",
        ],
    ),
    // The Outlook apps on phones show the mailbox: Exchange Online.
    (
        &[Service(EXO, 2)],
        &["outlook mobile", "outlook for ios", "outlook for android", "outlook app on", "outlookアプリ",
          "スマホのoutlook", "モバイル版outlook"],
    ),
    // A fault of the program itself.
    (
        &[ClientFault],
        &[
            "crash", "crashes", "crashed", "crashing", "won't start", "wont start", "will not start", "won't launch",
            "will not launch", "won't open", "wont open", "will not open", "refuses to launch", "refuse to launch",
            "fails to start", "fails to launch", "hangs", "hang", "hanging", "freezes", "freezing", "frozen", "froze",
            "not responding", "safe mode", "online repair", "quick repair", "loading profile", "profile load",
            "outlook profile", "起動しない", "起動しません", "起動できない", "起動できません", "起動しなく", "起動できなく",
            "起動直後", "起動してすぐ", "クラッシュ", "固ま", "フリーズ", "応答なし", "応答しなくな", "セーフモード",
            "プロファイルを作成", "プロファイルの作成", "プロファイルを読み込", "プロファイルの読み込", "プロファイル読み込", "outlookが開きません",
            "outlookが開かない", "outlookが開かなく", "outlookは開きません",
        ],
    ),
    // Everyone else stated as fine: the one named is the only one affected.
    (
        &[ONLY_ONE],
        &[
            "no one else", "noone else", "nobody else", "no other user", "no other users", "no one else is affected",
            "nobody else is affected", "no other users are affected", "nobody else has it", "only that one",
            "端末だけ", "端末のみ", "部屋だけ", "会議室だけ", "ユーザーだけ", "ユーザーのみ", "他のユーザーは問題",
            "ほかのユーザーは問題", "他の人は問題", "ほかの人は問題",
        ],
    ),
    // A meeting-room device is Teams.
    (
        &[Service(TEAMS, 3)],
        &["teams rooms", "teams room", "mtr", "teams rooms端末", "会議室端末", "teams phone", "shifts app", "シフトアプリ"],
    ),
    (
        &[Service(TEAMS, 2)],
        &["meeting recordings", "meeting recording", "会議の録画", "会議のレコーディング"],
    ),
    // A client that hangs is a fault of the client.
    (
        &[DEGRADED],
        &["固まる", "固まります", "固まって", "固まってしま", "フリーズする", "フリーズします", "ハングする", "ハングします",
          "hangs", "freezes", "freezing", "is freezing", "keeps freezing", "not responding"],
    ),
    // Disabling an add-in that makes the fault go away points at the add-in.
    (
        &[THIRD_PARTY],
        &["アドインを無効にすると", "アドインを無効化すると", "アドインを外すと", "アドインをオフにすると",
          "disabling the add in fixes", "disabling the add in", "without the add in it works", "removing the add in fixes"],
    ),
    // Our own invoices and payments that a stop delays are what is at stake, not a billing
    // question.
    (
        &[CRITICAL, MASK],
        &[
            "invoices have to go out", "invoices need to go out", "invoices must go out", "payment run",
            "miss the payment run", "支払いが遅延", "支払が遅延", "入金が遅れ", "入金が1か月遅れ", "入金が遅延",
            "請求書を送付しないと", "請求書の受付", "請求書を発行できない", "delivery is tomorrow", "project delivery",
            "delivery is today", "tender is due", "tender", "bid is due", "submission is due", "入札", "提出期限", "納期",
            "affecting care", "affecting patient care", "patient care", "patient referrals", "診療に影響", "診療",
            "紹介状", "当局", "報告対象", "regulator", "regulatory", "bookings have stopped", "受付が止まって",
            "受付が止まっています", "店舗運営に支障", "運営に支障", "業務に支障", "nowhere to work", "作業を開始できない",
            "作業を開始できません", "作業ができない", "作業ができません", "go live", "go-live", "本番稼働",
            "rollout date will slip", "will slip",
        ],
    ),
    // A tab, a reset or an invitation is a part of the service it belongs to.
    (
        &[PART],
        &["files tab", "the files tab", "calendar tab", "the calendar tab", "tab", "ファイルタブ", "「ファイル」タブ", "タブ",
          // round 37: a view of a list is a part of the site that holds it.
          "list view", "list views", "ビュー", "リストビュー",
          "sspr", "self service password reset", "password writeback", "password reset", "パスワードライトバック",
          "パスワードリセット", "セルフサービスパスワードリセット", "invites", "invitations", "招待メール"],
    ),
    // What else still works: the rest of the service.
    (
        &[REST_WORKS],
        &["chat and meetings fine", "chat and meetings are fine", "chat and meetings work", "chat is fine", "chat works",
          "meetings are fine", "meetings work", "calls are fine", "チャットは使え", "チャットや会議は", "会議は問題な",
          "other external domains", "to other domains", "other domains", "他社ドメイン宛ては", "他のドメイン宛ては",
          "ほかのドメイン宛ては", "other members of the group", "他のメンバーは"],
    ),
    // Some of a group: the ones tried, the ones in a unit.
    (
        &[MULTIPLE],
        &["every user we tried", "everyone we tried", "every user we tested", "all users we tried", "部署内の誰",
          "部署の誰", "チームの誰", "部内の誰", "のユーザー全員"],
    ),
    (
        &[ONLY_ONE],
        &["のユーザー1名", "のユーザー1人", "のユーザー一人", "のユーザー1名が", "のユーザー1名で"],
    ),
    // Asking to debug the customer's own code troubleshoots a fault.
    (
        &[Debug],
        &["debug", "debugging", "debug our", "review our code", "look at our code", "look at the code", "fix our code",
          "what's wrong with our code", "デバッグ", "コードのどこが", "コードを見て", "コードを確認して"],
    ),
    // Searching that finds nothing is a fault.
    (
        &[DEGRADED],
        &["ヒットしません", "ヒットしない", "ヒットせず", "returns nothing", "return nothing", "no results", "検索結果に出ない",
          "検索結果に出ません"],
    ),
    // Asking for the command or the steps is a question.
    (
        &[WORKING],
        &["what's the powershell", "what is the powershell", "whats the powershell", "the powershell to", "which cmdlet",
          "what cmdlet", "what's the cmdlet", "what is the cmdlet", "the cmdlet to", "need the steps", "the steps to",
          "コマンドレットを教えて", "使うコマンドレット", "手順を教えて", "設定方法を教えて"],
    ),
    // Freeing a licence by converting a mailbox is technical work.
    (
        &[Technical(2), MASK],
        &["free up the licence", "free up the license", "free up a licence", "free up a license", "free up their licence",
          "free up their license", "free up his licence", "free up her licence", "free the licence", "free the license",
          "ライセンスを解放", "ライセンスを空け"],
    ),
    // Making something unseeable on purpose is a configuration goal.
    (
        &[MASK],
        &["見られないように", "見れないように", "閲覧できないように", "開けないように", "見えないように", "使えないように",
          "アクセスできないように", "送れないように"],
    ),
    // Uploading that works a different way.
    (
        &[Able],
        &["上げられ", "アップロードでき", "アップロードはでき"],
    ),
    // Deals in the pipeline are revenue at stake; an audit firm is a name, not an audit.
    (
        &[CRITICAL],
        &["every deal", "deals in the pipeline", "the pipeline is affected", "sales pipeline", "our pipeline"],
    ),
    (&[MASK], &["監査法人", "audit firm", "our auditors"]),
    // Mail held in a queue is delayed: a fault.
    (
        &[DEGRADED],
        &["is queued", "are queued", "queued", "stuck in the queue", "キューに滞留", "滞留しています", "滞留して"],
    ),
    // Entering a service that nobody can is an outage.
    (
        &[DOWN],
        &["に入れない", "に入れません", "に入れない状態", "に入れず", "誰も入れない", "誰も入れません",
          // round 36: the form that says it became so, and a quantifier between ("管理センターに
          // 全部入れなくなりました")
          "に入れなく", "に全部入れな", "に全部入れません", "にすべて入れな", "にすべて入れません", "に全て入れな",
          "に全て入れません", "に全く入れな", "に全く入れません", "にまったく入れな", "にまったく入れません"],
    ),
    // Another client that works for her is her workaround ("fine for her in classic Outlook
    // and OWA").
    (
        &[USER_WORKAROUND, ALTERNATIVE],
        &["classic outlook and owa", "classic outlook or owa", "fine for her in", "fine for him in", "fine for them in",
          "works for her in", "works for him in", "opens fine for her", "opens fine for him"],
    ),
    // A domain that is "example" is not a request for an example.
    (
        &[MASK],
        &["example com", "example.com", "example.jp", "example co", "example kk", "example org", "example net",
          "example shoji"],
    ),
    // ---------------------------------------------------------------- round 13 (blind-16)
    // Dial-in conferencing, Teams Phone and its numbers are Teams.
    (
        &[Service(TEAMS, 3)],
        &["audio conferencing", "calling plan", "calling plans", "auto attendant",
          "auto attendants", "direct routing", "operator connect", "teams calling", "teams voice",
          "オーディオ会議", "電話システム", "自動応答(teams)", "通話プラン",
          "ダイレクトルーティング", "teams電話", "teamsの電話", "teams の電話"],
    ),
    // A meeting room or a phone that runs Teams names it.
    (
        &[Service(TEAMS, 2)],
        &["dial in", "dial in number", "dial in numbers", "dial in conferencing", "conference bridge",
          "conferencing bridge", "電話会議", "ダイヤルイン", "音声会議", "meeting room", "meeting rooms", "conference room", "conference rooms", "board room", "boardroom",
          "room devices", "room system", "room systems", "desk phone", "desk phones", "teams devices",
          "会議室のデバイス", "会議室システム", "卓上電話", "固定電話機"],
    ),
    // A fault for every meeting, every list or every shared mailbox strikes everyone who uses it.
    (
        &[ALL],
        &["every meeting", "all meetings", "any meeting", "every meeting in the tenant", "all our meetings",
          "any of our meetings", "any of our distribution lists", "any of our dls", "all distribution lists",
          "all our distribution lists", "all of our distribution lists", "every distribution list",
          "any distribution list", "all dls", "every dl", "every shared mailbox", "all shared mailboxes",
          "all our shared mailboxes", "all of our shared mailboxes", "any shared mailbox",
          "any of our shared mailboxes", "every group", "all groups", "all our groups", "all m365 groups",
          "all microsoft 365 groups", "every team in the tenant", "any team", "in any team", "all senders in the tenant",
          "どの会議でも", "どの会議も", "すべての会議", "全ての会議", "全会議", "全配布グループ", "すべての配布グループ",
          "全ての配布グループ", "どの配布グループ", "全配布リスト", "すべての配布リスト", "全共有メールボックス",
          "すべての共有メールボックス", "全ての共有メールボックス", "どの共有メールボックス", "全送信者", "すべての送信者",
          "全ての送信者", "全グループ", "すべてのグループ", "どのチームでも", "全チーム", "すべてのチーム"],
    ),
    // What an outage stops: alarms, an incident team, payslips, a customer event, coordination.
    (
        &[CRITICAL],
        &["alarms", "alerting", "operations alerts", "on call",
          "incident response", "incident team", "incident response team", "major incident", "payslips",
          "payslip", "pay slips", "salaries", "salary", "customer event", "client event", "sales call",
          "sales meeting", "sales kickoff", "customer call", "investor", "webinar", "conference today",
          "trade show", "product launch", "release today", "dispatch", "deliveries", "shipments",
          "point of sale", "tills", "checkout", "patient", "surgery",
          "month end", "month-end", "year end", "quarter close", "closing the books", "close the books",
          "警報", "障害対応", "インシデント対応", "給与明細", "給与振込", "決算説明会", "月次決算",
          "月末締め", "年度末", "業務が回りません", "業務が回らない", "業務が回らな", "仕事が回らな", "配送", "発送",
          "レジ", "手術", "イベント", "セミナー", "ウェビナー", "展示会", "説明会", "顧客向け"],
    ),
    // A mail that comes back is a bounce.
    (
        &[DEGRADED, OUTRIGHT],
        &["で戻ってきます", "で戻ってくる", "で戻ってきて", "で戻ってきま", "が戻ってきます", "が戻ってくる",
          "戻ってきます", "戻ってくる", "返ってきます", "返ってくる", "差し戻され", "不達", "不達になり", "配信不能",
          "エラーで返って", "エラーで戻って"],
    ),
    // The way the user already gets by.
    (
        &[Workaround, ALTERNATIVE],
        &["from the recycle bin",           "which works", "where it works", "where it's fine", "where it is fine", "where it works fine",
          "switches back to", "switched back to", "switching back to", "switch back to", "goes back to",
          "falls back to", "fall back to", "works again", "everything works again", "working again",
          "is working again", "works fine again", "すれば普通に使え", "すれば使え", "すれば問題なく",
          "入力すれば", "入れれば", "すれば直ります", "すると直ります", "変えると直ります", "戻せている", "戻せています",
          "戻しています", "forwards them to her", "forwards them to him", "forwarding them to her",
          "forwarding them to him", "a colleague forwards", "colleague is forwarding", "her colleague forwards",
          "his colleague forwards", "同僚が転送", "転送してもらって", "代わりに送って", "manager forwards"],
    ),
    // Asking which way or in what order is a question.
    (
        &[WORKING],
        &["which is better", "which one is better", "which is best", "which should we use", "which should we",
          "what comes first", "recommended order", "in what order", "what order", "which order", "どちらがよい",
          "どちらが良い", "どちらがいい", "どちらを使う", "どの順番", "どの順序", "順番で", "どちらを選"],
    ),
    // Letting or refusing on purpose is a configuration goal.
    (
        &[WORKING, MASK],
        &["受信拒否したい", "受信拒否する", "受信を拒否したい", "ブロックしたい", "させたい", "させたくない",
          "見せたくない", "見せたくありません", "アクセスさせたい", "許可したい", "制限したい"],
    ),
    // Offboarding a leaver is technical work, not a billing question.
    (
        &[Technical(3), Service(IDENTITY, 2)],
        &["offboarding", "offboard", "offboarding a user", "退職者の処理", "退職者処理", "退職処理", "オフボーディング"],
    ),
    (
        &[Technical(3)],
        &["leaver", "leavers", "退職者のアカウント"],
    ),
    // A feature of a service is a part of it.
    (
        &[PART],
        &["plus addressing", "sub addressing", "subaddressing", "meeting chat", "会議チャット", "spell check",
          "spellcheck", "スペルチェック", "read receipts", "開封確認", "out of office", "自動応答メッセージ",
          "live captions", "ライブキャプション", "字幕", "transcription", "トランスクリプト", "breakout rooms",
          "ブレークアウトルーム", "whiteboard", "ホワイトボード", "polls", "投票"],
    ),
    // Asking what a configuration misses troubleshoots the fault.
    (
        &[Debug],
        &["are we missing", "what are we missing", "what we are missing", "what's missing", "what is missing",
          "何が足りない", "何が不足", "何が漏れて"],
    ),
    // A permission error returned to the code is a fault.
    (
        &[DEGRADED],
        &["gets 403", "get 403", "gets a 403", "get a 403", "getting 403", "getting a 403", "returns 403", "returns a 403",
          "gets 401", "gets a 401", "returns 401", "returns a 401"],
    ),
    // Only the users with a setting are some users, not one.
    (
        &[MULTIPLE],
        &["しているユーザーだけ", "しているユーザーのみ", "にしているユーザー", "ているユーザーだけ", "たユーザーだけ",
          "users who have", "users with", "only users who", "only users with", "問い合わせが続いて", "問い合わせが相次"],
    ),
    // Anyone's meetings or mail ("誰の会議も始まりません") are everyone's.
    (
        &[ALL],
        &["誰の会議も", "誰の会議でも", "誰のメールも", "誰のアカウントも", "誰のアカウントでも", "誰のpcでも",
          "誰の画面でも", "誰のチャットも", "誰の通話も", "anyone's", "everyone's", "nobody's", "no one's"],
    ),
    // On every PC of a place: several users.
    (
        &[MULTIPLE],
        &["どのpcでも", "どのパソコンでも", "全pc", "全パソコン", "すべてのpc", "全てのpc", "全端末", "すべての端末"],
    ),
    // Broken, in Japanese, is an outright failure.
    (
        &[DEGRADED, OUTRIGHT],
        &["壊れています", "壊れている", "壊れてい", "壊れた", "壊れました", "壊れて"],
    ),
    // A general meeting of shareholders is a deadline.
    (
        &[CRITICAL],
        &["agm", "annual general meeting", "egm", "shareholder meeting", "shareholders meeting",
          "shareholders' meeting", "general meeting"],
    ),
    // A meeting, in a Microsoft 365 tenant, is held in Teams unless the text names Skype.
    (&[Service(TEAMS, 1)], &["会議", "オンライン会議", "web会議", "会議に参加"]),
    // Its invitations and notices are mail.
    (
        &[Service(EXO, 2)],
        &["会議の通知", "会議通知", "会議招待", "会議の招待", "会議出席依頼", "会議の出席依頼", "会議の案内", "会議室メールボックス",
          "会議の予定", "会議の返信", "会議の承諾"],
    ),
    // ---------------------------------------------------------------- round 14 (blind-17, 18)
    // Products outside the seven services: device management, compliance, security.
    (
        &[Service(Service::Other, 3)],
        &["intune", "microsoft intune", "autopilot", "company portal", "purview", "microsoft purview",
          "defender", "microsoft defender", "defender for office 365", "defender for endpoint", "defender portal",
          "sentinel", "ポータルサイト(intune)", "ポータル サイト アプリ"],
    ),
    (
        &[Service(IDENTITY, 3)],
        &["pass through authentication", "パススルー認証", "pta agent", "pta agents", "認証エージェント",
          "authentication agent", "authentication agents"],
    ),
    // What an outage stops: new starters without laptops, customers who cannot reach us, sales,
    // demos, a security investigation, a checkout.
    (
        &[CRITICAL],
        &["new hires start", "new starters start", "starters start", "start monday", "starts monday",
          "start on monday", "start tomorrow", "starts tomorrow", "customers reach us", "how our customers reach us",
          "customers can't reach us", "customers cannot reach us", "customer hotline", "sales are stalled",
          "sales have stopped", "sales stalled", "customer demos", "demos", "ransomware", "security incident",
          "triage incidents", "investigation", "call scripts", "queue is backing up", "backing up",
          "会計ができ", "会計できません", "会計ができません", "会計ができない", "会計ができず", "会計ができなく", "レジが使え",
          "レジが使えない", "レジが使えません", "レジが使えず", "レジが使えなく", "入社日", "お客様からの電話",
          "お客様からの問い合わせ", "顧客にメールを送れ", "契約書送付", "出荷に影響", "受注データ",
          "no invoices", "invoices are not reaching", "invoices aren't reaching", "invoices reaching", "billing team is stuck",
          "team is stuck"],
    ),
    (
        &[MASK],
        &["video production", "post production", "media production", "content production", "patients can still",
          "patients can phone", "no court deadline", "no deadline", "not time critical"],
    ),
    (
        &[NOT_CRITICAL],
        &["no court deadline", "no deadline", "not time critical", "締め切りはありません", "期限はありません"],
    ),
    // An alternative that policy forbids, or none at all, is no workaround; for the one person
    // affected the service is then unusable.
    (
        &[NoWorkaround],
        &["blocked by our ca policy", "blocked by policy", "disabled by policy", "disabled for her role",
          "disabled for his role", "is not allowed", "not allowed to use", "prohibited", "使用禁止", "利用禁止",
          "禁止されて", "禁止です", "社内規定で", "in any client", "in every client", "in all clients", "any client",
          "on any device", "no other way", "どのクライアントでも"],
    ),
    (
        &[NoWorkaround, DOWN],
        &["has no way to get", "no way to get to", "has no way to", "no way to access", "has no alternative",
          "she has no alternative", "he has no alternative", "so she has no alternative", "so he has no way",
          "no way to work", "作業する手段がありません", "ほかに手段がありません", "他に手段がありません"],
    ),
    // The way the user gets by, said in Japanese as what is being done meanwhile.
    (
        &[Workaround],
        &["運用できている", "運用できています", "運用しています", "移して運用", "で作業しています", "そちらで作業",
          "作業できている", "作業できています", "切り替えれば", "に切り替えると", "に切り替えたら", "switching to",
          "doesn't bother her", "doesn't bother him", "so it doesn't bother", "not bothering",
          "業務への影響はありません", "業務に影響はありません", "業務影響はありません", "業務には影響ありません",
          "業務に影響ありません", "業務への影響はない"],
    ),
    // A code or a mail that does not arrive is a part of the service.
    (
        &[DEGRADED],
        &["コードが届かない", "コードが届きません", "コードが届か", "認証コードが届", "通知メールが届かない",
          "通知メールが届きません", "通知が届かない", "通知が届きません", "code never arrives", "codes never arrive",
          "codes don't arrive", "code doesn't arrive", "code does not arrive", "sms codes", "sms code",
          "notification emails", "notification mails"],
    ),
    // A backup tool's jobs are a part of what they back up.
    (
        &[PART],
        &["jobs", "job", "backup jobs", "backup job", "backups", "バックアップジョブ", "ジョブ", "scheduled refresh",
          "refresh", "スケジュール更新", "datasets"],
    ),
    (
        &[REST_WORKS],
        &["jobs succeed", "jobs are fine", "jobs work", "ジョブは成功", "reports open", "レポートは開け"],
    ),
    // A fault on every object of a shared space affects the people who use it.
    (
        &[MULTIPLE],
        &["all datasets", "every dataset", "all reports", "all flows", "every flow", "all dashboards", "all workspaces",
          "フローがすべて", "すべてのフロー", "全フロー", "代表番号", "main number", "hotline", "customer hotline",
          "practitioners", "clinicians", "nurses", "doctors", "therapists", "dentists", "teachers", "engineers",
          "technicians", "agents", "reviewers", "レビュー担当者", "担当者全員", "医師全員", "看護師"],
    ),
    // Every object or client failing: a third-party add-in, a thing that vanished.
    (
        &[DEGRADED],
        &["vanished", "has vanished", "have vanished", "went missing", "gone missing", "is gone", "are gone", "消失"],
    ),
    (
        &[THIRD_PARTY],
        &["zoom for outlook", "zoom add in", "zoom plugin", "zoom plug in", "box for office", "box add in",
          "dropbox add in", "dropbox for outlook", "webex add in", "webex for outlook", "salesforce add in",
          "docusign add in", "adobe add in", "veeam", "veeam backup"],
    ),
    (
        &[EVERYTHING],
        &["でも同期クライアントでも", "ブラウザでも同期クライアントでも", "ブラウザーでも同期クライアントでも",
          "同期クライアントでもブラウザでも", "ブラウザでもアプリでも", "ブラウザーでもアプリでも"],
    ),
    // Asking where a setting is, or saying it cannot be found, is a question.
    (
        &[WORKING],
        &["where in the", "where do i", "where can i", "where do we", "where can we", "where is the setting",
          "can't find the setting", "cannot find the setting", "can't find where", "cannot find where",
          "can't find it in", "cannot find it in", "can't find it anywhere", "need help with a", "need help writing",
          "コードを見てもらえ", "コードを確認してもらえ", "見ていただけますか",
          "どこで設定", "どこから設定", "どこにありますか", "設定が見つかりません", "設定場所"],
    ),
    // Renewing a certificate is technical work, not a subscription.
    (
        &[Technical(3), MASK],
        &["certificate renewal", "cert renewal", "renewed the certificate", "renewed our certificate",
          "renewing the certificate", "証明書の更新", "証明書更新"],
    ),
    // Every message of those affected: the whole of their mail.
    (
        &[EVERYTHING],
        &["every message", "every email", "every mail", "all messages", "all their mail", "すべてのメール",
          "全てのメール", "メールがすべて", "メールが全て", "全メール"],
    ),
    // Connectors and relays carry mail: Exchange Online.
    (
        &[Service(EXO, 2)],
        &["inbound connector", "outbound connector", "smtp relay", "mail relay", "relays through", "relay through",
          "受信コネクタ", "送信コネクタ", "受信コネクター", "送信コネクター", "smtpリレー", "メールリレー"],
    ),
    // Working from where the items were moved is the user's way round.
    (
        &[Workaround],
        &["working from there", "works from there", "moved them to another", "moved the items to", "moved it to a separate",
          "moved it to another", "moved them to a separate", "copied them to another"],
    ),
    // The same on every network is not the customer's network.
    (
        &[RulesOut(Scope::CustomerNetwork)],
        &["自宅の回線でも", "自宅のwi fiでも", "社内wi fiでも自宅", "社内でも社外でも", "社内でも自宅でも", "on different networks",
          "different networks", "on every network", "home and office alike", "at home and in the office",
          "both at home and", "same at home"],
    ),
    // A profile pushed to devices is configuration, not the customer's network.
    (
        &[MASK],
        &["wi fi profile", "wifi profile", "wi fi profiles", "wifi profiles", "vpn profile", "vpn profiles",
          "wi fiプロファイル", "wifiプロファイル", "vpnプロファイル"],
    ),
    // Office bought under volume licensing is one of the apps.
    (
        &[Service(APPS, 3)],
        &["office ltsc", "ltsc", "office 2021", "office 2024", "office 2019", "professional plus", "project 2021",
          "visio 2021", "project 2024", "visio 2024"],
    ),
    // Redeeming an invitation is the guest's identity.
    (
        &[Service(IDENTITY, 2)],
        &["redeem", "redeem their invites", "redeem the invite", "redeem the invitation", "invitation redemption",
          "b2b", "招待の引き換え", "招待を引き換え", "引き換え"],
    ),
    (
        &[ALL],
        &["every one of our", "each one of our", "every single one of our"],
    ),
    // ---------------------------------------------------------------- round 16 (blind-23, 24)
    // A product deactivated or an account frozen, or Office documents that cannot be edited at
    // all: unusable.
    (
        &[DOWN],
        &["product deactivated", "product is deactivated", "product has been deactivated", "has been deactivated",
          "have been deactivated", "been deactivated", "has been frozen", "have been frozen", "been frozen",
          "can't edit documents", "cannot edit documents", "can't edit any files", "cannot edit any files",
          "can't edit any documents", "cannot edit any documents", "editing is disabled", "非アクティブ化され", "凍結され",
          "凍結状態", "アカウントが凍結"],
    ),
    // Calling lost, or the dial pad gone: telephony cannot be used.
    (
        &[DOWN],
        &["lost calling", "lost teams calling", "lost all calling", "lost phone calling", "lost pstn calling",
          "lost the ability to call", "lost dial tone", "no dial tone", "dial pad greyed out", "dial pad grayed out",
          "dial pad is greyed out", "dial pad is grayed out", "dial pad is missing", "dial pad missing",
          "dial pad disappeared", "dial pad has disappeared"],
    ),
    // A gateway or a service that refuses all of the mail: mail flow stopped for everyone.
    (
        &[DOWN, ALL],
        &["rejecting all our", "rejects all our", "rejected all our", "rejecting all outbound", "rejecting all inbound",
          "rejects all outbound", "rejects all inbound", "rejecting all mail", "rejecting all email", "bouncing all our",
          "bounces all our", "bouncing all outbound", "bouncing all inbound", "blocking all our outbound",
          "blocking all outbound mail", "blocking all inbound mail"],
    ),
    // What the stop costs the business: customers without what they wait for, today's
    // documents that cannot be produced, the market opening.
    (
        &[CRITICAL],
        &["customers aren't getting", "customers are not getting", "customers aren't receiving",
          "customers are not receiving", "customers can't get", "customers cannot get", "customers don't get",
          "customers do not get", "clients aren't getting", "clients are not getting",
          "clients aren't receiving", "clients are not receiving", "can't be prepared", "cannot be prepared",
          "can't be issued", "cannot be issued", "can't be produced", "cannot be produced", "closing documents",
          "loan closing", "loan closings", "market open", "at market open", "before market open",
          "お客様に届かない", "お客様に届きません", "顧客に届かない", "顧客に届きません", "書類が作成できない",
          "書類が作成できません", "書類を作成できない", "書類を作成できません", "書類が作成できず", "書類を作成できず",
          "書類が作れない", "書類が作れません", "書類が出せない", "書類が発行できない", "書類を発行できない"],
    ),
    // A notification or a code that does not come is a fault of a part of the service.
    (
        &[DEGRADED],
        &["通知が来ない", "通知が来ません", "通知が来なく", "通知がこない", "通知がきません", "コードが来ない",
          "コードが来ません", "smsが来ない", "smsが来ません"],
    ),
    // The one affected doing it by hand, or a step they take each time to get on.
    (
        &[Workaround],
        &["sets it manually", "set it manually", "setting it manually", "sets it by hand", "set it by hand",
          "changes it manually", "change it manually", "changing it manually", "does it manually", "do it manually",
          "doing it manually", "fixes it manually", "fix it manually", "has to click", "have to click",
          "has to manually", "have to manually", "has to re enter", "have to re enter", "has to retype",
          "have to retype", "getting by", "gets by"],
    ),
    // Another way of doing the same action said to work ("File > Open works").
    (
        &[Able],
        &["open works", "opening works", "open still works", "opening still works", "open works fine",
          "opening it from", "opening them from", "open it from", "open them from", "同期される", "同期されます",
          "同期されるので", "同期できる", "同期できます"],
    ),
    // A department named for its accounts is a group of people, not accounts affected; one
    // person in it is one person.
    (
        &[MULTIPLE],
        &["accounts payable", "accounts receivable"],
    ),
    (
        &[ONLY_ONE],
        &["one user in", "one user from", "one person in", "one person from", "one employee in",
          "one employee from", "one member of", "one colleague in", "one colleague from"],
    ),
    // Some of the characters or cells, not of the people.
    (
        &[MASK],
        &["一部のフォント", "一部のセル", "一部のシート", "一部のボタン", "一部の表示", "一部の写真"],
    ),
    // Renaming it makes it sync: the user's way round.
    (
        &[Workaround],
        &["ば同期され", "ば同期でき", "ば同期します", "名前を変えれば", "名前を変更すれば", "名前を変えると",
          "名前を変更すると", "リネームすれば", "リネームすると", "renaming it fixes", "renaming the file fixes",
          "if she renames", "if he renames", "once renamed"],
    ),
    // ---------------------------------------------------------------- number words
    (&[Count(1)], &["one"]),
    (&[Count(2)], &["two", "couple of", "a couple of"]),
    (&[Count(3)], &["three"]),
    (&[Count(4)], &["four"]),
    (&[Count(5)], &["five"]),
    (&[Count(6)], &["six"]),
    (&[Count(7)], &["seven"]),
    (&[Count(8)], &["eight"]),
    (&[Count(9)], &["nine"]),
    (&[Count(10)], &["ten"]),
    (&[Count(12)], &["dozen", "dozens of"]),
    (&[Count(100)], &["hundreds of"]),
    (&[Count(1000)], &["thousands of"]),
    // ---------------------------------------------------------------- round 17 (blind-25, 26)
    // Mail flow stopped both ways, or for the tenant: everyone's outage.
    (
        &[DOWN, ALL],
        &["nothing in, nothing out", "nothing in, nothing going out", "nothing coming in, nothing going out",
          "mail flow completely stopped", "mail flow has completely stopped", "mail flow totally stopped"],
    ),
    (
        &[ALL],
        &["for our tenant", "for the tenant", "for the whole tenant", "for our entire tenant", "テナント全体で"],
    ),
    // A mailbox or a unit that receives nothing at all: unusable for those it serves.
    (
        &[DOWN],
        &["一切受信していません", "一切受信していない", "一切受信できていません", "一切受信できない", "一切受信できません",
          "一切届いていません", "一切届いていない", "receiving nothing at all", "not receiving any mail", "not receiving any email",
          "isn't receiving any mail", "aren't receiving any mail", "received nothing since", "have received nothing"],
    ),
    // An authentication error returned to everyone is an outright failure.
    (
        &[DEGRADED, OUTRIGHT],
        &["401 unauthorized", "return 401", "return a 401", "returning 401", "returning a 401", "return 403",
          "return a 403", "returning 403"],
    ),
    // The error a link shows when its item might not exist or is no longer shared: a fault of
    // a link, not a service that cannot be used.
    (
        &[DEGRADED, MASK],
        &["存在しないか、使用できなくなっている", "存在しないか、使用できなくなって", "might not exist or is no longer available",
          "may not exist or is no longer available"],
    ),
    // A subset of the mail or of an action: a part.
    (
        &[PART],
        &["添付ファイル付きのメール", "添付ファイル付き", "添付付きのメール", "emails with attachments",
          "messages with attachments", "mails with attachments"],
    ),
    // A condition under which mail still arrives: the rest works.
    (
        &[REST_WORKS],
        &["からなら届きます", "からなら届く", "からなら届いて", "からは届きます", "からは届く", "からは届いて",
          "なら届きます", "なら届く"],
    ),
    (
        &[DEGRADED, PARTIAL],
        &["場合だけ", "場合のみ", "ときだけ", "時だけ"],
    ),
    // A way round that holds for a while, or a step that clears the fault for now.
    (
        &[Workaround],
        &["clears it", "clears it up", "clears the error", "clears the message", "clears the issue", "clears the problem",
          "makes it go away", "gets rid of it", "works but it's back", "works but it comes back",
          "works but it keeps coming back", "works for a day", "works for a while",
          "ば済む", "ば済みます", "で済む",
          "で済んで", "で済みます", "口頭で伝えて", "口頭で連絡", "口頭で共有", "電話で伝えて"],
    ),
    // An SPF failure of mail that arrives is not mail that cannot arrive.
    (
        &[DEGRADED, MASK],
        &["arrive failing", "arrives failing", "arriving failing"],
    ),
    // An alternative the user may not use by rule is no workaround, not a second failure.
    (
        &[NoWorkaround, MASK],
        &["社内規定で使えません", "社内規定で使えない", "社内規定により使えません", "規定で使えません", "規定で使えない",
          "ポリシーで使えません", "ポリシーで使えない", "ポリシーにより使えません", "方針で使えません", "禁止されているので"],
    ),
    // The department as an attribute's value.
    (
        &[MASK],
        &["新しい部署", "古い部署", "前の部署"],
    ),
    // Another way that is no way ("ほかに方法がありません" negates it).
    (
        &[Workaround],
        &["ほかに方法", "他に方法", "ほかの方法", "ほかに手段", "他に手段", "ほかの手段", "他の手段"],
    ),
    // Saying it can wait.
    (
        &[NOT_CRITICAL, Unhurried],
        &["not a big deal", "no big deal", "no urgency", "not urgent at all", "no hurry", "can wait",
          "お時間のある時に", "お時間のあるときに", "お手すきの際に", "困ってはいません", "困っていません"],
    ),
    // What is at stake: presenting to the board, a response SLA with customers, a queue that grows.
    (
        &[CRITICAL],
        &["presents to the board", "presenting to the board", "present to the board", "board material",
          "board materials", "response sla", "sla with our clients", "sla with our customers", "queue keeps growing",
          "queue is growing", "backlog keeps growing", "need someone on this now"],
    ),
    // The whole of a named unit: none of them can.
    (
        &[EVERYTHING],
        &["for any of them", "for all of them", "for none of them", "誰も"],
    ),
    // Hanging on a loading logo is hanging on the splash screen.
    (
        &[DOWN],
        &["sits on the loading logo", "sits on the loading screen", "sitting on the loading logo",
          "sitting on the loading screen", "sit on the loading logo", "sit on the loading screen",
          "stuck on the loading logo", "hangs on the loading logo"],
    ),
    // Presales: a pilot, a minimum number of seats, which plan fits, the difference and its price.
    (
        &[Presales(3)],
        &["minimum seat count", "minimum seats", "minimum number of seats",
          "seat minimum", "違いと料金", "違いと価格", "機能と料金", "どれが合っているか", "どれが合うか", "どれが適して",
          "どのプランが合", "which plan fits", "which one fits", "which is right for us"],
    ),
    (
        &[Presales(1)],
        &["pilot group", "for a pilot"],
    ),
    // Billing: the card or payment that lapsed.
    (
        &[Billing(3)],
        &["card expired", "credit card expired", "company card expired", "payment failed", "payment method",
          "card is updated", "updated the card", "カードの有効期限", "支払い方法", "支払いに失敗"],
    ),
    // Admin roles are identity configuration, not a plan to compare.
    (
        &[Technical(3)],
        &["管理者ロール", "admin role", "admin roles", "administrator role", "administrator roles", "ロールの違い"],
    ),
    // Code that broke and needs repair: the fault is being troubleshot.
    (
        &[Debug],
        &["改修方法", "修正方法", "how do we fix our", "how to fix our"],
    ),
    (
        &[DEGRADED],
        &["取れなくなりました", "取れなくなった", "取得できなくなりました", "取得できなくなった"],
    ),
    (
        &[DEVELOPMENT],
        &["プロバイダーホスト型", "provider hosted", "provider-hosted add-in"],
    ),
    // Whether what is seen is by design: a question.
    (
        &[AsksIfExpected],
        &["is that expected", "is this expected", "is it expected", "is that by design", "is this by design",
          "is that normal", "is this normal", "expected behaviour?", "expected behavior?", "仕様でしょうか", "仕様ですか",
          "想定された動作でしょうか", "想定された動作ですか", "正常な動作でしょうか", "正常な動作ですか"],
    ),
    // The same question asked indirectly ("just asking if that's expected").
    (
        &[AsksIfExpected],
        &["if that's expected", "if that is expected", "if this is expected", "if it's expected", "if it is expected",
          "whether that's expected", "whether that is expected", "whether this is expected", "if that's normal",
          "if this is normal", "whether that's normal", "whether this is normal", "if that's by design",
          "if this is by design", "whether this is by design", "whether that's by design", "仕様かどうか", "仕様なのか",
          "想定通りの動作か", "想定どおりの動作か"],
    ),
    // The older no-rush phrases say it can wait too.
    (
        &[Unhurried],
        &["not urgent", "no rush", "low priority", "急ぎではありません", "急ぎではない", "急ぎません", "急ぎではないです"],
    ),
    // A name of an attribute, not a group ("部署名" is a department's name).
    (
        &[MASK],
        &["部署名"],
    ),
    // ---------------------------------------------------------------- round 18 (blind-27)
    // A connection that has stopped working ("つながらなくなりました") fails like one that never
    // worked ("つながらない").
    (
        &[DOWN],
        &["つながらなく", "繋がらなく", "接続できなくなりました", "接続できなくなった"],
    ),
    // A single user who already works another way ("so she's using that", "he's been using
    // the web version") gets by.
    (
        &[USER_WORKAROUND],
        &[
            "so she's using that", "so he's using that", "so she is using that", "so he is using that",
            "she's using that", "he's using that", "she's been using that", "he's been using that",
            "so she's using", "so he's using", "she's using that instead", "he's using that instead",
            "using that instead", "using that for now", "she's been using the", "he's been using the",
            "so she uses that", "so he uses that", "she just uses", "he just uses",
            "she just pastes it back", "he just pastes it back", "just pastes it back",
            "just re-adds it", "just re adds it", "just adds it back", "just types it again",
        ],
    ),
    // Users named by a state they share ("移行済みのユーザー", "ライセンス付与済みのユーザー") are
    // several.
    (
        &[MULTIPLE],
        &["済みのユーザー", "済みユーザー", "済みのユーザーの", "済みの社員", "済みのアカウント"],
    ),
    // Asking what the customer's own work does wrong troubleshoots a fault.
    (
        &[Debug],
        &["what we're doing wrong", "what we are doing wrong", "what are we doing wrong", "what am i doing wrong",
          "what i'm doing wrong", "what i am doing wrong", "where we went wrong", "何が間違って", "どこが間違って"],
    ),
    // ---------------------------------------------------------------- round 19 (blind-28, 29)
    // A ticket template's fields state the facts: "Users affected: 1" is one user, "Users
    // affected: all" everyone, "Workaround: none" no workaround.
    (
        &[OnlyOne],
        &["users affected: 1", "affected users: 1", "users impacted: 1", "impacted users: 1", "affected: 1 user",
          "affected: one user", "users affected: one", "影響ユーザー数:1", "影響人数:1", "影響範囲:1名", "影響範囲:1人"],
    ),
    (
        &[ALL],
        &["users affected: all", "affected users: all", "users impacted: all", "impacted users: all", "affected: all users",
          "impact: all users", "impact: everyone", "affected: everyone", "影響範囲:全社", "影響範囲:全ユーザー", "影響範囲:全員",
          "影響ユーザー数:全員"],
    ),
    (
        &[NoWorkaround, MASK],
        &["nothing else she can use", "nothing else he can use", "nothing else they can use", "nothing else i can use",
          "nothing else we can use", "nothing else she can", "nothing else he can", "nothing else they can",
          "nothing else to use", "no other way she can", "no other way he can", "no other way they can",
          "nothing she can use", "nothing he can use"],
    ),
    // An Office app's feature asked about ("freeze the top two rows") is the app's usage, not
    // an app that freezes.
    (
        &[OFFICE_APPS, MASK],
        &["freeze the top", "freeze the first", "freeze rows", "freeze the rows", "freeze the header", "freeze columns",
          "freeze the columns", "freeze a row", "freeze a column", "freeze the column", "freeze row", "freeze column"],
    ),
    (
        &[WORKING, MASK],
        &["i honestly don't know", "i honestly dont know", "honestly don't know how", "honestly dont know how",
          "i really don't know how", "i really dont know how"],
    ),
    (
        &[NoWorkaround],
        &["workaround: none", "workaround: none found", "workaround: none found so far", "workaround: none so far",
          "workaround: n/a", "workaround: no", "workaround: nothing", "workarounds: none", "workaround: not yet",
          "回避策:なし", "回避策:無し", "回避策:ない", "回避策:未確認", "回避策:特になし"],
    ),
    // Everyone said other ways: every single one of them, every site there is.
    (
        &[ALL],
        &["every single person", "every single user", "every single one of us", "every single employee",
          "every single staff member", "each and every user", "literally everyone", "every site we checked",
          "every site we've checked", "every site we looked at", "every site we tested", "all the libraries",
          "every library", "all libraries"],
    ),
    // Mail that leaves or reaches no mailbox at all: mail flow stopped.
    (
        &[DOWN],
        &["no outbound mail", "no outbound email", "no outgoing mail", "no outgoing email", "no inbound mail",
          "no inbound email", "no incoming mail", "no incoming email", "no external mail"],
    ),
    (
        &[ALL],
        &["from any mailbox", "from any of our mailboxes", "in any mailbox", "to any mailbox", "for any mailbox"],
    ),
    // A filter that quarantines everything stops the mail it holds.
    (
        &[DOWN, Technical(3)],
        &["quarantining everything", "quarantining every", "quarantining all", "quarantines everything",
          "quarantines every", "quarantines all", "everything is being quarantined", "everything gets quarantined",
          "all mail is quarantined", "すべて検疫", "全て検疫", "すべて隔離", "全て隔離", "全部隔離"],
    ),
    (
        &[Technical(2)],
        &["quarantine", "quarantined", "quarantining", "検疫", "隔離"],
    ),
    (
        &[CANNOT_DOWN],
        &["reaching us", "reach us", "reaching our mailboxes", "reaching anyone"],
    ),
    // A deadline stated as a consequence: the close, the salaries, the bookings, the shift.
    (
        &[CRITICAL],
        &["close is tomorrow", "close is today", "closes tomorrow", "closes today", "month-end close is",
          "salaries get delayed", "salaries will be delayed", "salaries are delayed", "salaries delayed",
          "pay will be late", "payroll will be late", "payroll is late", "workshops booked", "booked all day",
          "booked in there all day", "meetings booked all day", "schedule the lines", "plan the lines", "schedule the shifts",
          "can't receive invoices", "cant receive invoices", "cannot receive invoices", "unable to receive invoices",
          "not receiving invoices", "invoices or pos", "purchase orders", "給与が遅れ", "給与支払いが遅れ", "締めが明日",
          "予約が入って"],
    ),
    // A room's device: a room is part of the company.
    (
        &[DOWN],
        &["stuck on signing in", "stuck signing in", "stuck at signing in", "no meeting can start", "no meetings can start",
          "no meeting can be started", "no meetings can be started", "can't start meetings", "cannot start meetings"],
    ),
    // A how-to question put another way: the service works.
    (
        &[WORKING],
        &["what's the right way to", "whats the right way to", "what is the right way to", "what's the correct way to",
          "whats the correct way to", "what is the correct way to", "the best way to", "can you send steps",
          "could you send steps", "send me the steps", "send me steps", "send steps", "any way to get it back",
          "any way to get them back", "is there a way to get it back", "is there any way to get it back",
          "any way to recover", "is there a way to recover", "can it be recovered", "can they be recovered",
          "wants to know how", "want to know how", "wanted to know how", "asked me how", "user asked me",
          "正しい手順", "正しいやり方", "手順を教えて", "戻す方法", "復元する方法", "復元できますか", "取り戻す方法"],
    ),
    // One user already working another way: the alternative she uses.
    (
        &[USER_WORKAROUND],
        &["works from desktop outlook", "works from the desktop", "works from outlook desktop", "works in desktop outlook",
          "so she's fine for now", "so he's fine for now", "she's fine for now", "he's fine for now", "so i just use that",
          "i just use that", "so we just use that", "we just use that", "so she's working", "so he's working",
          "fixed by switching browser", "fixed by switching browsers", "switching browsers fixes it",
          "switching browser fixes it", "works in another browser", "works in a different browser",
          "different browser works", "another browser works", "works in edge", "works in chrome",
          "別のブラウザだと", "別のブラウザでは", "別のブラウザなら", "に戻せば見える", "に戻せば表示", "に戻すと見える", "に戻すと表示",
          "今はそちらで業務", "そちらで業務して", "そちらで作業して", "今はそちらを使って"],
    ),
    // Another browser that clears it, said in the same breath as the fault ("文字化け 1名
    // ブラウザ変えたら解決"): the user's way round.
    (
        &[Workaround],
        &["ブラウザ変えたら解決", "ブラウザを変えたら解決", "ブラウザを変更したら解決", "ブラウザを変えると解決",
          "ブラウザ変えたら直", "ブラウザを変えたら直", "ブラウザを変えると直", "ブラウザを変えれば", "ブラウザ変えれば"],
    ),
    // Internal users unaffected while guests fail: a part of sharing fails, the rest works.
    (
        &[REST_WORKS],
        &["internal users fine", "internal users are fine", "internal users are ok", "internal users are unaffected",
          "internal users aren't affected", "internal users can still", "internal users still can", "internally it works",
          "internal users work fine", "社内ユーザーは問題", "社内ユーザーは使えて", "社内は問題ありません"],
    ),
    // The customer's own network gear named by its brand, and another vendor's app in Teams.
    (
        &[NETWORK],
        &["fortigate", "fortinet", "sonicwall", "meraki", "palo alto", "zscaler", "sd wan", "sdwan", "checkpoint firewall"],
    ),
    (
        &[THIRD_PARTY],
        &["box app", "boxアプリ", "box側", "box for teams", "box tab"],
    ),
    // Two departments named together are several users.
    (
        &[MULTIPLE],
        &["finance and sales", "sales and finance", "finance and hr", "hr and finance", "sales and marketing",
          "marketing and sales", "finance and accounting", "accounting and finance", "hr and payroll",
          "payroll and hr", "sales and support", "support and sales", "経理と営業", "営業と経理", "総務と経理", "経理と総務"],
    ),
    // A display or listing that is wrong while the service works: what search shows, who is
    // named as its author, a presence that shows "unknown" while chat works.
    (
        &[DEGRADED, REST_WORKS],
        &["search results show", "search shows", "search results include", "shows up in search", "show up in search",
          "appear in search", "appears in search", "showing up in search", "imは送れています", "imは送れます",
          "チャットは送れています", "チャットは送れます", "im works", "im still works", "chat still works",
          "imは使えています"],
    ),
    // Nothing at stake: it works, the audit is just someone asking.
    (
        &[NOT_CRITICAL, Unhurried],
        &["no biggie", "not a biggie", "no biggie functionally", "functionally fine", "functionally it's fine",
          "functionally no impact"],
    ),
    // People whose job is auditing are not an audit at stake.
    (
        &[MASK],
        &["auditors asked", "auditor asked", "the new auditor", "new auditor", "an auditor", "the auditor",
          "auditors noticed", "auditors want"],
    ),
    // A port that is not open yet is the customer's network, not a service that cannot open.
    (
        &[MASK],
        &["isn't open yet", "aren't open yet", "is not open yet", "are not open yet", "not open yet", "ports open",
          "port open", "ports are open", "port is open", "isn't open", "aren't open"],
    ),
    // A connection that drops often is intermittent.
    (
        &[DEGRADED, PARTIAL, MASK],
        &["頻繁に「切断」になり", "頻繁に切断され", "頻繁に切断", "頻繁に切れ", "頻繁に落ち", "頻繁にフリーズ",
          "keeps disconnecting", "disconnects frequently", "frequently disconnects", "drops frequently"],
    ),
    // A count that is shown wrong is a fault of the count, not a purchase.
    (
        &[DEGRADED, Technical(3)],
        &["とずれ", "ずれています", "ずれている", "数が合わない", "数が合いません", "超過表示", "count is wrong",
          "count shows wrong", "shows the wrong count", "wrong license count", "wrong licence count",
          "wrong number of licenses", "wrong number of licences", "license count shown wrong",
          "licence count shown wrong"],
    ),
    // Presales: whether a product is worth it, a trial of it, the minimum to buy.
    (
        &[Presales(3)],
        &["worth it for a", "worth it for our", "worth it for us", "worth the money", "worth the cost", "worth buying",
          "worth paying for", "user trial", "trial first", "試験導入", "最小購入数", "最小購入",
          "最低購入数", "最低購入", "最小ライセンス数"],
    ),
    // Billing: a renewal's seats taken back and credited.
    (
        &[Billing(3)],
        &["auto-renewed", "auto renewed", "be credited", "credited back", "credit note", "7 day window",
          "seven day window", "cancellation window", "返金"],
    ),
    // ---------------------------------------------------------------- round 20 (blind-30)
    // A way the user can do it, pointed at ("can recall from there", "can add it by hand in
    // OWA", "he's fine doing that"): after the fault, with "can" in its clause, a workaround
    // (see `pointer_needs_modal`).
    (
        &[Able],
        &["from there", "that way", "fine doing that", "fine doing it",
          "fine doing this", "fine with doing that", "happy doing that", "happy to do that",
          "via that", "through that"],
    ),
    // The data found elsewhere ("Outlookの予定表には入っています"): with a topic that names
    // where (see `Fx::Able`), the user reaches it there.
    (
        &[Able],
        &["入っています", "入っている", "載っています", "反映されています", "見えています"],
    ),
    // A person named with an honorific ("経理部の田中さん") is one user, whatever department
    // the text names beside her; two named ("田中さんと佐藤さん") are several (see
    // `named_people`). Not the words that name no one ("たくさん", "皆さん"), nor the person
    // who reports it ("田中さんから連絡").
    (
        &[OnlyOne],
        &["さん"],
    ),
    (
        &[MASK],
        &["たくさん", "皆さん", "みなさん", "お客さん", "患者さん", "業者さん", "取引先さん", "さんから", "さんより",
          "さんによると", "さんによれば"],
    ),
    // A licence the tenant has that cannot be assigned ("when I try to assign one it says there
    // aren't enough"): the assignment fails, a technical fault, not a purchase.
    (
        &[DEGRADED, Technical(4)],
        &["when i try to assign", "when we try to assign", "when i tried to assign", "when we tried to assign",
          "trying to assign", "tried to assign", "割り当てようとすると", "割り当てようとしたら", "割り当てようとしても",
          "割り当てようとしました"],
    ),
    // A large effect on the business, or work nearly at a standstill, said outright.
    (
        &[CRITICAL],
        &["大きな影響", "多大な影響", "甚大な影響", "止まりかけ", "止まりそう", "big impact on", "huge impact on",
          "major impact on", "significant impact on", "grinding to a halt", "ground to a halt",
          "nearly at a standstill", "almost at a standstill", "to the board at", "presents to the board",
          "presenting to the board", "present to the board", "board presentation", "board pack",
          "board papers"],
    ),
    // ---------------------------------------------------------------- round 21 (blind-27 to 31)
    // The customer's own code that broke, asked what changed or where to fix it ("now gets 403
    // after we deployed v2.3. What changed?", "ソースのどこを直せばよいでしょうか"): the fault
    // is being troubleshot, not a question of how to build (SPEC 1.2 development).
    (
        &[Debug],
        &["what changed", "what has changed", "what's changed", "what could have changed", "did something change",
          "has something changed", "why did it stop", "why has it stopped", "why it stopped", "why did it break",
          "why it broke", "where should we fix", "what should we fix", "what do we need to fix", "after we deployed",
          "since we deployed", "after deploying", "since deploying", "after we redeployed", "after redeploying",
          "どこを直せば", "どこを修正すれば", "何を直せば", "何を修正すれば", "ソースのどこ", "何が変わった", "何か変わった",
          "再展開した後", "再展開後", "デプロイした後", "デプロイ後", "展開した後に"],
    ),
    // A failure the writer means to avoid ("don't want to lock ourselves out later", "so we
    // don't break anything", "締め出されないようにしたい") is a precaution, not a fault.
    (
        &[MASK],
        &["don't want to", "do not want to", "dont want to", "didn't want to", "would rather not", "so we don't",
          "so that we don't", "so we do not", "want to avoid", "to avoid locking", "to avoid breaking",
          "without locking", "without breaking"],
    ),
    // A time the work cannot move ("延期はできません", "the go-live can't be postponed") puts
    // a deadline at stake.
    (
        &[CRITICAL],
        &["延期はできません", "延期できません", "延期は不可", "延期はできない", "延期できない", "延期は難しい", "延ばせません",
          "ずらせません", "後ろ倒しできません", "can't be postponed", "cannot be postponed", "can not be postponed",
          "can't be moved", "cannot be moved", "can't be pushed back", "cannot be pushed back", "can't postpone",
          "cannot postpone", "can't push it back", "no way to postpone", "hard deadline", "immovable deadline"],
    ),
    // A day near at hand named beside a fault ("exams start tomorrow morning", "we cut over
    // tomorrow", "明日の入社式", "明日入社の新入社員") is a deadline at stake: every labelled
    // request that names one has business at stake. A wish for it is masked below.
    (
        &[CRITICAL],
        &["tomorrow", "明日"],
    ),
    // A wish for a time ("できれば月末までに") is no deadline at stake: the month-end inside
    // it is masked (the English wishes are in `COMBOS`).
    (
        &[MASK],
        &["できれば月末", "できれば期末", "可能であれば月末", "可能なら月末", "できれば四半期末", "可能であれば期末", "できれば明日", "可能であれば明日", "可能なら明日", "明日以降でも", "明日でも構いません", "明日で構いません"],
    ),
    // An alternative said to be impossible ("Web版での代替はできません", "no alternative") is
    // no workaround.
    (
        &[NoWorkaround],
        &["代替はできません", "代替できません", "代替はできない", "代替できない", "代替手段はありません", "代替手段がありません",
          "代替手段なし", "代わりはありません", "no alternative", "no alternatives", "no other way", "no other option",
          "no other options", "no fallback"],
    ),
    // A way in that works under a condition ("旧パスワードなら入れる", "the old password still
    // works"): the users get in that way.
    (
        &[Workaround],
        &["なら入れる", "なら入れます", "old password still works", "old password works"],
    ),
    // What the user needed, got to her another way ("必要なファイルは別途Teamsで共有した",
    // "we sent her the files by email instead"): a workaround.
    (
        &[Workaround],
        &["別途teamsで共有", "別途メールで", "別途共有", "別途送付", "別途送りました", "shared them another way",
          "sent them another way", "sent her the files", "sent him the files", "emailed her the files",
          "emailed him the files", "got the files another way"],
    ),
    // Calls that never arrive ("go straight to busy", "get nothing", "着信しません"): telephony
    // fails for whoever answers them. (Calls sent to voicemail still reach the user.)
    (
        &[DOWN],
        &["go straight to busy", "goes straight to busy", "going straight to busy", "get nothing", "gets nothing",
          "receive nothing", "receives nothing", "着信しません", "着信しない", "着信できません", "着信できない",
          "話し中になります", "話し中になる"],
    ),
    // A partner or CSP writing for its customer ("we are the Microsoft partner managing
    // Fabrikam's tenant", "Raising this for a customer") is not presales evidence.
    (
        &[MASK],
        &["we are the microsoft partner", "we are the partner", "we're the partner", "we're the microsoft partner",
          "partner managing", "partner helpdesk", "partner help desk", "as their partner", "raising this for a customer",
          "on behalf of a customer", "on behalf of our customer", "on behalf of the customer"],
    ),
    // A sales force is a part of the organisation: several users.
    (
        &[MULTIPLE],
        &["sales force", "field force", "外回りの営業", "営業担当全員"],
    ),
    // The other direction that still works ("outbound still works") is neither a way to do
    // the work that fails nor a sign that the failing direction is only impaired: inbound
    // mail or calls that reach no one are down (SPEC 1.3's "no one can join; IM still works").
    (
        &[MASK],
        &["outbound still works", "outbound works", "outbound is fine", "inbound still works", "inbound works",
          "inbound is fine", "outgoing still works", "outgoing works", "incoming still works", "incoming works",
          "outbound calls work", "outbound calling works"],
    ),
    // ---------------------------------------------------------------- round 23 (blind-33)
    // A sign-in that cannot be got past ("cannot get past sign-in on any device") leaves the
    // one it names nothing: down for them, as "can't sign in" is.
    (
        &[CANNOT_DOWN],
        &["get past sign in", "get past the sign in", "get past the sign in page", "get past sign in page",
          "get past login", "get past the login", "get past the login page", "get past mfa", "get past the mfa",
          "get past the mfa prompt", "get past the mfa screen", "get past authentication", "get past the password prompt",
          "get beyond sign in", "get beyond the sign in", "get beyond the login"],
    ),
    // The only device the user has, or none other to use ("this is the only machine she has",
    // "ほかに使える端末もない"): no other way of working.
    (
        &[NoWorkaround],
        &["no other device", "no other devices", "no other machine", "no other pc", "no other computer",
          "nothing else to work on", "no laptops with them", "no laptop with them",
          "no laptop with him", "no laptop with her", "ほかに使える端末もない", "他に使える端末もない", "ほかに使える端末はない",
          "他に使える端末はない", "ほかに使える端末がない", "他に使える端末がない", "使える端末がない", "使える端末はない",
          "使える端末もない", "使える端末がありません", "使える端末はありません", "使える端末もありません", "ほかに端末がない",
          "他に端末がない", "ほかに端末はない", "他に端末はない", "会社支給がなく", "会社支給はなく", "会社支給がない",
          "会社支給はない", "会社支給はありません", "会社支給がありません"],
    ),
    // A sign-in that works where it should not ("the old password still gets her in, and the
    // new one works too", "古いパスワードでログインできてしまう") is the fault itself, a hole in
    // security: not a way round anything, and asking why is no how-to.
    (
        &[DEGRADED],
        &["できてしまう", "できてしまいます", "できてしまっている", "できてしまっています", "入れてしまう", "入れてしまいます",
          "入れてしまっている", "old password still gets", "old password still lets", "old password still signs",
          "old password still logs", "old password is still accepted", "old password still accepted",
          "原因を調べていただけ", "原因を調査していただけ", "原因を確認していただけ", "原因を調べてもらえ",
          "原因を調査してもらえ"],
    ),
    // A department named as where someone works ("one lady in Payroll", "a request from
    // payroll") is who is affected, not its work at stake.
    (
        &[MASK],
        &["in payroll", "from payroll"],
    ),
    // Sharing links are a part of the service they point into ("the links she had shared
    // stopped working"): the service itself still works.
    (
        &[PART],
        &["links she had shared", "links he had shared", "links she shared", "links he shared", "shared links",
          "sharing links", "sharing link", "共有リンク"],
    ),
    // What was got to the user as a file of another kind ("当面PDFで送っている", "we're sending
    // her a PDF for now"): a workaround.
    (
        &[Workaround],
        &["pdfで送っ", "pdfで送付", "pdfにして送", "pdf化して送", "pdfで共有", "sending it as a pdf",
          "sending them as pdfs", "sending her a pdf", "sending him a pdf", "sending them a pdf", "sent her a pdf",
          "sent him a pdf", "sent them a pdf", "sending pdfs"],
    ),
    // A flow or a connector that fails is technical work whatever it carries ("the flow that
    // moves approved invoices … 'Unauthorized' on the connector").
    (
        &[Technical(2)],
        &["power automate flow", "scheduled flow", "the flow", "connector", "connection owner", "フロー", "コネクタ"],
    ),
    // People from outside the organisation, refused what was shared with them.
    (
        &[Outsiders],
        &["guest", "guests", "guest user", "guest users", "external user", "external users", "external guests",
          "external people", "external partners", "external consultant", "external consultants", "external auditors",
          "external collaborators", "external contacts", "partner agency", "partner company", "partner org",
          "partner organisation", "partner organization", "partner contacts", "partner tenant", "our partners",
          "ゲスト", "外部ユーザー", "外部ゲスト", "取引先", "協力会社", "パートナー会社", "パートナー企業", "社外のパートナー",
          "社外の方", "社外ユーザー", "外部の方"],
    ),
    // ---------------------------------------------------------------- round 24 (blind-34)
    // A whole flow that reaches nobody ("nothing reaches reception at any of the 14
    // practices", "no calls at all"): the service is unusable for those it serves.
    (
        &[ReachesNobody],
        &["nothing reaches", "nothing gets through", "nothing is getting through", "nothing comes through",
          "no calls at all", "no calls get through", "no calls come through", "no calls are coming through",
          "reaches no one", "reaches nobody", "誰にも届かない", "誰にも届きません", "一切届かない", "一切届きません",
          "一切着信しない", "一切着信しません", "全く着信しない", "全く着信しません"],
    ),
    // The user's own other client that still rings, or where she answers ("the desktop client
    // rings and she answers there"): her way round.
    (
        &[Workaround],
        &["answers there", "answers them there", "answers on the desktop", "answers on her laptop",
          "answers on his laptop", "picks up there", "picks them up there", "takes calls there",
          "takes them there", "そちらで応答", "そちらで受けて", "そちらで受けています", "そちらで出ています"],
    ),
    // What was lost put back by hand so the user carries on ("She re-added the few contacts
    // she needs by hand, so she can carry on"): a way round. Re-adding alone is a step tried
    // ("removed and re-added the delegate, no change"), not a way round.
    (
        &[Workaround],
        &["so she can carry on", "so he can carry on", "so they can carry on", "so she can keep working",
          "so he can keep working", "so they can keep working", "needs by hand", "need by hand", "needed by hand", "needs manually", "need manually",
          "手で追加し直", "手動で追加し直", "手で登録し直", "手動で登録し直", "業務は続けられて",
          "作業は続けられて"],
    ),
    // The only means the user has ("スマホしか手段がありません", "her phone is all she has with
    // her"): no other way of working.
    (
        &[NoWorkaround],
        &["しか手段がありません", "しか手段がない", "しか手段はない", "しか手段はありません", "しか持っていない",
          "しか持っていません", "しか持って行っていない", "only means she has", "only means he has",
          "all she has with her", "all he has with him", "the only thing she has", "the only thing he has"],
    ),
    // Asked for the recommended setting ("推奨の設定を知りたい", "what's the recommended
    // setting"): a how-to.
    (
        &[WORKING],
        &["推奨の設定", "推奨設定", "推奨される設定", "recommended setting", "recommended settings",
          "recommended configuration", "recommended config"],
    ),
    // A mail-flow or DLP rule that blocks mail is technical whatever the mail carries
    // ("DLP ポリシーで、営業部の見積書メールがブロックされる").
    (
        &[Technical(2)],
        &["dlp", "dlp policy", "dlp ポリシー", "誤検知", "false positive", "false positives",
          "transport rule", "mail flow rule", "トランスポートルール", "メールフロールール"],
    ),
    // Working on through the fault's burden ("She can still work but it's 20+ prompts a
    // day"): the service impaired for her, not a way round it.
    (
        &[MASK],
        &["can still work but", "can still work though", "still able to work but", "仕事はできますが",
          "作業はできますが", "業務はできますが"],
    ),
    // The people beside the one affected who are fine ("everyone else can"): not who is
    // affected.
    (
        &[MASK],
        &["everyone else", "everybody else", "all the others", "the rest of us", "他の全員", "ほかの全員",
          "他のみんな", "ほかのみんな"],
    ),
    // ---------------------------------------------------------------- round 25 (blind-36)
    // A sign-in that loops or a client that stays offline ("stuck in a sign-in loop for
    // everyone", "Outlookがオフラインのまま", "名前解決できず"): an outright failure, the service
    // unusable when it strikes everyone.
    (
        &[Outright],
        &["sign in loop", "signin loop", "login loop", "log in loop", "logon loop", "authentication loop",
          "redirect loop", "sign in loops", "login loops", "loops back to sign in", "loops back to the sign in",
          "サインインループ", "ログインループ", "リダイレクトループ", "サインインがループ", "ログインがループ",
          "サインイン画面に戻され", "ログイン画面に戻され", "stays offline", "stay offline", "stuck offline",
          "remains offline", "オフラインのまま", "名前解決できず", "名前解決できない", "名前解決できません",
          "can't resolve the name", "cannot resolve the name", "can't resolve the hostname", "cannot resolve the hostname",
          "name resolution fails", "name resolution failing", "name resolution is failing", "dns resolution fails",
          "dns resolution is failing", "fails to resolve"],
    ),
    // An alternative dismissed as no option for those affected ("a few can get in on the
    // mobile app but that's no option for a 600-seat contact centre"): no way round.
    (
        &[NoWorkaround],
        &["that's no option", "that is no option", "thats no option", "that's not an option", "that is not an option",
          "thats not an option", "which is no option", "which is not an option", "no option for", "not an option for",
          "not a real option", "not a realistic option", "代わりにはなりません", "代わりにはならない", "代替にはなりません",
          "代替にはならない", "現実的ではありません", "現実的ではない", "選択肢になりません", "選択肢にならない"],
    ),
    // The fault met on every new device tried ("enrolment fails on every new device we
    // try", "新しい端末はどれも"): every object of it, for several users.
    (
        &[Everything, MULTIPLE],
        &["every new device", "every new laptop", "every new machine", "every new pc", "every new computer",
          "every new phone", "each new device", "each new laptop", "each new machine", "every device we try",
          "every device we've tried", "every laptop we try", "every machine we try", "all new devices",
          "all new laptops", "all the new laptops", "all the new devices", "新しい端末すべて", "新しい端末はすべて",
          "新しい端末はどれも", "新しいPCはどれも", "新しいPCすべて", "新規端末すべて", "新規端末はすべて",
          "新規の端末すべて", "どの新しい端末でも", "どの新しいPCでも", "試した端末すべて", "試した端末はすべて"],
    ),
    // A site that opens for business soon ("imaging laptops for a branch that opens Monday",
    // "新店舗のオープンを控え"): a go-live deadline at stake.
    (
        &[CRITICAL],
        &["新店舗のオープン", "新支店のオープン", "支店のオープン", "店舗のオープン", "オープンを控え", "開店を控え",
          "開設を控え", "開業を控え", "開店日", "開業日", "開設日", "新店舗の開店", "新支店の開設", "支店の開設",
          "新拠点の開設", "new branch opens", "new office opens", "new store opens", "new site opens", "new clinic opens",
          "new branch opening", "new office opening", "new store opening", "branch opening", "store opening"],
    ),
    // Where the user mostly works, named as where it works ("on her work laptop it syncs
    // fine and that's where she mostly works"): her way round.
    (
        &[Workaround],
        &["where she mostly works", "where he mostly works", "where they mostly work", "where she usually works",
          "where he usually works", "where she normally works", "where he normally works", "where she does most of her work",
          "where he does most of his work", "where she works most", "where he works most", "普段はそちらで作業",
          "普段はそちらで仕事", "主にそちらで作業", "主にそちらで仕事", "普段はそちらを使って", "主にそちらを使って"],
    ),
    // A hunt group, call group or call queue that drops calls serves several people
    // ("Inbound PSTN calls to our sales hunt group ring once and drop").
    (
        &[MULTIPLE],
        &["hunt group", "hunt groups", "call group", "call groups", "ring group", "ring groups", "call queue",
          "call queues", "着信グループ", "グループ着信", "通話キュー", "コールキュー", "代表番号"],
    ),
    // A mailbox named after billing or invoices ("the billing@ shared mailbox") is a mailbox:
    // mail that fails there is technical work.
    (
        &[Technical(3)],
        &["billing shared mailbox", "billing mailbox", "invoices shared mailbox", "invoice shared mailbox",
          "invoices mailbox", "invoice mailbox", "invoicing mailbox", "accounts shared mailbox", "billing inbox",
          "billing distribution list", "請求用の共有メールボックス", "請求書用の共有メールボックス", "請求用メールボックス",
          "請求書用メールボックス", "請求書送付用", "請求用アドレス", "請求書用アドレス"],
    ),
    // Mail that takes hours to arrive ("taking 2-4 hours to reach customers", "届くまでに数時間
    // かかる"): delivery delayed, a partial fault of the flow and technical work whatever the
    // mail carries.
    (
        &[DEGRADED, PARTIAL, Technical(3)],
        &["hours to reach", "hours to arrive", "hours to be delivered", "hours to get delivered", "hours to deliver",
          "hours to come through", "hours to go out", "hours to get through", "minutes to reach", "minutes to arrive",
          "minutes to be delivered", "minutes to come through", "arrive hours late", "arriving hours late",
          "delivered hours late", "hours behind", "届くまでに数時間", "届くまで数時間", "数時間遅れて", "時間遅れて届",
          "時間後に届", "遅れて届", "届くのに数時間", "届くまでに時間がかか", "届くまで時間がかか"],
    ),
    // Which of the plans weighed includes a feature ("共有メールボックスやSharePointが使えるのは
    // どちらですか", "which one includes shared mailboxes?"): a presales question.
    (
        &[Presales(3)],
        &["使えるのはどちら", "含まれるのはどちら", "付いているのはどちら", "入っているのはどちら", "利用できるのはどちら",
          "which one includes", "which of them includes", "which of the two includes", "which plan includes",
          "which of these plans includes", "which one comes with", "which plan comes with"],
    ),
    // Not bad enough to stop the work ("業務が止まるほどではなく"): nothing at stake.
    (
        &[NOT_CRITICAL],
        &["業務が止まるほどでは", "仕事が止まるほどでは", "作業が止まるほどでは", "業務に支障が出るほどでは",
          "業務に支障があるほどでは", "仕事にならないほどでは", "止まるほどではなく", "止まるほどではない",
          "止まるほどではありません", "not enough to stop", "not bad enough to stop", "not enough to block",
          "not bad enough to block", "doesn't stop her working", "doesn't stop him working", "doesn't stop them working"],
    ),
    // Another client used whenever the fault shows ("遅いときはOWAを使っている", "when it's
    // slow she uses OWA"): the user's way round.
    (
        &[Workaround, ALTERNATIVE],
        &["ときはowaを使", "時はowaを使", "ときはowaで", "時はowaで", "ときはweb版を使", "時はweb版を使",
          "ときはweb版で", "時はweb版で", "ときはブラウザ版を使", "時はブラウザ版を使", "ときはブラウザで", "時はブラウザで",
          "ときはアプリ版を使", "時はアプリ版を使", "ときはスマホで", "時はスマホで",
          "slow she uses", "slow he uses", "slow she switches to", "slow he switches to", "slow she goes to",
          "slow he goes to", "slow they use", "slow she falls back to", "slow he falls back to"],
    ),
    // Files renamed or encrypted by ransomware ("拡張子が「.locky」に書き換えられました"): the
    // files are unusable, a security incident at stake.
    (
        &[DOWN, CRITICAL],
        &["ランサムウェア", "拡張子が書き換えられ", "拡張子が書き換わ", "拡張子が変えられ", "拡張子が勝手に変わ",
          "拡張子が変わってしまい", "拡張子が変更され", "暗号化されてしま", "勝手に暗号化され", "files were encrypted",
          "files have been encrypted", "files got encrypted", "encrypted overnight", "extensions were changed",
          "extensions have been changed", "extension was changed", "extensions changed to", "renamed with the extension"],
    ),
    // Putting back what an incident broke before a deadline ("金曜の給与計算までに元に戻したい"):
    // a restore, not a wish for a setting.
    (
        &[MASK],
        &["元に戻したい", "元通りにしたい", "復元したい", "復旧したい"],
    ),
    // Payroll, the close or an audit as the date the work must be done by ("金曜の給与計算
    // までに"): a deadline at stake.
    (
        &[CRITICAL],
        &["給与計算までに", "給与支払までに", "給与支払いまでに", "給与振込までに", "月次決算までに", "決算までに",
          "監査までに", "before payroll", "before the payroll run", "before payroll runs", "in time for payroll"],
    ),
    // Asking the cause of what went wrong ("急ぎではありませんが原因を知りたいです"): a fault
    // troubleshot, not a how-to.
    (
        &[MASK],
        &["原因を知りたい", "原因が知りたい", "理由を知りたい", "理由が知りたい", "原因を教えて", "原因をご教示"],
    ),
    // A flow found to have stopped some time before ("アーカイブ先への配信が止まっていた"): a
    // fault of the flow.
    (
        &[DEGRADED],
        &["配信が止まっていた", "配送が止まっていた", "転送が止まっていた", "同期が止まっていた", "delivery had stopped",
          "deliveries had stopped", "delivery had been stopped"],
    ),
    // Fine for the day once the user signs in again ("一度サインインすればその日は普通に使えます"):
    // her way round.
    (
        &[Workaround, ALTERNATIVE],
        &["すればその日は普通に使え", "すればその日は使え", "すればその日は問題なく", "すれば一日使え", "すれば1日使え",
          "works for the rest of the day", "fine for the rest of the day", "works fine for the rest of the day",
          "fine the rest of the day", "works the rest of the day"],
    ),
    // Mail to the organisation from outside all refused ("社外から当社宛てのメールがすべて…返されて
    // いる"): a flow that reaches nobody, for everyone.
    (
        &[ReachesNobody, ALL],
        &["当社宛てのメールがすべて", "当社宛てのメールが全て", "当社宛てのメールが全部", "弊社宛てのメールがすべて",
          "弊社宛てのメールが全て", "弊社宛てのメールが全部", "当社宛のメールがすべて", "当社宛のメールが全て",
          "弊社宛のメールがすべて", "弊社宛のメールが全て",
          "all mail sent to us", "all mail to us",
          "all external mail to us", "every message sent to us", "all mail from outside"],
    ),
    // A department named by what it does ("工事部のSharePoint"): several users.
    (
        &[MULTIPLE],
        &["工事部", "施工部", "施工管理部", "建設部", "設備部", "物流部", "生産部", "生産管理部", "資材部", "業務部",
          "管理部", "経営企画部", "編集部", "制作部", "研究部", "調達部", "出荷部", "工務部"],
    ),
    // A demo for customers booked today ("午後に顧客デモが3件入っています"): an event at stake.
    (
        &[CRITICAL],
        &["顧客デモ", "顧客向けデモ", "顧客向けのデモ", "お客様向けデモ", "お客様向けのデモ", "お客様へのデモ",
          "顧客へのデモ", "客先デモ", "客先でのデモ", "顧客プレゼン", "客先プレゼン", "お客様へのプレゼン"],
    ),
    // About half of the users ("半分くらいのユーザー", "about half the users"): several.
    (
        &[MULTIPLE],
        &["約半数", "half of the users", "half the users", "half of our users", "half of the staff", "half our staff",
          "half of the team", "half the team", "half of the office", "half the office"],
    ),
    // ---------------------------------------------------------------- round 26 (blind-37)
    // A name that does not resolve, said as the resolver's answer ("gets NXDOMAIN for
    // outlook.office365.com"), and a client that sits disconnected ("Outlook sits in
    // Disconnected", "切断状態のまま"): outright failures, as round 25's "stays offline".
    (
        &[Outright],
        &["nxdomain", "nx domain", "servfail", "non existent domain", "non-existent domain", "sits in disconnected",
          "sits disconnected", "sitting in disconnected", "sitting disconnected", "stays disconnected",
          "stay disconnected", "stuck in disconnected", "stuck disconnected", "remains disconnected",
          "stuck on disconnected", "sits offline", "sitting offline", "sits in offline", "stuck on offline",
          "切断状態のまま", "切断されたまま", "切断のまま", "「切断」のまま", "オフライン状態のまま", "「オフライン」のまま",
          "名前を解決できず", "名前を解決できない", "名前を解決できません", "名前解決に失敗", "名前解決ができず",
          "名前解決ができない", "名前解決ができません", "does not resolve", "doesn't resolve", "won't resolve",
          "will not resolve", "no longer resolves", "stopped resolving", "not resolving"],
    ),
    // Everyone on the company's own network or VPN ("VPN接続中は誰も"; the English heads and
    // networks are a combination below): every user who works through it, everyone.
    (
        &[ALL],
        &["all vpn users", "every vpn user", "vpn接続中は誰も", "vpn接続時は誰も", "vpn経由では誰も", "vpn経由だと誰も", "vpnユーザー全員", "vpn利用者全員",
          "社内ネットワークでは誰も", "社内ネットワークの全員", "社内lanでは誰も"],
    ),
    // Everything sent to the organisation from outside, or to all its domains ("bounce-backs
    // on everything sent to us from outside", "for all of our accepted domains"): round 25's
    // mail to the organisation all refused, a flow that reaches nobody, for everyone.
    (
        &[ReachesNobody, ALL],
        &["everything sent to us", "anything sent to us", "everything sent in to us", "everything coming in from outside",
          "everything from outside", "anything from outside", "everything inbound", "all inbound mail",
          "all incoming mail", "all inbound email", "all incoming email", "every inbound message", "every incoming message",
          "all external senders", "every external sender", "any external sender", "mail from every external sender",
          "all of our accepted domains", "all our accepted domains", "every accepted domain", "each accepted domain",
          "all of our domains", "all our domains", "every one of our domains",
          "社外からのメールがすべて", "社外からのメールが全て", "社外からのメールが全部", "社外からのメールが一切",
          "外部からのメールがすべて", "外部からのメールが全て", "外部からのメールが一切", "受信メールがすべて",
          "受信メールが全て", "すべての承認済みドメイン", "全ての承認済みドメイン", "承認済みドメインすべて",
          "承認済みドメイン全て", "すべての外部送信者", "全ての外部送信者", "どの外部送信者"],
    ),
    // A block that keeps the whole organisation from a service ("Conditional Access is now
    // blocking the whole company from Outlook and Teams", "全社員がブロックされ"): everyone
    // refused, down (round 23 read it only before a pronoun).
    (
        &[DOWN, ALL],
        &["全員がブロックされ", "全員ブロックされ", "全社員がブロックされ", "全社員ブロックされ", "全ユーザーがブロックされ",
          "全社でブロックされ", "社員全員がブロックされ", "全員のアクセスがブロックされ", "全社のアクセスがブロックされ",
          "全社員のアクセスがブロックされ", "全ユーザーのアクセスがブロックされ"],
    ),
    // Fine for the rest of the day once a prompt is passed ("once she clicks through it's
    // fine all day", "その日は一日問題なく使えます"): round 25's way round, in other words.
    (
        &[Workaround, ALTERNATIVE],
        &["fine all day", "works all day", "working all day", "ok all day", "okay all day", "good all day",
          "is fine all day", "are fine all day", "works fine all day", "runs fine all day", "is ok all day",
          "is okay all day", "is good all day", "is fine for the day", "is fine for the rest of the day",
          "is fine from then on", "is fine after that for the day",
          "fine for the day", "fine for the whole day", "good for the day",
          "good for the rest of the day", "fine from then on", "works from then on", "fine for the day after",
          "その日は一日問題なく", "その日は一日普通に", "その日は一日使え", "その日は問題なく使え", "その日は普通に使え",
          "その後は一日問題なく", "その後は一日普通に", "あとは一日問題なく", "あとは一日普通に", "後は一日問題なく",
          "その後は終日", "あとは終日", "終日問題なく使え", "終日普通に使え", "以降はその日", "それ以降は問題なく使え",
          "それ以降は普通に使え", "閉じればその日", "クリックすればその日", "入力すればその日"],
    ),
    // Results announced to the market ("the earnings release has to go out at 16:00",
    // "決算発表"): a deadline at stake, as "earnings call" already was.
    (
        &[CRITICAL],
        &["earnings release", "earnings announcement", "results announcement", "results release", "trading update",
          "regulatory announcement", "stock exchange announcement", "決算発表", "決算短信", "適時開示", "業績発表",
          "ir発表", "開示資料の送信", "までに送信しなければ", "までに送らなければ", "までに出さなければ",
          "までに配信しなければ", "までに送信する必要があ", "までに送る必要があ", "時に送信しなければ",
          "時に送らなければ", "時に配信しなければ"],
    ),
    // Which of the plans weighed gets the customer a feature ("Which one gets us a shared
    // mailbox?", "どちらを契約すれば共有メールボックスが使えますか"): round 25's presales question, in other
    // words.
    (
        &[Presales(3)],
        &["which one gets us", "which one gives us", "which of them gets us", "which of them gives us",
          "which plan gets us", "which plan gives us", "which of the two gets us", "which of the two gives us",
          "which one would get us", "which one would give us", "どちらのプランなら", "どちらのライセンスなら",
          "どちらを契約すれば", "どちらを購入すれば", "どちらを買えば"],
    ),
    // The users of an OU ("新しく作ったOUのユーザー", "users in the new OU"): several users.
    (
        &[MULTIPLE],
        &["ouのユーザー", "ouのユーザ", "ou内のユーザー", "ou配下のユーザー", "ouに入れたユーザー", "ouに移したユーザー",
          "ouのアカウント", "ou内のアカウント", "users in the new ou", "users in that ou", "users in the ou",
          "users in this ou", "users in a new ou", "accounts in the new ou", "accounts in that ou", "accounts in the ou",
          "the new ou's users", "users from the new ou", "users under the new ou"],
    ),
    // Partners met through federation ("our federated partner contacts", "フェデレーション先"):
    // people the organisation's users talk to, not address-book items; what fails with them
    // fails for several users.
    (
        &[MULTIPLE],
        &["federated partner contacts", "federated partners", "federated partner", "federated contacts",
          "partner contacts", "federated organisations", "federated organizations", "federated orgs",
          "external federated users", "フェデレーション先", "フェデレーション先の連絡先", "外部組織とのチャット",
          "外部組織のユーザーとのチャット", "社外ユーザーとのチャット", "外部ユーザーとのチャット", "社外とのチャット",
          "chat with external users", "chats with external users", "im with external users", "ims to external users"],
    ),
    // A delay notice returned to senders ("遅延通知が返っている", "delay notification"): the
    // sending side's report that nothing is delivered, not a flow that is only slow; a
    // fault of mail flow, technical work.
    (
        &[Technical(3)],
        &["遅延通知", "遅延の通知", "遅延通知メール", "遅延dsn", "delay notification", "delay notifications",
          "delay notice", "delay notices", "delayed delivery notification", "delayed delivery notifications",
          "delivery delay notification", "delivery delay notifications", "delay dsn", "delay dsns"],
    ),
    // All the mail of the organisation stopped both ways ("全社でメールの送受信が止まっています",
    // "mail flow has stopped in and out"): a flow that reaches nobody.
    (
        &[ReachesNobody],
        &["送受信が止まって", "送受信が止まり", "送受信が停止", "送受信がストップ", "送受信が一切でき", "送受信が全くでき",
          "送受信ができなくなって", "送受信ができなくなり", "mail flow has stopped", "mail flow stopped", "mail has stopped flowing",
          "mail stopped flowing", "no mail in or out", "nothing in or out", "neither sending nor receiving",
          "can't send or receive any", "cannot send or receive any"],
    ),
    // ---------------------------------------------------------------- round 27 (blind-38)
    // A product whose name ends in "Connect" ("Entra Connect shows stopped-extension-dll-
    // exception", "Azure AD Connect stopped syncing") names the sync tool, not the action of
    // connecting: what it reports is not that nobody can connect.
    (
        &[MASK],
        &["entra connect", "microsoft entra connect", "azure ad connect", "azure active directory connect",
          "aad connect", "ad connect", "connect sync", "entra connect sync", "connect health", "entra connect health",
          "aad connect health", "azure ad connect health", "ad connect health", "entra connectの", "ad connectの"],
    ),
    // Retrying what failed succeeds ("resubmitting the run always succeeds", "再実行すれば通り
    // ます"): the user gets the work done by trying again, a way round an occasional fault.
    (
        &[Workaround],
        &["retrying works", "retrying always works", "retrying fixes it", "a retry works", "a retry always works",
          "retry works", "a retry fixes it", "it works on retry", "works on a retry", "works on the second try",
          "works the second time", "goes through the second time", "goes through on retry", "succeeds on retry",
          "succeeds on the second try", "succeeds the second time", "succeeds when resubmitted", "succeeds when retried",
          "works when resubmitted", "works when retried", "works if we retry", "works if i retry", "works if you retry",
          "二回目は通り", "2回目は通り", "二回目は成功", "2回目は成功", "二度目は成功", "2度目は成功", "再実行で通り",
          "再実行で成功", "再試行で成功", "リトライで成功", "リトライで通り", "やり直すと通り", "やり直すと成功"],
    ),
    // Someone gets by, or the work is managed another way ("so we're managing", "we're
    // coping", "なんとか回っています"): a way round, however makeshift.
    (
        &[Workaround],
        &["we're managing", "we are managing", "we're coping", "we are coping", "we're getting by", "we are getting by",
          "we can get by", "we can manage", "we manage for now", "she's managing", "he's managing", "they're managing",
          "we've been managing", "we're muddling through", "なんとか回って", "何とか回って", "なんとかなって", "何とかなって",
          "なんとか対応でき", "何とか対応でき", "なんとかしのいで", "何とかしのいで", "なんとか凌いで", "何とか凌いで"],
    ),
    // Guessing at a cause, even with a question mark ("might be related to the time zone
    // change?", "タイムゾーン変更の影響でしょうか"): a fault is being described (impaired), not a
    // how-to question.
    (
        &[DEGRADED],
        &["might be related to", "could be related to", "may be related to", "maybe related to", "possibly related to",
          "might be caused by", "could be caused by", "may be caused by", "maybe caused by", "might be due to",
          "could be due to", "may be due to", "maybe due to", "could this be related", "could it be related",
          "is this related to", "might this be related", "の影響でしょうか", "の影響かもしれ", "の影響かも", "が原因でしょうか",
          "が原因かもしれ", "が原因かも", "と関係ありますか", "と関係があるのでしょうか", "と関係しているのでしょうか",
          "が関係しているかも", "のせいでしょうか", "のせいかも"],
    ),
    // Pressing a control and nothing happens ("押しても何も起きません", "clicking Add does
    // nothing"): a fault of that part of the service, impaired.
    (
        &[DEGRADED],
        &["nothing happens", "nothing at all happens", "does nothing", "did nothing", "do nothing",
          "doesn't do anything", "does not do anything", "didn't do anything", "nothing happened", "no response when",
          "何も起きません", "何も起きない", "何も起こりません", "何も起こらない", "何の反応も", "反応がありません",
          "反応しません", "反応しない", "無反応"],
    ),
    // The label of a button or page that names a method ("「サインイン方法の追加」を押しても",
    // "the Add sign-in method button"): the thing pressed, not a question of how.
    (
        &[MASK],
        &["方法の追加", "方法を追加", "方法の変更", "方法を変更", "方法の削除", "方法を削除", "方法の登録", "方法の管理",
          "add sign in method", "add method", "change sign in method", "sign in method", "sign in methods",
          "authentication method", "authentication methods", "認証方法", "サインイン方法"],
    ),
    // Invoices that arrive as mail from suppliers ("取引先からの請求書メール", "supplier
    // invoices in quarantine") and the customer's own payment run ("月末の支払処理") are the
    // customer's business carried by the service, not a question about the subscription's
    // bill.
    (
        &[MASK],
        &["請求書メール", "請求書のメール", "取引先からの請求書", "仕入先からの請求書", "業者からの請求書", "外部からの請求書",
          "請求書の添付", "請求書pdfの添付", "supplier invoices", "vendor invoices", "invoices from suppliers",
          "invoices from vendors", "invoices from our suppliers", "invoices from our vendors", "invoice emails",
          "invoice mails", "invoice messages", "emailed invoices", "payment run", "payments run", "supplier payments"],
    ),
    (
        &[CRITICAL, MASK],
        &["支払処理", "支払い処理", "支払の処理", "支払いの処理", "振込処理", "振込の処理"],
    ),
    // The customers a service offers or shows something to, in Japanese ("お客様に空き枠が表示
    // されません", "顧客にメールが届きません"): the people it serves, several.
    (
        &[MULTIPLE],
        &["お客様に", "お客さまに", "顧客に", "患者さんに", "患者様に", "来訪者に", "利用者の皆様に"],
    ),
    // The people who did or received something ("予定表の共有を受けた人たち", "the people who
    // received the share"): several users.
    (
        &[MULTIPLE],
        &["人たち", "人達", "方たち", "方々", "ユーザーたち", "ユーザー達", "社員たち", "社員達", "メンバーたち", "メンバー達",
          "the people who", "people who", "those who", "the ones who", "the users who", "users who",
          "the colleagues who", "colleagues who"],
    ),
    // Members of a named group ("members of the Facilities group", "グループのメンバー"): several
    // users, as the group is.
    (
        &[MULTIPLE],
        &["members of the", "members of our", "members of that", "members of this", "members of a",
          "the group's members", "group members", "team members", "グループのメンバー", "チームのメンバー", "部のメンバー",
          "課のメンバー", "グループメンバー", "チームメンバー", "部署のメンバー"],
    ),
    // A fault said with a progressive or a past ("isn't showing chat notifications",
    // "stopped showing", "aren't appearing"): impaired, as "not showing" is.
    (
        &[DEGRADED],
        &["isn't showing", "isnt showing", "is not showing", "aren't showing", "arent showing", "are not showing",
          "wasn't showing", "weren't showing", "stopped showing", "isn't appearing", "aren't appearing",
          "stopped appearing", "isn't displaying", "aren't displaying", "stopped displaying", "isn't notifying",
          "stopped notifying", "isn't ringing", "stopped ringing"],
    ),
    // People who have no account in the cloud at all ("the new starters have no cloud
    // accounts", "14名のアカウントがクラウドに作られていません"): refused everything, the
    // service unusable for them (down), whatever stopped the sync.
    (
        &[DOWN],
        &["have no cloud accounts", "have no cloud account", "have no accounts in the cloud", "have no accounts",
          "have no 365 accounts", "have no m365 accounts", "don't have cloud accounts", "don't have accounts",
          "do not have accounts", "don't have accounts yet", "accounts haven't been created", "accounts were never created",
          "accounts have not been created", "accounts don't exist in the cloud", "のアカウントがクラウドに作られていません",
          "のアカウントが作られていません", "のアカウントが作成されていません", "のアカウントがクラウドに作成されていません",
          "のアカウントがクラウドに存在しません", "のアカウントがクラウドにありません"],
    ),
    // Existing accounts, users or mailboxes still work ("Existing accounts sign in fine",
    // "既存のユーザーは問題なくサインインできています"): what fails is new ones, a part; the
    // service still works (impaired).
    (
        &[REST_WORKS],
        &["existing accounts sign in fine", "existing accounts are fine", "existing accounts still work",
          "existing accounts work fine", "existing accounts are unaffected", "existing accounts aren't affected",
          "existing users sign in fine", "existing users are fine", "existing users still work", "existing users are unaffected",
          "existing users aren't affected", "existing users can still sign in", "existing accounts can still sign in",
          "existing mailboxes are fine", "existing mailboxes work fine", "existing mailboxes still work",
          "existing mailboxes are unaffected", "existing devices are fine", "existing devices still work",
          "existing sites are fine", "existing sites still work", "existing teams are fine", "existing ones are fine",
          "existing ones still work", "existing ones work fine",
          "既存のアカウントは問題なく", "既存アカウントは問題なく", "既存のユーザーは問題なく", "既存ユーザーは問題なく",
          "既存のアカウントは普通に", "既存のユーザーは普通に", "既存のアカウントは影響", "既存のユーザーは影響",
          "既存のメールボックスは問題なく", "既存の端末は問題なく", "既存のサイトは問題なく", "既存のチームは問題なく",
          "既存のものは問題なく", "既存分は問題なく", "既存のアカウントはサインインでき", "既存のユーザーはサインインでき"],
    ),
    // ---------------------------------------------------------------- round 29 (blind-40)
    // A question whether something is supported, available or meant to work ("is that even
    // supported?", "is this available in GCC?", "サポートされているのでしょうか", "新しい
    // Outlookでも使えるのでしょうか"): it asks about the service, as asking whether it is by
    // design does; nothing is yet known to be impaired. An outage stays an outage.
    (
        &[AsksIfExpected],
        &["is there support for", "is there any support for", "does it support", "does that support",
          "does this support", "do they support", "do those support", "does it even support", "does that even support",
          "サポートされていますか", "サポートされているのでしょうか", "サポートされていますでしょうか",
          "サポートされているでしょうか", "サポートされているか", "サポート対象ですか", "サポート対象でしょうか",
          "サポート対象なのでしょうか", "サポート対象か", "対応していますか", "対応しているのでしょうか", "対応していますでしょうか",
          "対応しているでしょうか", "対応しているか", "対応されていますか", "対応されているのでしょうか", "対応予定はありますか",
          "でも使えるのでしょうか", "でも使えるでしょうか", "でも使えますか", "でも利用できますか", "でも利用できるのでしょうか",
          "でも利用できるでしょうか", "でも使用できますか", "でも使用できるのでしょうか", "でも動くのでしょうか", "でも動きますか",
          "でも動作しますか", "でも動作するのでしょうか", "で使えるのでしょうか", "で利用できるのでしょうか", "で使用できるのでしょうか",
          "は使えるのでしょうか", "は利用できるのでしょうか", "は使用できるのでしょうか"],
    ),
    // A question whether one can use something ("使えますか", "利用できるでしょうか") asks;
    // the ability word inside it ("使えます") is not a way round stated.
    (
        &[WORKING],
        &["使えますか", "使えるのでしょうか", "使えるでしょうか", "使えるか", "利用できますか", "利用できるのでしょうか",
          "利用できるでしょうか", "使用できますか", "使用できるのでしょうか", "使用できるでしょうか", "できるのでしょうか",
          "できるでしょうか", "動きますか", "動作しますか"],
    ),
    // Asking urgently for someone to look at it ("至急見ていただけますか", "can someone look
    // at this now?"): a fault being reported, not a question of how.
    (
        &[DEGRADED],
        &["can someone look at this now", "can someone look at this asap", "can someone look at this urgently",
          "could someone look at this now", "could someone look at this asap", "can someone look into this now",
          "can someone look into this asap", "can someone take a look now", "can someone take a look asap",
          "can you look at this now", "can you look at this asap", "could you look at this now",
          "please look at this urgently", "please look at this asap", "please look into this urgently"],
    ),
    // Calls or work that are not handed out ("着信がエージェントに配られず", "calls aren't
    // being distributed to agents"): a fault of the routing, impaired.
    (
        &[DEGRADED],
        &["配られず", "配られない", "配られません", "配られなく", "振り分けられず", "振り分けられない", "振り分けられません",
          "振り分けられなく", "aren't being distributed", "are not being distributed", "isn't distributing",
          "not distributing", "aren't being routed", "are not being routed", "not being routed", "no agents available"],
    ),
    // Hanging up a call is not an app that hangs.
    (
        &[MASK],
        &["hanging up", "hang up", "hangs up", "hung up"],
    ),
    // Customers or callers lost, quotes or orders that lapse, payments that stopped, a supplier
    // chasing, an executive meeting at hand: money or customers at stake. The customer's own
    // quotes, orders and payments are their business, not a presales or billing question.
    (
        &[CRITICAL, MASK],
        &["customers are hanging up", "customers hang up", "customers hanging up", "customers keep hanging up",
          "callers are hanging up", "callers hang up", "callers hanging up", "callers keep hanging up",
          "callers give up", "callers are giving up", "customers are giving up", "customers give up",
          "calls are being lost", "calls are lost", "we're losing calls", "we are losing calls", "losing calls",
          "lost calls", "missed customer calls", "calls go unanswered", "calls are going unanswered",
          "quotes are expiring", "quotes expire", "quotes will expire", "quotes expiring", "quotes have expired",
          "orders are expiring", "orders expire", "orders expiring", "orders will expire", "offers are expiring",
          "bids are expiring", "board pack", "board papers", "board deck", "exec meeting", "executive meeting",
          "leadership meeting", "investor meeting",
          "見積の有効期限", "見積もりの有効期限", "見積りの有効期限", "見積の期限", "見積もりの期限", "見積りの期限",
          "見積が失効", "見積もりが失効", "注文が期限切れ", "受注が期限切れ", "注文の期限", "注文がキャンセル",
          "お客様が電話を切", "お客様に電話を切", "電話を切られ", "電話が取れず", "電話を取れず", "電話に出られず",
          "役員会議", "経営会議", "役員向け", "ボードミーティング", "株主総会", "投資家向け"],
    ),
    // Payments the customer makes that stopped, and a supplier chasing them: money at stake.
    // Not masked: paying the subscription's own bill is still a billing question.
    (
        &[CRITICAL],
        &["payments have stopped", "payments are stopped", "payments stopped", "payments are on hold",
          "payments are stuck", "can't process payments", "cannot process payments", "can't pay suppliers",
          "cannot pay suppliers", "can't pay our suppliers", "cannot pay our suppliers", "supplier is chasing",
          "suppliers are chasing", "supplier chasing", "suppliers chasing", "chasing us for payment", "chasing payment",
          "督促の電話", "督促が来", "督促されて", "督促を受けて", "催促の電話", "支払いの催促", "支払の催促",
          "支払いが止まって", "支払いが止ま", "支払が止ま", "入金が止ま", "決済が止ま", "振込が止ま"],
    ),
    // Devices or people in the plural ("the Macs in our design studio", "the kiosks"):
    // several, as "laptops" are; every machine ("全台") is every one of several.
    (
        &[MULTIPLE],
        &["macs", "macbooks", "imacs", "workstations", "desktops", "tablets", "ipads", "iphones", "handsets",
          "kiosks", "terminals", "tills", "thin clients", "design studio", "our studio", "the studio", "studios",
          "全台", "全端末", "全pc", "pc全台", "端末全台"],
    ),
    // Every machine or device ("on every machine in the lab", "すべてのPC"): every one of
    // several, as "全台" is.
    (
        &[MULTIPLE, EVERYTHING],
        &["every machine", "every laptop", "every pc", "every computer", "every device", "every mac",
          "every workstation", "every desktop", "every tablet", "every ipad", "all machines", "all laptops", "all pcs",
          "all computers", "all devices", "all macs", "all the machines", "all the laptops", "all the pcs",
          "all the computers", "all the devices", "all the macs", "each machine", "each laptop", "each pc",
          "すべての端末", "全ての端末", "すべてのpc", "全てのpc", "すべてのパソコン", "全てのパソコン", "どの端末も", "どのpcも"],
    ),
    // Nobody can get in ("会議に誰も入れません"): everyone, and down.
    (
        &[DOWN, ALL],
        &["誰も入れない", "誰も入れません", "誰も入れず", "誰も入れなく", "だれも入れない", "だれも入れません",
          "だれも入れず"],
    ),    // What arrives, rings or syncs on another device or client ("PCには来ています", "スマホ
    // では鳴っています"): what the user can still do there (see `Fx::Able`). What merely
    // comes in ("来ています") is a way round only with the device as its topic (below):
    // "現場から苦情が来ています" is not one.
    (
        &[Able],
        &["届いてます", "届いている", "鳴ります", "鳴っています", "鳴ってます",
          "同期されます", "同期されています", "同期されてます", "表示されてます", "見えてます", "使えてます", "動いてます",
          "受け取れます", "受け取れています", "受信されています"],
    ),
    // round 36: a partner company asked to be introduced ("パートナー企業をご紹介いただく"), as
    // "refer us to a partner" is (see `asks_for_a_partner`).
    (
        &[Presales(2)],
        &["パートナー企業をご紹介", "パートナー企業を紹介", "パートナー企業のご紹介", "パートナー企業の紹介", "パートナー会社をご紹介",
          "パートナー会社を紹介"],
    ),
    // round 36: people's safety at stake ("作業の安全確認に支障が出ております", "安全面でまずい",
    // "a safety risk"), as production and deadlines are.
    (
        &[CRITICAL],
        &["安全確認に支障", "安全確認ができ", "安全確認が出来", "安全面でまずい", "安全面でかなりまずい", "安全面で問題があ", "安全面でリスク", "安全面で危険", "安全上の問題", "安全上の懸念", "安全に支障", "安全に影響",
          "安全管理に支障", "safety risk", "safety issue", "safety concern", "safety is at risk", "safety at risk",
          "safety critical", "safety checks can't", "safety checks cannot"],
    ),
    // round 36: the service's own refusal said as a permission the user lacks ("You don't
    // have permission to access this page", "アクセス権がありません"): access refused, as
    // "access denied" is.
    (
        &[DEGRADED, OUTRIGHT],
        &["don't have permission to access", "do not have permission to access", "don't have permission to view",
          "do not have permission to view", "アクセス権がありません", "アクセス権限がありません", "アクセス許可がありません"],
    ),
    // round 36: what works said in the spoken form or as something avoided ("IMはできてます",
    // "IMは送れるため", "回避できる"), and no problem said politely ("問題ございません"): a way
    // round when a condition or an alternative opens its clause (`able_as_alternative`).
    (
        &[Able],
        &["できてます", "できてる", "送れます", "送れる", "送れるため", "送れるので", "送れています", "送れてます",
          "回避できる", "回避できます", "回避可能", "問題ございません"],
    ),
    // ---------------------------------------------------------------- round 30 (blind-42)
    // People kept from all work ("40 people are sitting there idle", "全員が手待ちです"): the
    // service they work with is unusable for them, down, as "nobody can work" is.
    (
        &[DOWN],
        &["sitting there idle", "sitting idle", "sat there idle", "are sitting idle", "are idle", "standing idle",
          "twiddling their thumbs", "can't do any work", "cannot do any work", "can't do anything", "cannot do anything",
          "手待ち", "手持ち無沙汰", "仕事が手につかない", "何も仕事ができ", "業務が何もでき", "何もできずに待って",
          "待機状態です", "全員待機"],
    ),
    // A page or site that says it is not available ("This page isn't available right now",
    // "このページは利用できません"): the page is unusable for everyone who opens it, down.
    (
        &[DOWN],
        &["page isn't available", "page is not available", "page is unavailable", "page isnt available",
          "site isn't available", "site is not available", "site is unavailable", "site isnt available",
          "isn't available right now", "is not available right now", "is unavailable right now",
          "ページは利用できません", "ページを利用できません", "ページが利用できません", "ページは使用できません",
          "サイトは利用できません", "サイトが利用できません", "ページは現在利用できません", "現在利用できません"],
    ),
    // The only channel the business has for its customers ("that page is the only way we
    // take appointments", "唯一の予約窓口"): customers turned away, business-critical.
    (
        &[CRITICAL],
        &["the only way we take", "only way we take", "the only way we get", "the only way we receive",
          "the only way customers", "only way customers", "the only way clients", "the only way patients",
          "the only way people can book", "the only way to book", "the only way to order", "the only way to pay",
          "our only channel", "the only channel", "only booking channel", "only sales channel",
          "唯一の窓口", "唯一の予約", "唯一の受付", "唯一の注文", "唯一の販売", "唯一の手段", "唯一の経路", "唯一の連絡手段",
          "予約を受け付けられない", "予約を受け付けられません", "予約を受け付けられず", "予約を受け付けられなく", "注文を受け付けられない", "注文を受け付けられません", "注文を受け付けられず",
          "注文を受け付けられなく", "お客様が予約できない", "お客様が予約できません", "お客様が予約できず", "お客様が予約できなく", "お客様が注文できない", "お客様が注文できません",
          "お客様が注文できず", "お客様が注文できなく", "お客様が購入できない", "お客様が購入できません", "お客様が購入できず", "お客様が購入できなく", "お客様が支払いできない",
          "お客様が支払いできません", "お客様が支払いできず", "お客様が支払いできなく"],
    ),
    // Not one person ("誰一人ログインできません"): everyone, not the one person "一人" counts.
    (
        &[ALL],
        &["誰一人", "誰ひとり", "だれ一人", "だれひとり", "誰一人として", "誰ひとりとして"],
    ),
    // A payment run or payment day at hand ("Payment run is today", "本日が支払日です"):
    // money owed to suppliers or staff at stake, business-critical.
    (
        &[CRITICAL],
        &["payment runs", "pay run", "payments run", "supplier run", "payment day", "payment date",
          "payday", "pay day", "支払日", "支払い日", "支払期日", "支払い期日", "振込日", "振込期日", "振り込み日", "給与支払",
          "支払処理", "支払い処理"],
    ),
    // Invoices the customer receives from suppliers ("every supplier invoice in quarantine")
    // and the payments it makes ("the payment file", "payment run"): their business, not a
    // question about the subscription's own bill.
    (
        &[MASK],
        &["payment run", "payment runs", "pay run", "payment file", "payment files", "payment batch", "bank export",
          "supplier invoice", "supplier invoices", "vendor invoice", "vendor invoices", "invoices from suppliers",
          "invoices from vendors", "incoming invoices", "取引先からの請求書", "仕入先からの請求書", "取引先の請求書",
          "仕入先の請求書", "業者からの請求書"],
    ),
    // A setting said to hold the right value ("設定画面では既定の署名が選ばれています", "the
    // settings page shows the right signature"): where the fault is not, no way round.
    (
        &[NoWorkaround],
        &["settings show the right", "settings show the correct", "settings page shows the right",
          "settings page shows the correct", "the setting shows the right", "the setting shows the correct",
          "is selected in settings", "is set correctly in settings", "settings look correct", "settings look right",
          "設定上は正しく", "設定は正しく"],
    ),
    // ---------------------------------------------------------------- round 31 (English)
    // Every one of a group named before ("every one of them", "none of them"): the whole
    // group, several, as "everyone in payroll" is.
    (
        &[EVERYONE_IN],
        &["every one of them", "each one of them", "every single one of them", "each of them", "all of them",
          "none of them", "not one of them", "every last one of them"],
    ),
    // Asking why nobody can ("Why can't anyone sign in?"): everyone; "why can't anyone in
    // the sales team" is everyone of what follows, as "anyone in" is.
    (
        &[ALL],
        &["can't anyone", "cannot anyone", "can't anybody", "cannot anybody"],
    ),
    (
        &[EVERYONE_IN],
        &["can't anyone in", "cannot anyone in", "can't anybody in", "can't anyone at", "cannot anyone at"],
    ),
    // Every attempt fails ("errors for every customer who tries to book", "for every teacher
    // who tries it"): the failure is outright.
    (
        &[OUTRIGHT],
        &["who tries", "who try", "whoever tries", "who tries it", "who tries to", "every attempt", "each attempt",
          "every single time", "no matter who"],
    ),
    // Getting past sign-in, reaching the service, working at all ("Not a single PC in the
    // Line 4 area works"): what nobody can do leaves it unusable.
    (
        &[CANNOT_DOWN],
        &["get past", "get past sso", "get past sign in", "get past the login", "get past login", "get past mfa",
          "works", "reaches", "redeem", "redeem the invite", "redeem their invites", "redeem the invitation",
          "redeem b2b guest invitations", "redeem guest invitations", "redeem invitations"],
    ),
    // A flow said not to arrive ("responses not landing in the linked Excel"), times shown
    // an hour off: a fault.
    (
        &[DEGRADED],
        &["1h off", "an hour off", "one hour off", "1 hour off", "2h off", "two hours off", "off by an hour",
          "off by one hour", "off by 1 hour", "hour off", "hours off", "not landing", "aren't landing", "isn't landing", "are not landing", "is not landing", "never land",
          "never lands", "stopped landing", "not showing up", "aren't showing up", "isn't showing up"],
    ),
    // Stakes said as a consequence: work on paper, the law, fees, a delivery leaving, a
    // deadline the writer says cannot wait.
    (
        &[CRITICAL],
        &["on paper", "documenting on paper", "charting on paper", "back to paper", "pen and paper",
          "by law", "required by law", "legally required", "legal requirement", "statutory", "regulatory deadline",
          "late fees", "late fee", "late payment fees", "late payment penalties", "costing us", "costing us money",
          "losing money", "penalties", "can't pay anyone", "cannot pay anyone", "can't pay suppliers",
          "cannot pay suppliers", "can't pay our suppliers", "can't sit", "cannot sit", "can't wait",
          "cannot wait", "this can't sit", "this can't wait", "can't be left", "fieldwork starts",
          "the engagement slips", "engagement slips", "is due in an hour", "due in an hour", "due in two hours",
          "due in 30 minutes", "board pack", "board papers", "they start monday", "start monday",
          "starts monday", "start tomorrow", "starts tomorrow", "only intake channel", "our only intake",
          "only intake", "scheduled to go", "scheduled to go out", "due to go out", "has to go out",
          "have to go out", "must go out", "needs to go out", "need to go out"],
    ),
    // Nouns of work done ("graded work in Teams", "homework"): not "work in" another client.
    (
        &[MASK],
        &["graded work", "coursework", "homework", "schoolwork", "classwork", "student work", "students' work",
          "work in progress"],
    ),
    // A person of an outside company ("one contact at our supplier"): a person, not an
    // address-book item.
    (
        &[MASK],
        &["contact at", "one contact at", "a contact at", "our contact at", "their contact at", "contacts at"],
    ),
    // A document, not a price asked for ("opens the price list read-only").
    (
        &[MASK],
        &["the price list", "price list read only", "price list file", "price list spreadsheet", "price lists"],
    ),
    // Asking whether what is seen is normal ("Is it normal for a room mailbox to accept two
    // bookings?"): a question of whether it is by design (see `setting_forbids` in `mod.rs`).
    (
        &[AsksIfExpected],
        &["is it normal for", "is it normal that", "is that normal for", "is this normal for", "is it expected for",
          "is it expected that"],
    ),
    // Crews and shifts of workers, and two people, are several.
    (
        &[MULTIPLE],
        &["both supervisors", "both managers", "both users", "both of them", "both teachers", "both nurses",
          "both agents", "both colleagues", "crew", "crews", "the crew", "maintenance crew", "field crew", "night crew", "accounts payable",
          "ap team", "ap clerks", "pickers", "associates", "seasonal associates", "handhelds", "scanners",
          "district managers", "store managers", "supervisors'"],
    ),
    // Every handheld, kiosk or till: every one of several devices.
    (
        &[MULTIPLE, EVERYTHING],
        &["every handheld", "every kiosk", "every scanner", "every till", "every terminal", "every phone",
          "every iphone", "every handset", "all handhelds", "all the handhelds", "all kiosks", "all the kiosks",
          "all scanners", "all the scanners", "all tills", "all the tills", "each handheld", "each kiosk"],
    ),
    // A way round denied ("so that doesn't help her", "which is no help").
    (
        &[NoWorkaround],
        &["that doesn't help", "that does not help", "doesn't help her", "doesn't help him", "doesn't help them",
          "which doesn't help", "which does not help", "is no help", "no help to her", "no help to him",
          "hasn't got another machine", "has not got another machine", "hasn't got another computer",
          "no other machine", "no other computer", "no other device", "doesn't have another machine",
          "does not have another machine", "doesn't have another computer", "no spare machine", "no spare laptop"],
    ),
    // How they get by, said of what they now use ("which is what they're using meanwhile",
    // "she is working from that", "he's doing that for now").
    (
        &[Workaround, ALTERNATIVE],
        &["which is what they're using", "which is what she's using", "which is what he's using",
          "what they're using meanwhile", "what they are using meanwhile", "working from that", "is working from that",
          "are working from that", "doing that for now", "he's doing that for now", "she's doing that for now",
          "they're doing that for now", "using that for now", "using that meanwhile", "using that in the meantime",
          "doing that in the meantime", "working that way for now"],
    ),
    // Another device or way said to be right ("her phone has the right times", "the alerts
    // on her PC are on time", "tethered to her phone it's clear"): see `Fx::Fine`.
    (
        &[Fine],
        &["are on time", "is on time", "arrive on time", "arrives on time", "has the right times",
          "has the right time", "have the right times", "shows the right time", "shows the right times",
          "has the correct time", "has the correct times", "shows the correct time", "shows the correct times",
          "it's clear", "it is clear", "is clear", "are clear", "signs in fine", "sign in fine", "opens fine",
          "shows fine", "loads fine"],
    ),
    // ---------------------------------------------------------------- round 32 (English)
    // The flow of mail is the mail service itself, not a part of it ("Mail flow is down for
    // the whole org"), as sign-in and sync are.
    (
        &[MASK],
        &["mail flow", "mailflow", "email flow", "e mail flow", "mail flows", "message flow", "mail routing"],
    ),
    // A service said to have died: an outage, as "is dead" is.
    (
        &[DOWN, IMPLIES_ALL],
        &["has died", "have died", "just died", "has died on us", "died on us", "died overnight", "died this morning"],
    ),
    // Nothing left to reach the service with ("no mailbox access on desktop or phone", "nothing
    // they can sign into", "lost Outlook and Teams connection"): unusable for those it names.
    (
        &[DOWN],
        &["no mailbox access", "no mail access", "no email access", "no access to their mailbox",
          "no access to their mailboxes", "no access to mail", "no access to email", "no access at all",
          "nothing they can sign into", "nothing they can sign in to", "nothing they can log into",
          "nothing they can log in to", "nothing they can get into", "nothing she can sign into",
          "nothing he can sign into", "lost connection", "lost connectivity", "lost all connectivity",
          "lost outlook and teams", "lost outlook and teams connection", "lost teams and outlook", "lost all access",
          "lost access to outlook", "lost access to email", "lost access to mail", "lost access to teams",
          "lost access to everything", "blocked on every sign in", "blocked at every sign in",
          "blocked on every login", "blocked at every login", "blocked on every log in", "blocked on each sign in",
          "blocked on every attempt", "blocked at sign in every time", "can't book a room at all",
          "cannot book a room at all", "can't book anything at all", "can't book at all", "cannot book at all"],
    ),
    // A page blank for everyone who visits it ("renders blank for every visitor"): an outright
    // failure for everyone the page serves.
    (
        &[DEGRADED, OUTRIGHT],
        &["renders blank", "render blank", "renders a blank page", "renders empty", "loads blank", "loads empty",
          "shows blank", "comes up blank", "renders nothing"],
    ),
    (
        &[ALL],
        &["every visitor", "for every visitor", "all visitors", "any visitor",
          "any mailbox in the tenant", "every mailbox in the tenant", "all mailboxes in the tenant",
          "any mailbox at the hospital", "any mailbox in the company", "any mailbox in the org"],
    ),
    // Mail reaching no mailbox at all ("no inbound external mail is reaching any mailbox",
    // "nothing is arriving in any mailbox"): a whole flow that reaches nobody.
    (
        &[ReachesNobody],
        &["reaching any mailbox", "reaches any mailbox", "reach any mailbox", "arriving in any mailbox",
          "arrives in any mailbox", "arrive in any mailbox", "delivered to any mailbox", "landing in any mailbox",
          "lands in any mailbox", "getting to any mailbox", "gets to any mailbox", "get to any mailbox",
          "reaching any inbox", "arriving in any inbox", "landing in any inbox"],
    ),
    // Slowed down is not down ("it's just slowing down handover"); getting in at all, said as a
    // concession ("They do get in"), and "not an outage exactly" say it is impaired.
    (
        &[DEGRADED, PARTIAL],
        &["slowing down", "slows down", "slowed down", "slowing us down", "slowing things down", "slowing them down",
          "slowing everyone down", "not an outage exactly", "not exactly an outage", "not really an outage",
          "not a full outage", "not an outage as such", "not an outage per se"],
    ),
    (
        &[REST_WORKS],
        &["they do get in", "she does get in", "he does get in", "we do get in", "users do get in", "they still get in",
          "they do eventually get in", "it does work eventually", "they get in eventually", "they do get through"],
    ),
    // OneDrive's own paused status ("shows 'Sync paused'"): a fault of the sync.
    (
        &[DEGRADED],
        &["sync paused", "sync is paused", "syncing paused", "sync keeps pausing", "sync pauses"],
    ),
    // A step or another person that gets the one affected going ("Clicking Enable Editing
    // gets her going", "dialling in from her desk phone let her set it"): the way round.
    (
        &[Workaround],
        &["gets her going", "gets him going", "gets them going", "gets me going", "got her going", "got him going",
          "got them going", "got me going", "keeps her going", "keeps him going", "keeps them going",
          "let her set it", "let him set it", "let them set it", "lets her set it", "lets him set it",
          "let her do it", "let him do it", "lets her do it", "lets him do it", "let them do it", "lets them do it",
          "let her change it", "let him change it", "lets her work", "lets him work", "lets them work",
          "did it for her", "did it for him", "did it for them", "did that for her", "did that for him",
          "does it for her", "does it for him", "does it for them", "she can live with that", "he can live with that",
          "they can live with that", "she can live with it", "he can live with it", "they can live with it",
          "i can live with that", "we can live with that", "gets him by", "gets her by", "gets them by", "gets me by",
          "got him by", "got her by", "got them by", "got me by", "keeps her by", "keeps him by"],
    ),
    // Another way said to work at once ("off the VPN it opens straight away"): see `Fx::Fine`.
    (
        &[Fine],
        &["opens straight away", "opens right away", "opens instantly", "opens immediately", "loads straight away",
          "loads right away", "loads instantly", "loads immediately", "works straight away", "works right away",
          "works immediately", "connects straight away", "connects right away", "connects instantly",
          "goes through straight away", "goes out straight away", "arrives straight away", "syncs straight away"],
    ),
    // Said to matter little ("no harm done", "just a nuisance", "just curious why"): it can wait.
    (
        &[NOT_CRITICAL, Unhurried],
        &["no harm done", "so no harm done", "just a nuisance", "it's just a nuisance", "only a nuisance",
          "a minor nuisance", "just curious", "only curious", "just an annoyance", "a minor annoyance",
          "can live with that", "can live with it", "not a priority", "it's just annoying", "just annoying",
          "it's just slowing", "it's just slowing down", "just slowing down", "it's just confusing",
          "just confusing everyone", "it's just inconvenient", "just an inconvenience", "only an inconvenience"],
    ),
    // Stakes said as consequences: legal exposure and obligations, reporting clocks, sales
    // lost, court filings, a pitch to a client, a deadline by a day.
    (
        &[CRITICAL],
        &["legal exposure", "a legal exposure", "regulatory exposure", "compliance exposure", "legal risk",
          "preservation obligation", "preservation obligations", "legal obligation", "regulatory obligation",
          "reporting clock", "reporting clocks", "reporting obligation", "reporting obligations", "24h reporting",
          "24 hour reporting", "costing them sales", "costing them", "costing sales", "losing sales", "lost sales",
          "losing business", "losing them business", "costs us", "every minute costs", "costs them",
          "court submissions", "court submission", "court filing", "court filings", "file with the court",
          "pitching to", "pitching to a new client", "client pitch", "pitch to a client", "have to show the deck",
          "need to show the deck", "has to be done by", "have to be done by", "must be done by",
          "needs to be done by", "has to be in by", "has to be filed by", "must be filed by", "has to be submitted by",
          "must be submitted by", "the board convenes", "board convenes", "the board meets"],
    ),
    // A deadline denied or work in hand ("nothing due until next week"): nothing at stake.
    (
        &[NOT_CRITICAL],
        &["nothing due until", "nothing due before", "nothing due this week", "nothing is due until"],
    ),
    // Words that name work, not a purchase or a bill ("purchase orders from suppliers", "one
    // charge nurse").
    (
        &[MASK],
        &["purchase orders", "purchase order", "charge nurse", "charge nurses", "nurse in charge"],
    ),
    // Several people: a dozen, and the plural roles of firms, clinics and plants.
    (
        &[MULTIPLE],
        &["a dozen", "about a dozen", "dozen", "dozens", "dozens of", "coordinators", "study coordinators",
          "paralegals", "attorneys", "solicitors", "pharmacists", "physicians", "planners", "buyers", "tellers",
          "receptionists", "dispatchers", "schedulers", "underwriters", "radiologists", "therapists", "midwives",
          "surgeons", "bookkeepers", "caseworkers", "case workers", "traders", "brokers", "adjusters",
          "account managers", "case managers", "treasury", "the treasury team", "external partners"],
    ),
    // The writer alone on what others never use ("I'm the only one who ever uses the guest
    // wifi"): one person.
    (
        &[SINGLE, ONLY_ONE],
        &["i'm the only one", "i am the only one", "she's the only one", "she is the only one", "he's the only one",
          "he is the only one", "the only one who uses", "the only one who ever uses", "the only person who uses"],
    ),
    // Time spans are no people ("it reappears a few minutes later", "most of the time").
    (
        &[MASK],
        &["a few minutes", "a few seconds", "a few hours", "a few days", "a few weeks", "a few times", "few minutes",
          "few seconds", "few hours", "a couple of minutes", "a couple of hours", "a couple of days",
          "a couple of times", "most of the time", "most of the day", "most of the morning", "most of the week",
          "most of the shift", "most of the night"],
    ),
    // Nothing that can be booked at all ("no one over there can book a room at all"): the
    // booking itself fails.
    (
        &[CANNOT_DOWN],
        &["book a room at all", "book any room at all", "book rooms at all", "book anything at all", "book at all",
          "book a meeting room at all"],
    ),
    // A trial of medicines, not of a subscription ("clinical trial records").
    (
        &[MASK],
        &["clinical trial", "clinical trials", "drug trial", "drug trials", "trial records", "trial data",
          "trial master file", "trial site", "trial sites", "trial participants", "study records"],
    ),
    // Choosing a plan or a partner ("refer us to a Microsoft partner", "weighing F3 against
    // E3", "or do we need Premium for that?"): presales.
    (
        &[Presales(2)],
        &["refer us to a microsoft partner", "partner experienced", "partners experienced", "partners with experience",
          "a partner with experience", "a referral", "like a referral", "thinking of leaving", "thinking of moving",
          "weighing", "before we decide", "before we sign", "or do we need premium", "do we need premium",
          "or do we need business premium", "or do we need e5", "or do we need e3"],
    ),
    // Every single one of a named group ("Each user in the HR group cannot open SharePoint"):
    // everyone of what follows, as "every user in" is.
    (
        &[EVERYONE_IN],
        &["each user in", "each user on", "each user at", "each user of", "each person in", "each person on",
          "each employee in", "each employee at", "each staff member in", "every staff member in",
          "each of the users in", "every one of the users in", "each member in", "every person on"],
    ),
    // A time-out is a failure outright: for everyone it leaves the service unusable ("Teams
    // and Outlook time out for everyone on site").
    (
        &[OUTRIGHT],
        &["time out", "times out", "timing out", "timed out"],
    ),
    // ------------------------------------------------------- round 31 (blind-44..47, Japanese)
    // A failure said casually or as a wipe-out ("外線発信 全社でムリ", "オフライン", "サインアウト
    // されて戻れない"): an outright failure, down when everyone of it has it.
    (
        &[DEGRADED, OUTRIGHT],
        &["ムリ", "無理です", "無理でした", "無理な状態", "無理っぽい", "でムリ", "で無理", "全部ダメ", "全部だめ", "全部エラー",
          "オフラインとな", "オフラインにな", "オフラインです", "オフラインになって", "オフライン表示", "すべてオフライン", "全てオフライン",
          "戻れない", "戻れません", "戻れず", "入れない", "入れません", "入れず", "落ちてる", "落ちてます", "死んでる", "死んでます",
          "着信なし", "着信がない", "着信がありません", "着信が来ない", "着信が来ません", "着信しない", "着信しません",
          "サインインエラー", "ログインエラー", "移動不可", "表示不可", "利用不可", "使用不可", "「申し訳ございません", "「申し訳ありません"],
    ),
    // What cannot be found, said plainly ("新しいマニュアルが出てこない"), or a sign-in that
    // goes round in a loop: a fault.
    (
        &[DEGRADED],
        &["出てこない", "出てきません", "出てこなく", "出てこず", "出て来ない", "出て来ません", "ループ→", "ループして", "ループする",
          "ループしている", "ループします", "ループしてる", "無限ループ", "サインインループ", "ログインループ"],
    ),
    // A fault reported second-hand that the writer takes for a setting, and asks where to
    // change it ("おそらくゲストアクセスが無効なだけかと思います…どこで有効化できるか"): a question.
    (
        &[AsksIfExpected],
        &["無効なだけ", "無効になっているだけ", "オフなだけ", "オフになっているだけ", "設定されていないだけ", "許可されていないだけ",
          "どこで有効化できるか", "どこで有効にできるか", "どこで設定できるか", "どこで変更できるか", "どこで許可できるか",
          "ないとダメ?", "ないとだめ?", "ないといけない?", "ないといけないの?", "ないといけませんか", "ないとダメですか",
          "ないとだめですか", "なきゃダメ?", "なきゃだめ?", "なければなりませんか", "必要がありますか", "ものなのでしょうか",
          "ものなのですか", "するものでしょうか"],
    ),
    // Several, said as an indefinite number or as many asking ("何人か", "問い合わせ多数").
    (
        &[MULTIPLE],
        &["何人か", "何名か", "何人も", "何名も", "問い合わせ多数", "問い合わせが多数", "問い合わせが殺到", "問い合わせ殺到",
          "問い合わせが多い", "問合せ多数", "問合せが多数", "子会社", "グループ会社", "関連会社"],
    ),
    // Everyone said politely ("どなたも回答できない"), as "誰も" is.
    (
        &[ALL],
        &["どなたも", "どなたも", "どなた様も", "どの方も"],
    ),
    // A last day or due date that is today, or a consequence at hand ("受付最終日が本日",
    // "明日の便が出ません", "シフト交代まで"): business-critical.
    (
        &[CRITICAL],
        &["最終日が本日", "最終日が今日", "最終日は本日", "最終日は今日", "受付最終日", "締切日が本日", "締切日が今日", "締め切りが本日",
          "締め切りが今日", "期限が本日", "期限が今日", "期限は本日", "期限は今日", "回答期限", "提出期限",
          "便が出ません", "便が出ない", "出荷できません", "出荷できない", "出荷が止ま", "シフト交代まで", "交代まであと", "開店まで",
          "開店まであと", "始業まで", "始業まであと", "シフト開始まで"],
    ),
    // The customer's own payments and requests made to it ("支払データ", "月末の支払締め",
    // "情報公開請求"): their business, not a question about the subscription's own bill.
    (
        &[MASK],
        &["支払データ", "支払いデータ", "支払締め", "支払い締め", "支払の締め", "支払いの締め", "月末の支払", "支払業務", "支払い業務",
          "支払伝票", "支払い伝票", "情報公開請求", "開示請求", "公開請求", "請求への回答", "請求に対する回答", "請求対応",
          "お客様相談室", "相談室", "相談窓口", "相談センター"],
    ),
    // A licence removed from someone who left ("退職者の OneDrive はライセンス削除後どのくらい
    // 保持されますか"): what happens to their data, a question about the service, not buying.
    (
        &[Technical(3)],
        &["ライセンス削除後", "ライセンス削除前", "ライセンスを削除した後", "ライセンスを削除すると", "ライセンス削除すると",
          "ライセンスを外した後", "ライセンスを外すと", "ライセンス解除後", "ライセンスを削除する前", "ライセンスを外す前",
          "保持されますか", "保持期間", "どのくらい保持", "いつまで保持", "引き継ぎたい", "引き継ぐには"],
    ),
    // A question after a complaint, in a short form ("差出人変えるには", "どこで有効化できるか
    // 確認させてください"): a how-to.
    (
        &[WORKING],
        &["変えるには", "変更するには", "設定するには", "有効にするには", "有効化するには", "無効にするには", "追加するには", "削除するには",
          "表示するには", "戻すには", "出すには", "送るには", "使うには", "どこで有効化", "どこで有効に", "どこで設定", "どこで変更",
          "どこから設定", "どこから有効", "どこで確認", "何をしておけば", "何をしておく", "何をすれば", "どうしておけば",
          "どのくらい保持", "いつまで保持", "保持されますか"],
    ),
    // The same work done another way by the one affected, said as a fact ("そっちで作業中",
    // "ご本人は会議アプリから直接予約されている"): the user's workaround.
    (
        &[USER_WORKAROUND, ALTERNATIVE],
        &["そっちで作業", "そちらで作業", "そっちで対応", "そちらで対応", "そっちを使って", "そちらを使って", "そっちでやって",
          "そちらでやって", "アプリから直接", "アプリで直接", "から直接予約", "で直接予約", "から直接会議", "から直接作成"],
    ),
    // A report's labelled field for the way round, left empty ("【回避策】なし", "【回避策】
    // 現状なし"): none, as "回避策はありません" is.
    (
        &[NoWorkaround],
        &["回避策】なし", "回避策】無し", "回避策】現状なし", "回避策】特になし", "回避策】今のところなし", "回避策】現在なし",
          "回避策】ありません", "回避策】ございません", "回避策】現状ありません", "回避策】不明", "回避方法】なし", "回避方法】無し",
          "回避策】なし。", "代替手段】なし", "回避策]なし", "回避策):なし"],
    ),
    // Customer-facing work stopped, said tersely ("問い合わせ対応ストップ"): business-critical.
    (
        &[CRITICAL],
        &["対応ストップ", "対応がストップ", "業務ストップ", "業務がストップ", "受付ストップ", "受付がストップ", "出荷ストップ",
          "出荷がストップ", "受注ストップ", "受注がストップ", "販売ストップ", "販売がストップ"],
    ),
    // Several said with a plural suffix or "each" ("班長たち", "営業部の方々", "各店の店長"):
    // several people, or the people of several places.
    (
        &[MULTIPLE],
        &["各店", "各店舗", "各倉庫", "各拠点", "各支店", "各営業所", "各部署", "各係", "各クラス", "各病棟", "各学校", "各校",
          "各工場", "各課", "各部", "学生・教職員とも", "教職員・学生とも", "学生も教職員も", "教職員も学生も"],
    ),
    // What the one affected reaches another way ("ブラウズすれば見れる"): the way round.
    (
        &[USER_WORKAROUND, ALTERNATIVE],
        &["ブラウズすれば", "ブラウズすると見", "たどれば見れ", "辿れば見れ", "直接開けば", "urlを直接開けば", "リンクから開けば",
          "ナビから開けば"],
    ),
    // The writer alone ("全ユーザーではなく、私だけが送信できません"): one person, whatever
    // denied quantity stands beside it.
    (
        &[SINGLE, ONLY_ONE],
        &["私だけ", "自分だけ", "私のみ", "自分のみ", "わたしだけ", "僕だけ", "私1人だけ", "私一人だけ"],
    ),
    // ------------------------------------------------------- round 32 (blind-48..52, Japanese)
    // What the one affected can still do, said in keigo or as done ("隣の端末からは利用できて
    // おります", "固定電話から…録音したところ設定できました", "PCでは問題ないので"): after a
    // contrast or an alternative named as the topic, the way round (see `Fx::Able`).
    (
        &[Able],
        &["できております", "できておりますので", "使えております", "利用できております", "利用できています", "ご利用いただけて",
          "できました", "できましたので", "できたので", "できたため", "確認できている", "確認できています", "確認できております",
          "確認しています", "確認している", "確認しております",
          "通知が来るので", "通知が来る", "通知は来る", "通知は来ます", "通知が来ています", "通知は来ています", "来ているので",
          "届いているので", "見えるので", "見られるので"],
    ),
    // Work still done, said of the work itself ("「編集を有効にする」で作業はできております",
    // "業務はできています"), or a way round said as practice ("運用で回避しております"): a way
    // round.
    (
        &[Workaround],
        &["作業はできて", "作業はできる", "作業はでき", "業務はできて", "業務は継続", "業務を継続", "仕事はできて", "仕事はでき",
          "運用で回避", "運用回避", "回避しております", "回避しています", "回避している", "回避できております", "回避できています",
          "回避できている", "でしのいで", "でしのぎ", "で凌いで"],
    ),
    // Another way per item or by hand ("1通ずつ解放はできる", "手で送ればいいんですけど",
    // "所有者本人が編集すれば問題ない"): a way round, however tiresome.
    (
        &[Workaround],
        &["ずつ解放はできる", "ずつ解放はできます", "ずつ解放できる", "ずつ解放できます", "ずつ解放は可能", "ずつなら", "ずつであれば",
          "個別に解放", "手で送れば", "手で送る", "手で転記", "手で入力", "手で登録", "手で作成", "手動で送れば", "手動で送る",
          "手動で転記", "手動で登録", "手作業でやれば", "手でやれば", "手動でやれば", "すれば問題ない", "すれば問題なく",
          "すれば問題ありません", "すれば大丈夫", "すれば使える", "すれば使えます", "すればできる", "すればできます"],
    ),
    // Said to wait, in keigo or as a deadline far enough ("急ぎではございません", "来週までに直れば
    // 問題ありません", "低優先度で構いません"): nothing at stake.
    (
        &[NOT_CRITICAL, Unhurried],
        &["急ぎではございません", "急ぎではございませんので", "お急ぎではありません", "緊急ではありません", "緊急ではございません",
          "緊急性はありません", "緊急性は低い", "低優先度で構いません", "低優先度でかまいません", "低優先度で大丈夫", "優先度は低",
          "直れば問題ありません", "直れば問題ない", "直れば大丈夫", "直れば構いません", "直ればかまいません", "直れば十分",
          "解決すれば問題ありません", "解決すれば大丈夫", "復旧すれば問題ありません", "対応いただければ問題ありません"],
    ),
    // The customer's own payment date (“支払期日が今週金曜”): its business, technical work, not
    // the subscription's bill.
    (
        &[Technical(3)],
        &["支払期日", "支払い期日", "支払期限", "支払い期限", "お支払期日"],
    ),
    // Items left in an interim state ("予約がすべて「仮承諾」のまま残ります"): a function that
    // does not finish its work, a fault of a part, not an outage.
    (
        &[DEGRADED, PARTIAL],
        &["のまま残ります", "のまま残って", "のまま残る", "のまま残り", "のまま残っている", "のままになります", "のままになって"],
    ),
    // Today's batch to customers not delivered ("本日分が未送達"): a deadline at stake.
    (
        &[CRITICAL],
        &["本日分が未送達", "本日分が届いて", "本日分が送れて", "本日分が送信できて", "今日の分が届いて", "今日の分が送れて",
          "本日分が未着", "本日分が送付できて", "本日分の送付ができて"],
    ),
    // Asking how it works ("仕組みを確認させてください"): a question about the service.
    (
        &[AsksIfExpected],
        &["仕組みを確認", "仕組みを教えて", "仕組みを知りたい", "仕組みについて", "どういう仕組み", "どのような仕組み",
          "動作仕様を確認", "仕様を確認させて", "挙動を確認させて"],
    ),
    // A department that uses it ("薬剤部で使っている"), a department as the ticket's subject ("生産管理課：…"): several.
    (
        &[MULTIPLE],
        &["部で使っている", "部で使って", "課で使っている", "課で使って",
          "科で使っている", "科で使って", "部で使用して", "課で使用して", "科で使用して", "部で利用して", "課で利用して",
          "部で共有して", "課で共有して", "課:", "部:", "科:", "病棟:", "チーム:", "生産管理課", "生産管理部", "生産技術課",
          "生産技術部", "生産計画課", "生産管理グループ", "生産管理チーム"],
    ),
    // A document named after production ("生産日報テンプレート"): what is written, not
    // production at stake.
    (
        &[MASK],
        &["生産日報", "生産報告", "生産実績表", "生産管理表", "生産計画表"],
    ),
    // The production tenant beside a development one ("本番テナントのみ 403"), a factory tour
    // ("工場見学予約ページ"): names, not production at stake.
    (
        &[MASK],
        &["本番テナント", "工場見学", "工場見学の"],
    ),
    // The impact said to be large, or the writer pressed ("業務影響が大きい状況です", "影響大です",
    // "かなり焦ってます"): business at stake.
    (
        &[CRITICAL],
        &["影響大", "影響が大きい", "影響は大きい", "影響が大きく", "業務影響が大きい", "業務への影響が大きい", "影響が甚大",
          "甚大な影響", "影響は甚大", "大きな影響が出て", "大きな影響が出る", "かなり焦って", "とても焦って", "焦っています",
          "焦ってます"],
    ),
    // Work that cannot go on ("業務が回らず", "工場の指示も出せない"): business at stake.
    (
        &[CRITICAL],
        &["業務が回らず", "業務が回らない", "業務が回りません", "業務が回らなく", "仕事が回らず", "仕事が回らない", "仕事が回りません",
          "現場が回らず", "現場が回らない", "現場が回りません", "指示も出せない", "指示が出せない", "指示が出せず", "指示も出せず",
          "指示が出せません", "指示も出せません"],
    ),
    // Everyone of the whole premises ("院内全員", "院内全体でIM送信不可", "学内全員"): the
    // organisation, everyone; so is "みんな" as the subject ("みんな困ってる").
    (
        &[ALL],
        &["院内全員", "院内の全員", "院内全体", "院内すべて", "病院全体", "全院", "学内全員", "学内の全員", "学内全体", "校内全員",
          "校内全体", "庁内全員", "庁内の全員", "庁内全体", "社内全員", "社内の全員", "社内全体", "みんな困", "みんなが", "みんな同じ"],
    ),
    // Patients and emergency care at stake ("救急外来の当直医", "急変の呼び出し", "至急報",
    // "患者さんが待っています"): business-critical.
    (
        &[CRITICAL],
        &["救急", "急変", "至急報", "診療に支障", "診療が止ま", "診療ができな", "診療できな", "診察ができな", "診察できな",
          "患者さんが待", "患者が待", "患者対応ができ", "患者さんの対応ができ", "手術に", "手術の"],
    ),
    // A certificate's signing ("トークン署名証明書") is no signature a user manages.
    (
        &[MASK],
        &["トークン署名", "署名証明書", "署名用証明書", "トークン署名証明書"],
    ),
    // A firm with the honorific ("協力会社さん") is who people work for, not one person named.
    (
        &[MASK],
        &["協力会社さん", "委託先さん", "ベンダーさん", "メーカーさん"],
    ),
    // A setting that does not take ("あいさつ文を変更しても既定の音声のままです") or a sign-in
    // asked for again and again ("毎回サインインを求めてきます"): a fault.
    (
        &[DEGRADED],
        &["変更しても既定", "変更しても元", "変えても既定", "変えても元", "既定のままです", "既定のまま", "デフォルトのまま",
          "初期設定のまま", "既定の音声のまま", "毎回サインインを求め", "毎回サインインを要求", "何度もサインインを求め",
          "サインインを求めてきます", "サインインを求めてくる", "サインインを求められます", "サインインを求められる",
          "毎回パスワードを求め", "毎回mfaを求め", "資格情報を求められ", "資格情報を何度も"],
    ),
    // ---------------------------------------------------------------- round 33 (blind-56, 57)
    // Every one of a group named after ("every one of the board members", "each one of the
    // drivers"): everyone of what follows, as "everyone in" is.
    (
        &[EVERYONE_IN],
        &["every one of the", "each one of the", "every single one of the", "every last one of the"],
    ),
    // A stake denied outright ("Not critical, but the auditors will ask eventually"): the
    // writer rates what is at stake, as "no rush" does.
    (
        &[Unhurried],
        &["not critical", "isn't critical", "is not critical", "nothing critical", "not business critical",
          "not time critical", "not time sensitive", "not mission critical"],
    ),
    // A sound or a picture that breaks up ("音声が途切れ途切れ", "途切れがち"): intermittent,
    // impaired, as "choppy" is.
    (
        &[DEGRADED, PARTIAL],
        &["途切れ途切れ", "途切れがち", "途切れ", "choppy audio", "keeps cutting out", "keep cutting out",
          "cuts in and out", "cutting in and out"],
    ),
    // Whoever tries ("誰が開いても", "no matter who opens it", "whoever tries"): everyone.
    (
        &[ALL],
        &["no matter who", "whoever opens it", "whoever tries", "whoever logs in", "whoever signs in"],
    ),
    // The rest said to still work ("Bookings themselves still go through", "Still gets
    // delivered, just confuses staff"): what fails is a part, not the service.
    (
        &[RestWorks],
        &["themselves still", "itself still", "still gets delivered", "still get delivered", "still goes through",
          "still go through", "still arrives", "still arrive", "still gets through", "still get through"],
    ),
    // Nobody as the one who changed something ("Nobody's changed anything as far as I know",
    // "誰も何も変更していません") says what was not done, not who is affected.
    (
        &[MASK],
        &["nobody's changed", "nobody has changed", "nobody changed", "no one's changed", "no one has changed",
          "no one changed", "nobody's touched", "nobody has touched", "nobody touched", "no one's touched",
          "no one has touched", "no one touched", "nobody's done anything", "no one's done anything",
          "誰も何も変更", "誰も設定を変更", "誰も変更して", "誰も触って"],
    ),
    // A refusal that began ("have all stopped letting them sign in"): they cannot, as "won't
    // let anyone" says.
    (
        &[DOWN],
        &["stopped letting them", "stopped letting us", "stopped letting anyone", "stopped letting people",
          "stopped letting users", "stopped letting staff", "stopped allowing them", "stopped allowing anyone",
          "stopped allowing users"],
    ),
    // A loss the writer says they cannot bear ("we really can't be losing those", "can't
    // afford to lose them"): at stake.
    (
        &[CRITICAL],
        &["can't be losing", "cannot be losing", "can't afford to lose", "cannot afford to lose",
          "can't afford to miss", "cannot afford to miss", "losing donations", "losing pledges"],
    ),
    // Having them work another way ("今はChromeを使ってもらっています"): the way round.
    (
        &[Workaround],
        &["を使ってもらっています", "を使ってもらっている", "を使ってもらうことで", "で作業してもらっています",
          "で作業してもらっている"],
    ),
    // ---------------------------------------------------------------- round 34 (blind-58, 60)
    // A question reported rather than asked ("Client wants to know if we can restrict …",
    // "Customer asks whether labels can be applied", "…されるかとの問い合わせ"): a how-to.
    (
        &[WORKING],
        &["wants to know if", "wants to know whether", "want to know if", "want to know whether",
          "wanted to know if", "wanted to know whether", "would like to know if", "would like to know whether",
          "asks whether", "asked whether", "asking whether",
          "enquires whether", "inquires whether", "enquiring whether", "inquiring whether",
          "where that's configured", "where that is configured", "where it's configured", "where is that configured",
          "かとの問い合わせ", "かとのお問い合わせ", "かとのご相談", "かとの相談", "かとの質問", "かとのご質問",
          "かどうかの問い合わせ", "かどうかのご相談"],
    ),
    // The only app the user has for it ("He has no other app", "ほかに使えるアプリがない"): no
    // other way of working, as no other device is.
    (
        &[NoWorkaround],
        &["no other app", "no other apps", "no other client", "no other program", "no other software",
          "ほかに使えるアプリがない", "他に使えるアプリがない", "ほかのアプリがない", "他のアプリがない",
          "ほかに使えるアプリはない", "他に使えるアプリはない", "ほかのアプリはない", "他のアプリはない"],
    ),
    // Carrying on the work another way ("当面PINで運用中", "Chromeで業務継続中", "he'll use that if
    // needed", "現在はメールでやり取りしています"): the way round.
    (
        &[Workaround],
        &["で業務継続中", "で業務を継続", "で業務継続して", "で仕事を継続", "で運用中", "で運用しています",
          "でしのいで", "で凌いで", "でしのいでいます", "he'll use that", "she'll use that", "they'll use that",
          "he will use that", "she will use that", "they will use that", "use that if needed",
          "use that instead", "use it if needed", "でやり取りしています", "でやり取りしている", "でやりとりしています",
          "でやりとりしている", "経由で連絡できて", "経由で連絡して", "で連絡を取っています", "で連絡を取っている"],
    ),
    // A contractual penalty or a missed service level ("契約上の違約金が発生", "SLAを守れず",
    // "we'd breach our SLA"), and business lost outright ("losing tenders today"): at stake.
    (
        &[CRITICAL],
        &["違約金", "ペナルティ", "slaを守れ", "sla違反", "slaに違反", "penalty clause", "contractual penalty",
          "contract penalty", "breach our sla", "breach the sla", "breaching our sla", "breaching the sla",
          "miss our sla", "missing our sla", "losing tenders", "lose tenders", "lost tenders", "losing bids",
          "lose bids", "losing orders", "失注"],
    ),
    // A sign-in refused in the service's own words ("We can't sign you in", "We couldn't log
    // you in"), or one that loops back to where it began ("the web version just loops back to
    // the login page", "サインイン画面に戻ってしまう"): they cannot get in, as "can't sign in" says.
    (
        &[DOWN],
        &["can't sign you in", "cannot sign you in", "couldn't sign you in", "could not sign you in",
          "can't log you in", "cannot log you in", "couldn't log you in", "could not log you in",
          "loops back to the login", "loops back to login", "loops back to the sign in", "loops back to sign in",
          "loops back to the password", "goes back to the login page", "goes back to the sign in page",
          "back to the login page", "back to the sign in page", "サインイン画面に戻ってしま", "ログイン画面に戻ってしま",
          "サインイン画面に戻る", "ログイン画面に戻る", "サインイン画面に戻され", "ログイン画面に戻され"],
    ),
    // A device that never gets to its desktop or home screen ("stuck at ESP, cannot get to
    // desktop", "デスクトップまで進めない"): unusable.
    (
        &[DOWN],
        &["cannot get to desktop", "can't get to desktop", "cannot get to the desktop", "can't get to the desktop",
          "unable to get to the desktop", "unable to get to desktop", "never gets to the desktop",
          "never get to the desktop", "never reaches the desktop", "never reach the desktop",
          "can't get to the home screen", "cannot get to the home screen", "never gets to the home screen",
          "デスクトップまで進まない", "デスクトップまで進めない", "デスクトップに進めない", "デスクトップに進まない",
          "デスクトップが表示されない", "デスクトップにたどり着けない", "ホーム画面まで進まない", "ホーム画面に進めない"],
    ),
    // Something that works one time and not the next ("開けたり開けなかったりします", "works
    // one day and not the next", "hit and miss"): intermittent, impaired.
    (
        &[DEGRADED, PARTIAL],
        &["なかったりします", "なかったりする", "なかったりで", "なかったり、", "なかったりして", "なかったりです",
          "hit and miss", "hit or miss", "works one day and not the next", "sometimes works and sometimes doesn't",
          "sometimes it works and sometimes it doesn't", "some days it works"],
    ),
    // A failure that sometimes gives way ("何度かやると通ることもある", "sometimes gets
    // through"): intermittent, so the service is impaired, not unusable.
    (
        &[RestWorks, Partial],
        &["通ることもある", "通ることもあります", "入れることもある", "入れることもあります", "できることもある",
          "できることもあります", "成功することもある", "成功することもあります", "うまくいくこともある",
          "sometimes gets through", "sometimes get through", "occasionally gets through", "sometimes it lets",
          "now and then it works", "every so often it works"],
    ),
    // What fails depending on who ("取引先によって開けたり", "depending on the partner"): it
    // fails for some of several, not for one.
    (
        &[MULTIPLE],
        &["取引先によって", "相手によって", "ユーザーによって", "人によって", "利用者によって", "社員によって",
          "受信者によって", "宛先によって", "depending on the partner", "depending on the recipient",
          "depending on the user", "depending on who", "for some partners", "for some recipients"],
    ),
    // Devices that cannot be enrolled ("iPad 25台がIntuneに登録できない", "laptops fail to
    // enroll", "stuck at ESP"): they cannot be used at all until they are.
    (
        &[DOWN],
        &["intuneに登録できない", "intuneに登録できません", "intuneに登録できず", "intuneへの登録に失敗", "intuneへの登録ができない",
          "intune登録に失敗", "intune登録ができない", "mdmに登録できない", "mdm登録に失敗", "can't enroll", "cannot enroll",
          "won't enroll", "fail to enroll", "fails to enroll", "failing to enroll", "enrollment fails", "enrolment fails",
          "can't enrol", "cannot enrol", "won't enrol", "fail to enrol", "fails to enrol", "stuck at esp", "stuck at the esp",
          "stuck on esp", "stuck in esp"],
    ),
    // An app that closes as soon as it starts ("起動すると即落ちる", "crashes as soon as it
    // opens"): unusable, as "crashes on launch" is.
    (
        &[DOWN],
        &["起動すると即落ち", "起動するとすぐ落ち", "起動するとすぐに落ち", "起動直後に落ち", "起動してすぐ落ち",
          "起動と同時に落ち", "起動時に落ち", "起動すると落ち", "起動するとクラッシュ", "起動直後にクラッシュ",
          "起動時にクラッシュ", "起動すると強制終了", "起動直後に強制終了", "crashes as soon as it opens",
          "crashes as soon as it starts", "crashes as soon as it launches", "crashes immediately on launch",
          "crashes immediately on startup", "crashes right after launch", "closes as soon as it opens",
          "crashes straight away"],
    ),
    // ---------------------------------------------------------------- round 35 (blind-61, 62, 63)
    // A status or a screen said to stay at a value it shows ("status stays \"Away\"",
    // "「不明」のままになっている"): a fault of what it shows, as "stuck" is.
    (
        &[DEGRADED],
        &["stays \"", "stays '", "remains \"", "remains '", "stays at \"", "stays at '", "stays as \"", "stays as '",
          "」のままになって", "」のままになる", "」のままになります", "」のままです", "」のままで、", "』のままになって",
          "』のままになる", "』のままです"],
    ),
    // An outage asked about rather than stated ("サービス側の障害かどうか教えてください", "is
    // there a known outage?"): the question says nothing of the state; what the text says
    // fails does.
    (
        &[MASK],
        &["障害かどうか", "障害なのかどうか", "障害なのか", "障害でしょうか", "障害ですか", "障害が発生していますか",
          "障害が出ていますか", "障害は発生していますか", "障害情報", "is there an outage", "is there a known outage",
          "is this an outage", "whether there is an outage", "whether there's an outage", "if there's an outage",
          "if there is an outage", "any known outage", "is there a service outage"],
    ),
    // round 39: an outage that is over, named in passing or asked about ("After yesterday's
    // outage everyone can send mail again", "昨日のTeams障害は解消し", "障害報告書はもらえますか"):
    // no outage stated now; what the text says fails decides.
    (
        &[MASK],
        &[
          "yesterday's outage", "last night's outage", "last week's outage", "this morning's outage",
          "the earlier outage", "the previous outage", "after the outage", "since the outage",
          "we had an outage", "there was an outage", "outage is over", "outage is resolved",
          "outage was resolved", "outage has been resolved", "outage from last night",
          "outage from yesterday", "outage last week", "outage yesterday", "mail outage from last night",
          "the next outage", "post incident", "post-incident", "yesterday's teams outage",
          "yesterday's mail outage", "last week's mail outage", "昨日の障害", "先週の障害", "昨夜の障害", "今朝の障害", "障害は解消",
          "障害が解消", "障害は復旧", "障害が復旧", "障害について", "障害の原因", "障害報告", "teams障害は解消", "teams障害が解消", "teams障害は復旧",
          "teams障害が復旧", "teams障害について", "teams障害の原因", "teams障害報告", "メール障害は解消", "メール障害が解消", "メール障害は復旧",
          "メール障害が復旧", "メール障害について", "メール障害の原因", "メール障害報告", "sharepoint障害は解消", "sharepoint障害が解消",
          "sharepoint障害は復旧", "sharepoint障害が復旧", "sharepoint障害について", "sharepoint障害の原因", "sharepoint障害報告",
          "outlook障害は解消", "outlook障害が解消", "outlook障害は復旧", "outlook障害が復旧", "outlook障害について", "outlook障害の原因",
          "outlook障害報告", "exchange障害は解消", "exchange障害が解消", "exchange障害は復旧", "exchange障害が復旧",
          "exchange障害について", "exchange障害の原因", "exchange障害報告", "onedrive障害は解消", "onedrive障害が解消",
          "onedrive障害は復旧", "onedrive障害が復旧", "onedrive障害について", "onedrive障害の原因", "onedrive障害報告", "サービス障害は解消",
          "サービス障害が解消", "サービス障害は復旧", "サービス障害が復旧", "サービス障害について", "サービス障害の原因", "サービス障害報告", "全社的な障害は解消",
          "全社的な障害が解消", "全社的な障害は復旧", "全社的な障害が復旧", "全社的な障害について", "全社的な障害の原因", "全社的な障害報告", "大規模障害は解消",
          "大規模障害が解消", "大規模障害は復旧", "大規模障害が復旧", "大規模障害について", "大規模障害の原因", "大規模障害報告"],
    ),
    // round 39: whether a service is down, asked ("Is Exchange Online down right now?",
    // "Teamsって落ちてますか？"), and whether others see it too ("down for anyone else or just
    // me?"): asked, not stated; what the text says fails decides.
    (
        &[MASK],
        &["is it down", "is it down?", "is anything down", "is something down", "is the service down",
          "is exchange online down", "is exchange down", "is outlook down", "is teams down", "is sharepoint down",
          "is sharepoint online down", "is onedrive down", "is office 365 down", "is microsoft 365 down",
          "is m365 down", "is o365 down", "is entra down", "is intune down", "is the admin center down",
          "are you down", "is microsoft down", "down for anyone else", "for anyone else", "anyone else seeing",
          "anyone else having", "落ちていますか", "落ちてますか", "落ちているか", "落ちてるか", "ダウンしていますか",
          "ダウンしてますか", "ダウンしているか", "止まっていますか", "止まってますか", "障害中ですか"],
    ),
    // A scope the writer wonders about ("Edgeだけ？", "only on Edge?"): a hedge, not a question
    // of how.
    (
        &[MASK],
        &["だけ?", "のみ?", "だけかも?", "だけ??", "just me?", "just us?"],
    ),
    // Any Japanese verb in its wish form ("別のアドレスにも送りたいです", "3名で見たいのですが",
    // "ロゴに変えたいと考えています"), as "したい" is: what the writer wants set up, a question
    // of how when nothing says it fails.
    (
        &[WORKING],
        &["たいです", "たいのですが", "たいのですが、", "たいと思", "たいと考え", "たいので", "たい。", "たいが、",
          "たいけど", "たいんですが", "たいんだけど"],
    ),
    // A server error said in Japanese ("全サイト500エラー"): the service's, as "500 error" is.
    (
        &[DOWN, IMPLIES_ALL],
        &["500エラー", "502エラー", "503エラー", "500 エラー", "503 エラー", "http500エラー", "サーバーエラー(500)"],
    ),
    // "みたい" says how it seems ("飛ばなくなったみたい。"), not a wish.
    (
        &[MASK],
        &["みたいです", "みたい。", "みたいなので", "みたいなのですが", "みたいで", "みたいだ", "みたいが", "みたいけど",
          "みたいと思"],
    ),
    // A due date as a field of the app ("Plannerのタスク期限の通知メール", "due date
    // reminders"): what the app shows, not a deadline at stake.
    (
        &[MASK],
        &["タスク期限", "期限の通知", "期限を確認", "期限は確認", "期限が確認", "期限通知", "期限のリマインダ", "due date reminder", "due date reminders",
          "due-date reminders", "deadline reminder", "deadline reminders", "due date notification",
          "due date notifications"],
    ),
    // The user said to cope ("本人は困ってはいないそうです", "バナーは出るので気づけてはいる",
    // "she's getting by", "he's not bothered"): a way of getting the work done exists.
    (
        &[Workaround],
        &["困ってはいない", "困っていない", "困っておらず", "困ってはいません", "困っていません", "困ってはおらず",
          "気づけてはいる", "気づけている", "気付けてはいる", "気付けている", "気づけてはいます", "気づけています",
          "でやり取りできて", "でやりとりできて", "で連絡できて", "getting by", "gets by", "get by", "not bothered",
          "isn't bothered", "is not bothered", "isn't too bothered", "not too bothered"],
    ),
];

    /// Combinations: every head followed by every tail (with a space, which normalisation
    /// drops next to Japanese) is a phrase with the group's effects. They state a pattern
    /// once ("crash" × "on launch") instead of spelling out its inflections one by one.
    #[rustfmt::skip]
    pub const COMBOS: &[(&[Fx], &[&str], &[&str])] = &[
        // The head of a department ("営業部長", "総務課長", "支店長") is one person, not the
        // department whose name the title is built on.
        (
            &[SINGLE],
            &["営業部", "経理部", "人事部", "総務部", "法務部", "財務部", "製造部", "設計部", "企画部", "購買部", "情報システム部", "システム部", "マーケティング部", "品質保証部", "開発部", "技術部", "広報部", "経理課", "総務課", "人事課", "営業課", "支店", "営業所", "工場", "部", "課"],
            &["長"],
        ),
        // A cutover or go-live already past ("After the cutover, Autodiscover still points at
        // the old server") is when the fault began, not a deadline still ahead.
        (
            &[MASK],
            &["after the", "since the", "after our", "since our", "after last night's", "after the weekend's",
              "after the migration", "since the migration", "after", "since"],
            &["cutover", "go live", "golive"],
        ),
        // Likewise in English: "the sales team manager's mailbox" is one person's.
        (
            &[SINGLE],
            &["team", "sales team", "finance team", "payroll team", "hr team", "marketing team", "legal team", "accounting team", "support team", "operations team", "project team", "engineering team", "design team", "warehouse", "branch", "department", "office", "sales", "finance", "accounts"],
            &["manager", "manager's", "lead", "lead's", "leader", "leader's", "head", "head's", "director", "director's", "supervisor", "supervisor's"],
        ),
        // A failure that happens in some cases or to some of the staff is partial
        // ("届かないケースが多発", "開けない社員がいます").
        (
            &[DEGRADED, PARTIAL],
            &["届かない", "開けない", "使えない", "できない", "表示されない", "送れない", "受け取れない", "つながらない",
              "繋がらない", "同期されない", "届いていない", "表示されていない", "同期されていない", "開かない"],
            &["ケースが多発", "ケースがあります", "ケースがある", "ことがあります", "場合があります", "社員がいます",
              "ユーザーがいます", "人がいます", "メンバーがいます", "社員もいます", "ユーザーもいます",
              // Some of the items fail ("届いていないメールがあります"): the rest arrive.
              "メールがあります", "メールもあります", "ものがあります", "ものもあります", "ファイルがあります",
              "ファイルもあります", "予定があります", "予定もあります"],
        ),
        // Seen in another client is not a way round it ("the rule is still there in OWA").
        (
            &[MASK],
            &["still there in", "still visible in", "still shows in", "shows up in", "still listed in"],
            &["owa", "outlook on the web", "the web app", "the browser", "outlook"],
        ),
        // What the one affected can still do besides the failing action ("she can still open
        // existing files", "he can still send and receive") is the rest of the service.
        (
            &[REST_WORKS],
            &["can still", "is still able to", "are still able to", "still can"],
            &["open existing files", "open her files", "open his files", "open their files", "open existing",
              "send and receive", "send and receive mail", "send and receive email", "make calls", "read mail",
              "read her mail", "read his mail", "view files", "see her files", "see his files", "open the files",
              "download files", "view existing"],
        ),
        // Another function of the service that still works ("IM still works", "regular mail
        // works", "1対1のチャットは正常です") is the rest of the service, not a way to do the work
        // that fails.
        (
            &[REST_WORKS],
            &["im", "instant messaging", "instant messages", "chat", "1:1 chat", "1 1 chat", "one to one chat",
              "private chat", "teams chat", "calls", "calling", "meetings", "presence", "internal mail",
              "internal email", "regular mail", "normal mail", "inbound mail", "outbound mail", "incoming mail",
              "outgoing mail", "sending", "receiving", "file sharing", "everything else", "the rest"],
            &["still works", "still work", "works", "work", "is fine", "are fine", "still working",
              "is still working", "are still working", "are working", "is working", "works fine", "work fine",
              "is ok", "are ok", "is unaffected", "are unaffected", "still goes through", "goes through"],
        ),
        (
            &[REST_WORKS],
            &["チャットは", "imは", "通話は", "会議は", "通常のメールは", "普通のメールは", "社内メールは", "社内宛ては",
              "受信は", "送信は", "1対1のチャットは", "個人チャットは", "ほかの機能は", "他の機能は", "通話そのものは",
              "通話自体は", "メール自体は", "送受信自体は", "チャット自体は", "サインイン自体は", "ほかの外部組織とは",
              "他の外部組織とは", "ほかの組織とは", "他の組織とは", "ほかの取引先とは", "他の取引先とは", "他社とは"],
            &["正常", "正常です", "使えます", "使えています", "できます", "できています", "届きます", "届いています",
              "問題ありません", "問題なく", "動いています"],
        ),
        // A client that shows or opens it, after the fault ("even though Outlook shows her
        // meetings").
        (
            &[Able],
            &["outlook", "owa", "outlook on the web", "classic outlook", "new outlook", "the web app",
              "the web version", "the browser", "the mobile app", "her phone", "his phone", "teams",
              "the desktop app", "classic edit", "the classic editor", "classic mode"],
            &["shows", "shows them", "shows it", "displays", "displays them", "opens it", "opens them",
              "loads it", "has them", "has it"],
        ),
        // The user's own device or client used for it ("set it from her phone").
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["from", "on", "via", "using", "with"],
            &["her phone", "his phone", "their phones", "her mobile", "his mobile", "her ipad", "his ipad",
              "another pc", "another computer", "a different pc", "a different computer", "another device",
              "a colleague's pc", "the online version", "the web version", "classic outlook", "the old outlook"],
        ),
        // A mailbox or site that opens in no client is unusable.
        (
            &[DOWN],
            &["outlookでも", "webでも", "owaでも", "ブラウザでも", "outlookからも", "webからも", "アプリでも"],
            &["開けません", "開けない", "開けず", "開けなく", "開かない", "開きません"],
        ),
        // Making something impossible for some people on purpose is a configuration goal.
        (
            &[MASK],
            &["so", "so that", "make sure", "ensure"],
            &["guests can't", "guests cannot", "external guests can't", "external guests cannot", "users can't",
              "users cannot", "external users can't", "external users cannot", "people can't", "people cannot",
              "staff can't", "staff cannot", "students can't", "students cannot", "nobody can", "no one can",
              "members can't", "members cannot", "they can't", "they cannot", "others can't", "others cannot",
              "guests don't", "users don't", "guests won't", "users won't"],
        ),
        // An app that closes as it starts cannot be used at all.
        (
            &[DOWN],
            &["crash", "crashes", "crashed", "crashing", "closes", "quits", "shuts down"],
            &["on launch", "at launch", "on startup", "at startup", "on start up", "at start up",
              "on start", "on open", "on opening", "when launched", "right after launch",
              "as soon as it opens", "as soon as it starts", "before it opens", "right on launch",
              "right at launch", "right at startup", "right on startup", "immediately on launch",
              "immediately at startup", "straight away on launch"],
        ),
        (
            &[DOWN],
            &["stuck on the", "stuck at the", "stuck on", "hangs on the", "hangs at the", "frozen on the"],
            &["splash screen", "loading screen", "startup screen", "start screen"],
        ),
        (
            &[DOWN],
            &["起動直後に", "起動時に", "起動すると", "起動してすぐ", "起動するとすぐ", "起動中に", "起動直後から"],
            &["クラッシュ", "落ち", "強制終了", "終了してしま", "応答なし", "フリーズ", "固ま"],
        ),
        // A site, portal, mailbox or app that cannot be opened, viewed or entered is unusable.
        (
            &[DOWN],
            &["サイトを", "サイトが", "サイトは", "ポータルを", "ポータルが", "ポータルは", "イントラを", "イントラが",
              "イントラは", "イントラネットを", "イントラネットが", "イントラネットは", "onedriveを", "onedriveが",
              "onedriveは", "outlookを", "outlookが", "outlookは", "teamsを", "teamsが", "teamsは", "sharepointを",
              "sharepointが", "sharepointは", "メールボックスを", "メールボックスが", "メールボックスは"],
            &["開けない", "開けません", "開けず", "開けなく", "開かない", "開きません", "開かなく", "見られない", "見られません",
              "見られず", "見られなく", "見れない", "見れません", "見れず", "見れなく", "表示できない", "表示できません", "表示できず",
              "表示できなく", "起動できない", "起動できません", "起動できず", "起動できなく", "起動しない", "起動しません",
              "起動しなく", "使えない", "使えません", "使えず", "使えなく"],
        ),
        (
            &[DOWN],
            &["サイトに", "サイトへ", "ポータルに", "ポータルへ", "イントラに", "イントラへ", "イントラネットに",
              "イントラネットへ", "onedriveに", "outlookに", "teamsに", "sharepointに", "sharepointへ", "メールボックスに"],
            &["入れない", "入れません", "入れず", "入れなく", "入れなくな", "ログインできない", "ログインできません", "ログインできず",
              "サインインできない", "サインインできません", "サインインできず"],
        ),
        // The program or service named in a phrase that says it cannot be opened still names it.
        (
            &[OutlookApp, ClientFault],
            &["outlookを", "outlookが", "outlookは"],
            &["開けない", "開けません", "開けず", "開けなく", "開かない", "開きません", "開かなく", "起動できない",
              "起動できません", "起動できず", "起動しない", "起動しません"],
        ),
        (
            &[OutlookApp],
            &["outlookを", "outlookが", "outlookは"],
            &["使えない", "使えません", "使えず", "使えなく"],
        ),
        (
            &[Service(TEAMS, 2)],
            &["teamsを", "teamsが", "teamsは", "teamsに"],
            &["開けない", "開けません", "開けず", "開けなく", "開かない", "開きません", "開かなく", "起動できない",
              "起動できません", "起動できず", "起動しない", "起動しません", "使えない", "使えません", "使えず", "使えなく",
              "入れない", "入れません", "入れず", "ログインできない", "ログインできません", "サインインできない", "サインインできません"],
        ),
        (
            &[Service(ODB, 2)],
            &["onedriveを", "onedriveが", "onedriveは", "onedriveに"],
            &["開けない", "開けません", "開けず", "開けなく", "開かない", "開きません", "開かなく", "使えない", "使えません",
              "使えず", "使えなく", "入れない", "入れません", "ログインできない", "ログインできません"],
        ),
        (
            &[Service(SPO, 2)],
            &["sharepointを", "sharepointが", "sharepointは", "sharepointに", "sharepointへ"],
            &["開けない", "開けません", "開けず", "開けなく", "開かない", "開きません", "開かなく", "使えない", "使えません",
              "使えず", "使えなく", "入れない", "入れません", "ログインできない", "ログインできません"],
        ),
        // Calls that cannot be made or taken: the actions whose failure stops telephony.
        (
            &[CANNOT_DOWN],
            &["make", "place", "receive", "take", "answer", "make or receive", "make or take"],
            &["outbound calls", "outgoing calls", "external calls", "inbound calls", "incoming calls",
              "pstn calls", "outbound pstn calls", "phone calls", "customer calls", "client calls",
              "calls", "any calls", "the phone", "phones", "orders by phone"],
        ),
        // What a stop costs: customers, orders or revenue.
        (
            &[CRITICAL],
            &["losing", "lose", "lost", "missing", "dropping", "turning away"],
            &["customer calls", "customers", "customer", "clients", "client calls", "orders", "sales",
              "bookings", "business", "revenue", "money", "deals", "patients"],
        ),
        // A client, a device or a version that still works is the user's workaround.
        (
            &[USER_WORKAROUND],
            &["word", "excel", "powerpoint", "office", "onenote", "teams"],
            &["for the web", "on the web", "online", "web app", "in the browser", "in a browser"],
        ),
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["desktop", "the desktop app", "the desktop client", "desktop app", "desktop client",
              "the web", "the web app", "the web version", "web", "the browser", "browser", "mobile",
              "the mobile app", "phone", "their phones", "ipad", "the ipad", "classic pages",
              "the classic client", "classic outlook", "new outlook", "other devices",
              "another browser", "a different browser", "incognito", "private browsing"],
            &["is fine", "are fine", "works", "work", "works fine", "work fine", "works ok", "is ok",
              "is okay", "still works", "still work", "is unaffected", "works normally"],
        ),
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["デスクトップ", "デスクトップ版", "デスクトップアプリ", "pc版", "web版", "ブラウザ", "ブラウザ版", "スマホ",
              "スマホ版", "モバイル", "モバイル版", "iphone", "クラシックページ", "別のブラウザ", "他のブラウザ",
              "シークレットモード", "outlook on the web", "owa", "web版word", "web版excel", "word online", "excel online",
              "新しいoutlook", "従来のoutlook"],
            &["では問題ありません", "では問題ない", "では問題なく", "では問題なし", "では正常", "では使える", "では使えます",
              "なら使える", "なら使えます", "は使える", "は使えます", "は使えるので", "でも使える", "でも使えます", "では開ける",
              "では開けます", "では開けるので", "からは開けます", "では表示される", "では表示されます", "では表示できる",
              "では表示できます", "では送信できる", "では送信できます", "からは送信できます", "では利用できる", "では利用できます",
              "では動作する", "では動作します", "からは問題ありません", "からは使えます", "では出る", "では出ます",
              "では出るので", "では届く", "では届きます", "なら問題ありません", "なら問題なく", "で対応", "で対応中",
              "で対応しています", "で対応してもらって", "で作業", "で作業中", "で作業しています", "で業務", "で業務を継続"],
        ),
        // A fault stated as a possibility ("使えない可能性があります") is not a fault yet.
        (
            &[MASK],
            &["使えない", "使えなく", "できない", "できなく", "届かない", "つながらない", "繋がらない", "ログインできない",
              "サインインできない", "アクセスできない", "参加できない", "送れない", "受け取れない", "失敗する", "エラーになる"],
            &["可能性", "かもしれ", "恐れ", "おそれ"],
        ),
        // An event that starts soon puts a deadline at stake.
        (
            &[CRITICAL],
            &["starts", "start", "begins", "begin", "kicks off", "goes live", "is due", "are due"],
            &["in an hour", "in half an hour", "in a few minutes", "in a couple of hours", "within the hour", "shortly",
              "this afternoon", "tonight", "tomorrow", "tomorrow morning", "first thing tomorrow", "at noon"],
        ),
        // What works inside the organisation, while what fails is for others outside it.
        (
            &[REST_WORKS],
            &["internal", "internally", "internal sharing", "internal mail", "internal email", "internal calls",
              "internal chat", "inside our org", "inside the org", "inside our organisation", "inside our organization",
              "within our org", "within the org", "inside the company", "within the company", "the rest of it",
              "internal users", "internal members", "internal staff", "internal recipients", "internal people",
              "the service itself", "mail flow itself", "calls inside our org", "smaller groups"],
            &["works", "work", "is fine", "are fine", "works fine", "work fine", "is ok", "are ok", "is unaffected",
              "are unaffected", "is working", "are working", "works normally", "is not affected", "are not affected",
              "have no problem", "have no problems", "has no problem", "have no issue", "have no issues"],
        ),
        (
            &[REST_WORKS],
            &["社内は", "社内では", "社内宛ては", "社内宛は", "社内ユーザーは", "社内のユーザーは", "社内の送受信は", "社内間は",
              "社内同士は", "社内向けは"],
            &["問題ありません", "問題ない", "問題なく", "問題なし", "正常", "正常です", "使えます", "使えています",
              "届きます", "届いています", "送れます", "送れています"],
        ),
        // Mail that is not accepted is mail that cannot arrive.
        (
            &[CANNOT_DOWN],
            &["accept", "accepting", "accepts"],
            &["any mail", "any email", "any inbound mail", "any inbound email", "inbound mail",
              "inbound email", "incoming mail", "incoming email", "external mail", "mail", "email",
              "emails", "any messages", "messages", "connections"],
        ),
        // Another action on the same items that works ("downloading them works"): the rest
        // of the service works and the user gets by.
        (
            &[REST_WORKS, Workaround],
            &["downloading", "saving", "opening", "printing", "forwarding", "uploading", "exporting", "copying"],
            &["them works", "it works", "them is fine", "it is fine", "them still works", "it still works"],
        ),
        // A step the user takes each time, after which the app works ("「いいえ」を押せば普通に
        // 使える"); not the app that works once it has started ("起動してしまえば").
        (
            &[Workaround],
            &["押せば", "クリックすれば", "選べば", "選択すれば", "閉じれば", "入れ直せば", "サインインし直せば", "再起動すれば"],
            &["普通に使え", "使え", "問題なく使え", "使用でき", "普通に使用でき"],
        ),
        // A wish for a time ("would like it sorted before month-end", "ideally by Friday") is
        // no deadline at stake.
        (
            &[MASK],
            &["would like it sorted before", "would like it fixed before", "would like it resolved before",
              "like it sorted before", "like it fixed before", "like it resolved before", "ideally before",
              "hopefully before", "preferably before", "if possible before", "ideally by", "hopefully by",
              "preferably by", "would like it sorted by", "would like it fixed by", "like it sorted by",
              "like it fixed by", "nice to have it sorted before", "nice to have it fixed before"],
            &["month-end", "month end", "the month-end", "the month end", "the end of the month", "quarter-end",
              "quarter end", "the quarter-end", "year-end", "year end", "the year-end", "friday", "monday",
              "the weekend", "next week", "month-end close", "the month-end close", "tomorrow",
              "tomorrow morning", "end of tomorrow"],
        ),
        // An event at a stated hour that the failing service serves ("the night shift starts
        // at 6", "the webinar begins at 3pm"): a deadline at stake, like one that starts soon.
        (
            &[CRITICAL],
            &["starts", "start", "begins", "begin", "kicks off", "goes live", "is due", "are due", "opens"],
            &["at 1", "at 1am", "at 1pm", "at 1 am", "at 1 pm", "at 1:00", "at 1:30", "at 2", "at 2am",
              "at 2pm", "at 2 am", "at 2 pm", "at 2:00", "at 2:30", "at 3", "at 3am", "at 3pm", "at 3 am",
              "at 3 pm", "at 3:00", "at 3:30", "at 4", "at 4am", "at 4pm", "at 4 am", "at 4 pm", "at 4:00",
              "at 4:30", "at 5", "at 5am", "at 5pm", "at 5 am", "at 5 pm", "at 5:00", "at 5:30", "at 6",
              "at 6am", "at 6pm", "at 6 am", "at 6 pm", "at 6:00", "at 6:30", "at 7", "at 7am", "at 7pm",
              "at 7 am", "at 7 pm", "at 7:00", "at 7:30", "at 8", "at 8am", "at 8pm", "at 8 am", "at 8 pm",
              "at 8:00", "at 8:30", "at 9", "at 9am", "at 9pm", "at 9 am", "at 9 pm", "at 9:00", "at 9:30",
              "at 10", "at 10am", "at 10pm", "at 10 am", "at 10 pm", "at 10:00", "at 10:30", "at 11",
              "at 11am", "at 11pm", "at 11 am", "at 11 pm", "at 11:00", "at 11:30", "at 12", "at 12am",
              "at 12pm", "at 12 am", "at 12 pm", "at 12:00", "at 12:30", "at 13:00", "at 14:00",
              "at 15:00", "at 16:00", "at 17:00", "at 18:00", "at 19:00", "at 20:00", "at 21:00",
              "at 22:00", "at 23:00", "at midnight", "at noon"],
        ),
        // ------------------------------------------------------------ round 23 (blind-33)
        // A block that keeps people from a service ("Conditional Access now blocks them from
        // Outlook and Teams") leaves them unable to use it: down for them, as "can't access".
        // Only pronouns follow: a noun ("blocks everyone from") is read for how many.
        (
            &[DOWN],
            &["blocks", "blocked", "blocking", "is blocking", "are blocking", "now blocks", "has blocked"],
            &["them from", "us from", "him from", "her from"],
        ),
        // Sign-in prompts that never arrive ("Authenticator push notifications aren't arriving
        // for anyone") fail the sign-in outright: for everyone, nobody gets in. A prompt is
        // not a part of the service the way a notification of news is.
        (
            &[DEGRADED, OUTRIGHT],
            &["push notifications", "push notification", "push prompts", "push prompt", "mfa prompts", "mfa prompt",
              "authenticator prompts", "authenticator prompt", "authenticator notifications", "approval requests",
              "mfa push", "mfa pushes", "authenticator pushes"],
            &["aren't arriving", "are not arriving", "not arriving", "never arrive", "don't arrive", "do not arrive",
              "aren't coming through", "are not coming through", "stopped arriving", "aren't showing up",
              "are not showing up", "never show up"],
        ),
        // Another organisation that still uses a product ("our biggest client still uses SfB")
        // says nothing of whether the service works for the writer's users.
        (
            &[MASK],
            &["client", "clients", "customer", "customers", "partner", "partners", "supplier", "suppliers", "vendor"],
            &["still uses", "still use", "still using", "is still on", "are still on"],
        ),
        // One of a group of people ("one of our receptionists") is one user.
        (
            &[SINGLE],
            &["one of our", "one of the", "one of my"],
            &["receptionists", "nurses", "drivers", "cashiers", "clerks", "assistants", "secretaries", "buyers",
              "designers", "analysts", "technicians", "supervisors", "operators", "accountants", "planners",
              "recruiters", "trainers", "teachers", "students", "volunteers", "paralegals", "partners",
              "engineers", "agents", "reps", "managers", "directors", "consultants", "doctors", "lawyers",
              "interns", "executives", "execs", "admins", "staff members", "team members", "colleagues",
              "coworkers", "co workers", "employees", "users", "board members", "vps", "salespeople"],
        ),
        // The others said to be fine ("Other rooms ok", "ほかの会議室は正常"): the one named is
        // the only one affected, as with a count of the others.
        (
            &[ONLY_ONE],
            &["other rooms", "the other rooms", "other meeting rooms", "the other meeting rooms", "other devices",
              "the other devices", "other pcs", "the other pcs", "other laptops", "the other laptops", "other machines",
              "the other machines", "other room systems", "ほかの会議室", "他の会議室", "ほかの端末", "他の端末", "ほかのpc",
              "他のpc"],
            &["ok", "are ok", "fine", "are fine", "work", "work fine", "are working", "are unaffected", "は正常",
              "は問題ありません", "は問題なし", "は使えます"],
        ),
        // A period named as what a thing is for ("the month-end macro", "our month-end
        // report") is its name, not a deadline.
        (
            &[MASK],
            &["the month end", "our month end", "a month end", "the quarter end", "our quarter end", "the year end",
              "our year end"],
            &["macro", "macros", "script", "scripts", "template", "templates", "workbook", "spreadsheet", "flow",
              "job", "jobs"],
        ),
        // The only device the user has ("the only machine she has") leaves no other way.
        (
            &[NoWorkaround],
            &["only machine", "only device", "only pc", "only laptop", "only computer"],
            &["she has", "he has", "they have", "i have", "she's got", "he's got"],
        ),
        // The same event with its hour said without "at" ("Induction starts 9am Monday").
        (
            &[CRITICAL],
            &["starts", "start", "begins", "begin", "kicks off", "goes live", "opens"],
            &["1am", "1pm", "2am", "2pm", "3am", "3pm", "4am", "4pm", "5am", "5pm", "6am", "6pm", "7am", "7pm", "8am", "8pm", "9am", "9pm", "10am", "10pm", "11am", "11pm", "12am", "12pm", "6:00", "7:00", "8:00", "9:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00", "18:00", "19:00", "20:00", "21:00", "22:00", "23:00"],
        ),
        // Money named as the data that is shown ("支店長が他支店の売上まで見えてしまって",
        // "salaries are visible to"): what is exposed, not revenue at stake.
        (
            &[MASK],
            &["売上", "売り上げ", "給与", "給料", "sales figures", "salaries", "salary data", "revenue figures"],
            &["まで見え", "が見え", "も見え", "を見られ", "まで見られ", "が見られ", "are visible", "is visible",
              "are shown", "is shown", "can be seen", "show up"],
        ),
        // The user's other client or device that still rings, syncs, notifies or shows them
        // ("the desktop client rings", "the desktop app notifies him fine"): her way round, as
        // "works" is.
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["desktop", "the desktop app", "the desktop client", "desktop app", "desktop client", "desktop outlook",
              "the web", "the web app", "the mobile app", "mobile", "her phone", "his phone", "her laptop",
              "his laptop"],
            &["rings", "ring", "rings fine", "rings ok", "syncs", "syncs fine", "still rings", "still syncs",
              "notifies him", "notifies her", "notifies them", "notifies me", "notifies", "notifies him fine",
              "notifies her fine", "notifies them fine", "notifies fine", "still notifies", "still notifies him",
              "still notifies her", "alerts him", "alerts her", "alerts them", "alerts him fine", "alerts her fine",
              "shows them", "shows them fine", "shows him", "shows her", "still shows them", "gets them",
              "gets them fine", "gets notifications", "gets the notifications", "still gets them"],
        ),
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["デスクトップ", "デスクトップ版", "デスクトップアプリ", "pc版", "web版", "スマホ", "モバイル", "pc"],
            &["では鳴る", "では鳴ります", "なら鳴る", "なら鳴ります", "は鳴る", "は鳴ります", "では着信する", "では着信します",
              "では同期される", "では同期されます"],
        ),
        // Mail to every outside domain that is not delivered ("outbound mail to any external
        // domain hasnt been delivered", "社外宛てのメールが全て送信できず"): a flow that
        // reaches nobody, SPEC 1.3's widespread failure to send. Said as a wish ("stop her
        // sending to any external domain") it is not.
        (
            &[ReachesNobody],
            &["to any external domain", "to every external domain", "to all external domains", "to external domains",
              "to any external recipient", "to all external recipients", "to every external recipient",
              "to any outside domain"],
            &["hasn't been delivered", "hasnt been delivered", "has not been delivered", "haven't been delivered",
              "isn't being delivered", "isnt being delivered", "is not being delivered", "isn't delivered",
              "is not delivered", "isn't going out", "isnt going out", "is not going out", "is stuck", "are stuck",
              "is failing", "are failing", "fails", "is bouncing", "are bouncing", "bounces", "is stuck in the queue",
              "has stopped", "stopped"],
        ),
        (
            &[ReachesNobody],
            &["社外宛てのメールがすべて", "社外宛てのメールが全て", "社外宛てメールがすべて", "社外宛てメールが全て",
              "外部宛てのメールがすべて", "外部宛てのメールが全て", "どの外部ドメインにも", "すべての外部ドメインに",
              "全ての外部ドメインに", "すべての外部ドメインへ", "全ての外部ドメインへ"],
            &["送信できず", "送信できません", "送信できない", "送れず", "送れません", "送れない", "届かず", "届きません",
              "届かない", "届いていません", "届いていない", "止まって", "滞留"],
        ),
        // ------------------------------------------------------------ round 25 (blind-36)
        // About half of the people ("半分くらいのユーザー", "about half of the users"):
        // several users; "about half the time" says how often, not who.
        (
            &[MULTIPLE],
            &["半分くらいの", "半分ぐらいの", "半分ほどの", "半分程度の", "約半分の", "半分近くの", "半分以上の",
              "about half", "about half of", "about half of the", "roughly half", "roughly half of the",
              "around half", "around half of the", "nearly half", "nearly half of the", "almost half", "almost half of the"],
            &["ユーザー", "ユーザ", "社員", "従業員", "メンバー", "人", "方", "利用者", "users", "our users", "people",
              "staff", "our staff", "employees", "the users", "the staff"],
        ),        // ------------------------------------------------------------ round 26 (blind-37)
        // A block that keeps everyone from a service ("blocking the whole company from
        // Outlook and Teams"): down for all, as round 23's block before a pronoun.
        (
            &[DOWN, ALL],
            &["blocks", "blocked", "blocking", "is blocking", "are blocking", "now blocks", "has blocked",
              "is now blocking", "now blocking"],
            &["the whole company from", "the entire company from", "the whole organisation from",
              "the whole organization from", "the entire organisation from", "the entire organization from",
              "the whole org from", "everyone from", "everybody from", "all users from", "all of us from",
              "all staff from", "every user from", "the whole tenant from", "all our users from"],
        ),
        // Everyone on the company's own network or VPN ("Everyone on the VPN gets NXDOMAIN"):
        // every user who works through it, everyone, not a named part.
        (
            &[ALL],
            &["everyone on", "everybody on", "anyone on", "anybody on", "nobody on", "no one on", "all users on",
              "everyone connected to", "everybody connected to", "anyone connected to", "anybody connected to",
              "nobody connected to", "no one connected to", "all users connected to", "every user on"],
            &["the vpn", "vpn", "our vpn", "the corporate vpn", "the company vpn", "the corporate network",
              "the company network", "the internal network", "our network", "our internal network",
              "the corporate lan", "the company lan", "our lan", "the domain network"],
        ),
        // Every device of a kind ("Intune管理下のすべてのiPhone", "全てのiPad"): every user who
        // has one, several users, as "every iPhone" and "all managed iPhones" read in English.
        (
            &[MULTIPLE],
            &["すべての", "全ての", "管理下のすべての", "管理下の全ての", "管理対象のすべての", "管理対象の全ての"],
            &["iphone", "ipad", "mac", "android", "android端末", "スマホ", "スマートフォン", "モバイル端末",
              "タブレット", "windows端末", "windows pc", "windowsデバイス", "デバイス", "社用スマホ", "社用携帯"],
        ),
        // Something that must go out at a stated hour ("has to go out from her account at
        // 16:00" is read from "has to go out" at the hour): a deadline at stake.
        (
            &[CRITICAL],
            &["has to go out", "must go out", "needs to go out", "has to be sent", "must be sent", "needs to be sent",
              "has to be out", "must be out"],
            &["at 9:00", "at 10:00", "at 11:00", "at 12:00", "at 13:00", "at 14:00", "at 15:00", "at 16:00",
              "at 17:00", "at 18:00", "at 9am", "at 10am", "at 11am", "at noon", "at 1pm", "at 2pm", "at 3pm",
              "at 4pm", "at 5pm", "at 6pm", "by 9:00", "by 10:00", "by 11:00", "by noon", "by 12:00", "by 13:00",
              "by 14:00", "by 15:00", "by 16:00", "by 17:00", "by 1pm", "by 2pm", "by 3pm", "by 4pm", "by 5pm",
              "today", "this afternoon", "tonight", "this morning", "by end of day", "by close of business"],
        ),
        // ------------------------------------------------------------ round 27 (blind-38)
        // Trying again succeeds ("resubmitting the run always succeeds", "rerunning it works",
        // "再実行すれば通ります", "やり直すと成功します"): the user's way round an occasional fault.
        (
            &[Workaround],
            &["resubmitting", "resubmitting it", "resubmitting the run", "resubmitting the flow", "resubmitting the job",
              "rerunning", "rerunning it", "rerunning the run", "rerunning the flow", "rerunning the job", "re running",
              "re running it", "re running the flow", "re running the job", "retrying", "retrying it", "retrying the run",
              "retrying the flow", "retrying the job", "running it again", "running the flow again", "trying again",
              "sending it again", "a resubmit", "a rerun", "a manual retry", "resubmit", "rerun", "retry",
              "再実行すれば", "再実行すると", "再実行したら", "再実行では", "再試行すれば", "再試行すると", "再試行したら",
              "リトライすれば", "リトライすると", "リトライしたら", "やり直せば", "やり直すと", "やり直したら",
              "もう一度実行すれば", "もう一度実行すると", "もう一度実行したら", "もう一度送れば", "もう一度送ると",
              "再送すれば", "再送すると", "再送信すれば", "再送信すると", "再送信したら"],
            &["always succeeds", "succeeds", "always works", "works", "always goes through", "goes through",
              "fixes it", "always fixes it", "gets it through", "works every time", "succeeds every time",
              "通ります", "通る", "通って", "成功します", "成功する", "成功して", "うまくいきます", "うまくいく", "動きます",
              "問題なく完了", "完了します", "送れます", "届きます"],
        ),
        // A sync run's status ("stopped-extension-dll-exception", "stopped-server-down",
        // "stopped-deletion-threshold-exceeded"): the directory sync stopped, a fault of the
        // sync as "sync stopped" is, not the service down.
        (
            &[DEGRADED],
            &["stopped", "status stopped", "shows stopped", "showing stopped", "reports stopped", "ended with stopped",
              "finished with stopped"],
            &["extension dll exception", "server down", "deletion threshold exceeded", "connectivity",
              "database connection lost", "out of memory", "object limit", "server", "extension dll",
              "database", "cd error", "no start ma"],
        ),
        // The sync tool itself stopped ("AAD Connect stopped on the export step", "Entra
        // Connectが停止しています"): the directory sync stopped, a fault as "sync stopped" is.
        (
            &[DEGRADED],
            &["entra connect", "azure ad connect", "aad connect", "ad connect", "connect sync", "the sync service",
              "the sync engine", "the sync scheduler"],
            &["stopped", "has stopped", "is stopped", "stopped syncing", "has stopped syncing", "isn't syncing",
              "is not syncing", "stopped running", "sync stopped", "sync has stopped", "is failing",
              "failed", "fails", "の同期が停止", "の同期が止ま", "が停止", "が止ま", "の同期が失敗", "が失敗"],
        ),
        // Doing it by hand, or again, fails too ("手動で実行しても失敗します", "running it
        // manually fails too"): the alternative is itself what fails, no way round.
        (
            &[NoWorkaround],
            &["手動で実行しても", "手動でやっても", "手動で行っても", "手動で試しても", "手動でも", "手作業でも", "手作業で行っても",
              "再実行しても", "再試行しても", "リトライしても", "やり直しても", "もう一度実行しても",
              "running it manually", "running it by hand", "doing it manually", "doing it by hand", "triggering it manually",
              "a manual run", "manually running it", "manually triggering it", "retrying", "rerunning it", "retrying it"],
            &["失敗", "だめ", "ダメ", "同じ", "できません", "できない", "うまくいきません", "エラー",
              "fails too", "fails as well", "also fails", "fails", "failed too", "failed as well", "failed",
              "doesn't work either", "does not work either", "doesn't help", "gives the same error",
              "hits the same error", "errors too", "errors as well"],
        ),
        // The customers a service offers or shows something to ("isn't offering customers any
        // slots", "showing clients the wrong times", "お客様に空き枠が表示されません"): the
        // people it serves, several (the phrase starts at them, so the fault's negation is
        // not theirs).
        (
            &[MULTIPLE],
            &["customers", "our customers", "clients", "our clients", "patients", "our patients", "visitors",
              "our visitors", "members of the public"],
            &["any", "anything", "the", "their", "a", "an", "no", "slots", "times", "appointments"],
        ),
        // What another client does for the user, in a sentence whose topic is that client
        // ("PC版では通知されているとのこと", "デスクトップ版では届いています"): the user's way round.
        (
            &[Workaround, ALTERNATIVE],
            &["pc版では", "pc版だと", "pc版なら", "デスクトップ版では", "デスクトップ版だと", "デスクトップアプリでは",
              "デスクトップアプリだと", "web版では", "web版だと", "ブラウザ版では", "ブラウザでは", "モバイル版では",
              "スマホでは", "スマホ版では", "iphoneでは", "androidでは", "windows版では", "mac版では", "別のpcでは",
              "他のpcでは", "自分のpcでは"],
            &["通知されて", "通知されます", "通知が来て", "通知が来ます", "通知は来", "通知が届いて", "通知が届きます",
              "通知は届", "表示されて", "表示されます", "届いて", "届きます", "同期されて", "同期されます",
              "鳴ります", "鳴って"],
        ),
        // Closing a period's books is a deadline at stake, whatever the verb and whether the
        // text says it must be done or cannot be ("needs to close the quarter today", "we
        // can't close the books this month").
        (
            &[CRITICAL],
            &["close", "closes", "closing", "close out", "closing out", "finish", "finishing",
              "complete", "completing", "wrap up", "wrapping up", "finalise", "finalize",
              "finalising", "finalizing", "run", "get through"],
            &["the quarter", "our quarter", "the month", "the year", "the fiscal year",
              "the financial year", "the books", "our books", "the accounts", "the ledger",
              "the quarterly books", "the monthly books", "the quarter end", "the month end",
              "the year end", "quarter end", "month end", "year end", "the quarter end close",
              "the month end close", "the year end close", "month end close", "quarter end close",
              "year end close", "the close", "our close", "the period"],
        ),
        // ------------------------------------------------------------ round 29 (blind-40)
        // A question whether something is supported, available or meant to work ("is that
        // even supported?", "is this available on Android?"): it asks about the service, as
        // asking whether it is by design does. "is it possible" is not among them: "is it
        // possible to fix this?" asks for the fault to be mended.
        (
            &[AsksIfExpected],
            &["is that", "is this", "is it", "are they", "are these", "are those", "is that even", "is this even",
              "is it even", "are they even", "is that actually", "is this actually", "is it actually", "is that still",
              "is this still", "is it still", "is that officially", "is it officially", "is that really", "is it really",
              "is that feature", "is this feature", "is that scenario", "is this scenario", "is that setup", "is this setup",
              "is that combination", "is this combination", "is that configuration", "is this configuration"],
            &["supported", "supported yet", "supported at all", "supported anymore", "a supported scenario",
              "a supported configuration", "a supported setup", "available", "available yet", "available at all",
              "compatible", "supposed to work", "meant to work", "something you support", "something microsoft supports"],
        ),
        // The same words asking after a repair ("is it available again?", "is that back
        // up?") ask whether the fault is over, not whether something is supported.
        (
            &[MASK],
            &["is that", "is this", "is it", "are they", "are these", "are those", "is that even", "is it even"],
            &["available again", "supported again", "back", "back up", "back online", "fixed", "resolved"],
        ),
        // A device or the people of a department, team, centre or studio ("デザイン部のMac",
        // "コールセンターのオペレーター", "スタジオのPC"): the group's, several.
        (
            &[MULTIPLE],
            &["部の", "課の", "室の", "チームの", "センターの", "スタジオの", "グループの", "部署の", "部門の", "支店の",
              "店舗の", "拠点の", "事業所の", "営業所の", "病棟の", "教室の"],
            &["mac", "pc", "パソコン", "端末", "ノートpc", "iphone", "ipad", "スマホ", "社員", "スタッフ", "メンバー",
              "ユーザー", "利用者", "従業員", "皆さん", "みんな", "担当者", "オペレーター", "エージェント", "デバイス", "macbook"],
        ),
        // What arrives on another device or client of the user's, with that device as the
        // topic ("PCには来ています", "スマホでは鳴っています"): the user's way round.
        (
            &[Workaround, ALTERNATIVE],
            &["pcには", "pcでは", "パソコンには", "パソコンでは", "デスクトップには", "デスクトップでは", "ノートpcには",
              "ノートpcでは", "スマホには", "スマホでは", "iphoneには", "iphoneでは", "androidには", "ipadには", "ipadでは",
              "タブレットには", "タブレットでは", "macには", "macでは", "別の端末には", "別の端末では", "他の端末には",
              "他の端末では", "web版には", "ブラウザには", "owaには", "owaでは"],
            &["来ています", "来てます", "来ます", "来る", "届いています", "届いてます", "鳴ります", "鳴っています",
              "通知されています", "同期されています", "表示されています"],
        ),
        // Quotes, orders or proposals to customers that cannot go out or go late ("Quotes to
        // customers are going out late", "見積書が送れず"): customers and revenue at stake, and a
        // fault of the mail that carries them; the customer's own quotes are their business,
        // not a presales question.
        (
            &[CRITICAL, MASK, DEGRADED],
            &["quotes", "quotes to customers", "our quotes", "customer quotes", "orders", "order confirmations",
              "customer orders", "proposals", "invoices to customers", "customer invoices", "見積書", "見積", "見積もり",
              "注文書", "注文確認", "注文確認メール", "受注確認"],
            &["are going out late", "go out late", "are late", "can't go out", "cannot go out", "aren't going out",
              "are not going out", "won't go out", "can't be sent", "cannot be sent", "aren't being sent",
              "are not being sent", "are stuck", "are held", "are piling up", "are bouncing",
              "が送れず", "が送れない", "が送れません", "が送れなく", "を送れず", "を送れない", "を送れません", "が出せず",
              "が出せない", "が出せません", "を出せず", "が届かず", "が届かない", "が届きません", "が遅れて"],
        ),
        // Asking whether a client can be used too ("新しいOutlookでも使えるのでしょうか",
        // "モバイル版では使えますか"): a question about the service, not a way round stated.
        (
            &[AsksIfExpected],
            &["デスクトップ", "デスクトップ版", "デスクトップアプリ", "pc版", "web版", "ブラウザ", "ブラウザ版", "スマホ",
              "スマホ版", "モバイル", "モバイル版", "iphone", "ipad", "android", "mac", "mac版", "outlook on the web", "owa",
              "新しいoutlook", "従来のoutlook", "teamsアプリ", "アプリ"],
            &["でも使えるのでしょうか", "でも使えるでしょうか", "でも使えますか", "では使えますか", "では使えるのでしょうか",
              "でも利用できますか", "でも利用できるのでしょうか", "では利用できますか", "では利用できるのでしょうか",
              "は使えますか", "は使えるのでしょうか", "なら使えますか", "でも動きますか", "でも動作しますか",
              "で使えますか", "で使えるのでしょうか", "で利用できますか", "で利用できるのでしょうか"],
        ),
        // ------------------------------------------------------------ round 30 (blind-42)
        // Nobody able to do the service's own work ("Teams会議を誰もスケジュールできない",
        // "誰も送信できません"): a failure everyone has is the service unusable, down.
        (
            &[DOWN, ALL],
            &["誰も", "だれも", "誰一人", "誰ひとり"],
            &["スケジュールできない", "スケジュールできません", "スケジュールできず", "スケジュールできなく", "作成できない", "作成できません", "作成できず", "作成できなく",
              "送信できない", "送信できません", "送信できず", "送信できなく", "受信できない", "受信できません", "受信できず", "受信できなく", "参加できない", "参加できません",
              "参加できず", "参加できなく", "接続できない", "接続できません", "接続できず", "接続できなく", "利用できない", "利用できません", "利用できず", "利用できなく",
              "使用できない", "使用できません", "使用できず", "使用できなく", "予約できない", "予約できません", "予約できず", "予約できなく", "発信できない", "発信できません",
              "発信できず", "発信できなく", "着信できない", "着信できません", "着信できず", "着信できなく", "開始できない", "開始できません", "開始できず", "開始できなく",
              "編集できない", "編集できません", "編集できず", "編集できなく", "保存できない", "保存できません", "保存できず", "保存できなく", "印刷できない", "印刷できません",
              "印刷できず", "印刷できなく", "アクセスできない", "アクセスできません", "アクセスできず", "アクセスできなく", "ログインできない", "ログインできません", "ログインできず",
              "ログインできなく", "開けない", "開けません", "開けず", "開けなく", "使えない", "使えません", "使えず", "使えなく", "送れない", "送れません", "送れず",
              "送れなく", "見れない", "見れません", "見れず", "見れなく", "見られない", "見られません", "見られず", "見られなく", "入れない", "入れません", "入れず",
              "入れなく", "つながらない", "つながりません", "つながらず", "つながらなく", "繋がらない", "繋がりません", "繋がらず", "繋がらなく"],
        ),
        // The rest of a page or app said to work ("Rest of the page is ok"): what fails is a
        // part of it, impaired, not down.
        (
            &[REST_WORKS],
            &["rest of the page", "the rest of the page", "rest of the site", "the rest of the site", "rest of the app",
              "the rest of the app", "rest of the form", "the rest of the form", "rest of the dashboard",
              "rest of the screen", "the rest of the screen", "ページの他の部分は", "ページのほかの部分は", "他の部分は",
              "ほかの部分は", "それ以外の部分は", "その他の部分は", "残りの部分は"],
            &["is ok", "is okay", "is fine", "works", "works fine", "loads", "loads fine", "renders fine", "renders",
              "displays fine", "looks fine", "is normal", "seems fine", "問題ありません", "問題なく", "正常です",
              "正常に表示", "表示されます", "表示されています", "普通に表示", "大丈夫です"],
        ),
        // A device lost or stolen ("lost his company phone on the train"): what happened to
        // the user, not a fault of the service; a question after it ("how do I wipe it?") asks.
        (
            &[MASK],
            &["lost", "lost his", "lost her", "lost my", "lost their", "lost a", "lost the", "lost our", "lost one"],
            &["phone", "company phone", "work phone", "mobile", "mobile phone", "laptop", "company laptop",
              "work laptop", "iphone", "ipad", "device", "tablet", "smartphone"],
        ),
        (
            &[MASK],
            &["スマホを", "携帯を", "社用携帯を", "社用スマホを", "会社のスマホを", "端末を", "ノートpcを", "pcを",
              "iphoneを", "ipadを", "タブレットを"],
            &["紛失", "なくし", "無くし", "失くし", "盗まれ", "落とし"],
        ),
        // The staff of a back-office function ("経理担当者が", "人事の担当者"): the people doing
        // it, several. A front desk ("受付担当者") is one post, one person.
        (
            &[MULTIPLE],
            &["経理", "人事", "総務", "営業", "法務", "会計", "財務", "購買"],
            &["担当者", "の担当者", "担当の皆", "スタッフ"],
        ),
        // A setting said to hold the default or right value ("設定画面では既定の署名が選ばれて
        // います"): where the fault is not, no way round.
        (
            &[NoWorkaround],
            &["設定画面では", "設定画面上は", "設定上は", "設定では"],
            &["既定の", "デフォルトの", "正しい"],
        ),
        // ------------------------------------------------------------ round 31 (English)
        // One worker of a named place ("a warehouse clerk's OneDrive", "one warehouse
        // worker"): one person, not the place's staff.
        (
            &[SINGLE],
            &["warehouse", "store", "shop", "factory", "plant", "ward", "office", "branch", "site", "depot"],
            &["clerk", "clerk's", "worker", "worker's", "picker", "picker's", "associate", "associate's",
              "operator", "operator's", "driver", "driver's", "employee", "employee's", "assistant", "assistant's",
              "cashier", "cashier's", "nurse", "nurse's"],
        ),
        // An app that crashes the moment it starts cannot be used at all.
        (
            &[DOWN],
            &["crash", "crashes", "crashed", "crashing", "closes", "quits"],
            &["the moment it launches", "the moment it starts", "the moment it opens", "as soon as it launches",
              "as soon as she opens it", "as soon as he opens it", "as soon as it's opened", "when it launches",
              "when it starts", "every time it launches", "every time it starts"],
        ),
        // Something other than the service said to work for the one affected ("SMS code
        // works", "the web version works"): how they get by.
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["sms", "sms code", "the sms code", "sms codes", "text code", "text message code", "the text code",
              "a phone call", "phone call", "the phone call option", "the hardware token", "the code by sms"],
            &["works", "still works", "work", "is fine", "comes through", "arrives", "come through", "arrive",
              "works fine"],
        ),
        // What still gets done while a part fails ("Appointments still book and show up on the
        // staff calendars"): the rest of the service works.
        (
            &[REST_WORKS],
            &["appointments", "the appointments", "bookings", "the bookings", "orders", "the orders",
              "reservations", "meetings", "the meetings", "events", "internal mail", "internal email", "inbound mail"],
            &["still book", "still get booked", "still show up", "still show", "still come in", "still come through",
              "still go through", "still land", "still appear", "still arrive", "are still booked", "still get made",
              "still flows", "still flow", "still get through", "still arrives", "still sync", "still goes out"],
        ),
        // Mail sent from the whole organisation ("Outbound mail from the university to any
        // external domain"): everyone's mail.
        (
            &[ALL],
            &["outbound mail from", "outgoing mail from", "outbound email from", "outgoing email from",
              "mail from", "email from"],
            &["the university", "the college", "the school", "the district", "the hospital", "the company",
              "our company", "the organisation", "the organization", "our organisation", "our organization",
              "the council", "the firm", "our domain", "the whole company"],
        ),
        // A back-office team that cannot do its work ("AP can't pay anyone"): several people,
        // and the payments they make at stake.
        (
            &[MULTIPLE, CRITICAL],
            &["ap", "ap team", "accounts payable", "accounts receivable", "ar"],
            &["can't pay", "cannot pay", "can't send", "can't post", "can't process", "is stuck", "are stuck",
              "can't work", "cannot work"],
        ),
        // A licence removed from one person who left is an admin step, not a change of the
        // subscription ("before we remove his licence").
        (
            &[MASK],
            &["remove", "removing", "before we remove", "unassign", "unassigning", "reclaim", "reclaiming",
              "before removing"],
            &["his licence", "her licence", "his license", "her license", "their licence", "their license",
              "the user's licence", "the user's license", "the leaver's licence", "the leaver's license"],
        ),
        // Someone who can still do the work for those affected ("The helpdesk can still reset
        // passwords for them"): the service is usable another way, impaired, not down.
        (
            &[REST_WORKS, Workaround],
            &["the helpdesk can still", "helpdesk can still", "the help desk can still", "the service desk can still",
              "service desk can still", "it can still", "admins can still", "we can still", "an admin can still"],
            &["reset", "reset passwords", "reset their passwords", "reset it", "do it for them", "do it for her",
              "do it for him", "book for them", "book it for them", "add them", "add it for them"],
        ),
        // A deadline denied ("We are not blocked by a deadline"): nothing at stake.
        (
            &[NOT_CRITICAL],
            &["not blocked by", "not under", "not up against", "not facing", "not working to", "not tied to",
              "not bound by", "not driven by", "not held up by", "aren't under", "isn't under", "aren't blocked by",
              "isn't blocked by", "aren't facing", "there's no", "there is no", "we have no", "without"],
            &["a deadline", "any deadline", "a hard deadline", "any hard deadline", "time pressure",
              "a tight deadline", "deadlines"],
        ),
        // The trucks or deliveries leaving at a time: business-critical.
        (
            &[CRITICAL],
            &["trucks", "the trucks", "truck", "the truck", "lorries", "the lorries", "shipments", "the shipment",
              "deliveries", "the delivery", "the vans", "vans"],
            &["roll at", "roll out at", "leave at", "leaves at", "go out at", "goes out at", "depart at",
              "departs at", "ship at", "ships at", "roll", "leave"],
        ),
        // ------------------------------------------------------------ round 32 (English)
        // A named practice group or department ("the litigation group", "the tax group", "the
        // on-call group", "the drug safety unit"): several people.
        (
            &[MULTIPLE],
            &["litigation", "tax", "on call", "legal", "finance", "audit", "compliance", "claims", "underwriting",
              "treasury", "payroll", "procurement", "purchasing", "logistics", "planning", "research", "clinical",
              "cardiology", "radiology", "pharmacy", "nursing", "oncology", "pathology", "surgery", "drug safety",
              "regulatory", "quality", "docketing", "trading", "credit", "risk", "accounts", "billing team's",
              "dispatch", "customer service", "admissions", "practice", "corporate", "real estate", "employment",
              "m&a", "study"],
            &["group", "department", "dept", "unit", "practice group", "desk", "section"],
        ),
        // Another way on the same device, or the same account on another device, said to work
        // ("Uploading through Safari on the same phone works", "the same frontline account
        // works on the next device over"): the way round for the one affected.
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["on the same phone", "on the same device", "on the same machine", "on the same pc", "on the same laptop",
              "on the same mac", "on the same ipad", "on the same iphone", "from the same phone", "from the same pc",
              "from the same laptop", "from the same device"],
            &["works", "work", "works fine", "is fine", "goes through", "went through", "uploads fine"],
        ),
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["same account", "same frontline account", "same user", "same login", "same credentials",
              "same shared account", "same mailbox", "same profile", "same accounts", "same users", "same logins"],
            &["works on the next device", "works on the next device over", "works on another device",
              "works on other devices", "works on a different device", "works on the device next to it",
              "works on another pc", "works on another machine", "works on the next pc", "works on the next one",
              "signs in fine on the next device", "signs in fine on another device", "works elsewhere", "works on",
              "work on", "works fine on", "work fine on", "signs in fine on", "sign in fine on", "sign in on",
              "signs in on"],
        ),
        // The web or browser refused ("their CA policy blocks OWA from unmanaged devices"):
        // no way round.
        (
            &[NoWorkaround],
            &["blocks", "block", "blocked", "blocking", "is blocking", "also blocks"],
            &["owa", "outlook on the web", "the web apps", "web apps", "the browser", "browser access", "web access",
              "the web version", "the web"],
        ),
        // Everything opening from the web ("Everything opens from the web"): the way round.
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["everything opens", "it all opens", "files open", "the files open", "everything loads", "it opens",
              "everything works", "it all works"],
            &["from the web", "in the browser", "on the web", "from the browser", "via the web", "through the browser",
              "in a browser", "from a browser", "online"],
        ),
        // A person who did it for the one affected ("Another owner swapped the logo for her,
        // so no harm done"; "reset her password manually so she can work"): the way round.
        (
            &[Workaround],
            &["for her,", "for him,", "for them,", "for her", "for him", "for them"],
            &["so no harm done", "so she's fine", "so he's fine", "so they're fine", "so she's ok", "so he's ok",
              "so she's good", "so he's good", "so they're good"],
        ),
        (
            &[Workaround],
            &["manually", "by hand", "manually,", "by hand,"],
            &["so she can work", "so he can work", "so they can work", "so she can carry on", "so he can carry on",
              "so they can carry on", "so she can keep working", "so he can keep working", "so they can keep working",
              "so she can get on", "so he can get on", "so they can get on"],
        ),
        // A deadline by a day ("The grant report … is due Friday", "the rota has to be done by
        // Friday"): business-critical.
        (
            &[CRITICAL],
            &["is due", "are due", "due", "is due by", "due by", "is due on", "due on", "due this", "due next"],
            &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "today",
              "tonight", "this afternoon", "this evening", "end of day", "eod", "in the morning"],
        ),
        // Part of the function left ("they only see the voicemail in the call history next day"):
        // impaired, not down.
        (
            &[REST_WORKS],
            &["only see", "can only see", "only find", "can only find", "only get", "only ever see"],
            &["it in", "them in", "the voicemail in", "the voicemails in", "the message in", "the messages in",
              "it on", "them on", "the voicemail", "the voicemails", "them later", "it later", "them the next day"],
        ),
        // Phones that do not ring for anyone ("none of the agents' phones ring"): calls reach
        // nobody.
        (
            &[ReachesNobody],
            &["none of the agents' phones", "none of the phones", "none of their phones", "none of our phones",
              "no phone", "no phones", "none of the handsets", "none of the desk phones", "no desk phone",
              "none of the agents"],
            &["ring", "rings", "ring at all", "rings at all", "is ringing", "are ringing", "ring anymore"],
        ),
        // Another network that works ("From the guest Wi-Fi both work"): the way round the
        // users have (see `NETWORK_PATHS`: down for everyone on the organisation's own).
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["from the guest wi fi", "on the guest wi fi", "from the guest wifi", "on the guest wifi",
              "from guest wi fi", "on guest wi fi", "from guest wifi", "on guest wifi", "on a hotspot",
              "on a phone hotspot", "from a hotspot", "from a phone hotspot", "on mobile data", "on 4g", "on 5g"],
            &["both work", "both load", "everything works", "it all works", "they work", "it works", "works",
              "both are fine", "all fine", "it's fine", "they're fine", "it signs in fine", "signs in fine"],
        ),
        // Mail that reaches no mailbox of the whole organisation ("nothing is arriving in any
        // mailbox at the firm"): everyone's.
        (
            &[ReachesNobody, ALL],
            &["reaching any mailbox", "arriving in any mailbox", "reaches any mailbox", "landing in any mailbox",
              "delivered to any mailbox", "getting to any mailbox", "arriving in any inbox", "reaching any inbox"],
            &["in the tenant", "at the firm", "at the hospital", "at the company", "in the company", "at the school",
              "at the university", "in the org", "in our tenant", "in the organisation", "in the organization",
              "in the firm", "we have", "in the domain"],
        ),
        // Another person who does it for the one affected ("Her colleague saves it for her",
        // "Another owner swapped the logo for her"): the way round.
        (
            &[Workaround],
            &["does", "did", "saves", "saved", "sends", "sent", "prints", "printed", "changes", "changed", "swapped",
              "swaps", "books", "booked", "uploads", "uploaded", "updates", "updated", "posts", "posted", "files",
              "filed", "adds", "added", "approves", "approved", "runs", "ran", "opens", "opened", "forwards",
              "forwarded", "exports", "exported", "enters", "entered"],
            &["it for her", "it for him", "them for her", "them for him", "that for her", "that for him",
              "those for her", "those for him", "the report for her", "the report for him", "the logo for her",
              "the logo for him"],
        ),
        // ---------------------------------------------------- round 31 (blind-44..47, Japanese)
        // Every device or room of several failing ("どの端末でも起動直後に落ちる", "会議室3部屋…
        // すべてオフライン"): several, on everything they use.
        (
            &[MULTIPLE, EVERYTHING],
            &["どの端末", "どのpc", "どのパソコン", "どのスマホ", "どのipad", "どのiphone", "どの会議室", "どの部屋", "どの店舗",
              "どの店", "全会議室", "会議室すべて", "会議室全て", "全部屋", "どのデバイス"],
            &["でも", "も", "で"],
        ),
        (
            &[EVERYTHING, OUTRIGHT],
            &["すべて", "全て", "全部", "いずれも", "どれも", "全台"],
            &["オフライン", "サインインエラー", "ログインエラー", "エラー", "サインアウト", "落ちる", "落ちて", "起動しない",
              "起動しません", "つながらない", "つながりません", "使えない", "使えません", "「"],
        ),
        // Nothing reachable at all ("何にもログインできん", "どこにもつながらない"): down.
        (
            &[DOWN],
            &["何にも", "何も", "どこにも", "どれにも", "どれも", "どのアプリにも", "どのサービスにも"],
            &["ログインできない", "ログインできません", "ログインできず", "ログインできん", "サインインできない", "サインインできません",
              "サインインできず", "サインインできん", "アクセスできない", "アクセスできません", "アクセスできず", "アクセスできん",
              "つながらない", "つながりません", "つながらん", "繋がらない", "繋がりません", "入れない", "入れません", "入れん",
              "使えない", "使えません", "使えん", "開けない", "開けません", "開けん"],
        ),
        // From inside the office, nothing gets through ("社内から SPO も ODfB もつながらない"):
        // the whole office, everyone.
        (
            &[ALL, DOWN],
            &["社内から", "社内からは", "社内ネットワークから", "社内lanから", "社内のネットワークから", "オフィスから", "全拠点から",
              "全拠点で"],
            &["つながらない", "つながりません", "つながらず", "繋がらない", "繋がりません", "繋がらず", "アクセスできない",
              "アクセスできません", "アクセスできず", "開けない", "開けません", "spoも", "sharepointも", "onedriveも", "odfbも",
              "teamsも", "outlookも", "exchangeも", "m365も", "office365も", "どこにも"],
        ),
        // Mail to outside wiped out ("社外宛メール全滅", "学外宛ての送信がすべて…拒否"): the whole
        // organisation's outbound flow, everyone.
        (
            &[ALL, OUTRIGHT],
            &["社外宛メール", "社外宛てメール", "社外宛のメール", "社外宛てのメール", "社外宛ての送信", "社外宛の送信", "学外宛メール",
              "学外宛てメール", "学外宛ての送信", "学外宛の送信", "学外宛てのメール", "外部宛メール", "外部宛てメール", "外部宛ての送信",
              "外部宛のメール", "外部宛てのメール", "社外へのメール", "社外への送信", "学外へのメール", "学外への送信", "外部へのメール",
              "外部への送信"],
            &["全滅", "がすべて", "が全て", "が全部", "がことごとく", "が一切", "すべて", "全部"],
        ),
        // A whole queue or everyone's line without calls ("コールキューに着信が来ない",
        // "オペレーター全員のTeamsに着信なし"): a flow that reaches nobody.
        (
            &[ReachesNobody],
            &["コールキューに", "キューに", "代表番号に", "代表電話に", "全員のteamsに", "全員の電話に", "全員に", "誰にも", "どの席にも"],
            &["着信が来ない", "着信が来ません", "着信なし", "着信がない", "着信がありません", "着信しない", "着信しません", "電話が来ない",
              "電話が鳴らない", "電話が鳴りません", "着信が入らない", "着信が入りません"],
        ),
        // Orders or calls from customers that cannot be taken ("電話注文が受けられません"):
        // business-critical.
        (
            &[CRITICAL],
            &["電話注文", "注文", "予約", "受注"],
            &["が受けられない", "が受けられません", "が受けられず", "が受けられなく", "を受けられない", "を受けられません", "を受けられず",
              "を受けられなく", "が取れない", "が取れません", "が取れず", "を取れない", "を取れません", "が受け付けられない",
              "が受け付けられません"],
        ),
        // Both directions of a flow failing ("発信・着信ともできなくなっている", "送信も受信も"):
        // everything the service does for them.
        (
            &[EVERYTHING, OUTRIGHT, DOWN],
            &["発信・着信とも", "発信着信とも", "発着信とも", "発信も着信も", "送信・受信とも", "送受信とも", "送信も受信も", "送受信ともに",
              "発信・着信ともに", "発着信ともに"],
            &["できない", "できなく", "できません", "できず", "不可", "ダメ", "だめ", "ムリ", "失敗"],
        ),
        // The rest of the service still working, said casually ("予約自体は入る"): impaired.
        (
            &[REST_WORKS],
            &["予約自体は", "予約そのものは", "予約は", "注文自体は", "登録自体は", "投稿自体は", "会議自体は", "ファイル自体は", "同期自体は"],
            &["入る", "入ります", "入っている", "入っています", "入ってる", "できる", "できてる", "取れる", "取れます", "取れている",
              "通る", "通ります", "届く", "届きます", "大丈夫", "ok", "問題ない"],
        ),
        // A change made before the fault ("Exclaimer の署名ルール入れてから"): its cause, not
        // what fails.
        (
            &[MASK],
            &["署名ルール", "署名ルールを", "ルール", "ルールを", "トランスポートルール", "トランスポートルールを", "フロールール",
              "フロールールを", "ポリシー", "ポリシーを", "アドイン", "アドインを", "設定", "設定を"],
            &["入れてから", "入れたら", "入れた後", "入れたあと", "導入してから", "導入後", "適用してから", "適用後", "追加してから",
              "変更してから", "変えてから"],
        ),
        // Another device's or client's same function said not failing ("PCの通知は遅れて
        // おりません", "Teams では見えてる"): the user's way round.
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["pcの通知は", "パソコンの通知は", "pcでは", "パソコンでは", "スマホでは", "スマホの通知は", "デスクトップでは",
              "デスクトップ版では", "web版では", "webでは", "owaでは", "ブラウザでは", "teamsでは", "outlookでは", "新しいoutlookでは",
              "クラシックoutlookでは", "アプリでは", "ipadでは", "iphoneでは", "モバイルでは"],
            &["遅れておりません", "遅れていません", "遅延していません", "遅れはありません", "時間通り", "見えてる", "見えている",
              "見えています", "見えます", "見えてます", "表示される", "表示されます", "表示されている", "表示されています", "出てくる",
              "出てきます", "出ています", "出てる"],
        ),
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["ipadのwordで", "ipadで", "スマホで", "webで", "web版で", "ブラウザで", "別のpcで", "他のpcで", "pcで",
              "iphoneで", "ipadのexcelで", "web版のwordで", "web版のexcelで", "ブラウザ版で"],
            &["開くと正常", "開けば正常", "開くと問題ない", "開くと問題なし", "開くと大丈夫", "開けば大丈夫", "開くと普通",
              "やると正常", "使うと正常"],
        ),
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["クラシックoutlookに", "従来のoutlookに", "旧outlookに", "古いoutlookに", "クラシック版に", "以前のバージョンに",
              "classic outlookに", "旧バージョンに"],
            &["戻せば動きます", "戻せば動く", "戻すと動きます", "戻すと動く", "戻せば使えます", "戻すと使えます", "戻せば使える",
              "戻すと使える", "戻すと正常", "戻せば正常", "戻すと問題なし", "戻すと問題ありません"],
        ),
        // The named way round denied ("【回避策】Web 版はブラウザ制限のため利用不可"): none.
        (
            &[NoWorkaround],
            &["制限のため", "制限により", "制限で", "ポリシーのため", "ポリシーにより", "ポリシーで", "規定により", "規定のため",
              "セキュリティ上", "社内規定で"],
            &["利用不可", "使用不可", "使えない", "使えません", "利用できない", "利用できません", "使用できない", "使用できません",
              "使えず", "利用できず"],
        ),
        (
            &[MULTIPLE],
            &["店長", "副店長", "班長", "課長", "部長", "係長", "先生", "教員", "職員", "社員", "スタッフ", "メンバー", "ユーザー",
              "看護師", "担当者", "オペレーター", "ドライバー", "作業員", "アルバイト", "パート", "営業部", "経理部", "総務部", "人事部",
              "営業", "現場", "児童", "生徒", "学生"],
            &["たち", "達", "の方々", "の皆さん", "の皆様", "の皆", "の人たち", "陣"],
        ),
        // A factory or warehouse named as the owner of a room or a shared device ("工場の会議室",
        // "工場の共有PC"): whose it is, not production at stake.
        (
            &[MASK],
            &["工場の", "倉庫の", "物流センターの"],
            &["会議室", "共有pc", "共有端末", "キオスク", "共有メールボックス", "食堂", "受付", "事務所", "休憩室"],
        ),
        // Other people or places said to work ("支店からは問題なく使えています", "テレワーク中の
        // 職員は問題なく使えております"): who is affected, not a way round for them.
        (
            &[MASK],
            &["支店からは", "支店では", "テレワーク中の職員は", "テレワーク中の社員は", "在宅勤務の職員は", "在宅勤務の社員は",
              "在宅の職員は", "在宅の社員は", "ほかの職員は", "他の職員は", "ほかの社員は", "他の社員は", "他の店舗は", "ほかの店舗は",
              "ほかの拠点は", "他の拠点は", "他拠点は", "ほかの支店は", "他の支店は", "他拠点からは", "他の拠点からは"],
            &["問題なく使え", "使え", "問題なく使用でき", "普通に使え", "問題なく利用でき", "利用でき"],
        ),
        // A team that edits together ("配車チームより", "経理チームから"): several.
        (
            &[MULTIPLE],
            &["チーム", "班", "係"],
            &["より", "から", "で", "では", "の皆", "のメンバー", "が"],
        ),
        // The staff of a place or team who share it ("店のwi-fiだと", "新店のwi-fi"): everyone
        // there, several.
        (
            &[MULTIPLE],
            &["店の", "新店の", "店舗の", "支店の", "工場の", "倉庫の", "オフィスの", "事務所の", "拠点の", "社内の", "病棟の", "校舎の"],
            &["wi-fi", "wifi", "wi fi", "ネットワーク", "回線", "ルーター", "lan"],
        ),
        // The files of OneDrive or SharePoint themselves that will not open ("営業チームが
        // OneDrive のファイルを開けません"): the service they work in is unusable for them, down
        // (a file elsewhere that will not open stays a fault).
        (
            &[DOWN],
            &["onedriveのファイル", "sharepointのファイル", "spoのファイル", "ライブラリのファイル", "onedrive上のファイル",
              "sharepoint上のファイル"],
            &["を開けません", "を開けない", "が開けません", "が開けない", "を開けず", "が開けず", "が開かない", "が開きません"],
        ),
        // ---------------------------------------------------- round 32 (blind-48..52, Japanese)
        // Complaints from the organisation's own people ("利用者から苦情が数件", "病棟から苦情"):
        // a fault felt, not customers or money at stake (complaints from customers still are).
        (
            &[MASK],
            &["利用者から", "利用者からの", "ユーザーから", "ユーザーからの", "社員から", "社員からの", "職員から", "職員からの",
              "現場から", "現場からの", "病棟から", "病棟からの", "部内から", "社内から", "社内からの", "スタッフから", "スタッフからの",
              "従業員から", "従業員からの", "各部署から", "部署から"],
            &["苦情", "クレーム"],
        ),
        // The organisation's own people and its outsiders alike ("社員も協力会社さんのゲストも
        // 入れません"): everyone.
        (
            &[ALL],
            &["社員も", "職員も", "社内ユーザーも", "社内の人も", "従業員も", "スタッフも"],
            &["協力会社", "ゲスト", "社外", "外部", "取引先", "委託先", "派遣"],
        ),
        // Every PC or device of a place ("外来棟のPCすべてで", "工場の端末すべて"): the people of
        // that place, on everything they use.
        (
            &[MULTIPLE, EVERYTHING],
            &["のpc", "のパソコン", "の端末", "の共有pc", "の共有端末", "のデバイス"],
            &["すべてで", "全てで", "全部で", "すべてが", "全てが", "全部が", "全台で", "全台が"],
        ),
        // Half or several of the places ("半分くらいの病棟で", "いくつかの拠点で"): several.
        (
            &[MULTIPLE],
            &["半分くらいの", "半分ほどの", "半数の", "約半数の", "いくつかの", "一部の", "複数の"],
            &["病棟", "拠点", "店舗", "支店", "工場", "フロア", "部署", "教室", "営業所", "倉庫", "クリニック"],
        ),
        // Another device or client said to have no problem ("PCでは問題ないので急ぎません"): the
        // user's way round (a network said to have none is a diagnosis, read elsewhere).
        (
            &[USER_WORKAROUND, ALTERNATIVE],
            &["pcでは", "パソコンでは", "スマホでは", "デスクトップでは", "デスクトップ版では", "web版では", "webでは", "owaでは",
              "ブラウザでは", "ブラウザ版では", "アプリでは", "ipadでは", "iphoneでは", "モバイルでは", "pc版では", "別の端末では",
              "他の端末では", "隣の端末では", "pcのteamsでは", "pcのoutlookでは"],
            &["問題ないので", "問題ないため", "問題ない", "問題なし", "問題ありません", "問題ございません", "大丈夫", "大丈夫です",
              "正常", "正常です", "通知が来る", "通知が来ます", "通知は来る", "通知は来ます", "通知が来ています", "届く", "届きます"],
        ),
        // None of what the organisation sends can be opened at the other end ("社外宛の暗号化
        // メールが、受信者側で全件開封できない"): everyone who sends it.
        (
            &[ALL],
            &["受信者側で", "受信側で", "相手側で", "先方で", "受信者が", "宛先側で"],
            &["全件", "すべて", "全て", "1通も", "一通も"],
        ),
        // A factory named as the place ("蘇州工場で…工場の全員がサインイン不可", "工場拠点（約 50
        // 名）", "全社（本社・3工場とも確認）", "工場ポータル"): where the people are, not
        // production at stake (production, lines and shipments said stopped still are).
        (
            &[MASK],
            &["工場"],
            &["の", "で", "では", "にて", "拠点", "ポータル", "とも", "ともに", "内", "側", "全体", "が", "も", "は", ")", "(",
              "、", ":", "から", "夜勤", "勤務"],
        ),
        // Every function named failing ("IM の送信および通話がいずれもできない"): everything
        // the service does for them, an outright failure.
        (
            &[EVERYTHING, OUTRIGHT],
            &["いずれも", "どちらも", "両方とも", "両方", "どれも"],
            &["できない", "できません", "できず", "できなく", "不可", "失敗", "使えない", "使えません", "使えず"],
        ),
        // A kind of people with the honorific, as a kind ("ボランティアさん用のゲスト",
        // "パートさんたち"): several, not one person named ("新しく入ったパートさん" stays one).
        (
            &[MULTIPLE],
            &["ボランティアさん", "パートさん", "派遣さん", "アルバイトさん", "バイトさん", "ドライバーさん", "看護師さん"],
            &["用", "向け", "たち", "達", "全員", "みんな", "皆"],
        ),
        // round 33: the schedule, delivery dates or sales hit ("工期に響きます", "納期に影響が
        // 出ます"): at stake.
        (
            &[CRITICAL],
            &["工期", "納期", "売上", "出荷", "決算", "工程", "入金", "支払い", "支払", "請求", "資金繰り", "給与"],
            &["に響", "に影響が出", "に影響します", "に影響する", "が遅れ"],
        ),
        // round 33: a department as a plural subject ("AP are copying the invoices by hand",
        // "HR have lost the calendar"): its people, several.
        (
            &[MULTIPLE],
            &["ap", "ar", "hr", "finance", "payroll", "ops", "procurement", "dispatch", "reception", "facilities",
              "logistics", "legal", "compliance", "accounts payable", "accounts receivable"],
            &["are", "have", "were"],
        ),
        // round 33: whoever tries ("誰が開いても", "誰がサインインしても"): everyone.
        (
            &[ALL],
            &["誰が", "だれが"],
            &["開いても", "開こうとしても", "アクセスしても", "サインインしても", "ログインしても", "試しても", "やっても",
              "使っても", "見ても", "参加しても"],
        ),
        // round 34: every other thing of the service said to work ("every other policy on it
        // applied", "他のポリシーは適用されています"): what fails is one part of it.
        (
            &[REST_WORKS],
            &["every other", "all other", "all the other"],
            &["policy", "policies", "setting", "settings", "profile", "profiles", "feature", "features"],
        ),
        (
            &[REST_WORKS],
            &["他の", "ほかの", "その他の"],
            &["ポリシーは", "設定は", "プロファイルは", "機能は"],
        ),
        // round 34: the existing ones said to work ("existing devices fine", "already
        // enrolled laptops are fine"): what fails is the new ones, a part.
        (
            &[REST_WORKS],
            &["existing", "the existing", "our existing", "already enrolled", "older"],
            &["devices fine", "devices are fine", "devices work", "devices still work", "devices are unaffected",
              "laptops are fine", "laptops work", "phones are fine", "ones are fine", "ones work", "ones are ok"],
        ),
        // ------------------------------------------------------------ round 35 (blind-61 to 63)
        // A Japanese verb of what a service does (同期, 保存, 更新, 反映 …) said in its plain
        // negative ("同期しない", "保存しなくなった", "反映していない"): a fault, as its passive
        // "同期されない" is.
        (
            &[DEGRADED],
            &["同期", "保存", "更新", "反映", "通知", "印刷", "配信", "転送", "再生", "読み込み", "連携", "適用",
              "自動保存", "自動更新", "同期処理"],
            &["しない", "しません", "しなくな", "していない", "していません", "してない", "してません",
              "しておらず", "せず", "しないです", "しなかった"],
        ),
        // The service's other functions said to work ("チャットや通話はできるので", "送受信は問題
        // なくできています"): what fails is a part of it, impaired, as "the rest still works" is.
        (
            &[REST_WORKS],
            &["チャットや通話は", "チャットと通話は", "チャットは", "通話は", "送受信は", "閲覧は", "編集は", "会議は",
              "メール自体は", "チャット自体は", "通話自体は"],
            &["できる", "できます", "できている", "できています", "できてい", "使える", "使えます", "使えている",
              "問題なく", "普通に"],
        ),
        // round 36: items without what marks the failing ones said to be fine ("ラベルなしの
        // ファイルは問題ありません", "ラベル以外のファイルは開けます"): what fails is those items, a
        // part of the service, impaired.
        (
            &[REST_WORKS],
            &["なしのファイルは", "なしのファイルなら", "以外のファイルは", "のないファイルは", "のついていないファイルは",
              "なしのメールは", "以外のメールは", "のないメールは", "なしの文書は", "以外の文書は"],
            &["問題ありません", "問題ございません", "問題ない", "問題なく", "開けます", "開ける", "正常", "大丈夫"],
        ),
        (
            &[REST_WORKS],
            &["unlabelled files", "unlabeled files", "files without the label", "files without a label",
              "files without labels", "mails without the label", "emails without the label"],
            &["open fine", "are fine", "work fine", "open normally", "are ok", "open ok", "still open"],
        ),
        // Pairs of the same kind said to work ("SfB同士、Teams同士では問題ありません", "社内同士は
        // 届きます"): what fails is between kinds, a part of the service.
        (
            &[REST_WORKS],
            &["同士では", "同士は", "同士なら", "同士だと", "同士でも"],
            &["問題ありません", "問題ない", "問題なく", "届きます", "届く", "できます", "できる", "大丈夫", "正常"],
        ),
        // Switching to another way and working by it ("SMSに切り替えて入れてます", "電話に切り替
        // えて対応しています"): the way round, as "she switched to the web app" is.
        (
            &[Workaround],
            &["に切り替えて", "に切替えて", "に切り替えてから", "へ切り替えて", "に変えて", "に切り替え、"],
            &["入れて", "入って", "使って", "対応して", "受けて", "ログインして", "サインインして", "運用して",
              "しのいで", "凌いで", "認証して", "送って", "参加して", "仕事して", "業務して"],
        ),
        // A page that stays blank once the user has signed in ("blank white page after
        // login", "ログイン後に真っ白な画面のまま"): nothing in it can be used, as a sign-in
        // refused leaves nothing.
        (
            &[DOWN],
            &["blank page", "blank white page", "white page", "blank screen", "white screen", "blank white screen"],
            &["after login", "after log in", "after logging in", "after sign in", "after signing in", "after signin",
              "once signed in", "once logged in", "after the login", "after the sign in"],
        ),
        (
            &[DOWN],
            &["ログイン後に", "サインイン後に", "ログイン後", "サインイン後", "ログインすると", "サインインすると"],
            &["真っ白な画面", "白い画面", "画面が真っ白", "空白の画面"],
        ),
    ];

    const IMPLIES_ALL: Fx = ImpliesAll;
    const UNIVERSAL: Fx = Universal;
    const USER_WORKAROUND: Fx = UserWorkaround;
    const MINOR_ITEM: Fx = MinorItem;
    const ADMIN_TOOL: Fx = AdminTool;
    const BILLING_ACTION: Fx = BillingAction;
    const LICENSE_OBJECT: Fx = LicenseObject;
    const MASK: Fx = Mask;
    const OUTRIGHT: Fx = Outright;
    const PARTIAL: Fx = Partial;
    const WEAK: Fx = WeakFault;
    const PART: Fx = Part;
    const EVERYONE_IN: Fx = EveryoneIn;
    const REST_WORKS: Fx = RestWorks;
    const ONLY_ONE: Fx = OnlyOne;
    const EVERYTHING: Fx = Everything;
    const STALLED: Fx = Stalled;
    const ALTERNATIVE: Fx = Alternative;
}

/// Units that, after a number ("300 users", "50名", "1台"), say how many are affected.
/// A number right after a product word ([`PRODUCT_WORDS`]) is a version, not a count.
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const COUNT_UNITS: &[&str] = &[
    "users", "user", "people", "ppl", "persons", "person", "employees", "employee", "staff",
    "agents", "members", "accounts", "account", "mailboxes", "mailbox", "devices", "pcs", "pc",
    "computers", "laptops", "machines", "new hires", "hires", "offices", "sites", "名", "人",
    "ユーザー", "アカウント", "台", "拠点", "部署", "社員", "メンバー", "students", "student", "teachers",
    "nurses", "staff members", "objects", "件", "つのメールボックス", "個のメールボックス", "つのアカウント",
    "個のアカウント", "つの拠点", "か所", "カ所", "ヶ所", "箇所", "メールボックス", "端末", "engineers", "agents",
    "organizers", "organisers", "presenters", "attendees", "participants", "editors", "recipients", "hosts",
    "mac", "macs", "ipad", "ipads", "iphone", "iphones", "workstation", "workstations", "tablet", "tablets",
    "handsets",
    "owners", "managers", "guests", "doctors", "reps", "technicians", "contractors", "executives", "interns",
    "admins", "administrators", "colleagues", "coworkers", "co workers", "new starters", "starters",
    "new joiners", "joiners", "inspectors", "auditors", "drivers", "clerks", "cashiers", "analysts",
    "seats", "licensed users",
    // round 36: tenants a partner manages, and companies counted ("30 customer tenants", "20社")
    "tenants", "customer tenants", "テナント", "社",
    "lady", "guy", "woman", "man", "new starter", "starter", "new hire", "hire", "new joiner", "joiner",
    "agent", "engineer", "rep", "contractor", "guest", "executive", "intern", "colleague", "coworker",
    "technician", "manager", "member", "teacher", "nurse", "doctor", "clerk", "analyst",
    "associates", "pickers", "handhelds", "supervisors",
    "部屋", "室",
    // round 32: the roles of firms, clinics and plants.
    "associate", "coordinator", "coordinators", "paralegal", "paralegals", "attorney", "attorneys",
    "pharmacist", "pharmacists", "physician", "physicians", "planner", "planners", "buyer", "buyers",
    "teller", "tellers", "receptionist", "receptionists", "resident", "residents", "volunteer",
    "volunteers", "supervisor", "auditor", "accountant", "accountants", "lawyer",
    "lawyers", "clinician", "clinicians", "dispatcher", "dispatchers", "underwriter", "underwriters",
    "picker", "driver", "cashier", "operator", "operators",
];

/// Groups of people or places: after a universal quantifier they mean everyone.
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const GROUP_NOUNS: &[&str] = &[
    "users", "user", "staff", "employees", "employee", "people", "ppl", "agents", "members",
    "accounts", "mailboxes", "machines", "computers", "pcs", "devices", "laptops", "workstations",
    "office", "offices", "branch", "branches", "team", "department", "departments", "company",
    "organization", "organisation", "org", "tenant", "floor", "building", "site", "sites",
    "location", "locations", "region", "country", "school", "campus", "hospital", "store",
    "stores", "division", "workforce", "personnel", "colleagues", "business", "group", "clinic",
    "plant", "factory", "firm", "dept", "depts", "desk", "presenters", "attendees",
    "participants", "assistants", "engineers", "reps", "managers", "owners", "member",
    "directors", "partners", "teachers", "nurses", "doctors", "students", "analysts", "editors",
    "organizers", "organisers", "temps", "contractors", "guests", "executives", "lawyers",
    "clinicians", "technicians", "volunteers", "customers", "clients", "domain", "participant",
    "attendee", "caller", "callers", "presenter", "tablets", "phones", "handsets", "terminals", "kiosks",
    "ipads", "macs", "iphones", "seats", "rooms", "meeting rooms",
    // round 31: frontline roles and devices.
    "crews", "pickers", "associates", "cashiers", "clerks", "drivers", "graders", "pupils", "learners",
    "handhelds", "scanners", "supervisors",
];

/// Group nouns that name part of an organisation: after a universal quantifier ("the whole
/// sales team") they mean several users, not everyone.
#[rustfmt::skip]
pub const SUBGROUP_NOUNS: &[&str] = &[
    "team", "department", "departments", "division", "floor", "group", "branch", "branches",
    "store", "clinic", "unit", "ward", "class", "dept", "depts", "desk", "directors", "partners",
    "teachers", "nurses", "doctors", "students", "analysts", "editors", "organizers", "organisers",
    "temps", "contractors", "guests", "executives", "lawyers", "clinicians", "technicians",
    "volunteers", "presenters", "attendees", "participants", "assistants", "engineers", "reps",
    "managers", "owners", "participant", "attendee", "caller", "callers", "presenter", "rooms",
    "meeting rooms", "crews", "pickers", "associates", "cashiers", "clerks", "drivers", "graders",
    "pupils", "learners", "handhelds", "scanners", "supervisors", "kiosks", "terminals", "handsets",
];

/// Words after which a number is a product version ("Office 365", "Exchange 2016").
#[rustfmt::skip]
pub const PRODUCT_WORDS: &[&str] = &[
    "office", "microsoft", "windows", "win", "exchange", "server", "version", "build", "plan",
    "sharepoint", "outlook", "e", "m", "o", "aadsts", "error", "code", "kb", "http",
];

/// Which negation cues apply to a phrase, by what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NegKind {
    /// "not down", "ダウンしていない".
    State,
    /// "cannot access", "アクセスできない": the negation is the fault.
    Ability,
    /// "cannot work", "nobody in the branch can work": only an inability counts
    /// ("links do not work" is a fault, not a business stop).
    Work,
    /// "not all users", "全員ではない".
    Quantity,
    /// "no workaround", "回避策はありません", "the workaround doesn't work".
    Workaround,
    /// "not production", "本番環境ではない", "production is not affected".
    Critical,
    /// "bypassing the proxy", "プロキシを経由しない", "add-ins were disabled".
    Scope,
    /// "not a billing question".
    Category,
}

/// English words that negate a following phrase (State, Quantity, Workaround, Critical,
/// Scope, Category). Multi-word cues are matched as whole word sequences.
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const EN_NEGATORS: &[&str] = &[
    "not", "no", "never", "without", "non", "none", "neither", "nor", "isn't", "isnt", "aren't",
    "arent", "wasn't", "weren't", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt",
    "haven't", "havent", "hasn't", "hasnt", "hadn't", "cannot", "can't", "cant", "can not",
    "couldn't", "could not", "won't", "lack", "lacks", "lacking", "no longer", "nothing",
];

/// English words that deny a stake after them ("not production", "no deadline"): those of
/// [`EN_NEGATORS`] but the inabilities. That the work at stake cannot be done ("we can't close
/// the books this month", "won't make payroll") is the stake, not a denial of it.
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const EN_CRITICAL_NEGATORS: &[&str] = &[
    "not", "no", "never", "without", "non", "none", "neither", "nor", "isn't", "isnt", "aren't",
    "arent", "wasn't", "weren't", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt",
    "haven't", "havent", "hasn't", "hasnt", "hadn't", "lack", "lacks", "lacking", "no longer",
    "nothing",
];

/// Extra English negators for particular kinds of phrase.
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const EN_NEGATORS_BY_KIND: &[(NegKind, &[&str])] = &[(
    NegKind::Workaround,
    &[
        "is there", "are there", "if there is", "if there's", "whether", "if", "need", "needs",
        "need a", "looking for", "suggest", "provide", "request", "requesting", "any", "know of",
        "offer", "same thing", "same", "same issue", "same error", "same problem", "same result",
        "same behaviour", "same behavior", "both", "outlook and", "outlook and in", "desktop and",
    ],
)];

/// English words that rule out an out-of-scope cause before it ("bypassing the proxy").
/// "without" and "off" are not among them: "works without the VPN" points *at* the VPN;
/// only "even without" rules it out.
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const EN_SCOPE_NEGATORS: &[&str] = &[
    "not", "no", "non", "never", "nothing", "isn't", "isnt", "aren't", "wasn't", "weren't",
    "don't", "dont", "doesn't", "didn't", "haven't", "hasn't", "neither", "nor", "checked",
    "verified", "ruled out", "excluded", "bypassed", "bypassing", "bypass", "disabled",
    "disabling", "removed", "removing", "uninstalled", "even without", "also without",
    "still without", "even off", "even outside", "even outside of", "not using", "tried without",
    "tested without", "independent of", "regardless of",
];

/// English cues that say an action cannot be done ("cannot access", "no one can join").
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const EN_ABILITY_NEGATORS: &[&str] = &[
    "cannot", "can not", "can't", "cant", "unable to", "not able to", "isn't able to",
    "aren't able to", "couldn't", "could not", "can no longer", "no longer able to", "no longer",
    "unable", "fail to", "fails to", "failed to", "failing to", "failure to", "stopped", "stops",
    "won't", "wont", "will not", "doesn't", "does not", "didn't", "did not", "not", "never",
    "no one can", "nobody can", "no user can", "no users can", "none of the users can",
    "nobody", "no one", "noone",
    "none of our users can", "no one is able to", "nobody is able to", "no", "lost", "aren't", "isn't",
    "wasn't", "weren't", "nobody's",
    "no one's", "noone's",
    "refuse to", "refuses to", "refused to", "won't even", "will not even",
];

/// Subjects that make an action after a modal fail ("*no one* in the company *can* join").
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const EN_NEGATIVE_SUBJECTS: &[&str] = &[
    "no one", "nobody", "noone", "no user", "no users", "none of", "not one", "no employee",
    "no employees", "no staff", "no member", "no members", "not a single", "neither",
    // round 31: the subject of a question why nobody can ("Why can't anyone in the company
    // open SharePoint?").
    "can't anyone", "cannot anyone", "can't anybody", "can't any of", "can't any of our",
];

/// People or accounts that, after "no" and one word that says which ("no federated user
/// can sign in", "no remote staff can connect"), are a negative subject too.
#[rustfmt::skip]
pub const EN_QUALIFIED_SUBJECT_NOUNS: &[&str] = &[
    "user", "users", "account", "accounts", "employee", "employees", "staff", "member", "members",
    "person", "people", "device", "devices", "mailbox", "mailboxes", "student", "students",
    "teacher", "teachers", "client", "clients",
];

/// Words that, between "no" and a noun of [`EN_QUALIFIED_SUBJECT_NOUNS`], make "no" a phrase
/// of its own rather than a negative subject ("no matter which users", "no doubt users").
#[rustfmt::skip]
pub const EN_NOT_QUALIFIERS: &[&str] = &[
    "matter", "doubt", "idea", "way", "wonder", "problem", "issue", "longer", "more", "need",
];

/// Ways round the organisation's own network (text as normalised: lower case): an
/// alternative through one of them ("スマホのテザリング経由なら接続できます", "it works from
/// home") leaves a service unreachable where everyone works, so it stays down for all.
#[rustfmt::skip]
pub const NETWORK_PATHS: &[&str] = &[
    "tethering", "tethered", "hotspot", "hot spot", "mobile data", "from home", "at home",
    "home network", "home wifi", "home wi fi", "home internet", "off the vpn", "without the vpn",
    "outside the office", "off network", "4g", "5g", "lte", "テザリング", "モバイル回線", "モバイルルーター",
    "モバイルwi fi", "モバイルwifi", "自宅", "社外回線", "社外から", "社外ネットワーク", "社外のネットワーク",
    "4g回線", "5g回線", "lte回線", "スマホ回線", "携帯回線", "vpnを切", "vpnなし", "vpnを外",
    // round 32: the guest network beside the organisation's own.
    "guest wi fi", "guest wifi", "guest network", "guest wlan",
];

/// Modals between a negative subject and the action it negates.
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const EN_MODALS: &[&str] = &[
    "can", "could", "is able to", "are able to", "was able to", "were able to", "able to",
    "has been able to", "have been able to", "managed to", "has managed to", "have managed to",
    "had managed to", "are", "is", "was", "were", "has", "have", "had",
];

/// English cues that say people are unable to work ("unable to work").
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const EN_WORK_NEGATORS: &[&str] = &[
    "cannot", "can not", "can't", "cant", "unable to", "not able to", "couldn't", "could not",
    "can no longer", "no longer able to", "no one can", "nobody can", "no user can",
    "no users can", "none of the users can", "none of our users can", "no one is able to",
    "nobody is able to",
];

/// Words allowed between an English negator and the phrase it negates.
#[rustfmt::skip]
pub const EN_FILLERS_BEFORE: &[&str] = &[
    "a", "an", "the", "any", "known", "real", "good", "viable", "simple", "easy", "obvious",
    "proper", "suitable", "current", "currently", "really", "yet", "entirely", "quite", "all",
    "our", "their", "his", "her", "my", "its", "this", "that", "these", "those", "be", "been",
    "being", "is", "are", "was", "were", "have", "has", "had", "found", "got", "get",
    "identified", "there", "even", "just", "only", "also", "still", "at", "in", "on", "to", "for",
    "of", "impact", "effect", "affect", "affecting", "impacting", "able", "longer", "properly",
    "successfully", "seem", "seems", "actually", "definitely", "use", "behind", "through", "via",
    "from", "with", "related", "anymore", "or", "and", "correctly",
];

/// Words also allowed before an alternative the text says fails too ("can't connect to
/// Outlook *or* OWA"): the verbs and clients of the failing action.
#[rustfmt::skip]
pub const EN_WORKAROUND_FILLERS_BEFORE: &[&str] = &[
    "outlook", "teams", "email", "mail", "connect", "access", "open", "reach", "into", "onto",
    "either", "nor", "log", "sign", "in",
];

/// English cues after a phrase that negate it, by kind ("the workaround doesn't work").
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const EN_TAILS: &[(NegKind, &[&str])] = &[
    (
        NegKind::Workaround,
        &[
            "doesn't work", "does not work", "didn't work", "did not work", "not working",
            "isn't working", "failed", "fails", "not possible", "isn't possible", "not an option",
            "isn't an option", "not available", "isn't available", "unavailable", "didn't help",
            "did not help", "doesn't help", "does not help", "no luck", "?", "would be",
            // round 39: a way round not known ("workaround unknown").
            "unknown", "not known", "isn't known", "is unknown",
            "would help", "needed", "required", "down", "broken", "can't", "cannot", "crashes",
            "crashed", "crashing", "hangs", "freezes", "errors", "gives an error",
            "shows an error", "returns an error", "throws an error", "gives a blank page",
            "shows a blank page", "blank", "same error", "same issue", "same problem",
            "has the same", "affected", "either", "http", "500", "503", "an error", "error",
            "time out", "times out", "timed out", "both time out", "both fail", "both failed",
            "unreachable", "both unreachable", "inaccessible", "both down",
            "the same", "same", "and outlook", "or outlook", "and teams", "or teams", "and owa",
            "or owa", "and the desktop app", "and desktop", "or desktop", "and the app", "or the app",
            "and mobile", "or mobile", "and the web", "or the web", "and the browser", "or the browser",
            "and on mobile", "or on mobile", "and on the web", "or on the web", "alike", "no option",
            "not an option for", "is no option", "no alternative", "isn't really an option",
            "is not really an option", "not really an option", "isn't an alternative", "not an alternative",
            "isn't really an alternative", "not really an alternative",
            "and sync client alike", "as well",
            // round 35: a way round said to be of no use to them ("Word for the web is no good
            // for her").
            "is no good", "no good for", "isn't any good", "is not any good", "is no use", "is of no use",
            "isn't much use", "is useless", "useless for",
        ],
    ),
    (
        NegKind::Critical,
        &[
            "not affected", "isn't affected", "unaffected", "not impacted", "isn't impacted",
            "fine", "ok", "okay", "not at risk", "isn't at risk", "not involved", "no impact",
            // round 39: an event still far off ("the board meeting is not until next month").
            "is not until", "isn't until", "not until", "is weeks away", "is months away",
        ],
    ),
    (
        NegKind::Scope,
        &[
            "ruled out", "excluded", "bypassed", "disabled", "removed", "uninstalled",
            "turned off", "fine", "not the cause", "isn't the cause", "not involved",
            "not blocking", "isn't blocking", "doesn't block", "does not block", "checked",
            "verified", "not the issue", "isn't the issue", "not the problem",
            "isn't the problem", "not related", "isn't related", "unrelated",
            "made no difference", "makes no difference", "ok", "okay",
        ],
    ),
    (
        NegKind::Quantity,
        &[
            "fine", "ok", "okay", "not affected", "aren't affected", "unaffected", "work fine",
            "works fine", "working fine", "work normally", "have no issues", "have no problems",
            "have no problem", "no issues", "no problem", "no problems",
        ],
    ),
    (
        NegKind::Ability,
        &[
            "fails", "failed", "failing", "stopped", "blocked", "denied", "broken", "not working",
            "isn't working", "doesn't work", "does not work", "impossible",
        ],
    ),
];

/// English words skipped between a phrase and a negating tail ("production *is* not affected").
#[rustfmt::skip]
pub const EN_FILLERS_AFTER: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "been", "also", "still", "already", "completely",
    "definitely", "apparently", "all", "seem", "seems", "to", "be", "itself", "too", "now",
    "itself", "add", "in", "ins", "addins", "plugins", "plugin", "tool", "tools", "services",
    "service", "software", "products", "product", "totally", "entirely", "always", "just",
    "simply", "fully", "seemingly", "server", "servers", "rules", "settings", "gives", "returns",
    "shows", "throws", "also", "as", "well", "and", "both", "outlook", "teams",
];

/// Japanese negations that follow a noun ("全員ではない", "本番環境ではなく"); they apply to
/// every kind except [`NegKind::Ability`].
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const JA_COPULA_TAILS: &[&str] = &[
    "ではない", "ではありません", "ではなく", "じゃない", "じゃなく", "でない", "でなく", "とは限らない", "とは限りません", "以外", "問題ではない",
    "問題ではありません", "問題ではなく", "原因ではない", "原因ではありません", "原因ではなく", "せいではない",
];

/// Japanese negations that follow a phrase, by kind.
#[rustfmt::skip]
#[cfg(test)] // compiled into compiled.rs
pub const JA_TAILS: &[(NegKind, &[&str])] = &[
    (
        NegKind::Ability,
        &[
            "できない", "できません", "出来ない", "出来ません", "できなく", "出来なく", "できず", "出来ず", "できていない", "できていません",
            "不可", "不能", "失敗", "しない", "しません", "されない", "されません", "されず", "せず", "しなく", "されなく", "行えない",
            "行えません", "行えず", "行うことができない", "行うことができません", "することができない", "することができません", "ことができない",
            "ことができません", "することもできない", "することもできません", "こともできない", "こともできません", "拒否",
            "うまくいかない", "うまくできない", "できん", "できへん", "出来ん",
        ],
    ),
    (
        NegKind::State,
        &[
            "していない", "しておらず", "していません", "発生していない", "発生しておらず", "発生していません", "起きていない", "起きていません",
            "ない", "ありません",
            // round 36: the honorific form of "ありません".
            "ございません",
        ],
    ),
    (
        NegKind::Workaround,
        &[
            "ない", "なく", "なし", "無し", "ありません", "ございません", "見つからない", "見つかりません", "見つかっていない",
            "見つかっていません", "見つかっておりません", "見つかっておらず", "見つかりませんでした", "ありませんでした", "ございませんでした",
            // round 32: a way that stopped working ("新しいOutlookに切り替えたら表示されなくなりました").
            "表示されなく", "されなく", "できなく", "使えなく", "動かなく", "開けなく", "届かなく", "見えなく", "見当たらない", "存在しない", "存在しません", "効かない", "効果がない", "効果なし", "使えない", "使えません",
            "機能しない", "うまくいかない", "ありますか", "あれば", "教えて", "ご教示", "知りたい", "提示", "探して", "不明", "必要",
            // round 39: a way round not known ("回避策はわかりません").
            "わかりません", "分かりません", "わからない", "分からない", "わかっていません", "分かっていません",
            "も同じ", "でも同じ", "も同様", "でも同様", "エラー", "失敗", "できない", "できません", "されない", "されません", "読み込まれない", "読み込まれません",
            "表示されない", "表示されません", "動かない", "動きません", "動作しない", "起動しない", "開けない", "開かない", "不可",
            "使用できない", "利用できない", "落ちる", "クラッシュ", "フリーズ", "http", "接続できない", "接続できません",
            "アクセスできない", "アクセスできません", "ログインできない", "ログインできません", "サインインできない",
            "サインインできません", "開けません", "開きません", "使用できません", "利用できません", "ダメ", "だめ",
            "タイムアウト", "とも", "ともに", "どちらも", "どちらでも", "いずれも", "いずれでも", "両方", "空っぽ", "空で",
            "代わりになりません", "代わりにならない", "代わりにはなりません", "代わりにはならない", "代替になりません", "代替にならない",
        ],
    ),
    (
        NegKind::Critical,
        &[
            "影響はない", "影響なし", "影響はありません", "影響ありません", "影響していない", "影響しない", "影響は出ていない", "影響は出ていません",
            "関係ない", "関係ありません", "問題ない", "問題なし", "問題ありません", "支障はない", "ない", "ありません",
            "なし", "出ていない", "出ていません", "出ておらず",
            // round 32: a stake said not to be reached ("支払期日に影響するほどではございません").
            "影響するほどではない", "影響するほどではありません", "影響するほどではございません", "影響するほどでは",
            "影響が出るほどではない", "影響が出るほどではありません", "影響が出るほどではございません", "ほどではない",
            "ほどではありません", "ほどではございません",
            // round 36: the honorific form of "ありません".
            "影響はございません", "影響ございません", "関係ございません", "問題ございません", "ございません",
        ],
    ),
    (
        NegKind::Scope,
        &[
            "経由しない", "経由せず", "経由していない", "経由しなくても", "無効にしても", "無効化しても", "無効にした状態でも", "外しても",
            "切っても", "切断しても", "オフにしても", "停止しても", "使わず", "使わない", "使用せず", "使っていない", "使用していない",
            "導入していない", "利用していない", "なしでも", "介さずとも", "関係ない", "関係なく", "関係ありません", "問題ない", "問題なし",
            "問題ありません", "異常なし", "異常はない", "異常ありません", "原因ではない", "確認済", "確認しましたが", "確認したが", "除外済", "除外した", "除外しても",
            "除外しました",
            "ない", "ありません", "入っていない", "インストールされていない", "使用しておらず", "経由していません", "経由しません", "使用していません",
            "使っていません", "導入していません", "利用していません", "インストールしていません", "入っていません", "関係していません", "使用しません",
            "使いません",
            // round 36: the honorific form of "ありません".
            "関係ございません", "問題ございません", "異常ございません", "ございません",
        ],
    ),
];

/// Japanese conditionals: after one, a scope negation is a contrast ("プロキシを経由しないと
/// つながる" points *at* the proxy), so it does not rule the cause out.
#[rustfmt::skip]
pub const JA_CONDITIONALS: &[&str] =
    &["と", "なら", "場合", "時は", "ときは", "時に", "ば", "では"];

/// Japanese particles skipped between a phrase and its negation ("回避策*は*ありません").
#[rustfmt::skip]
pub const JA_PARTICLES: &[&str] = &[
    "からは", "には", "では", "とは", "への", "へは", "は", "が", "も", "を", "に", "で", "の", "へ",
];

/// Japanese words skipped between a phrase and its negation ("回避策は*今のところ*ありません").
#[rustfmt::skip]
pub const JA_FILLERS: &[&str] = &[
    "今のところ", "現在", "現時点では", "現時点で", "特に", "まだ", "全て", "すべて", "一切", "何も", "完全に", "全く", "まったく",
    "特段", "今回は", "当面", "正常に", "うまく", "ほとんど", "outlookにも", "outlookも", "teamsにも", "teamsも",
    "アプリも", "デスクトップ版も",
];

/// Japanese denials of what comes before them ("ダウンしている*わけではありません*", "全員という
/// *わけではなく*"): the state, quantity or stake said before one, a few characters back in the
/// same clause, is not the case (SPEC 1.3: negations count).
#[rustfmt::skip]
pub const JA_DENIALS: &[&str] = &[
    "わけではない", "わけではありません", "わけではなく", "わけではございません", "わけじゃない",
    "わけじゃありません", "わけじゃなく", "訳ではない", "訳ではありません", "訳ではなく", "訳じゃない",
];

/// How many characters may stand between a phrase and a denial of it in [`JA_DENIALS`] (the
/// verb and its inflection: "している", "が発生している", "という").
pub const JA_DENIAL_REACH: usize = 12;

/// English openings that deny the rest of their clause ("*it is not the case that* Exchange
/// is down", "*it's not that* everyone is affected"), as words.
#[rustfmt::skip]
pub const EN_CLAUSE_DENIALS: &[&[&str]] = &[
    &["not", "the", "case", "that"], &["isn't", "the", "case", "that"],
    &["wasn't", "the", "case", "that"], &["it's", "not", "that"], &["its", "not", "that"],
    &["it", "is", "not", "that"], &["it", "isn't", "that"], &["it", "was", "not", "that"],
    &["it", "wasn't", "that"], &["not", "as", "if"], &["it's", "not", "like"],
];

/// States that, denied before "for" and a quantity, deny the quantity ("isn't *down* for
/// everyone", "not *broken* for all users", "isn't an *issue* for the whole company"): the
/// fault is there for some, not for all. "working" is not one of them: "not working for
/// everyone" says that it fails for all.
#[rustfmt::skip]
pub const EN_DENIED_STATES: &[&str] = &[
    "down", "broken", "out", "failing", "happening", "occurring", "affected", "impacted",
    "issue", "problem", "outage", "unavailable",
];

/// English words that set an exception apart from a quantity after it in its clause
/// ("everyone can send mail *except* one user").
#[rustfmt::skip]
pub const EN_EXCEPTIONS: &[&str] = &[
    "except", "excepting", "excluding", "apart from", "other than", "save for", "but for",
    "aside from",
];

/// Japanese words that set an exception apart, before the quantity they qualify ("一人*を除いて*
/// 全員", "佐藤さん*以外は*全員").
#[rustfmt::skip]
pub const JA_EXCEPTIONS: &[&str] = &[
    "を除いて", "を除き", "を除けば", "を除く", "以外は", "以外の", "以外", "以外だと",
];

/// Words that say a clause states a failure ("everyone *can't* sign in except …"): a quantity
/// with an exception in such a clause still names the people affected.
#[rustfmt::skip]
pub const EN_FAILURE_WORDS: &[&str] = &[
    "not", "no", "never", "cannot", "can't", "cant", "couldn't", "unable", "fail", "fails",
    "failed", "failing", "won't", "doesn't", "don't", "didn't", "isn't", "aren't", "wasn't",
    "weren't", "lost", "broken", "down", "error", "errors", "stopped",
];

/// What says, in Japanese, that a clause states a failure ("全員使えません"), and what says
/// that it works ("全員使えています").
#[rustfmt::skip]
pub const JA_FAILURE_WORDS: &[&str] = &[
    "ない", "ません", "できず", "ず、", "失敗", "エラ", "障害", "止ま", "落ち",
];
#[rustfmt::skip]
pub const JA_WORKING_WORDS: &[&str] = &[
    "使えて", "使えます", "できて", "できます", "問題な", "正常", "大丈夫", "届いて", "届きます",
    "つながって", "つながります", "繋がって", "繋がります", "動いて", "動きます", "利用できて",
];

/// One normalised phrase of the compiled table (`compiled.rs`) and everything the table says about it.
pub struct Entry {
    /// The phrase after normalisation: a byte range of `compiled::TEXT` (offsets, not a
    /// pointer, so that the table needs no relocation when the program starts).
    pub(super) text: (u32, u16),
    /// The phrase's first eight bytes (zero-padded, little-endian) and the mask of the bytes
    /// it has, compared with the text as one word before the whole phrase is.
    pub(super) prefix: (u64, u64),
    /// Its effects, merged over every table group it appears in: a range of `compiled::FX`.
    pub(super) fx: (u16, u16),
    /// Which negation cues apply, if the phrase can be negated.
    pub neg: Option<NegKind>,
    /// English edges must fall on word boundaries, and so must a katakana start.
    pub(super) word_start: bool,
    pub(super) word_end: bool,
}
