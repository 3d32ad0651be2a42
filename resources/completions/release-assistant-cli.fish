# SPDX-License-Identifier: GPL-3.0-or-later
#
# fish completion for release-assistant-cli. The commands and their subcommands are listed here;
# tests/cli/tst_cli_completions.cpp checks them against the CLI's own help. Options are read from the --help
# of the command being typed, so they never drift.

set -l commands steps release preflight version playbook packages staging tag git notes table review announce

# The command and subcommand typed so far: the words that are neither options nor the value of a global
# option given before the command.
function __release_assistant_cli_typed
    set -l tokens (commandline -opc)
    set -l typed
    set -l skip 0
    for token in $tokens[2..-1]
        if test $skip -eq 1
            set skip 0
        else if contains -- $token --demo-dir --demo-account
            set skip 1
        else if not string match -q -- '-*' $token
            set -a typed $token
        end
    end
    set -q typed[1]; and printf '%s\n' $typed[1..2]
end

# True where a command comes next.
function __release_assistant_cli_needs_command
    test (count (__release_assistant_cli_typed)) -eq 0; and not __release_assistant_cli_after --demo-dir --demo-account
end

# The options of the command and subcommand typed so far, from the CLI's own help.
function __release_assistant_cli_options
    set -l tokens (commandline -opc)
    begin
        echo --json
        $tokens[1] (__release_assistant_cli_typed) --help 2>/dev/null | string match -ar -- '--[a-z][a-z0-9-]*'
    end | sort -u
end

# True when the previous word is one of the options given.
function __release_assistant_cli_after
    set -l tokens (commandline -opc)
    contains -- $tokens[-1] $argv
end

complete -c release-assistant-cli -l json -d 'machine-readable output on stdout'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -s h -l help -d 'show the help'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -s V -l version -d 'print the version'
complete -c release-assistant-cli -n 'string match -q -- "-*" (commandline -ct)' -f -a '(__release_assistant_cli_options)'

complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a help -d 'the help of one command'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from help' -f -a "$commands"

complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a steps -d 'list the seven steps of the release procedure'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a release -d 'the whole release: status of the seven steps, and the plan of what is left'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a preflight -d 'check what a release of the project needs before step 1'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a version -d 'normalize, compare, sort, propose and check versions'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a playbook -d 'check a project playbook or print a preset'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a packages -d 'step 5: inspect .deb packages, attach the CI packages to the draft release'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a staging -d 'step 1: check CI runs, artifacts and the staging servers for a candidate commit'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a tag -d 'plan, create and push the release tag (step 2)'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a git -d 'read a repository: git log of a release range with pull-request numbers'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a notes -d 'release notes of a range: generate, lint, render the preview HTML (step 4)'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a table -d 'the node-scoring version table: annotate, add, export, validate, apply, schedule'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a review -d 'step 6: approve the exact notes, assets and version, then publish the draft'
complete -c release-assistant-cli -n __release_assistant_cli_needs_command -f -a announce -d 'count, preview and send the release announcements (step 7)'

complete -c release-assistant-cli -n '__fish_seen_subcommand_from release; and not __fish_seen_subcommand_from status plan run' -f -a 'status plan run'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from version; and not __fish_seen_subcommand_from normalize compare sort next suggest check' -f -a 'normalize compare sort next suggest check'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from playbook; and not __fish_seen_subcommand_from validate preset' -f -a 'validate preset'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from packages; and not __fish_seen_subcommand_from inspect attach' -f -a 'inspect attach'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from staging; and not __fish_seen_subcommand_from check' -f -a 'check'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from tag; and not __fish_seen_subcommand_from plan create push' -f -a 'plan create push'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from git; and not __fish_seen_subcommand_from log' -f -a 'log'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from notes; and not __fish_seen_subcommand_from generate lint render save' -f -a 'generate lint render save'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from table; and not __fish_seen_subcommand_from annotate add export validate apply schedule unschedule' -f -a 'annotate add export validate apply schedule unschedule'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from review; and not __fish_seen_subcommand_from status approve publish inbox show sync comment' -f -a 'status approve publish inbox show sync comment'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from announce; and not __fish_seen_subcommand_from length preview send releases' -f -a 'length preview send releases'

# Values of the options that take one.
complete -c release-assistant-cli -n '__release_assistant_cli_after --scheme' -x -a 'pep440 semver'
complete -c release-assistant-cli -n '__release_assistant_cli_after --bump' -x -a 'patch minor major rc final'
complete -c release-assistant-cli -n '__release_assistant_cli_after --channel' -x -a 'x bluesky mastodon telegram telegram-caption discord'
complete -c release-assistant-cli -n '__release_assistant_cli_after --repo --schedule-dir --work-dir --demo-dir' -x -a '(__fish_complete_directories)'
complete -c release-assistant-cli -n '__release_assistant_cli_after --demo-account' -x -a 'demo-maintainer demo-reviewer'
complete -c release-assistant-cli -n '__release_assistant_cli_after --playbook --journal --ssh-key --existing-tags-file --file --output' -F
