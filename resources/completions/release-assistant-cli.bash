# bash completion for release-assistant-cli                  -*- shell-script -*-
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The commands and their subcommands are listed here; tests/cli/tst_cli_completions.cpp checks them against
# the CLI's own help. Options are read from the --help of the command being typed, so they never drift.

_release_assistant_cli_options() {
    {
        echo --json
        "$@" --help 2>/dev/null | grep -oE -- '--[a-z][a-z0-9-]*'
    } | sort -u
}

_release_assistant_cli() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} cli=${COMP_WORDS[0]}
    local commands="steps release preflight version playbook packages staging tag git notes table review announce"
    local command="" subcommand="" subcommands="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        --demo-dir | --demo-account) ((i++)) ;; # global options with a value, before the command
        -*) ;;
        *)
            if [[ -z $command ]]; then
                command=${COMP_WORDS[i]}
            elif [[ -z $subcommand ]]; then
                subcommand=${COMP_WORDS[i]}
            fi
            ;;
        esac
    done
    case $command in
    release) subcommands="status plan run" ;;
    version) subcommands="normalize compare sort next suggest check" ;;
    playbook) subcommands="validate preset" ;;
    packages) subcommands="inspect attach" ;;
    staging) subcommands="check" ;;
    tag) subcommands="plan create push" ;;
    git) subcommands="log" ;;
    notes) subcommands="generate lint render save" ;;
    table) subcommands="annotate add export validate apply schedule unschedule" ;;
    review) subcommands="status approve publish inbox show sync comment" ;;
    announce) subcommands="length preview send releases" ;;
    esac

    case $prev in
    --repo | --schedule-dir | --work-dir | --demo-dir)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        return
        ;;
    --playbook | --journal | --ssh-key | --existing-tags-file | --file | --output)
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return
        ;;
    --scheme)
        mapfile -t COMPREPLY < <(compgen -W "pep440 semver" -- "$cur")
        return
        ;;
    --bump)
        mapfile -t COMPREPLY < <(compgen -W "patch minor major rc final" -- "$cur")
        return
        ;;
    --channel)
        mapfile -t COMPREPLY < <(compgen -W "x bluesky mastodon telegram telegram-caption discord" -- "$cur")
        return
        ;;
    --demo-account)
        mapfile -t COMPREPLY < <(compgen -W "demo-maintainer demo-reviewer" -- "$cur")
        return
        ;;
    esac

    if [[ $cur == -* ]]; then
        local options
        options=$(_release_assistant_cli_options "$cli" ${command:+"$command"} ${subcommand:+"$subcommand"})
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    elif [[ -z $command ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$commands help" -- "$cur")
    elif [[ $command == help && -z $subcommand ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
    elif [[ -z $subcommand && -n $subcommands ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$subcommands" -- "$cur")
    else
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}

complete -F _release_assistant_cli release-assistant-cli
