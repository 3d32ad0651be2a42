# SPDX-License-Identifier: GPL-3.0-or-later
#
# fish completion for release-assistant-cli. The commands and their subcommands are listed here;
# tests/cli/tst_cli_completions.cpp checks them against the CLI's own help. Options are read from the --help
# of the command being typed, so they never drift.

set -l commands steps release version playbook packages staging tag git notes table review announce

# The options of the command and subcommand typed so far, from the CLI's own help.
function __release_assistant_cli_options
    set -l tokens (commandline -opc)
    set -l typed
    for token in $tokens[2..-1]
        string match -q -- '-*' $token; and continue
        set -a typed $token
        test (count $typed) -ge 2; and break
    end
    begin
        echo --json
        $tokens[1] $typed --help 2>/dev/null | string match -ar -- '--[a-z][a-z0-9-]*'
    end | sort -u
end

# True when the previous word is one of the options given.
function __release_assistant_cli_after
    set -l tokens (commandline -opc)
    contains -- $tokens[-1] $argv
end

complete -c release-assistant-cli -l json -d 'machine-readable output on stdout'
complete -c release-assistant-cli -n __fish_use_subcommand -s h -l help -d 'show the help'
complete -c release-assistant-cli -n __fish_use_subcommand -s V -l version -d 'print the version'
complete -c release-assistant-cli -n 'string match -q -- "-*" (commandline -ct); and not __fish_use_subcommand' -f -a '(__release_assistant_cli_options)'

complete -c release-assistant-cli -n __fish_use_subcommand -f -a help -d 'the help of one command'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from help' -f -a "$commands"

complete -c release-assistant-cli -n __fish_use_subcommand -f -a steps -d 'list the seven steps of the release procedure'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a release -d 'the whole release: status of the seven steps, and the plan of what is left'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a version -d 'normalize, compare, sort, propose and check versions'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a playbook -d 'check a project playbook or print a preset'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a packages -d 'step 5: inspect .deb packages, attach the CI packages to the draft release'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a staging -d 'step 1: check CI runs, artifacts and the staging servers for a candidate commit'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a tag -d 'plan, create and push the release tag (step 2)'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a git -d 'read a repository: git log of a release range with pull-request numbers'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a notes -d 'release notes of a range: generate, lint, render the preview HTML (step 4)'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a table -d 'the node-scoring version table: annotate, add, export, validate, apply, schedule'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a review -d 'step 6: approve the exact notes, assets and version, then publish the draft'
complete -c release-assistant-cli -n __fish_use_subcommand -f -a announce -d 'count, preview and send the release announcements (step 7)'

complete -c release-assistant-cli -n '__fish_seen_subcommand_from release; and not __fish_seen_subcommand_from status plan run' -f -a 'status plan run'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from version; and not __fish_seen_subcommand_from normalize compare sort next suggest check' -f -a 'normalize compare sort next suggest check'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from playbook; and not __fish_seen_subcommand_from validate preset' -f -a 'validate preset'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from packages; and not __fish_seen_subcommand_from inspect attach' -f -a 'inspect attach'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from staging; and not __fish_seen_subcommand_from check' -f -a 'check'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from tag; and not __fish_seen_subcommand_from plan create push' -f -a 'plan create push'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from git; and not __fish_seen_subcommand_from log' -f -a 'log'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from notes; and not __fish_seen_subcommand_from generate lint render save' -f -a 'generate lint render save'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from table; and not __fish_seen_subcommand_from annotate add export validate apply schedule unschedule' -f -a 'annotate add export validate apply schedule unschedule'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from review; and not __fish_seen_subcommand_from status approve publish' -f -a 'status approve publish'
complete -c release-assistant-cli -n '__fish_seen_subcommand_from announce; and not __fish_seen_subcommand_from length preview send' -f -a 'length preview send'

# Values of the options that take one.
complete -c release-assistant-cli -n '__release_assistant_cli_after --scheme' -x -a 'pep440 semver'
complete -c release-assistant-cli -n '__release_assistant_cli_after --bump' -x -a 'patch minor major rc final'
complete -c release-assistant-cli -n '__release_assistant_cli_after --channel' -x -a 'x bluesky mastodon telegram telegram-caption discord'
complete -c release-assistant-cli -n '__release_assistant_cli_after --repo --schedule-dir --work-dir' -x -a '(__fish_complete_directories)'
complete -c release-assistant-cli -n '__release_assistant_cli_after --playbook --journal --ssh-key --existing-tags-file --file --output' -F
