# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the man page of release-assistant-cli from the program's own help, so that it never drifts from it:
# help2man turns `--help` and `--version` into the page, and a COMMANDS section holds `help <command>` of every
# command that `--help` lists.
#
#   cmake -DCLI=<release-assistant-cli> -DHELP2MAN=<help2man> -DOUTPUT=<file.1> -P generate-manpage.cmake
foreach(variable CLI HELP2MAN OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "generate-manpage.cmake needs -D${variable}=...")
    endif()
endforeach()

function(run_cli output_variable)
    execute_process(COMMAND ${CLI} ${ARGN} OUTPUT_VARIABLE output ERROR_VARIABLE error RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "'${CLI} ${ARGN}' failed (${result}): ${error}")
    endif()
    set(${output_variable} "${output}" PARENT_SCOPE)
endfunction()

# Text shown as is in roff: backslashes, minus signs and lines that start with a control character escaped.
function(roff_literal output_variable text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${output_variable} "${text}" PARENT_SCOPE)
endfunction()

run_cli(usage --help)
string(REGEX MATCH "Commands:\n(.*)" commands_block "${usage}")
string(REGEX REPLACE "\n\n.*" "" commands_block "${CMAKE_MATCH_1}")
string(REGEX MATCHALL "(^|\n)  [^ \n]+" command_lines "${commands_block}")
if(NOT command_lines)
    message(FATAL_ERROR "'${CLI} --help' lists no command under 'Commands:'")
endif()

set(include_text "[COMMANDS]\nEach command's own help, as \\fBrelease\\-assistant\\-cli help\\fR \\fIcommand\\fR prints it.\n")
foreach(line IN LISTS command_lines)
    string(STRIP "${line}" command)
    run_cli(help help ${command})
    roff_literal(help "${help}")
    string(APPEND include_text ".SS ${command}\n.nf\n${help}.fi\n")
endforeach()
string(APPEND include_text "[SEE ALSO]\n.BR release\\-assistant (1)\n")

get_filename_component(output_dir "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${output_dir}")
set(include_file "${OUTPUT}.include")
file(WRITE "${include_file}" "${include_text}")
execute_process(
    COMMAND ${HELP2MAN} --no-info --section=1 --source=aleph.im
            "--name=take a project through its release from the command line"
            --include=${include_file} --output=${OUTPUT}.new ${CLI}
    ERROR_VARIABLE error RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man failed (${result}): ${error}")
endif()
file(RENAME "${OUTPUT}.new" "${OUTPUT}")
