# svcreq: ヘルプの中の clap の言葉 (使い方、オプション、[既定: …])、日本語。

help-clap-default = [既定: { $value }]
help-clap-possible-values = [使える値: { $values }]
help-clap-list-separator = 、
help-clap-heading-usage = 使い方:
help-clap-heading-options = オプション:
help-clap-heading-arguments = 引数:
help-clap-heading-commands = コマンド:
help-clap-help-flag = ヘルプを表示する
help-clap-help-flag-more = ヘルプを表示する (詳しくは「--help」)
help-clap-help-flag-summary = ヘルプを表示する
help-clap-version-flag = バージョンを表示する
help-clap-help-command = このヘルプ、または指定したコマンドのヘルプを表示する
help-clap-help-command-arg = 指定したコマンドのヘルプを表示する
help-clap-env = [環境変数: { $name }]
help-clap-usage-options = [オプション]
